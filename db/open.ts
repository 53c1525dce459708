import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import * as schema from './schema';
import type { DatabaseHandle, Db } from './database';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary, fixed key for the advisory lock that serialises migrations across nodes. */
const MIGRATION_LOCK_KEY = 7_340_112;

export type DatabaseOptions =
  { url: string; poolSize?: number } | { dataDir: string } | { memory: true };

/**
 * Opens the database and applies the committed migrations. `url` uses PostgreSQL through
 * the `postgres` driver; otherwise embedded PGlite (a folder, or memory for tests).
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite('dataDir' in options ? options.dataDir : undefined);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  let path: string | undefined;
  if (dataDir) {
    path = join(dataDir, 'pglite');
    mkdirSync(path, { recursive: true });
  }
  const client = path ? await PGlite.create(path) : await PGlite.create();
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(drizzle({ client }), { migrationsFolder });
  return {
    db,
    engine: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // One connection holds a session advisory lock while migrating, so nodes starting together
  // apply the migrations once.
  const migrator = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await migrator`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client: migrator }), { migrationsFolder });
  } finally {
    await migrator.end({ timeout: 5 });
  }
  const client = postgres(url, { max: poolSize, onnotice: () => {}, connect_timeout: 10 });
  const db = drizzle({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    url,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

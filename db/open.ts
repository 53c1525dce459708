import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import * as schema from './schema';
import type { DatabaseHandle, Db } from './database';
import { startMaintenance } from './maintenance';
import { startPgliteThread } from './pgliteThread';
import type { PGlite } from '@electric-sql/pglite';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary, fixed key for the advisory lock that serialises migrations across nodes. */
const MIGRATION_LOCK_KEY = 7_340_112;

/**
 * `template` (PGlite only) is a dump of a migrated database (`PGlite.dumpDataDir`) that a new
 * database starts from instead of running initdb: tests use it, as tests/support/database-template.ts.
 */
export type DatabaseOptions =
  | { url: string; poolSize?: number }
  | { dataDir: string; template?: Blob; sharedBuffers?: string }
  | { memory: true; template?: Blob; sharedBuffers?: string };

/**
 * PGlite's buffer cache (PostgreSQL's `shared_buffers`) unless `PGLITE_SHARED_BUFFERS` says
 * otherwise. PGlite's own 128MB is filled at start-up and never given back: with it a node at
 * rest held about 300 MiB more (docs/PERFORMANCE.md, "Memory at rest"). One project's data
 * fits in far less.
 */
export const DEFAULT_PGLITE_SHARED_BUFFERS = '32MB';

/** The database the configuration names: PostgreSQL with `DATABASE_URL`, else the PGlite folder. */
export function configuredDatabase(config: {
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  pgliteSharedBuffers?: string | undefined;
}): DatabaseOptions {
  if (config.databaseUrl) return { url: config.databaseUrl, poolSize: config.databasePoolSize };
  return config.pgliteSharedBuffers
    ? { dataDir: config.dataDir, sharedBuffers: config.pgliteSharedBuffers }
    : { dataDir: config.dataDir };
}

/**
 * Opens the database and applies the committed migrations. `url` uses PostgreSQL through
 * the `postgres` driver; otherwise embedded PGlite (a folder, or memory for tests).
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(
    'dataDir' in options ? options.dataDir : undefined,
    options.template,
    options.sharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS,
  );
}

async function openPglite(
  dataDir: string | undefined,
  template: Blob | undefined,
  sharedBuffers: string,
): Promise<DatabaseHandle> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  let path: string | undefined;
  if (dataDir) {
    path = resolve(join(dataDir, 'pglite'));
    prepareDataDir(path);
  }
  const dump = template ? await template.arrayBuffer() : undefined;
  // PGlite runs in a thread of its own (`pgliteThread.ts`), not on the server's event loop.
  const client = await startPgliteThread({
    sharedBuffers,
    ...(path ? { dataDir: path } : {}),
    ...(dump ? { template: dump } : {}),
  }).catch((error: unknown) => {
    if (!path) throw error;
    throw new DataDirError(
      `PGlite could not open the data folder ${path} (${describe(error)}). ` +
        'Check that DATA_DIR is writable and its disk has room; the files were left as they were.',
      { cause: error },
    );
  });
  // drizzle's PGlite driver calls only `query` and `transaction`, which the thread's client has.
  const asPglite = client as unknown as PGlite;
  const db = drizzle({ client: asPglite, schema }) as unknown as Db;
  await migrate(drizzle({ client: asPglite }), { migrationsFolder });
  const maintenance = startMaintenance(client);
  return {
    db,
    engine: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    collectGarbage: async () => {
      await client.collectGarbage();
    },
    close: async () => {
      await maintenance.stop();
      await client.close();
    },
  };
}

/** The data folder cannot be used: read-only, not permitted, or its disk is (nearly) full. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

/** Below this much free space PGlite is not started: a checkpoint or a new WAL segment needs room. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const explained: Record<string, string> = {
      EROFS: 'the file system is read-only',
      EACCES: 'no permission to write',
      EPERM: 'no permission to write',
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
    };
    return `${error.code}: ${explained[error.code] ?? (error as { message?: string }).message ?? ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks the PGlite folder before PGlite touches it, so a read-only or full disk gives one
 * clear line at start instead of a half-initialised database: the folder (or its nearest
 * existing parent) must be writable, a probe file must be writable, and the disk must have room.
 */
function prepareDataDir(path: string): void {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const fail = (what: string, error: unknown) => {
    throw new DataDirError(
      `Cannot use the data folder ${path}: ${what} (${describe(error)}). ` +
        'Set DATA_DIR to a writable folder on a disk with free space.',
      { cause: error },
    );
  };
  try {
    accessSync(existing, constants.W_OK);
  } catch (error) {
    fail('it is not writable', error);
  }
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    fail('it cannot be created', error);
  }
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (error) {
    rmSync(probe, { force: true });
    fail('a test file cannot be written', error);
  }
  const disk = statfsSync(path);
  const free = disk.bavail * disk.bsize;
  if (free < MIN_FREE_BYTES) {
    fail(
      `its disk has only ${Math.floor(free / 1024 / 1024)} MB free, ${MIN_FREE_BYTES / 1024 / 1024} MB needed`,
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    );
  }
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

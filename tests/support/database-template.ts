import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { migrationsFolder, openDatabase } from '../../db/open';

/**
 * Databases for tests start from a template that already holds every migration, made once
 * per set of migrations: PGlite's initdb plus the migrations take seconds (tens of seconds on
 * a busy 2-core machine) in each test file, loading a dump of the migrated folder a fraction of
 * that. On PostgreSQL `create database … template …` copies the migrated template.
 *
 * The key is a hash of the migration files and the PGlite version, so a new migration (or a
 * PGlite upgrade) makes a new template by itself. Made by tests/support/database-global-setup.ts
 * before any test file starts; a test file that finds none (run outside vitest's global
 * set-up) migrates a fresh database as before.
 */
const cacheDir = fileURLToPath(
  new URL('../../node_modules/.cache/buurtkamer-tests', import.meta.url),
);

let key: string | undefined;
export function templateKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  const pglite = fileURLToPath(
    new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
  );
  hash.update(JSON.parse(readFileSync(pglite, 'utf8')).version as string);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return (key = hash.digest('hex').slice(0, 12));
}

const pgliteTemplateFile = () => join(cacheDir, `pglite-${templateKey()}.tar`);

/** Writes the PGlite template (a dump of a migrated, empty database) unless it is there. */
export async function ensurePgliteTemplate(): Promise<void> {
  const file = pgliteTemplateFile();
  if (existsSync(file)) return;
  // Dumps of earlier migrations are of no use any more.
  if (existsSync(cacheDir))
    for (const old of readdirSync(cacheDir).filter((name) => /^pglite-\w+\.tar$/.test(name)))
      rmSync(join(cacheDir, old), { force: true });
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
    const dump = await client.dumpDataDir('none');
    mkdirSync(cacheDir, { recursive: true });
    // A temporary name first: a test run that reads while this one writes sees all or nothing.
    const temporary = `${file}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
    writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    renameSync(temporary, file);
  } finally {
    await client.close();
  }
}

/** The PGlite template as PGlite loads it, or undefined when none was made. */
export function pgliteTemplate(): Blob | undefined {
  const file = pgliteTemplateFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/** The name of the migrated template database on the TEST_DATABASE_URL server. */
export const postgresTemplateName = () => `bk_template_${templateKey()}`;

async function templateExists(admin: postgres.Sql, name: string): Promise<boolean> {
  const rows = await admin`select 1 from pg_database where datname = ${name}`;
  return rows.length > 0;
}

/**
 * Makes the migrated template database on the PostgreSQL server unless it is there: migrated
 * under a temporary name, then renamed, so a test file never copies a half-migrated one.
 */
export async function ensurePostgresTemplate(baseUrl: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    // Templates of earlier migrations are of no use any more (one still being copied stays).
    const old = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like 'bk\_template\_%' and datname <> ${name}`;
    for (const { datname } of old)
      await admin.unsafe(`drop database if exists ${datname}`).catch(() => undefined);
    if (await templateExists(admin, name)) return;
    const building = `${name}_${randomBytes(3).toString('hex')}`;
    await admin.unsafe(`create database ${building}`);
    const url = new URL(baseUrl);
    url.pathname = `/${building}`;
    const handle = await openDatabase({ url: url.toString(), poolSize: 1 });
    await handle.close();
    if (await templateExists(admin, name)) {
      // Another run made it meanwhile.
      await admin.unsafe(`drop database if exists ${building} with (force)`);
      return;
    }
    await admin.unsafe(`alter database ${building} rename to ${name}`);
  } finally {
    await admin.end();
  }
}

/** Whether the template database exists (test files copy it, or migrate a new one when not). */
export async function postgresTemplateReady(admin: postgres.Sql): Promise<boolean> {
  return templateExists(admin, postgresTemplateName());
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import type { DatabaseHandle } from '../../db/database';
import { createTestDatabase } from '../support/database';
import { pgliteTemplate } from '../support/database-template';

/**
 * Where a child-process server keeps its data: a PGlite folder (always) and, when
 * TEST_DATABASE_URL is set, a fresh database on that PostgreSQL server.
 * `open()` gives the test its own handle; for PGlite it must be closed before the child starts.
 */
export interface ChildDatabase {
  engine: 'pglite' | 'postgres';
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  destroy(): Promise<void>;
}

export async function pgliteFolder(): Promise<ChildDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'bk-fault-'));
  let made = false;
  return {
    engine: 'pglite',
    env: { DATA_DIR: dir },
    // The first open fills the new folder from the migrated template (no initdb).
    open: () => {
      const template = made ? undefined : pgliteTemplate();
      made = true;
      return openDatabase({ dataDir: dir, template });
    },
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresDatabase(): Promise<ChildDatabase> {
  const testDb = await createTestDatabase();
  if (!testDb.url) throw new Error('TEST_DATABASE_URL is not set');
  const url = testDb.url;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url },
    open: () => openDatabase({ url, poolSize: 2 }),
    destroy: () => testDb.destroy(),
  };
}

/** The engines a fault test runs on here. */
export const childEngines: { name: string; make: () => Promise<ChildDatabase> }[] = [
  { name: 'PGlite', make: pgliteFolder },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', make: postgresDatabase }] : []),
];

import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import type { DatabaseHandle } from '../../db/database';
import { pgliteTemplate, postgresTemplateName, postgresTemplateReady } from './database-template';

/** Which engine the suite runs on: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. */
export const testEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  /** Opens (another) handle on the same data: for restarts and second server instances. */
  open(): Promise<DatabaseHandle>;
  /** Removes the data (drops the PostgreSQL database). */
  destroy(): Promise<void>;
  /** Set for PostgreSQL: the URL of this test's own database. */
  url?: string;
}

/**
 * A fresh database for one test file. On PostgreSQL a new database is created from the
 * TEST_DATABASE_URL server, so test files never see each other's rows. On PGlite the data
 * lives in memory, or in a temporary folder when `persistent` (restarts). Both start from the
 * migrated template (tests/support/database-template.ts) when the global set-up made one.
 */
export async function createTestDatabase(
  options: { persistent?: boolean } = {},
): Promise<TestDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const name = `bk_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    const template = (await postgresTemplateReady(admin)) ? postgresTemplateName() : undefined;
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      open: () => openDatabase({ url: url.toString(), poolSize: 8 }),
      destroy: async () => {
        const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  if (options.persistent) {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'bk-pglite-'));
    let made = false;
    return {
      // The first open fills the new folder from the template; later ones open what is there.
      open: () => {
        const template = made ? undefined : pgliteTemplate();
        made = true;
        return openDatabase({ dataDir: dir, template });
      },
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  let opened = false;
  return {
    open: async () => {
      if (opened)
        throw new Error('an in-memory PGlite cannot be opened twice; pass { persistent: true }');
      opened = true;
      return openDatabase({ memory: true, template: pgliteTemplate() });
    },
    destroy: async () => {},
  };
}

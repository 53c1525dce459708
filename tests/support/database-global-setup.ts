import { ensurePgliteTemplate, ensurePostgresTemplate } from './database-template';

/**
 * Makes the migrated template databases once, before any test file starts: the PGlite dump
 * always (child-process servers and PGlite folders use it on PostgreSQL runs too), the
 * PostgreSQL template database when TEST_DATABASE_URL is set.
 */
export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
  if (process.env.TEST_DATABASE_URL) await ensurePostgresTemplate(process.env.TEST_DATABASE_URL);
}

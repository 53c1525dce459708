import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type * as schema from './schema';

export type Schema = typeof schema;

/** The drizzle database, whichever engine is underneath (PGlite or PostgreSQL). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** PostgreSQL only: the connection URL, for connections of their own (the Discord leader lock). */
  url?: string;
  /** Throws when the database cannot answer (readiness). */
  ping(): Promise<void>;
  /**
   * PGlite only: full garbage collections in its thread when the process runs with
   * `--expose-gc` (the benchmark's memory figures); nothing otherwise.
   */
  collectGarbage?(): Promise<void>;
  close(): Promise<void>;
}

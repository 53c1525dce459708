/**
 * The messages between the server's thread and the PGlite thread (`pgliteThread.ts`,
 * `pgliteWorker.ts`). Every request has an id; the answer carries the same id.
 */
export type PgliteRequest =
  | {
      id: number;
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode: 'array' | 'object';
      /** Type ids whose text is kept as it is (drizzle passes `(value) => value` for dates). */
      rawTypes: number[];
      /** The open transaction this query belongs to, if any. */
      tx?: number;
    }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'gc' }
  | { id: number; op: 'close' };

/** What PostgreSQL said about a failed statement: PGlite's `DatabaseError` fields. */
export interface PgliteErrorFields {
  name: string;
  message: string;
  [field: string]: unknown;
}

export type PgliteAnswer =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: PgliteErrorFields };

/** How the thread is opened: a data folder, or memory; either may start from a dump. */
export interface PgliteThreadOptions {
  dataDir?: string;
  template?: ArrayBuffer;
  /** PostgreSQL's `shared_buffers` (`32MB`); PGlite's own default is 128MB. */
  sharedBuffers?: string;
}

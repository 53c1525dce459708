import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type {
  PgliteAnswer,
  PgliteErrorFields,
  PgliteRequest,
  PgliteThreadOptions,
} from './pgliteThread.protocol';

/**
 * The PGlite thread (see `pgliteThread.ts`): PGlite runs here, so its work (the database engine
 * in WebAssembly and the reading of its answers) does not hold up the server's event loop.
 * Requests are answered as they come; PGlite itself runs one statement at a time and keeps
 * statements outside a transaction waiting while one is open.
 */
const port = parentPort;
if (!port) throw new Error('pgliteWorker.ts runs as a worker thread');
const options = workerData as PgliteThreadOptions;
const loadDataDir = options.template ? new Blob([options.template]) : undefined;

// PGlite that cannot open is reported to the server's thread, which stops this one.
// PGlite's start parameters with the buffer cache the server asked for: its own 128MB cache is
// filled at start-up and held for good, a third of the memory of a node at rest.
const startParams = options.sharedBuffers
  ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`]
  : undefined;
const pg = await (
  options.dataDir
    ? PGlite.create(options.dataDir, { loadDataDir, startParams })
    : PGlite.create({ loadDataDir, startParams })
).catch((error: unknown) => {
  port.postMessage({ ready: false, error: fields(error) });
  return undefined;
});

/** A transaction this thread holds open until the server's thread says how it ends. */
interface OpenTransaction {
  tx: Transaction;
  decide(commit: boolean): void;
  ended: Promise<void>;
}
const transactions = new Map<number, OpenTransaction>();
let lastTransaction = 0;
const rolledBack = Symbol('rolled back');

/** Drizzle's parsers keep dates as text; the same few type ids come every time. */
const keepAsText = new Map<string, Record<number, (value: string) => string>>();
function parsersFor(types: number[]) {
  const key = types.join(',');
  let parsers = keepAsText.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, (value: string) => value]));
    keepAsText.set(key, parsers);
  }
  return parsers;
}

async function begin(pg: PGlite): Promise<number> {
  const id = ++lastTransaction;
  let decide!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => (decide = resolve));
  let opened!: (tx: Transaction) => void;
  const ready = new Promise<Transaction>((resolve) => (opened = resolve));
  const ended = pg
    .transaction(async (tx) => {
      opened(tx);
      if (!(await decided)) throw rolledBack;
    })
    .then(
      () => undefined,
      (error: unknown) => {
        if (error !== rolledBack) throw error;
      },
    );
  const tx = await Promise.race([
    ready,
    ended.then(() => Promise.reject(new Error('the transaction ended before it began'))),
  ]);
  transactions.set(id, { tx, decide, ended });
  return id;
}

async function answer(pg: PGlite, request: PgliteRequest): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const on = request.tx === undefined ? pg : transactions.get(request.tx)?.tx;
      if (!on) throw new Error(`transaction ${request.tx} is not open`);
      const result = await on.query(request.sql, request.params, {
        rowMode: request.rowMode,
        parsers: parsersFor(request.rawTypes),
      });
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case 'begin':
      return begin(pg);
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) throw new Error(`transaction ${request.tx} is not open`);
      transactions.delete(request.tx);
      open.decide(request.commit);
      await open.ended;
      return undefined;
    }
    case 'gc': {
      // Only in a process started with --expose-gc (the benchmark's memory figures).
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      return gc !== undefined;
    }
    case 'close':
      if (!pg.closed) await pg.close();
      return undefined;
  }
}

/** What crosses to the other thread of an error: its message, name and PostgreSQL's fields. */
function fields(error: unknown): PgliteErrorFields {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const out: PgliteErrorFields = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value))
      out[key] = value;
  }
  return out;
}

if (pg) {
  port.on('message', (request: PgliteRequest) => {
    answer(pg, request).then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies PgliteAnswer),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          error: fields(error),
        } satisfies PgliteAnswer),
    );
  });
  port.postMessage({ ready: true });
}

import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import type {
  PgliteAnswer,
  PgliteErrorFields,
  PgliteRequest,
  PgliteThreadOptions,
} from './pgliteThread.protocol';

/** A request as the caller writes it: `call` gives it its id. */
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Request = WithoutId<PgliteRequest>;

/** What drizzle's PGlite driver uses of a PGlite client besides `transaction`: `query`. */
export type PgliteQueries = Pick<Transaction, 'query'>;

export interface PgliteThreadClient extends PgliteQueries {
  transaction<T>(run: (tx: PgliteQueries) => Promise<T>): Promise<T>;
  readonly closed: boolean;
  /**
   * Two full garbage collections in the thread, when the process runs with `--expose-gc`
   * (false otherwise): the benchmark's memory figures, whose baseline must not hold the
   * thread's start-up garbage.
   */
  collectGarbage(): Promise<boolean>;
  close(): Promise<void>;
}

/** An error PGlite raised in its thread, with PostgreSQL's fields (`code`, `detail`, ...). */
export class PgliteThreadError extends Error {
  constructor(fields: PgliteErrorFields) {
    super(fields.message);
    Object.assign(this, fields);
    this.name = fields.name;
  }
}

/**
 * PGlite in a worker thread of its own, behind the two calls drizzle's PGlite driver makes
 * (`query`, `transaction`). In the server's thread PGlite took about a third of the busy time
 * of a room's fan-out (a CPU profile of `bench/run.ts --only=fanout`): every statement ran the
 * database engine and parsed its answer on the event loop that also delivers the messages.
 *
 * Drizzle passes `(value) => value` parsers for date and time types (it reads them itself);
 * functions cannot cross threads, so their type ids cross and the thread uses the same
 * identity parsers. A failed statement is thrown here with PostgreSQL's fields.
 *
 * The thread keeps the process alive only while a call is waiting for it, so a command-line
 * script ends when its work is done, as it did with PGlite in its own thread.
 */
export async function startPgliteThread(
  options: PgliteThreadOptions,
  thread: {
    /** The thread's entry; tests pass one that stops. */
    entry?: URL;
    /**
     * The thread stopped without being closed. By default the process ends with the reason: a
     * server without its database can take no work, and a supervisor (Docker, systemd) starts
     * it again, after which clients resend what was not acknowledged.
     */
    onLost?: (error: Error) => void;
  } = {},
): Promise<PgliteThreadClient> {
  const { onLost = endTheProcess } = thread;
  const worker = new Worker(thread.entry ?? new URL('./pglite.worker.mjs', import.meta.url), {
    workerData: options,
    transferList: options.template ? [options.template] : [],
  });
  const waiting: Waiting = new Map();
  let lastId = 0;
  /** Why calls are refused: set once the thread is closed or lost. */
  let broken: Error | undefined;

  await readyOf(worker);

  const fail = (error: Error) => {
    if (broken) return; // closed on purpose, or already reported
    broken = error;
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
    onLost(error);
  };
  worker.on('message', (answer: PgliteAnswer) => settle(worker, waiting, answer));
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`the PGlite thread stopped (exit code ${code})`)));
  worker.unref();

  const call = <T>(request: Request): Promise<T> => {
    if (broken) return Promise.reject(broken);
    const id = ++lastId;
    return new Promise<T>((resolve, reject) => {
      if (waiting.size === 0) worker.ref();
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };
  const queryOn =
    (tx: number | undefined) =>
    <T>(sql: string, params: unknown[] = [], queryOptions: QueryOptions = {}) =>
      call<Results<T>>({
        op: 'query',
        sql,
        params,
        rowMode: queryOptions.rowMode ?? 'object',
        rawTypes: Object.keys(queryOptions.parsers ?? {}).map(Number),
        ...(tx === undefined ? {} : { tx }),
      });

  return {
    query: queryOn(undefined),
    async transaction(run) {
      const tx = await call<number>({ op: 'begin' });
      let result;
      try {
        result = await run({ query: queryOn(tx) });
      } catch (error) {
        await call({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    collectGarbage: () => call<boolean>({ op: 'gc' }),
    get closed() {
      return broken !== undefined;
    },
    async close() {
      if (broken) return;
      const closing = call({ op: 'close' });
      // From now on calls are refused at once; a call still waiting when the thread has gone
      // is refused too, instead of waiting for an answer that can never come.
      const closed = new Error('the database is closed');
      broken = closed;
      await closing;
      await worker.terminate();
      for (const waitingCall of waiting.values()) waitingCall.reject(closed);
      waiting.clear();
    },
  };
}

type Waiting = Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;

/** An answer from the thread settles its call; with none left waiting, the thread may idle. */
function settle(worker: Worker, waiting: Waiting, answer: PgliteAnswer): void {
  const call = waiting.get(answer.id);
  if (!call) return;
  waiting.delete(answer.id);
  if (waiting.size === 0) worker.unref();
  if (answer.ok) call.resolve(answer.value);
  else call.reject(new PgliteThreadError(answer.error));
}

function endTheProcess(error: Error): void {
  setImmediate(() => {
    throw new Error(`Buurtkamer lost its database: ${error.message}`, { cause: error });
  });
}

/** Resolves when the thread has opened PGlite; rejects with its error when it could not. */
function readyOf(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean; error?: PgliteErrorFields }) => {
      if (message.ready === undefined) return;
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (message.ready) return resolve();
      void worker.terminate();
      reject(
        new PgliteThreadError(message.error ?? { name: 'Error', message: 'PGlite did not start' }),
      );
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
  });
}

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Request {
  id: number;
  type: string;
  payload: unknown;
}
interface Response {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** A child process (TypeScript through tsx) that answers typed requests over IPC. */
export interface Child {
  process: ChildProcess;
  call<T>(type: string, payload?: unknown, timeoutMs?: number): Promise<T>;
  /** Resolves with the first unsolicited message of this type (e.g. `ready`). */
  once<T>(type: string, timeoutMs?: number): Promise<T>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  exited: Promise<number | null>;
}

export function startChild(
  script: string,
  options: { env?: Record<string, string | undefined>; nodeArgs?: string[]; quiet?: boolean } = {},
): Child {
  const child = fork(fileURLToPath(new URL(script, new URL('../', import.meta.url))), [], {
    cwd: repoRoot,
    execArgv: [...(options.nodeArgs ?? []), '--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit', 'ipc'],
  });
  // A send racing the child's exit is answered by the pending-request cleanup, not a crash.
  child.on('error', () => undefined);
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const waiters = new Map<string, ((payload: unknown) => void)[]>();
  child.on('message', (raw) => {
    const message = raw as Response & { type?: string; payload?: unknown };
    if (message.type) {
      const list = waiters.get(message.type) ?? [];
      waiters.delete(message.type);
      for (const w of list) w(message.payload);
      return;
    }
    const entry = pending.get(message.id);
    if (!entry) return;
    pending.delete(message.id);
    if (message.ok) entry.resolve(message.result);
    else entry.reject(new Error(message.error ?? 'child request failed'));
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      for (const entry of pending.values()) entry.reject(new Error(`${script} exited (${code})`));
      pending.clear();
      resolve(code);
    }),
  );
  return {
    process: child,
    exited,
    call<T>(type: string, payload?: unknown, timeoutMs = 600_000) {
      const id = next++;
      if (!child.connected) return Promise.reject(new Error(`${script} is not running`));
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${script}: ${type} timed out`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v as T);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        child.send({ id, type, payload } satisfies Request);
      });
    },
    once<T>(type: string, timeoutMs = 120_000) {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${script}: no ${type}`)), timeoutMs);
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`${script} exited (${code}) before ${type}`));
        });
        const list = waiters.get(type) ?? [];
        list.push((payload) => {
          clearTimeout(timer);
          resolve(payload as T);
        });
        waiters.set(type, list);
      });
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** In the child: answer requests by type; an unknown type or a thrown error is reported back. */
export function serve(handlers: Record<string, (payload: never) => unknown>): void {
  process.on('message', (raw) => {
    const { id, type, payload } = raw as Request;
    void (async () => {
      try {
        const handler = handlers[type];
        if (!handler) throw new Error(`unknown request ${type}`);
        const result = await handler(payload as never);
        process.send?.({ id, ok: true, result } satisfies Response);
      } catch (error) {
        process.send?.({
          id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies Response);
      }
    })();
  });
  process.on('disconnect', () => process.exit(0));
}

/** In the child: tell the parent something happened (e.g. `ready`). */
export function announce(type: string, payload?: unknown): void {
  process.send?.({ type, payload });
}

import { Histogram, type SerializedHistogram } from './histogram';
import { startChild, type Child } from './ipc';
import { BENCH_ORIGIN } from './servers';

export interface ConnectResult {
  connected: number;
  failed: number;
  errors: Record<string, number>;
  elapsedMs: number;
  connectMs: SerializedHistogram;
}

/** Load-generating processes, each with its share of the clients. */
export interface LoadGroup {
  workers: Child[];
  connect(
    url: string,
    members: { cookie: string; channel?: string }[],
    options?: { concurrency?: number; realtime?: boolean; viaProxy?: boolean },
  ): Promise<{
    connected: number;
    failed: number;
    errors: Record<string, number>;
    elapsedMs: number;
    connectMs: Histogram;
  }>;
  /** Disconnects every client; the load processes stay for the next `connect`. */
  disconnectAll(): Promise<void>;
  close(): Promise<void>;
}

export function startLoad(count: number): LoadGroup {
  const workers = Array.from({ length: count }, () =>
    startChild('workers/sockets.ts', { env: { BENCH_ORIGIN } }),
  );
  let closed = false;
  return {
    workers,
    async connect(url, members, options = {}) {
      const shares = workers.map((_, w) => members.filter((_, i) => i % workers.length === w));
      const started = Date.now();
      const results = await Promise.all(
        workers.map((worker, w) =>
          worker.call<ConnectResult>('connect', {
            url,
            members: shares[w],
            concurrency: options.concurrency ?? 50,
            realtime: options.realtime ?? false,
            viaProxy: options.viaProxy ?? false,
            worker: w,
          }),
        ),
      );
      const connectMs = new Histogram();
      const errors: Record<string, number> = {};
      for (const r of results) {
        connectMs.merge(r.connectMs);
        for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
      }
      return {
        connected: results.reduce((a, r) => a + r.connected, 0),
        failed: results.reduce((a, r) => a + r.failed, 0),
        errors,
        elapsedMs: Date.now() - started,
        connectMs,
      };
    },
    async disconnectAll() {
      await Promise.all(workers.map((w) => w.call('close', undefined, 30_000)));
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(
        workers.map((w) => w.call('close', undefined, 30_000).catch(() => undefined)),
      );
      await Promise.all(workers.map((w) => w.kill()));
    },
  };
}

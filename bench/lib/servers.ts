import { join } from 'node:path';
import { startChild, type Child } from './ipc';
import { processCpuMs } from './procstat';
import type { BenchDatabase } from './seed';

export const BENCH_ORIGIN = 'http://localhost:3000';

export type ServerMemory = NodeJS.MemoryUsage & { sockets: number };

export interface RunningServer {
  child: Child;
  port: number;
  url: string;
  /** The server's memory, after two full GCs when `gc` is true, as it is otherwise. */
  memory(gc?: boolean): Promise<ServerMemory>;
  /** CPU time the server process used so far (user + system, children included), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Settings for the app server under test: the product's environment variables. */
export function appEnv(database: BenchDatabase, extra: Record<string, string> = {}) {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL: BENCH_ORIGIN,
    DEMO: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    NODE_ID: 'bench',
    REDIS_URL: '',
    ...database.env,
    ...extra,
  };
}

/** Node flags for servers: expose gc for memory figures; `--cpu-prof` when BENCH_CPU_PROF is set. */
export function serverNodeArgs(name: string): string[] {
  const args = ['--expose-gc', ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const dir = process.env.BENCH_CPU_PROF;
  // Node names the files (process and thread ids); the largest one per process is the main thread.
  if (dir) args.push('--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`);
  return args;
}

/** CPU time of a child process from /proc (its threads and waited-for children included), in ms. */
export function cpuMsOf(child: Child): number {
  return processCpuMs(child.process.pid);
}

/** Lets the process exit by itself (so a --cpu-prof profile gets written), else kills it. */
async function exitOrKill(child: Child): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
  await Promise.race([child.exited, timeout]);
  await child.kill();
}

export async function startAppServer(
  database: BenchDatabase,
  extra: Record<string, string> = {},
  name = 'app',
): Promise<RunningServer> {
  const child = startChild('servers/app.ts', {
    env: appEnv(database, extra),
    nodeArgs: serverNodeArgs(name),
  });
  const { port } = await child.once<{ port: number }>('ready');
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    memory: (gc = true) => child.call('memory', { gc }),
    cpuMs: () => cpuMsOf(child),
    async stop() {
      await child.call('stop', undefined, 30_000).catch(() => undefined);
      await exitOrKill(child);
    },
  };
}

export async function startBareSocketIo(): Promise<RunningServer> {
  const child = startChild('servers/bare-socketio.ts', {
    nodeArgs: serverNodeArgs('bare-socketio'),
  });
  const { port } = await child.once<{ port: number }>('ready');
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    memory: (gc = true) => child.call('memory', { gc }),
    cpuMs: () => cpuMsOf(child),
    async stop() {
      await child.call('stop', undefined, 10_000).catch(() => undefined);
      await exitOrKill(child);
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_ORIGIN } from './app';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  nodeId: string;
  url: string;
  port: number;
  child: ChildProcess;
  /** Every structured log line the process printed so far. */
  logs: Record<string, unknown>[];
  /** SIGTERM and wait (a clean shutdown). */
  stop(): Promise<void>;
  /** SIGKILL and wait: the node dies mid-flight. */
  kill(): Promise<void>;
}

/**
 * Starts the real server entry (`server/main.ts`) as a child process on a random port and
 * resolves once it logs that it listens. Settings go in as environment variables, as in
 * production; the defaults here suit tests (no demo, the test origin, info-level JSON logs).
 */
export async function startServerProcess(
  nodeId: string,
  env: Record<string, string>,
  options: { startTimeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        PUBLIC_URL: TEST_ORIGIN,
        DEMO: '0',
        LOG_LEVEL: 'info',
        NODE_ID: nodeId,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  let buffered = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${nodeId} did not start: ${stderr.join('').slice(-2000)}`)),
      options.startTimeoutMs ?? 30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === 'listening' && typeof entry.port === 'number') {
            clearTimeout(timer);
            resolve(entry.port);
          }
        } catch {
          // not a log line
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${nodeId} exited (${code}): ${stderr.join('').slice(-2000)}`));
    });
  });

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    nodeId,
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    logs,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_ORIGIN } from './app';
import { exitOf, trackChild } from './children';

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
 * resolves once it logs that it listens, however long a busy machine takes (the test's own time
 * limit bounds the wait; tests/support/children-setup.ts stops a process whose test gave up).
 * Settings go in as environment variables, as in production; the defaults here suit tests (no
 * demo, the test origin, info-level JSON logs).
 */
export async function startServerProcess(
  nodeId: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  const child = trackChild(
    spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'], {
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
    }),
  );
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  let buffered = '';
  const exited = exitOf(child);

  const port = await new Promise<number>((resolve, reject) => {
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
          if (entry.msg === 'listening' && typeof entry.port === 'number') resolve(entry.port);
        } catch {
          // not a log line
        }
      }
    });
    void exited.then(() =>
      reject(new Error(`${nodeId} exited (${child.exitCode}): ${stderr.join('').slice(-2000)}`)),
    );
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

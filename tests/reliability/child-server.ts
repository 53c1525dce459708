import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_ORIGIN } from '../support/app';
import { trackChild } from '../support/children';
import { freePort } from '../support/process';

export { freePort };

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every line the server wrote (stdout and stderr), in order. */
  output: string[];
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * The real server entry (`server/main.ts`) as a child process on loopback, as `npm start`
 * runs it, with the environment given (DATA_DIR or DATABASE_URL). `node --import tsx` keeps
 * the server in this one process, so a SIGKILL reaches the server itself.
 */
export function spawnServer(port: number, env: Record<string, string>): ChildServer {
  const child = trackChild(
    spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: TEST_ORIGIN,
        DEMO: '0',
        LOG_LEVEL: 'info',
        NODE_ID: `child-${port}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) =>
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Waits until `/ready` answers 200; fails when the process exits first. No deadline of its own
 * unless given: how long a start takes depends on the machine's load, and the test's time limit
 * bounds the wait (tests/support/children-setup.ts then stops the process, which ends the loop).
 */
export async function waitUntilReady(server: ChildServer, timeoutMs = Infinity): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void server.exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined)
      throw new Error(`server exited (${exitedWith}) before ready:\n${server.output.join('\n')}`);
    try {
      const response = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not ready in ${timeoutMs} ms:\n${server.output.join('\n')}`);
}

/** Starts the server and waits for readiness, killing it if it never gets there. */
export async function startChildServer(
  port: number,
  env: Record<string, string>,
  timeoutMs?: number,
): Promise<ChildServer> {
  const server = spawnServer(port, env);
  try {
    await waitUntilReady(server, timeoutMs);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

/** Parsed pino lines of a child's output (other lines are skipped). */
export function logLines(output: string[]): Record<string, unknown>[] {
  return output.flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}

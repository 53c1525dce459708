import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { exitOf, trackChild } from '../support/children';
import { freePort } from '../support/process';

/** A throwaway redis-server of the test's own on a random loopback port (no persistence). */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  /** SIGKILL: Redis disappears as in a crash. */
  kill(): Promise<void>;
}

export function privateRedisUnavailable(): string | undefined {
  const probe = spawnSync('redis-server', ['--version']);
  return probe.status === 0 ? undefined : 'redis-server is not installed';
}

export async function createPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const ping = async () => {
    const result = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], {
      encoding: 'utf8',
      timeout: 2000,
    });
    return result.stdout.trim() === 'PONG';
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const started = trackChild(
        spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          { stdio: 'ignore' },
        ),
      );
      child = started;
      // Until it answers PING, however long that takes here; it failing to start ends the wait.
      while (!(await ping())) {
        if (started.exitCode !== null || started.signalCode !== null)
          throw new Error(`private redis exited (${started.exitCode ?? started.signalCode})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running) return;
      // Already gone (crashed, or stopped after its test by tests/support/children-setup.ts):
      // exitOf resolves at once instead of waiting for an exit that has happened.
      if (running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
      await exitOf(running);
    },
  };
}

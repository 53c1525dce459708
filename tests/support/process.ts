import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { trackChild } from './children';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed on stdout so far. */
  output(): string;
  exited: Promise<number | null>;
}

/**
 * Runs the real server entry (`server/main.ts`) as its own process, as `npm start` does, and
 * resolves once it logs that it listens (however long a busy machine takes: the test's own time
 * limit bounds the wait). It rejects when the process exits first; a process whose test gave up
 * waiting is stopped by tests/support/children-setup.ts.
 */
export async function spawnServer(
  env: Record<string, string>,
  port?: number,
): Promise<ServerProcess> {
  const listenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenPort}`;
  const child = trackChild(
    spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(listenPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: url,
        ALLOWED_ORIGINS: 'http://localhost:3000',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"msg":"listening"')) resolve();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void exited.then(() => reject(new Error(`server exited early:\n${out}`)));
  });
  return { child, url, output: () => out, exited };
}

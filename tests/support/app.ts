import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { DatabaseHandle } from '../../db/database';
import { createApp, type App, type AppOptions } from '../../server/app';
import type { Clock } from '../../server/clock';
import { loadConfig, type Config } from '../../server/config';
import { defaultLimits, type LimitSettings } from '../../server/limits/limiters';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_ORIGIN = 'http://localhost:3000';

/** Limits high enough that ordinary tests never meet them; rate-limit tests pass their own. */
export const relaxedLimits: LimitSettings = {
  ...defaultLimits,
  messages: { points: 10_000, seconds: 1, burst: 10_000 },
  actions: { points: 10_000, seconds: 1, burst: 10_000 },
  login: {
    perAddress: { points: 10_000, seconds: 1 },
    perAddressAccount: { points: 10_000, seconds: 1 },
    perAccount: { points: 10_000, seconds: 1, delayMs: 0 },
  },
  invites: { perAddress: { points: 10_000, seconds: 1 }, perCode: { points: 10_000, seconds: 1 } },
  sync: { points: 10_000, seconds: 1, burst: 10_000 },
  sockets: { perUser: 100_000, perAddress: 100_000 },
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL: TEST_ORIGIN,
    DEMO: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ID: 'test',
    // With REDIS_URL each test server is a cluster of its own: the rooms and the shared rate
    // limit counters of test files running side by side never meet.
    REDIS_KEY_PREFIX: `bk-test-${randomBytes(4).toString('hex')}`,
    ...overrides,
  });
}

/**
 * The servers this test worker runs in its own process, by URL, while they listen. Helpers that
 * are given only a URL (`talkToBot`) reach the app through it, to wait until the server has
 * finished its work (`dispatcher.settled()`) instead of waiting for a while.
 */
const inProcess = new Map<string, App>();

/** The app listening at `url` in this process, if any (not a server in a child process). */
export function inProcessApp(url: string): App | undefined {
  return inProcess.get(url);
}

export interface TestServer {
  app: App;
  /** http://127.0.0.1:port */
  url: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startServer(options: {
  database: DatabaseHandle;
  clock?: Clock;
  limits?: LimitSettings;
  config?: Config;
  port?: number;
  notifications?: AppOptions['notifications'];
  /** The areas to plug in (default: all of `server/areas.ts`). */
  areas?: AppOptions['areas'];
}): Promise<TestServer> {
  const app = await createApp({
    config: options.config ?? testConfig(),
    database: options.database,
    clock: options.clock,
    limits: options.limits ?? relaxedLimits,
    schedulerPollMs: false,
    notifications: options.notifications,
    areas: options.areas,
  });
  // Idle keep-alive connections are left to the client to close. The server's own 5 s timeout
  // races the client: on a busy machine fetch can send its next request on a connection just
  // as the server closes it (ECONNRESET, "other side closed"), failing a test that did nothing
  // wrong. Node then sends no Keep-Alive timeout, and undici closes idle connections itself.
  (app.httpServer as Server).keepAliveTimeout = 0;
  const address = await app.listen(options.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  inProcess.set(url, app);
  return {
    app,
    url,
    database: options.database,
    close: () => {
      if (inProcess.get(url) === app) inProcess.delete(url);
      return app.close();
    },
  };
}

/** A server on a fresh database; `stop()` closes both. */
export async function startTestServer(
  options: { clock?: Clock; limits?: LimitSettings; persistent?: boolean } = {},
): Promise<TestServer & { testDb: TestDatabase; stop(): Promise<void> }> {
  const testDb = await createTestDatabase({ persistent: options.persistent });
  const database = await testDb.open();
  const server = await startServer({ database, clock: options.clock, limits: options.limits });
  return {
    ...server,
    testDb,
    stop: async () => {
      await server.close();
      await testDb.destroy();
    },
  };
}

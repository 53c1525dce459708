/**
 * The Buurtkamer server under test, in its own process: built exactly as `server/main.ts`
 * builds it (createApp from the environment's configuration), with two differences, both for
 * measuring: the per-user message budget is raised (the rate sweep sends more per member than
 * the default 1/s allows; the limiter still runs on every message) and the parent can ask for
 * memory figures after full garbage collections (in every thread) over IPC.
 */
import { configuredDatabase, openDatabase } from '../../db/open';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { defaultLimits } from '../../server/limits/limiters';
import { announce, serve } from '../lib/ipc';

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel, { node: config.nodeId });
const database = await openDatabase(configuredDatabase(config));
const app = await createApp({
  config,
  database,
  logger,
  limits: {
    ...defaultLimits,
    messages: { points: 100_000, seconds: 1, burst: 100_000 },
    sync: { points: 100_000, seconds: 1, burst: 100_000 },
    // Load comes from a few addresses with many sockets each.
    sockets: { perUser: 100_000, perAddress: 100_000 },
  },
});
const address = await app.listen();

serve({
  memory: async (request?: { gc?: boolean }) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (request?.gc !== false) {
      // PGlite's thread has a heap of its own: its start-up garbage goes too.
      await database.collectGarbage?.();
      gc?.();
      gc?.();
    }
    return { ...process.memoryUsage(), sockets: app.io.engine.clientsCount, gc: Boolean(gc) };
  },
  cpu: () => process.cpuUsage(),
  stop: async () => {
    await app.close();
    setTimeout(() => process.exit(0), 50);
    return true;
  },
});
announce('ready', { port: address.port, engine: database.engine });

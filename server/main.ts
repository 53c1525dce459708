import { configuredDatabase, DataDirError, openDatabase } from '../db/open';
import { seedDemo } from './demo/demo';
import { createApp } from './app';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** Reads the environment, builds the app, serves it, and shuts down cleanly on SIGTERM. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { node: config.nodeId });
  const database = await openDatabase(configuredDatabase(config));
  logger.info({ engine: database.engine }, 'database ready');
  const app = await createApp({ config, database, logger });
  const address = await app.listen();
  logger.info({ port: address.port }, 'listening');

  if (config.demo) {
    const demo = await seedDemo(database.db, systemClock, config.publicUrl);
    const lines = [
      '',
      `  Buurtkamer draait op ${config.publicUrl}`,
      `  Demo-project "${demo.projectName}" (verzonnen). Uitnodigingslinks:`,
      ...demo.links.map((l) => `    ${l.role.padEnd(12)} ${l.url}`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // A known start-up problem is one clear line; anything else with its stack.
  console.error(
    error instanceof DataDirError ? `Buurtkamer cannot start: ${error.message}` : error,
  );
  process.exit(1);
});

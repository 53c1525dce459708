import { build } from 'vite';

/** Browser tests run against the production build of the web client, served by the real server. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

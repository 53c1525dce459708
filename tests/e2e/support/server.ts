import { createTestDatabase } from '../../support/database';
import { startServer, testConfig } from '../../support/app';
import { freePort } from '../../support/process';

/**
 * A real server for the browser on 127.0.0.1 with the built web client. The public URL is the
 * server's own address, so invite links, cookies and the origin check match what the browser sees.
 */
export async function startBrowserServer(
  options: {
    env?: Record<string, string>;
    areas?: Parameters<typeof startServer>[0]['areas'];
    limits?: Parameters<typeof startServer>[0]['limits'];
  } = {},
) {
  const testDb = await createTestDatabase();
  const database = await testDb.open();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = await startServer({
    database,
    port,
    config: testConfig({ PUBLIC_URL: baseURL, PORT: String(port), ...options.env }),
    areas: options.areas,
    limits: options.limits,
  });
  return {
    ...server,
    baseURL,
    stop: async () => {
      await server.close();
      await testDb.destroy();
    },
  };
}

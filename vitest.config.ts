import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (next to the code), `integration` (real servers and databases over
 * loopback), `e2e` (a real browser) and `compose` (docker-compose.yml, run by
 * deploy/check-compose.sh). `npm test` runs unit + integration.
 */
export default defineConfig({
  test: {
    setupFiles: ['tests/support/model-store-setup.ts'],
    globalSetup: ['tests/support/classifier-global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'server/**/*.test.ts',
            'bot/**/*.test.ts',
            'db/**/*.test.ts',
            'web/**/*.test.ts',
            'tests/bot/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Against a running `docker compose up`: bash deploy/check-compose.sh.
          name: 'compose',
          include: ['tests/compose/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

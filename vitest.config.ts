import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Five projects: `unit` (next to the code, no database or server), `integration` (real servers
 * and databases over loopback), `scenarios` (long runs: benchmarks' smoke run, several nodes,
 * nginx, fault injection, fuzzing), `e2e` (a real browser) and `compose` (docker-compose.yml,
 * run by deploy/check-compose.sh). `npm test` runs unit + integration, `npm run test:scenarios`
 * the scenarios; docs/TESTING.md says what goes where.
 *
 * The time limits are there to end a hang, not to measure speed: a test that passes in a second
 * on a quiet machine can take twenty when the shared 2-core machine is at load 15-20, and must
 * still pass. Waits inside tests are on conditions (tests/support/waits.ts).
 */
export default defineConfig({
  test: {
    // vitest's default is one file at a time on 2 cores (cores - 1). A test file waits on
    // sockets, timers and child processes much of the time, so two side by side use the machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['tests/support/model-store-setup.ts', 'tests/support/children-setup.ts'],
    globalSetup: [
      'tests/support/classifier-global-setup.ts',
      'tests/support/database-global-setup.ts',
    ],
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Run by `npm run test:scenarios` (and .ci/run, on PGlite and on PostgreSQL + Redis).
          // One file at a time: each starts several processes of its own. A scenario can take
          // minutes on a busy machine (the benchmarks' smoke run, 17 CLI commands in a row).
          name: 'scenarios',
          include: ['tests/scenarios/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          // A page on a busy 2-core machine can take seconds to load its data; vitest's default
          // of 1 s made expect.poll the one wait in these tests that did not wait like Playwright.
          expect: { poll: { timeout: 30_000 } },
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

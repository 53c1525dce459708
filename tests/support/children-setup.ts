import { afterAll, afterEach, expect } from 'vitest';
import { stopLeftoverChildren } from './children';

/**
 * Registered before the file's own hooks, so these run after all of them (vitest runs
 * after-hooks in reverse order): whatever a test, or a failed or timed-out hook, left running is
 * stopped here and named (tests/support/children.ts).
 */
const report = (left: string[], what: string) => {
  if (left.length > 0)
    console.warn(`stopped ${left.length} process(es) ${what} left running:\n${left.join('\n')}`);
};

afterEach(async () => {
  const test = expect.getState().currentTestName;
  if (test !== undefined) report(await stopLeftoverChildren({ test }), `the test "${test}"`);
});

afterAll(async () => report(await stopLeftoverChildren(), 'the test file'));

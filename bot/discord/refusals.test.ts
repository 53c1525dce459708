import { describe, expect, it } from 'vitest';
import { loginRetryDelayMs } from './refusals';

describe('waiting before the next Discord login', () => {
  const options = { baseMs: 10_000, maxMs: 600_000, now: Date.parse('2026-12-06T10:00:00Z') };

  it('doubles with every failure in a row, up to the ceiling', () => {
    const waits = [1, 2, 3, 4, 7, 8, 20].map((n) => loginRetryDelayMs(new Error('x'), n, options));
    expect(waits).toEqual([10_000, 20_000, 40_000, 80_000, 600_000, 600_000, 600_000]);
  });

  it('waits for the IDENTIFY budget to reset when Discord says none are left', () => {
    const error = new Error(
      'Not enough sessions remaining to spawn 1 shards; only 0 remaining; resets at 2026-12-06T13:00:00.000Z',
    );
    expect(loginRetryDelayMs(error, 1, options)).toBe(3 * 3_600_000);
  });
});

import { describe, expect, it } from 'vitest';
import { expectedDatetime } from './export';

describe('Open311 expected_datetime', () => {
  it('is the start of the planned day in Dutch time, with the offset of that day', () => {
    expect(expectedDatetime('2025-01-15')).toBe('2025-01-15T00:00:00+01:00');
    expect(expectedDatetime('2025-07-01')).toBe('2025-07-01T00:00:00+02:00');
    // The summer-time change happens at 02:00, so midnight still has the winter offset.
    expect(expectedDatetime('2025-03-30')).toBe('2025-03-30T00:00:00+01:00');
    expect(expectedDatetime('2025-10-26')).toBe('2025-10-26T00:00:00+02:00');
    expect(new Date(expectedDatetime('2025-07-01')!).toISOString()).toBe(
      '2025-06-30T22:00:00.000Z',
    );
    expect(expectedDatetime(null)).toBeNull();
  });
});

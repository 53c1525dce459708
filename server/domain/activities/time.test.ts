import { describe, expect, it } from 'vitest';
import { addLocalDays, fromLocal, isLocalDateTime, localDate, toLocal } from './time';

describe('Europe/Amsterdam wall-clock time', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(fromLocal('2025-01-15T10:00').toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(fromLocal('2025-07-15T10:00').toISOString()).toBe('2025-07-15T08:00:00.000Z');
    expect(toLocal(new Date('2025-07-15T08:00:00Z'))).toBe('2025-07-15T10:00');
  });

  it('moves a time in the spring-forward gap (30 March 2025, 02:00-03:00) forward', () => {
    expect(fromLocal('2025-03-30T01:59').toISOString()).toBe('2025-03-30T00:59:00.000Z');
    expect(fromLocal('2025-03-30T02:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(toLocal(fromLocal('2025-03-30T02:30'))).toBe('2025-03-30T03:30');
    expect(fromLocal('2025-03-30T03:00').toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('takes the first (summer-time) instant of the autumn overlap (26 October 2025, 02:00-03:00)', () => {
    expect(fromLocal('2025-10-26T02:30').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(toLocal(new Date('2025-10-26T01:30:00Z'))).toBe('2025-10-26T02:30');
    expect(fromLocal('2025-10-26T03:00').toISOString()).toBe('2025-10-26T02:00:00.000Z');
  });

  it('keeps the wall-clock time when adding days across a change', () => {
    expect(addLocalDays('2025-03-29T10:00', 1)).toBe('2025-03-30T10:00');
    const saturday = fromLocal('2025-03-29T10:00');
    const sunday = fromLocal(addLocalDays('2025-03-29T10:00', 1));
    expect(sunday.getTime() - saturday.getTime()).toBe(23 * 3_600_000);
  });

  it('reads local dates and checks the format', () => {
    expect(localDate(new Date('2025-03-30T22:30:00Z'))).toBe('2025-03-31');
    expect(isLocalDateTime('2025-02-29T10:00')).toBe(false);
    expect(isLocalDateTime('2024-02-29T10:00')).toBe(true);
    expect(isLocalDateTime('2025-03-01 10:00')).toBe(false);
  });
});

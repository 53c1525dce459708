import { describe, expect, it } from 'vitest';
import { occurrences, recurrenceSchema, ruleOf } from './recurrence';

const far = new Date('2030-01-01T00:00:00Z');

describe('recurring activities', () => {
  it('keeps a weekly coffee morning at 10:00 local across the spring and autumn changes', () => {
    const series = {
      rule: ruleOf({ frequency: 'weekly', count: 3 }),
      startLocal: '2025-03-23T10:00',
      durationMinutes: 90,
      timezone: 'Europe/Amsterdam',
    };
    const spring = occurrences(series, far);
    expect(spring.map((o) => o.key)).toEqual([
      '2025-03-23T10:00',
      '2025-03-30T10:00',
      '2025-04-06T10:00',
    ]);
    expect(spring.map((o) => o.startsAt.toISOString())).toEqual([
      '2025-03-23T09:00:00.000Z',
      '2025-03-30T08:00:00.000Z',
      '2025-04-06T08:00:00.000Z',
    ]);
    expect(spring[1]?.endsAt.toISOString()).toBe('2025-03-30T09:30:00.000Z');

    const autumn = occurrences({ ...series, startLocal: '2025-10-19T10:00' }, far);
    expect(autumn.map((o) => o.startsAt.toISOString())).toEqual([
      '2025-10-19T08:00:00.000Z',
      '2025-10-26T09:00:00.000Z',
      '2025-11-02T09:00:00.000Z',
    ]);
  });

  it('places a night-time occurrence inside the gap forward, and the overlap on summer time', () => {
    const series = {
      rule: ruleOf({ frequency: 'daily', count: 3 }),
      startLocal: '2025-03-29T02:30',
      durationMinutes: 60,
      timezone: 'Europe/Amsterdam',
    };
    expect(occurrences(series, far).map((o) => o.startsAt.toISOString())).toEqual([
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:30:00.000Z', // 02:30 does not exist that night: 03:30 summer time
      '2025-03-31T00:30:00.000Z',
    ]);
    const overlap = occurrences({ ...series, startLocal: '2025-10-26T02:30' }, far);
    expect(overlap[0]?.startsAt.toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('stops at the horizon, at UNTIL, and at two years', () => {
    const weekly = {
      rule: ruleOf({ frequency: 'weekly', until: '2025-04-30' }),
      startLocal: '2025-04-01T19:00',
      durationMinutes: 60,
      timezone: 'Europe/Amsterdam',
    };
    expect(occurrences(weekly, far)).toHaveLength(5);
    expect(occurrences(weekly, new Date('2025-04-10T00:00:00Z'))).toHaveLength(2);
    const endless = { ...weekly, rule: ruleOf({ frequency: 'daily', count: 104 }) };
    expect(occurrences(endless, far)).toHaveLength(104);
    expect(ruleOf({ frequency: 'biweekly', count: 4 })).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=4');
  });

  it('asks for an end: a count or a last day', () => {
    expect(recurrenceSchema.safeParse({ frequency: 'weekly' }).success).toBe(false);
    expect(recurrenceSchema.safeParse({ frequency: 'weekly', count: 200 }).success).toBe(false);
    expect(recurrenceSchema.safeParse({ frequency: 'monthly', count: 6 }).success).toBe(true);
  });
});

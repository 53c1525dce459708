import { describe, expect, it } from 'vitest';
import { offerDeadline } from './rules';
import { fromLocal, toLocal } from './time';

const zone = 'Europe/Amsterdam';
const at = (local: string) => fromLocal(local, zone);
const deadline = (now: string, start: string, hours = 24) =>
  toLocal(offerDeadline(hours, at(now), at(start), zone), zone);

describe('offer deadlines keep to waking hours (08:00-22:00 Amsterdam)', () => {
  it('keeps a deadline in the day', () => {
    expect(deadline('2026-12-06T10:00', '2026-12-12T10:00')).toBe('2026-12-07T10:00');
  });

  it('moves a deadline in the night forward to 08:00', () => {
    expect(deadline('2026-12-06T23:30', '2026-12-12T10:00')).toBe('2026-12-08T08:00');
    expect(deadline('2026-12-06T02:01', '2026-12-12T10:00')).toBe('2026-12-07T08:00');
    // Across the autumn change (26 October 2025): 08:00 is still 08:00 on the wall.
    expect(deadline('2025-10-25T03:00', '2025-10-30T10:00')).toBe('2025-10-26T08:00');
  });

  it('moves it back to 22:00 when 08:00 is too close to the start', () => {
    // Half the time left (6 h 15) ends at 02:15; 08:00 would leave half an hour before 08:30.
    expect(deadline('2026-12-06T20:00', '2026-12-07T08:30')).toBe('2026-12-06T22:00');
  });

  it('leaves it where it fell when the activity itself is in the night', () => {
    expect(deadline('2026-12-06T23:00', '2026-12-07T01:00')).toBe('2026-12-07T00:00');
  });
});

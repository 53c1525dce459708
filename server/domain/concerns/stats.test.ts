import { describe, expect, it } from 'vitest';
import { livingLabCsv, periodNumbers } from './stats';
import type { LadderStep } from '../../protocol/concernTypes';

const day = 86_400_000;
const at = new Date('2026-01-01T00:00:00Z');
function closed(step: LadderStep, days: number, outcome = 'solved_neighbours' as const) {
  return {
    createdAt: at,
    resolvedAt: new Date(at.getTime() + days * day),
    outcome,
    resolvedStep: step,
    reachedSteps: [step],
  };
}

describe('Living Lab numbers', () => {
  it('hides counts from 1 to 4, shows 0, and gives no median or share under five', () => {
    const p = periodNumbers('2026-01', [], [closed('zelf', 1), closed('zelf', 2)]);
    expect(p.resolved).toBeNull();
    expect(p.resolvedByStep.zelf).toBeNull();
    expect(p.resolvedByStep.burenbericht).toBe(0);
    expect(p.medianDaysToResolution).toBeNull();
    expect(p.shareWithoutCorporationOrPolice).toBeNull();
    expect(p.reported).toBe(0);
  });

  it('hides a second count when a single hidden one could be worked out from the total', () => {
    const rows = [
      ...Array.from({ length: 7 }, () => closed('zelf', 2)),
      ...Array.from({ length: 6 }, () => closed('burenbericht', 4)),
      closed('begeleiding', 10, 'solved_support' as never),
    ];
    const p = periodNumbers('2026-01', rows, rows);
    expect(p.resolved).toBe(14);
    expect(p.resolvedByStep).toMatchObject({ zelf: 7, burenbericht: null, begeleiding: null });
    expect(p.medianDaysToResolution).toBe(3);
    expect(p.shareWithoutCorporationOrPolice).toBe(1);
    const csv = livingLabCsv({
      projectId: 'p',
      from: '2026-01-01',
      to: '2026-02-01',
      periods: [p],
      total: p,
    });
    expect(csv.split('\r\n')[1]).toBe('2026-01,14,14,0,7,<5,<5,0,0,0,0,3,1');
  });
});

import { describe, expect, it } from 'vitest';
import { livingLabCsv, livingLabFrom, periodNumbers } from './stats';
import type { LadderStep } from '../../protocol/concernTypes';

const day = 86_400_000;
const at = new Date('2026-01-01T00:00:00Z');
function closed(
  step: LadderStep,
  days: number,
  outcome: 'solved_neighbours' | 'solved_support' | 'corporation' | 'police' = 'solved_neighbours',
  start = at,
) {
  return {
    createdAt: start,
    resolvedAt: new Date(start.getTime() + days * day),
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
      closed('begeleiding', 10, 'solved_support'),
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

  it('hides the share when the count it is built from is hidden: 6 resolved, 1 via the corporation', () => {
    // Without the rule the share (5 of 6 = 0.833) told that one concern needed the corporation.
    const rows = [
      ...[1, 2, 3, 4, 5].map((d) => closed('zelf', d)),
      {
        ...closed('corporatie', 20, 'corporation'),
        reachedSteps: ['begeleiding', 'corporatie'] as LadderStep[],
      },
    ];
    const p = periodNumbers('2026-01', rows, rows);
    expect(p.resolved).toBe(6);
    expect(p.resolvedByStep).toMatchObject({ zelf: null, corporatie: null });
    expect(p.shareWithoutCorporationOrPolice).toBeNull();
    // The median is built from the resolved count only, which is shown.
    expect(p.medianDaysToResolution).toBe(3.5);
    const csv = livingLabCsv({
      projectId: 'p',
      from: '2026-01-01',
      to: '2026-02-01',
      periods: [p],
      total: p,
    });
    expect(csv.split('\r\n')[1]).toBe('2026-01,6,6,0,<5,0,0,0,<5,0,0,3.5,');
    expect(csv).not.toContain('0.833');
  });

  it('hides the share when the police or the corporation count is 1 to 4, whatever the step', () => {
    const rows = [
      ...Array.from({ length: 8 }, () => closed('burenbericht', 2)),
      ...Array.from({ length: 6 }, () => closed('begeleiding', 4, 'solved_support')),
      ...Array.from({ length: 2 }, () => closed('begeleiding', 9, 'police')),
    ];
    const p = periodNumbers('2026-01', rows, rows);
    expect(p.resolvedByStep).toMatchObject({ burenbericht: 8, begeleiding: 8 });
    expect(p.shareWithoutCorporationOrPolice).toBeNull();
    const many = [...rows, ...Array.from({ length: 3 }, () => closed('nood', 1, 'police'))];
    const q = periodNumbers('2026-01', many, many);
    expect(q.shareWithoutCorporationOrPolice).toBe(0.737);
  });

  it('keeps a hidden month hidden from the total: months add up, so a second month is hidden', () => {
    const jan = at;
    const feb = new Date('2026-02-03T00:00:00Z');
    const rows = [
      ...Array.from({ length: 16 }, (_, i) =>
        closed('zelf', 1 + (i % 3), 'solved_neighbours', jan),
      ),
      ...Array.from({ length: 3 }, () => closed('zelf', 2, 'solved_neighbours', feb)),
    ];
    const n = livingLabFrom('p', jan, new Date('2026-03-01T00:00:00Z'), rows);
    expect(n.total.resolved).toBe(19);
    expect(n.periods[1]!.resolved).toBeNull();
    // January's 16 would give February's 3 away (19 - 16): it is hidden, and so are its
    // median and share, which are built from it.
    expect(n.periods[0]).toMatchObject({
      resolved: null,
      medianDaysToResolution: null,
      shareWithoutCorporationOrPolice: null,
    });
    expect(n.total.shareWithoutCorporationOrPolice).toBe(1);
    // No sum anywhere has exactly one hidden cell.
    for (const p of [...n.periods, n.total]) {
      const steps = Object.values(p.resolvedByStep);
      expect([...steps, p.resolved].filter((v) => v === null).length).not.toBe(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { roles } from '../../protocol/roles';
import {
  allowedStatuses,
  canPlan,
  canReportDefect,
  canSeeDefect,
  seesReporterNames,
} from './access';

describe('defect access rules', () => {
  it('lets everyone but the corporation report', () => {
    expect(roles.filter(canReportDefect)).toEqual([
      'resident',
      'neighbour',
      'staff',
      'coordinator',
      'admin',
    ]);
  });

  it('shows the corporation a case only once it was forwarded', () => {
    const open = { status: 'open' as const, forwarded: false };
    const solvedAfterForward = { status: 'solved' as const, forwarded: true };
    expect(canSeeDefect('corporation', open, false)).toBe(false);
    expect(canSeeDefect('corporation', solvedAfterForward, false)).toBe(true);
    expect(roles.filter((r) => canSeeDefect(r, open, false))).toEqual([
      'staff',
      'coordinator',
      'admin',
    ]);
    expect(canSeeDefect('resident', open, true)).toBe(true);
  });

  it('gives residents and neighbours no status changes, even on their own report', () => {
    const facts = { status: 'open' as const, forwarded: false };
    expect(allowedStatuses('resident', facts)).toEqual([]);
    expect(allowedStatuses('neighbour', facts)).toEqual([]);
    expect(canPlan('resident', facts)).toBe(false);
  });

  it('lets the corporation report progress on forwarded cases only', () => {
    expect(allowedStatuses('corporation', { status: 'forwarded', forwarded: true })).toEqual([
      'in_progress',
      'solved',
      'rejected',
    ]);
    expect(allowedStatuses('corporation', { status: 'in_progress', forwarded: false })).toEqual([]);
    expect(canPlan('corporation', { status: 'in_progress', forwarded: true })).toBe(true);
    expect(canPlan('corporation', { status: 'solved', forwarded: true })).toBe(false);
  });

  it('keeps reporter names for support staff', () => {
    expect(roles.filter(seesReporterNames)).toEqual(['staff', 'admin']);
  });
});

import { closedStatuses, type DefectStatus } from '../../protocol/defects';
import type { Role } from '../../protocol/roles';

/**
 * Who may do what with defect cases. Pure rules; routes, the bot and the audience ask here.
 * - everyone except the housing corporation may report and say "me too";
 * - support staff, admins and the residents' association (coordinators) see every case of the
 *   project and move it through its life;
 * - the housing corporation sees a case only once it was forwarded to it, and then posts
 *   progress (in progress, solved, rejected with a reason) and planned dates;
 * - residents and neighbours see the cases they reported or said "me too" to.
 */
export function canReportDefect(role: Role): boolean {
  return role !== 'corporation';
}

export function managesDefects(role: Role): boolean {
  return role === 'staff' || role === 'admin' || role === 'coordinator';
}

export interface CaseFacts {
  status: DefectStatus;
  /** Was it ever forwarded to the corporation? */
  forwarded: boolean;
}

export function canSeeDefect(role: Role, facts: CaseFacts, isReporter: boolean): boolean {
  if (managesDefects(role)) return true;
  if (role === 'corporation') return facts.forwarded;
  return isReporter;
}

/** Reporter names are for support staff only (DESIGN.md: reporter identity is staff-only). */
export function seesReporterNames(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}

const managerMoves: Record<DefectStatus, readonly DefectStatus[]> = {
  open: ['acknowledged', 'forwarded', 'in_progress', 'solved', 'rejected'],
  acknowledged: ['forwarded', 'in_progress', 'solved', 'rejected'],
  forwarded: ['acknowledged', 'in_progress', 'solved', 'rejected'],
  in_progress: ['forwarded', 'solved', 'rejected'],
  solved: ['open'],
  rejected: ['open'],
};

const corporationMoves: Record<DefectStatus, readonly DefectStatus[]> = {
  open: [],
  acknowledged: [],
  forwarded: ['in_progress', 'solved', 'rejected'],
  in_progress: ['solved', 'rejected'],
  solved: [],
  rejected: [],
};

/** The statuses this role may move a case to now (the current status excluded). */
export function allowedStatuses(role: Role, facts: CaseFacts): DefectStatus[] {
  if (managesDefects(role)) return [...managerMoves[facts.status]];
  if (role === 'corporation' && facts.forwarded) return [...corporationMoves[facts.status]];
  return [];
}

/** May this role set a planned date or a note without changing the status? */
export function canPlan(role: Role, facts: CaseFacts): boolean {
  if (closedStatuses.includes(facts.status)) return false;
  if (managesDefects(role)) return true;
  return (
    role === 'corporation' &&
    facts.forwarded &&
    (facts.status === 'forwarded' || facts.status === 'in_progress')
  );
}

/** The project's case list (and its CSV) is for those who handle cases. */
export function canListAllDefects(role: Role): boolean {
  return managesDefects(role) || role === 'corporation';
}

export function isClosed(status: DefectStatus): boolean {
  return closedStatuses.includes(status);
}

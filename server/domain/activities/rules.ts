import type { ActivityStatus } from '../../protocol/activity-vocab';
import { isStaffRole, type Role } from '../../protocol/roles';

/**
 * Who may do what with activities. Pure rules; routes, sockets and the bot ask here.
 * - the residents' association (coordinator) and staff create, edit, publish and cancel;
 * - residents may propose one, which a coordinator publishes; its proposer sees it meanwhile;
 * - neighbours from outside see only activities open to them;
 * - the housing corporation has no part in activities.
 */
export function canManageActivities(role: Role): boolean {
  return role === 'coordinator' || isStaffRole(role);
}

export function canProposeActivity(role: Role): boolean {
  return role === 'resident' || canManageActivities(role);
}

export function takesPartInActivities(role: Role): boolean {
  return role !== 'corporation';
}

export function canSeeActivity(
  role: Role,
  activity: { status: ActivityStatus; openToNeighbours: boolean; createdBy: string | null },
  userId: string,
): boolean {
  if (!takesPartInActivities(role)) return false;
  if (canManageActivities(role)) return true;
  if (activity.status === 'draft') return false;
  if (activity.status === 'proposed') return activity.createdBy === userId;
  return role !== 'neighbour' || activity.openToNeighbours;
}

/** Sign-ups are for published activities that have not started. */
export function canSignUp(
  role: Role,
  activity: { status: ActivityStatus; openToNeighbours: boolean; startsAt: Date },
  now: Date,
): boolean {
  if (!takesPartInActivities(role) || activity.status !== 'published') return false;
  if (role === 'neighbour' && !activity.openToNeighbours) return false;
  return activity.startsAt > now;
}

/** Buurtkaart: everyone reads it; staff and the residents' association edit it. */
export function canEditCard(role: Role): boolean {
  return canManageActivities(role);
}

/** Participation numbers (aggregates only) for the Living Lab. */
export function canSeeParticipation(role: Role): boolean {
  return canManageActivities(role);
}

/**
 * How long a freed place is held for the next person on the waitlist: the project's setting
 * (default 24 hours), but never more than half the time left before the start, and at least
 * 15 minutes (so someone can still answer).
 */
export function offerWindowMs(offerHours: number, now: Date, startsAt: Date): number {
  const max = offerHours * 3_600_000;
  const half = (startsAt.getTime() - now.getTime()) / 2;
  return Math.max(15 * 60_000, Math.min(max, half));
}

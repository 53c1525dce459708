import type { ActivityStatus } from '../../protocol/activity-vocab';
import { canManageActivities } from '../../protocol/access';
import type { Role } from '../../protocol/roles';
import { addLocalDays, fromLocal, localDate, toLocal } from './time';

/**
 * Who may do what with activities. Pure rules; routes, sockets and the bot ask here.
 * - the residents' association (coordinator) and staff create, edit, publish and cancel;
 * - residents may propose one, which a coordinator publishes; its proposer sees it meanwhile;
 * - neighbours from outside see only activities open to them;
 * - the housing corporation has no part in activities.
 */
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

/**
 * Who may see the names of the people coming and of the volunteers: the organiser of the
 * activity, coordinators and staff. Other residents see only counts (privacy: taking part is
 * nobody else's business, and a name on a list can tell more than it seems).
 */
export function canSeeWhoComes(
  role: Role,
  activity: { organiserId: string | null },
  userId: string,
): boolean {
  return (
    canManageActivities(role) || (activity.organiserId !== null && activity.organiserId === userId)
  );
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

/** Offer deadlines fall between 08:00 and 22:00 local time (Europe/Amsterdam). */
export const WAKING_HOURS = { from: 8, until: 22 } as const;

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * When an offered place must be answered: `offerWindowMs` from now, kept to waking hours.
 * A deadline in the night (22:00-08:00 local) moves forward to 08:00 the next morning, when
 * that is still at least an hour before the start; otherwise back to 22:00 the evening before,
 * when that is at least 15 minutes away. Only when neither fits (an activity that starts in
 * the night or very soon) does the deadline stay where it fell.
 */
export function offerDeadline(
  offerHours: number,
  now: Date,
  startsAt: Date,
  timeZone: string,
): Date {
  const due = new Date(now.getTime() + offerWindowMs(offerHours, now, startsAt));
  const hour = Number(toLocal(due, timeZone).slice(11, 13));
  if (hour >= WAKING_HOURS.from && hour < WAKING_HOURS.until) return due;
  const day = localDate(due, timeZone);
  const morningDay = hour < WAKING_HOURS.from ? day : addLocalDays(`${day}T00:00`, 1).slice(0, 10);
  const morning = fromLocal(`${morningDay}T${hh(WAKING_HOURS.from)}`, timeZone);
  if (morning.getTime() <= startsAt.getTime() - 3_600_000) return morning;
  const eveningDay = addLocalDays(`${morningDay}T00:00`, -1).slice(0, 10);
  const evening = fromLocal(`${eveningDay}T${hh(WAKING_HOURS.until)}`, timeZone);
  if (evening.getTime() >= now.getTime() + 15 * 60_000 && evening < due) return evening;
  return due;
}

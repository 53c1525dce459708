import { and, asc, eq, inArray } from 'drizzle-orm';
import { activitySignups, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { forbidden } from '../../errors';
import { requireActivity } from './activities';
import type { AttendeeRecord } from './records';
import { canSeeWhoComes } from './rules';

/**
 * Who is coming and who waits: for the organiser, coordinators and staff only (names and
 * numbers, nothing more). Anyone else gets `forbidden`.
 */
export async function attendees(
  db: Executor,
  userId: string,
  activityId: string,
): Promise<AttendeeRecord[]> {
  const { activity, actor } = await requireActivity(db, activityId, userId);
  if (!canSeeWhoComes(actor.role, activity, userId)) throw forbidden();
  const rows = await db
    .select({ signup: activitySignups, name: users.displayName })
    .from(activitySignups)
    .innerJoin(users, eq(users.id, activitySignups.userId))
    .where(
      and(
        eq(activitySignups.activityId, activityId),
        inArray(activitySignups.status, ['confirmed', 'offered', 'waitlisted']),
      ),
    )
    .orderBy(asc(activitySignups.queueNo));
  let position = 0;
  return rows.flatMap(({ signup, name }): AttendeeRecord[] => {
    if (signup.status === 'cancelled') return [];
    if (signup.status === 'waitlisted') position += 1;
    return [
      {
        ...signup,
        status: signup.status,
        name,
        position: signup.status === 'waitlisted' ? position : null,
      },
    ];
  });
}

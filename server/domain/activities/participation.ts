import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { activities, activitySignups, memberships } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { validationFailed } from '../../errors';
import { fromLocal } from './time';

/** Counts under this are shown as "<5" (Living Lab rule: no small numbers that point at people). */
export const SUPPRESS_BELOW = 5;

export type Count = number | '<5';

export interface ParticipationRow {
  /** Month, `YYYY-MM` (local). */
  period: string;
  activitiesHeld: Count;
  uniqueParticipants: Count;
  outsideNeighbours: Count;
  guests: Count;
}

function suppress(n: number): Count {
  return n > 0 && n < SUPPRESS_BELOW ? '<5' : n;
}

/**
 * Participation per month in a period, for the Living Lab: activities held (published, not
 * cancelled, already ended), unique participants with a confirmed place, how many of them are
 * neighbours from outside the complex, and guests brought along. Aggregates only; every count
 * from 1 to 4 is suppressed. The last row is the whole period.
 */
export async function participation(
  db: Executor,
  projectId: string,
  range: { from: string; to: string },
  now: Date,
): Promise<ParticipationRow[]> {
  if (range.to < range.from) throw validationFailed({ to: { key: 'activities.error.range' } });
  const from = fromLocal(`${range.from}T00:00`);
  const until = fromLocal(`${range.to}T23:59`);
  const end = until < now ? until : now;
  const month = sql<string>`to_char(${activities.startsAt} at time zone ${activities.timezone}, 'YYYY-MM')`;
  const held = and(
    eq(activities.projectId, projectId),
    eq(activities.status, 'published'),
    gte(activities.startsAt, from),
    lt(activities.endsAt, end),
  );
  const perMonth = await db
    .select({ period: month, n: sql<number>`count(*)`.mapWith(Number) })
    .from(activities)
    .where(held)
    .groupBy(month);
  const people = await db
    .select({
      period: month,
      userId: activitySignups.userId,
      role: memberships.role,
      guests: activitySignups.guests,
    })
    .from(activitySignups)
    .innerJoin(activities, eq(activities.id, activitySignups.activityId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.projectId, activities.projectId),
        eq(memberships.userId, activitySignups.userId),
      ),
    )
    .where(and(held, eq(activitySignups.status, 'confirmed')));

  const periods = [
    ...new Set([...perMonth.map((p) => p.period), ...people.map((p) => p.period)]),
  ].sort();
  const rowFor = (
    period: string,
    activityCount: number,
    list: typeof people,
  ): ParticipationRow => ({
    period,
    activitiesHeld: suppress(activityCount),
    uniqueParticipants: suppress(new Set(list.map((p) => p.userId)).size),
    outsideNeighbours: suppress(
      new Set(list.filter((p) => p.role === 'neighbour').map((p) => p.userId)).size,
    ),
    guests: suppress(list.reduce((sum, p) => sum + p.guests, 0)),
  });
  const rows = periods.map((period) =>
    rowFor(
      period,
      perMonth.find((p) => p.period === period)?.n ?? 0,
      people.filter((p) => p.period === period),
    ),
  );
  rows.push(
    rowFor(
      `${range.from}..${range.to}`,
      perMonth.reduce((sum, p) => sum + p.n, 0),
      people,
    ),
  );
  return rows;
}

export function participationCsv(rows: ParticipationRow[]): string {
  const header = 'period,activities_held,unique_participants,outside_neighbours,guests';
  return (
    [
      header,
      ...rows.map((r) =>
        [r.period, r.activitiesHeld, r.uniqueParticipants, r.outsideNeighbours, r.guests].join(','),
      ),
    ].join('\n') + '\n'
  );
}

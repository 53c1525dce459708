import { and, eq, inArray, ne } from 'drizzle-orm';
import { memberInterests, memberships } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { t } from '../../i18n/catalogue';
import type { InterestTag } from '../../protocol/activity-vocab';
import { formatWhen } from '../../protocol/dates';
import { tellPerson } from './notify';
import type { ActivityRow } from './records';

/**
 * Interests are private: a person reads and changes only their own. Anything else only counts
 * them (for the organiser) or uses them to send a personal invitation - never who.
 */
export async function myInterests(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<InterestTag[]> {
  const rows = await db
    .select({ tag: memberInterests.tag })
    .from(memberInterests)
    .where(and(eq(memberInterests.projectId, projectId), eq(memberInterests.userId, userId)));
  return rows.map((r) => r.tag).sort();
}

/** Replaces the person's interests (an empty list removes them all). */
export async function setMyInterests(
  db: Executor,
  projectId: string,
  userId: string,
  tags: InterestTag[],
  now: Date,
): Promise<InterestTag[]> {
  const unique = [...new Set(tags)];
  await db
    .delete(memberInterests)
    .where(and(eq(memberInterests.projectId, projectId), eq(memberInterests.userId, userId)));
  if (unique.length > 0) {
    await db
      .insert(memberInterests)
      .values(unique.map((tag) => ({ projectId, userId, tag, createdAt: now })));
  }
  return unique.sort();
}

/**
 * The people who opted in to any of the tags and may join: members of the project (outside
 * neighbours only for open activities), never the corporation, never the organiser.
 */
async function interested(
  db: Executor,
  projectId: string,
  tags: InterestTag[],
  options: { openToNeighbours: boolean; exclude: (string | null)[] },
): Promise<string[]> {
  if (tags.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: memberInterests.userId, role: memberships.role })
    .from(memberInterests)
    .innerJoin(
      memberships,
      and(
        eq(memberships.projectId, memberInterests.projectId),
        eq(memberships.userId, memberInterests.userId),
      ),
    )
    .where(
      and(
        eq(memberInterests.projectId, projectId),
        inArray(memberInterests.tag, tags),
        ne(memberships.role, 'corporation'),
      ),
    );
  const excluded = new Set(options.exclude.filter((id): id is string => id !== null));
  return [
    ...new Set(
      rows
        .filter((r) => options.openToNeighbours || r.role !== 'neighbour')
        .map((r) => r.userId)
        .filter((id) => !excluded.has(id)),
    ),
  ];
}

/**
 * How many opted-in people share these interests: a number only. Shown to the organiser (a
 * coordinator or staff member) when creating an activity; it names nobody.
 */
export async function countInterested(
  db: Executor,
  projectId: string,
  tags: InterestTag[],
  options: { openToNeighbours: boolean; exclude: (string | null)[] },
): Promise<number> {
  return (await interested(db, projectId, tags, options)).length;
}

/** A personal invitation, in each person's own Buurtbot conversation. */
export async function inviteInterested(
  db: Executor,
  clock: Clock,
  activity: ActivityRow,
): Promise<{ count: number; events: DomainEvent[] }> {
  const people = await interested(db, activity.projectId, activity.interests, {
    openToNeighbours: activity.openToNeighbours,
    exclude: [activity.organiserId, activity.createdBy],
  });
  const events: DomainEvent[] = [];
  for (const userId of people) {
    events.push(
      ...(await tellPerson(db, clock, { projectId: activity.projectId, userId }, (locale) => ({
        text: t(locale, 'activities.note.invitation', {
          title: activity.title,
          when: formatWhen(locale, activity.startsAt, activity.timezone),
          interests: activity.interests
            .map((tag) => t(locale, `activities.interest.${tag}`))
            .join(', '),
        }),
        buttons: [
          {
            label: t(locale, 'activities.note.invitation_yes'),
            value: `/aanmelden ${activity.id}`,
          },
        ],
      }))),
    );
  }
  return { count: people.length, events };
}

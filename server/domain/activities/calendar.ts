import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { activities, activitySignups, calendarFeeds, projects } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import { forbidden, notFound } from '../../errors';
import type { CalendarScope } from '../../protocol/activity-vocab';
import { hashSecret, newSecret } from '../auth/tokens';
import { actorIn, requireActivity } from './activities';
import { canSeeActivity, takesPartInActivities } from './rules';
import type { ActivityRow } from './views';

/** How far back a feed reaches (recent history stays visible in a calendar app). */
const FEED_PAST_DAYS = 30;

export interface FeedInfo {
  scope: CalendarScope;
  /** When the current link was made; null when there is none. */
  createdAt: string | null;
}

/** Which calendar links the person has (the secret itself is shown only once, when made). */
export async function myFeeds(
  db: Executor,
  userId: string,
  projectId: string,
): Promise<FeedInfo[]> {
  await actorIn(db, userId, projectId);
  const rows = await db
    .select()
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.projectId, projectId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    );
  return (['project', 'personal'] as const).map((scope) => ({
    scope,
    createdAt: rows.find((r) => r.scope === scope)?.createdAt.toISOString() ?? null,
  }));
}

/**
 * Makes a new secret link for a calendar feed and revokes the old one: a link that was shared
 * by mistake stops working. Only the SHA-256 of the token is stored.
 */
export async function renewFeed(
  db: Db,
  now: Date,
  userId: string,
  projectId: string,
  scope: CalendarScope,
): Promise<{ token: string }> {
  const actor = await actorIn(db, userId, projectId);
  if (!takesPartInActivities(actor.role)) throw forbidden();
  const token = newSecret();
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(
        and(
          eq(calendarFeeds.projectId, projectId),
          eq(calendarFeeds.userId, userId),
          eq(calendarFeeds.scope, scope),
          isNull(calendarFeeds.revokedAt),
        ),
      );
    await tx
      .insert(calendarFeeds)
      .values({ projectId, userId, scope, tokenHash: hashSecret(token), createdAt: now });
  });
  return { token };
}

function calendarOf(name: string, rows: ActivityRow[], baseUrl: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Buurtkamer', product: 'activities', language: 'NL' },
  });
  for (const row of rows) {
    const description = [row.description, row.accessibilityNote].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: `${row.id}@buurtkamer`,
      start: row.startsAt,
      end: row.endsAt,
      summary: row.title,
      description: description || null,
      location: row.place || null,
      url: `${baseUrl}/activities/${row.id}`,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: row.updatedAt,
      lastModified: row.updatedAt,
    });
  }
  return calendar.toString();
}

/**
 * The iCal text behind a secret link: the project's activities the owner may see, or only the
 * ones they have a place at (or wait for). Times are UTC instants, so every calendar app shows
 * them right in its own zone. A revoked or unknown token is `not_found`.
 */
export async function feedByToken(
  db: Executor,
  now: Date,
  token: string,
  baseUrl: string,
): Promise<string> {
  const [feed] = await db
    .select({ feed: calendarFeeds, projectName: projects.name })
    .from(calendarFeeds)
    .innerJoin(projects, eq(projects.id, calendarFeeds.projectId))
    .where(and(eq(calendarFeeds.tokenHash, hashSecret(token)), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  if (!feed) throw notFound();
  const { projectId, userId, scope } = feed.feed;
  const actor = await actorIn(db, userId, projectId).catch(() => {
    throw notFound();
  });
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  let rows = await db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.projectId, projectId),
        gt(activities.endsAt, since),
        inArray(activities.status, ['published', 'cancelled']),
      ),
    )
    .orderBy(asc(activities.startsAt))
    .limit(500);
  rows = rows.filter(
    (r) => canSeeActivity(actor.role, r, userId) && (r.status === 'published' || r.publishedAt),
  );
  if (scope === 'personal') {
    const mine = await db
      .select({ activityId: activitySignups.activityId })
      .from(activitySignups)
      .where(
        and(
          eq(activitySignups.userId, userId),
          inArray(activitySignups.status, ['confirmed', 'offered', 'waitlisted']),
        ),
      );
    const ids = new Set(mine.map((m) => m.activityId));
    rows = rows.filter((r) => ids.has(r.id));
  }
  return calendarOf(feed.projectName, rows, baseUrl);
}

/** One activity as a downloadable .ics file. */
export async function activityIcs(
  db: Executor,
  userId: string,
  activityId: string,
  baseUrl: string,
): Promise<{ ics: string; title: string }> {
  const { activity } = await requireActivity(db, activityId, userId);
  return { ics: calendarOf(activity.title, [activity], baseUrl), title: activity.title };
}

import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import {
  activities,
  activitySeries,
  activitySignups,
  calendarFeeds,
  projects,
} from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import { forbidden, notFound } from '../../errors';
import type { CalendarScope } from '../../protocol/activity-vocab';
import { hashSecret, newSecret } from '../auth/tokens';
import { actorIn, requireActivity } from './activities';
import {
  calendarText,
  escapeText,
  ICAL_ZONE,
  localStamp,
  timeProperty,
  utcStamp,
} from './ical-text';
import { canSeeActivity, takesPartInActivities } from './rules';
import { fromLocal } from './time';
import type { ActivityRow } from './records';

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

type SeriesRow = typeof activitySeries.$inferSelect;

/** The VEVENT lines of one activity row (or a series' master, with `times` and `extra`). */
function eventLines(
  row: ActivityRow,
  baseUrl: string,
  event: {
    uid: string;
    sequence: number;
    cancelled: boolean;
    /** DTSTART/DTEND (and RRULE, EXDATE or RECURRENCE-ID) lines. */
    times: string[];
    stamp: Date;
  },
): string[] {
  const description = [row.description, row.accessibilityNote].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `LAST-MODIFIED:${utcStamp(event.stamp)}`,
    ...event.times,
    `SUMMARY:${escapeText(row.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(row.place ? [`LOCATION:${escapeText(row.place)}`] : []),
    `URL:${baseUrl}/activities/${row.id}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** One activity on its own (not as part of a series): its own UID and SEQUENCE. */
function singleEvent(row: ActivityRow, baseUrl: string): string[] {
  return eventLines(row, baseUrl, {
    uid: `${row.id}@buurtkamer`,
    sequence: row.sequence,
    cancelled: row.status === 'cancelled',
    times: [
      timeProperty('DTSTART', row.startsAt, row.timezone),
      timeProperty('DTEND', row.endsAt, row.timezone),
    ],
    stamp: row.updatedAt,
  });
}

/** Whether an occurrence differs from the series' template in what a calendar shows. */
function differs(row: ActivityRow, template: ActivityRow, series: SeriesRow): boolean {
  return (
    row.title !== template.title ||
    row.description !== template.description ||
    row.accessibilityNote !== template.accessibilityNote ||
    row.place !== template.place ||
    row.occurrenceKey === null ||
    row.startsAt.getTime() !== fromLocal(row.occurrenceKey, series.timezone).getTime() ||
    row.endsAt.getTime() - row.startsAt.getTime() !== series.durationMinutes * 60_000
  );
}

/**
 * A series as one VEVENT with its RRULE (local times with TZID, so a weekly 10:00 stays 10:00
 * across summer time), an EXDATE for each occurrence that was cancelled (or that this person
 * may not see), and a VEVENT with RECURRENCE-ID for each occurrence that was changed on its
 * own. Its fields come from the latest occurrence not changed on its own: the one new
 * occurrences are copied from. The master's SEQUENCE is the sum of its occurrences' sequences,
 * so it rises whenever any of them changes.
 */
function seriesEvents(
  series: SeriesRow,
  rows: ActivityRow[],
  shown: (row: ActivityRow) => boolean,
  baseUrl: string,
): string[][] {
  const zone = series.timezone;
  const sorted = [...rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const template = sorted.filter((r) => !r.detached).at(-1) ?? sorted.at(-1);
  if (!template) return [];
  const firstStart = fromLocal(series.startLocal, zone);
  const firstEnd = new Date(firstStart.getTime() + series.durationMinutes * 60_000);
  let rule = series.rule;
  const keyed = sorted.flatMap((row) =>
    row.occurrenceKey === null ? [] : [{ row, key: row.occurrenceKey }],
  );
  const lastKeyed = keyed.at(-1);
  if (series.endedAt && lastKeyed) {
    // Ended: no occurrences beyond the ones that were made.
    const last = fromLocal(lastKeyed.key, zone);
    rule = [
      ...rule.split(';').filter((p) => !/^(COUNT|UNTIL)=/.test(p)),
      `UNTIL=${utcStamp(last)}`,
    ].join(';');
  }
  const exdates: string[] = [];
  const overrides: string[][] = [];
  for (const { row, key } of keyed) {
    if (row.status !== 'published' || !shown(row)) {
      exdates.push(localStamp(key));
    } else if (row.detached || differs(row, template, series)) {
      overrides.push(
        eventLines(row, baseUrl, {
          uid: `series-${series.id}@buurtkamer`,
          sequence: row.sequence,
          cancelled: false,
          times: [
            timeProperty('DTSTART', row.startsAt, row.timezone),
            timeProperty('DTEND', row.endsAt, row.timezone),
            timeProperty('RECURRENCE-ID', fromLocal(key, zone), zone, key),
          ],
          stamp: row.updatedAt,
        }),
      );
    }
  }
  const published = keyed.some(({ row }) => row.status === 'published' && shown(row));
  const exdateLines =
    exdates.length > 0 && published
      ? zone === ICAL_ZONE
        ? [`EXDATE;TZID=${ICAL_ZONE}:${exdates.join(',')}`]
        : [
            `EXDATE:${keyed
              .filter(({ key }) => exdates.includes(localStamp(key)))
              .map(({ key }) => utcStamp(fromLocal(key, zone)))
              .join(',')}`,
          ]
      : [];
  const master = eventLines(template, baseUrl, {
    uid: `series-${series.id}@buurtkamer`,
    sequence: rows.reduce((sum, r) => sum + r.sequence, 0),
    // Every occurrence cancelled: the whole series is.
    cancelled: !published,
    times: [
      timeProperty('DTSTART', firstStart, zone, series.startLocal),
      timeProperty('DTEND', firstEnd, zone),
      `RRULE:${rule}`,
      ...exdateLines,
    ],
    stamp: new Date(Math.max(...rows.map((r) => r.updatedAt.getTime()))),
  });
  return [master, ...overrides];
}

/**
 * The iCal text of a set of activities. Activities of a series become one recurring VEVENT when
 * `series` holds the series and all its occurrences; otherwise each is a VEVENT of its own.
 */
function calendarOf(
  name: string,
  rows: ActivityRow[],
  baseUrl: string,
  series?: { rows: SeriesRow[]; occurrences: ActivityRow[]; shown: (row: ActivityRow) => boolean },
): string {
  const components: string[][] = [];
  const grouped = new Set<string>();
  for (const row of rows) {
    const s = row.seriesId ? series?.rows.find((x) => x.id === row.seriesId) : undefined;
    if (!s || !series) {
      components.push(singleEvent(row, baseUrl));
      continue;
    }
    if (grouped.has(s.id)) continue;
    grouped.add(s.id);
    components.push(
      ...seriesEvents(
        s,
        series.occurrences.filter((r) => r.seriesId === s.id),
        series.shown,
        baseUrl,
      ),
    );
  }
  return calendarText(name, components);
}

/**
 * The iCal text behind a secret link: the project's activities the owner may see (a series as
 * one recurring event), or only the ones they have a place at or wait for (each occurrence on
 * its own: a sign-up is per occurrence). Times are local with `TZID=Europe/Amsterdam` and a
 * VTIMEZONE, so every calendar app shows them right in its own zone. A revoked or unknown token
 * is `not_found`.
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
  const shown = (r: ActivityRow) =>
    canSeeActivity(actor.role, r, userId) && (r.status === 'published' || r.publishedAt !== null);
  rows = rows.filter(shown);
  if (scope === 'project') {
    // A series is one recurring event: it needs the series and all of its occurrences.
    const seriesIds = [...new Set(rows.flatMap((r) => (r.seriesId ? [r.seriesId] : [])))];
    if (seriesIds.length > 0) {
      const [seriesRows, occurrences] = await Promise.all([
        db.select().from(activitySeries).where(inArray(activitySeries.id, seriesIds)),
        db.select().from(activities).where(inArray(activities.seriesId, seriesIds)),
      ]);
      return calendarOf(feed.projectName, rows, baseUrl, {
        rows: seriesRows,
        occurrences,
        shown,
      });
    }
  }
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

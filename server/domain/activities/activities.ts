import { and, asc, desc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { activities, activitySeries, activitySignups, volunteerTasks } from '../../../db/schema';
import type { Db, Executor, Tx } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { forbidden, notFound, validationFailed } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { CreateActivityInput, UpdateActivityInput } from '../../protocol/activities';
import type { Role } from '../../protocol/roles';
import type { ActivityStatus } from '../../protocol/activity-vocab';
import { requireMembership } from '../membership/memberships';
import { formatWhen } from '../../protocol/dates';
import { countInterested, inviteInterested } from './interests';
import { announceActivity, tellPerson } from './notify';
import { occurrences, ruleOf } from './recurrence';
import { cancelReminder, scheduleReminder } from './reminders';
import { canManageActivities } from '../../protocol/access';
import { canProposeActivity, canSeeActivity } from './rules';
import { promote } from './signups';
import { DEFAULT_TIME_ZONE, fromLocal, isLocalDateTime } from './time';
import {
  activityRecords,
  viewedBy,
  viewedOne,
  type ActivityRow,
  type ViewedActivity,
} from './records';

/** How far ahead the occurrences of a series exist as activities. */
export const SERIES_HORIZON_DAYS = 84;

export interface Actor {
  userId: string;
  role: Role;
}

export async function actorIn(db: Executor, userId: string, projectId: string): Promise<Actor> {
  const membership = await requireMembership(db, userId, projectId);
  return { userId, role: membership.role };
}

/** The activity, if the person may see it; `not_found` otherwise (no hint that it exists). */
export async function requireActivity(
  db: Executor,
  activityId: string,
  userId: string,
): Promise<{ activity: ActivityRow; actor: Actor }> {
  const [activity] = await db
    .select()
    .from(activities)
    .where(eq(activities.id, activityId))
    .limit(1);
  if (!activity) throw notFound();
  const actor = await actorIn(db, userId, activity.projectId).catch(() => {
    throw notFound();
  });
  if (!canSeeActivity(actor.role, activity, userId)) throw notFound();
  return { activity, actor };
}

function mayEdit(actor: Actor, activity: ActivityRow): boolean {
  return (
    canManageActivities(actor.role) ||
    (activity.status === 'proposed' && activity.createdBy === actor.userId)
  );
}

function times(start: string, end: string, timezone: string, now: Date, isNew: boolean) {
  if (!isLocalDateTime(start)) throw validationFailed({ start: { key: 'fields.invalid_format' } });
  if (!isLocalDateTime(end)) throw validationFailed({ end: { key: 'fields.invalid_format' } });
  const startsAt = fromLocal(start, timezone);
  const endsAt = fromLocal(end, timezone);
  if (endsAt <= startsAt)
    throw validationFailed({ end: { key: 'activities.error.end_before_start' } });
  if (endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000)
    throw validationFailed({ end: { key: 'activities.error.too_long' } });
  if (isNew && startsAt <= now)
    throw validationFailed({ start: { key: 'activities.error.in_the_past' } });
  return { startsAt, endsAt };
}

/** Events telling who may see it that an activity changed. */
export async function changedEvents(db: Executor, rows: ActivityRow[]): Promise<DomainEvent[]> {
  const records = await activityRecords(db, rows);
  return records.map((record) => ({
    type: 'activity.changed' as const,
    record,
    proposerId: record.row.status === 'proposed' ? (record.row.createdBy ?? null) : null,
  }));
}

/**
 * The activity asked about, as changed: its row among the changed ones (a change to a series
 * returns all its rows), else as it is now (a detached occurrence a series change left alone).
 */
async function rowWithId(
  db: Executor,
  rows: ActivityRow[],
  activityId: string,
): Promise<ActivityRow> {
  const changed = rows.find((r) => r.id === activityId);
  if (changed) return changed;
  const [current] = await db.select().from(activities).where(eq(activities.id, activityId));
  if (!current) throw notFound();
  return current;
}

export interface Created {
  activity: ViewedActivity;
  /** Occurrences made (1 for a single activity). */
  occurrences: number;
  /** Opted-in people who share the activity's interests (a count, never who). */
  interested: number;
  events: DomainEvent[];
}

/**
 * Creates an activity (or a series). Coordinators and staff may publish at once; a resident's
 * activity is a proposal until a coordinator publishes it. Publishing schedules reminders and
 * sends personal invitations to the people who opted in to its interests.
 */
export async function createActivity(
  db: Db,
  clock: Clock,
  userId: string,
  input: CreateActivityInput,
): Promise<Created> {
  const now = clock.now();
  const actor = await actorIn(db, userId, input.projectId);
  if (!canProposeActivity(actor.role)) throw forbidden();
  const manager = canManageActivities(actor.role);
  const status: ActivityStatus = manager ? (input.publish ? 'published' : 'draft') : 'proposed';
  const timezone = DEFAULT_TIME_ZONE;
  const first = times(input.start, input.end, timezone, now, true);

  const { rows, firstRow, events } = await db.transaction(async (tx) => {
    const { seriesId, slots } = await plannedSlots(tx, now, userId, input, first);
    const inserted = await tx
      .insert(activities)
      .values(
        slots.map((slot) => ({
          ...activityValues(input, { userId, status, timezone, now }),
          seriesId,
          occurrenceKey: seriesId ? slot.key : null,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        })),
      )
      .returning();
    await insertTasks(tx, input.tasks, inserted, now);
    const [firstInserted] = inserted;
    if (!firstInserted) throw new Error('activity insert returned nothing');
    const sideEffects: DomainEvent[] = [];
    if (status === 'published') {
      for (const row of inserted) await scheduleReminder(tx, clock, row);
      sideEffects.push(...(await announceActivity(tx, clock, firstInserted)));
    }
    if (status === 'proposed')
      sideEffects.push(...(await tellManagersOfProposal(tx, clock, firstInserted)));
    return { rows: inserted, firstRow: firstInserted, events: sideEffects };
  });

  const interested = await reachInterested(db, clock, firstRow, { status, userId, events });
  events.unshift(...(await changedEvents(db, rows)));
  const activity = await viewedOne(db, firstRow, actor);
  return { activity, occurrences: rows.length, interested, events };
}

interface Slot {
  key: string | null;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The times to make activities for: with a recurrence, the series (inserted here) and its
 * occurrences up to the horizon (the first asked-for time when none falls in it); else the one.
 */
async function plannedSlots(
  tx: Tx,
  now: Date,
  userId: string,
  input: CreateActivityInput,
  first: { startsAt: Date; endsAt: Date },
): Promise<{ seriesId: string | null; slots: Slot[] }> {
  if (!input.recurrence) return { seriesId: null, slots: [{ key: null, ...first }] };
  const durationMinutes = Math.round((first.endsAt.getTime() - first.startsAt.getTime()) / 60_000);
  const horizon = new Date(now.getTime() + SERIES_HORIZON_DAYS * 86_400_000);
  const rule = ruleOf(input.recurrence);
  const [series] = await tx
    .insert(activitySeries)
    .values({
      projectId: input.projectId,
      rule,
      startLocal: input.start,
      durationMinutes,
      timezone: DEFAULT_TIME_ZONE,
      materializedUntil: horizon,
      createdBy: userId,
      createdAt: now,
    })
    .returning();
  if (!series) throw new Error('series insert returned nothing');
  const slots = occurrences(series, horizon);
  return {
    seriesId: series.id,
    slots: slots.length === 0 ? [{ key: input.start, ...first }] : slots,
  };
}

/** The columns every occurrence of a new activity shares (all but series and times). */
function activityValues(
  input: CreateActivityInput,
  made: { userId: string; status: ActivityStatus; timezone: string; now: Date },
) {
  const { userId, status, timezone, now } = made;
  return {
    projectId: input.projectId,
    title: input.title,
    description: input.description,
    timezone,
    place: input.place,
    accessibility: [...new Set(input.accessibility)],
    accessibilityNote: input.accessibilityNote,
    capacity: input.capacity,
    maxGuests: input.maxGuests,
    openToNeighbours: input.openToNeighbours,
    organiserId: userId,
    status,
    interests: [...new Set(input.interests)],
    createdBy: userId,
    createdAt: now,
    updatedAt: now,
    publishedAt: status === 'published' ? now : null,
  };
}

/** The volunteer tasks asked for, on every occurrence. */
async function insertTasks(
  tx: Tx,
  tasks: CreateActivityInput['tasks'],
  rows: ActivityRow[],
  now: Date,
): Promise<void> {
  if (tasks.length === 0) return;
  await tx.insert(volunteerTasks).values(
    rows.flatMap((row) =>
      tasks.map((task) => ({
        activityId: row.id,
        title: task.title,
        slots: task.slots,
        createdAt: now,
      })),
    ),
  );
}

/**
 * How many opted-in people share the activity's interests. A published one invites them
 * (their notices join `events`); otherwise they are only counted, its maker left out.
 */
async function reachInterested(
  db: Db,
  clock: Clock,
  firstRow: ActivityRow,
  { status, userId, events }: { status: ActivityStatus; userId: string; events: DomainEvent[] },
): Promise<number> {
  if (status === 'published') {
    const invited = await inviteInterested(db, clock, firstRow);
    events.push(...invited.events);
    return invited.count;
  }
  return countInterested(db, firstRow.projectId, firstRow.interests, {
    openToNeighbours: firstRow.openToNeighbours,
    exclude: [userId],
  });
}

async function tellManagersOfProposal(
  tx: Tx,
  clock: Clock,
  activity: ActivityRow,
): Promise<DomainEvent[]> {
  const { memberships } = await import('../../../db/schema');
  const managers = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, activity.projectId), eq(memberships.role, 'coordinator')));
  const events: DomainEvent[] = [];
  for (const { userId } of managers) {
    events.push(
      ...(await tellPerson(tx, clock, { projectId: activity.projectId, userId }, (locale) => ({
        text: t(locale, 'activities.note.proposed', {
          title: activity.title,
          when: formatWhen(locale, activity.startsAt, activity.timezone),
        }),
      }))),
    );
  }
  return events;
}

/** Every change (edit, publication, cancellation) raises the row's iCal SEQUENCE. */
const nextSequence = sql`${activities.sequence} + 1`;

/** The rows a change with `scope` touches: this one, or this and the later ones of its series. */
async function scopeRows(
  tx: Tx,
  activity: ActivityRow,
  scope: 'occurrence' | 'series',
): Promise<ActivityRow[]> {
  if (scope === 'occurrence' || !activity.seriesId) return [activity];
  return tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.seriesId, activity.seriesId),
        gte(activities.startsAt, activity.startsAt),
        eq(activities.detached, false),
      ),
    )
    .orderBy(asc(activities.startsAt))
    .for('update');
}

/**
 * Edits an activity. For an occurrence of a series, `scope: 'occurrence'` changes only this one
 * (it becomes an override the series leaves alone); `series` changes this one and the later
 * ones that were not changed on their own (times move per occurrence only). People signed up
 * are told when the time or place changes; a larger capacity offers places to the waitlist.
 */
export async function updateActivity(
  db: Db,
  clock: Clock,
  userId: string,
  activityId: string,
  input: UpdateActivityInput,
): Promise<{ activity: ViewedActivity; events: DomainEvent[] }> {
  const { actor } = await requireActivity(db, activityId, userId);
  const now = clock.now();
  const { rows, events } = await db.transaction(async (tx) => {
    const [activity] = await tx
      .select()
      .from(activities)
      .where(eq(activities.id, activityId))
      .for('update');
    if (!activity) throw notFound();
    if (!mayEdit(actor, activity)) throw forbidden();
    if (activity.status === 'cancelled')
      throw validationFailed({ activityId: { key: 'activities.error.cancelled' } });
    const movesTime = input.start !== undefined || input.end !== undefined;
    if (movesTime && input.scope === 'series')
      throw validationFailed({ scope: { key: 'activities.error.series_time' } });
    const targets = await scopeRows(tx, activity, input.scope);
    const changed: ActivityRow[] = [];
    const notes: DomainEvent[] = [];
    for (const row of targets) {
      const patch: PgUpdateSetSource<typeof activities> = {
        updatedAt: now,
        sequence: nextSequence,
      };
      if (input.title !== undefined) patch.title = input.title;
      if (input.description !== undefined) patch.description = input.description;
      if (input.place !== undefined) patch.place = input.place;
      if (input.accessibility !== undefined)
        patch.accessibility = [...new Set(input.accessibility)];
      if (input.accessibilityNote !== undefined) patch.accessibilityNote = input.accessibilityNote;
      if (input.capacity !== undefined) patch.capacity = input.capacity;
      if (input.maxGuests !== undefined) patch.maxGuests = input.maxGuests;
      if (input.openToNeighbours !== undefined) patch.openToNeighbours = input.openToNeighbours;
      if (input.interests !== undefined) patch.interests = [...new Set(input.interests)];
      if (movesTime) {
        const local = await import('./time');
        const next = times(
          input.start ?? local.toLocal(row.startsAt, row.timezone),
          input.end ?? local.toLocal(row.endsAt, row.timezone),
          row.timezone,
          now,
          false,
        );
        if (next.startsAt <= now)
          throw validationFailed({ start: { key: 'activities.error.in_the_past' } });
        patch.startsAt = next.startsAt;
        patch.endsAt = next.endsAt;
        if (next.startsAt.getTime() !== row.startsAt.getTime()) patch.reminderSentAt = null;
      }
      if (row.seriesId && input.scope === 'occurrence') patch.detached = true;
      const [updated] = await tx
        .update(activities)
        .set(patch)
        .where(eq(activities.id, row.id))
        .returning();
      if (!updated) continue;
      changed.push(updated);
      await scheduleReminder(tx, clock, updated, row.startsAt);
      if (updated.status === 'published') {
        notes.push(...(await promote(tx, clock, updated)));
        const moved =
          updated.startsAt.getTime() !== row.startsAt.getTime() || updated.place !== row.place;
        if (moved) notes.push(...(await tellSignedUp(tx, clock, updated, 'changed')));
      }
    }
    return { rows: changed, events: notes };
  });
  const view = await viewedOne(db, await rowWithId(db, rows, activityId), actor);
  return { activity: view, events: [...(await changedEvents(db, rows)), ...events] };
}

/** Tells everyone with an active sign-up (and the volunteers) privately. */
async function tellSignedUp(
  tx: Tx,
  clock: Clock,
  activity: ActivityRow,
  what: 'changed' | 'cancelled',
  reason = '',
): Promise<DomainEvent[]> {
  const { taskSignups } = await import('../../../db/schema');
  const signups = await tx
    .select({ userId: activitySignups.userId })
    .from(activitySignups)
    .where(
      and(
        eq(activitySignups.activityId, activity.id),
        inArray(activitySignups.status, ['confirmed', 'waitlisted', 'offered']),
      ),
    );
  const helpers = await tx
    .select({ userId: taskSignups.userId })
    .from(taskSignups)
    .innerJoin(volunteerTasks, eq(volunteerTasks.id, taskSignups.taskId))
    .where(eq(volunteerTasks.activityId, activity.id));
  const people = new Set([...signups, ...helpers].map((s) => s.userId));
  const events: DomainEvent[] = [];
  for (const userId of people) {
    events.push(
      ...(await tellPerson(tx, clock, { projectId: activity.projectId, userId }, (locale) => {
        const when = formatWhen(locale, activity.startsAt, activity.timezone);
        const lines =
          what === 'cancelled'
            ? [t(locale, 'activities.note.cancelled', { title: activity.title, when })]
            : [t(locale, 'activities.note.changed', { title: activity.title, when })];
        if (what === 'changed' && activity.place)
          lines.push(t(locale, 'activities.note.place', { place: activity.place }));
        if (reason) lines.push(t(locale, 'activities.note.reason', { reason }));
        return {
          text: lines.join('\n'),
          notice: {
            title: 'notifications.activity_title',
            body:
              what === 'cancelled'
                ? 'notifications.activity_cancelled_body'
                : 'notifications.activity_changed_body',
            path: 'activities',
            tag: `activity-${activity.id}`,
          },
        };
      })),
    );
  }
  return events;
}

/** Publishes a draft or a proposal (coordinators and staff); for a series, all of its drafts. */
export async function publishActivity(
  db: Db,
  clock: Clock,
  userId: string,
  activityId: string,
): Promise<{ activity: ViewedActivity; interested: number; events: DomainEvent[] }> {
  const { activity, actor } = await requireActivity(db, activityId, userId);
  if (!canManageActivities(actor.role)) throw forbidden();
  if (activity.status === 'published') {
    return { activity: await viewedOne(db, activity, actor), interested: 0, events: [] };
  }
  if (activity.status === 'cancelled' || activity.startsAt <= clock.now())
    throw validationFailed({ activityId: { key: 'activities.error.closed' } });
  const now = clock.now();
  const { rows, events } = await db.transaction(async (tx) => {
    const where = activity.seriesId
      ? and(
          eq(activities.seriesId, activity.seriesId),
          inArray(activities.status, ['draft', 'proposed']),
          gt(activities.startsAt, now),
        )
      : eq(activities.id, activity.id);
    const published = await tx
      .update(activities)
      .set({ status: 'published', publishedAt: now, updatedAt: now, sequence: nextSequence })
      .where(where)
      .returning();
    for (const row of published) await scheduleReminder(tx, clock, row);
    const announced = published.find((r) => r.id === activity.id) ?? published[0];
    const notes: DomainEvent[] = announced ? await announceActivity(tx, clock, announced) : [];
    if (activity.status === 'proposed' && activity.createdBy && activity.createdBy !== userId) {
      notes.push(
        ...(await tellPerson(
          tx,
          clock,
          { projectId: activity.projectId, userId: activity.createdBy },
          (locale) => ({
            text: t(locale, 'activities.note.proposal_published', { title: activity.title }),
          }),
        )),
      );
    }
    return { rows: published, events: notes };
  });
  const first =
    [...rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? activity;
  const invited = await inviteInterested(db, clock, first);
  const view = await viewedOne(db, await rowWithId(db, rows, activityId), actor);
  return {
    activity: view,
    interested: invited.count,
    events: [...(await changedEvents(db, rows)), ...events, ...invited.events],
  };
}

/**
 * Cancels an activity (or this and the later occurrences of its series) and tells everyone who
 * was signed up or volunteering. Their sign-ups end; nothing is deleted.
 */
export async function cancelActivity(
  db: Db,
  clock: Clock,
  userId: string,
  activityId: string,
  input: { reason: string; scope: 'occurrence' | 'series' },
): Promise<{ activity: ViewedActivity; cancelled: number; events: DomainEvent[] }> {
  const { actor } = await requireActivity(db, activityId, userId);
  const now = clock.now();
  const { rows, events } = await db.transaction(async (tx) => {
    const [activity] = await tx
      .select()
      .from(activities)
      .where(eq(activities.id, activityId))
      .for('update');
    if (!activity) throw notFound();
    if (!mayEdit(actor, activity)) throw forbidden();
    const targets = (await scopeRows(tx, activity, input.scope)).filter(
      (r) => r.status !== 'cancelled',
    );
    if (input.scope === 'series' && activity.seriesId) {
      await tx
        .update(activitySeries)
        .set({ endedAt: now })
        .where(eq(activitySeries.id, activity.seriesId));
    }
    const done: ActivityRow[] = [];
    const notes: DomainEvent[] = [];
    for (const row of targets) {
      const [cancelled] = await tx
        .update(activities)
        .set({
          status: 'cancelled',
          cancelledAt: now,
          updatedAt: now,
          sequence: nextSequence,
          detached: row.seriesId !== null ? true : row.detached,
        })
        .where(eq(activities.id, row.id))
        .returning();
      if (!cancelled) continue;
      done.push(cancelled);
      await cancelReminder(tx, row);
      if (row.status === 'published')
        notes.push(...(await tellSignedUp(tx, clock, cancelled, 'cancelled', input.reason)));
      const ended = await tx
        .update(activitySignups)
        .set({
          status: 'cancelled',
          endReason: 'activity_cancelled',
          offerExpiresAt: null,
          updatedAt: now,
        })
        .where(
          and(
            eq(activitySignups.activityId, row.id),
            inArray(activitySignups.status, ['confirmed', 'waitlisted', 'offered']),
          ),
        )
        .returning({ userId: activitySignups.userId });
      for (const { userId: person } of ended)
        notes.push({ type: 'activity.mine', userId: person, activityId: row.id, signup: null });
    }
    return { rows: done, events: notes };
  });
  const [current] = await db.select().from(activities).where(eq(activities.id, activityId));
  if (!current) throw notFound();
  const view = await viewedOne(db, current, actor);
  return {
    activity: view,
    cancelled: rows.length,
    events: [...(await changedEvents(db, rows)), ...events],
  };
}

/** What a person sees on the activity board: upcoming (or the last 90 days), soonest first. */
export async function listActivities(
  db: Executor,
  clock: Clock,
  userId: string,
  projectId: string,
  when: 'upcoming' | 'past' = 'upcoming',
): Promise<ViewedActivity[]> {
  const actor = await actorIn(db, userId, projectId);
  const now = clock.now();
  const rows = await db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.projectId, projectId),
        when === 'upcoming'
          ? gt(activities.endsAt, now)
          : and(
              lt(activities.endsAt, now),
              gt(activities.endsAt, new Date(now.getTime() - 90 * 86_400_000)),
            ),
      ),
    )
    .orderBy(when === 'upcoming' ? asc(activities.startsAt) : desc(activities.startsAt))
    .limit(200);
  const visible = rows.filter(
    (r) =>
      canSeeActivity(actor.role, r, userId) &&
      (when === 'past' || r.status !== 'cancelled' || r.startsAt > now),
  );
  return viewedBy(db, visible, actor);
}

export async function getActivity(
  db: Executor,
  userId: string,
  activityId: string,
): Promise<ViewedActivity> {
  const { activity, actor } = await requireActivity(db, activityId, userId);
  return viewedOne(db, activity, actor);
}

export const SERIES_EXTEND_JOB = 'activities.series_extend';

/**
 * Job: keeps every running series materialised up to the horizon. New occurrences copy the
 * latest occurrence that was not changed on its own (and its volunteer tasks); occurrences that
 * were changed or cancelled on their own are never made again (unique per series and key).
 */
export async function extendSeries(tx: Tx, clock: Clock): Promise<DomainEvent[]> {
  const now = clock.now();
  const horizon = new Date(now.getTime() + SERIES_HORIZON_DAYS * 86_400_000);
  const running = await tx
    .select()
    .from(activitySeries)
    .where(lt(activitySeries.materializedUntil, horizon));
  const made: ActivityRow[] = [];
  for (const series of running) {
    if (series.endedAt) continue;
    const [template] = await tx
      .select()
      .from(activities)
      .where(and(eq(activities.seriesId, series.id), eq(activities.detached, false)))
      .orderBy(desc(activities.startsAt))
      .limit(1);
    if (template) {
      const slots = occurrences(series, horizon).filter((o) => o.startsAt > now);
      const tasks = await tx
        .select()
        .from(volunteerTasks)
        .where(eq(volunteerTasks.activityId, template.id));
      for (const slot of slots) {
        const [row] = await tx
          .insert(activities)
          .values({
            ...template,
            id: undefined,
            occurrenceKey: slot.key,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            signupCounter: 0,
            reminderSentAt: null,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing({ target: [activities.seriesId, activities.occurrenceKey] })
          .returning();
        if (!row) continue;
        made.push(row);
        if (tasks.length > 0)
          await tx.insert(volunteerTasks).values(
            tasks.map((task) => ({
              activityId: row.id,
              title: task.title,
              slots: task.slots,
              createdAt: now,
            })),
          );
        await scheduleReminder(tx, clock, row);
      }
    }
    await tx
      .update(activitySeries)
      .set({ materializedUntil: horizon })
      .where(eq(activitySeries.id, series.id));
  }
  return changedEvents(tx, made);
}

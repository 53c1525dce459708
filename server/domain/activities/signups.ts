import { and, asc, eq, inArray } from 'drizzle-orm';
import { activities, activitySignups } from '../../../db/schema';
import type { Db, Tx } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { notFound, validationFailed } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Seats } from '../../protocol/activities';
import type { Role } from '../../protocol/roles';
import { cancelJob, scheduleJob } from '../../scheduler/scheduler';
import { requireMembership } from '../membership/memberships';
import { formatWhen } from '../../protocol/dates';
import { tellPerson } from './notify';
import { canSeeActivity, canSignUp, offerDeadline } from './rules';
import { getActivitySettings } from './settings';
import {
  seatsOne,
  signupRecordOf,
  type ActivityRow,
  type SignupRecord,
  type SignupRow,
} from './records';

export const OFFER_EXPIRY_JOB = 'activities.offer_expiry';

const active = ['confirmed', 'waitlisted', 'offered'] as const;

export interface SignupOutcome {
  /** The person's own sign-up (null when none holds or waits for a place) and the seats. */
  result: { signup: SignupRecord | null; seats: Seats };
  /** What happened, for the bot's answer. */
  outcome: 'confirmed' | 'waitlisted' | 'offered' | 'unchanged' | 'withdrawn' | 'not_signed_up';
  activity: ActivityRow;
  events: DomainEvent[];
}

/** Locks the activity row: every change to its places runs one at a time. */
async function lockActivity(tx: Tx, activityId: string): Promise<ActivityRow> {
  const [row] = await tx
    .select()
    .from(activities)
    .where(eq(activities.id, activityId))
    .limit(1)
    .for('update');
  if (!row) throw notFound();
  return row;
}

async function signupsOf(tx: Tx, activityId: string): Promise<SignupRow[]> {
  return tx
    .select()
    .from(activitySignups)
    .where(
      and(eq(activitySignups.activityId, activityId), inArray(activitySignups.status, [...active])),
    )
    .orderBy(asc(activitySignups.queueNo));
}

/**
 * The person's role in the activity's project. Someone outside the project learns nothing
 * about the activity: `not_found`, the same answer as for an id that does not exist.
 */
async function roleOf(tx: Tx, activity: ActivityRow, userId: string): Promise<Role> {
  const membership = await requireMembership(tx, userId, activity.projectId).catch(() => {
    throw notFound();
  });
  return membership.role;
}

function held(signups: SignupRow[]): number {
  return signups
    .filter((s) => s.status === 'confirmed' || s.status === 'offered')
    .reduce((sum, s) => sum + 1 + s.guests, 0);
}

function seatEvents(activity: ActivityRow, seats: Seats): DomainEvent {
  return { type: 'activity.seats', seats, openToNeighbours: activity.openToNeighbours };
}

async function finish(
  tx: Tx,
  activity: ActivityRow,
  userId: string,
  outcome: SignupOutcome['outcome'],
  events: DomainEvent[],
): Promise<SignupOutcome> {
  const [mine] = await tx
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activity.id), eq(activitySignups.userId, userId)))
    .limit(1);
  const signup = await signupRecordOf(tx, mine);
  const seats = await seatsOne(tx, activity);
  return {
    result: { signup, seats },
    outcome,
    activity,
    events: [
      seatEvents(activity, seats),
      { type: 'activity.mine', userId, activityId: activity.id, signup },
      ...events,
    ],
  };
}

/**
 * Signs a person up, for themselves plus guests: a confirmed place when everyone fits, else a
 * place on the waitlist. The activity row is locked for the whole transaction, so simultaneous
 * sign-ups are counted one after the other and the activity is never overbooked. Signing up
 * again is harmless (same result); a different number of guests is a change when it fits.
 */
export async function signUp(
  db: Db,
  clock: Clock,
  input: { activityId: string; userId: string; guests: number },
): Promise<SignupOutcome> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const activity = await lockActivity(tx, input.activityId);
    const role = await roleOf(tx, activity, input.userId);
    if (!canSeeActivity(role, activity, input.userId)) throw notFound();
    if (!canSignUp(role, activity, now)) {
      throw validationFailed({
        activityId: {
          key: activity.startsAt <= now ? 'activities.error.started' : 'activities.error.closed',
        },
      });
    }
    if (input.guests > activity.maxGuests) {
      const key =
        activity.maxGuests === 0
          ? 'activities.error.no_guests'
          : activity.maxGuests === 1
            ? 'activities.error.one_guest'
            : 'activities.error.too_many_guests';
      throw validationFailed({ guests: { key, params: { max: activity.maxGuests } } });
    }
    const current = await signupsOf(tx, activity.id);
    const mine = current.find((s) => s.userId === input.userId);
    const need = 1 + input.guests;
    const fits = (others: SignupRow[]) =>
      activity.capacity === null || held(others) + need <= activity.capacity;

    if (mine) {
      if (mine.guests === input.guests) return finish(tx, activity, input.userId, 'unchanged', []);
      const others = current.filter((s) => s.id !== mine.id);
      if (mine.status !== 'waitlisted' && !fits(others)) {
        throw validationFailed({ guests: { key: 'activities.error.guests_do_not_fit' } });
      }
      await tx
        .update(activitySignups)
        .set({ guests: input.guests, updatedAt: now })
        .where(eq(activitySignups.id, mine.id));
      const events = await promote(tx, clock, activity);
      return finish(tx, activity, input.userId, 'unchanged', events);
    }

    const status = fits(current) ? 'confirmed' : 'waitlisted';
    const queueNo = activity.signupCounter + 1;
    await tx
      .update(activities)
      .set({ signupCounter: queueNo })
      .where(eq(activities.id, activity.id));
    await tx
      .insert(activitySignups)
      .values({
        activityId: activity.id,
        userId: input.userId,
        guests: input.guests,
        status,
        queueNo,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [activitySignups.activityId, activitySignups.userId],
        set: {
          guests: input.guests,
          status,
          queueNo,
          offerExpiresAt: null,
          endReason: null,
          updatedAt: now,
        },
      });
    return finish(tx, activity, input.userId, status, []);
  });
}

/**
 * Cancels a person's sign-up; a freed place goes to the first on the waitlist who fits. Who
 * holds a sign-up may always withdraw (the activity may have become members-only since);
 * anyone else gets `not_found` for an activity they may not see (never its seat counts).
 */
export async function withdraw(
  db: Db,
  clock: Clock,
  input: { activityId: string; userId: string },
): Promise<SignupOutcome> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const activity = await lockActivity(tx, input.activityId);
    const role = await roleOf(tx, activity, input.userId);
    const mine = (await signupsOf(tx, activity.id)).find((s) => s.userId === input.userId);
    if (!mine && !canSeeActivity(role, activity, input.userId)) throw notFound();
    if (!mine) return finish(tx, activity, input.userId, 'not_signed_up', []);
    await tx
      .update(activitySignups)
      .set({ status: 'cancelled', endReason: 'self', offerExpiresAt: null, updatedAt: now })
      .where(eq(activitySignups.id, mine.id));
    if (mine.status === 'offered') await cancelJob(tx, offerJobKey(mine));
    const events = mine.status === 'waitlisted' ? [] : await promote(tx, clock, activity);
    return finish(tx, activity, input.userId, 'withdrawn', events);
  });
}

/**
 * The answer to an offered place: yes confirms it, no passes it on. Like `withdraw`, an
 * activity the person may not see and holds no sign-up of is `not_found`.
 */
export async function answerOffer(
  db: Db,
  clock: Clock,
  input: { activityId: string; userId: string; accept: boolean },
): Promise<SignupOutcome> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const activity = await lockActivity(tx, input.activityId);
    const role = await roleOf(tx, activity, input.userId);
    const mine = (await signupsOf(tx, activity.id)).find((s) => s.userId === input.userId);
    if (!mine && !canSeeActivity(role, activity, input.userId)) throw notFound();
    if (!mine || mine.status !== 'offered' || !mine.offerExpiresAt || mine.offerExpiresAt <= now) {
      throw validationFailed({ activityId: { key: 'activities.error.no_offer' } });
    }
    await cancelJob(tx, offerJobKey(mine));
    if (input.accept) {
      await tx
        .update(activitySignups)
        .set({ status: 'confirmed', offerExpiresAt: null, updatedAt: now })
        .where(eq(activitySignups.id, mine.id));
      return finish(tx, activity, input.userId, 'confirmed', []);
    }
    await tx
      .update(activitySignups)
      .set({
        status: 'cancelled',
        endReason: 'offer_declined',
        offerExpiresAt: null,
        updatedAt: now,
      })
      .where(eq(activitySignups.id, mine.id));
    const events = await promote(tx, clock, activity);
    return finish(tx, activity, input.userId, 'withdrawn', events);
  });
}

function offerJobKey(signup: Pick<SignupRow, 'id' | 'offerExpiresAt'>): string {
  return `activity-offer:${signup.id}:${signup.offerExpiresAt?.getTime() ?? 0}`;
}

/**
 * Offers free places to the waitlist, in order: the first who fits (with their guests) is
 * offered the place and told, with a time to confirm; a larger group that does not fit waits
 * while a smaller one behind it may go first. Runs inside the locking transaction.
 */
export async function promote(tx: Tx, clock: Clock, activity: ActivityRow): Promise<DomainEvent[]> {
  const now = clock.now();
  if (activity.status !== 'published' || activity.startsAt <= now || activity.capacity === null)
    return [];
  const current = await signupsOf(tx, activity.id);
  let free = activity.capacity - held(current);
  if (free <= 0) return [];
  const settings = await getActivitySettings(tx, activity.projectId);
  const events: DomainEvent[] = [];
  for (const waiting of current.filter((s) => s.status === 'waitlisted')) {
    const need = 1 + waiting.guests;
    if (need > free) continue;
    free -= need;
    const expiresAt = offerDeadline(settings.offerHours, now, activity.startsAt, activity.timezone);
    await tx
      .update(activitySignups)
      .set({ status: 'offered', offerExpiresAt: expiresAt, updatedAt: now })
      .where(eq(activitySignups.id, waiting.id));
    await scheduleJob(tx, {
      kind: OFFER_EXPIRY_JOB,
      payload: { signupId: waiting.id },
      runAt: expiresAt,
      dedupeKey: offerJobKey({ id: waiting.id, offerExpiresAt: expiresAt }),
    });
    const signup = await signupRecordOf(tx, {
      ...waiting,
      status: 'offered',
      offerExpiresAt: expiresAt,
    });
    events.push({ type: 'activity.mine', userId: waiting.userId, activityId: activity.id, signup });
    events.push(
      ...(await tellPerson(
        tx,
        clock,
        { projectId: activity.projectId, userId: waiting.userId },
        (locale) => ({
          text: t(locale, 'activities.note.offered', {
            title: activity.title,
            when: formatWhen(locale, activity.startsAt, activity.timezone),
            until: formatWhen(locale, expiresAt, activity.timezone),
          }),
          buttons: [
            { label: t(locale, 'activities.note.offer_yes'), value: `/plek ja ${activity.id}` },
            { label: t(locale, 'activities.note.offer_no'), value: `/plek nee ${activity.id}` },
          ],
          notice: {
            title: 'notifications.activity_title',
            body: 'notifications.activity_offer_body',
            path: 'activities',
            tag: `activity-${activity.id}`,
          },
        }),
      )),
    );
    if (free <= 0) break;
  }
  return events;
}

/** Job: an offered place was not confirmed in time; it passes to the next who fits. */
export async function expireOffer(
  tx: Tx,
  clock: Clock,
  payload: { signupId: string },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const [signup] = await tx
    .select()
    .from(activitySignups)
    .where(eq(activitySignups.id, payload.signupId))
    .limit(1);
  if (!signup) return [];
  const activity = await lockActivity(tx, signup.activityId);
  const [fresh] = await tx
    .select()
    .from(activitySignups)
    .where(eq(activitySignups.id, signup.id))
    .limit(1);
  if (!fresh || fresh.status !== 'offered' || !fresh.offerExpiresAt || fresh.offerExpiresAt > now)
    return [];
  await tx
    .update(activitySignups)
    .set({ status: 'cancelled', endReason: 'offer_expired', offerExpiresAt: null, updatedAt: now })
    .where(eq(activitySignups.id, fresh.id));
  const told = await tellPerson(
    tx,
    clock,
    { projectId: activity.projectId, userId: fresh.userId },
    (locale) => ({ text: t(locale, 'activities.note.offer_expired', { title: activity.title }) }),
  );
  const promoted = await promote(tx, clock, activity);
  const seats = await seatsOne(tx, activity);
  return [
    seatEvents(activity, seats),
    { type: 'activity.mine', userId: fresh.userId, activityId: activity.id, signup: null },
    ...told,
    ...promoted,
  ];
}

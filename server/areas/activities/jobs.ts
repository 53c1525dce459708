import { z } from 'zod';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { extendSeries, SERIES_EXTEND_JOB } from '../../domain/activities/activities';
import { draftWeekly, NEWSLETTER_JOB } from '../../domain/activities/newsletter';
import { REMINDER_JOB, sendReminder } from '../../domain/activities/reminders';
import { expireOffer, OFFER_EXPIRY_JOB } from '../../domain/activities/signups';
import { addLocalDays, fromLocal, localDate } from '../../domain/activities/time';
import { scheduleJob, type Scheduler } from '../../scheduler/scheduler';

const offerPayload = z.object({ signupId: z.string() });
const reminderPayload = z.object({ activityId: z.string(), startsAt: z.string() });

/** The next Monday 09:00 in Amsterdam after `now`. */
export function nextMondayMorning(now: Date): Date {
  let day = `${localDate(now)}T09:00`;
  for (let i = 0; i < 8; i += 1) {
    const candidate = fromLocal(day);
    if (candidate > now && candidate.getUTCDay() === 1) return candidate;
    day = addLocalDays(day, 1);
  }
  return fromLocal(day);
}

/** A daily tick at 03:00 keeps series materialised ahead. */
function nextNight(now: Date): Date {
  let day = `${localDate(now)}T03:00`;
  while (fromLocal(day) <= now) day = addLocalDays(day, 1);
  return fromLocal(day);
}

/** The next series tick, once (the dedupe key), whichever node plans it first. */
function scheduleSeriesTick(db: Executor, now: Date) {
  const runAt = nextNight(now);
  return scheduleJob(db, {
    kind: SERIES_EXTEND_JOB,
    runAt,
    dedupeKey: `${SERIES_EXTEND_JOB}:${runAt.toISOString()}`,
  });
}

/** The next weekly newsletter draft, once (the dedupe key), whichever node plans it first. */
function scheduleNewsletterDraft(db: Executor, now: Date) {
  const runAt = nextMondayMorning(now);
  return scheduleJob(db, {
    kind: NEWSLETTER_JOB,
    runAt,
    dedupeKey: `${NEWSLETTER_JOB}:${runAt.toISOString()}`,
  });
}

/**
 * The activities area's timers, all in the database (`jobs`): an offered seat expires, the
 * reminder before an activity, the nightly series extension, the Monday newsletter draft.
 * Payloads are parsed before use; each handler re-checks the current state first.
 */
export function registerActivityJobs(scheduler: Scheduler, clock: Clock): void {
  scheduler.register(OFFER_EXPIRY_JOB, (tx, job) =>
    expireOffer(tx, clock, offerPayload.parse(job.payload)),
  );
  scheduler.register(REMINDER_JOB, (tx, job) =>
    sendReminder(tx, clock, reminderPayload.parse(job.payload)),
  );
  scheduler.register(SERIES_EXTEND_JOB, async (tx) => {
    const events = await extendSeries(tx, clock);
    await scheduleSeriesTick(tx, clock.now());
    return events;
  });
  scheduler.register(NEWSLETTER_JOB, async (tx) => {
    await draftWeekly(tx, clock);
    await scheduleNewsletterDraft(tx, clock.now());
  });
}

/** The recurring timers exist once (dedupe keys), whichever node starts first. */
export async function scheduleActivityTimers(db: Db, clock: Clock): Promise<void> {
  await scheduleSeriesTick(db, clock.now());
  await scheduleNewsletterDraft(db, clock.now());
}

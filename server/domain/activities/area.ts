import type { AreaFactory } from '../../area';
import { registerActivityActions } from '../../../bot/runtime/actions/activities';
import type { Db } from '../../../db/database';
import { activityRoutes } from '../../http/routes/activities';
import { cardRoutes } from '../../http/routes/card';
import { newsletterRoutes } from '../../http/routes/newsletters';
import { activityEvents } from '../../realtime/handlers/activities';
import { activityRoomsFor } from '../../realtime/activityRooms';
import { scheduleJob } from '../../scheduler/scheduler';
import { extendSeries, SERIES_EXTEND_JOB } from './activities';
import { openTasksForBot, upcomingForBot } from './bot-reads';
import { draftWeekly, NEWSLETTER_JOB } from './newsletter';
import { sendReminder, REMINDER_JOB } from './reminders';
import { expireOffer, OFFER_EXPIRY_JOB } from './signups';
import { addLocalDays, fromLocal, localDate } from './time';

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

/**
 * Activities, volunteers, the buurtkaart and the newsletter: HTTP routes, socket handlers,
 * Buurtbot's actions and reads, and the timers (offer expiry, reminders, series, newsletter).
 */
export const activitiesArea: AreaFactory = async ({ deps, bot, scheduler }) => {
  const { db, clock } = deps;
  registerActivityActions(bot.executor);
  bot.extendPorts({
    upcomingActivities: (projectId, userId) => upcomingForBot(db, clock, projectId, userId),
    openVolunteerTasks: (projectId, userId) => openTasksForBot(db, clock, projectId, userId),
  });

  scheduler.register(OFFER_EXPIRY_JOB, (tx, job) =>
    expireOffer(tx, clock, job.payload as { signupId: string }),
  );
  scheduler.register(REMINDER_JOB, (tx, job) =>
    sendReminder(tx, clock, job.payload as { activityId: string; startsAt: string }),
  );
  scheduler.register(SERIES_EXTEND_JOB, async (tx) => {
    const events = await extendSeries(tx, clock);
    const runAt = nextNight(clock.now());
    await scheduleJob(tx, {
      kind: SERIES_EXTEND_JOB,
      runAt,
      dedupeKey: `${SERIES_EXTEND_JOB}:${runAt.toISOString()}`,
    });
    return events;
  });
  scheduler.register(NEWSLETTER_JOB, async (tx) => {
    await draftWeekly(tx as unknown as Db, clock);
    const runAt = nextMondayMorning(clock.now());
    await scheduleJob(tx, {
      kind: NEWSLETTER_JOB,
      runAt,
      dedupeKey: `${NEWSLETTER_JOB}:${runAt.toISOString()}`,
    });
  });
  // The recurring timers exist once (dedupe keys), whichever node starts first.
  const night = nextNight(clock.now());
  await scheduleJob(db, {
    kind: SERIES_EXTEND_JOB,
    runAt: night,
    dedupeKey: `${SERIES_EXTEND_JOB}:${night.toISOString()}`,
  });
  const monday = nextMondayMorning(clock.now());
  await scheduleJob(db, {
    kind: NEWSLETTER_JOB,
    runAt: monday,
    dedupeKey: `${NEWSLETTER_JOB}:${monday.toISOString()}`,
  });

  return {
    name: 'activities',
    routes: [
      { path: '/activities', app: activityRoutes(deps) },
      { path: '/card', app: cardRoutes(deps) },
      { path: '/newsletters', app: newsletterRoutes(deps) },
    ],
    socketEvents: (events) => activityEvents(events, deps),
    memberRooms: activityRoomsFor,
  };
};

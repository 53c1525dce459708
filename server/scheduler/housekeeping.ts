import type { Db, Executor } from '../../db/database';
import { addDays, type Clock } from '../clock';
import { removeSessionsEndedBefore } from '../domain/auth/sessions';
import type { Logger } from '../logger';
import { scheduleJob, type Scheduler } from './scheduler';

export const SESSIONS_CLEANUP = 'sessions.cleanup';
/** The cleanup runs once per slot of this length, on whichever node claims it first. */
export const CLEANUP_EVERY_MS = 6 * 3600_000;
/** Ended sessions are kept this long (for the sessions list and audits), then removed. */
const KEEP_ENDED_DAYS = 30;

/** The slot after `time`; its number is in the dedupe key, so every node schedules the same job. */
function nextSlot(time: Date): { runAt: Date; dedupeKey: string } {
  const slot = Math.floor(time.getTime() / CLEANUP_EVERY_MS) + 1;
  return { runAt: new Date(slot * CLEANUP_EVERY_MS), dedupeKey: `${SESSIONS_CLEANUP}:${slot}` };
}

async function scheduleNext(db: Executor, after: Date): Promise<void> {
  await scheduleJob(db, { kind: SESSIONS_CLEANUP, ...nextSlot(after) });
}

/**
 * Periodic housekeeping as a database timer: `sessions.cleanup` removes sessions that ended
 * long ago and schedules its own next run in the same transaction. Every node calls this at
 * start; the dedupe key keeps it to one pending job, and the claim makes it run once.
 */
export async function registerHousekeeping(
  scheduler: Scheduler,
  deps: { db: Db; clock: Clock; logger: Logger },
): Promise<void> {
  scheduler.register(SESSIONS_CLEANUP, async (tx, job) => {
    const now = deps.clock.now();
    const removed = await removeSessionsEndedBefore(tx, addDays(now, -KEEP_ENDED_DAYS));
    await scheduleNext(tx, job.runAt > now ? job.runAt : now);
    deps.logger.info({ jobId: job.id, kind: job.kind, removed }, 'ended sessions removed');
  });
  await scheduleNext(deps.db, deps.clock.now());
}

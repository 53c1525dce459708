import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { jobs } from '../../db/schema';
import type { Db, Executor, Tx } from '../../db/database';
import { addMinutes, type Clock } from '../clock';
import type { Dispatcher } from '../dispatch/dispatcher';
import type { DomainEvent } from '../domain/events';
import type { Logger } from '../logger';

export type JobRow = typeof jobs.$inferSelect;

/** Runs inside the claiming transaction; returns the events to publish after commit. */
export type JobHandler = (tx: Tx, job: JobRow) => Promise<DomainEvent[] | void>;

const MAX_ATTEMPTS = 5;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** A second job with the same key is not created. */
  dedupeKey?: string;
}

/** Adds a timer; pass the transaction that makes the change it belongs to. */
export async function scheduleJob(db: Executor, job: NewJob): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      runAt: job.runAt,
      dedupeKey: job.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey });
}

export async function cancelJob(db: Executor, dedupeKey: string): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'cancelled' })
    .where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'pending')));
}

interface SchedulerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  dispatcher: Dispatcher;
  pollMs?: number;
}

/** Claims and runs one due job; false when none is due. */
async function runOne(
  deps: SchedulerDeps,
  handlers: ReadonlyMap<string, JobHandler>,
): Promise<boolean> {
  const now = deps.clock.now();
  let claimed: JobRow | undefined;
  try {
    const events = await deps.db.transaction(async (tx) => {
      const [job] = await tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)))
        .orderBy(asc(jobs.runAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!job) return undefined;
      claimed = job;
      const handler = handlers.get(job.kind);
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      const produced = (await handler(tx, job)) ?? [];
      await tx
        .update(jobs)
        .set({ status: 'done', attempts: job.attempts + 1, finishedAt: now })
        .where(eq(jobs.id, job.id));
      return produced;
    });
    if (!events) return false;
    for (const event of events) await deps.dispatcher.publish(event);
    return true;
  } catch (error) {
    if (!claimed) throw error;
    await recordFailure(deps, claimed, error, now);
    return true;
  }
}

async function recordFailure(deps: SchedulerDeps, job: JobRow, error: unknown, now: Date) {
  const attempts = job.attempts + 1;
  deps.logger.error({ err: error, jobId: job.id, kind: job.kind, attempts }, 'job failed');
  await deps.db
    .update(jobs)
    .set({
      attempts,
      lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      runAt: addMinutes(now, attempts * attempts),
    })
    .where(eq(jobs.id, job.id));
}

/**
 * Timers in the database. A due job is claimed with `FOR UPDATE SKIP LOCKED` and its handler
 * runs in that same transaction, which also marks it done: its effects and its completion
 * commit together, so a job fires exactly once even with several nodes polling, and a node
 * that dies mid-job leaves it to be claimed again. Events are published after commit.
 */
export function createScheduler(deps: SchedulerDeps) {
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function drain(limit: number): Promise<number> {
    let count = 0;
    while (count < limit && (await runOne(deps, handlers))) count += 1;
    return count;
  }

  function tick() {
    if (stopped) return;
    running ??= drain(100)
      .catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'scheduler poll failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, deps.pollMs ?? 1000);
      });
  }

  return {
    register(kind: string, handler: JobHandler) {
      handlers.set(kind, handler);
    },
    /** Runs every due job now (tests call this after moving the clock). */
    async runDue(limit = 1000): Promise<number> {
      if (running) await running;
      return drain(limit);
    },
    start() {
      stopped = false;
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
    async pendingCount(kind?: string): Promise<number> {
      const [row] = await deps.db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(jobs)
        .where(and(eq(jobs.status, 'pending'), kind ? eq(jobs.kind, kind) : undefined));
      return row?.n ?? 0;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;

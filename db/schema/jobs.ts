import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Timers that must survive restarts and fire once across nodes (follow-ups, escalations,
 * reminders). A worker claims due jobs with `FOR UPDATE SKIP LOCKED` and runs the handler
 * in the claiming transaction, so the job's effects and its completion commit together.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    /** Optional: a second schedule with the same key replaces nothing and is ignored. */
    dedupeKey: text('dedupe_key').unique(),
    status: text('status', { enum: ['pending', 'done', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_due').on(t.status, t.runAt)],
);

import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from '../projects';
import { users } from '../users';

/**
 * A recurring activity (a weekly coffee morning). The rule is an RFC 5545 RRULE over local
 * wall-clock time in `timezone`: "every Tuesday 10:00" stays 10:00 across summer time.
 * Occurrences are materialised as `activities` rows up to `materializedUntil`; a row that was
 * changed or cancelled on its own is an override and is never regenerated.
 */
export const activitySeries = pgTable('activity_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  /** e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=20` (no DTSTART: that is `startLocal`). */
  rule: text('rule').notNull(),
  /** First occurrence, local wall time `YYYY-MM-DDTHH:MM`. */
  startLocal: text('start_local').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  timezone: text('timezone').notNull().default('Europe/Amsterdam'),
  materializedUntil: timestamp('materialized_until', { withTimezone: true }),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

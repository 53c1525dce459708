import { integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from '../projects';

/** Per-project settings of the activities area; a project without a row uses the defaults. */
export const activitySettings = pgTable('activity_settings', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  /** Hours before the start that signed-up people get a reminder (default: the day before). */
  reminderHoursBefore: integer('reminder_hours_before').notNull().default(24),
  /** Longest time a freed place is held for the next on the waitlist. */
  offerHours: integer('offer_hours').notNull().default(24),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';

/** A volunteer task of an activity (cooking, setting up, tidying, driving) with a number of slots. */
export const volunteerTasks = pgTable('volunteer_tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id')
    .notNull()
    .references(() => activities.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  slots: integer('slots').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

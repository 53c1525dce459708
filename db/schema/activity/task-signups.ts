import { pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users';
import { volunteerTasks } from './volunteer-tasks';

/** Who volunteers for which task. */
export const taskSignups = pgTable(
  'task_signups',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => volunteerTasks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.userId] })],
);

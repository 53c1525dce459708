import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NewsletterStatus } from '../../../server/protocol/activity-vocab';
import { messages } from '../messages';
import { projects } from '../projects';
import { users } from '../users';

/** A weekly newsletter: drafted from the week's activities and tasks, edited, posted once. */
export const newsletters = pgTable(
  'newsletters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<NewsletterStatus>().notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    postedMessageId: uuid('posted_message_id').references(() => messages.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    postedAt: timestamp('posted_at', { withTimezone: true }),
  },
  (t) => [index('newsletters_project').on(t.projectId, t.createdAt)],
);

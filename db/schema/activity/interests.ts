import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { InterestTag } from '../../../server/protocol/activity-vocab';
import { projects } from '../projects';
import { users } from '../users';

/**
 * A person's opt-in interest (fishing, cooking...) in one project. Private: only the person
 * reads their own; the domain only ever counts them or uses them to send an invitation.
 */
export const memberInterests = pgTable(
  'member_interests',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tag: text('tag').$type<InterestTag>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId, t.tag] }),
    index('member_interests_tag').on(t.projectId, t.tag),
  ],
);

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CalendarScope } from '../../../server/protocol/activity-vocab';
import { projects } from '../projects';
import { users } from '../users';

/**
 * A secret calendar (iCal) link of one person: the project's activities, or their own
 * sign-ups. Only the SHA-256 of the token is stored; renewing revokes the old link.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scope: text('scope').$type<CalendarScope>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('calendar_feeds_owner').on(t.projectId, t.userId)],
);

import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { moderationActions } from '../../server/protocol/moderationTypes';
import { messages } from './messages';
import { projects } from './projects';
import { users } from './users';

/**
 * The audit of flag and hide in shared rooms: who flagged a message to staff (with their own
 * note), and which staff member hid one from the room, with the reason the author was told.
 * Staff-only; the room never learns any of it. A person flags a message once; a message is
 * hidden once.
 */
export const messageModeration = pgTable(
  'message_moderation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    /** Who flagged or hid it (null once that person erased their account). */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', { enum: moderationActions }).notNull(),
    /** `hidden`: the reason the author was told; `flagged`: the flagger's own note, if any. */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('message_moderation_project').on(t.projectId, t.createdAt),
    index('message_moderation_actor').on(t.actorId),
    uniqueIndex('message_moderation_flag_once')
      .on(t.messageId, t.actorId)
      .where(sql`${t.action} = 'flagged'`),
    uniqueIndex('message_moderation_hide_once')
      .on(t.messageId)
      .where(sql`${t.action} = 'hidden'`),
  ],
);

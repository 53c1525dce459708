import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { neighbourReplyKinds } from '../../../server/protocol/concernTypes';
import { concerns } from './concerns';
import { projects, units } from '../projects';
import { users } from '../users';

/**
 * A burenbericht: the neutral, factual message Buurtbot delivers to the home or person a concern
 * is about, anonymous unless the reporter chose to be named, and the answer that came back.
 */
export const burenberichten = pgTable(
  'burenberichten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** The text as delivered (null once anonymised). */
    body: text('body'),
    named: boolean('named').notNull().default(false),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    targetUserId: uuid('target_user_id').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    replyKind: text('reply_kind', { enum: neighbourReplyKinds }),
    replyText: text('reply_text'),
    repliedById: uuid('replied_by_id').references(() => users.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
  },
  (t) => [index('burenberichten_concern').on(t.concernId)],
);

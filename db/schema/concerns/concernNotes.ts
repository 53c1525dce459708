import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { concerns } from './concerns';
import { users } from '../users';

/** Notes staff keep about a concern. Staff-only: never in anything a resident receives. */
export const concernNotes = pgTable(
  'concern_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Client-generated: a retried note is stored once. */
    clientId: text('client_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('concern_notes_concern').on(t.concernId),
    unique('concern_notes_author_client').on(t.authorId, t.clientId),
  ],
);

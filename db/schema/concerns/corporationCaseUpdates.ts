import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { corporationCaseStatuses } from '../../../server/protocol/concernTypes';
import { corporationCases } from './corporationCases';
import { users } from '../users';

/** A status the housing corporation posted back on a forwarded case. */
export const corporationCaseUpdates = pgTable(
  'corporation_case_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => corporationCases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: corporationCaseStatuses }).notNull(),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('corporation_case_updates_case').on(t.caseId)],
);

import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { localeEnum } from '../enums';
import { users } from '../users';
import { defects } from './cases';

/**
 * Who reported a case: the first reporter and everyone who said "me too", each with the
 * language they hear about changes in. `(userId, clientId)` makes a retried report safe.
 */
export const defectReports = pgTable(
  'defect_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    defectId: uuid('defect_id')
      .notNull()
      .references(() => defects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['first', 'me_too'] }).notNull(),
    clientId: text('client_id'),
    locale: localeEnum('locale').notNull().default('nl'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('defect_reports_defect_user').on(t.defectId, t.userId),
    unique('defect_reports_user_client').on(t.userId, t.clientId),
    index('defect_reports_user').on(t.userId),
  ],
);

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { concerns } from './concerns';
import { users } from '../users';

/** Each party's free yes or no to mediation (both must agree; either may say no). */
export const mediationAnswers = pgTable(
  'mediation_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    party: text('party', { enum: ['reporter', 'other'] }).notNull(),
    answer: text('answer', { enum: ['yes', 'no'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mediation_answers_concern').on(t.concernId)],
);

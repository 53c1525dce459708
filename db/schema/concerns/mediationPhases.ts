import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mediationPhases as phases } from '../../../server/protocol/concernTypes';
import { concerns } from './concerns';
import { users } from '../users';

/** The phases a mediation went through, with when each started and ended. */
export const mediationPhases = pgTable(
  'mediation_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: phases }).notNull(),
    startedById: uuid('started_by_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('mediation_phases_concern').on(t.concernId)],
);

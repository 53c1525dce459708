import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from '../enums';
import { users } from '../users';
import { defectStatusEnum, defects } from './cases';

/** Every change of a case: who (and in which role), from which status to which, when. */
export const defectHistory = pgTable(
  'defect_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    defectId: uuid('defect_id')
      .notNull()
      .references(() => defects.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorRole: roleEnum('actor_role'),
    fromStatus: defectStatusEnum('from_status'),
    toStatus: defectStatusEnum('to_status').notNull(),
    note: text('note'),
    plannedFor: date('planned_for', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('defect_history_defect').on(t.defectId, t.createdAt)],
);

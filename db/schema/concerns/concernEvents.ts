import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ladderSteps } from '../../../server/protocol/concernTypes';
import { concerns } from './concerns';
import { users } from '../users';

export const concernActorKinds = [
  'reporter',
  'staff',
  'system',
  'neighbour',
  'corporation',
] as const;

/**
 * The audit trail of a concern: append-only, one row per thing that happened (who, what, when,
 * from which step to which). `detail` holds codes and counts, never free text about people.
 */
export const concernEvents = pgTable(
  'concern_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorKind: text('actor_kind', { enum: concernActorKinds }).notNull(),
    type: text('type').notNull(),
    fromStep: text('from_step', { enum: ladderSteps }),
    toStep: text('to_step', { enum: ladderSteps }),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('concern_events_concern').on(t.concernId, t.createdAt)],
);

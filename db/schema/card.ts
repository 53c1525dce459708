import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CardContact } from '../../server/protocol/card';
import { projects } from './projects';
import { users } from './users';

/** The neighbourhood card (buurtkaart) of a project: who to call for what, and tips. */
export const neighbourhoodCards = pgTable('neighbourhood_cards', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  contacts: jsonb('contacts').$type<CardContact[]>().notNull().default([]),
  tips: jsonb('tips').$type<string[]>().notNull().default([]),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

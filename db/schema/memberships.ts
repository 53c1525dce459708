import { index, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from './enums';
import { projects, units } from './projects';
import { users } from './users';

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('memberships_project_user').on(t.projectId, t.userId),
    index('memberships_user').on(t.userId),
  ],
);

/**
 * Which staff member supports which resident. Staff-only: never joined into anything a
 * non-staff member receives (DESIGN.md "No labels").
 */
export const supportLinks = pgTable(
  'support_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    residentUserId: uuid('resident_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('support_links_pair').on(t.projectId, t.staffUserId, t.residentUserId)],
);

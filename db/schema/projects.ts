import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { housingFormEnum, localeEnum } from './enums';

/** A housing project: one complex (gemengd wonen) or a scattered / clustered group of homes. */
export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  housingForm: housingFormEnum('housing_form').notNull(),
  /** Days after which closed concern records are anonymised. */
  retentionDays: integer('retention_days').notNull().default(730),
  /** The language Buurtbot uses in the project's shared rooms and on its Discord cards. */
  locale: localeEnum('locale').notNull().default('nl'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A home in the project ("12", "3b"); memberships may point at one. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One home per number as people write it ("3 b" is "3B"), the way findUnit compares them.
  (t) => [
    uniqueIndex('units_project_number').on(t.projectId, sql`upper(replace(${t.label}, ' ', ''))`),
  ],
);

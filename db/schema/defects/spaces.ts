import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { spaceKinds } from '../../../server/protocol/defects';
import { projects } from '../projects';

/** A shared space of a project (hall, garden, common room, bicycle storage...), by name. */
export const defectSpaces = pgTable(
  'defect_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: spaceKinds }).notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    /** Archived spaces keep their cases but are no longer offered. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('defect_spaces_project_name').on(t.projectId, t.name),
    index('defect_spaces_project').on(t.projectId),
  ],
);

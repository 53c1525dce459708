import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  defectSinces,
  defectStatuses,
  defectUrgencies,
  urgentKinds,
} from '../../../server/protocol/defects';
import { projects, units } from '../projects';
import { users } from '../users';
import { defectSpaces } from './spaces';

export const defectStatusEnum = pgEnum('defect_status', defectStatuses);

/**
 * One case per problem: a defect in a shared space (`spaceId`) or in the first reporter's home
 * (`unitId` / `unitLabel`, a snapshot of the home number). `number` is per project ("G-12").
 */
export const defects = pgTable(
  'defects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    placeKind: text('place_kind', { enum: ['space', 'unit'] }).notNull(),
    spaceId: uuid('space_id').references(() => defectSpaces.id, { onDelete: 'set null' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    unitLabel: text('unit_label'),
    what: text('what').notNull(),
    since: text('since', { enum: defectSinces }).notNull().default('unknown'),
    urgency: text('urgency', { enum: defectUrgencies }).notNull().default('normal'),
    urgentKind: text('urgent_kind', { enum: urgentKinds }),
    status: defectStatusEnum('status').notNull().default('open'),
    /** The last public note (reporters see it). */
    statusNote: text('status_note'),
    rejectReason: text('reject_reason'),
    plannedFor: date('planned_for', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set the first time it is forwarded: from then on the corporation sees it. */
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    unique('defects_project_number').on(t.projectId, t.number),
    index('defects_project_status').on(t.projectId, t.status),
  ],
);

import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { alertKinds, alertPriorities, alertStatuses } from '../../../server/protocol/concernTypes';
import { concerns } from './concerns';
import { projects } from '../projects';
import { users } from '../users';

/**
 * Something support staff must pick up: a concern at a staff step, a care signal, a help request
 * or an emergency. Staff-only in every field. Claimed, acknowledged (urgent ones repeat until
 * then) and resolved; unclaimed ones go to the on-call staff member.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: alertKinds }).notNull(),
    priority: text('priority', { enum: alertPriorities }).notNull(),
    status: text('status', { enum: alertStatuses }).notNull().default('new'),
    concernId: uuid('concern_id').references(() => concerns.id, { onDelete: 'set null' }),
    /** Who asked for help, sent the care signal or wrote the emergency words. */
    subjectUserId: uuid('subject_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The home a care signal is about. */
    unitLabel: text('unit_label'),
    /** The person's own words, for staff. */
    summary: text('summary'),
    /** Help topic, care/emergency codes. */
    codes: jsonb('codes').$type<string[]>().notNull().default([]),
    /**
     * Who has it. Why (their own support worker, or on call) is not stored: support status lives
     * in `support_links` only, and staff views derive it from there (`loadAlertRecord`).
     */
    assignedToId: uuid('assigned_to_id').references(() => users.id, { onDelete: 'set null' }),
    claimedById: uuid('claimed_by_id').references(() => users.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    acknowledgedById: uuid('acknowledged_by_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    escalatedToId: uuid('escalated_to_id').references(() => users.id, { onDelete: 'set null' }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    repeatCount: integer('repeat_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('alerts_project_status').on(t.projectId, t.status),
    index('alerts_concern').on(t.concernId),
  ],
);

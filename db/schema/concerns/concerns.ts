import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  concernCategories,
  concernOutcomes,
  concernStatuses,
  consentScopes,
  frequencies,
  ladderSteps,
  mediationPhases,
  type LadderStep,
  type SensitiveFlag,
} from '../../../server/protocol/concernTypes';
import { channels } from '../channels';
import { roleEnum } from '../enums';
import { projects, units } from '../projects';
import { users } from '../users';

/**
 * A neighbour concern (melding). Who reported it and who or which home it is about are for staff
 * only. Erasure-friendly: people are linked with `set null`, so removing a person (or the
 * retention job) leaves the counts the Living Lab numbers need (category, steps, outcome, times).
 */
export const concerns = pgTable(
  'concerns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** Client- or bot-generated id: a retried report never creates a second concern. */
    ref: text('ref').notNull().unique(),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reporterRole: roleEnum('reporter_role').notNull(),
    source: text('source', { enum: ['bot', 'web'] }).notNull(),
    category: text('category', { enum: concernCategories }).notNull(),
    /** What happens, in the reporter's words (staff and the reporter only). */
    description: text('description'),
    whenText: text('when_text'),
    frequency: text('frequency', { enum: frequencies }),
    /** How it affects the reporter. */
    effect: text('effect'),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    unitLabel: text('unit_label'),
    /** The person concerned, set by staff; never shown to anyone else. */
    targetUserId: uuid('target_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The reporter agreed that the neighbour may know who sent the burenbericht. */
    named: boolean('named').notNull().default(false),
    unsafe: boolean('unsafe').notNull().default(false),
    talked: text('talked', { enum: ['yes', 'no', 'afraid'] }),
    flags: jsonb('flags').$type<SensitiveFlag[]>().notNull().default([]),
    fromSharedRoom: boolean('from_shared_room').notNull().default(false),
    step: text('step', { enum: ladderSteps }).notNull().default('intake'),
    /** Bumped by every move; timers carry the version they were set for. */
    stepVersion: integer('step_version').notNull().default(0),
    stepChangedAt: timestamp('step_changed_at', { withTimezone: true }).notNull(),
    reachedSteps: jsonb('reached_steps').$type<LadderStep[]>().notNull().default([]),
    mediationPhase: text('mediation_phase', { enum: mediationPhases }),
    status: text('status', { enum: concernStatuses }).notNull().default('open'),
    outcome: text('outcome', { enum: concernOutcomes }),
    resolvedStep: text('resolved_step', { enum: ladderSteps }),
    handlerId: uuid('handler_id').references(() => users.id, { onDelete: 'set null' }),
    consentRequestedAt: timestamp('consent_requested_at', { withTimezone: true }),
    consentScope: text('consent_scope', { enum: consentScopes }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    followupAskedAt: timestamp('followup_asked_at', { withTimezone: true }),
    followupAnsweredAt: timestamp('followup_answered_at', { withTimezone: true }),
    followupAnswer: text('followup_answer', { enum: ['solved', 'better', 'not_solved'] }),
    threadChannelId: uuid('thread_channel_id').references(() => channels.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    index('concerns_project_status').on(t.projectId, t.status),
    index('concerns_reporter').on(t.reporterId),
    index('concerns_thread').on(t.threadChannelId),
  ],
);

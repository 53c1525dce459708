import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consentScopes, corporationCaseStatuses } from '../../../server/protocol/concernTypes';
import { concerns } from './concerns';
import { projects } from '../projects';
import { users } from '../users';

/** What a structured case holds for the housing corporation (a snapshot made when forwarded). */
export interface CorporationCaseSummary {
  category: string;
  description: string | null;
  whenText: string | null;
  frequency: string | null;
  effect: string | null;
  unitLabel: string | null;
  /** Only with the reporter's consent to be named. */
  reporterName: string | null;
  reportedAt: string;
  /** The steps taken before, with dates (no names). */
  steps: { step: string; at: string }[];
  /** Only with the reporter's consent to share the conversation. */
  thread?: { author: string; role: string; body: string; at: string }[];
}

/**
 * A concern forwarded to the housing corporation, only with the reporter's consent for this case,
 * and only with the history the reporter agreed to share (`scope`).
 */
export const corporationCases = pgTable('corporation_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  concernId: uuid('concern_id')
    .notNull()
    .unique()
    .references(() => concerns.id, { onDelete: 'cascade' }),
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  scope: text('scope', { enum: consentScopes }).notNull(),
  summary: jsonb('summary').$type<CorporationCaseSummary | null>(),
  status: text('status', { enum: corporationCaseStatuses }).notNull().default('received'),
  forwardedById: uuid('forwarded_by_id').references(() => users.id, { onDelete: 'set null' }),
  forwardedAt: timestamp('forwarded_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

import { integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from '../projects';
import { users } from '../users';

/** Timer settings for concerns and alerts, per project (defaults in `domain/concerns/settings.ts`). */
export const concernSettings = pgTable('concern_settings', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  followupDays: integer('followup_days').notNull(),
  followupGraceDays: integer('followup_grace_days').notNull(),
  alertClaimMinutes: integer('alert_claim_minutes').notNull(),
  urgentRepeatMinutes: integer('urgent_repeat_minutes').notNull(),
  aftercareDays: integer('aftercare_days').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

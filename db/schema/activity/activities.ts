import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  activityStatuses,
  type AccessibilityKey,
  type InterestTag,
} from '../../../server/protocol/activity-vocab';
import { activitySeries } from './activity-series';
import { projects } from '../projects';
import { users } from '../users';

export const activityStatusEnum = pgEnum('activity_status', activityStatuses);

/**
 * One activity (or one occurrence of a series). `signupCounter` numbers sign-ups in the order
 * their transactions took the row lock: the waitlist order.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => activitySeries.id, { onDelete: 'set null' }),
    /** For a series occurrence: its original local start `YYYY-MM-DDTHH:MM` (stable key). */
    occurrenceKey: text('occurrence_key'),
    /** Changed or cancelled on its own: series edits leave it alone. */
    detached: boolean('detached').notNull().default(false),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timezone: text('timezone').notNull().default('Europe/Amsterdam'),
    place: text('place').notNull().default(''),
    accessibility: jsonb('accessibility').$type<AccessibilityKey[]>().notNull().default([]),
    accessibilityNote: text('accessibility_note').notNull().default(''),
    /** Seats including guests; null means no limit. */
    capacity: integer('capacity'),
    maxGuests: integer('max_guests').notNull().default(3),
    /** Open to neighbours from outside the complex (role `neighbour`), or members only. */
    openToNeighbours: boolean('open_to_neighbours').notNull().default(true),
    organiserId: uuid('organiser_id').references(() => users.id, { onDelete: 'set null' }),
    status: activityStatusEnum('status').notNull().default('draft'),
    interests: jsonb('interests').$type<InterestTag[]>().notNull().default([]),
    signupCounter: integer('signup_counter').notNull().default(0),
    /** iCal SEQUENCE: raised on every edit, publication or cancellation. */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
  },
  (t) => [
    index('activities_project_start').on(t.projectId, t.startsAt),
    unique('activities_series_occurrence').on(t.seriesId, t.occurrenceKey),
  ],
);

import {
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { signupStatuses } from '../../../server/protocol/activity-vocab';
import { activities } from './activities';
import { users } from '../users';

export const signupStatusEnum = pgEnum('signup_status', signupStatuses);

/**
 * A person's place at an activity, for themselves plus `guests`. `offered`: a freed place is
 * held for them until `offerExpiresAt`. `queueNo` orders the waitlist.
 */
export const activitySignups = pgTable(
  'activity_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    guests: integer('guests').notNull().default(0),
    status: signupStatusEnum('status').notNull(),
    queueNo: integer('queue_no').notNull(),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    /** Why a sign-up ended: `self`, `offer_expired`, `offer_declined`, `activity_cancelled`. */
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('activity_signups_person').on(t.activityId, t.userId),
    index('activity_signups_user').on(t.userId),
  ],
);

import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localeEnum } from './enums';

/**
 * A person (or Buurtbot, `isBot`). Residents only give a display name; staff may add an
 * email and password for password login. Nothing here says whether someone receives support.
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  displayName: text('display_name').notNull(),
  locale: localeEnum('locale').notNull().default('nl'),
  email: text('email').unique(),
  passwordHash: text('password_hash'),
  isBot: boolean('is_bot').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  erasedAt: timestamp('erased_at', { withTimezone: true }),
});

import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The server's VAPID key pair for Web Push, made once at first start and kept here so every
 * node and every restart signs with the same key (browsers bind subscriptions to it).
 * One row, `id = 'default'`.
 */
export const vapidKeys = pgTable('vapid_keys', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

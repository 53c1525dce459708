import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { channels } from './channels';
import { messages } from './messages';
import { projects } from './projects';
import { users } from './users';

/**
 * One-time codes for `/koppel` on Discord. Only the SHA-256 of the code is stored.
 * `channel`: links the Discord channel where it is used to `channelId` (a project room or the
 * staff room), made by staff. `account`: links the Discord user who uses it to `userId`.
 */
export const discordLinkCodes = pgTable('discord_link_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: ['channel', 'account'] }).notNull(),
  codeHash: text('code_hash').notNull().unique(),
  projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
  channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'cascade' }),
  /** Who made the code (for `account`: the person whose account is linked). */
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A Discord channel bridged to a Buurtkamer room. Messages go out through the channel's
 * webhook; `lastOutboundSeq` is the room's last message sent out, `lastDiscordMessageId` the
 * last Discord message taken in (catch-up after a lost gateway session starts there).
 */
export const discordChannelLinks = pgTable(
  'discord_channel_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .unique()
      .references(() => channels.id, { onDelete: 'cascade' }),
    guildId: text('guild_id').notNull(),
    discordChannelId: text('discord_channel_id').notNull().unique(),
    discordChannelName: text('discord_channel_name').notNull(),
    webhookId: text('webhook_id'),
    /** A credential for posting in that one channel; never leaves the server. */
    webhookToken: text('webhook_token'),
    lastDiscordMessageId: text('last_discord_message_id'),
    lastOutboundSeq: bigint('last_outbound_seq', { mode: 'number' }).notNull().default(0),
    linkedBy: uuid('linked_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Set when Discord refused the link for good (a missing permission, the channel or the
     * webhook deleted, the bot removed from the server): nothing more is sent or read there
     * until it is linked again. `brokenDetail` names the missing permission.
     */
    brokenReason: text('broken_reason', {
      enum: ['missing_permission', 'channel_deleted', 'webhook_deleted', 'bot_removed'],
    }),
    brokenDetail: text('broken_detail'),
    brokenAt: timestamp('broken_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('discord_channel_links_guild').on(t.guildId)],
);

/**
 * A Discord user as Buurtkamer knows them. `linked`: they linked their Buurtkamer account
 * (`userId` is that account). Otherwise `userId` is a guest author for the messages they write
 * in bridged channels: no membership, no session, no access to anything.
 */
export const discordAccounts = pgTable('discord_accounts', {
  discordUserId: text('discord_user_id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  linked: boolean('linked').notNull().default(false),
  discordName: text('discord_name').notNull(),
  /** The project they last talked to Buurtbot in on Discord (their DMs continue there). */
  lastProjectId: uuid('last_project_id').references(() => projects.id, { onDelete: 'set null' }),
  linkedAt: timestamp('linked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which Discord message is which Buurtkamer message, both ways (for edits and deletions).
 * A long Buurtkamer message may go out as several Discord messages (`part`).
 */
export const discordMessages = pgTable(
  'discord_messages',
  {
    discordMessageId: text('discord_message_id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    discordChannelId: text('discord_channel_id').notNull(),
    part: integer('part').notNull().default(0),
    direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
    /** How an outbound message was sent, so it is edited the same way. */
    via: text('via', { enum: ['webhook', 'bot'] }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('discord_messages_message').on(t.messageId)],
);

/**
 * Edits and deletions of bridged Buurtkamer messages still to be carried out on Discord.
 * Any node writes here; the node holding the Discord connection works through it.
 */
export const discordOutbox = pgTable('discord_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id')
    .notNull()
    .references(() => messages.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Buurtbot's private messages (a burenbericht) still to be sent as a Discord direct message to
 * the person they were written to. The message itself is stored in the person's own Buurtbot
 * conversation; any node writes here, and the node holding the Discord connection sends them.
 */
export const discordDirectOutbox = pgTable('discord_direct_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id')
    .notNull()
    .references(() => messages.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The gateway connection's state as the admins see it (one row, `id = 'bot'`), written by the
 * node holding the connection. `stopped`: Discord refused the bot for good (close code 4004 or
 * 4010-4014, or the token was refused); nothing is retried until the token changes
 * (`tokenFingerprint`, a SHA-256 prefix of the token it was refused with) or an admin asks
 * (`retryRequestedAt` later than `since`).
 */
export const discordStatus = pgTable('discord_status', {
  id: text('id').primaryKey(),
  state: text('state', { enum: ['connected', 'stopped'] }).notNull(),
  closeCode: integer('close_code'),
  tokenFingerprint: text('token_fingerprint'),
  since: timestamp('since', { withTimezone: true }).notNull(),
  retryRequestedAt: timestamp('retry_requested_at', { withTimezone: true }),
});

import { bigint, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels';
import { users } from './users';

/** Extra data a message can carry: bot buttons, the source platform. */
export interface MessageMeta {
  buttons?: { label: string; value: string }[];
  source?: 'web' | 'discord';
  /** The value of a bot button the person pressed (the body holds its label). */
  choice?: string;
  /**
   * What a Buurtbot notice is about (an alert, an activity), for adapters that show it richer
   * (a Discord card with buttons). Never sent to clients.
   */
  about?: MessageAbout;
  /** A Buurtbot note about a record: the push notification to send instead of the generic one. */
  notice?: NoticeRecipe;
}

export interface MessageAbout {
  kind: 'alert' | 'activity';
  id: string;
}

/**
 * What a phone shows for a Buurtbot note about a person's own sign-up or report, made in each
 * recipient's language by `server/domain/notifications/replies.ts`. Catalogue keys, not text;
 * a param that is a catalogue key is translated too. Params must never hold what someone wrote
 * (a lock screen is seen by others).
 */
export interface NoticeRecipe {
  title: string;
  body: string;
  params?: Record<string, string>;
  /** Screen under `/p/:projectId/`, e.g. `activities`. */
  path: string;
  /** One notification per record: a newer one replaces the older one on the phone. */
  tag: string;
}

/**
 * A chat message. `(authorId, clientId)` is unique: a client retry with the same
 * client-generated id finds the stored message instead of creating a second one.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    clientId: text('client_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    meta: jsonb('meta').$type<MessageMeta>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    unique('messages_channel_seq').on(t.channelId, t.seq),
    unique('messages_author_client').on(t.authorId, t.clientId),
  ],
);

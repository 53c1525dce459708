import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { discordMessages, discordOutbox, messages } from '../../../db/schema';
import type { MessageAbout } from '../../../db/schema/messages';
import type { Executor } from '../../../db/database';

export type DiscordMessageRow = typeof discordMessages.$inferSelect;

/** Remembers that a Discord message is (part of) a Buurtkamer message; idempotent. */
export async function recordDiscordMessage(
  db: Executor,
  row: Omit<typeof discordMessages.$inferInsert, 'createdAt'>,
): Promise<void> {
  await db.insert(discordMessages).values(row).onConflictDoNothing();
}

export async function findByDiscordId(
  db: Executor,
  discordMessageId: string,
): Promise<DiscordMessageRow | undefined> {
  const [row] = await db
    .select()
    .from(discordMessages)
    .where(eq(discordMessages.discordMessageId, discordMessageId))
    .limit(1);
  return row;
}

/** The Discord messages a Buurtkamer message went out as, in order. */
export async function outboundParts(db: Executor, messageId: string): Promise<DiscordMessageRow[]> {
  return db
    .select()
    .from(discordMessages)
    .where(and(eq(discordMessages.messageId, messageId), eq(discordMessages.direction, 'outbound')))
    .orderBy(asc(discordMessages.part));
}

export async function forgetDiscordMessages(db: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(discordMessages).where(inArray(discordMessages.discordMessageId, ids));
}

/** Queues an edit or deletion for Discord, when the message went out there. */
export async function queueUpdate(db: Executor, messageId: string): Promise<boolean> {
  const parts = await outboundParts(db, messageId);
  if (parts.length === 0) return false;
  await db.insert(discordOutbox).values({ messageId });
  return true;
}

export async function pendingUpdates(db: Executor, limit: number) {
  return db.select().from(discordOutbox).orderBy(asc(discordOutbox.createdAt)).limit(limit);
}

export async function removeUpdate(db: Executor, id: string): Promise<void> {
  await db.delete(discordOutbox).where(eq(discordOutbox.id, id));
}

/** Buurtkamer messages about a record (`meta.about`) that went out to Discord: its cards. */
export async function messagesAbout(db: Executor, about: MessageAbout): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: messages.id })
    .from(messages)
    .innerJoin(
      discordMessages,
      and(eq(discordMessages.messageId, messages.id), eq(discordMessages.direction, 'outbound')),
    )
    .where(sql`${messages.meta} @> ${JSON.stringify({ about })}::jsonb`);
  return rows.map((r) => r.id);
}

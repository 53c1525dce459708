import { asc, eq } from 'drizzle-orm';
import { channels, discordDirectOutbox, messages } from '../../../db/schema';
import type { Executor } from '../../../db/database';

/** Queues Buurtbot's stored private message to a person as a Discord direct message. */
export async function queueDirectMessage(
  db: Executor,
  input: { messageId: string; userId: string },
): Promise<void> {
  await db.insert(discordDirectOutbox).values(input);
}

/** The oldest direct messages still to send: to whom, what, and the project they belong to. */
export async function pendingDirectMessages(db: Executor, limit: number) {
  return db
    .select({
      id: discordDirectOutbox.id,
      userId: discordDirectOutbox.userId,
      body: messages.body,
      meta: messages.meta,
      projectId: channels.projectId,
    })
    .from(discordDirectOutbox)
    .innerJoin(messages, eq(messages.id, discordDirectOutbox.messageId))
    .innerJoin(channels, eq(channels.id, messages.channelId))
    .orderBy(asc(discordDirectOutbox.createdAt))
    .limit(limit);
}

export async function removeDirectMessage(db: Executor, id: string): Promise<void> {
  await db.delete(discordDirectOutbox).where(eq(discordDirectOutbox.id, id));
}

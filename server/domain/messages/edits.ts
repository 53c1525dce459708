import { and, eq, isNull } from 'drizzle-orm';
import { messages } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { forbidden, notFound } from '../../errors';
import type { ChannelKind } from '../../protocol/roles';
import { requireChannelAccess } from '../channels/channels';
import { findStoredMessage, type StoredMessage } from './messages';

/**
 * Changes the text of a stored message (its sequence number stays). Returns the updated
 * message, or `undefined` when nothing changed (same text, or the message is gone/deleted).
 * No access check: callers decide who may edit (`editOwnMessage`, the Discord bridge).
 */
export async function editMessage(
  db: Db,
  clock: Clock,
  input: { messageId: string; body: string },
): Promise<StoredMessage | undefined> {
  const current = await findStoredMessage(db, input.messageId);
  if (!current || current.deletedAt || current.body === input.body) return undefined;
  const [updated] = await db
    .update(messages)
    .set({ body: input.body, editedAt: clock.now() })
    .where(and(eq(messages.id, input.messageId), isNull(messages.deletedAt)))
    .returning();
  return updated ? { ...current, ...updated } : undefined;
}

/**
 * Deletes a message: its text is wiped and `deleted_at` set, so the sequence stays gap-free and
 * every client shows "deleted". Returns the updated message, or `undefined` if already gone.
 */
export async function deleteMessage(
  db: Executor,
  clock: Clock,
  input: { messageId: string },
): Promise<StoredMessage | undefined> {
  const current = await findStoredMessage(db, input.messageId);
  if (!current || current.deletedAt) return undefined;
  const [updated] = await db
    .update(messages)
    .set({ body: '', deletedAt: clock.now() })
    .where(and(eq(messages.id, input.messageId), isNull(messages.deletedAt)))
    .returning();
  return updated ? { ...current, ...updated } : undefined;
}

/**
 * The author edits or deletes their own message, in a channel they may still write in.
 * Returns the message as it is now (unchanged when there was nothing to do) and whether it changed.
 */
export async function changeOwnMessage(
  db: Db,
  clock: Clock,
  input: { userId: string; messageId: string } & ({ body: string } | { delete: true }),
): Promise<{
  message: StoredMessage;
  changed: boolean;
  projectId: string;
  channelKind: ChannelKind;
}> {
  const current = await findStoredMessage(db, input.messageId);
  if (!current) throw notFound();
  const channel = await requireChannelAccess(db, input.userId, current.channelId, 'write');
  if (current.authorId !== input.userId) throw forbidden();
  if (current.deletedAt) throw notFound();
  const updated =
    'body' in input
      ? await editMessage(db, clock, { messageId: current.id, body: input.body })
      : await deleteMessage(db, clock, { messageId: current.id });
  return {
    message: updated ?? current,
    changed: updated !== undefined,
    projectId: channel.projectId,
    channelKind: channel.kind,
  };
}

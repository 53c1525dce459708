import type { Message } from '../protocol/messages';
import { publicRoleOf } from '../protocol/roles';
import type { StoredMessage } from '../domain/messages/messages';

/**
 * The wire form of a message. Only the author's public role is shown; nothing about
 * support relationships exists on a message.
 */
export function presentMessage(row: StoredMessage): Message {
  const message: Message = {
    id: row.id,
    channelId: row.channelId,
    seq: row.seq,
    clientId: row.clientId,
    author: {
      id: row.authorId,
      name: row.authorName,
      role: row.authorIsBot ? 'bot' : publicRoleOf[row.authorRole ?? 'resident'],
    },
    body: row.deletedAt ? '' : row.body,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.meta.buttons?.length) message.buttons = row.meta.buttons;
  if (row.meta.source && row.meta.source !== 'web') message.source = row.meta.source;
  if (row.editedAt) message.editedAt = row.editedAt.toISOString();
  if (row.deletedAt) message.deleted = true;
  return message;
}

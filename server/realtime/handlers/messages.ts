import type { Deps } from '../../deps';
import { requireChannelAccess } from '../../domain/channels/channels';
import { changeOwnMessage } from '../../domain/messages/edits';
import { historyPage, type StoredMessage } from '../../domain/messages/messages';
import { consume } from '../../limits/limiters';
import {
  deleteMessageSchema,
  editMessageSchema,
  historyPageSchema,
  sendMessageSchema,
  type SendMessageInput,
} from '../../protocol/messages';
import { presentMessage } from '../../presenters/message';
import type { SocketEvents } from '../handle';
import { createChannelAccess } from './channelAccess';
import { createInOrder } from './inOrder';

/**
 * `message:send` (stored before it is acknowledged, once per client id), `message:edit` and
 * `message:delete` (the author's own messages) and `history:page`.
 */
export function messageEvents(events: SocketEvents, deps: Deps): void {
  const { db, clock, limiters, dispatcher, messageWriter } = deps;
  const access = createChannelAccess(db);
  const inOrder = createInOrder();

  const send = async (input: SendMessageInput, socket: Parameters<typeof access.writable>[0]) => {
    const { userId } = socket.data;
    await consume(limiters.messages, userId);
    const channel = await access.writable(socket, input.channelId);
    const { choice, ...fields } = input;
    const { message, created } = await messageWriter
      .store({
        ...fields,
        authorId: userId,
        // A pressed Buurtbot button: its value reaches the bot (web adapter reads `meta.choice`).
        meta: choice ? { source: 'web', choice } : { source: 'web' },
      })
      .catch(async (error: unknown) => {
        // The channel may have gone since the check was remembered: ask the database again,
        // which answers `not_found` / `forbidden` as before; otherwise the write's own error.
        access.forget(socket, input.channelId);
        await access.writable(socket, input.channelId);
        throw error;
      });
    const stored: StoredMessage = {
      ...message,
      authorName: socket.data.displayName,
      authorRole: channel.role,
      authorIsBot: false,
    };
    // A retry of a stored client id is acknowledged with the same message but not announced
    // again: the others got `message:new` the first time, or fetch it by `sync` (a gap in the
    // sequence or a reconnect) if the first attempt never got that far.
    if (created)
      await dispatcher.publish({
        type: 'message.created',
        message: stored,
        projectId: channel.projectId,
        channelKind: channel.kind,
      });
    return presentMessage(stored);
  };
  events.request('message:send', sendMessageSchema, (input, socket) =>
    inOrder(socket, () => send(input, socket)),
  );

  const change = async (input: Parameters<typeof changeOwnMessage>[2]) => {
    await consume(limiters.messages, input.userId);
    const result = await changeOwnMessage(db, clock, input);
    if (result.changed) {
      await dispatcher.publish({
        type: 'message.updated',
        message: result.message,
        projectId: result.projectId,
        channelKind: result.channelKind,
      });
    }
    return presentMessage(result.message);
  };
  events.request('message:edit', editMessageSchema, (input, socket) =>
    change({ userId: socket.data.userId, messageId: input.messageId, body: input.body }),
  );
  events.request('message:delete', deleteMessageSchema, (input, socket) =>
    change({ userId: socket.data.userId, messageId: input.messageId, delete: true }),
  );

  events.request('history:page', historyPageSchema, async (input, socket) => {
    await requireChannelAccess(db, socket.data.userId, input.channelId, 'read');
    const page = await historyPage(db, input.channelId, input);
    return { messages: page.messages.map(presentMessage), nextBefore: page.nextBefore };
  });
}

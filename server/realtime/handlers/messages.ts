import type { Deps } from '../../deps';
import { requireChannelAccess } from '../../domain/channels/channels';
import { historyPage, type StoredMessage } from '../../domain/messages/messages';
import { consume } from '../../limits/limiters';
import { historyPageSchema, sendMessageSchema } from '../../protocol/messages';
import { presentMessage } from '../../presenters/message';
import { onRequest } from '../handle';
import type { IoSocket } from '../types';

/** `message:send` (stored before it is acknowledged, once per client id) and `history:page`. */
export function registerMessageHandlers(socket: IoSocket, deps: Deps): void {
  const { db, limiters, dispatcher, messageWriter } = deps;
  const { userId } = socket.data;

  onRequest(socket, deps, 'message:send', sendMessageSchema, async (input) => {
    await consume(limiters.messages, userId);
    const channel = await requireChannelAccess(db, userId, input.channelId, 'write');
    const { message, created } = await messageWriter.store({
      ...input,
      authorId: userId,
      meta: { source: 'web' },
    });
    const stored: StoredMessage = {
      ...message,
      authorName: socket.data.displayName,
      authorRole: channel.role,
      authorIsBot: false,
    };
    await dispatcher.publish(
      created
        ? {
            type: 'message.created',
            message: stored,
            projectId: channel.projectId,
            channelKind: channel.kind,
          }
        : { type: 'message.redelivered', message: stored },
    );
    return presentMessage(stored);
  });

  onRequest(socket, deps, 'history:page', historyPageSchema, async (input) => {
    await requireChannelAccess(db, userId, input.channelId, 'read');
    const page = await historyPage(db, input.channelId, input);
    return { messages: page.messages.map(presentMessage), nextBefore: page.nextBefore };
  });
}

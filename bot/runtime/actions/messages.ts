import type { DomainEvent } from '../../../server/domain/events';
import { requireChannelAccess } from '../../../server/domain/channels/channels';
import { changeOwnMessage } from '../../../server/domain/messages/edits';
import { findStoredMessage } from '../../../server/domain/messages/messages';
import { AppError } from '../../../server/errors';
import { ActionRefused, type ActionExecutor } from '../executor';

/**
 * No public blame: the author takes back their own message from a shared room, by the button
 * Buurtbot offered them. The same path as deleting it in the chat (`message:delete`): only the
 * author, in a room they may still write in, of this project; everyone sees it deleted.
 */
export function registerMessageActions(executor: ActionExecutor): void {
  executor.register('message.take_back', async (action, { db, clock }) => {
    try {
      const current = await findStoredMessage(db, action.messageId);
      if (!current || current.deletedAt) throw new ActionRefused('bot.blame.already_gone');
      if (current.authorId !== action.userId) throw new ActionRefused('bot.blame.not_yours');
      const channel = await requireChannelAccess(db, action.userId, current.channelId, 'write');
      if (channel.projectId !== action.projectId) throw new ActionRefused('bot.blame.not_yours');
      const result = await changeOwnMessage(db, clock, {
        userId: action.userId,
        messageId: current.id,
        delete: true,
      });
      if (!result.changed) return [];
      const deleted: DomainEvent = {
        type: 'message.updated',
        message: result.message,
        projectId: result.projectId,
        channelKind: result.channelKind,
      };
      return [deleted];
    } catch (error) {
      if (error instanceof AppError)
        throw new ActionRefused(
          error.code === 'not_found' ? 'bot.blame.already_gone' : 'bot.blame.not_yours',
        );
      throw error;
    }
  });
}

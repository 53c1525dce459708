import { and, eq, ne } from 'drizzle-orm';
import { channelMembers } from '../../../db/schema';
import type { Deps } from '../../deps';
import { t } from '../../i18n/catalogue';
import type { EventOf } from '../../dispatch/events';

/**
 * A reply in a person's private conversation (their Buurtbot chat, or a concern thread) while
 * they are offline reaches their phone as a notification. The text never quotes the message:
 * it only says there is something new, and opens the conversation when pressed.
 */
export function notifyPrivateReplies(deps: Deps): () => void {
  const { db, dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('message.created', async (event: EventOf<'message.created'>) => {
    const { message, projectId, channelKind } = event;
    if (channelKind !== 'bot' && channelKind !== 'thread') return;
    const members = await db
      .select({ userId: channelMembers.userId })
      .from(channelMembers)
      .where(
        and(
          eq(channelMembers.channelId, message.channelId),
          ne(channelMembers.userId, message.authorId),
        ),
      );
    if (members.length === 0) return;
    const online = await presence.onlineUserIds(projectId);
    const away = members.map((m) => m.userId).filter((id) => !online.has(id));
    if (away.length === 0) return;
    const url =
      channelKind === 'bot' ? `/p/${projectId}/bot` : `/p/${projectId}/${message.channelId}`;
    await notifier.notify(away, (locale) => ({
      title: t(
        locale,
        channelKind === 'bot' ? 'notifications.bot_title' : 'notifications.thread_title',
      ),
      body: t(
        locale,
        channelKind === 'bot' ? 'notifications.bot_body' : 'notifications.thread_body',
      ),
      url,
      tag: `channel-${message.channelId}`,
    }));
  });
}

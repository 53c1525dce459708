import { and, eq, ne } from 'drizzle-orm';
import { channelMembers } from '../../../db/schema';
import type { NoticeRecipe } from '../../../db/schema/messages';
import type { Deps } from '../../deps';
import { isMessageKey, t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { EventOf } from '../events';
import type { PushNotice } from '../../protocol/notifications';

/**
 * A reply in a person's private conversation (their Buurtbot chat, or a concern thread) while
 * they are offline reaches their phone as a notification. The text never quotes the message:
 * it only says there is something new, and opens the conversation when pressed.
 *
 * Two exceptions keep it to one notification per piece of news:
 * - a Buurtbot note about a sign-up or report carries its own notice (`meta.notice`: "the
 *   activity is cancelled", "your defect has a new status"), which is sent instead;
 * - Buurtbot's own lines in a concern thread tell of a status change, which reaches the reporter
 *   as a status notice (`records.ts`), so only what people write there is announced here.
 */
export function notifyPrivateReplies(deps: Deps): () => void {
  const { db, dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('message.created', async (event: EventOf<'message.created'>) => {
    const { message, projectId, channelKind } = event;
    if (channelKind !== 'bot' && channelKind !== 'thread') return;
    if (channelKind === 'thread' && message.authorIsBot) return;
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
    const recipe = channelKind === 'bot' ? message.meta.notice : undefined;
    if (recipe) {
      await notifier.notify(away, (locale) => fromRecipe(locale, projectId, recipe));
      return;
    }
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

/** A stored recipe in the person's language; params that are catalogue keys are translated. */
function fromRecipe(locale: Locale, projectId: string, recipe: NoticeRecipe): PushNotice {
  const params = Object.fromEntries(
    Object.entries(recipe.params ?? {}).map(([name, value]) => [
      name,
      isMessageKey(value) ? t(locale, value) : value,
    ]),
  );
  const text = (key: string, fallback: 'notifications.bot_title' | 'notifications.bot_body') =>
    isMessageKey(key) ? t(locale, key, params) : t(locale, fallback);
  return {
    title: text(recipe.title, 'notifications.bot_title'),
    body: text(recipe.body, 'notifications.bot_body'),
    url: `/p/${projectId}/${recipe.path}`,
    tag: recipe.tag,
  };
}

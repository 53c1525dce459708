import { and, eq, ne } from 'drizzle-orm';
import { channelMembers } from '../../../db/schema';
import type { NoticeRecipe } from '../../../db/schema/messages';
import type { Executor } from '../../../db/database';
import { isMessageKey, t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { EventOf } from '../events';
import type { PushNotice } from '../../protocol/notifications';

/**
 * Whether a new message is a reply in a private conversation (a Buurtbot chat, or a concern
 * thread) that may reach phones. Buurtbot's own lines in a concern thread tell of a status
 * change, which reaches the reporter as a status notice (`records.ts`), so only what people
 * write there counts.
 */
export function isPrivateReply(event: EventOf<'message.created'>): boolean {
  const { message, channelKind } = event;
  if (channelKind !== 'bot' && channelKind !== 'thread') return false;
  return !(channelKind === 'thread' && message.authorIsBot);
}

/** The other members of the conversation (not the author). */
export async function replyRecipients(
  db: Executor,
  event: EventOf<'message.created'>,
): Promise<string[]> {
  const { message } = event;
  const members = await db
    .select({ userId: channelMembers.userId })
    .from(channelMembers)
    .where(
      and(
        eq(channelMembers.channelId, message.channelId),
        ne(channelMembers.userId, message.authorId),
      ),
    );
  return members.map((m) => m.userId);
}

/**
 * The notice for a reply. It never quotes the message: it only says there is something new,
 * and opens the conversation when pressed. A Buurtbot note about a sign-up or report carries its
 * own notice (`meta.notice`: "the activity is cancelled", "your defect has a new status"), which
 * is sent instead, so each piece of news makes one notification.
 */
export function replyNotice(event: EventOf<'message.created'>): (locale: Locale) => PushNotice {
  const { message, projectId, channelKind } = event;
  const recipe = channelKind === 'bot' ? message.meta.notice : undefined;
  if (recipe) return (locale) => fromRecipe(locale, projectId, recipe);
  const url =
    channelKind === 'bot' ? `/p/${projectId}/bot` : `/p/${projectId}/${message.channelId}`;
  return (locale) => ({
    title: t(
      locale,
      channelKind === 'bot' ? 'notifications.bot_title' : 'notifications.thread_title',
    ),
    body: t(locale, channelKind === 'bot' ? 'notifications.bot_body' : 'notifications.thread_body'),
    url,
    tag: `channel-${message.channelId}`,
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

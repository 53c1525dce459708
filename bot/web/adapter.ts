import { eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { users } from '../../db/schema';
import type { Deps } from '../../server/deps';
import { t } from '../../server/i18n/catalogue';
import { isStaffRole } from '../../server/protocol/roles';
import { conversationOf, NoConversation } from '../../server/domain/buurtbot/conversations';
import { postBotMessage } from '../../server/domain/buurtbot/messages';
import type { BotRuntime } from '../runtime/runtime';

/**
 * The rooms where Buurtbot listens in the web app: a person's own bot channel, the shared rooms,
 * and a concern's private thread (there only the reporter, for emergency words: staff write
 * about incidents there, and they are the ones who respond).
 */
const listenedKinds = new Set(['bot', 'common', 'activities', 'thread']);

const userById = prepared((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .limit(1)
    .prepare('user_by_id'),
);

/**
 * The in-app adapter: every message a person sends in the web chat that Buurtbot may hear
 * becomes a `BotInput`; replies come back as Buurtbot messages through the runtime. A pressed
 * button arrives as a message whose body is the button's label and whose `choice` is its value.
 */
export function attachWebAdapter(deps: Deps, runtime: BotRuntime): () => void {
  const { db, clock, dispatcher, logger } = deps;
  return dispatcher.subscribe('message.created', async (event) => {
    const { message, projectId, channelKind } = event;
    if (message.authorIsBot || message.meta.source !== 'web' || !listenedKinds.has(channelKind))
      return;
    if (!message.authorRole) return;
    if (channelKind === 'thread' && isStaffRole(message.authorRole)) return;
    try {
      // The author's name and language are read with their conversation (one read).
      await runtime.converseMember({
        text: message.meta.choice ?? message.body,
        button: message.meta.choice !== undefined,
        userId: message.authorId,
        role: message.authorRole,
        projectId,
        channel: { id: message.channelId, kind: channelKind },
        messageId: message.id,
      });
    } catch (error) {
      // The person left or erased their account while Buurtbot was answering: nothing to say.
      if (error instanceof NoConversation) return;
      logger.error({ err: error, channelKind }, 'bot could not answer');
      try {
        const [author] = await userById(db).execute({ id: message.authorId });
        if (!author) return;
        const { conversation } = await conversationOf(db, projectId, author.id);
        await dispatcher.publish(
          await postBotMessage(
            db,
            clock,
            { channelId: conversation.channelId, projectId, channelKind: 'bot' },
            t(author.locale, 'bot.action_failed'),
          ),
        );
      } catch (again) {
        logger.warn({ err: again }, 'bot could not say it failed');
      }
    }
  });
}

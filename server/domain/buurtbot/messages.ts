import { randomUUID } from 'node:crypto';
import type { Executor } from '../../../db/database';
import type { MessageAbout, NoticeRecipe } from '../../../db/schema/messages';
import type { Clock } from '../../clock';
import type { EventOf } from '../events';
import { storeMessage } from '../messages/messages';
import { ensureBotUser } from '../projects/projects';
import type { MessageButton } from '../../protocol/messages';
import type { ChannelKind } from '../../protocol/roles';

const botUserIds = new WeakMap<Executor, Promise<string>>();

/**
 * Buurtbot's user id (one bot user for every project), looked up once per database (a process
 * that opens another database, as tests do, looks it up there again; a transaction looks it up
 * in itself).
 */
export function botId(db: Executor): Promise<string> {
  let id = botUserIds.get(db);
  if (!id) {
    id = ensureBotUser(db).then((u) => u.id);
    // A failed lookup is not remembered: the next message tries again.
    id.catch(() => botUserIds.delete(db));
    botUserIds.set(db, id);
  }
  return id;
}

/**
 * Stores a message from Buurtbot and returns the event that delivers it. On a transaction the
 * message commits with the change it tells about (`storeMessage` nests as a savepoint). `about`:
 * the record the message is a notice of (an alert, an activity), for adapters that render it
 * (Discord cards); `notice`: the push notification to send for it instead of the generic one.
 */
export async function postBotMessage(
  db: Executor,
  clock: Clock,
  target: { channelId: string; projectId: string; channelKind: ChannelKind },
  text: string,
  buttons?: MessageButton[],
  extra: { about?: MessageAbout; notice?: NoticeRecipe } = {},
): Promise<EventOf<'message.created'>> {
  const authorId = await botId(db);
  const { message } = await storeMessage(db, clock, {
    channelId: target.channelId,
    authorId,
    clientId: `bot-${randomUUID()}`,
    body: text,
    meta: {
      ...(buttons?.length ? { buttons } : {}),
      ...(extra.about ? { about: extra.about } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
    },
  });
  return {
    type: 'message.created',
    message: { ...message, authorName: 'Buurtbot', authorRole: 'resident', authorIsBot: true },
    projectId: target.projectId,
    channelKind: target.channelKind,
  };
}

import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { findProjectChannel } from '../channels/channels';
import { t } from '../../i18n/catalogue';
import { projectLocale } from '../projects/locale';
import { formatWhen } from '../../protocol/dates';
import type { ActivityRow } from './records';
import type { Executor } from '../../../db/database';
import type { NoticeRecipe } from '../../../db/schema/messages';
import { conversationOf } from '../buurtbot/conversations';
import { postBotMessage } from '../buurtbot/messages';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import type { Locale } from '../../i18n/locale';
import type { MessageButton } from '../../protocol/messages';

export interface Note {
  text: string;
  buttons?: MessageButton[];
  /** The phone notification for this note when the person is away (else a generic one). */
  notice?: NoticeRecipe;
}

/**
 * A private message from Buurtbot in the person's own Buurtbot conversation (made if missing),
 * written in their language. Runs on the caller's transaction when given one, so the message
 * and the change it tells about commit together (a scheduler job: sent exactly once).
 */
export async function tellPerson(
  db: Executor,
  clock: Clock,
  target: { projectId: string; userId: string },
  compose: (locale: Locale) => Note,
): Promise<DomainEvent[]> {
  const [user] = await db
    .select({ locale: users.locale, erasedAt: users.erasedAt, isBot: users.isBot })
    .from(users)
    .where(eq(users.id, target.userId))
    .limit(1);
  if (!user || user.erasedAt || user.isBot) return [];
  const { conversation, created } = await conversationOf(db, target.projectId, target.userId);
  const note = compose(user.locale);
  const message = await postBotMessage(
    db,
    clock,
    { channelId: conversation.channelId, projectId: target.projectId, channelKind: 'bot' },
    note.text,
    note.buttons,
    { notice: note.notice },
  );
  return [...created, message];
}

/**
 * Buurtbot announces a published activity in the activities room, in the room's language
 * (`projectLocale`, Dutch unless the project is English). The message is about the activity (`meta.about`): adapters that can, such
 * as Discord, show it with sign-up buttons and its live seat count. Only activities open to
 * outside neighbours are announced: everyone who reads the room may see those.
 */
export async function announceActivity(
  db: Executor,
  clock: Clock,
  activity: ActivityRow,
): Promise<DomainEvent[]> {
  if (!activity.openToNeighbours) return [];
  const room = await findProjectChannel(db, activity.projectId, 'activities');
  if (!room) return [];
  const locale = await projectLocale(db, activity.projectId);
  const text = t(locale, 'activities.post.new', {
    title: activity.title,
    when: formatWhen(locale, activity.startsAt, activity.timezone),
  });
  return [
    await postBotMessage(
      db,
      clock,
      { channelId: room.id, projectId: activity.projectId, channelKind: 'activities' },
      text,
      undefined,
      { about: { kind: 'activity', id: activity.id } },
    ),
  ];
}

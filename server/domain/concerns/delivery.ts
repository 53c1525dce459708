import type { Executor } from '../../../db/database';
import { conversationOf } from '../buurtbot/conversations';
import { postBotMessage } from '../buurtbot/messages';
import type { BotReply } from '../../protocol/bot-reply';
import type { NoticeRecipe } from '../../../db/schema/messages';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import type { ConcernEvent } from '../events/concerns';
import { findProjectChannel } from '../channels/channels';

/**
 * How Buurtbot's messages about concerns reach people, inside the transaction that makes the
 * change (a savepoint per message keeps the per-channel sequence rules of `storeMessage`):
 * - privately, in the person's own Buurtbot conversation (`deliverPrivately`; a
 *   `concern.outreach` event lets other adapters, such as Discord DMs, deliver it too);
 * - in a concern's private thread (reporter and staff);
 * - in the project's staff room (short notices; the dashboard has the details).
 */

export async function deliverPrivately(
  tx: Executor,
  clock: Clock,
  target: { projectId: string; userId: string },
  reply: BotReply,
  purpose: Extract<ConcernEvent, { type: 'concern.outreach' }>['purpose'],
  /** The push notification to send instead of the generic "Buurtbot sent you a message". */
  notice?: NoticeRecipe,
): Promise<DomainEvent[]> {
  const { conversation, created } = await conversationOf(tx, target.projectId, target.userId);
  const buttons = reply.choices?.map((c) => ({ label: c.label, value: c.value })) ?? [];
  const message = await postBotMessage(
    tx,
    clock,
    { channelId: conversation.channelId, projectId: target.projectId, channelKind: 'bot' },
    reply.text,
    buttons,
    notice ? { notice } : {},
  );
  return [
    ...created,
    message,
    {
      type: 'concern.outreach',
      projectId: target.projectId,
      userId: target.userId,
      purpose,
      messageId: message.message.id,
      text: reply.text,
      buttons,
    },
  ];
}

export async function postToThread(
  tx: Executor,
  clock: Clock,
  concern: { projectId: string; threadChannelId: string | null },
  text: string,
): Promise<DomainEvent[]> {
  if (!concern.threadChannelId) return [];
  return [
    await postBotMessage(
      tx,
      clock,
      { channelId: concern.threadChannelId, projectId: concern.projectId, channelKind: 'thread' },
      text,
    ),
  ];
}

export async function postToStaffRoom(
  tx: Executor,
  clock: Clock,
  projectId: string,
  text: string,
  alertId?: string,
): Promise<DomainEvent[]> {
  const room = await findProjectChannel(tx, projectId, 'staff');
  if (!room) return [];
  return [
    await postBotMessage(
      tx,
      clock,
      { channelId: room.id, projectId, channelKind: 'staff' },
      text,
      undefined,
      { about: alertId ? { kind: 'alert', id: alertId } : undefined },
    ),
  ];
}

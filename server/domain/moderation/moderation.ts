import { and, eq, ne, sql } from 'drizzle-orm';
import { alerts, messageModeration, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { NoConversation } from '../buurtbot/conversations';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError, forbidden, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { projectLocale } from '../projects/locale';
import { isSharedRoom, type ModerationAction } from '../../protocol/moderation';
import { isStaffRole, type ChannelKind, type Role } from '../../protocol/roles';
import { requireChannelAccess } from '../channels/channels';
import { createAlert, resolveAlert } from '../concerns/alerts';
import { deliverPrivately, postToStaffRoom } from '../concerns/delivery';
import { deleteMessage } from '../messages/edits';
import { findStoredMessage, type StoredMessage } from '../messages/messages';

/**
 * Flag and hide in the shared rooms (Huiskamer, Activiteiten). Quiet by design: a flag reaches
 * staff only, a hidden message disappears from the room like a deleted one, and only its author
 * hears why, privately from Buurtbot. Every flag and hide is kept in `message_moderation`.
 */

const EXCERPT_LENGTH = 140;

/** The start of a message on one line, for a notice ("Buurtbot, je bent een…"). */
export function excerptOf(body: string, max = EXCERPT_LENGTH): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function roomName(locale: Locale, kind: ChannelKind): string {
  return kind === 'activities'
    ? t(locale, 'moderation.room.activities')
    : t(locale, 'moderation.room.common');
}

interface Visible {
  message: StoredMessage;
  channel: { id: string; projectId: string; kind: ChannelKind };
  /** The caller's role in the message's project. */
  role: Role;
}

/**
 * A message the caller can see in a shared room. Whoever cannot read the room (or is not in the
 * project) learns nothing, not even that it exists: not found, as for a deleted message. A
 * message in another kind of room (a thread, the team room, a Buurtbot conversation) is refused.
 */
async function visibleInSharedRoom(
  tx: Executor,
  userId: string,
  messageId: string,
): Promise<Visible> {
  const message = await findStoredMessage(tx, messageId);
  if (!message) throw notFound();
  const channel = await requireChannelAccess(tx, userId, message.channelId, 'read').catch(
    (error: unknown) => {
      if (error instanceof AppError) throw notFound();
      throw error;
    },
  );
  if (!isSharedRoom(channel.kind)) throw forbidden();
  return { message, channel, role: channel.role };
}

async function record(
  tx: Executor,
  clock: Clock,
  input: {
    projectId: string;
    messageId: string;
    actorId: string;
    action: ModerationAction;
    reason: string | null;
  },
): Promise<boolean> {
  const inserted = await tx
    .insert(messageModeration)
    .values({ ...input, createdAt: clock.now() })
    .onConflictDoNothing()
    .returning({ id: messageModeration.id });
  return inserted.length > 0;
}

/**
 * Any member who can see someone else's message in a shared room flags it to staff: an alert on
 * the dashboard and a short notice in the team room, with the start of the message and the room.
 * The author is never told. The same person flagging the same message again changes nothing.
 */
export async function flagMessage(
  tx: Executor,
  clock: Clock,
  input: { userId: string; userName: string; messageId: string; note?: string | undefined },
): Promise<{ created: boolean; events: DomainEvent[] }> {
  const { message, channel } = await visibleInSharedRoom(tx, input.userId, input.messageId);
  if (message.deletedAt) throw notFound();
  if (message.authorId === input.userId || message.authorIsBot) throw forbidden();
  const created = await record(tx, clock, {
    projectId: channel.projectId,
    messageId: message.id,
    actorId: input.userId,
    action: 'flagged',
    reason: input.note ?? null,
  });
  if (!created) return { created, events: [] };
  const locale = await projectLocale(tx, channel.projectId);
  const room = roomName(locale, channel.kind);
  const excerpt = excerptOf(message.body);
  const lines = [
    t(locale, 'moderation.staff.flagged', {
      flagger: input.userName,
      author: message.authorName,
      room,
      excerpt,
    }),
  ];
  if (input.note) lines.push(t(locale, 'moderation.staff.flagged_note', { note: input.note }));
  // The alert is about the message and its writer (as an emergency alert is about whoever wrote
  // the words): its summary holds only their words and the room, so it is theirs to see in their
  // own data and goes when they erase their account. Who flagged it and why stays with the audit
  // and the team room notice.
  const summary = t(locale, 'moderation.staff.summary', { excerpt, room });
  const { events } = await createAlert(tx, clock, {
    projectId: channel.projectId,
    kind: 'flagged_message',
    priority: 'normal',
    subjectUserId: message.authorId,
    summary,
    // Which message it is about, so hiding it resolves the flags on it (never shown to anyone).
    codes: [messageCode(message.id)],
    staffNotice: lines.join('\n'),
  });
  return { created, events };
}

const messageCode = (messageId: string) => `message:${messageId}`;

/** A hidden message needs no more looking at: the open flags on it are resolved. */
async function resolveFlags(
  tx: Executor,
  clock: Clock,
  input: { projectId: string; messageId: string; staffId: string },
): Promise<DomainEvent[]> {
  const open = await tx
    .select({ id: alerts.id })
    .from(alerts)
    .where(
      and(
        eq(alerts.projectId, input.projectId),
        eq(alerts.kind, 'flagged_message'),
        ne(alerts.status, 'resolved'),
        sql`${alerts.codes} @> ${JSON.stringify([messageCode(input.messageId)])}::jsonb`,
      ),
    );
  const events: DomainEvent[] = [];
  for (const alert of open)
    events.push(...(await resolveAlert(tx, clock, { alertId: alert.id, staffId: input.staffId })));
  return events;
}

/**
 * Staff (and admins) hide a message from a shared room, with a reason. It is wiped like a
 * deleted message (every client drops its text live, history and sync say "deleted"), the hide
 * is audited, the team room hears who did it and why, and the author is told privately by
 * Buurtbot, with the reason and the offer to talk to a support worker. Hiding it again answers
 * the same and changes nothing.
 */
export async function hideMessage(
  tx: Executor,
  clock: Clock,
  input: { userId: string; userName: string; messageId: string; reason: string },
): Promise<{ message: StoredMessage; events: DomainEvent[] }> {
  const { message, channel, role } = await visibleInSharedRoom(tx, input.userId, input.messageId);
  if (!isStaffRole(role)) throw forbidden();
  if (message.deletedAt) {
    if (await wasHidden(tx, message.id)) return { message, events: [] };
    throw notFound();
  }
  const created = await record(tx, clock, {
    projectId: channel.projectId,
    messageId: message.id,
    actorId: input.userId,
    action: 'hidden',
    reason: input.reason,
  });
  // Hidden at this very moment by someone else: their hide is the one that counts.
  if (!created) return { message, events: [] };
  const hidden = await deleteMessage(tx, clock, { messageId: message.id });
  if (!hidden) throw notFound();
  const locale = await projectLocale(tx, channel.projectId);
  const events: DomainEvent[] = [
    {
      type: 'message.updated',
      message: hidden,
      projectId: channel.projectId,
      channelKind: channel.kind,
    },
    ...(await postToStaffRoom(
      tx,
      clock,
      channel.projectId,
      t(locale, 'moderation.staff.hidden', {
        actor: input.userName,
        author: message.authorName,
        room: roomName(locale, channel.kind),
        reason: input.reason,
      }),
    )),
  ];
  events.push(
    ...(await resolveFlags(tx, clock, {
      projectId: channel.projectId,
      messageId: message.id,
      staffId: input.userId,
    })),
  );
  // Only a person who is still a member hears it (not Buurtbot, not someone who left or erased
  // their account, not a staff member hiding their own message).
  if (!message.authorIsBot && message.authorRole && message.authorId !== input.userId)
    events.push(...(await tellAuthor(tx, clock, message, channel, input.reason)));
  return { message: hidden, events };
}

async function wasHidden(tx: Executor, messageId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: messageModeration.id })
    .from(messageModeration)
    .where(and(eq(messageModeration.messageId, messageId), eq(messageModeration.action, 'hidden')))
    .limit(1);
  return row !== undefined;
}

async function tellAuthor(
  tx: Executor,
  clock: Clock,
  message: StoredMessage,
  channel: Visible['channel'],
  reason: string,
): Promise<DomainEvent[]> {
  const [author] = await tx
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.id, message.authorId))
    .limit(1);
  const locale = author?.locale ?? 'nl';
  try {
    return await deliverPrivately(
      tx,
      clock,
      { projectId: channel.projectId, userId: message.authorId },
      {
        visibility: 'private',
        text: t(locale, 'moderation.author_hidden', {
          room: roomName(locale, channel.kind),
          reason,
          excerpt: excerptOf(message.body),
        }),
        choices: [{ n: 1, label: t(locale, 'moderation.author_help_button'), value: '/hulp' }],
      },
      'notice',
    );
  } catch (error) {
    // Not a member any more (left between the two reads): nobody to tell.
    if (error instanceof NoConversation) return [];
    throw error;
  }
}

import { and, eq } from 'drizzle-orm';
import { burenberichtRecipients, burenberichten, concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { burenberichtDelivery, burenberichtText } from '../../protocol/burenbericht';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { NeighbourReplyKind } from '../../protocol/concernTypes';
import { deliverPrivately, postToStaffRoom, postToThread } from './delivery';
import { loadConcernRecord, lockConcern, recordEvent, userOf, type ConcernRow } from './records';
import { projectLocale } from '../projects/locale';

/**
 * Delivers a burenbericht for a concern to every recipient, privately through Buurtbot, in each
 * one's language, with the ready-reply buttons. The text is neutral and built from the category
 * and frequency only; it carries the reporter's name only when they chose to be named.
 */
export async function sendBurenbericht(
  tx: Executor,
  clock: Clock,
  concern: ConcernRow,
  recipients: string[],
): Promise<DomainEvent[]> {
  const now = clock.now();
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const facts = {
    category: concern.category,
    frequency: concern.frequency ?? undefined,
    when: concern.whenText ?? undefined,
    senderName: concern.named ? reporter?.name : undefined,
  };
  const [message] = await tx
    .insert(burenberichten)
    .values({
      concernId: concern.id,
      projectId: concern.projectId,
      body: burenberichtText((key, params) => t('nl', key, params), facts),
      named: concern.named,
      unitId: concern.unitId,
      targetUserId: concern.targetUserId,
      sentAt: now,
    })
    .returning();
  if (!message) throw new Error('burenbericht insert returned nothing');
  if (recipients.length > 0)
    await tx
      .insert(burenberichtRecipients)
      .values(recipients.map((userId) => ({ burenberichtId: message.id, userId })));
  const events = await deliverToRecipients(tx, clock, concern, message.id, facts, recipients);
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: null,
    actorKind: 'system',
    type: 'burenbericht_sent',
    detail: { recipients: recipients.length, named: concern.named },
    at: now,
  });
  // Nobody lives at that number (in the app): the reporter hears the same as always, so a
  // burenbericht cannot be used to learn which homes have members; staff are told instead.
  if (recipients.length === 0) {
    const staffLocale = await projectLocale(tx, concern.projectId);
    events.push(
      ...(await postToStaffRoom(
        tx,
        clock,
        concern.projectId,
        t(staffLocale, 'concerns.staff.burenbericht_nobody', {
          ref: concern.ref,
          topic: t(staffLocale, `bot.category.${concern.category}`),
          unit: concern.unitLabel ?? '?',
        }),
      )),
    );
  }
  events.push(
    ...(await postToThread(
      tx,
      clock,
      concern,
      t(
        reporter?.locale ?? 'nl',
        concern.named
          ? 'concerns.thread.step.burenbericht_named'
          : 'concerns.thread.step.burenbericht_anonymous',
        { unit: concern.unitLabel ?? '' },
      ),
    )),
  );
  return events;
}

/** The burenbericht privately to each recipient, in their own language, with reply buttons. */
async function deliverToRecipients(
  tx: Executor,
  clock: Clock,
  concern: ConcernRow,
  burenberichtId: string,
  facts: Parameters<typeof burenberichtDelivery>[2],
  recipients: string[],
): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const userId of recipients) {
    const recipient = await userOf(tx, userId);
    if (!recipient) continue;
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: concern.projectId, userId },
        burenberichtDelivery(recipient.locale, burenberichtId, facts),
        'burenbericht',
      )),
    );
  }
  return events;
}

const replyKeys: Record<
  Exclude<NeighbourReplyKind, 'own_words'>,
  'concerns.bb.reply.sorry' | 'concerns.bb.reply.didnt_know' | 'concerns.bb.reply.talk'
> = {
  sorry: 'concerns.bb.reply.sorry',
  didnt_know: 'concerns.bb.reply.didnt_know',
  talk: 'concerns.bb.reply.talk',
};

/**
 * A recipient answers. Only people the message was delivered to may answer, once. The reporter
 * reads the answer in their private thread (and gets a short nudge from Buurtbot); the neighbour
 * learns nothing about the reporter from this.
 */
export async function replyToBurenbericht(
  tx: Executor,
  clock: Clock,
  input: {
    burenberichtId: string;
    userId: string;
    kind: NeighbourReplyKind;
    text?: string | undefined;
  },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const [message] = await tx
    .select()
    .from(burenberichten)
    .where(eq(burenberichten.id, input.burenberichtId))
    .limit(1)
    .for('update');
  if (!message) throw notFound();
  const [delivered] = await tx
    .select()
    .from(burenberichtRecipients)
    .where(
      and(
        eq(burenberichtRecipients.burenberichtId, message.id),
        eq(burenberichtRecipients.userId, input.userId),
      ),
    )
    .limit(1);
  if (!delivered)
    throw new AppError('forbidden', { burenberichtId: { key: 'concerns.refusal.not_yours' } });
  if (message.repliedAt)
    throw new AppError('conflict', {
      burenberichtId: { key: 'concerns.refusal.already_answered' },
    });
  const text = input.kind === 'own_words' ? (input.text ?? '').trim().slice(0, 1000) : null;
  await tx
    .update(burenberichten)
    .set({ replyKind: input.kind, replyText: text, repliedById: input.userId, repliedAt: now })
    .where(eq(burenberichten.id, message.id));
  const concern = await lockConcern(tx, message.concernId);
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.userId,
    actorKind: 'neighbour',
    type: 'neighbour_replied',
    detail: { kind: input.kind },
    at: now,
  });
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const locale = reporter?.locale ?? 'nl';
  const threadText =
    input.kind === 'talk'
      ? t(locale, 'concerns.thread.reply_talk')
      : t(locale, 'concerns.thread.reply', {
          reply: input.kind === 'own_words' ? (text ?? '') : t(locale, replyKeys[input.kind]),
        });
  const events: DomainEvent[] = [...(await postToThread(tx, clock, concern, threadText))];
  if (reporter && concern.status === 'open')
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: concern.projectId, userId: reporter.id },
        { visibility: 'private', text: t(locale, 'concerns.reporter.reply_nudge') },
        'notice',
      )),
    );
  await tx.update(concerns).set({ updatedAt: now }).where(eq(concerns.id, concern.id));
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, concern.id),
    change: 'neighbour_replied',
  });
  return events;
}

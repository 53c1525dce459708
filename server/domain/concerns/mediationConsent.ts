import { and, eq } from 'drizzle-orm';
import { burenberichtRecipients, burenberichten, mediationAnswers } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t } from '../../i18n/catalogue';
import { postToThread } from './delivery';
import { advancePhase, partiesAgreed } from './mediation';
import { moveConcern } from './moves';
import { loadConcernRecord, lockConcern, recordEvent, userOf } from './records';
import { recipientsOf } from './units';

/**
 * A party answers the mediation question. Both are free to say no: one no ends mediation (back
 * to the support worker); two yeses move it on to the separate talks.
 */
export async function answerMediation(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; userId: string; answer: 'yes' | 'no' },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  let party: 'reporter' | 'other' | undefined;
  if (concern.reporterId === input.userId) party = 'reporter';
  else if ((await recipientsOf(tx, concern)).includes(input.userId)) party = 'other';
  else {
    const [delivered] = await tx
      .select({ userId: burenberichtRecipients.userId })
      .from(burenberichtRecipients)
      .innerJoin(burenberichten, eq(burenberichten.id, burenberichtRecipients.burenberichtId))
      .where(
        and(
          eq(burenberichten.concernId, concern.id),
          eq(burenberichtRecipients.userId, input.userId),
        ),
      )
      .limit(1);
    if (delivered) party = 'other';
  }
  if (!party) throw new AppError('forbidden', { answer: { key: 'concerns.refusal.not_yours' } });
  if (
    concern.status !== 'open' ||
    concern.step !== 'bemiddeling' ||
    concern.mediationPhase !== 'consent'
  )
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.not_in_mediation' } });
  await tx.insert(mediationAnswers).values({
    concernId: concern.id,
    userId: input.userId,
    party,
    answer: input.answer,
    createdAt: now,
  });
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.userId,
    actorKind: party === 'reporter' ? 'reporter' : 'neighbour',
    type: 'mediation_answer',
    detail: { party, answer: input.answer },
    at: now,
  });
  if (input.answer === 'no') {
    const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
    const { events } = await moveConcern(tx, clock, {
      concernId: concern.id,
      to: 'begeleiding',
      actor: 'system',
      actorId: null,
      reason: 'mediation_declined',
    });
    return [
      ...(await postToThread(
        tx,
        clock,
        concern,
        t(reporter?.locale ?? 'nl', 'concerns.thread.mediation_declined'),
      )),
      ...events,
    ];
  }
  if (await partiesAgreed(tx, concern.id))
    return advancePhase(tx, clock, {
      concernId: concern.id,
      to: 'separate_talks',
      actor: 'system',
      actorId: null,
    });
  return [
    {
      type: 'concern.changed',
      record: await loadConcernRecord(tx, concern.id),
      change: 'mediation_answer',
    },
  ];
}

import { and, desc, eq, gte } from 'drizzle-orm';
import {
  burenberichtRecipients,
  burenberichten,
  concernEvents,
  mediationAnswers,
} from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { aftercarePrompt } from '../../protocol/bot-prompts';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t } from '../../i18n/catalogue';
import { createAlert } from './alerts';
import { deliverPrivately } from './delivery';
import { findConcern, lockConcern, recordEvent, userOf, type ConcernRow } from './records';
import { projectLocale } from '../projects/locale';

/**
 * The neighbours involved in a concern: people a burenbericht reached and the other party of a
 * mediation. Only they are ever asked about it: someone who never heard of a concern is not
 * told now.
 */
async function involvedNeighbours(tx: Executor, concern: ConcernRow): Promise<string[]> {
  const delivered = await tx
    .select({ userId: burenberichtRecipients.userId })
    .from(burenberichtRecipients)
    .innerJoin(burenberichten, eq(burenberichten.id, burenberichtRecipients.burenberichtId))
    .where(eq(burenberichten.concernId, concern.id));
  const mediated = await tx
    .select({ userId: mediationAnswers.userId })
    .from(mediationAnswers)
    .where(and(eq(mediationAnswers.concernId, concern.id), eq(mediationAnswers.party, 'other')));
  return [
    ...new Set(
      [...delivered, ...mediated]
        .map((r) => r.userId)
        .filter((id): id is string => id !== null && id !== concern.reporterId),
    ),
  ];
}

/** Timer: "is it still good?" to the reporter and the neighbours involved, some weeks later. */
export async function askAftercare(
  tx: Executor,
  clock: Clock,
  payload: { concernId: string; reason: string },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await findConcern(tx, payload.concernId);
  if (!concern || concern.anonymisedAt || concern.outcome === 'withdrawn') return [];
  if (payload.reason === 'resolved' && concern.status !== 'closed') return [];
  const events: DomainEvent[] = [];
  let asked = 0;
  if (concern.reporterId) {
    const reporter = await userOf(tx, concern.reporterId);
    if (reporter) {
      asked += 1;
      events.push(
        ...(await deliverPrivately(
          tx,
          clock,
          { projectId: concern.projectId, userId: reporter.id },
          aftercarePrompt(reporter.locale, concern, 'reporter'),
          'aftercare',
        )),
      );
    }
  }
  for (const userId of await involvedNeighbours(tx, concern)) {
    const neighbour = await userOf(tx, userId);
    if (!neighbour) continue;
    asked += 1;
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: concern.projectId, userId },
        aftercarePrompt(neighbour.locale, concern, 'neighbour'),
        'aftercare',
      )),
    );
  }
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: null,
    actorKind: 'system',
    type: 'aftercare_asked',
    detail: { asked, reason: payload.reason },
    at: now,
  });
  return events;
}

/**
 * An answer to the aftercare question, from the reporter or a neighbour involved (once per
 * question). "Not good" raises a quiet alert so a support worker can step in.
 */
export async function answerAftercare(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; userId: string; answer: 'good' | 'not_good' | 'skip' },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  const party =
    concern.reporterId === input.userId
      ? 'reporter'
      : (await involvedNeighbours(tx, concern)).includes(input.userId)
        ? 'neighbour'
        : undefined;
  if (!party) throw new AppError('forbidden', { answer: { key: 'concerns.refusal.not_yours' } });
  const [asked] = await tx
    .select({ at: concernEvents.createdAt })
    .from(concernEvents)
    .where(and(eq(concernEvents.concernId, concern.id), eq(concernEvents.type, 'aftercare_asked')))
    .orderBy(desc(concernEvents.createdAt))
    .limit(1);
  if (!asked)
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.no_consent_request' } });
  const [already] = await tx
    .select({ id: concernEvents.id })
    .from(concernEvents)
    .where(
      and(
        eq(concernEvents.concernId, concern.id),
        eq(concernEvents.type, 'aftercare_answered'),
        eq(concernEvents.actorId, input.userId),
        gte(concernEvents.createdAt, asked.at),
      ),
    )
    .limit(1);
  if (already)
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.already_answered' } });
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.userId,
    actorKind: party === 'reporter' ? 'reporter' : 'neighbour',
    type: 'aftercare_answered',
    detail: { party, answer: input.answer },
    at: now,
  });
  if (input.answer !== 'not_good') return [];
  const staffLocale = await projectLocale(tx, concern.projectId);
  const { events } = await createAlert(tx, clock, {
    projectId: concern.projectId,
    kind: 'concern',
    priority: 'normal',
    concernId: concern.id,
    subjectUserId: input.userId,
    codes: ['aftercare', party],
    staffNotice: t(staffLocale, 'concerns.staff.aftercare_not_good', {
      topic: t(staffLocale, `bot.category.${concern.category}`),
    }),
  });
  return events;
}

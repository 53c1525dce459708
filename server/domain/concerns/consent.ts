import { eq } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { consentPrompt } from '../../protocol/bot-prompts';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { CaseText } from '../../protocol/concerns';
import type { ConsentScope } from '../../protocol/concernTypes';
import { deliverPrivately, postToThread } from './delivery';
import { checkMove } from '../../protocol/ladder';
import { moveConcern } from './moves';
import { factsOf, loadConcernRecord, lockConcern, recordEvent, userOf } from './records';

/**
 * Staff ask the reporter whether this case may go to the housing corporation, and with what.
 * Only the reporter can say yes; nothing goes to the corporation before that.
 */
export async function requestConsent(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; staffId: string },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  if (concern.status !== 'open')
    throw new AppError('conflict', { concernId: { key: 'concerns.refusal.closed' } });
  const withConsent = { ...factsOf(concern, true), consent: true };
  const check = checkMove(concern.step, 'corporatie', 'staff', withConsent);
  if (!check.ok)
    throw new AppError('conflict', { concernId: { key: `concerns.refusal.${check.reason}` } });
  await tx
    .update(concerns)
    .set({ consentRequestedAt: now, consentAt: null, consentScope: null, updatedAt: now })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.staffId,
    actorKind: 'staff',
    type: 'consent_requested',
    at: now,
  });
  const events: DomainEvent[] = [];
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  if (reporter) {
    events.push(
      ...(await postToThread(
        tx,
        clock,
        concern,
        t(reporter.locale, 'concerns.thread.consent_asked'),
      )),
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: concern.projectId, userId: reporter.id },
        consentPrompt(reporter.locale, concern),
        'consent',
      )),
    );
  }
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, concern.id),
    change: 'consent_requested',
  });
  return events;
}

/**
 * The reporter answers. Yes (anonymous, or named with the conversation) is stored as consent for
 * this case and the case goes to the corporation at once; no is respected and recorded.
 */
export async function answerConsent(
  tx: Executor,
  clock: Clock,
  input: {
    concernId: string;
    userId: string;
    answer: ConsentScope | 'no';
    /** The texts for the corporation as the reporter checked and perhaps changed them. */
    caseText?: CaseText | undefined;
  },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  if (concern.reporterId !== input.userId) throw new AppError('forbidden');
  if (concern.status !== 'open')
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.closed' } });
  if (!concern.consentRequestedAt)
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.no_consent_request' } });
  if (input.answer === 'no') {
    await tx
      .update(concerns)
      .set({ consentRequestedAt: null, consentAt: null, consentScope: null, updatedAt: now })
      .where(eq(concerns.id, concern.id));
    await recordEvent(tx, {
      concernId: concern.id,
      actorId: input.userId,
      actorKind: 'reporter',
      type: 'consent_refused',
      at: now,
    });
    const reporter = await userOf(tx, input.userId);
    return [
      ...(await postToThread(
        tx,
        clock,
        concern,
        t(reporter?.locale ?? 'nl', 'concerns.thread.consent_refused'),
      )),
      {
        type: 'concern.changed',
        record: await loadConcernRecord(tx, concern.id),
        change: 'consent_refused',
      },
    ];
  }
  await tx
    .update(concerns)
    .set({ consentScope: input.answer, consentAt: now, updatedAt: now })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.userId,
    actorKind: 'reporter',
    type: 'consent_given',
    detail: { scope: input.answer, textChanged: input.caseText !== undefined },
    at: now,
  });
  const { events } = await moveConcern(tx, clock, {
    concernId: concern.id,
    to: 'corporatie',
    actor: 'reporter',
    actorId: input.userId,
    caseText: input.caseText,
  });
  return events;
}

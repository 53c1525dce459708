import { and, eq, isNull } from 'drizzle-orm';
import { concerns, mediationAnswers, mediationPhases } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { mediationPrompt } from '../../protocol/bot-prompts';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { LadderActor, MediationPhase } from '../../protocol/concernTypes';
import { scheduleJob } from '../../scheduler/scheduler';
import { addDays } from '../../clock';
import { deliverPrivately, postToThread } from './delivery';
import { checkPhase } from '../../protocol/ladder';
import { loadConcernRecord, lockConcern, recordEvent, userOf, type ConcernRow } from './records';
import { concernSettingsOf } from './settings';
import { recipientsOf } from './units';

export const MEDIATION_AFTERCARE = 'concern.aftercare';

/** Mediation starts with its intake phase. */
export async function startMediation(
  tx: Executor,
  concern: ConcernRow,
  actorId: string | null,
  now: Date,
): Promise<void> {
  await tx
    .insert(mediationPhases)
    .values({ concernId: concern.id, phase: 'intake', startedById: actorId, startedAt: now });
  await tx.update(concerns).set({ mediationPhase: 'intake' }).where(eq(concerns.id, concern.id));
}

/** Closes the running phase (mediation ended, or the concern moved on). */
export async function endMediation(tx: Executor, concernId: string, now: Date): Promise<void> {
  await tx
    .update(mediationPhases)
    .set({ endedAt: now })
    .where(and(eq(mediationPhases.concernId, concernId), isNull(mediationPhases.endedAt)));
}

/** Both parties said yes (and nobody said no). */
export async function partiesAgreed(tx: Executor, concernId: string): Promise<boolean> {
  const answers = await tx
    .select({ party: mediationAnswers.party, answer: mediationAnswers.answer })
    .from(mediationAnswers)
    .where(eq(mediationAnswers.concernId, concernId));
  if (answers.some((a) => a.answer === 'no')) return false;
  return (['reporter', 'other'] as const).every((p) =>
    answers.some((a) => a.party === p && a.answer === 'yes'),
  );
}

/**
 * Moves mediation to its next phase. Entering `consent` asks both parties privately (each free
 * to say no); entering `followup` sets the "is it still good?" question for some weeks later.
 */
export async function advancePhase(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; to: MediationPhase; actor: LadderActor; actorId: string | null },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  if (concern.status !== 'open' || concern.step !== 'bemiddeling' || !concern.mediationPhase)
    throw new AppError('conflict', { phase: { key: 'concerns.refusal.not_in_mediation' } });
  const check = checkPhase(concern.mediationPhase, input.to, input.actor, {
    partiesAgreed: await partiesAgreed(tx, concern.id),
  });
  if (!check.ok) {
    throw new AppError(check.reason === 'not_allowed' ? 'forbidden' : 'conflict', {
      phase: { key: `concerns.refusal.${check.reason}` },
    });
  }
  const events: DomainEvent[] = [];
  let others: string[] = [];
  if (input.to === 'consent') {
    others = await recipientsOf(tx, concern);
    if (others.length === 0 || !concern.reporterId)
      throw new AppError('conflict', { phase: { key: 'concerns.refusal.needs_target' } });
  }
  await endMediation(tx, concern.id, now);
  await tx
    .insert(mediationPhases)
    .values({ concernId: concern.id, phase: input.to, startedById: input.actorId, startedAt: now });
  await tx
    .update(concerns)
    .set({ mediationPhase: input.to, updatedAt: now })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.actorId,
    actorKind: input.actor === 'system' ? 'system' : 'staff',
    type: 'mediation_phase',
    detail: { from: concern.mediationPhase, to: input.to },
    at: now,
  });
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const locale = reporter?.locale ?? 'nl';
  events.push(
    ...(await postToThread(
      tx,
      clock,
      concern,
      t(locale, 'concerns.thread.mediation_phase', {
        phase: t(locale, `concerns.phase.${input.to}`),
      }),
    )),
  );
  if (input.to === 'consent' && reporter)
    events.push(...(await askParties(tx, clock, concern, reporter, others)));
  if (input.to === 'followup') {
    const settings = await concernSettingsOf(tx, concern.projectId);
    await scheduleJob(tx, {
      kind: MEDIATION_AFTERCARE,
      payload: { concernId: concern.id, reason: 'mediation' },
      runAt: addDays(now, settings.aftercareDays),
      dedupeKey: `${MEDIATION_AFTERCARE}:mediation:${concern.id}`,
    });
  }
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, concern.id),
    change: 'mediation_phase',
  });
  return events;
}

/** Mediation's consent question, privately to the reporter and to each other party. */
async function askParties(
  tx: Executor,
  clock: Clock,
  concern: ConcernRow,
  reporter: NonNullable<Awaited<ReturnType<typeof userOf>>>,
  others: string[],
): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  events.push(
    ...(await deliverPrivately(
      tx,
      clock,
      { projectId: concern.projectId, userId: reporter.id },
      mediationPrompt(reporter.locale, concern, 'reporter'),
      'mediation',
    )),
  );
  for (const userId of others) {
    const other = await userOf(tx, userId);
    if (!other) continue;
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: concern.projectId, userId },
        mediationPrompt(other.locale, concern, 'other'),
        'mediation',
      )),
    );
  }
  return events;
}

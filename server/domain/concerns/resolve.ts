import { eq } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { addDays, type Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { ConcernOutcome, LadderActor } from '../../protocol/concernTypes';
import { scheduleJob } from '../../scheduler/scheduler';
import { resolveConcernAlerts } from './alerts';
import { postToThread } from './delivery';
import { checkResolve } from '../../protocol/ladder';
import { endMediation } from './mediation';
import { loadConcernRecord, lockConcern, recordEvent, userOf, type ConcernRow } from './records';
import { concernSettingsOf } from './settings';

export const CONCERN_AFTERCARE = 'concern.aftercare';

/**
 * Closes a concern with an outcome (who may: `checkResolve`). Its alerts are resolved, the
 * reporter reads the outcome in the thread, and unless it was withdrawn, both neighbours
 * involved are asked "is it still good?" after the project's aftercare days.
 */
export async function resolveConcern(
  tx: Executor,
  clock: Clock,
  input: {
    concernId: string;
    outcome: ConcernOutcome;
    actor: LadderActor;
    actorId: string | null;
  },
): Promise<{ concern: ConcernRow; events: DomainEvent[] }> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  const check = checkResolve(concern.step, concern.status, input.actor, input.outcome);
  if (!check.ok)
    throw new AppError(check.reason === 'closed' ? 'conflict' : 'forbidden', {
      outcome: { key: `concerns.refusal.${check.reason}` },
    });
  const [closed] = await tx
    .update(concerns)
    .set({
      status: 'closed',
      outcome: input.outcome,
      resolvedStep: concern.step,
      resolvedAt: now,
      updatedAt: now,
      handlerId: concern.handlerId ?? (input.actor === 'staff' ? input.actorId : null),
    })
    .where(eq(concerns.id, concern.id))
    .returning();
  if (!closed) throw new Error('concern update returned nothing');
  if (concern.step === 'bemiddeling') await endMediation(tx, concern.id, now);
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.actorId,
    actorKind: input.actor === 'system' ? 'system' : input.actor,
    type: 'resolved',
    fromStep: concern.step,
    detail: { outcome: input.outcome },
    at: now,
  });
  const events = await resolveConcernAlerts(
    tx,
    clock,
    concern.id,
    input.actor === 'staff' ? input.actorId : null,
  );
  const reporter = closed.reporterId ? await userOf(tx, closed.reporterId) : undefined;
  const locale = reporter?.locale ?? 'nl';
  events.push(
    ...(await postToThread(
      tx,
      clock,
      closed,
      input.outcome === 'withdrawn'
        ? t(locale, 'concerns.thread.withdrawn')
        : t(locale, 'concerns.thread.resolved', {
            outcome: t(locale, `concerns.outcome.${input.outcome}`),
          }),
    )),
  );
  if (input.outcome !== 'withdrawn') {
    const settings = await concernSettingsOf(tx, closed.projectId);
    await scheduleJob(tx, {
      kind: CONCERN_AFTERCARE,
      payload: { concernId: closed.id, reason: 'resolved' },
      runAt: addDays(now, settings.aftercareDays),
      dedupeKey: `${CONCERN_AFTERCARE}:resolved:${closed.id}`,
    });
  }
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, closed.id),
    change: 'resolved',
  });
  return { concern: closed, events };
}

import { eq } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { followupPrompt } from '../../protocol/bot-prompts';
import { addDays, type Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError } from '../../errors';
import { scheduleJob } from '../../scheduler/scheduler';
import { deliverPrivately } from './delivery';
import { systemStepUp } from '../../protocol/ladder';
import { moveConcern, scheduleFollowup } from './moves';
import {
  factsOf,
  loadConcernRecord,
  lockConcern,
  recordEvent,
  userOf,
  type ConcernRow,
} from './records';
import { resolveConcern } from './resolve';
import { concernSettingsOf } from './settings';

export const CONCERN_FOLLOWUP_TIMEOUT = 'concern.followup_timeout';

/** Steps where the reporter is asked whether it is solved (staff follow up the others). */
const followedUp = new Set(['intake', 'zelf', 'burenbericht']);

function stillCurrent(concern: ConcernRow, version: number): boolean {
  return (
    concern.status === 'open' && concern.stepVersion === version && followedUp.has(concern.step)
  );
}

/**
 * Timer: "is it solved?" to the reporter, privately through Buurtbot. A second timer gives them
 * the project's grace days to answer; no answer (or "not solved" without a next step) moves
 * the concern up to staff.
 */
export async function askFollowup(
  tx: Executor,
  clock: Clock,
  payload: { concernId: string; version: number; round: number },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, payload.concernId);
  if (!stillCurrent(concern, payload.version) || !concern.reporterId) return [];
  const reporter = await userOf(tx, concern.reporterId);
  if (!reporter) return [];
  await tx
    .update(concerns)
    .set({ followupAskedAt: now, followupAnswer: null })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: null,
    actorKind: 'system',
    type: 'followup_asked',
    detail: { round: payload.round },
    at: now,
  });
  const settings = await concernSettingsOf(tx, concern.projectId);
  await scheduleJob(tx, {
    kind: CONCERN_FOLLOWUP_TIMEOUT,
    payload: { concernId: concern.id, version: payload.version, round: payload.round },
    runAt: addDays(now, settings.followupGraceDays),
    dedupeKey: `${CONCERN_FOLLOWUP_TIMEOUT}:${concern.id}:${payload.version}:${payload.round}`,
  });
  return [
    ...(await deliverPrivately(
      tx,
      clock,
      { projectId: concern.projectId, userId: reporter.id },
      followupPrompt(reporter.locale, concern),
      'followup',
    )),
    {
      type: 'concern.changed',
      record: await loadConcernRecord(tx, concern.id),
      change: 'followup_asked',
    },
  ];
}

/** Timer: no answer in time, or "not solved" and no step chosen: staff are brought in. */
export async function followupTimedOut(
  tx: Executor,
  clock: Clock,
  payload: { concernId: string; version: number; round: number },
): Promise<DomainEvent[]> {
  const concern = await lockConcern(tx, payload.concernId);
  if (!stillCurrent(concern, payload.version)) return [];
  const unanswered = concern.followupAnswer === null;
  if (!unanswered && concern.followupAnswer !== 'not_solved') return [];
  const to = systemStepUp(concern.step, factsOf(concern, false));
  if (!to) return [];
  const { events } = await moveConcern(tx, clock, {
    concernId: concern.id,
    to,
    actor: 'system',
    actorId: null,
    reason: 'followup',
  });
  return events;
}

/**
 * The reporter answers: solved closes it (solved between neighbours), better asks again after
 * the follow-up days, not solved is recorded (the bot offers the next step; the timer moves it
 * up if none is chosen).
 */
export async function answerFollowup(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; userId: string; answer: 'solved' | 'better' | 'not_solved' },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  if (concern.reporterId !== input.userId) throw new AppError('forbidden');
  if (concern.status !== 'open')
    throw new AppError('conflict', { answer: { key: 'concerns.refusal.closed' } });
  await tx
    .update(concerns)
    .set({ followupAnsweredAt: now, followupAnswer: input.answer, updatedAt: now })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.userId,
    actorKind: 'reporter',
    type: 'followup_answered',
    detail: { answer: input.answer },
    at: now,
  });
  if (input.answer === 'solved') {
    const { events } = await resolveConcern(tx, clock, {
      concernId: concern.id,
      outcome: 'solved_neighbours',
      actor: 'reporter',
      actorId: input.userId,
    });
    return events;
  }
  if (input.answer === 'better') {
    // Another round, keyed by this moment so each "better" gets its own question.
    await scheduleFollowup(tx, concern, now, now.getTime());
  }
  return [
    {
      type: 'concern.changed',
      record: await loadConcernRecord(tx, concern.id),
      change: 'followup_answered',
    },
  ];
}

import { createHash } from 'node:crypto';
import type { Deps } from '../../deps';
import { AppError, forbidden } from '../../errors';
import { consume } from '../../limits/limiters';
import { requireMembership } from '../../domain/membership/memberships';
import { moveConcern } from '../../domain/concerns/moves';
import { postToThread } from '../../domain/concerns/delivery';
import { needsStaffFirst } from '../../protocol/ladder';
import { loadConcernRecord, userOf } from '../../domain/concerns/records';
import { t } from '../../i18n/catalogue';
import { createConcern, mayReport } from '../../domain/concerns/report';
import type { z } from 'zod';
import type { ReporterConcern, reportConcernSchema } from '../../protocol/concerns';
import { presentReporterConcern } from './presenters';
import { transactionRunner } from './access';

/**
 * A web report's ref: the same for a retry of the same report (client id), short and made of
 * characters that fit in Buurtbot's button values.
 */
function webRef(userId: string, clientId: string): string {
  return `web-${createHash('sha256').update(`${userId}:${clientId}`).digest('base64url').slice(0, 32)}`;
}

/** A resident's report from the web: stored, and the chosen step taken when it can be. */
export async function reportConcern(
  deps: Deps,
  userId: string,
  input: z.output<typeof reportConcernSchema>,
): Promise<ReporterConcern> {
  const { db, clock, limiters } = deps;
  const run = transactionRunner(deps);
  await consume(limiters.actions, userId);
  const membership = await requireMembership(db, userId, input.projectId);
  if (!mayReport(membership.role)) throw forbidden();
  return run(async (tx) => {
    const { concern, created, events } = await createConcern(tx, clock, {
      projectId: input.projectId,
      reporterId: userId,
      reporterRole: membership.role,
      ref: webRef(userId, input.clientId),
      source: 'web',
      category: input.category,
      description: input.description,
      whenText: input.when,
      frequency: input.frequency,
      effect: input.effect,
      unitLabel: input.unit,
      talked: input.talked,
      unsafe: input.unsafe,
    });
    // Aggression, threats or fear never wait at intake, and never go to a step without
    // staff first: they go to staff with an alert, and the reporter hears why.
    const staffFirst =
      created &&
      needsStaffFirst({
        flags: concern.flags,
        unsafe: concern.unsafe,
        text: `${input.description} ${input.effect ?? ''}`,
      }) &&
      input.step !== 'begeleiding';
    const to = staffFirst || input.unsafe ? 'begeleiding' : input.step;
    if (created && to) {
      // The report is kept even when the chosen step cannot be taken (e.g. nobody lives at
      // that number): the step is tried in a savepoint, and the concern stays at intake.
      try {
        const moved = await tx.transaction((sp) =>
          moveConcern(sp, clock, {
            concernId: concern.id,
            to,
            actor: 'reporter',
            actorId: userId,
            unitLabel: input.unit,
            named: input.named,
          }),
        );
        events.push(...moved.events);
        if (staffFirst && input.step) {
          const locale = (await userOf(tx, userId))?.locale ?? 'nl';
          const step = t(locale, `concerns.step.${input.step}`);
          events.push(
            ...(await postToThread(
              tx,
              clock,
              concern,
              t(locale, 'concerns.thread.staff_first', { step }),
            )),
          );
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    }
    return {
      result: presentReporterConcern(await loadConcernRecord(tx, concern.id)),
      events,
    };
  });
}

import { and, eq } from 'drizzle-orm';
import { alerts, concerns, memberships } from '../../../db/schema';
import type { Tx } from '../../../db/database';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { AppError } from '../../errors';
import {
  acknowledgeAlert,
  claimAlert,
  resolveAlert,
  takeConcern,
} from '../../domain/concerns/alerts';
import { findUnit } from '../../domain/concerns/units';
import {
  loadAlertRecord,
  loadConcernRecord,
  recordEvent,
  type ConcernRow,
} from '../../domain/concerns/records';
import type { z } from 'zod';
import type { StaffAlert, StaffConcern, concernTargetSchema } from '../../protocol/concerns';
import { presentAlert, presentStaffConcern } from './presenters';
import { alertFor, requireStaffFor, staffView, transactionRunner } from './access';

/** The columns a staff member's target change sets; a target must be a member of the project. */
async function targetChange(
  tx: Tx,
  concern: ConcernRow,
  input: z.output<typeof concernTargetSchema>,
  now: Date,
): Promise<Partial<typeof concerns.$inferInsert>> {
  const set: Partial<typeof concerns.$inferInsert> = { updatedAt: now };
  if (input.unit !== undefined) {
    const unit = input.unit ? await findUnit(tx, concern.projectId, input.unit) : undefined;
    set.unitId = unit?.id ?? null;
    set.unitLabel = input.unit ? (unit?.label ?? input.unit) : null;
  }
  if (input.targetUserId !== undefined) {
    if (input.targetUserId) {
      const [member] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, input.targetUserId),
            eq(memberships.projectId, concern.projectId),
          ),
        )
        .limit(1);
      if (!member)
        throw new AppError('validation_failed', { targetUserId: { key: 'fields.invalid' } });
    }
    set.targetUserId = input.targetUserId;
  }
  return set;
}

/** Staff taking hold: claiming a concern, setting whom it is about, acting on alerts. */
export function staffActions(deps: Deps) {
  const { clock } = deps;
  const run = transactionRunner(deps);

  return {
    async claim(userId: string, concernId: string): Promise<StaffConcern> {
      return run(async (tx) => {
        const concern = await requireStaffFor(tx, userId, concernId);
        if (concern.handlerId && concern.handlerId !== userId)
          throw new AppError('conflict', {
            concernId: { key: 'concerns.refusal.already_claimed' },
          });
        const events = await takeConcern(tx, clock, concernId, userId);
        const alertEvents: DomainEvent[] = [];
        for (const alert of await tx
          .select({ id: alerts.id })
          .from(alerts)
          .where(eq(alerts.concernId, concernId)))
          alertEvents.push({
            type: 'alert.changed',
            record: await loadAlertRecord(tx, alert.id),
            change: 'claimed',
          });
        return { result: await staffView(tx, concernId), events: [...events, ...alertEvents] };
      });
    },

    async target(
      userId: string,
      input: z.output<typeof concernTargetSchema>,
    ): Promise<StaffConcern> {
      return run(async (tx) => {
        const concern = await requireStaffFor(tx, userId, input.concernId);
        const set = await targetChange(tx, concern, input, clock.now());
        await tx.update(concerns).set(set).where(eq(concerns.id, concern.id));
        await recordEvent(tx, {
          concernId: concern.id,
          actorId: userId,
          actorKind: 'staff',
          type: 'target_set',
          at: clock.now(),
        });
        const record = await loadConcernRecord(tx, concern.id);
        return {
          result: presentStaffConcern(record),
          events: [{ type: 'concern.changed', record, change: 'target_set' }],
        };
      });
    },

    async alertAction(
      userId: string,
      alertId: string,
      action: 'claim' | 'acknowledge' | 'resolve',
    ): Promise<StaffAlert> {
      return run(async (tx) => {
        await alertFor(tx, userId, alertId);
        const input = { alertId, staffId: userId };
        const events =
          action === 'claim'
            ? await claimAlert(tx, clock, input)
            : action === 'acknowledge'
              ? await acknowledgeAlert(tx, clock, input)
              : await resolveAlert(tx, clock, input);
        return { result: presentAlert(await loadAlertRecord(tx, alertId)), events };
      });
    },
  };
}

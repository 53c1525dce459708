import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { alerts, concerns, memberships } from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { AppError, forbidden, notFound } from '../../errors';
import { consume } from '../../limits/limiters';
import { requireMembership, requireRole } from '../../domain/membership/memberships';
import {
  acknowledgeAlert,
  claimAlert,
  resolveAlert,
  takeConcern,
} from '../../domain/concerns/alerts';
import { answerConsent, requestConsent } from '../../domain/concerns/consent';
import { advancePhase } from '../../domain/concerns/mediation';
import { moveConcern } from '../../domain/concerns/moves';
import { postToThread } from '../../domain/concerns/delivery';
import { needsStaffFirst } from '../../protocol/ladder';
import { userOf } from '../../domain/concerns/records';
import { t } from '../../i18n/catalogue';
import { addNote } from '../../domain/concerns/notes';
import { listMine, staffDetail, staffFeed } from '../../domain/concerns/queries';
import {
  findConcern,
  loadAlertRecord,
  loadConcernRecord,
  recordEvent,
  type ConcernRecord,
  type ConcernRow,
} from '../../domain/concerns/records';
import { createConcern, mayReport } from '../../domain/concerns/report';
import { resolveConcern } from '../../domain/concerns/resolve';
import { findUnit } from '../../domain/concerns/units';
import type { z } from 'zod';
import type {
  ConcernView,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
  StaffConcernDetail,
  StaffFeed,
  concernNoteSchema,
  concernTargetSchema,
  consentAnswerSchema,
  mediationPhaseMoveSchema,
  moveConcernSchema,
  reportConcernSchema,
  resolveConcernSchema,
} from '../../protocol/concerns';
import { isStaffRole, type Role } from '../../protocol/roles';
import {
  presentAlert,
  presentAuditEntry,
  presentNote,
  presentReporterConcern,
  presentStaffConcern,
} from '../../presenters/concerns';

type Input<S extends z.ZodType> = z.output<S>;

/**
 * A web report's ref: the same for a retry of the same report (client id), short and made of
 * characters that fit in Buurtbot's button values.
 */
export function webRef(userId: string, clientId: string): string {
  return `web-${createHash('sha256').update(`${userId}:${clientId}`).digest('base64url').slice(0, 32)}`;
}

/**
 * The concerns area's use cases, shared by the HTTP routes and the socket handlers: authorise,
 * run the domain functions in one transaction, publish their events after commit, present the
 * result for the caller (staff view or the reporter's own view).
 */
export function concernService(deps: Deps) {
  const { db, clock, dispatcher, limiters } = deps;

  async function run<T>(
    work: (tx: Tx) => Promise<{ result: T; events: DomainEvent[] }>,
  ): Promise<T> {
    const { result, events } = await db.transaction(work);
    for (const event of events) await dispatcher.publish(event);
    return result;
  }

  /** Who the caller is for this concern: staff, its reporter, or nobody (not found). */
  async function actorFor(
    tx: Executor,
    userId: string,
    concernId: string,
  ): Promise<{ concern: ConcernRow; actor: 'staff' | 'reporter'; role: Role }> {
    const concern = await findConcern(tx, concernId);
    if (!concern) throw notFound();
    const membership = await requireMembership(tx, userId, concern.projectId).catch(() => {
      throw notFound();
    });
    if (isStaffRole(membership.role)) return { concern, actor: 'staff', role: membership.role };
    if (concern.reporterId === userId) return { concern, actor: 'reporter', role: membership.role };
    // Anyone else learns nothing, not even that it exists.
    throw notFound();
  }

  async function requireStaffFor(tx: Executor, userId: string, concernId: string) {
    const found = await actorFor(tx, userId, concernId);
    if (found.actor !== 'staff') throw forbidden();
    return found.concern;
  }

  const viewFor = (record: ConcernRecord, actor: 'staff' | 'reporter'): ConcernView =>
    actor === 'staff' ? presentStaffConcern(record) : presentReporterConcern(record);

  async function staffView(tx: Executor, concernId: string): Promise<StaffConcern> {
    return presentStaffConcern(await loadConcernRecord(tx, concernId));
  }

  async function alertFor(tx: Executor, userId: string, alertId: string) {
    const [alert] = await tx.select().from(alerts).where(eq(alerts.id, alertId)).limit(1);
    if (!alert) throw notFound();
    await requireRole(tx, userId, alert.projectId, isStaffRole).catch(() => {
      throw notFound();
    });
    return alert;
  }

  return {
    async report(
      userId: string,
      input: Input<typeof reportConcernSchema>,
    ): Promise<ReporterConcern> {
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
    },

    async mine(userId: string, projectId: string): Promise<ReporterConcern[]> {
      await requireMembership(db, userId, projectId);
      return (await listMine(db, projectId, userId)).map(presentReporterConcern);
    },

    async feed(userId: string, projectId: string): Promise<StaffFeed> {
      await requireRole(db, userId, projectId, isStaffRole);
      const feed = await staffFeed(db, projectId, clock.now());
      return {
        concerns: feed.concerns.map(presentStaffConcern),
        alerts: feed.alerts.map(presentAlert),
        onCall: feed.onCall,
        rotaGap: feed.rotaGap && {
          startsAt: feed.rotaGap.startsAt?.toISOString() ?? null,
          endsAt: feed.rotaGap.endsAt?.toISOString() ?? null,
        },
      };
    },

    async detail(userId: string, concernId: string): Promise<StaffConcernDetail | ReporterConcern> {
      const { actor } = await actorFor(db, userId, concernId);
      if (actor === 'reporter')
        return presentReporterConcern(await loadConcernRecord(db, concernId));
      const detail = await staffDetail(db, concernId);
      return {
        concern: presentStaffConcern(detail.record),
        notes: detail.notes.map(presentNote),
        audit: detail.audit.map((row) => presentAuditEntry(row, row.actorName)),
        alerts: detail.alerts.map(presentAlert),
      };
    },

    async staffDetail(userId: string, concernId: string): Promise<StaffConcernDetail> {
      const result = await this.detail(userId, concernId);
      if ('view' in result) throw forbidden();
      return result;
    },

    async move(userId: string, input: Input<typeof moveConcernSchema>): Promise<ConcernView> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        const { events } = await moveConcern(tx, clock, {
          concernId: input.concernId,
          to: input.to,
          actor,
          actorId: userId,
          unitLabel: input.unit,
          named: input.named,
        });
        if (actor === 'staff')
          events.push(...(await takeConcern(tx, clock, input.concernId, userId)));
        return { result: viewFor(await loadConcernRecord(tx, input.concernId), actor), events };
      });
    },

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

    async note(userId: string, input: Input<typeof concernNoteSchema>) {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, input.concernId);
        const { note, events } = await addNote(tx, clock, { ...input, authorId: userId });
        return { result: presentNote(note), events };
      });
    },

    async resolve(userId: string, input: Input<typeof resolveConcernSchema>): Promise<ConcernView> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        const { events } = await resolveConcern(tx, clock, {
          concernId: input.concernId,
          outcome: input.outcome,
          actor,
          actorId: userId,
        });
        return { result: viewFor(await loadConcernRecord(tx, input.concernId), actor), events };
      });
    },

    async requestConsent(userId: string, concernId: string): Promise<StaffConcern> {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, concernId);
        const events = await requestConsent(tx, clock, { concernId, staffId: userId });
        return { result: await staffView(tx, concernId), events };
      });
    },

    async consent(
      userId: string,
      input: Input<typeof consentAnswerSchema>,
    ): Promise<ReporterConcern> {
      return run(async (tx) => {
        const { actor } = await actorFor(tx, userId, input.concernId);
        if (actor !== 'reporter') throw forbidden();
        const events = await answerConsent(tx, clock, { ...input, userId });
        return {
          result: presentReporterConcern(await loadConcernRecord(tx, input.concernId)),
          events,
        };
      });
    },

    async mediation(
      userId: string,
      input: Input<typeof mediationPhaseMoveSchema>,
    ): Promise<StaffConcern> {
      return run(async (tx) => {
        await requireStaffFor(tx, userId, input.concernId);
        const events = await advancePhase(tx, clock, {
          concernId: input.concernId,
          to: input.phase,
          actor: 'staff',
          actorId: userId,
        });
        return { result: await staffView(tx, input.concernId), events };
      });
    },

    async target(userId: string, input: Input<typeof concernTargetSchema>): Promise<StaffConcern> {
      return run(async (tx) => {
        const concern = await requireStaffFor(tx, userId, input.concernId);
        const set: Partial<typeof concerns.$inferInsert> = { updatedAt: clock.now() };
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

export type ConcernService = ReturnType<typeof concernService>;

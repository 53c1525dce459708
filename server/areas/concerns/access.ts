import { eq } from 'drizzle-orm';
import { alerts } from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { forbidden, notFound } from '../../errors';
import { requireMembership, requireRole } from '../../domain/membership/memberships';
import {
  findConcern,
  loadConcernRecord,
  type ConcernRecord,
  type ConcernRow,
} from '../../domain/concerns/records';
import type { ConcernView, StaffConcern } from '../../protocol/concerns';
import { isStaffRole, type Role } from '../../protocol/roles';
import { presentReporterConcern, presentStaffConcern } from './presenters';

/** Runs the domain work in one transaction and publishes its events after commit. */
export function transactionRunner(deps: Deps) {
  const { db, dispatcher } = deps;
  return async function run<T>(
    work: (tx: Tx) => Promise<{ result: T; events: DomainEvent[] }>,
  ): Promise<T> {
    const { result, events } = await db.transaction(work);
    for (const event of events) await dispatcher.publish(event);
    return result;
  };
}

/** Who the caller is for this concern: staff, its reporter, or nobody (not found). */
export async function actorFor(
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

export async function requireStaffFor(tx: Executor, userId: string, concernId: string) {
  const found = await actorFor(tx, userId, concernId);
  if (found.actor !== 'staff') throw forbidden();
  return found.concern;
}

export const viewFor = (record: ConcernRecord, actor: 'staff' | 'reporter'): ConcernView =>
  actor === 'staff' ? presentStaffConcern(record) : presentReporterConcern(record);

export async function staffView(tx: Executor, concernId: string): Promise<StaffConcern> {
  return presentStaffConcern(await loadConcernRecord(tx, concernId));
}

export async function alertFor(tx: Executor, userId: string, alertId: string) {
  const [alert] = await tx.select().from(alerts).where(eq(alerts.id, alertId)).limit(1);
  if (!alert) throw notFound();
  await requireRole(tx, userId, alert.projectId, isStaffRole).catch(() => {
    throw notFound();
  });
  return alert;
}

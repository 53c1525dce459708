import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import { memberships, onCallShifts, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { AppError, notFound } from '../../errors';
import { isStaffRole } from '../../protocol/roles';
import type { Person } from './records';

export type ShiftRow = typeof onCallShifts.$inferSelect;

/** The staff member on call in a project at a moment (the latest shift that started wins). */
export async function onCallAt(db: Executor, projectId: string, at: Date): Promise<Person | null> {
  const [row] = await db
    .select({ id: users.id, name: users.displayName })
    .from(onCallShifts)
    .innerJoin(users, eq(users.id, onCallShifts.staffUserId))
    .where(
      and(
        eq(onCallShifts.projectId, projectId),
        lte(onCallShifts.startsAt, at),
        gt(onCallShifts.endsAt, at),
      ),
    )
    .orderBy(desc(onCallShifts.startsAt))
    .limit(1);
  return row ?? null;
}

/** Shifts that have not ended yet (and the last week's), soonest first. */
export async function listShifts(db: Executor, projectId: string, since: Date) {
  return db
    .select({ shift: onCallShifts, staffName: users.displayName })
    .from(onCallShifts)
    .innerJoin(users, eq(users.id, onCallShifts.staffUserId))
    .where(and(eq(onCallShifts.projectId, projectId), gt(onCallShifts.endsAt, since)))
    .orderBy(asc(onCallShifts.startsAt));
}

async function requireStaffMember(db: Executor, projectId: string, userId: string) {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
    .limit(1);
  if (!member || !isStaffRole(member.role))
    throw new AppError('validation_failed', {
      staffUserId: { key: 'concerns.refusal.not_staff_member' },
    });
}

/** Changes a shift (who, when, note); the end stays after the start. */
export async function updateShift(
  db: Executor,
  input: {
    projectId: string;
    shiftId: string;
    staffUserId?: string | undefined;
    startsAt?: Date | undefined;
    endsAt?: Date | undefined;
    note?: string | undefined;
  },
): Promise<ShiftRow> {
  const [current] = await db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.id, input.shiftId), eq(onCallShifts.projectId, input.projectId)))
    .limit(1);
  if (!current) throw notFound();
  const next = {
    staffUserId: input.staffUserId ?? current.staffUserId,
    startsAt: input.startsAt ?? current.startsAt,
    endsAt: input.endsAt ?? current.endsAt,
    note: input.note ?? current.note,
  };
  if (next.endsAt <= next.startsAt)
    throw new AppError('validation_failed', { endsAt: { key: 'concerns.refusal.shift_order' } });
  if (input.staffUserId) await requireStaffMember(db, input.projectId, input.staffUserId);
  const [row] = await db
    .update(onCallShifts)
    .set(next)
    .where(eq(onCallShifts.id, current.id))
    .returning();
  if (!row) throw notFound();
  return row;
}

export async function addShift(
  db: Executor,
  input: {
    projectId: string;
    staffUserId: string;
    startsAt: Date;
    endsAt: Date;
    note?: string | undefined;
    createdById: string;
    now: Date;
  },
) {
  if (input.endsAt <= input.startsAt)
    throw new AppError('validation_failed', { endsAt: { key: 'concerns.refusal.shift_order' } });
  await requireStaffMember(db, input.projectId, input.staffUserId);
  const [row] = await db
    .insert(onCallShifts)
    .values({
      projectId: input.projectId,
      staffUserId: input.staffUserId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      note: input.note ?? null,
      createdById: input.createdById,
      createdAt: input.now,
    })
    .returning();
  if (!row) throw new Error('shift insert returned nothing');
  return row;
}

export async function removeShift(db: Executor, projectId: string, shiftId: string): Promise<void> {
  const removed = await db
    .delete(onCallShifts)
    .where(and(eq(onCallShifts.id, shiftId), eq(onCallShifts.projectId, projectId)))
    .returning({ id: onCallShifts.id });
  if (removed.length === 0) throw notFound();
}

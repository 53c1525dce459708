import { eq } from 'drizzle-orm';
import { defectHistory, defects } from '../../../db/schema';
import type { Db } from '../../../db/database';
import type { Clock } from '../../clock';
import { AppError, notFound, validationFailed } from '../../errors';
import type { ChangeDefectInput } from '../../protocol/defects';
import type { Role } from '../../protocol/roles';
import { requireMembership } from '../membership/memberships';
import { allowedStatuses, canPlan, canSeeDefect, isClosed, type CaseFacts } from './access';
import {
  isReporter,
  loadDefect,
  type DefectRecord,
  type DefectRow,
  type HistoryItem,
} from './cases';

export function factsOf(defect: DefectRow): CaseFacts {
  return { status: defect.status, forwarded: defect.forwardedAt !== null };
}

/** What a change did, for the notification: the new status (or the same), and what came with it. */
export interface DefectChangeResult {
  record: DefectRecord;
  /** False when nothing changed (a retried request). */
  changed: boolean;
  entry?: HistoryItem;
  /** The planned date was set (a date) or cleared (null); undefined when untouched. */
  plannedChange?: string | null;
  actor: { userId: string; role: Role };
}

const notAllowed = () =>
  new AppError('forbidden', { status: { key: 'defects.error.status_not_allowed' } });

/** The columns a change sets: a new status (with its note, reason and dates), a note, a date. */
function changedColumns(
  row: DefectRow,
  { status, note, reason, plannedFor }: ChangeDefectInput,
  what: { moving: boolean; planning: boolean; noting: boolean },
  now: Date,
): Partial<DefectRow> {
  const next: Partial<DefectRow> = { updatedAt: now };
  if (what.moving) {
    next.status = status;
    next.statusNote = what.noting ? (note ?? null) : null;
    next.rejectReason = status === 'rejected' ? (reason ?? null) : null;
    if (status === 'forwarded' && row.forwardedAt === null) next.forwardedAt = now;
    next.closedAt = isClosed(status) ? now : null;
  } else if (what.noting) {
    next.statusNote = note ?? null;
  }
  if (what.planning) next.plannedFor = plannedFor ?? null;
  return next;
}

/**
 * Moves a case to a status, or (with the same status) adds a note or a planned date. Who may do
 * what is in `access.ts`; a rejection needs a reason. The row is locked while it changes, so two
 * people changing it at once are applied one after the other. Asking for what is already so
 * changes nothing (`changed: false`), which makes retries safe.
 */
export async function changeDefect(
  db: Db,
  clock: Clock,
  input: { defectId: string; userId: string; change: ChangeDefectInput },
): Promise<DefectChangeResult> {
  const current = await loadDefect(db, input.defectId);
  if (!current) throw notFound();
  const membership = await requireMembership(db, input.userId, current.defect.projectId).catch(
    () => {
      throw notFound();
    },
  );
  const actor = { userId: input.userId, role: membership.role };
  if (!canSeeDefect(actor.role, factsOf(current.defect), isReporter(current, actor.userId)))
    throw notFound();
  const { status, note, reason, plannedFor } = input.change;
  // Checked again under the row lock below; here so that a refused change is refused first.
  if (status !== current.defect.status) {
    if (!allowedStatuses(actor.role, factsOf(current.defect)).includes(status)) throw notAllowed();
    if (status === 'rejected' && (reason ?? '').length < 3)
      throw validationFailed({ reason: { key: 'defects.error.reason_required' } });
  }

  const now = clock.now();
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(defects)
      .where(eq(defects.id, input.defectId))
      .for('update');
    if (!row) throw notFound();
    const facts = factsOf(row);
    const moving = status !== row.status;
    if (moving && !allowedStatuses(actor.role, facts).includes(status)) throw notAllowed();
    const planning = plannedFor !== undefined && plannedFor !== row.plannedFor;
    const noting = note !== undefined && note !== '' && note !== row.statusNote;
    if (!moving && !planning && !noting) return { changed: false as const };
    // Notes and dates on a status this role may not touch: only with the right to plan.
    if (!moving && !canPlan(actor.role, facts)) throw notAllowed();
    if (moving && planning && !canPlan(actor.role, { ...facts, status }) && plannedFor !== null)
      throw notAllowed();

    const next = changedColumns(row, input.change, { moving, planning, noting }, now);
    await tx.update(defects).set(next).where(eq(defects.id, row.id));
    const historyNote = moving && status === 'rejected' ? (reason ?? null) : noting ? note : null;
    const [entry] = await tx
      .insert(defectHistory)
      .values({
        defectId: row.id,
        actorId: actor.userId,
        actorRole: actor.role,
        fromStatus: row.status,
        toStatus: status,
        note: historyNote ?? null,
        plannedFor: planning ? (plannedFor ?? null) : null,
        createdAt: now,
      })
      .returning();
    return {
      changed: true as const,
      entryId: entry?.id,
      plannedChange: planning ? (plannedFor ?? null) : undefined,
    };
  });

  const record = await loadDefect(db, input.defectId);
  if (!record) throw notFound();
  if (!outcome.changed) return { record, changed: false, actor };
  const result: DefectChangeResult = {
    record,
    changed: true,
    entry: record.history.find((h) => h.id === outcome.entryId),
    actor,
  };
  if (outcome.plannedChange !== undefined) result.plannedChange = outcome.plannedChange;
  return result;
}

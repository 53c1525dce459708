import { and, asc, desc, eq, gt, or, sql } from 'drizzle-orm';
import { alerts, concernEvents, concerns, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { ConcernSummary } from '../../protocol/bot-reads';
import { addDays } from '../../clock';
import type { NoteRecord } from '../events/concerns';
import { isMediationExcluded } from '../../protocol/ladder';
import { listNotes } from './notes';
import {
  loadAlertRecord,
  loadConcernRecord,
  type AlertRecord,
  type ConcernRecord,
  type Person,
} from './records';
import { nextRotaGap, type RotaGap } from './coverage';
import { onCallAt } from './rota';

/** How long closed concerns and resolved alerts stay in the live feed. */
const FEED_KEEP_DAYS = 14;

/** A reporter's own concerns, newest first (nobody else's). */
export async function listMine(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<ConcernRecord[]> {
  const rows = await db
    .select({ id: concerns.id })
    .from(concerns)
    .where(and(eq(concerns.projectId, projectId), eq(concerns.reporterId, userId)))
    .orderBy(desc(concerns.createdAt))
    .limit(100);
  return Promise.all(rows.map((r) => loadConcernRecord(db, r.id)));
}

/** The staff feed: open concerns and alerts, and those closed in the last two weeks. */
export async function staffFeed(
  db: Executor,
  projectId: string,
  now: Date,
): Promise<{
  concerns: ConcernRecord[];
  alerts: AlertRecord[];
  onCall: Person | null;
  rotaGap: RotaGap | null;
}> {
  const since = addDays(now, -FEED_KEEP_DAYS);
  const concernRows = await db
    .select({ id: concerns.id })
    .from(concerns)
    .where(
      and(
        eq(concerns.projectId, projectId),
        or(eq(concerns.status, 'open'), gt(concerns.resolvedAt, since)),
      ),
    )
    .orderBy(desc(concerns.updatedAt))
    .limit(200);
  const alertRows = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(
      and(
        eq(alerts.projectId, projectId),
        or(sql`${alerts.status} <> 'resolved'`, gt(alerts.resolvedAt, since)),
      ),
    )
    .orderBy(desc(alerts.createdAt))
    .limit(200);
  const [concernRecords, alertRecords, onCall, rotaGap] = await Promise.all([
    Promise.all(concernRows.map((r) => loadConcernRecord(db, r.id))),
    Promise.all(alertRows.map((r) => loadAlertRecord(db, r.id))),
    onCallAt(db, projectId, now),
    nextRotaGap(db, projectId, now),
  ]);
  return { concerns: concernRecords, alerts: alertRecords, onCall, rotaGap };
}

export interface AuditRow {
  id: string;
  type: string;
  actorKind: 'reporter' | 'staff' | 'system' | 'neighbour' | 'corporation';
  actorName: string | null;
  fromStep: (typeof concernEvents.$inferSelect)['fromStep'];
  toStep: (typeof concernEvents.$inferSelect)['toStep'];
  detail: Record<string, string | number | boolean | null> | null;
  createdAt: Date;
}

export async function auditTrail(db: Executor, concernId: string): Promise<AuditRow[]> {
  const rows = await db
    .select({ event: concernEvents, actorName: users.displayName })
    .from(concernEvents)
    .leftJoin(users, eq(users.id, concernEvents.actorId))
    .where(eq(concernEvents.concernId, concernId))
    .orderBy(asc(concernEvents.createdAt));
  return rows.map((r) => ({ ...r.event, actorName: r.actorName }));
}

export async function staffDetail(
  db: Executor,
  concernId: string,
): Promise<{
  record: ConcernRecord;
  notes: NoteRecord[];
  audit: AuditRow[];
  alerts: AlertRecord[];
}> {
  const record = await loadConcernRecord(db, concernId);
  const alertRows = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(eq(alerts.concernId, concernId))
    .orderBy(asc(alerts.createdAt));
  const [notes, audit, alertRecords] = await Promise.all([
    listNotes(db, concernId, record.row.projectId),
    auditTrail(db, concernId),
    Promise.all(alertRows.map((r) => loadAlertRecord(db, r.id))),
  ]);
  return { record, notes, audit, alerts: alertRecords };
}

/** For Buurtbot: one of the person's OWN concerns by ref (undefined for anyone else's). */
export async function myConcernSummary(
  db: Executor,
  projectId: string,
  userId: string,
  ref: string,
): Promise<ConcernSummary | undefined> {
  const [row] = await db
    .select()
    .from(concerns)
    .where(
      and(
        eq(concerns.projectId, projectId),
        eq(concerns.reporterId, userId),
        eq(concerns.ref, ref),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  const summary: ConcernSummary = {
    ref: row.ref,
    status: row.status,
    step: row.step,
    category: row.category,
    // A person or a home named; never whether anyone lives there (see moves.ts).
    hasTarget: row.targetUserId !== null || row.unitId !== null || row.unitLabel !== null,
    mediationExcluded: isMediationExcluded(row.category, row.flags),
    consent: row.consentAt !== null,
  };
  if (row.unitLabel) summary.unit = row.unitLabel;
  return summary;
}

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  alerts,
  burenberichten,
  concernEvents,
  concerns,
  corporationCases,
  type corporationCaseUpdates,
  jobs,
  mediationAnswers,
  memberships,
  users,
} from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Locale } from '../../i18n/locale';
import { notFound } from '../../errors';
import type { LadderStep } from '../../protocol/concernTypes';
import type { Role } from '../../protocol/roles';
import { ownWorkerOf } from '../membership/support-links';
import { isMediationExcluded, type LadderFacts } from '../../protocol/ladder';

export type ConcernRow = typeof concerns.$inferSelect;
export type AlertRow = typeof alerts.$inferSelect;
export type BurenberichtRow = typeof burenberichten.$inferSelect;
export type CorporationCaseRow = typeof corporationCases.$inferSelect;
export type CorporationCaseUpdateRow = typeof corporationCaseUpdates.$inferSelect;

/** A case forwarded to the housing corporation, with the status updates it posted back. */
export interface CorporationCaseRecord {
  row: CorporationCaseRow;
  updates: CorporationCaseUpdateRow[];
}

export interface Person {
  id: string;
  name: string;
}

/** A concern with what its presenters need (names, the latest burenbericht, the case, timers). */
export interface ConcernRecord {
  row: ConcernRow;
  reporter: (Person & { role: Role }) | null;
  handler: Person | null;
  targetUser: Person | null;
  burenbericht: BurenberichtRow | null;
  corporationCase: CorporationCaseRow | null;
  mediationAnswers: { party: 'reporter' | 'other'; answer: 'yes' | 'no' }[];
  followupAt: Date | null;
}

export interface AlertRecord {
  row: AlertRow;
  subject: Person | null;
  assignedTo: Person | null;
  /**
   * Why `assignedTo` has it: derived from `support_links` when the record is read (support
   * status is stored there and nowhere else): `own_worker` while they are the subject's own
   * support worker and the alert did not move on to them as the person on call.
   */
  assignedReason: 'own_worker' | 'on_call' | null;
  claimedBy: Person | null;
  acknowledgedBy: Person | null;
  escalatedTo: Person | null;
  concern: { step: LadderStep; category: ConcernRow['category'] } | null;
  escalatesAt: Date | null;
}

export type ActorKind = (typeof concernEvents.$inferInsert)['actorKind'];

/** Locks the concern row for the rest of the transaction (moves, answers and timers serialise). */
export async function lockConcern(tx: Executor, concernId: string): Promise<ConcernRow> {
  const [row] = await tx
    .select()
    .from(concerns)
    .where(eq(concerns.id, concernId))
    .limit(1)
    .for('update');
  if (!row) throw notFound();
  return row;
}

export async function findConcern(
  db: Executor,
  concernId: string,
): Promise<ConcernRow | undefined> {
  const [row] = await db.select().from(concerns).where(eq(concerns.id, concernId)).limit(1);
  return row;
}

export async function findConcernByRef(db: Executor, ref: string): Promise<ConcernRow | undefined> {
  const [row] = await db.select().from(concerns).where(eq(concerns.ref, ref)).limit(1);
  return row;
}

export async function findConcernByThread(
  db: Executor,
  channelId: string,
): Promise<ConcernRow | undefined> {
  const [row] = await db
    .select()
    .from(concerns)
    .where(eq(concerns.threadChannelId, channelId))
    .limit(1);
  return row;
}

/** Appends one line to the audit trail. */
export async function recordEvent(
  tx: Executor,
  entry: {
    concernId: string;
    actorId: string | null;
    actorKind: ActorKind;
    type: string;
    fromStep?: LadderStep | null;
    toStep?: LadderStep | null;
    detail?: Record<string, string | number | boolean | null>;
    at: Date;
  },
): Promise<void> {
  await tx.insert(concernEvents).values({
    concernId: entry.concernId,
    actorId: entry.actorId,
    actorKind: entry.actorKind,
    type: entry.type,
    fromStep: entry.fromStep ?? null,
    toStep: entry.toStep ?? null,
    detail: entry.detail ?? null,
    createdAt: entry.at,
  });
}

async function people(db: Executor, ids: (string | null)[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function latestBurenbericht(
  db: Executor,
  concernId: string,
): Promise<BurenberichtRow | undefined> {
  const [row] = await db
    .select()
    .from(burenberichten)
    .where(eq(burenberichten.concernId, concernId))
    .orderBy(desc(burenberichten.sentAt))
    .limit(1);
  return row;
}

async function pendingJobAt(db: Executor, kind: string, key: string, id: string) {
  const [row] = await db
    .select({ runAt: jobs.runAt })
    .from(jobs)
    .where(
      and(eq(jobs.kind, kind), eq(jobs.status, 'pending'), sql`${jobs.payload}->>${key} = ${id}`),
    )
    .orderBy(jobs.runAt)
    .limit(1);
  return row?.runAt ?? null;
}

export async function loadConcernRecord(db: Executor, concernId: string): Promise<ConcernRecord> {
  const row = await findConcern(db, concernId);
  if (!row) throw notFound();
  const [names, reporterRole, burenbericht, corporationCase, answers, followupAt] =
    await Promise.all([
      people(db, [row.reporterId, row.handlerId, row.targetUserId]),
      row.reporterId ? roleIn(db, row.projectId, row.reporterId) : Promise.resolve(undefined),
      latestBurenbericht(db, row.id),
      db
        .select()
        .from(corporationCases)
        .where(eq(corporationCases.concernId, row.id))
        .limit(1)
        .then((r) => r[0]),
      db
        .select({ party: mediationAnswers.party, answer: mediationAnswers.answer })
        .from(mediationAnswers)
        .where(eq(mediationAnswers.concernId, row.id)),
      pendingJobAt(db, 'concern.followup', 'concernId', row.id),
    ]);
  const reporter = row.reporterId ? names.get(row.reporterId) : undefined;
  return {
    row,
    reporter: reporter ? { ...reporter, role: reporterRole ?? row.reporterRole } : null,
    handler: (row.handlerId && names.get(row.handlerId)) || null,
    targetUser: (row.targetUserId && names.get(row.targetUserId)) || null,
    burenbericht: burenbericht ?? null,
    corporationCase: corporationCase ?? null,
    mediationAnswers: answers,
    followupAt,
  };
}

async function assignedReasonOf(
  db: Executor,
  row: AlertRow,
): Promise<AlertRecord['assignedReason']> {
  if (!row.assignedToId) return null;
  if (row.escalatedToId === row.assignedToId || !row.subjectUserId) return 'on_call';
  const own = await ownWorkerOf(db, row.projectId, row.subjectUserId);
  return own?.id === row.assignedToId ? 'own_worker' : 'on_call';
}

export async function loadAlertRecord(db: Executor, alertId: string): Promise<AlertRecord> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, alertId)).limit(1);
  if (!row) throw notFound();
  const [names, concern, escalatesAt] = await Promise.all([
    people(db, [
      row.subjectUserId,
      row.assignedToId,
      row.claimedById,
      row.acknowledgedById,
      row.escalatedToId,
    ]),
    row.concernId ? findConcern(db, row.concernId) : Promise.resolve(undefined),
    row.escalatedAt || row.claimedAt || row.resolvedAt
      ? Promise.resolve(null)
      : pendingJobAt(db, 'alert.escalate', 'alertId', row.id),
  ]);
  const get = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    row,
    subject: get(row.subjectUserId),
    assignedTo: get(row.assignedToId),
    assignedReason: await assignedReasonOf(db, row),
    claimedBy: get(row.claimedById),
    acknowledgedBy: get(row.acknowledgedById),
    escalatedTo: get(row.escalatedToId),
    concern: concern ? { step: concern.step, category: concern.category } : null,
    escalatesAt,
  };
}

export async function roleIn(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<Role | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role;
}

export async function userOf(
  db: Executor,
  userId: string,
): Promise<{ id: string; name: string; locale: Locale } | undefined> {
  const [row] = await db
    .select({ id: users.id, name: users.displayName, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/** Members of the project with one of these roles (e.g. the corporation members). */
export async function memberIdsWithRole(
  db: Executor,
  projectId: string,
  roles: Role[],
): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), inArray(memberships.role, roles)));
  return rows.map((r) => r.userId);
}

/** The facts the ladder needs about a concern (recipients counted by the caller). */
export function factsOf(row: ConcernRow, hasTarget: boolean): LadderFacts {
  return {
    status: row.status,
    mediationExcluded: isMediationExcluded(row.category, row.flags),
    consent: row.consentAt !== null,
    hasTarget,
  };
}

/** Open alerts of a concern. */
export async function openAlertsOf(db: Executor, concernId: string): Promise<AlertRow[]> {
  return db
    .select()
    .from(alerts)
    .where(and(eq(alerts.concernId, concernId), sql`${alerts.status} <> 'resolved'`));
}

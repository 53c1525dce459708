import { and, asc, desc, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import {
  defectHistory,
  defectPhotos,
  defectReports,
  defectSpaces,
  defects,
  projects,
  users,
} from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { AppError, conflict, forbidden, notFound } from '../../errors';
import type { Locale } from '../../i18n/locale';
import {
  closedStatuses,
  type DefectSince,
  type DefectStatus,
  type DefectUrgency,
  type SimilarDefect,
  type UrgentKind,
} from '../../protocol/defects';
import type { Role } from '../../protocol/roles';
import { findMembership, requireMembership } from '../membership/memberships';
import { canReportDefect, isClosed, managesDefects } from './access';
import { rankSimilar } from './similarity';
import { ownUnitOf, requireOpenSpace } from './spaces';

export type DefectRow = typeof defects.$inferSelect;

export interface ReporterEntry {
  reportId: string;
  userId: string;
  name: string;
  kind: 'first' | 'me_too';
  locale: Locale;
  note: string | null;
  createdAt: Date;
}

export interface PhotoEntry {
  id: string;
  reportId: string;
  mime: string;
  createdAt: Date;
}

export interface HistoryItem {
  id: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: Role | null;
  fromStatus: DefectStatus | null;
  toStatus: DefectStatus;
  note: string | null;
  plannedFor: string | null;
  createdAt: Date;
}

/** A case with everything presenters, exports and notifications need (never photo bytes). */
export interface DefectRecord {
  defect: DefectRow;
  projectName: string;
  spaceName: string | null;
  reporters: ReporterEntry[];
  photos: PhotoEntry[];
  history: HistoryItem[];
}

/** The reference people can say on the phone: "G-12" (G for gebrek). */
export const defectRef = (number: number) => `G-${number}`;

/** Loads cases with their reporters, photos and history, in the order of `ids`. */
export async function loadDefects(db: Executor, ids: string[]): Promise<DefectRecord[]> {
  if (ids.length === 0) return [];
  const [rows, reporters, photos, history] = await Promise.all([
    db
      .select({ defect: defects, projectName: projects.name, spaceName: defectSpaces.name })
      .from(defects)
      .innerJoin(projects, eq(projects.id, defects.projectId))
      .leftJoin(defectSpaces, eq(defectSpaces.id, defects.spaceId))
      .where(inArray(defects.id, ids)),
    db
      .select({
        defectId: defectReports.defectId,
        reportId: defectReports.id,
        userId: defectReports.userId,
        name: users.displayName,
        kind: defectReports.kind,
        locale: defectReports.locale,
        note: defectReports.note,
        createdAt: defectReports.createdAt,
      })
      .from(defectReports)
      .innerJoin(users, eq(users.id, defectReports.userId))
      .where(inArray(defectReports.defectId, ids))
      .orderBy(asc(defectReports.createdAt), asc(defectReports.id)),
    db
      .select({
        defectId: defectPhotos.defectId,
        id: defectPhotos.id,
        reportId: defectPhotos.reportId,
        mime: defectPhotos.mime,
        createdAt: defectPhotos.createdAt,
      })
      .from(defectPhotos)
      .where(inArray(defectPhotos.defectId, ids))
      .orderBy(asc(defectPhotos.createdAt)),
    db
      .select({
        defectId: defectHistory.defectId,
        id: defectHistory.id,
        actorId: defectHistory.actorId,
        actorName: users.displayName,
        actorRole: defectHistory.actorRole,
        fromStatus: defectHistory.fromStatus,
        toStatus: defectHistory.toStatus,
        note: defectHistory.note,
        plannedFor: defectHistory.plannedFor,
        createdAt: defectHistory.createdAt,
      })
      .from(defectHistory)
      .leftJoin(users, eq(users.id, defectHistory.actorId))
      .where(inArray(defectHistory.defectId, ids))
      .orderBy(asc(defectHistory.createdAt), asc(defectHistory.id)),
  ]);
  const byId = new Map(rows.map((r) => [r.defect.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        defect: row.defect,
        projectName: row.projectName,
        spaceName: row.spaceName,
        reporters: reporters.filter((r) => r.defectId === id).map(({ defectId: _d, ...r }) => r),
        photos: photos.filter((p) => p.defectId === id).map(({ defectId: _d, ...p }) => p),
        history: history.filter((h) => h.defectId === id).map(({ defectId: _d, ...h }) => h),
      },
    ];
  });
}

export async function loadDefect(db: Executor, id: string): Promise<DefectRecord | undefined> {
  const [record] = await loadDefects(db, [id]);
  return record;
}

export function isReporter(record: DefectRecord, userId: string): boolean {
  return record.reporters.some((r) => r.userId === userId);
}

export function placeName(record: DefectRecord): string {
  return record.spaceName ?? record.defect.unitLabel ?? '';
}

export interface NewDefect {
  projectId: string;
  userId: string;
  clientId: string;
  place: { kind: 'space'; spaceId: string } | { kind: 'unit' };
  what: string;
  since: DefectSince;
  urgency: DefectUrgency;
  /**
   * The kind of urgent repair (a leak, no heating, gas), when the caller recognised one: the
   * defects area reads it from `what` with Buurtbot's detector, or the bot gives it. A kind makes
   * the report urgent.
   */
  urgentKind?: UrgentKind;
  locale: Locale;
}

class DuplicateReport extends Error {}

async function findByClientId(db: Executor, userId: string, clientId: string) {
  const [row] = await db
    .select({ defectId: defectReports.defectId })
    .from(defectReports)
    .where(and(eq(defectReports.userId, userId), eq(defectReports.clientId, clientId)))
    .limit(1);
  return row;
}

async function existingReport(db: Executor, input: NewDefect) {
  const found = await findByClientId(db, input.userId, input.clientId);
  if (!found) return undefined;
  const record = await loadDefect(db, found.defectId);
  if (!record || record.defect.projectId !== input.projectId) throw conflict();
  return { record, created: false };
}

/** The project's next case number; one at a time per project: the project row is the lock. */
async function nextCaseNumber(tx: Executor, projectId: string): Promise<number> {
  await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.id, projectId))
    .for('update');
  const [last] = await tx
    .select({ max: sql<number>`coalesce(max(${defects.number}), 0)`.mapWith(Number) })
    .from(defects)
    .where(eq(defects.projectId, projectId));
  return (last?.max ?? 0) + 1;
}

/**
 * Makes a new case, with its first reporter and the first history entry, in one transaction.
 * A retry with the same client id returns the case made the first time (`created: false`).
 * A water leak, no heating (October-April) or gas smell in the words makes it urgent.
 */
export async function reportDefect(
  db: Db,
  clock: Clock,
  input: NewDefect,
): Promise<{ record: DefectRecord; created: boolean }> {
  const again = await existingReport(db, input);
  if (again) return again;
  const membership = await requireMembership(db, input.userId, input.projectId);
  if (!canReportDefect(membership.role)) throw forbidden();
  const now = clock.now();
  const space =
    input.place.kind === 'space'
      ? await requireOpenSpace(db, input.projectId, input.place.spaceId)
      : undefined;
  const unit =
    input.place.kind === 'unit' ? await ownUnitOf(db, input.projectId, input.userId) : null;
  const urgentKind = input.urgentKind ?? null;
  const urgency: DefectUrgency = urgentKind ? 'urgent' : input.urgency;

  let defectId: string;
  try {
    defectId = await db.transaction(async (tx) => {
      const number = await nextCaseNumber(tx, input.projectId);
      const [defect] = await tx
        .insert(defects)
        .values({
          projectId: input.projectId,
          number,
          placeKind: input.place.kind,
          spaceId: space?.id ?? null,
          unitId: unit?.id ?? null,
          unitLabel: unit?.label ?? null,
          what: input.what,
          since: input.since,
          urgency,
          urgentKind,
          createdBy: input.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!defect) throw new Error('defect insert returned nothing');
      const [report] = await tx
        .insert(defectReports)
        .values({
          defectId: defect.id,
          userId: input.userId,
          kind: 'first',
          clientId: input.clientId,
          locale: input.locale,
          createdAt: now,
        })
        .onConflictDoNothing({ target: [defectReports.userId, defectReports.clientId] })
        .returning();
      if (!report) throw new DuplicateReport();
      await tx.insert(defectHistory).values({
        defectId: defect.id,
        actorId: input.userId,
        actorRole: membership.role,
        fromStatus: null,
        toStatus: 'open',
        createdAt: now,
      });
      return defect.id;
    });
  } catch (error) {
    if (!(error instanceof DuplicateReport)) throw error;
    const raced = await existingReport(db, input);
    if (!raced) throw error;
    return raced;
  }
  const record = await loadDefect(db, defectId);
  if (!record) throw new Error('stored defect vanished');
  return { record, created: true };
}

/**
 * Can this person say "me too" to this case? Any member who may report, for an open case in a
 * shared space; for a case in a home, only people of that same home.
 */
async function requireMeTooAllowed(db: Executor, record: DefectRecord, userId: string) {
  const membership = await findMembership(db, userId, record.defect.projectId);
  // Someone outside the project may not learn that the case exists: the answer for an unknown id.
  if (!membership) throw notFound();
  if (!canReportDefect(membership.role)) throw forbidden();
  if (record.defect.placeKind === 'unit' && !isReporter(record, userId)) {
    const unit = await ownUnitOf(db, record.defect.projectId, userId);
    if (!unit || unit.id !== record.defect.unitId) throw notFound();
  }
  if (isClosed(record.defect.status))
    throw new AppError('conflict', { status: { key: 'defects.error.status_not_allowed' } });
  return membership;
}

/** "Me too": the person is counted on the case and hears about its changes. Safe to repeat. */
export async function addMeToo(
  db: Db,
  clock: Clock,
  input: { defectId: string; userId: string; locale: Locale; note?: string },
): Promise<{ record: DefectRecord; added: boolean }> {
  const record = await loadDefect(db, input.defectId);
  if (!record) throw notFound();
  if (isReporter(record, input.userId)) return { record, added: false };
  await requireMeTooAllowed(db, record, input.userId);
  const now = clock.now();
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(defectReports)
      .values({
        defectId: input.defectId,
        userId: input.userId,
        kind: 'me_too',
        locale: input.locale,
        note: input.note ?? null,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [defectReports.defectId, defectReports.userId] })
      .returning();
    if (rows.length > 0)
      await tx.update(defects).set({ updatedAt: now }).where(eq(defects.id, input.defectId));
    return rows.length > 0;
  });
  const updated = await loadDefect(db, input.defectId);
  if (!updated) throw notFound();
  return { record: updated, added: inserted };
}

/** At most this many open cases of one place are compared (newest first). */
const SIMILAR_CANDIDATES = 50;

/**
 * Open cases in the same place that look like `description` (see `similarity.ts`), for the
 * "me too" suggestion. The same place is the same shared space, or for a home the same home.
 */
export async function findSimilar(
  db: Executor,
  input: { projectId: string; userId: string; spaceId?: string; description: string },
): Promise<SimilarDefect[]> {
  const open = notInArray(defects.status, [...closedStatuses]);
  let where;
  if (input.spaceId) {
    where = and(eq(defects.projectId, input.projectId), eq(defects.spaceId, input.spaceId), open);
  } else {
    const unit = await ownUnitOf(db, input.projectId, input.userId);
    if (!unit) return [];
    where = and(eq(defects.projectId, input.projectId), eq(defects.unitId, unit.id), open);
  }
  const rows = await db
    .select({ id: defects.id })
    .from(defects)
    .where(where)
    .orderBy(desc(defects.createdAt))
    .limit(SIMILAR_CANDIDATES);
  const records = await loadDefects(
    db,
    rows.map((r) => r.id),
  );
  const ranked = rankSimilar(
    input.description,
    records.map((r) => ({ record: r, what: r.defect.what })),
  );
  return ranked.map(({ record, score }) => ({
    id: record.defect.id,
    ref: defectRef(record.defect.number),
    what: record.defect.what,
    placeName: placeName(record),
    status: record.defect.status,
    reporterCount: record.reporters.length,
    meTooCount: Math.max(0, record.reporters.length - 1),
    mine: isReporter(record, input.userId),
    score,
  }));
}

const LIST_LIMIT = 500;

/**
 * The cases a person may list: `mine` (reported or "me too") for anyone; `all` for those who
 * handle cases (the corporation: only what was forwarded to it). Newest first.
 */
export async function listDefects(
  db: Executor,
  input: {
    projectId: string;
    viewer: { userId: string; role: Role };
    scope: 'mine' | 'all';
    status?: DefectStatus;
  },
): Promise<DefectRecord[]> {
  const { projectId, viewer } = input;
  const conditions = [eq(defects.projectId, projectId)];
  if (input.status) conditions.push(eq(defects.status, input.status));
  let ids: { id: string }[];
  if (input.scope === 'mine') {
    ids = await db
      .select({ id: defects.id })
      .from(defects)
      .innerJoin(defectReports, eq(defectReports.defectId, defects.id))
      .where(and(...conditions, eq(defectReports.userId, viewer.userId)))
      .orderBy(desc(defects.createdAt))
      .limit(LIST_LIMIT);
  } else {
    if (viewer.role === 'corporation') conditions.push(isNotNull(defects.forwardedAt));
    else if (!managesDefects(viewer.role)) throw forbidden();
    ids = await db
      .select({ id: defects.id })
      .from(defects)
      .where(and(...conditions))
      .orderBy(desc(defects.createdAt))
      .limit(LIST_LIMIT);
  }
  return loadDefects(
    db,
    ids.map((r) => r.id),
  );
}

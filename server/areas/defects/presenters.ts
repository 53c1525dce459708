import type { DefectRecord } from '../../domain/defects/cases';
import { defectRef } from '../../domain/defects/cases';
import { allowedStatuses, canPlan, seesReporterNames } from '../../domain/defects/access';
import { factsOf } from '../../domain/defects/lifecycle';
import type { DefectHistoryEntry, DefectView, Space } from '../../protocol/defects';
import { publicRoleOf, type Role } from '../../protocol/roles';
import type { SpaceRow } from '../../domain/defects/spaces';

export interface DefectViewer {
  userId: string;
  role: Role;
}

/** Photos are served only to people who may see their case. */
export const photoPath = (photoId: string) => `/api/defect-photos/${photoId}`;

/**
 * The wire form of a case for one viewer. Everyone who may see it sees what, where, the status
 * and its history by public role; reporter names (and who made a change) only support staff.
 * Nothing here says anything about anyone's support.
 */
export function presentDefect(record: DefectRecord, viewer: DefectViewer): DefectView {
  const { defect } = record;
  const facts = factsOf(defect);
  const names = seesReporterNames(viewer.role);
  const mine = record.reporters.find((r) => r.userId === viewer.userId)?.kind ?? null;
  const history: DefectHistoryEntry[] = record.history.map((h) => {
    const entry: DefectHistoryEntry = {
      status: h.toStatus,
      note: h.note,
      plannedFor: h.plannedFor,
      at: h.createdAt.toISOString(),
      byRole: h.actorRole ? publicRoleOf[h.actorRole] : null,
    };
    if (names && h.actorName) entry.byName = h.actorName;
    return entry;
  });
  const view: DefectView = {
    id: defect.id,
    projectId: defect.projectId,
    ref: defectRef(defect.number),
    place:
      defect.placeKind === 'space'
        ? { kind: 'space', spaceId: defect.spaceId ?? '', name: record.spaceName ?? '' }
        : { kind: 'unit', unit: defect.unitLabel },
    what: defect.what,
    since: defect.since,
    urgency: defect.urgency,
    urgentKind: defect.urgentKind,
    status: defect.status,
    statusNote: defect.statusNote,
    rejectReason: defect.rejectReason,
    plannedFor: defect.plannedFor,
    reporterCount: record.reporters.length,
    meTooCount: Math.max(0, record.reporters.length - 1),
    mine,
    photos: record.photos.map((p) => ({ id: p.id, url: photoPath(p.id) })),
    history,
    allowedStatuses: allowedStatuses(viewer.role, facts),
    canPlan: canPlan(viewer.role, facts),
    createdAt: defect.createdAt.toISOString(),
    updatedAt: defect.updatedAt.toISOString(),
  };
  if (names) {
    view.reporters = record.reporters.map((r) => ({
      name: r.name,
      kind: r.kind,
      at: r.createdAt.toISOString(),
    }));
  }
  return view;
}

export function presentSpace(row: SpaceRow): Space {
  return { id: row.id, kind: row.kind, name: row.name, archived: row.archivedAt !== null };
}

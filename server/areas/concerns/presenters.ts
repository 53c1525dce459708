import { allowedMoves } from '../../protocol/ladder';
import type {
  AlertRecord,
  ConcernRecord,
  CorporationCaseRecord,
} from '../../domain/concerns/records';
import { factsOf } from '../../domain/concerns/records';
import type { NoteRecord } from '../../domain/events/concerns';
import type {
  BurenberichtView,
  ConcernAuditEntry,
  ConcernNote,
  CorporationCaseView,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
} from '../../protocol/concerns';
import { chosenSteps, type LadderStep } from '../../protocol/concernTypes';
import { publicRoleOf } from '../../protocol/roles';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function presentBurenbericht(record: ConcernRecord): BurenberichtView | null {
  const b = record.burenbericht;
  if (!b) return null;
  return {
    sentAt: b.sentAt.toISOString(),
    named: b.named,
    replyKind: b.replyKind,
    replyText: b.replyText,
    repliedAt: iso(b.repliedAt),
  };
}

/** Everything about a concern, for staff (support workers and admins) only. */
export function presentStaffConcern(record: ConcernRecord): StaffConcern {
  const { row } = record;
  return {
    view: 'staff',
    id: row.id,
    projectId: row.projectId,
    category: row.category,
    description: row.description,
    whenText: row.whenText,
    frequency: row.frequency,
    effect: row.effect,
    unitLabel: row.unitLabel,
    targetUser: record.targetUser,
    reporter: record.reporter
      ? {
          id: record.reporter.id,
          name: record.reporter.name,
          role: publicRoleOf[record.reporter.role],
        }
      : null,
    named: row.named,
    unsafe: row.unsafe,
    talked: row.talked,
    flags: row.flags,
    source: row.source,
    step: row.step,
    mediationPhase: row.mediationPhase,
    mediationAnswers: record.mediationAnswers,
    status: row.status,
    outcome: row.outcome,
    handler: record.handler,
    consent: {
      requestedAt: iso(row.consentRequestedAt),
      scope: row.consentScope,
      at: iso(row.consentAt),
    },
    burenbericht: presentBurenbericht(record),
    corporationCase: record.corporationCase
      ? {
          id: record.corporationCase.id,
          status: record.corporationCase.status,
          scope: record.corporationCase.scope,
        }
      : null,
    threadChannelId: row.threadChannelId,
    staffMoves:
      row.status === 'open'
        ? allowedMoves(row.step, 'staff', factsOf(row, true), ['consent_required'])
        : [],
    followupAt: iso(record.followupAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    stepChangedAt: row.stepChangedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    anonymised: row.anonymisedAt !== null,
  };
}

/**
 * A concern as its own reporter sees it. No flags, no notes, no person concerned, no reporter
 * identity fields (it is theirs), no support information of anyone.
 */
export function presentReporterConcern(record: ConcernRecord): ReporterConcern {
  const { row } = record;
  const myMoves: LadderStep[] =
    row.status === 'open'
      ? allowedMoves(row.step, 'reporter', factsOf(row, row.unitId !== null), [
          'needs_target',
        ]).filter((s) => (chosenSteps as readonly string[]).includes(s))
      : [];
  return {
    view: 'reporter',
    id: row.id,
    projectId: row.projectId,
    category: row.category,
    description: row.description,
    whenText: row.whenText,
    frequency: row.frequency,
    effect: row.effect,
    unitLabel: row.unitLabel,
    named: row.named,
    step: row.step,
    mediationPhase: row.mediationPhase,
    status: row.status,
    outcome: row.outcome,
    handlerName: record.handler?.name ?? null,
    burenbericht: presentBurenbericht(record),
    consentRequested: row.consentRequestedAt !== null && row.consentAt === null,
    consentScope: row.consentScope,
    threadChannelId: row.threadChannelId,
    myMoves,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
  };
}

export function presentAlert(record: AlertRecord): StaffAlert {
  const { row } = record;
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind,
    priority: row.priority,
    status: row.status,
    concernId: row.concernId,
    concernStep: record.concern?.step ?? null,
    category: record.concern?.category ?? null,
    subject: record.subject,
    unitLabel: row.unitLabel,
    summary: row.summary,
    codes: row.codes,
    assignedTo: record.assignedTo,
    assignedReason: record.assignedReason,
    claimedBy: record.claimedBy,
    claimedAt: iso(row.claimedAt),
    acknowledgedBy: record.acknowledgedBy,
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedAt: iso(row.resolvedAt),
    escalatedTo: record.escalatedTo,
    escalatedAt: iso(row.escalatedAt),
    escalatesAt: iso(record.escalatesAt),
    repeatCount: row.repeatCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentNote(note: NoteRecord): ConcernNote {
  return {
    id: note.id,
    concernId: note.concernId,
    author: note.author,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
  };
}

export function presentAuditEntry(
  row: {
    id: string;
    type: string;
    actorKind: ConcernAuditEntry['actorKind'];
    fromStep: LadderStep | null;
    toStep: LadderStep | null;
    detail: Record<string, string | number | boolean | null> | null;
    createdAt: Date;
  },
  actorName: string | null,
): ConcernAuditEntry {
  return {
    id: row.id,
    type: row.type,
    actorKind: row.actorKind,
    actorName,
    fromStep: row.fromStep,
    toStep: row.toStep,
    detail: row.detail,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A forwarded case as the housing corporation sees it: only what the reporter agreed to; the
 * reporter's name and the thread only when they chose to be named.
 */
export function presentCorporationCase({
  row,
  updates,
}: CorporationCaseRecord): CorporationCaseView {
  const s = row.summary;
  const named = row.scope === 'named';
  return {
    id: row.id,
    projectId: row.projectId,
    scope: row.scope,
    status: row.status,
    forwardedAt: row.forwardedAt.toISOString(),
    category: s?.category ?? 'other',
    description: s?.description ?? null,
    whenText: s?.whenText ?? null,
    frequency: s?.frequency ?? null,
    effect: s?.effect ?? null,
    unitLabel: s?.unitLabel ?? null,
    reporterName: named ? (s?.reporterName ?? null) : null,
    steps: s?.steps ?? [],
    thread: named ? (s?.thread ?? []) : [],
    updates: updates.map((u) => ({
      status: u.status,
      body: u.body,
      at: u.createdAt.toISOString(),
    })),
  };
}

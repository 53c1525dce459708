import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  alerts,
  burenberichtRecipients,
  burenberichten,
  channels,
  concernEvents,
  concernNotes,
  concernSettings,
  concerns,
  corporationCaseUpdates,
  corporationCases,
  mediationAnswers,
  mediationPhases,
  messages,
  onCallShifts,
  type CorporationCaseSummary,
} from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';
import { t } from '../../i18n/catalogue';
import type { PersonalDataArea } from '../privacy/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Concerns (meldingen), help requests, care signals and emergencies, burenberichten, mediation,
 * corporation cases and the on-call rota: what the person reported, asked, answered or did.
 * Never who reported them or anyone's notes about them (AVG art. 15(4), the rights of others).
 */
const reports: PersonalDataArea = {
  name: 'concerns',
  tables: [
    'concerns',
    'concern_events',
    'concern_notes',
    'mediation_answers',
    'mediation_phases',
    'concern_settings',
  ],
  async export(db, userId) {
    const mine = await db
      .select()
      .from(concerns)
      .where(eq(concerns.reporterId, userId))
      .orderBy(asc(concerns.createdAt));
    const answers = await db
      .select()
      .from(mediationAnswers)
      .where(eq(mediationAnswers.userId, userId));
    const done = await db
      .select({
        concernId: concernEvents.concernId,
        type: concernEvents.type,
        createdAt: concernEvents.createdAt,
      })
      .from(concernEvents)
      .where(eq(concernEvents.actorId, userId))
      .orderBy(asc(concernEvents.createdAt));
    const notes = await db
      .select({ concernId: concernNotes.concernId, createdAt: concernNotes.createdAt })
      .from(concernNotes)
      .where(eq(concernNotes.authorId, userId));
    const phases = await db
      .select()
      .from(mediationPhases)
      .where(eq(mediationPhases.startedById, userId));
    const settings = await db
      .select({ projectId: concernSettings.projectId, updatedAt: concernSettings.updatedAt })
      .from(concernSettings)
      .where(eq(concernSettings.updatedById, userId));
    return {
      reported: mine.map((c) => ({
        id: c.id,
        projectId: c.projectId,
        source: c.source,
        category: c.category,
        description: c.description,
        whenText: c.whenText,
        frequency: c.frequency,
        effect: c.effect,
        unitLabel: c.unitLabel,
        named: c.named,
        unsafe: c.unsafe,
        talked: c.talked,
        step: c.step,
        status: c.status,
        outcome: c.outcome,
        followupAnswer: c.followupAnswer,
        consentScope: c.consentScope,
        createdAt: iso(c.createdAt),
        resolvedAt: iso(c.resolvedAt),
      })),
      mediationAnswers: answers.map((a) => ({
        concernId: a.concernId,
        answer: a.answer,
        createdAt: iso(a.createdAt),
      })),
      // Staff: what they did on concerns and when (not the notes' text: it is about others).
      actions: done.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
      notesWritten: notes.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
      mediationPhasesStarted: phases.map((p) => ({
        concernId: p.concernId,
        phase: p.phase,
        startedAt: iso(p.startedAt),
      })),
      settingsChanged: settings.map((s) => ({ ...s, updatedAt: iso(s.updatedAt) })),
    };
  },
  /**
   * The person's own reports lose the link to them and their words (description, when, effect),
   * their private thread (reporter and staff) and staff notes on them; the concern itself stays,
   * so staff can finish it and the numbers stay whole. Where they are the person concerned or the
   * handler, only the link goes. Their actions and answers stay without their id.
   */
  async erase(tx, userId) {
    const mine = await tx
      .select({ id: concerns.id, threadChannelId: concerns.threadChannelId })
      .from(concerns)
      .where(eq(concerns.reporterId, userId));
    if (mine.length > 0) {
      const ids = mine.map((c) => c.id);
      const threads = mine.flatMap((c) => (c.threadChannelId ? [c.threadChannelId] : []));
      if (threads.length > 0) await tx.delete(channels).where(inArray(channels.id, threads));
      await tx
        .update(concerns)
        .set({
          reporterId: null,
          description: null,
          whenText: null,
          effect: null,
          threadChannelId: null,
        })
        .where(inArray(concerns.id, ids));
      await tx.delete(concernNotes).where(inArray(concernNotes.concernId, ids));
      // The burenbericht sent for it may name the reporter (when they chose to be named).
      await tx
        .update(burenberichten)
        .set({ body: null })
        .where(inArray(burenberichten.concernId, ids));
    }
    await tx.update(concerns).set({ targetUserId: null }).where(eq(concerns.targetUserId, userId));
    await tx.update(concerns).set({ handlerId: null }).where(eq(concerns.handlerId, userId));
    await tx.update(concernEvents).set({ actorId: null }).where(eq(concernEvents.actorId, userId));
    await tx.update(concernNotes).set({ authorId: null }).where(eq(concernNotes.authorId, userId));
    await tx
      .update(mediationAnswers)
      .set({ userId: null })
      .where(eq(mediationAnswers.userId, userId));
    await tx
      .update(mediationPhases)
      .set({ startedById: null })
      .where(eq(mediationPhases.startedById, userId));
    await tx
      .update(concernSettings)
      .set({ updatedById: null })
      .where(eq(concernSettings.updatedById, userId));
  },
};

/** Help requests, care signals and emergencies the person raised, and alerts they handled. */
const staffAlerts: PersonalDataArea = {
  name: 'helpAndSignals',
  tables: ['alerts'],
  async export(db, userId) {
    const rows = await db
      .select()
      .from(alerts)
      .where(eq(alerts.subjectUserId, userId))
      .orderBy(asc(alerts.createdAt));
    return rows.map((a) => ({
      id: a.id,
      projectId: a.projectId,
      kind: a.kind,
      priority: a.priority,
      status: a.status,
      unitLabel: a.unitLabel,
      summary: a.summary,
      codes: a.codes,
      createdAt: iso(a.createdAt),
      resolvedAt: iso(a.resolvedAt),
    }));
  },
  /**
   * An alert the person raised loses them and their words; Buurtbot's notices about it (staff room, staff members'
   * private notices) are replaced by a neutral line, as they name the person and quote them.
   * Alerts they handled as staff lose their id in every role.
   */
  async erase(tx, userId, { changedMessageIds }) {
    const about = await tx
      .select({ id: alerts.id })
      .from(alerts)
      .where(eq(alerts.subjectUserId, userId));
    if (about.length > 0) {
      const ids = about.map((a) => a.id);
      const notices = await tx
        .update(messages)
        .set({ body: t('nl', 'privacy.erased_notice'), meta: {} })
        .where(
          and(
            sql`${messages.meta}->'about'->>'kind' = 'alert'`,
            inArray(sql`${messages.meta}->'about'->>'id'`, ids),
          ),
        )
        .returning({ id: messages.id });
      for (const notice of notices) changedMessageIds.add(notice.id);
      await tx
        .update(alerts)
        .set({ subjectUserId: null, summary: null })
        .where(inArray(alerts.id, ids));
    }
    await tx.update(alerts).set({ assignedToId: null }).where(eq(alerts.assignedToId, userId));
    for (const [column, set] of [
      [alerts.claimedById, { claimedById: null }],
      [alerts.acknowledgedById, { acknowledgedById: null }],
      [alerts.resolvedById, { resolvedById: null }],
      [alerts.escalatedToId, { escalatedToId: null }],
    ] as const)
      await tx.update(alerts).set(set).where(eq(column, userId));
  },
};

/** Burenberichten delivered to the person and the answers they gave. */
const neighbourMessages: PersonalDataArea = {
  name: 'burenberichten',
  tables: ['burenberichten', 'burenbericht_recipients'],
  async export(db, userId) {
    const rows = await db
      .select({ b: burenberichten })
      .from(burenberichten)
      .leftJoin(
        burenberichtRecipients,
        and(
          eq(burenberichtRecipients.burenberichtId, burenberichten.id),
          eq(burenberichtRecipients.userId, userId),
        ),
      )
      .where(
        or(
          eq(burenberichtRecipients.userId, userId),
          eq(burenberichten.targetUserId, userId),
          eq(burenberichten.repliedById, userId),
        ),
      )
      .orderBy(asc(burenberichten.sentAt));
    return rows.map(({ b }) => ({
      id: b.id,
      body: b.body,
      sentAt: iso(b.sentAt),
      myReply:
        b.repliedById === userId
          ? { kind: b.replyKind, text: b.replyText, at: iso(b.repliedAt) }
          : null,
    }));
  },
  /** Received ones stop pointing at the person; their answer loses its text and its author. */
  async erase(tx, userId) {
    await tx.delete(burenberichtRecipients).where(eq(burenberichtRecipients.userId, userId));
    await tx
      .update(burenberichten)
      .set({ targetUserId: null })
      .where(eq(burenberichten.targetUserId, userId));
    await tx
      .update(burenberichten)
      .set({ replyText: null, repliedById: null })
      .where(eq(burenberichten.repliedById, userId));
  },
};

/** What may name a person in a case the corporation holds. */
function scrubSummary(
  summary: CorporationCaseSummary,
  name: string,
  ownReport: boolean,
): CorporationCaseSummary {
  const removed = t('nl', 'privacy.removed_user');
  const same = (a: string) => a.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
  if (ownReport) {
    // The reporter's words and conversation go; what stays is what the repair needs.
    return {
      ...withoutThread(summary),
      reporterName: null,
      description: null,
      whenText: null,
      effect: null,
    };
  }
  return {
    ...summary,
    reporterName: summary.reporterName && same(summary.reporterName) ? null : summary.reporterName,
    ...(summary.thread
      ? {
          thread: summary.thread.map((m) =>
            same(m.author) ? { ...m, author: removed, body: '' } : m,
          ),
        }
      : {}),
  };
}

function withoutThread(summary: CorporationCaseSummary): Omit<CorporationCaseSummary, 'thread'> {
  const { thread: _thread, ...rest } = summary;
  return rest;
}

/** Cases forwarded to the housing corporation from the person's reports. */
const corporation: PersonalDataArea = {
  name: 'corporationCases',
  tables: ['corporation_cases', 'corporation_case_updates'],
  async export(db, userId) {
    const rows = await db
      .select({ c: corporationCases })
      .from(corporationCases)
      .innerJoin(concerns, eq(concerns.id, corporationCases.concernId))
      .where(eq(concerns.reporterId, userId));
    const out = [];
    for (const { c } of rows) {
      const updates = await db
        .select()
        .from(corporationCaseUpdates)
        .where(eq(corporationCaseUpdates.caseId, c.id))
        .orderBy(asc(corporationCaseUpdates.createdAt));
      out.push({
        id: c.id,
        concernId: c.concernId,
        scope: c.scope,
        status: c.status,
        // The copied conversation holds other people's names and words: not in the export.
        summary: c.summary ? withoutThread(c.summary) : null,
        forwardedAt: iso(c.forwardedAt),
        updates: updates.map((u) => ({
          status: u.status,
          body: u.body,
          createdAt: iso(u.createdAt),
        })),
      });
    }
    const written = await db
      .select({
        caseId: corporationCaseUpdates.caseId,
        createdAt: corporationCaseUpdates.createdAt,
      })
      .from(corporationCaseUpdates)
      .where(eq(corporationCaseUpdates.authorId, userId));
    return {
      fromMyReports: out,
      updatesWritten: written.map((w) => ({ ...w, createdAt: iso(w.createdAt) })),
    };
  },
  /**
   * A case from the person's report keeps what the repair needs (category, home, steps) and
   * loses the reporter's name, words and the copied conversation; in other cases of their
   * projects the person's name and lines in a copied conversation go.
   */
  async erase(tx, userId, { name, projectIds }) {
    const own = new Set(
      (
        await tx
          .select({ id: concerns.id })
          .from(concerns)
          .innerJoin(corporationCases, eq(corporationCases.concernId, concerns.id))
          .where(eq(concerns.reporterId, userId))
      ).map((r) => r.id),
    );
    const cases = await caseRows(tx, projectIds, [...own]);
    for (const c of cases) {
      if (!c.summary) continue;
      const scrubbed = scrubSummary(c.summary, name, own.has(c.concernId));
      if (JSON.stringify(scrubbed) !== JSON.stringify(c.summary))
        await tx
          .update(corporationCases)
          .set({ summary: scrubbed })
          .where(eq(corporationCases.id, c.id));
    }
    await tx
      .update(corporationCases)
      .set({ forwardedById: null })
      .where(eq(corporationCases.forwardedById, userId));
    await tx
      .update(corporationCaseUpdates)
      .set({ authorId: null })
      .where(eq(corporationCaseUpdates.authorId, userId));
  },
};

async function caseRows(db: Executor, projectIds: string[], concernIds: string[]) {
  const conditions = [];
  if (projectIds.length > 0) conditions.push(inArray(corporationCases.projectId, projectIds));
  if (concernIds.length > 0) conditions.push(inArray(corporationCases.concernId, concernIds));
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(corporationCases)
    .where(or(...conditions));
}

/** The on-call rota: a staff member's shifts. */
const rota: PersonalDataArea = {
  name: 'onCallShifts',
  tables: ['on_call_shifts'],
  async export(db, userId) {
    const rows = await db
      .select()
      .from(onCallShifts)
      .where(eq(onCallShifts.staffUserId, userId))
      .orderBy(asc(onCallShifts.startsAt));
    return rows.map((s) => ({
      projectId: s.projectId,
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      note: s.note,
    }));
  },
  /** Their shifts go (a gap is then announced like any other); shifts they planned stay. */
  async erase(tx: Tx, userId) {
    await tx.delete(onCallShifts).where(eq(onCallShifts.staffUserId, userId));
    await tx
      .update(onCallShifts)
      .set({ createdById: null })
      .where(eq(onCallShifts.createdById, userId));
  },
};

/** The corporation's cases first: they find the person's reports by `reporter_id`, which `reports` clears. */
export const concernsPrivacy: PersonalDataArea[] = [
  corporation,
  reports,
  staffAlerts,
  neighbourMessages,
  rota,
];

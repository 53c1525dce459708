import { and, asc, desc, eq } from 'drizzle-orm';
import {
  concernEvents,
  concerns,
  corporationCaseUpdates,
  corporationCases,
  messages,
  users,
  memberships,
  channels,
  type CorporationCaseSummary,
} from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { forbidden, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { CaseText } from '../../protocol/concerns';
import type { CorporationCaseStatus } from '../../protocol/concernTypes';
import { publicRoleOf } from '../../protocol/roles';
import { postToStaffRoom, postToThread } from './delivery';
import {
  loadConcernRecord,
  lockConcern,
  memberIdsWithRole,
  recordEvent,
  userOf,
  type ConcernRow,
  type CorporationCaseRecord,
  type CorporationCaseRow,
} from './records';
import { projectLocale } from '../projects/locale';

/**
 * The structured case for the housing corporation, made when a concern reaches the corporatie
 * step (only ever with the reporter's consent for this case). What is in it follows that
 * consent: `anonymous` is the case and the steps taken, without the reporter's name or their
 * conversation; `named` adds the name and the thread up to now.
 */
async function caseSummary(tx: Executor, concern: ConcernRow): Promise<CorporationCaseSummary> {
  const named = concern.consentScope === 'named';
  const reporter = named && concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const steps = await tx
    .select({ step: concernEvents.toStep, at: concernEvents.createdAt })
    .from(concernEvents)
    .where(and(eq(concernEvents.concernId, concern.id), eq(concernEvents.type, 'moved')))
    .orderBy(asc(concernEvents.createdAt));
  const summary: CorporationCaseSummary = {
    category: concern.category,
    description: concern.description,
    whenText: concern.whenText,
    frequency: concern.frequency,
    effect: concern.effect,
    unitLabel: concern.unitLabel,
    reporterName: reporter?.name ?? null,
    reportedAt: concern.createdAt.toISOString(),
    steps: steps.flatMap((s) => (s.step ? [{ step: s.step, at: s.at.toISOString() }] : [])),
  };
  if (named && concern.threadChannelId) {
    const rows = await tx
      .select({
        author: users.displayName,
        isBot: users.isBot,
        role: memberships.role,
        body: messages.body,
        at: messages.createdAt,
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .innerJoin(channels, eq(channels.id, messages.channelId))
      .leftJoin(
        memberships,
        and(
          eq(memberships.userId, messages.authorId),
          eq(memberships.projectId, channels.projectId),
        ),
      )
      .where(eq(messages.channelId, concern.threadChannelId))
      .orderBy(asc(messages.seq));
    summary.thread = rows.map((r) => ({
      author: r.author,
      role: r.isBot ? 'bot' : publicRoleOf[r.role ?? 'resident'],
      body: r.body,
      at: r.at.toISOString(),
    }));
  }
  return summary;
}

async function caseRecord(tx: Executor, row: CorporationCaseRow): Promise<CorporationCaseRecord> {
  const updates = await tx
    .select()
    .from(corporationCaseUpdates)
    .where(eq(corporationCaseUpdates.caseId, row.id))
    .orderBy(asc(corporationCaseUpdates.createdAt));
  return { row, updates };
}

async function caseChanged(tx: Executor, row: CorporationCaseRow): Promise<DomainEvent> {
  return {
    type: 'corporation.case_changed',
    projectId: row.projectId,
    corporationUserIds: await memberIdsWithRole(tx, row.projectId, ['corporation']),
    record: await caseRecord(tx, row),
  };
}

export async function forwardToCorporation(
  tx: Executor,
  clock: Clock,
  concern: ConcernRow,
  actorId: string | null,
  caseText?: CaseText,
): Promise<DomainEvent[]> {
  const now = clock.now();
  if (!concern.consentScope || !concern.consentAt) throw forbidden();
  const summary = await caseSummary(tx, concern);
  // The free texts are the ones the reporter checked when saying yes (perhaps changed, e.g. a
  // name taken out); forwarded again later, the case keeps them rather than the raw report.
  const [existing] = await tx
    .select({ summary: corporationCases.summary })
    .from(corporationCases)
    .where(eq(corporationCases.concernId, concern.id))
    .limit(1);
  const checked: CaseText | undefined =
    caseText ??
    (existing?.summary
      ? {
          description: existing.summary.description ?? '',
          when: existing.summary.whenText,
          effect: existing.summary.effect,
        }
      : undefined);
  if (checked) {
    summary.description = checked.description || null;
    summary.whenText = checked.when ?? null;
    summary.effect = checked.effect ?? null;
  }
  const [row] = await tx
    .insert(corporationCases)
    .values({
      concernId: concern.id,
      projectId: concern.projectId,
      scope: concern.consentScope,
      summary,
      status: 'received',
      forwardedById: actorId,
      forwardedAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: corporationCases.concernId,
      set: {
        scope: concern.consentScope,
        summary,
        forwardedById: actorId,
        forwardedAt: now,
        updatedAt: now,
      },
    })
    .returning();
  if (!row) throw new Error('case insert returned nothing');
  await recordEvent(tx, {
    concernId: concern.id,
    actorId,
    actorKind: actorId ? 'staff' : 'reporter',
    type: 'forwarded',
    detail: { scope: concern.consentScope },
    at: now,
  });
  return [await caseChanged(tx, row)];
}

/** The cases forwarded to the corporation in this project (nothing else of the project). */
export async function listCorporationCases(
  db: Executor,
  projectId: string,
): Promise<CorporationCaseRecord[]> {
  const rows = await db
    .select()
    .from(corporationCases)
    .where(eq(corporationCases.projectId, projectId))
    .orderBy(desc(corporationCases.forwardedAt));
  return Promise.all(rows.map((row) => caseRecord(db, row)));
}

/**
 * The corporation posts a status back: staff see it in the audit trail and the feed, the
 * reporter in their thread.
 */
export async function postCaseUpdate(
  tx: Executor,
  clock: Clock,
  input: {
    projectId: string;
    caseId: string;
    authorId: string;
    status: CorporationCaseStatus;
    body?: string | undefined;
  },
): Promise<{ record: CorporationCaseRecord; events: DomainEvent[] }> {
  const now = clock.now();
  const [row] = await tx
    .select()
    .from(corporationCases)
    .where(
      and(eq(corporationCases.id, input.caseId), eq(corporationCases.projectId, input.projectId)),
    )
    .limit(1)
    .for('update');
  if (!row) throw notFound();
  await tx.insert(corporationCaseUpdates).values({
    caseId: row.id,
    authorId: input.authorId,
    status: input.status,
    body: input.body ?? null,
    createdAt: now,
  });
  const [updated] = await tx
    .update(corporationCases)
    .set({ status: input.status, updatedAt: now })
    .where(eq(corporationCases.id, row.id))
    .returning();
  const concern = await lockConcern(tx, row.concernId);
  await tx.update(concerns).set({ updatedAt: now }).where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.authorId,
    actorKind: 'corporation',
    type: 'corporation_status',
    detail: { status: input.status },
    at: now,
  });
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const locale = reporter?.locale ?? 'nl';
  const lines = [
    t(locale, 'concerns.thread.corporation_status', {
      status: t(locale, `concerns.corp_status.${input.status}`),
    }),
  ];
  if (input.body) lines.push(t(locale, 'concerns.thread.corporation_note', { text: input.body }));
  const staffLocale = await projectLocale(tx, concern.projectId);
  const events: DomainEvent[] = [
    ...(await postToThread(tx, clock, concern, lines.join('\n'))),
    ...(await postToStaffRoom(
      tx,
      clock,
      concern.projectId,
      t(staffLocale, 'concerns.staff.corporation_update', {
        status: t(staffLocale, `concerns.corp_status.${input.status}`),
      }),
    )),
    {
      type: 'concern.changed',
      record: await loadConcernRecord(tx, concern.id),
      change: 'corporation_status',
    },
  ];
  const current = updated ?? row;
  events.push(await caseChanged(tx, current));
  return { record: await caseRecord(tx, current), events };
}

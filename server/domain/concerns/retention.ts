import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import {
  alerts,
  burenberichtRecipients,
  burenberichten,
  channels,
  concernEvents,
  concernNotes,
  concerns,
  corporationCaseUpdates,
  corporationCases,
  mediationAnswers,
  projects,
} from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { addDays } from '../../clock';
import { scheduleJob } from '../../scheduler/scheduler';
import { recordEvent } from './records';

export const CONCERN_RETENTION = 'concern.retention';

/** The next daily run: 03:00 UTC after `now`. */
export function nextRetentionRun(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3));
  return next > now ? next : addDays(next, 1);
}

export async function scheduleRetention(db: Executor, now: Date): Promise<void> {
  const runAt = nextRetentionRun(now);
  await scheduleJob(db, {
    kind: CONCERN_RETENTION,
    runAt,
    dedupeKey: `${CONCERN_RETENTION}:${runAt.toISOString().slice(0, 10)}`,
  });
}

/**
 * Anonymises closed concerns older than their project's retention period: the link to the
 * reporter, every free text (description, when, effect, notes, the burenbericht and its answer,
 * the corporation's copy), the person and home concerned, and the private thread with its
 * messages. What stays is what the Living Lab numbers need: category, steps, outcome, times.
 * Resolved care signals and help requests of that age lose their texts and people too.
 */
export async function anonymiseExpired(tx: Executor, now: Date): Promise<number> {
  const projectRows = await tx
    .select({ id: projects.id, retentionDays: projects.retentionDays })
    .from(projects);
  let count = 0;
  for (const project of projectRows) {
    const cutoff = addDays(now, -project.retentionDays);
    const expired = await tx
      .select({ id: concerns.id, threadChannelId: concerns.threadChannelId })
      .from(concerns)
      .where(
        and(
          eq(concerns.projectId, project.id),
          eq(concerns.status, 'closed'),
          lt(concerns.resolvedAt, cutoff),
          isNull(concerns.anonymisedAt),
        ),
      );
    if (expired.length > 0) {
      const ids = expired.map((c) => c.id);
      const threads = expired.flatMap((c) => (c.threadChannelId ? [c.threadChannelId] : []));
      await anonymiseConcerns(tx, ids, threads, now);
      count += ids.length;
    }
    await tx
      .update(alerts)
      .set({ summary: null, subjectUserId: null, unitLabel: null })
      .where(
        and(
          eq(alerts.projectId, project.id),
          eq(alerts.status, 'resolved'),
          lt(alerts.resolvedAt, cutoff),
          or(isNull(alerts.concernId), inArray(alerts.concernId, ids(expired))),
        ),
      );
  }
  return count;
}

function ids(rows: { id: string }[]): string[] {
  // `inArray` with an empty list is refused by drizzle; a nil uuid matches nothing.
  return rows.length > 0 ? rows.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000'];
}

async function anonymiseConcerns(
  tx: Executor,
  concernIds: string[],
  threadIds: string[],
  now: Date,
) {
  if (threadIds.length > 0) await tx.delete(channels).where(inArray(channels.id, threadIds));
  await tx
    .update(concerns)
    .set({
      reporterId: null,
      description: null,
      whenText: null,
      effect: null,
      unitId: null,
      unitLabel: null,
      targetUserId: null,
      threadChannelId: null,
      anonymisedAt: now,
    })
    .where(inArray(concerns.id, concernIds));
  await tx.delete(concernNotes).where(inArray(concernNotes.concernId, concernIds));
  await tx
    .update(concernEvents)
    .set({ actorId: null })
    .where(
      and(
        inArray(concernEvents.concernId, concernIds),
        inArray(concernEvents.actorKind, ['reporter', 'neighbour']),
      ),
    );
  const messages = await tx
    .select({ id: burenberichten.id })
    .from(burenberichten)
    .where(inArray(burenberichten.concernId, concernIds));
  if (messages.length > 0) {
    const messageIds = messages.map((m) => m.id);
    await tx
      .delete(burenberichtRecipients)
      .where(inArray(burenberichtRecipients.burenberichtId, messageIds));
    await tx
      .update(burenberichten)
      .set({ body: null, replyText: null, repliedById: null, unitId: null, targetUserId: null })
      .where(inArray(burenberichten.id, messageIds));
  }
  await tx
    .update(mediationAnswers)
    .set({ userId: null })
    .where(inArray(mediationAnswers.concernId, concernIds));
  const cases = await tx
    .select({ id: corporationCases.id })
    .from(corporationCases)
    .where(inArray(corporationCases.concernId, concernIds));
  if (cases.length > 0) {
    const caseIds = cases.map((c) => c.id);
    await tx
      .update(corporationCases)
      .set({ summary: null })
      .where(inArray(corporationCases.id, caseIds));
    await tx
      .update(corporationCaseUpdates)
      .set({ body: null, authorId: null })
      .where(inArray(corporationCaseUpdates.caseId, caseIds));
  }
  for (const concernId of concernIds)
    await recordEvent(tx, {
      concernId,
      actorId: null,
      actorKind: 'system',
      type: 'anonymised',
      at: now,
    });
}

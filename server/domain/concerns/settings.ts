import { eq } from 'drizzle-orm';
import { concernSettings } from '../../../db/schema';
import type { Executor } from '../../../db/database';

export interface ConcernSettings {
  /** Days after a low step before the reporter is asked "is it solved?". */
  followupDays: number;
  /** Days to answer that question before staff are brought in. */
  followupGraceDays: number;
  /** Minutes an alert may stay unclaimed before it goes to the on-call staff member. */
  alertClaimMinutes: number;
  /** Minutes between repeats of an urgent alert until someone acknowledges it. */
  urgentRepeatMinutes: number;
  /** Days after a concern is solved before both neighbours are asked "is it still good?". */
  aftercareDays: number;
}

export const defaultConcernSettings: ConcernSettings = {
  followupDays: 3,
  followupGraceDays: 2,
  alertClaimMinutes: 15,
  urgentRepeatMinutes: 3,
  aftercareDays: 42,
};

export async function concernSettingsOf(db: Executor, projectId: string): Promise<ConcernSettings> {
  const [row] = await db
    .select()
    .from(concernSettings)
    .where(eq(concernSettings.projectId, projectId))
    .limit(1);
  if (!row) return defaultConcernSettings;
  return {
    followupDays: row.followupDays,
    followupGraceDays: row.followupGraceDays,
    alertClaimMinutes: row.alertClaimMinutes,
    urgentRepeatMinutes: row.urgentRepeatMinutes,
    aftercareDays: row.aftercareDays,
  };
}

export async function updateConcernSettings(
  db: Executor,
  input: { projectId: string; actorId: string; now: Date; patch: Partial<ConcernSettings> },
): Promise<ConcernSettings> {
  const next = { ...(await concernSettingsOf(db, input.projectId)), ...input.patch };
  await db
    .insert(concernSettings)
    .values({
      projectId: input.projectId,
      ...next,
      updatedById: input.actorId,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: concernSettings.projectId,
      set: { ...next, updatedById: input.actorId, updatedAt: input.now },
    });
  return next;
}

import { and, eq, isNotNull, lt, or } from 'drizzle-orm';
import { invites, projects, sessions } from '../../../db/schema';
import type { Db, Tx } from '../../../db/database';
import { addDays, type Clock } from '../../clock';
import type { Logger } from '../../logger';
import { scheduleJob, type JobHandler } from '../../scheduler/scheduler';

/**
 * Retention: records are anonymised or removed once they are older than the project's
 * `retentionDays` (DESIGN: "concern records are anonymised after a retention period set per
 * project"). A daily `retention.daily` job plans one `retention.sweep` job per project; a
 * sweep runs every project rule in the job's transaction (so it happens exactly once, even
 * with several nodes) and reports what it did. Areas with records to anonymise (concerns,
 * activities, defects) add a rule to `projectRetentionRules`.
 */
export interface ProjectRetentionRule {
  name: string;
  /** Anonymises or removes the project's records older than `cutoff`; returns how many. */
  sweep(tx: Tx, input: { projectId: string; cutoff: Date; now: Date }): Promise<number>;
}

/** Rules across projects, with their own fixed periods (not personal records of a project). */
export interface GlobalRetentionRule {
  name: string;
  sweep(tx: Tx, input: { now: Date }): Promise<number>;
}

export const SESSION_KEEP_DAYS = 30;

export const projectRetentionRules: ProjectRetentionRule[] = [
  {
    // An invite's label may name the person it was for; once long expired it serves nobody.
    name: 'invites.ended',
    async sweep(tx, { projectId, cutoff }) {
      const removed = await tx
        .delete(invites)
        .where(
          and(
            eq(invites.projectId, projectId),
            or(
              lt(invites.expiresAt, cutoff),
              and(isNotNull(invites.revokedAt), lt(invites.revokedAt, cutoff)),
            ),
          ),
        )
        .returning({ id: invites.id });
      return removed.length;
    },
  },
];

export const globalRetentionRules: GlobalRetentionRule[] = [
  {
    // Ended sessions keep a device description (user agent); 30 days after the end it goes.
    name: 'sessions.ended',
    async sweep(tx, { now }) {
      const cutoff = addDays(now, -SESSION_KEEP_DAYS);
      const removed = await tx
        .delete(sessions)
        .where(
          or(
            lt(sessions.expiresAt, cutoff),
            and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, cutoff)),
          ),
        )
        .returning({ id: sessions.id });
      return removed.length;
    },
  },
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Plans today's retention run (idempotent: one per day, whichever node asks). */
export async function scheduleDailyRetention(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  await scheduleJob(db, {
    kind: 'retention.daily',
    runAt: now,
    dedupeKey: `retention.daily:${day(now)}`,
  });
}

/** The job handlers, for the composition root to register with the scheduler. */
export function retentionJobs(deps: { logger: Logger; clock: Clock }): Record<string, JobHandler> {
  return {
    'retention.daily': async (tx) => {
      const now = deps.clock.now();
      const all = await tx.select({ id: projects.id }).from(projects);
      for (const project of all) {
        await scheduleJob(tx, {
          kind: 'retention.sweep',
          payload: { projectId: project.id },
          runAt: now,
          dedupeKey: `retention.sweep:${project.id}:${day(now)}`,
        });
      }
      for (const rule of globalRetentionRules) {
        const count = await rule.sweep(tx, { now });
        if (count > 0) deps.logger.info({ rule: rule.name, count }, 'retention sweep');
      }
      const tomorrow = addDays(now, 1);
      await scheduleJob(tx, {
        kind: 'retention.daily',
        runAt: tomorrow,
        dedupeKey: `retention.daily:${day(tomorrow)}`,
      });
    },
    'retention.sweep': async (tx, job) => {
      const projectId =
        typeof job.payload.projectId === 'string' ? job.payload.projectId : undefined;
      if (!projectId) return;
      const [project] = await tx.select().from(projects).where(eq(projects.id, projectId)).limit(1);
      if (!project) return;
      const now = deps.clock.now();
      const cutoff = addDays(now, -project.retentionDays);
      for (const rule of projectRetentionRules) {
        const count = await rule.sweep(tx, { projectId, cutoff, now });
        if (count > 0) deps.logger.info({ rule: rule.name, projectId, count }, 'retention sweep');
      }
    },
  };
}

import { eq } from 'drizzle-orm';
import { projects } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { notFound } from '../../errors';
import type { Retention } from '../../protocol/projects';

/**
 * A project's retention period (`projects.retention_days`): how long closed concern records
 * and ended invite links are kept before the daily retention jobs anonymise or delete them
 * (`domain/concerns/retention.ts`, `domain/privacy/retention.ts`). Both jobs read it when they
 * run, so a change applies from the next run.
 */
export async function retentionOf(db: Executor, projectId: string): Promise<Retention> {
  const [row] = await db
    .select({ retentionDays: projects.retentionDays })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

export async function setRetention(
  db: Executor,
  projectId: string,
  input: Retention,
): Promise<Retention> {
  const [row] = await db
    .update(projects)
    .set({ retentionDays: input.retentionDays })
    .where(eq(projects.id, projectId))
    .returning({ retentionDays: projects.retentionDays });
  if (!row) throw notFound();
  return row;
}

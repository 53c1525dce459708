import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../../db/database';
import { defects, defectSpaces } from '../../../db/schema';

export interface SolvedProblem {
  title: string;
  solvedAt: Date;
}

/**
 * Shared-space problems solved in a period, for the newsletter: "Hal: de deur klemt". Only cases
 * in a shared space; a problem in someone's home is nobody else's news.
 */
export async function solvedSharedSpaceProblems(
  db: Executor,
  projectId: string,
  since: Date,
  until: Date,
): Promise<SolvedProblem[]> {
  const rows = await db
    .select({ space: defectSpaces.name, what: defects.what, closedAt: defects.closedAt })
    .from(defects)
    .innerJoin(defectSpaces, eq(defectSpaces.id, defects.spaceId))
    .where(
      and(
        eq(defects.projectId, projectId),
        eq(defects.placeKind, 'space'),
        eq(defects.status, 'solved'),
        gte(defects.closedAt, since),
        lte(defects.closedAt, until),
      ),
    )
    .orderBy(asc(defects.closedAt))
    .limit(10);
  return rows.map((r) => ({ title: `${r.space}: ${r.what}`, solvedAt: r.closedAt ?? until }));
}

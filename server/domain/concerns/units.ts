import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { memberships, units, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';

/** "12", " 3b " -> "12", "3B": how house numbers are compared. */
export function normalizeUnit(label: string): string {
  return label.replace(/\s+/g, '').toUpperCase();
}

export async function findUnit(
  db: Executor,
  projectId: string,
  label: string,
): Promise<{ id: string; label: string } | undefined> {
  const [row] = await db
    .select({ id: units.id, label: units.label })
    .from(units)
    .where(
      and(
        eq(units.projectId, projectId),
        sql`upper(replace(${units.label}, ' ', '')) = ${normalizeUnit(label)}`,
      ),
    )
    .limit(1);
  return row;
}

/**
 * The home with this number, made when the project does not know it yet. Two people making the
 * same new number at once get the same home: the unique index on the normalised number lets
 * one insert through and the other finds it.
 */
export async function unitFor(
  db: Executor,
  projectId: string,
  label: string,
): Promise<{ id: string; label: string }> {
  const known = await findUnit(db, projectId, label);
  if (known) return known;
  await db.insert(units).values({ projectId, label }).onConflictDoNothing();
  const made = await findUnit(db, projectId, label);
  if (!made) throw new Error('unit neither found nor made');
  return made;
}

/** The people a burenbericht reaches: the person concerned, or the members of the home. */
export async function recipientsOf(
  db: Executor,
  concern: {
    projectId: string;
    unitId: string | null;
    targetUserId: string | null;
    reporterId: string | null;
  },
): Promise<string[]> {
  if (concern.targetUserId) return [concern.targetUserId];
  if (!concern.unitId) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.projectId, concern.projectId),
        eq(memberships.unitId, concern.unitId),
        eq(users.isBot, false),
        concern.reporterId ? ne(memberships.userId, concern.reporterId) : undefined,
        inArray(memberships.role, ['resident', 'neighbour', 'coordinator']),
      ),
    );
  return rows.map((r) => r.userId);
}

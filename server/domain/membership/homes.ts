import { and, asc, eq } from 'drizzle-orm';
import { memberships, units, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import { unitFor } from '../concerns/units';
import { notFound } from '../../errors';
import type { MemberHome } from '../../protocol/projects';

/** The home of every person in the project (Buurtbot left out), by name. */
export async function listHomes(db: Executor, projectId: string): Promise<MemberHome[]> {
  return db
    .select({ userId: memberships.userId, home: units.label })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(and(eq(memberships.projectId, projectId), eq(users.isBot, false)))
    .orderBy(asc(users.displayName));
}

/**
 * Every current member's display name and home number (staff too, Buurtbot left out), for
 * Buurtbot to recognise a neighbour named in a shared room. Homes are staff-only: not for display.
 */
export async function namesAndHomes(
  db: Executor,
  projectId: string,
): Promise<{ name: string; home: string | null }[]> {
  return db
    .select({ name: users.displayName, home: units.label })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(and(eq(memberships.projectId, projectId), eq(users.isBot, false)));
}

/**
 * Gives a member their home, or none (`null`). The home is found by its number as people write
 * it ("3 b" is "3B"), and made when the project does not know it yet.
 */
export async function setHome(
  db: Db,
  projectId: string,
  userId: string,
  label: string | null,
): Promise<MemberHome> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.projectId, projectId),
          eq(memberships.userId, userId),
          eq(users.isBot, false),
        ),
      )
      .limit(1);
    if (!member) throw notFound();
    const unit = label === null ? undefined : await unitFor(tx, projectId, label);
    await tx
      .update(memberships)
      .set({ unitId: unit?.id ?? null })
      .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
    return { userId, home: unit?.label ?? null };
  });
}

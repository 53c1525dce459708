import { and, eq, sql } from 'drizzle-orm';
import { memberships, projects, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import { forbidden } from '../../errors';
import type { Role } from '../../protocol/roles';

export type MembershipRow = typeof memberships.$inferSelect;

export async function findMembership(
  db: Executor,
  userId: string,
  projectId: string,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.projectId, projectId)))
    .limit(1);
  return row;
}

/** The caller's membership, or `forbidden` (a stranger learns nothing about the project). */
export async function requireMembership(
  db: Executor,
  userId: string,
  projectId: string,
): Promise<MembershipRow> {
  const membership = await findMembership(db, userId, projectId);
  if (!membership) throw forbidden();
  return membership;
}

export async function requireRole(
  db: Executor,
  userId: string,
  projectId: string,
  allowed: (role: Role) => boolean,
): Promise<MembershipRow> {
  const membership = await requireMembership(db, userId, projectId);
  if (!allowed(membership.role)) throw forbidden();
  return membership;
}

export async function listMyProjects(db: Executor, userId: string) {
  return db
    .select({ project: projects, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .where(eq(memberships.userId, userId))
    .orderBy(projects.name);
}

const membershipsOf = prepared((db) =>
  db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, sql.placeholder('userId')))
    .prepare('memberships_of'),
);

export async function listMemberships(db: Executor, userId: string): Promise<MembershipRow[]> {
  return membershipsOf(db).execute({ userId });
}

/** Members as the public list shows them: names and roles only, Buurtbot included. */
export async function listMembers(db: Executor, projectId: string) {
  return db
    .select({
      userId: users.id,
      name: users.displayName,
      role: memberships.role,
      isBot: users.isBot,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId))
    .orderBy(users.displayName);
}

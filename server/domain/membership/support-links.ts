import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { memberships, supportLinks, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import { AppError, notFound, validationFailed } from '../../errors';
import type { NewSupportLink, SupportLink } from '../../protocol/projects';
import { isStaffRole, staffRoles, type Role } from '../../protocol/roles';

/**
 * Support links: which support worker (staff or admin) supports which resident. They decide
 * who answers a help request first (`ownWorkerOf`). Only staff and admins see or change them;
 * nothing another member receives is ever joined with this table.
 */
const staffUser = alias(users, 'staff_user');
const residentUser = alias(users, 'resident_user');

/** Who can be supported: people who live in or near the project, not staff or the corporation. */
export function canBeSupported(role: Role): boolean {
  return !isStaffRole(role) && role !== 'corporation';
}

type SupportLinkRow = typeof supportLinks.$inferSelect;

function present(row: SupportLinkRow, staffName: string, residentName: string): SupportLink {
  return {
    id: row.id,
    staffUserId: row.staffUserId,
    staffName,
    residentUserId: row.residentUserId,
    residentName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every support link of the project, by resident and then by support worker. */
export async function listSupportLinks(db: Executor, projectId: string): Promise<SupportLink[]> {
  const rows = await db
    .select({
      link: supportLinks,
      staffName: staffUser.displayName,
      residentName: residentUser.displayName,
    })
    .from(supportLinks)
    .innerJoin(staffUser, eq(staffUser.id, supportLinks.staffUserId))
    .innerJoin(residentUser, eq(residentUser.id, supportLinks.residentUserId))
    .where(eq(supportLinks.projectId, projectId))
    .orderBy(asc(residentUser.displayName), asc(staffUser.displayName), asc(supportLinks.id));
  return rows.map((r) => present(r.link, r.staffName, r.residentName));
}

async function memberOf(tx: Executor, projectId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role, name: users.displayName, isBot: users.isBot })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
    .limit(1);
  return row && !row.isBot ? row : undefined;
}

/**
 * Links a resident to a support worker of the same project. The support worker must be staff or
 * admin there, the resident a member who can be supported; the same pair twice is a conflict.
 */
export async function addSupportLink(
  db: Db,
  projectId: string,
  input: NewSupportLink,
): Promise<SupportLink> {
  return db.transaction(async (tx) => {
    const staff = await memberOf(tx, projectId, input.staffUserId);
    const resident = await memberOf(tx, projectId, input.residentUserId);
    const problems: Parameters<typeof validationFailed>[0] = {};
    if (!staff || !isStaffRole(staff.role))
      problems.staffUserId = { key: 'members.support_not_staff' };
    if (!resident || !canBeSupported(resident.role))
      problems.residentUserId = { key: 'members.support_not_resident' };
    if (!staff || !resident || Object.keys(problems).length > 0) throw validationFailed(problems);
    const [row] = await tx
      .insert(supportLinks)
      .values({ projectId, ...input })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError('conflict', {
        residentUserId: { key: 'members.support_exists', params: { name: resident.name } },
      });
    return present(row, staff.name, resident.name);
  });
}

/** Removes a support link of the project; one of another project is not found. */
export async function removeSupportLink(
  db: Executor,
  projectId: string,
  id: string,
): Promise<void> {
  const removed = await db
    .delete(supportLinks)
    .where(and(eq(supportLinks.projectId, projectId), eq(supportLinks.id, id)))
    .returning({ id: supportLinks.id });
  if (removed.length === 0) throw notFound();
}

/**
 * The resident's own support worker, who gets their help requests first: the earliest link to
 * someone who is still staff or admin in the project (a link to someone who left or changed
 * role does not count).
 */
export async function ownWorkerOf(
  db: Executor,
  projectId: string,
  residentUserId: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: users.id, name: users.displayName })
    .from(supportLinks)
    .innerJoin(users, eq(users.id, supportLinks.staffUserId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.projectId, supportLinks.projectId),
        eq(memberships.userId, supportLinks.staffUserId),
      ),
    )
    .where(
      and(
        eq(supportLinks.projectId, projectId),
        eq(supportLinks.residentUserId, residentUserId),
        inArray(memberships.role, [...staffRoles]),
      ),
    )
    .orderBy(asc(supportLinks.createdAt), asc(supportLinks.id))
    .limit(1);
  return row;
}

/** A name as people match it by eye: case and spaces do not count. */
const looseName = (name: string) => name.toLowerCase().replace(/\s+/g, '');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A member of the project named on the command line, by their name (case and spaces do not
 * count) or their id. `field` names the flag in the refusal: nobody, or more than one person,
 * with that name.
 */
export async function memberNamed(
  db: Executor,
  projectId: string,
  nameOrId: string,
  field: string,
): Promise<{ userId: string; name: string; role: Role }> {
  const rows = await db
    .select({ userId: users.id, name: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(users.isBot, false)));
  const matches = UUID.test(nameOrId)
    ? rows.filter((r) => r.userId === nameOrId.toLowerCase())
    : rows.filter((r) => looseName(r.name) === looseName(nameOrId));
  if (matches.length === 1) return matches[0]!;
  throw validationFailed({
    [field]: {
      key: matches.length === 0 ? 'cli.member_unknown' : 'cli.member_ambiguous',
      params: { name: nameOrId },
    },
  });
}

/** The id of the link between two people of the project, if they are linked. */
export async function findSupportLinkBetween(
  db: Executor,
  projectId: string,
  staffUserId: string,
  residentUserId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: supportLinks.id })
    .from(supportLinks)
    .where(
      and(
        eq(supportLinks.projectId, projectId),
        eq(supportLinks.staffUserId, staffUserId),
        eq(supportLinks.residentUserId, residentUserId),
      ),
    )
    .limit(1);
  return row?.id;
}

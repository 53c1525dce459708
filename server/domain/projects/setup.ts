import { and, asc, count, eq } from 'drizzle-orm';
import { memberships, projects, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { validationFailed } from '../../errors';
import type { Locale } from '../../i18n/locale';
import type {
  NewProject,
  OperatorInvite,
  OperatorLocale,
  OperatorRetention,
  OperatorSupportLink,
  SupportLink,
} from '../../protocol/projects';
import type { Role } from '../../protocol/roles';
import { createInvite } from '../auth/invites';
import {
  addSupportLink,
  findSupportLinkBetween,
  listSupportLinks,
  memberNamed,
  removeSupportLink,
} from '../membership/support-links';
import { createProject, findProjectBySlug, type ProjectRow } from './projects';
import { setProjectLocale } from './locale';
import { setRetention } from './retention';

/** Days and uses of the first admin's invite: one person, within a week. */
const FIRST_ADMIN_INVITE = { days: 7, uses: 1 };

/** A project's short name, from its name: "De Vlinderhof" is "de-vlinderhof". */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'project'
  );
}

export interface OperatorInviteResult {
  project: ProjectRow;
  role: Role;
  code: string;
  days: number;
  uses: number;
}

/**
 * Starts a real project (the demo is the only other way one is made): its rooms, Buurtbot as a
 * member, and an invite for its first admin, who invites everyone else from the web client.
 * A name whose short name is taken is refused, and nothing is made.
 */
export async function startProject(
  db: Db,
  clock: Clock,
  input: NewProject,
): Promise<OperatorInviteResult> {
  return db.transaction(async (tx) => {
    const slug = slugOf(input.name);
    if (await findProjectBySlug(tx, slug))
      throw validationFailed({ name: { key: 'cli.project_exists', params: { slug } } });
    const project = await createProject(tx, { ...input, slug });
    const { code } = await createInvite(tx, clock, {
      projectId: project.id,
      actorRole: 'admin',
      actorId: null,
      role: 'admin',
      expiresInDays: FIRST_ADMIN_INVITE.days,
      maxUses: FIRST_ADMIN_INVITE.uses,
    });
    return { project, role: 'admin', code, ...FIRST_ADMIN_INVITE };
  });
}

/**
 * An invite made by the operator, for any role: a new admin when the last one left, or staff
 * before anyone can sign in.
 */
export async function operatorInvite(
  db: Db,
  clock: Clock,
  input: OperatorInvite,
): Promise<OperatorInviteResult> {
  const project = await projectNamed(db, input.project);
  const { code } = await createInvite(db, clock, {
    projectId: project.id,
    actorRole: 'admin',
    actorId: null,
    role: input.role,
    expiresInDays: input.days,
    maxUses: input.uses,
  });
  return { project, role: input.role, code, days: input.days, uses: input.uses };
}

/** Every project with its number of members (Buurtbot not counted), by name. */
export async function listProjects(db: Executor) {
  return db
    .select({
      slug: projects.slug,
      name: projects.name,
      municipality: projects.municipality,
      members: count(users.id),
    })
    .from(projects)
    .leftJoin(memberships, eq(memberships.projectId, projects.id))
    .leftJoin(users, and(eq(users.id, memberships.userId), eq(users.isBot, false)))
    .groupBy(projects.id)
    .orderBy(asc(projects.name));
}

async function projectNamed(db: Executor, slug: string): Promise<ProjectRow> {
  const project = await findProjectBySlug(db, slug);
  if (!project) throw validationFailed({ project: { key: 'cli.project_unknown' } });
  return project;
}

/** The support links of a project named by its short name. */
export async function operatorSupportLinks(db: Db, slug: string): Promise<SupportLink[]> {
  return listSupportLinks(db, (await projectNamed(db, slug)).id);
}

/**
 * The operator links a resident to a support worker, both named as people know them (or by
 * id); the same rules as on the members screen.
 */
export async function operatorAddSupportLink(
  db: Db,
  input: OperatorSupportLink,
): Promise<SupportLink> {
  const project = await projectNamed(db, input.project);
  const staff = await memberNamed(db, project.id, input.staff, 'staff');
  const resident = await memberNamed(db, project.id, input.resident, 'resident');
  return addSupportLink(db, project.id, {
    staffUserId: staff.userId,
    residentUserId: resident.userId,
  });
}

/** The operator removes a support link; two people who are not linked are refused. */
export async function operatorRemoveSupportLink(
  db: Db,
  input: OperatorSupportLink,
): Promise<{ staffName: string; residentName: string }> {
  const project = await projectNamed(db, input.project);
  const staff = await memberNamed(db, project.id, input.staff, 'staff');
  const resident = await memberNamed(db, project.id, input.resident, 'resident');
  const names = { worker: staff.name, resident: resident.name };
  const id = await findSupportLinkBetween(db, project.id, staff.userId, resident.userId);
  if (!id) throw validationFailed({ staff: { key: 'cli.support_link_unknown', params: names } });
  await removeSupportLink(db, project.id, id);
  return { staffName: staff.name, residentName: resident.name };
}

/**
 * The operator reads a project's retention period, or sets it with `days` (the same bounds as
 * the admins' settings screen).
 */
export async function operatorRetention(
  db: Executor,
  input: OperatorRetention,
): Promise<{ name: string; retentionDays: number; changed: boolean }> {
  const project = await projectNamed(db, input.project);
  if (input.days === undefined)
    return { name: project.name, retentionDays: project.retentionDays, changed: false };
  const { retentionDays } = await setRetention(db, project.id, { retentionDays: input.days });
  return { name: project.name, retentionDays, changed: true };
}

/** The operator reads a project's language, or sets it with `locale`. */
export async function operatorLocale(
  db: Executor,
  input: OperatorLocale,
): Promise<{ name: string; locale: Locale; changed: boolean }> {
  const project = await projectNamed(db, input.project);
  if (input.locale === undefined)
    return { name: project.name, locale: project.locale, changed: false };
  await setProjectLocale(db, project.id, input.locale);
  return { name: project.name, locale: input.locale, changed: true };
}

import type { ChannelKind, Role } from './roles';
import { isStaffRole } from './roles';

/**
 * Who may read and write which channel. Pure rules; every route and socket event asks here.
 * - common room and activities: every member except the housing corporation, which only
 *   receives cases forwarded to it (DOMAIN.md: "receive only what really needs them");
 * - staff room: support staff and project admins;
 * - concern threads: their explicit members (the reporter) and staff;
 * - a bot conversation: only its explicit member.
 */
export function canReadChannel(role: Role, kind: ChannelKind, isExplicitMember: boolean): boolean {
  switch (kind) {
    case 'common':
    case 'activities':
      return role !== 'corporation';
    case 'staff':
      return isStaffRole(role);
    case 'thread':
      return isExplicitMember || isStaffRole(role);
    case 'bot':
      return isExplicitMember;
  }
}

export function canWriteChannel(role: Role, kind: ChannelKind, isExplicitMember: boolean): boolean {
  return canReadChannel(role, kind, isExplicitMember);
}

/** Who may create invite links, and for which roles. */
const invitableBy: Record<Role, readonly Role[]> = {
  admin: ['resident', 'neighbour', 'staff', 'coordinator', 'corporation', 'admin'],
  staff: ['resident', 'neighbour', 'staff', 'coordinator', 'corporation'],
  coordinator: ['resident', 'neighbour', 'coordinator'],
  resident: [],
  neighbour: [],
  corporation: [],
};

export function canInvite(actor: Role, target: Role): boolean {
  return invitableBy[actor].includes(target);
}

export function canManageInvites(actor: Role): boolean {
  return invitableBy[actor].length > 0;
}

/** The public member list is for people who share the common room. */
export function canListMembers(role: Role): boolean {
  return role !== 'corporation';
}

/** Professionals may add a password login; residents and neighbours use their invite session. */
export function canHavePassword(roles: readonly Role[]): boolean {
  return roles.some(
    (r) => r === 'staff' || r === 'admin' || r === 'coordinator' || r === 'corporation',
  );
}

/**
 * Who lives in which home: staff and admins keep it (it is what lets a burenbericht "to
 * number 12" reach the people there). Where people live is not shown to other members.
 */
export function canManageHomes(role: Role): boolean {
  return isStaffRole(role);
}

/**
 * Which support worker supports whom (support links): staff and admins see and change them.
 * Nobody else ever learns who receives support.
 */
export function canSeeSupportLinks(role: Role): boolean {
  return isStaffRole(role);
}

/**
 * How long the project keeps records before they age out (the retention period): a decision
 * about the whole project's data, for its admins only.
 */
export function canSetRetention(role: Role): boolean {
  return role === 'admin';
}

/**
 * The project's language (what Buurtbot writes in the shared rooms and on Discord cards): a
 * choice for the whole project, for its admins only, like the retention period.
 */
export function canSetProjectLanguage(role: Role): boolean {
  return role === 'admin';
}

/**
 * Who organises activities (create, edit, publish, cancel, ask for volunteers): the residents'
 * association (coordinator) and staff.
 */
export function canManageActivities(role: Role): boolean {
  return role === 'coordinator' || isStaffRole(role);
}

/** Who may link which room to Discord: staff the staff room, staff and the association the shared rooms. */
export function canLinkRoom(role: Role, kind: string): boolean {
  if (kind === 'staff') return isStaffRole(role);
  if (kind === 'common' || kind === 'activities')
    return isStaffRole(role) || role === 'coordinator';
  return false;
}

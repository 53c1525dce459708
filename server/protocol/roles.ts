/*
 * Plain constants and rules, without zod: the web loads this file up front (the schemas are in
 * `role-schemas.ts`).
 */

/**
 * Membership roles. `staff` are support workers (begeleiders), `coordinator` runs the
 * residents' association (woonvereniging), `admin` manages the project.
 */
export const roles = [
  'resident',
  'neighbour',
  'staff',
  'coordinator',
  'corporation',
  'admin',
] as const;
export type Role = (typeof roles)[number];

/**
 * The only role names a non-staff member ever sees. Support relationships never show:
 * a supported resident is a `bewoner` like every other resident.
 */
export const publicRoles = [
  'bewoner',
  'buurtbewoner',
  'begeleider',
  'woonvereniging',
  'corporatie',
] as const;
export type PublicRole = (typeof publicRoles)[number];

export const publicRoleOf: Record<Role, PublicRole> = {
  resident: 'bewoner',
  neighbour: 'buurtbewoner',
  staff: 'begeleider',
  admin: 'begeleider',
  coordinator: 'woonvereniging',
  corporation: 'corporatie',
};

/** Support workers and project admins: they see staff rooms, alerts and every concern thread. */
export const staffRoles = ['staff', 'admin'] as const satisfies readonly Role[];

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}

/** Channel kinds: `bot` is a person's private conversation with Buurtbot, `thread` a private concern thread. */
export const channelKinds = ['common', 'activities', 'staff', 'thread', 'bot'] as const;
export type ChannelKind = (typeof channelKinds)[number];
/** Kinds whose channels have an explicit member list (a bot conversation, a concern thread). */
export const privateChannelKinds = ['thread', 'bot'] as const satisfies readonly ChannelKind[];

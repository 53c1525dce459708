import type { Role } from '../../protocol/roles';
import { takesPartInActivities } from '../../domain/activities/rules';
import { canManageActivities } from '../../protocol/access';

/**
 * Rooms of the activities area, joined at connect from the person's role in each project:
 * - `activities:<project>`: everyone who takes part in activities (open activities);
 * - `activities-members:<project>`: the same without neighbours from outside (members-only ones);
 * - `activities-managers:<project>`: coordinators and staff (drafts and proposals).
 */
export const activityRooms = {
  all: (projectId: string) => `activities:${projectId}`,
  members: (projectId: string) => `activities-members:${projectId}`,
  managers: (projectId: string) => `activities-managers:${projectId}`,
};

export function activityRoomsFor(projectId: string, role: Role): string[] {
  if (!takesPartInActivities(role)) return [];
  const list = [activityRooms.all(projectId)];
  if (role !== 'neighbour') list.push(activityRooms.members(projectId));
  if (canManageActivities(role)) list.push(activityRooms.managers(projectId));
  return list;
}

import type { Project } from '../../../../server/protocol/projects';
import { loadFeed, staffAlerts } from './state';

const loaded = new Set<string>();

/**
 * The number on the staff's "Signalen" entry: open (not yet resolved) urgent alerts. The feed
 * is fetched once per project when the navigation first asks; after that the live events
 * (`alert:updated`) keep the count right.
 */
export function openUrgentAlerts(project: Project): number {
  if (!loaded.has(project.id)) {
    loaded.add(project.id);
    loadFeed(project.id).catch(() => loaded.delete(project.id));
  }
  return Object.values(staffAlerts.value).filter(
    (a) => a.projectId === project.id && a.priority === 'urgent' && a.status !== 'resolved',
  ).length;
}

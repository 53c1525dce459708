import type { CalendarScope, InterestTag } from '../../../../server/protocol/activity-vocab';
import { http } from '../../api/http';

/** The person's own interests and calendar links: the calls the activity board and settings share. */

export async function loadInterests(projectId: string): Promise<InterestTag[]> {
  const r = await http.get<{ tags: InterestTag[] }>(
    `/api/activities/interests?projectId=${encodeURIComponent(projectId)}`,
  );
  return r.tags;
}

export async function saveInterests(
  projectId: string,
  tags: InterestTag[],
): Promise<InterestTag[]> {
  const r = await http.put<{ tags: InterestTag[] }>('/api/activities/interests', {
    projectId,
    tags,
  });
  return r.tags;
}

export interface CalendarFeed {
  scope: CalendarScope;
  /** When the current link was made; null when there is none. */
  createdAt: string | null;
}

/** Which calendar links exist (the secret address itself is only shown once, when made). */
export async function loadCalendarFeeds(projectId: string): Promise<CalendarFeed[]> {
  const r = await http.get<{ feeds: CalendarFeed[] }>(
    `/api/activities/calendar?projectId=${encodeURIComponent(projectId)}`,
  );
  return r.feeds;
}

/** Makes a new secret calendar link; the old one for that scope stops working. */
export async function renewCalendarLink(projectId: string, scope: CalendarScope): Promise<string> {
  const r = await http.post<{ url: string }>('/api/activities/calendar', { projectId, scope });
  return r.url;
}

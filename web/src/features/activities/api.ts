import type { CalendarScope, InterestTag } from '../../../../server/protocol/activity-vocab';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';

/** The person's own interests and calendar links: the calls the activity board and settings share. */

export async function loadInterests(projectId: string): Promise<InterestTag[]> {
  const r = await api(routes.activities.interests, { query: { projectId } });
  return r.tags;
}

export async function saveInterests(
  projectId: string,
  tags: InterestTag[],
): Promise<InterestTag[]> {
  const r = await api(routes.activities.setInterests, { body: { projectId, tags } });
  return r.tags;
}

export interface CalendarFeed {
  scope: CalendarScope;
  /** When the current link was made; null when there is none. */
  createdAt: string | null;
}

/** Which calendar links exist (the secret address itself is only shown once, when made). */
export async function loadCalendarFeeds(projectId: string): Promise<CalendarFeed[]> {
  const r = await api(routes.activities.calendars, { query: { projectId } });
  return r.feeds;
}

/** Makes a new secret calendar link; the old one for that scope stops working. */
export async function renewCalendarLink(projectId: string, scope: CalendarScope): Promise<string> {
  const r = await api(routes.activities.renewCalendar, { body: { projectId, scope } });
  return r.url;
}

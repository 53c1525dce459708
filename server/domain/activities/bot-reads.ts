import type { Executor } from '../../../db/database';
import type { ActivitySummary, VolunteerTaskSummary } from '../../protocol/bot-reads';
import type { Clock } from '../../clock';
import { listActivities } from './activities';

/** Buurtbot's read of the activity board: published, not started, as this person sees it. */
export async function upcomingForBot(
  db: Executor,
  clock: Clock,
  projectId: string,
  userId: string,
): Promise<ActivitySummary[]> {
  const now = clock.now();
  const list = await listActivities(db, clock, userId, projectId, 'upcoming').catch(() => []);
  return list
    .filter((a) => a.status === 'published' && new Date(a.startsAt) > now)
    .map((a) => {
      const summary: ActivitySummary = {
        id: a.id,
        title: a.title,
        startsAt: a.startsAt,
        spotsLeft: a.seats.left,
        signedUp: a.mySignup !== null,
        maxGuests: a.maxGuests,
        openTasks: a.tasks.reduce((sum, t) => sum + Math.max(0, t.slots - t.taken), 0),
        tasks: a.tasks.length,
      };
      if (a.place) summary.place = a.place;
      if (a.mySignup) summary.status = a.mySignup.status;
      if (a.mySignup?.position) summary.position = a.mySignup.position;
      return summary;
    });
}

/** Tasks that still need helpers, for "/helpen". */
export async function openTasksForBot(
  db: Executor,
  clock: Clock,
  projectId: string,
  userId: string,
): Promise<VolunteerTaskSummary[]> {
  const now = clock.now();
  const list = await listActivities(db, clock, userId, projectId, 'upcoming').catch(() => []);
  return list
    .filter((a) => a.status === 'published' && new Date(a.startsAt) > now)
    .flatMap((a) =>
      a.tasks
        .filter((t) => t.taken < t.slots || t.mine)
        .map((t) => ({
          id: t.id,
          title: t.title,
          activityId: a.id,
          activityTitle: a.title,
          startsAt: a.startsAt,
          open: Math.max(0, t.slots - t.taken),
          mine: t.mine,
        })),
    );
}

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
    .filter(({ record }) => record.row.status === 'published' && record.row.startsAt > now)
    .map(({ record, mine }) => {
      const { row, seats, tasks } = record;
      const summary: ActivitySummary = {
        id: row.id,
        title: row.title,
        startsAt: row.startsAt.toISOString(),
        spotsLeft: seats.left,
        signedUp: mine !== null,
        maxGuests: row.maxGuests,
        openTasks: tasks.reduce(
          (sum, task) => sum + Math.max(0, task.row.slots - task.helpers.length),
          0,
        ),
        tasks: tasks.length,
      };
      if (row.place) summary.place = row.place;
      if (mine) summary.status = mine.status;
      if (mine?.position) summary.position = mine.position;
      if (mine) summary.guests = mine.guests;
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
    .filter(({ record }) => record.row.status === 'published' && record.row.startsAt > now)
    .flatMap(({ record }) =>
      record.tasks
        .map((task) => ({
          task: task.row,
          taken: task.helpers.length,
          mine: task.helpers.some((h) => h.userId === userId),
        }))
        .filter(({ task, taken, mine }) => taken < task.slots || mine)
        .map(({ task, taken, mine }) => ({
          id: task.id,
          title: task.title,
          activityId: record.row.id,
          activityTitle: record.row.title,
          startsAt: record.row.startsAt.toISOString(),
          open: Math.max(0, task.slots - taken),
          mine,
        })),
    );
}

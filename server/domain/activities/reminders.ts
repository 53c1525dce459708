import { and, eq, inArray } from 'drizzle-orm';
import { activities, activitySignups, taskSignups, volunteerTasks } from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { t } from '../../i18n/catalogue';
import { cancelJob, scheduleJob } from '../../scheduler/scheduler';
import { formatWhen } from '../../protocol/dates';
import { tellPerson } from './notify';
import { getActivitySettings } from './settings';
import type { ActivityRow } from './records';

export const REMINDER_JOB = 'activities.reminder';

function reminderKey(activity: Pick<ActivityRow, 'id' | 'startsAt'>): string {
  return `activity-reminder:${activity.id}:${activity.startsAt.getTime()}`;
}

/**
 * Schedules the reminder of a published activity in the database (the project's setting,
 * default the day before). The key holds the start time: a moved activity gets a new
 * reminder and the old one is cancelled; a reminder whose time has passed is not sent.
 */
export async function scheduleReminder(
  db: Executor,
  clock: Clock,
  activity: ActivityRow,
  previousStart?: Date,
): Promise<void> {
  if (previousStart && previousStart.getTime() !== activity.startsAt.getTime())
    await cancelJob(db, reminderKey({ id: activity.id, startsAt: previousStart }));
  if (activity.status !== 'published') return;
  const { reminderHoursBefore } = await getActivitySettings(db, activity.projectId);
  const runAt = new Date(activity.startsAt.getTime() - reminderHoursBefore * 3_600_000);
  if (runAt <= clock.now()) return;
  await scheduleJob(db, {
    kind: REMINDER_JOB,
    payload: { activityId: activity.id, startsAt: activity.startsAt.toISOString() },
    runAt,
    dedupeKey: reminderKey(activity),
  });
}

export async function cancelReminder(db: Executor, activity: ActivityRow): Promise<void> {
  await cancelJob(db, reminderKey(activity));
}

/**
 * Job: remind everyone with a confirmed place (and the volunteers) privately. Runs in the
 * claiming transaction and marks the activity, so it is sent once, also across restarts.
 */
export async function sendReminder(
  tx: Tx,
  clock: Clock,
  payload: { activityId: string; startsAt: string },
): Promise<DomainEvent[]> {
  const [activity] = await tx
    .select()
    .from(activities)
    .where(eq(activities.id, payload.activityId))
    .limit(1)
    .for('update');
  if (
    !activity ||
    activity.status !== 'published' ||
    activity.reminderSentAt ||
    activity.startsAt.toISOString() !== payload.startsAt ||
    activity.startsAt <= clock.now()
  )
    return [];
  const guests = await tx
    .select({ userId: activitySignups.userId })
    .from(activitySignups)
    .where(
      and(eq(activitySignups.activityId, activity.id), eq(activitySignups.status, 'confirmed')),
    );
  const helpers = await tx
    .select({ userId: taskSignups.userId, task: volunteerTasks.title })
    .from(taskSignups)
    .innerJoin(volunteerTasks, eq(volunteerTasks.id, taskSignups.taskId))
    .where(inArray(volunteerTasks.activityId, [activity.id]));
  const people = new Set([...guests.map((g) => g.userId), ...helpers.map((h) => h.userId)]);
  const events: DomainEvent[] = [];
  for (const userId of people) {
    const tasks = helpers.filter((h) => h.userId === userId).map((h) => h.task);
    events.push(
      ...(await tellPerson(tx, clock, { projectId: activity.projectId, userId }, (locale) => {
        const lines = [
          t(locale, 'activities.note.reminder', {
            title: activity.title,
            when: formatWhen(locale, activity.startsAt, activity.timezone),
          }),
        ];
        if (activity.place)
          lines.push(t(locale, 'activities.note.place', { place: activity.place }));
        if (tasks.length > 0)
          lines.push(t(locale, 'activities.note.reminder_tasks', { tasks: tasks.join(', ') }));
        lines.push(t(locale, 'activities.note.reminder_cancel'));
        return { text: lines.join('\n') };
      })),
    );
  }
  await tx
    .update(activities)
    .set({ reminderSentAt: clock.now() })
    .where(eq(activities.id, activity.id));
  return events;
}

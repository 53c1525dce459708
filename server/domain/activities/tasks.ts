import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { activities, taskSignups, volunteerTasks } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { forbidden, notFound, validationFailed } from '../../errors';
import { t } from '../../i18n/catalogue';
import { findProjectChannel } from '../channels/channels';
import { postBotMessage } from '../buurtbot/messages';
import { changedEvents, requireActivity } from './activities';
import { projectLocale } from '../projects/locale';
import { formatWhen } from '../../protocol/dates';
import { canManageActivities } from '../../protocol/access';
import { takesPartInActivities } from './rules';
import { activityRecords, viewedOne, type ActivityRow, type ViewedActivity } from './records';

async function result(db: Db, userId: string, activity: ActivityRow) {
  const { actor } = await requireActivity(db, activity.id, userId);
  return {
    activity: await viewedOne(db, activity, actor),
    events: await changedEvents(db, [activity]),
  };
}

/** Adds a volunteer task (coordinators and staff). */
export async function addTask(
  db: Db,
  clock: Clock,
  userId: string,
  activityId: string,
  input: { title: string; slots: number },
): Promise<{ activity: ViewedActivity; events: DomainEvent[] }> {
  const { activity, actor } = await requireActivity(db, activityId, userId);
  if (!canManageActivities(actor.role)) throw forbidden();
  const existing = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(volunteerTasks)
    .where(eq(volunteerTasks.activityId, activityId));
  if ((existing[0]?.n ?? 0) >= 10)
    throw validationFailed({ title: { key: 'activities.error.too_many_tasks' } });
  await db.insert(volunteerTasks).values({ activityId, ...input, createdAt: clock.now() });
  return result(db, userId, activity);
}

export async function removeTask(
  db: Db,
  userId: string,
  taskId: string,
): Promise<{ activity: ViewedActivity; events: DomainEvent[] }> {
  const task = await findTask(db, taskId);
  const { activity, actor } = await requireActivity(db, task.activityId, userId);
  if (!canManageActivities(actor.role)) throw forbidden();
  await db.delete(volunteerTasks).where(eq(volunteerTasks.id, taskId));
  return result(db, userId, activity);
}

async function findTask(db: Db, taskId: string) {
  const [task] = await db
    .select()
    .from(volunteerTasks)
    .where(eq(volunteerTasks.id, taskId))
    .limit(1);
  if (!task) throw notFound();
  return task;
}

/**
 * Volunteers for a task, when a slot is free. The task row is locked, so two people never
 * take the last slot together. Doing it again is harmless.
 */
export async function volunteer(
  db: Db,
  clock: Clock,
  userId: string,
  taskId: string,
): Promise<{ activity: ViewedActivity; events: DomainEvent[] }> {
  const task = await findTask(db, taskId);
  const { activity, actor } = await requireActivity(db, task.activityId, userId);
  if (
    !takesPartInActivities(actor.role) ||
    activity.status !== 'published' ||
    activity.startsAt <= clock.now()
  )
    throw validationFailed({ taskId: { key: 'activities.error.closed' } });
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(volunteerTasks)
      .where(eq(volunteerTasks.id, taskId))
      .for('update');
    if (!locked) throw notFound();
    const helpers = await tx.select().from(taskSignups).where(eq(taskSignups.taskId, taskId));
    if (helpers.some((h) => h.userId === userId)) return;
    if (helpers.length >= locked.slots)
      throw validationFailed({ taskId: { key: 'activities.error.task_full' } });
    await tx.insert(taskSignups).values({ taskId, userId, createdAt: clock.now() });
  });
  return result(db, userId, activity);
}

export async function unvolunteer(
  db: Db,
  userId: string,
  taskId: string,
): Promise<{ activity: ViewedActivity; events: DomainEvent[] }> {
  const task = await findTask(db, taskId);
  const { activity } = await requireActivity(db, task.activityId, userId);
  await db
    .delete(taskSignups)
    .where(and(eq(taskSignups.taskId, taskId), eq(taskSignups.userId, userId)));
  return result(db, userId, activity);
}

/**
 * Buurtbot posts a call for help in the activities room: the open tasks of an activity, each
 * with a button to volunteer. Coordinators and staff only; nothing when every task is filled.
 */
export async function callForVolunteers(
  db: Db,
  clock: Clock,
  userId: string,
  activityId: string,
): Promise<{ posted: boolean; openTasks: number; events: DomainEvent[] }> {
  const { activity, actor } = await requireActivity(db, activityId, userId);
  if (!canManageActivities(actor.role)) throw forbidden();
  if (activity.status !== 'published' || activity.startsAt <= clock.now())
    throw validationFailed({ activityId: { key: 'activities.error.closed' } });
  const [record] = await activityRecords(db, [activity]);
  const open = (record?.tasks ?? [])
    .filter((task) => task.helpers.length < task.row.slots)
    .map((task) => ({
      id: task.row.id,
      title: task.row.title,
      open: task.row.slots - task.helpers.length,
    }));
  if (open.length === 0) return { posted: false, openTasks: 0, events: [] };
  const room = await findProjectChannel(db, activity.projectId, 'activities');
  if (!room) throw notFound();
  // The shared room reads in the project's language only.
  const locale = await projectLocale(db, activity.projectId);
  const when = formatWhen(locale, activity.startsAt, activity.timezone);
  const lines = [
    t(locale, 'activities.call.title', { title: activity.title, when }),
    ...open.map((task) => t(locale, 'activities.call.task', { task: task.title, open: task.open })),
    t(locale, 'activities.call.how'),
  ];
  const message = await postBotMessage(
    db,
    clock,
    { channelId: room.id, projectId: activity.projectId, channelKind: 'activities' },
    lines.join('\n'),
    open.slice(0, 6).map((task) => ({
      label: t(locale, 'activities.call.button', { task: task.title }),
      value: `/helpen ${task.id}`,
    })),
  );
  return { posted: true, openTasks: open.length, events: [message] };
}

/** Volunteer tasks of upcoming published activities, filled or not (for the newsletter). */
export async function upcomingTasks(db: Executor, projectId: string, now: Date) {
  const rows = await db
    .select({
      taskId: volunteerTasks.id,
      title: volunteerTasks.title,
      slots: volunteerTasks.slots,
      activityId: activities.id,
      activityTitle: activities.title,
      startsAt: activities.startsAt,
      timezone: activities.timezone,
      openToNeighbours: activities.openToNeighbours,
      taken:
        sql<number>`(select count(*) from ${taskSignups} where ${taskSignups.taskId} = ${volunteerTasks.id})`.mapWith(
          Number,
        ),
    })
    .from(volunteerTasks)
    .innerJoin(activities, eq(activities.id, volunteerTasks.activityId))
    .where(
      and(
        eq(activities.projectId, projectId),
        eq(activities.status, 'published'),
        gt(activities.startsAt, now),
      ),
    )
    .orderBy(asc(activities.startsAt));
  return rows;
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { activitySignups, taskSignups, users, volunteerTasks } from '../../../db/schema';
import type { activities } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type {
  ActivityPublic,
  Activity,
  MySignup,
  Seats,
  VolunteerTask,
} from '../../protocol/activities';
import type { Role } from '../../protocol/roles';
import { canManageActivities, canSeeWhoComes } from './rules';
import { toLocal } from './time';

export type ActivityRow = typeof activities.$inferSelect;
export type SignupRow = typeof activitySignups.$inferSelect;

/** Seats held (confirmed and offered, guests included) and people waiting, per activity. */
export async function seatsOf(db: Executor, rows: ActivityRow[]): Promise<Map<string, Seats>> {
  const ids = rows.map((r) => r.id);
  const counts =
    ids.length === 0
      ? []
      : await db
          .select({
            activityId: activitySignups.activityId,
            taken:
              sql<number>`coalesce(sum(case when ${activitySignups.status} in ('confirmed', 'offered') then 1 + ${activitySignups.guests} else 0 end), 0)`.mapWith(
                Number,
              ),
            waiting:
              sql<number>`count(*) filter (where ${activitySignups.status} = 'waitlisted')`.mapWith(
                Number,
              ),
          })
          .from(activitySignups)
          .where(inArray(activitySignups.activityId, ids))
          .groupBy(activitySignups.activityId);
  const byId = new Map(counts.map((c) => [c.activityId, c]));
  return new Map(
    rows.map((row) => {
      const c = byId.get(row.id);
      const taken = c?.taken ?? 0;
      return [
        row.id,
        {
          activityId: row.id,
          projectId: row.projectId,
          taken,
          capacity: row.capacity,
          left: row.capacity === null ? null : Math.max(0, row.capacity - taken),
          waiting: c?.waiting ?? 0,
        },
      ];
    }),
  );
}

/** The row's entry of `seatsOf` (which has one for every row it was given). */
function seatsIn(seats: Map<string, Seats>, row: ActivityRow): Seats {
  const found = seats.get(row.id);
  if (!found) throw new Error('seats missing');
  return found;
}

export async function seatsOne(db: Executor, row: ActivityRow): Promise<Seats> {
  return seatsIn(await seatsOf(db, [row]), row);
}

/** The viewer's sign-up as they see it, with their place on the waitlist. */
export async function mySignupOf(
  db: Executor,
  signup: SignupRow | undefined,
): Promise<MySignup | null> {
  if (!signup || signup.status === 'cancelled') return null;
  let position: number | null = null;
  if (signup.status === 'waitlisted') {
    const [row] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(activitySignups)
      .where(
        and(
          eq(activitySignups.activityId, signup.activityId),
          eq(activitySignups.status, 'waitlisted'),
          sql`${activitySignups.queueNo} <= ${signup.queueNo}`,
        ),
      );
    position = row?.n ?? 1;
  }
  return {
    status: signup.status,
    guests: signup.guests,
    position,
    offerExpiresAt: signup.offerExpiresAt?.toISOString() ?? null,
  };
}

async function tasksOf(
  db: Executor,
  rows: ActivityRow[],
  viewer: { userId: string; role: Role } | undefined,
): Promise<Map<string, VolunteerTask[]>> {
  const result = new Map<string, VolunteerTask[]>();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return result;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tasks = await db
    .select()
    .from(volunteerTasks)
    .where(inArray(volunteerTasks.activityId, ids))
    .orderBy(asc(volunteerTasks.createdAt), asc(volunteerTasks.title));
  const taskIds = tasks.map((t) => t.id);
  const helpers =
    taskIds.length === 0
      ? []
      : await db
          .select({
            taskId: taskSignups.taskId,
            userId: taskSignups.userId,
            name: users.displayName,
          })
          .from(taskSignups)
          .innerJoin(users, eq(users.id, taskSignups.userId))
          .where(inArray(taskSignups.taskId, taskIds))
          .orderBy(asc(taskSignups.createdAt));
  for (const task of tasks) {
    const activity = byId.get(task.activityId);
    const showNames =
      viewer !== undefined &&
      activity !== undefined &&
      canSeeWhoComes(viewer.role, activity, viewer.userId);
    const mine = helpers.filter((h) => h.taskId === task.id);
    const view: VolunteerTask = {
      id: task.id,
      title: task.title,
      slots: task.slots,
      taken: mine.length,
      mine: viewer !== undefined && mine.some((h) => h.userId === viewer.userId),
    };
    if (showNames) view.volunteers = mine.map((h) => h.name);
    const list = result.get(task.activityId) ?? [];
    list.push(view);
    result.set(task.activityId, list);
  }
  return result;
}

async function organiserNames(db: Executor, rows: ActivityRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.organiserId).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
}

function publicView(
  row: ActivityRow,
  seats: Seats,
  tasks: VolunteerTask[],
  organiserName: string | undefined,
): ActivityPublic {
  return {
    id: row.id,
    projectId: row.projectId,
    seriesId: row.seriesId,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    start: toLocal(row.startsAt, row.timezone),
    end: toLocal(row.endsAt, row.timezone),
    timezone: row.timezone,
    place: row.place,
    accessibility: row.accessibility,
    accessibilityNote: row.accessibilityNote,
    capacity: row.capacity,
    maxGuests: row.maxGuests,
    openToNeighbours: row.openToNeighbours,
    organiser:
      row.organiserId && organiserName ? { id: row.organiserId, name: organiserName } : null,
    status: row.status,
    interests: row.interests,
    seats,
    tasks,
  };
}

/** Activities as everyone who may see them sees them (for live broadcasts): no personal data. */
export async function publicViews(db: Executor, rows: ActivityRow[]): Promise<ActivityPublic[]> {
  const [seats, tasks, names] = await Promise.all([
    seatsOf(db, rows),
    tasksOf(db, rows, undefined),
    organiserNames(db, rows),
  ]);
  return rows.map((row) =>
    publicView(
      row,
      seatsIn(seats, row),
      tasks.get(row.id) ?? [],
      row.organiserId ? names.get(row.organiserId) : undefined,
    ),
  );
}

/** Activities as one viewer sees them: their own sign-up and tasks, management rights. */
export async function viewsFor(
  db: Executor,
  rows: ActivityRow[],
  viewer: { userId: string; role: Role },
): Promise<Activity[]> {
  const ids = rows.map((r) => r.id);
  const [seats, tasks, names, mine] = await Promise.all([
    seatsOf(db, rows),
    tasksOf(db, rows, viewer),
    organiserNames(db, rows),
    ids.length === 0
      ? Promise.resolve([] as SignupRow[])
      : db
          .select()
          .from(activitySignups)
          .where(
            and(
              inArray(activitySignups.activityId, ids),
              eq(activitySignups.userId, viewer.userId),
            ),
          ),
  ]);
  const manager = canManageActivities(viewer.role);
  const result: Activity[] = [];
  for (const row of rows) {
    const base = publicView(
      row,
      seatsIn(seats, row),
      tasks.get(row.id) ?? [],
      row.organiserId ? names.get(row.organiserId) : undefined,
    );
    result.push({
      ...base,
      mySignup: await mySignupOf(
        db,
        mine.find((s) => s.activityId === row.id),
      ),
      canManage: manager || (row.status === 'proposed' && row.createdBy === viewer.userId),
      seesWhoComes: canSeeWhoComes(viewer.role, row, viewer.userId),
    });
  }
  return result;
}

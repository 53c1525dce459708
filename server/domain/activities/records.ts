import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { activitySignups, taskSignups, users, volunteerTasks } from '../../../db/schema';
import type { activities, newsletters } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Seats } from '../../protocol/activities';
import type { Role } from '../../protocol/roles';

export type ActivityRow = typeof activities.$inferSelect;
export type SignupRow = typeof activitySignups.$inferSelect;
export type TaskRow = typeof volunteerTasks.$inferSelect;

/** A volunteer task with the people who do it (in the order they said yes). */
export interface TaskRecord {
  row: TaskRow;
  helpers: { userId: string; name: string }[];
}

/**
 * An activity with the facts its views are made of: its seat counts, its tasks and the
 * organiser's name. The presenters (server/areas/activities/presenters.ts) make the wire shapes.
 */
export interface ActivityRecord {
  row: ActivityRow;
  seats: Seats;
  tasks: TaskRecord[];
  organiserName: string | undefined;
}

/** A sign-up that holds or waits for a place, with its 1-based place on the waitlist. */
export type SignupRecord = Omit<SignupRow, 'status'> & {
  status: Exclude<SignupRow['status'], 'cancelled'>;
  position: number | null;
};

/** A sign-up that holds or waits for a place, with the person's name. */
export type AttendeeRecord = SignupRecord & { name: string };

/** A newsletter as stored. */
export type NewsletterRow = typeof newsletters.$inferSelect;

/** An activity for one viewer: the facts, who looks, and the viewer's own sign-up. */
export interface ViewedActivity {
  record: ActivityRecord;
  viewer: { userId: string; role: Role };
  mine: SignupRecord | null;
}

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

/** The sign-up with its place on the waitlist; null when there is none (or it was cancelled). */
export async function signupRecordOf(
  db: Executor,
  signup: SignupRow | undefined,
): Promise<SignupRecord | null> {
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
  return { ...signup, status: signup.status, position };
}

/** This person's sign-up for one activity that holds or waits for a place, or null. */
export async function mySignupOf(
  db: Executor,
  activityId: string,
  userId: string,
): Promise<SignupRecord | null> {
  const [row] = await db
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.userId, userId)))
    .limit(1);
  return signupRecordOf(db, row);
}

/** Each activity's tasks with their helpers, in the order they were made. */
async function tasksOf(db: Executor, rows: ActivityRow[]): Promise<Map<string, TaskRecord[]>> {
  const result = new Map<string, TaskRecord[]>();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return result;
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
    const mine = helpers
      .filter((h) => h.taskId === task.id)
      .map((h) => ({ userId: h.userId, name: h.name }));
    const list = result.get(task.activityId) ?? [];
    list.push({ row: task, helpers: mine });
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

/** The activities with their seat counts, tasks and organiser names (for any viewer). */
export async function activityRecords(
  db: Executor,
  rows: ActivityRow[],
): Promise<ActivityRecord[]> {
  const [seats, tasks, names] = await Promise.all([
    seatsOf(db, rows),
    tasksOf(db, rows),
    organiserNames(db, rows),
  ]);
  return rows.map((row) => ({
    row,
    seats: seatsIn(seats, row),
    tasks: tasks.get(row.id) ?? [],
    organiserName: row.organiserId ? names.get(row.organiserId) : undefined,
  }));
}

/** The activity records for one viewer, with the viewer's own sign-up on each. */
export async function viewedBy(
  db: Executor,
  rows: ActivityRow[],
  viewer: { userId: string; role: Role },
): Promise<ViewedActivity[]> {
  const ids = rows.map((r) => r.id);
  const [records, mine] = await Promise.all([
    activityRecords(db, rows),
    ids.length === 0
      ? Promise.resolve<SignupRow[]>([])
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
  const result: ViewedActivity[] = [];
  for (const record of records) {
    const signup = mine.find((s) => s.activityId === record.row.id);
    result.push({ record, viewer, mine: await signupRecordOf(db, signup) });
  }
  return result;
}

/** One activity for one viewer. */
export async function viewedOne(
  db: Executor,
  row: ActivityRow,
  viewer: { userId: string; role: Role },
): Promise<ViewedActivity> {
  const [viewed] = await viewedBy(db, [row], viewer);
  if (!viewed) throw new Error('viewedBy returns one entry per row');
  return viewed;
}

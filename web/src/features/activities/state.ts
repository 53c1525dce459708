import { signal } from '@preact/signals';
import type {
  Activity,
  ActivityPublic,
  Attendee,
  MySignup,
  Seats,
  SignupResult,
} from '../../../../server/protocol/activities';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { unwrap } from '../../realtime/realtimeClient';
import { connect } from '../../state/chat';

/** The activity board of the open project, kept live by socket events. */
export const board = signal<Activity[]>([]);
export const boardError = signal<string | undefined>(undefined);
let watching: string | undefined;
let listening = false;

function patch(id: string, change: (a: Activity) => Activity): void {
  board.value = board.value.map((a) => (a.id === id ? change(a) : a));
}

function listen(): void {
  if (listening) return;
  listening = true;
  const { socket } = connect();
  socket.on('activity:seats', (seats: Seats) => patch(seats.activityId, (a) => ({ ...a, seats })));
  socket.on('activity:changed', (activity: ActivityPublic) => {
    if (activity.projectId !== watching) return;
    const known = board.value.find((a) => a.id === activity.id);
    if (!known) return void loadBoard(activity.projectId);
    patch(activity.id, (a) => ({ ...a, ...activity, tasks: mergeTasks(a, activity) }));
    // The broadcast carries no names: who may see them asks for their own view.
    if (known.seesWhoComes) void refresh(activity.id);
  });
  socket.on('activity:mine', (event: { activityId: string; signup: MySignup | null }) =>
    patch(event.activityId, (a) => ({ ...a, mySignup: event.signup })),
  );
  socket.on('connect', () => {
    if (watching) void watch(watching);
  });
}

async function watch(projectId: string): Promise<void> {
  await connect().socket.emitWithAck('activity:watch', { projectId });
}

export async function loadBoard(projectId: string): Promise<void> {
  listen();
  watching = projectId;
  await watch(projectId);
  const { activities } = await api(routes.activities.list, { query: { projectId } });
  board.value = activities;
}

/**
 * Tasks from a broadcast (the same for everyone) with what only this viewer knows kept:
 * whether they help with a task (that changes only by their own tap).
 */
function mergeTasks(known: Activity, update: ActivityPublic): Activity['tasks'] {
  return update.tasks.map((task) => {
    const before = known.tasks.find((x) => x.id === task.id);
    return { ...task, mine: before?.mine ?? false, volunteers: before?.volunteers };
  });
}

async function refresh(activityId: string): Promise<void> {
  const r = await api(routes.activities.get, { params: { activityId } });
  replace(r.activity);
}

function applyResult(activityId: string, result: SignupResult): void {
  patch(activityId, (a) => ({ ...a, seats: result.seats, mySignup: result.signup }));
}

/** One tap: signs up over the socket (retried until acknowledged; a retry changes nothing). */
export async function signUp(activityId: string, guests: number): Promise<SignupResult> {
  const result = unwrap(
    await connect().socket.emitWithAck('activity:signup', { activityId, guests }),
  );
  applyResult(activityId, result);
  return result;
}

export async function withdraw(activityId: string): Promise<void> {
  applyResult(
    activityId,
    unwrap(await connect().socket.emitWithAck('activity:withdraw', { activityId })),
  );
}

export async function answerOffer(activityId: string, accept: boolean): Promise<void> {
  applyResult(
    activityId,
    unwrap(await connect().socket.emitWithAck('activity:respond', { activityId, accept })),
  );
}

export function replace(activity: Activity): void {
  if (board.value.some((a) => a.id === activity.id)) patch(activity.id, () => activity);
  else
    board.value = [...board.value, activity].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Coordinators and staff: a volunteer task on an activity. */
export async function addTask(
  activityId: string,
  task: { title: string; slots: number },
): Promise<void> {
  const r = await api(routes.activities.addTask, { params: { activityId }, body: task });
  replace(r.activity);
}

export async function removeTask(taskId: string): Promise<void> {
  const r = await api(routes.activities.removeTask, { params: { taskId } });
  replace(r.activity);
}

/** "Ik help" (true) or "Ik help niet meer" (false). */
export async function helpWith(taskId: string, help: boolean): Promise<void> {
  const r = await api(help ? routes.activities.volunteer : routes.activities.unvolunteer, {
    params: { taskId },
  });
  replace(r.activity);
}

/** Who signed up (the organiser, coordinators and staff only). */
export async function loadAttendees(activityId: string): Promise<Attendee[]> {
  const r = await api(routes.activities.signups, { params: { activityId } });
  return r.attendees;
}

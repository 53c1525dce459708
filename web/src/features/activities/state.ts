import { signal } from '@preact/signals';
import type {
  Activity,
  ActivityPublic,
  MySignup,
  Seats,
  SignupResult,
} from '../../../../server/protocol/activities';
import { http } from '../../api/http';
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
    if (known) patch(activity.id, (a) => ({ ...a, ...activity }));
    else void loadBoard(activity.projectId);
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
  const { activities } = await http.get<{ activities: Activity[] }>(
    `/api/activities?projectId=${projectId}`,
  );
  board.value = activities;
}

function applyResult(activityId: string, result: SignupResult): void {
  patch(activityId, (a) => ({ ...a, seats: result.seats, mySignup: result.signup }));
}

/** One tap: signs up over the socket (retried until acknowledged; a retry changes nothing). */
export async function signUp(activityId: string, guests: number): Promise<void> {
  const result = unwrap(
    await connect().socket.emitWithAck('activity:signup', { activityId, guests }),
  );
  applyResult(activityId, result);
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

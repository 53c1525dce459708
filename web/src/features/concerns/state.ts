import { signal } from '@preact/signals';
import type {
  ConcernNote,
  PersonRef,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
  StaffFeed,
} from '../../../../server/protocol/concerns';
import { api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { connect } from '../../state/chat';

/** The reporter's own concerns, live (`concern:mine`). */
export const myConcerns = signal<Record<string, ReporterConcern>>({});
/** The staff feed, live (`concern:updated`, `alert:updated`). */
export const staffConcerns = signal<Record<string, StaffConcern>>({});
export const staffAlerts = signal<Record<string, StaffAlert>>({});
export const onCall = signal<PersonRef | null>(null);
/** The current or next stretch (within a day) when nobody is on call. */
export const rotaGap = signal<StaffFeed['rotaGap']>(null);
/** Staff-only notes of the concerns that were opened, live (`concern:note`). */
export const notes = signal<Record<string, ConcernNote[]>>({});
/** A clock for ages and timers, moved every 30 seconds. */
export const now = signal(Date.now());

let listening = false;
let reload: (() => void) | undefined;

/** Joins the live events once per page; after a reconnect the lists are fetched again. */
export function listen(): void {
  if (listening) return;
  listening = true;
  const { socket } = connect();
  socket.on('concern:mine', (c) => (myConcerns.value = { ...myConcerns.value, [c.id]: c }));
  socket.on(
    'concern:updated',
    (c) => (staffConcerns.value = { ...staffConcerns.value, [c.id]: c }),
  );
  socket.on('alert:updated', (a) => (staffAlerts.value = { ...staffAlerts.value, [a.id]: a }));
  socket.on('concern:note', (n) => {
    const list = notes.value[n.concernId];
    if (list && !list.some((x) => x.id === n.id))
      notes.value = { ...notes.value, [n.concernId]: [...list, n] };
  });
  socket.io.on('reconnect', () => reload?.());
  window.setInterval(() => (now.value = Date.now()), 30_000);
}

export async function loadMine(projectId: string): Promise<void> {
  listen();
  reload = () => void loadMine(projectId);
  const { concerns } = await api(routes.concerns.mine, { params: { projectId } });
  myConcerns.value = Object.fromEntries(concerns.map((c) => [c.id, c]));
}

export async function loadFeed(projectId: string): Promise<void> {
  listen();
  reload = () => void loadFeed(projectId);
  const feed = await api(routes.concerns.feed, { params: { projectId } });
  staffConcerns.value = Object.fromEntries(feed.concerns.map((c) => [c.id, c]));
  staffAlerts.value = Object.fromEntries(feed.alerts.map((a) => [a.id, a]));
  onCall.value = feed.onCall;
  rotaGap.value = feed.rotaGap;
}

export function rememberConcern(concern: StaffConcern): void {
  staffConcerns.value = { ...staffConcerns.value, [concern.id]: concern };
}

export function rememberAlert(alert: StaffAlert): void {
  staffAlerts.value = { ...staffAlerts.value, [alert.id]: alert };
}

export function rememberMine(concern: ReporterConcern): void {
  myConcerns.value = { ...myConcerns.value, [concern.id]: concern };
}

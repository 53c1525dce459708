import type { Presence } from '../deps';
import { rooms } from './rooms';
import type { IoServer } from './types';

/** How long presence changes are gathered before one update per project goes out. */
const BATCH_MS = 200;
/**
 * More changes a second than this (a reconnect storm: thousands of sockets coming back at
 * once) and changes are gathered for longer: every update goes to every member of the
 * project, and during a storm they are mostly noise that competes with catching up. Measured
 * as a rate: at 100 reconnects a second a 200 ms batch holds only 20 changes, yet sends an
 * update to every member of every project five times a second.
 */
const BUSY_CHANGES_PER_SECOND = 50;
const BUSY_BATCH_MS = 5000;

/**
 * Presence from the sockets themselves: a member is online while any of their sockets
 * (on any node, through the adapter) is connected. Changes are batched per project so a
 * reconnect storm sends a few small updates instead of one per socket.
 */
export function createPresence(io: IoServer): Presence & {
  connected(userId: string, projectIds: string[]): void;
  disconnected(userId: string, projectIds: string[]): Promise<void>;
  close(): void;
} {
  const pending = new Map<string, { online: Set<string>; offline: Set<string> }>();
  let timer: NodeJS.Timeout | undefined;
  let delay = BATCH_MS;

  function queue(projectIds: string[], userId: string, state: 'online' | 'offline') {
    for (const projectId of projectIds) {
      const change = pending.get(projectId) ?? { online: new Set(), offline: new Set() };
      change[state].add(userId);
      change[state === 'online' ? 'offline' : 'online'].delete(userId);
      pending.set(projectId, change);
    }
    timer ??= setTimeout(flush, delay);
  }

  function flush() {
    timer = undefined;
    let changes = 0;
    for (const [projectId, change] of pending) {
      changes += change.online.size + change.offline.size;
      io.to(rooms.project(projectId)).emit('presence:update', {
        projectId,
        online: [...change.online],
        offline: [...change.offline],
      });
    }
    pending.clear();
    delay = changes / (delay / 1000) > BUSY_CHANGES_PER_SECOND ? BUSY_BATCH_MS : BATCH_MS;
  }

  return {
    async onlineUserIds(projectId) {
      const sockets = await io.in(rooms.project(projectId)).fetchSockets();
      return new Set(sockets.map((s) => s.data.userId));
    },
    connected(userId, projectIds) {
      queue(projectIds, userId, 'online');
    },
    async disconnected(userId, projectIds) {
      const remaining = await io.in(rooms.user(userId)).fetchSockets();
      if (remaining.length === 0) queue(projectIds, userId, 'offline');
    },
    close() {
      if (timer) clearTimeout(timer);
      pending.clear();
    },
  };
}

import type { Deps } from '../../deps';
import { markRead, requireChannelAccess } from '../../domain/channels/channels';
import { requireMembership } from '../../domain/membership/memberships';
import { presenceListSchema, readMarkSchema, typingSchema } from '../../protocol/messages';
import { onNotification, onRequest } from '../handle';
import { rooms } from '../rooms';
import type { IoSocket } from '../types';

/** Typing indicators, read positions and the presence list. */
export function registerPresenceHandlers(socket: IoSocket, deps: Deps): void {
  const { db, clock, presence } = deps;
  const { userId } = socket.data;

  onNotification(socket, deps, 'typing:start', typingSchema, ({ channelId }) => {
    const room = rooms.channel(channelId);
    // Joined only after the access check, so room membership is the permission here.
    if (!socket.rooms.has(room)) return;
    socket.to(room).emit('typing:update', { channelId, userId, name: socket.data.displayName });
  });

  onRequest(socket, deps, 'read:mark', readMarkSchema, async ({ channelId, seq }) => {
    await requireChannelAccess(db, userId, channelId, 'read');
    await markRead(db, { userId, channelId, seq, now: clock.now() });
    return { ok: true as const };
  });

  onRequest(socket, deps, 'presence:list', presenceListSchema, async ({ projectId }) => {
    await requireMembership(db, userId, projectId);
    return { projectId, online: [...(await presence.onlineUserIds(projectId))] };
  });
}

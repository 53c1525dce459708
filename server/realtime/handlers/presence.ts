import type { Deps } from '../../deps';
import { markRead, requireChannelAccess } from '../../domain/channels/channels';
import { requireMembership } from '../../domain/membership/memberships';
import { presenceListSchema, readMarkSchema, typingSchema } from '../../protocol/messages';
import type { SocketEvents } from '../handle';
import { rooms } from '../rooms';

/** Typing indicators, read positions and the presence list. */
export function presenceEvents(events: SocketEvents, deps: Deps): void {
  const { db, clock, presence } = deps;

  events.notification('typing:start', typingSchema, ({ channelId }, socket) => {
    const room = rooms.channel(channelId);
    // Joined only after the access check, so room membership is the permission here.
    if (!socket.rooms.has(room)) return;
    const { userId, displayName } = socket.data;
    socket.to(room).emit('typing:update', { channelId, userId, name: displayName });
  });

  events.request('read:mark', readMarkSchema, async ({ channelId, seq }, socket) => {
    const { userId } = socket.data;
    await requireChannelAccess(db, userId, channelId, 'read');
    await markRead(db, { userId, channelId, seq, now: clock.now() });
    return { ok: true as const };
  });

  events.request('presence:list', presenceListSchema, async ({ projectId }, socket) => {
    await requireMembership(db, socket.data.userId, projectId);
    return { projectId, online: [...(await presence.onlineUserIds(projectId))] };
  });
}

import { presentMessage } from '../../presenters/message';
import { presentChannel } from '../../presenters/project';
import { rooms } from '../../realtime/rooms';
import type { CoreEvent } from '../../domain/events';
import type { AudienceMap } from './types';

/**
 * - a message (new, edited or deleted) goes to the sockets in its channel's room (joined only
 *   after the access check);
 * - a new private channel is joined by its explicit members' sockets, and for concern threads
 *   by the project's staff;
 * - a session end closes that session's sockets; an access change makes the person reconnect.
 */
export const coreAudience: AudienceMap<CoreEvent> = {
  'message.created': (io, event) => {
    io.to(rooms.channel(event.message.channelId)).emit(
      'message:new',
      presentMessage(event.message),
    );
  },
  'message.updated': (io, event) => {
    io.to(rooms.channel(event.message.channelId)).emit(
      'message:updated',
      presentMessage(event.message),
    );
  },
  'channel.created': (io, event) => {
    const audience = event.memberIds.map(rooms.user);
    if (event.channel.kind === 'thread') audience.push(rooms.staff(event.channel.projectId));
    if (audience.length === 0) return;
    io.in(audience).socketsJoin(rooms.channel(event.channel.id));
    io.to(audience).emit('channel:added', presentChannel({ ...event.channel, lastReadSeq: 0 }));
  },
  'session.ended': (io, event) => {
    io.to(rooms.session(event.sessionId)).emit('session:ended', { reason: event.reason });
    io.in(rooms.session(event.sessionId)).disconnectSockets(true);
  },
  'user.erased': (io, event) => {
    io.in(rooms.user(event.userId)).disconnectSockets(true);
  },
  'user.access_changed': (io, event) => {
    // Memberships changed: reconnecting re-reads them and rejoins the right rooms.
    io.in(rooms.user(event.userId)).disconnectSockets(true);
  },
};

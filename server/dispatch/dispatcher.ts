import type { IoServer } from '../realtime/types';
import { presentMessage } from '../presenters/message';
import { presentChannel } from '../presenters/project';
import { rooms } from '../realtime/rooms';
import type { Logger } from '../logger';
import type { DomainEvent, DomainEventType, EventOf } from './events';

type Listener<T extends DomainEventType> = (event: EventOf<T>) => void | Promise<void>;
type AnyListener = (event: DomainEvent) => void | Promise<void>;

/**
 * The one place that decides who hears about a domain event. Audience rules:
 * - a message goes to the sockets in its channel's room (joined only after the access check);
 * - a new private channel is joined by its explicit members' sockets, and for concern threads
 *   by the project's staff;
 * - a session end closes that session's sockets.
 * In-process listeners (the bot, Discord) subscribe to events after they were delivered.
 */
export interface Dispatcher {
  publish(event: DomainEvent): Promise<void>;
  subscribe<T extends DomainEventType>(type: T, listener: Listener<T>): () => void;
}

function subscribeTo<T extends DomainEventType>(
  listeners: Map<DomainEventType, Set<AnyListener>>,
  type: T,
  listener: Listener<T>,
): () => void {
  const set = listeners.get(type) ?? new Set<AnyListener>();
  const wrapped: AnyListener = (event) => listener(event as EventOf<T>);
  set.add(wrapped);
  listeners.set(type, set);
  return () => set.delete(wrapped);
}

export function createDispatcher(io: IoServer, logger: Logger): Dispatcher {
  const listeners = new Map<DomainEventType, Set<AnyListener>>();

  async function deliver(event: DomainEvent): Promise<void> {
    switch (event.type) {
      case 'message.created':
      case 'message.redelivered':
        io.to(rooms.channel(event.message.channelId)).emit(
          'message:new',
          presentMessage(event.message),
        );
        return;
      case 'channel.created': {
        const room = rooms.channel(event.channel.id);
        const audience = event.memberIds.map(rooms.user);
        if (event.channel.kind === 'thread') audience.push(rooms.staff(event.channel.projectId));
        if (audience.length === 0) return;
        io.in(audience).socketsJoin(room);
        io.to(audience).emit('channel:added', presentChannel({ ...event.channel, lastReadSeq: 0 }));
        return;
      }
      case 'session.ended':
        io.to(rooms.session(event.sessionId)).emit('session:ended', { reason: event.reason });
        io.in(rooms.session(event.sessionId)).disconnectSockets(true);
        return;
      case 'user.access_changed':
        // Memberships changed: reconnecting re-reads them and rejoins the right rooms.
        io.in(rooms.user(event.userId)).disconnectSockets(true);
        return;
      case 'user.erased':
        io.in(rooms.user(event.userId)).disconnectSockets(true);
        return;
    }
  }

  return {
    async publish(event) {
      await deliver(event);
      for (const listener of listeners.get(event.type) ?? []) {
        try {
          await listener(event);
        } catch (error) {
          logger.error({ err: error, event: event.type }, 'event listener failed');
        }
      }
    },
    subscribe: (type, listener) => subscribeTo(listeners, type, listener),
  };
}

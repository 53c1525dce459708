import type { ChannelRow } from '../domain/channels/channels';
import type { StoredMessage } from '../domain/messages/messages';
import type { ChannelKind } from '../protocol/roles';
import type { ConcernEvent } from './events/concerns';

/** Events of the foundation: rooms, messages, sessions. */
export type CoreEvent =
  | { type: 'message.created'; message: StoredMessage; projectId: string; channelKind: ChannelKind }
  /** A client retried a message that was already stored: delivered again, heard by no listener. */
  | { type: 'message.redelivered'; message: StoredMessage }
  | { type: 'channel.created'; channel: ChannelRow; memberIds: string[] }
  | { type: 'session.ended'; sessionId: string; reason: 'logout' | 'revoked' | 'expired' }
  | { type: 'user.access_changed'; userId: string };

/**
 * What happened in the domain. Transports and the scheduler publish these; the dispatcher
 * alone decides who hears about them (`audiences/`). Each area adds its union here.
 */
export type DomainEvent = CoreEvent | ConcernEvent;

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

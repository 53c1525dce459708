import type { ChannelRow } from './channels/channels';
import type { StoredMessage } from './messages/messages';
import type { ChannelKind } from '../protocol/roles';
import type { ActivityEvent } from './events/activities';
import type { DefectEvent } from './events/defects';
import type { ConcernEvent } from './events/concerns';

/** Events of the foundation: rooms, messages, sessions. */
export type CoreEvent =
  | { type: 'message.created'; message: StoredMessage; projectId: string; channelKind: ChannelKind }
  /** A message was edited or deleted (`deletedAt` set); its sequence number is unchanged. */
  | { type: 'message.updated'; message: StoredMessage; projectId: string; channelKind: ChannelKind }
  | { type: 'channel.created'; channel: ChannelRow; memberIds: string[] }
  | { type: 'session.ended'; sessionId: string; reason: 'logout' | 'revoked' | 'expired' }
  | { type: 'user.access_changed'; userId: string }
  /** A person erased their account (AVG): their sockets close; in-process listeners (the bot,
   * Discord) forget whatever they hold about them. */
  | { type: 'user.erased'; userId: string };

/**
 * What happened in the domain. Transports and the scheduler publish these; the dispatcher
 * alone decides who hears about them (`audiences/`). Each area adds its union here.
 */
export type DomainEvent = CoreEvent | ActivityEvent | DefectEvent | ConcernEvent;

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

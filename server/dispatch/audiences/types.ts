import type { IoServer } from '../../realtime/types';
import type { DomainEvent } from '../../domain/events';

/** For each event type of an area: who receives it, and in what shape (through a presenter). */
export type AudienceMap<E extends DomainEvent> = {
  [T in E['type']]: (io: IoServer, event: Extract<E, { type: T }>) => void | Promise<void>;
};

import type { Logger } from '../logger';
import type { IoServer } from '../realtime/types';
import { audiences } from './audiences';
import type { DomainEvent, DomainEventType, EventOf } from '../domain/events';

export type { IoServer };

type Listener<T extends DomainEventType> = (event: EventOf<T>) => void | Promise<void>;
type AnyListener = (event: DomainEvent) => void | Promise<void>;

/**
 * Publishes domain events: first to sockets, by the audience rules in `audiences/`, then to
 * in-process listeners (the bot, Discord), which run without holding up the publisher.
 */
export interface Dispatcher {
  /** Delivers to sockets now; listeners run afterwards, without holding up the caller. */
  publish(event: DomainEvent): Promise<void>;
  subscribe<T extends DomainEventType>(type: T, listener: Listener<T>): () => void;
  /** Resolves when every listener started so far has finished (shutdown, tests). */
  settled(): Promise<void>;
}

function deliver(io: IoServer, event: DomainEvent): void | Promise<void> {
  const audience = audiences[event.type] as (
    io: IoServer,
    event: DomainEvent,
  ) => void | Promise<void>;
  return audience(io, event);
}

export function createDispatcher(io: IoServer, logger: Logger): Dispatcher {
  const listeners = new Map<DomainEventType, Set<AnyListener>>();
  const running = new Set<Promise<void>>();

  function runListeners(event: DomainEvent) {
    for (const listener of listeners.get(event.type) ?? []) {
      const run = Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) =>
          logger.error({ err: error, event: event.type }, 'event listener failed'),
        )
        .finally(() => running.delete(run));
      running.add(run);
    }
  }

  return {
    async publish(event) {
      await deliver(io, event);
      runListeners(event);
    },
    subscribe(type, listener) {
      const set = listeners.get(type) ?? new Set<AnyListener>();
      const wrapped: AnyListener = (event) => listener(event as EventOf<typeof type>);
      set.add(wrapped);
      listeners.set(type, set);
      return () => set.delete(wrapped);
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

import type { z } from 'zod';
import type { Deps } from '../deps';
import {
  fromZodError,
  logUnexpected,
  payloadTooLarge,
  presentError,
  toAppError,
  unknownEvent,
} from '../errors';
import { MAX_EVENT_BYTES } from '../protocol/common';
import type { Ack } from '../protocol/errors';
import type { IoSocket, NotificationEvent, RequestEvent, ResultOf } from './types';

/** Rough size of an event payload; anything unserialisable counts as too large. */
export function payloadBytes(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  if (payloadBytes(payload) > MAX_EVENT_BYTES) throw payloadTooLarge();
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

type Handler = (socket: IoSocket, payload: unknown, ack: unknown) => Promise<void>;

/**
 * The client events the server understands, each with its handler. Made once per server and
 * shared by every socket: a socket carries one listener that looks its events up here, rather
 * than a closure per event (28 of them, on each of 10,000 sockets, was a third of the memory
 * a socket costs). Handlers get the socket as an argument and authorise every event again.
 */
export class SocketEvents {
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly deps: Pick<Deps, 'logger' | 'work'>) {}

  /**
   * A request event: size check, zod validation, the handler, and an ack carrying either the
   * result or the typed error in the person's language. Errors never close the connection; a
   * missing ack callback is tolerated.
   */
  request<K extends RequestEvent, S extends z.ZodType>(
    event: K,
    schema: S,
    run: (input: z.output<S>, socket: IoSocket) => Promise<ResultOf<K>>,
  ): void {
    const { logger, work } = this.deps;
    this.add(event, async (socket, payload, ack) => {
      const reply =
        typeof ack === 'function' ? (ack as (response: Ack<ResultOf<K>>) => void) : () => {};
      try {
        reply({ data: await work.track(run(parsePayload(schema, payload), socket)) });
      } catch (error) {
        const appError = toAppError(error);
        logUnexpected(logger, error, appError, { event }, 'socket event failed');
        if (appError.code === 'rate_limited')
          logger.warn(
            { event, ip: socket.data.clientIp, userId: socket.data.userId },
            'rate limited',
          );
        reply({ error: presentError(appError, socket.data.locale) });
      }
    });
  }

  /** A fire-and-forget event (typing): invalid payloads are dropped quietly. */
  notification<K extends NotificationEvent, S extends z.ZodType>(
    event: K,
    schema: S,
    run: (input: z.output<S>, socket: IoSocket) => Promise<void> | void,
  ): void {
    const { logger } = this.deps;
    this.add(event, async (socket, payload) => {
      try {
        await run(parsePayload(schema, payload), socket);
      } catch (error) {
        logUnexpected(logger, error, toAppError(error), { event }, 'socket event failed');
      }
    });
  }

  /** The names of every event with a handler. */
  names(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * Gives a connected socket its one listener. An event name is attacker input ("__proto__",
   * "constructor"): it is only ever looked up in a Map. Unknown events are answered with
   * `unknown_event` when they expect an answer, and otherwise ignored.
   */
  attach(socket: IoSocket): void {
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const handler = typeof event === 'string' ? this.handlers.get(event) : undefined;
      if (handler) {
        void handler(socket, args[0], args[1]);
        return;
      }
      const ack = args[args.length - 1];
      if (typeof ack === 'function')
        ack({ error: presentError(unknownEvent(), socket.data.locale) });
    });
  }

  private add(event: string, handler: Handler): void {
    if (this.handlers.has(event)) throw new Error(`socket event ${event} registered twice`);
    this.handlers.set(event, handler);
  }
}

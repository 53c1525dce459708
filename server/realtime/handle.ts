import type { z } from 'zod';
import type { Deps } from '../deps';
import { fromZodError, logUnexpected, payloadTooLarge, presentError, toAppError } from '../errors';
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

/**
 * Registers a request event: size check, zod validation, the handler, and an ack carrying
 * either the result or the typed error in the person's language. Errors never close the
 * connection; a missing ack callback is tolerated.
 */
export function onRequest<K extends RequestEvent, S extends z.ZodType>(
  socket: IoSocket,
  { logger, work }: Pick<Deps, 'logger' | 'work'>,
  event: K,
  schema: S,
  run: (input: z.output<S>) => Promise<ResultOf<K>>,
): void {
  const listener = async (payload: unknown, ack: unknown) => {
    const reply =
      typeof ack === 'function' ? (ack as (response: Ack<ResultOf<K>>) => void) : () => {};
    try {
      reply({ data: await work.track(run(parsePayload(schema, payload))) });
    } catch (error) {
      const appError = toAppError(error);
      logUnexpected(logger, error, appError, { event }, 'socket event failed');
      if (appError.code === 'rate_limited')
        logger.warn({ event, userId: socket.data.userId }, 'rate limited');
      reply({ error: presentError(appError, socket.data.locale) });
    }
  };
  socket.on(event, listener as never);
}

/** Registers a fire-and-forget event (typing): invalid payloads are dropped quietly. */
export function onNotification<K extends NotificationEvent, S extends z.ZodType>(
  socket: IoSocket,
  { logger }: Pick<Deps, 'logger'>,
  event: K,
  schema: S,
  run: (input: z.output<S>) => Promise<void> | void,
): void {
  const listener = async (payload: unknown) => {
    try {
      await run(parsePayload(schema, payload));
    } catch (error) {
      logUnexpected(logger, error, toAppError(error), { event }, 'socket event failed');
    }
  };
  socket.on(event, listener as never);
}

import { z } from 'zod';

export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'invite_invalid',
  'login_failed',
  'unavailable',
  'internal',
  'unknown_event',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The one error shape on the wire, for HTTP bodies (`{error}`) and socket acks alike. */
export const errorPayloadSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  retryAfterSeconds: z.number().optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/** Socket acknowledgements: either the result or the typed error. */
export type Ack<T> = { data: T } | { error: ErrorPayload };
export type AckCallback<T> = (response: Ack<T>) => void;

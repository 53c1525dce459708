import { z } from 'zod';

export const idSchema = z.uuid();
/** Client-generated ids make retries safe; a UUID is recommended but any opaque token will do. */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const isoDateSchema = z.string();
/**
 * Text that can be stored: no NUL character (PostgreSQL text cannot hold it) and no lone
 * surrogate (half of an emoji, which would be stored as a replacement character).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be refused
const STORABLE_TEXT = /^[^\u0000\p{Cs}]*$/u;
/** Text from elsewhere (a Discord message or name) made storable: NULs left out, half emoji replaced. */
export function storableFrom(text: string): string {
  return text.replaceAll('\u0000', '').replace(/\p{Cs}/gu, '\ufffd');
}
/** Free text a person types, trimmed, between `min` and `max` characters, and storable. */
export const storableText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).regex(STORABLE_TEXT);
/** Text typed by a person: trimmed, not empty, short enough to read, and storable. */
export const userTextSchema = (max: number) => storableText(1, max);
export const MESSAGE_MAX_LENGTH = 4000;
/** The largest socket event payload accepted (OWASP WebSocket guidance). */
export const MAX_EVENT_BYTES = 64 * 1024;

/**
 * A day of a counting period (Living Lab numbers): from 2000 to 2100. Further out there is
 * nothing to count, and the database refuses some of those days (year 0) while a wide period
 * makes a huge answer.
 */
export const periodDaySchema = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2100-01-01', { message: 'period' });

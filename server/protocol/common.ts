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
/** Text typed by a person: trimmed, not empty, and short enough to read. */
export const userTextSchema = (max: number) => z.string().trim().min(1).max(max);
export const MESSAGE_MAX_LENGTH = 4000;
/** The largest socket event payload accepted (OWASP WebSocket guidance). */
export const MAX_EVENT_BYTES = 64 * 1024;

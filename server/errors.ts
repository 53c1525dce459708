import type { z } from 'zod';
import type { ErrorCode, ErrorPayload } from './protocol/errors';
import { t, type MessageKey, type MessageParams } from './i18n/catalogue';
import type { Locale } from './i18n/locale';

interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  invite_invalid: 410,
  login_failed: 401,
  unavailable: 503,
  internal: 500,
  unknown_event: 400,
};

/**
 * An expected failure with a stable code; the message is translated when presented (the code's
 * own text, or `detail` when the refusal needs a more precise one).
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldProblem>,
    readonly retryAfterSeconds?: number,
    readonly detail?: FieldProblem,
  ) {
    super(code);
    this.status = statusOf[code];
  }
}

export const validationFailed = (fields: Record<string, FieldProblem>) =>
  new AppError('validation_failed', fields);
export const unauthenticated = () => new AppError('unauthenticated');
export const forbidden = () => new AppError('forbidden');
export const notFound = () => new AppError('not_found');
export const conflict = () => new AppError('conflict');
export const payloadTooLarge = () => new AppError('payload_too_large');
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('rate_limited', undefined, Math.max(1, Math.ceil(retryAfterSeconds)));
export const inviteInvalid = () => new AppError('invite_invalid');
export const loginFailed = () => new AppError('login_failed');
export const unavailable = () => new AppError('unavailable');
export const unknownEvent = () => new AppError('unknown_event');

/** Turns zod issues into translated field problems, keyed by the dotted path ("body", "items.0.name"). */
export function fromZodError(error: { issues: readonly z.core.$ZodIssue[] }): AppError {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!fields[path]) fields[path] = fieldProblemOf(issue);
  }
  return validationFailed(fields);
}

function fieldProblemOf(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves `input` out of issues unless asked; its message says "received undefined".
      return (
        'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message)
      )
        ? { key: 'fields.required' }
        : { key: 'fields.invalid_type' };
    case 'too_small':
      return issue.origin === 'string'
        ? { key: 'fields.too_short', params: { min: Number(issue.minimum) } }
        : { key: 'fields.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'fields.too_long', params: { max: Number(issue.maximum) } }
        : { key: 'fields.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'fields.invalid_format' };
    case 'invalid_value':
      return { key: 'fields.invalid_option' };
    case 'unrecognized_keys':
      return { key: 'fields.unknown_key' };
    default:
      return { key: 'fields.invalid' };
  }
}

/**
 * Error codes that mean "the database (or the disk under it) cannot answer right now": the
 * connection was refused, dropped or timed out, the server is shutting down or starting, the
 * disk is full or read-only. The request changed nothing that was acknowledged; retrying later
 * with the same client id is safe. (postgres.js codes, PostgreSQL SQLSTATEs, Node errnos.)
 */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOSPC',
  'EROFS',
  'EDQUOT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '08000', // connection_exception
  '08001',
  '08003',
  '08004',
  '08006',
  '25006', // read_only_sql_transaction
  '53000', // insufficient_resources
  '53100', // disk_full
  '53200', // out_of_memory
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '58030', // io_error
]);

/** True when the error (or one of its causes) says the database is unreachable or cannot write. */
export function isUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && unavailableCodes.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Any thrown value as an AppError: expected errors as they are, outages as `unavailable`, the rest `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(isUnavailableError(error) ? 'unavailable' : 'internal');
}

/**
 * Logs what was not an expected, typed refusal: outages as warnings (they are the
 * environment's fault and are retried), everything else as errors. Typed refusals (bad
 * input, forbidden, rate limited) are answered to the caller and not logged here.
 */
export function logUnexpected(
  logger: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void },
  error: unknown,
  appError: AppError,
  context: Record<string, unknown>,
  message: string,
): void {
  if (error instanceof AppError) return;
  if (appError.code === 'unavailable')
    logger.warn({ ...context, err: error }, `${message}: database unavailable`);
  else logger.error({ ...context, err: error }, message);
}

/** The wire shape of any error, in the user's language. Unknown errors become `internal`. */
export function presentError(error: unknown, locale: Locale): ErrorPayload {
  const appError = toAppError(error);
  const payload: ErrorPayload = {
    code: appError.code,
    message: appError.detail
      ? t(locale, appError.detail.key, appError.detail.params)
      : t(locale, `errors.${appError.code}`),
  };
  if (appError.fields) {
    payload.fields = Object.fromEntries(
      Object.entries(appError.fields).map(([path, p]) => [path, t(locale, p.key, p.params)]),
    );
  }
  if (appError.retryAfterSeconds !== undefined)
    payload.retryAfterSeconds = appError.retryAfterSeconds;
  return payload;
}

/** Parses with a schema or throws the typed validation error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

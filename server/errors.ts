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

/** An expected failure with a stable code; the message is translated when presented. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldProblem>,
    readonly retryAfterSeconds?: number,
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
      return issue.input === undefined
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

/** The wire shape of any error, in the user's language. Unknown errors become `internal`. */
export function presentError(error: unknown, locale: Locale): ErrorPayload {
  const appError = error instanceof AppError ? error : new AppError('internal');
  const payload: ErrorPayload = {
    code: appError.code,
    message: t(locale, `errors.${appError.code}`),
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

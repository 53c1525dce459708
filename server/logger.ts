import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Cookies, tokens, passwords and invite codes are redacted wherever they
 * appear in a logged object; message bodies are never logged. Errors are logged through
 * `safeError`, which keeps what helps to debug (type, code, message, stack) and drops what may
 * hold personal data: drizzle puts a failed query's parameters (message bodies, token
 * hashes, e-mail addresses) into its message, and PostgreSQL's `detail` quotes row values.
 */
export function createLogger(
  level: string,
  base: Record<string, unknown> = {},
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base,
    serializers: { err: safeError, error: safeError },
    redact: {
      paths: [
        'cookie',
        'token',
        'password',
        'code',
        'body',
        '*.cookie',
        '*.token',
        '*.password',
        '*.code',
        '*.body',
        'headers.cookie',
        'headers.authorization',
        '*.headers.cookie',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

interface SafeError {
  type: string;
  message: string;
  code?: string;
  severity?: string;
  stack?: string;
  cause?: SafeError | string;
}

/** Drops drizzle's "params:" part: the values of the failed query (they may span lines). */
function withoutParams(text: string): string {
  const at = text.indexOf('\nparams:');
  return at === -1 ? text : `${text.slice(0, at)}\nparams: [redacted]`;
}

/** The stack's frames only ("    at fn (file:line:col)"), under the already cleaned message. */
function framesOnly(stack: string, head: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at .*:\d+:\d+\)?$/.test(line));
  return [head, ...frames].join('\n');
}

/** An error as it may be logged: no query parameters, no row values, bounded depth. */
export function safeError(value: unknown, depth = 0): SafeError | string {
  if (!(value instanceof Error)) return typeof value === 'string' ? '[redacted]' : String(value);
  const error = value as Error & { code?: unknown; severity?: unknown };
  const safe: SafeError = {
    type: error.constructor?.name ?? error.name,
    message: withoutParams(error.message),
  };
  if (typeof error.code === 'string' || typeof error.code === 'number')
    safe.code = String(error.code);
  if (typeof error.severity === 'string') safe.severity = error.severity;
  if (error.stack) safe.stack = framesOnly(error.stack, `${safe.type}: ${safe.message}`);
  if (error.cause !== undefined && depth < 4) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}

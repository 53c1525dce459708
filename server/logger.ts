import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Cookies, tokens, passwords and invite codes are redacted wherever they
 * appear in a logged object; message bodies are never logged.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base,
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
  });
}

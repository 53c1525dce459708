import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Deps } from '../../deps';
import { authenticate } from '../../domain/auth/sessions';
import { unauthenticated } from '../../errors';
import { localeFromAcceptLanguage } from '../../i18n/locale';
import { readSessionCookie } from '../cookies';
import type { Auth, AppEnv } from '../env';

/** Resolves the session (if any), the language and the client address for every request. */
export function requestContext(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie(c);
    const auth = token
      ? await authenticate(deps.db, deps.clock, token, deps.config.sessionTtlDays)
      : null;
    c.set('auth', auth);
    c.set('locale', auth?.user.locale ?? localeFromAcceptLanguage(c.req.header('accept-language')));
    c.set('clientIp', clientIp(c, deps.config.trustProxy));
    await next();
  });
}

function clientIp(c: Parameters<typeof getConnInfo>[0], trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The signed-in person, or the `unauthenticated` error. */
export function authOf(c: Context<AppEnv>): Auth {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  return auth;
}

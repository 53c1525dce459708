import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientAddress } from '../../clientAddress';
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
    c.set('clientIp', clientIp(c, deps.config.trustProxyHops));
    await next();
  });
}

/** The client's address: the peer, or X-Forwarded-For counted from the right (`clientAddress`). */
function clientIp(c: Parameters<typeof getConnInfo>[0], hops: number): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  return clientAddress(peer, c.req.header('x-forwarded-for'), hops);
}

/** The signed-in person, or the `unauthenticated` error. */
export function authOf(c: Context<AppEnv>): Auth {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  return auth;
}

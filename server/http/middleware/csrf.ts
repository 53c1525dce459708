import { createMiddleware } from 'hono/factory';
import { AppError, forbidden } from '../../errors';
import type { AppEnv } from '../env';

const unsafeMethod = /^(POST|PUT|PATCH|DELETE)$/;

/**
 * CSRF defence for cookie-authenticated requests: a state-changing request must come from
 * an allowed origin (Origin header, or Sec-Fetch-Site same-origin when a browser sends it)
 * and carry JSON, which a cross-site form cannot send without a CORS preflight we never grant.
 * Hono's own `csrf()` covers only form content types; this covers every type.
 */
export function csrfGuard(allowedOrigins: readonly string[]) {
  const wrongAddress = () =>
    new AppError('forbidden', undefined, undefined, {
      key: 'errors.wrong_address',
      params: { address: allowedOrigins[0] ?? '' },
    });
  return createMiddleware<AppEnv>(async (c, next) => {
    if (unsafeMethod.test(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      // Usually the app opened under another name for the same server (127.0.0.1 while the
      // links say localhost): say which address works, not only "not allowed".
      if (origin !== undefined && !allowedOrigins.includes(origin)) throw wrongAddress();
      if (
        fetchSite !== undefined &&
        fetchSite !== 'same-origin' &&
        fetchSite !== 'none' &&
        origin === undefined
      ) {
        throw forbidden();
      }
      const type = c.req.header('content-type') ?? '';
      const hasBody =
        c.req.header('content-length') !== '0' && c.req.header('content-length') !== undefined;
      if (hasBody && !/^application\/json\b/i.test(type)) throw forbidden();
    }
    await next();
  });
}

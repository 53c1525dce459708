import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * Hono's `secureHeaders`, set before the handler runs instead of on the finished response.
 * The headers are the same for every response, so they are worked out once, by that very
 * middleware on a probe request. Setting headers on a finished response makes
 * `@hono/node-server` build a full Fetch `Response` for every request: a fifth of the CPU of a
 * channel-list request. A handler can still set one of these headers itself (none does).
 *
 * Two limits that come with it: a handler must answer through the context (`c.json`,
 * `c.body`, `c.html`, `c.redirect`, as every route and `serveStatic` do): a `new Response` it
 * returns itself would carry none of these headers. And the values are fixed, so a
 * per-request CSP nonce would need the per-request middleware back.
 */
export function securityHeaders(options: SecureHeadersOptions) {
  const probe = new Hono().use(secureHeaders(options)).get('/', (c) => c.body(null));
  const computed = Promise.resolve(probe.request('/')).then((response) =>
    [...response.headers].filter(([name]) => name !== 'content-type'),
  );
  let headers: [string, string][] | undefined;
  return createMiddleware(async (c, next) => {
    headers ??= await computed;
    for (const [name, value] of headers) c.header(name, value);
    await next();
  });
}

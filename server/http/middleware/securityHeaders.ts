import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * Hono's `secureHeaders`, set before the handler runs instead of on the finished response.
 * The headers are the same for every response, so they are worked out once, by that very
 * middleware on a probe request. Setting headers on a finished response makes
 * `@hono/node-server` build a full Fetch `Response` for every request: a fifth of the CPU of a
 * channel-list request. A handler can still set one of these headers itself, and its value wins.
 *
 * The values are fixed, so a per-request CSP nonce would need the per-request middleware back.
 */
export function securityHeaders(options: SecureHeadersOptions) {
  const probe = new Hono().use(secureHeaders(options)).get('/', (c) => c.body(null));
  const computed = Promise.resolve(probe.request('/')).then((response) =>
    [...response.headers].filter(([name]) => name !== 'content-type'),
  );
  let headers: [string, string][] | undefined;
  return createMiddleware(async (c, next) => {
    headers ??= await computed;
    setEarlyHeaders(c, headers);
    await next();
  });
}

/**
 * Sets headers for whatever response this request gets, before the handler runs. Served by
 * `@hono/node-server`, they go straight onto Node's response (`c.env.outgoing`), which merges
 * them with the handler's own headers when it writes the head (the handler's win). That skips
 * the Fetch `Headers` that Hono's `c.header` fills (its checks per header showed in profiles),
 * and covers a `Response` a handler builds itself too. Elsewhere (`app.request` in tests)
 * `c.header` does the same.
 */
export function setEarlyHeaders(c: Context, headers: readonly (readonly [string, string])[]): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing) {
    for (const [name, value] of headers) outgoing.setHeader(name, value);
    return;
  }
  for (const [name, value] of headers) c.header(name, value);
}

import { TEST_ORIGIN } from './app';

/**
 * A small fetch client for the API, as the browser page would call it. The page's origin is the
 * test servers' PUBLIC_URL unless a deployment under test has another one.
 */
export function api(baseUrl: string, cookie?: string, origin = TEST_ORIGIN) {
  async function request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        origin,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return {
      status: response.status,
      json: json as Record<string, unknown> & {
        error?: { code: string; message: string; fields?: Record<string, string> };
      },
      headers: response.headers,
    };
  }
  return {
    get: (path: string, headers?: Record<string, string>) =>
      request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      request('POST', path, body ?? {}, headers),
    patch: (path: string, body?: unknown) => request('PATCH', path, body ?? {}),
    delete: (path: string) => request('DELETE', path),
    request,
  };
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookieFrom(headers: Headers): string | undefined {
  const setCookie = headers.getSetCookie().find((c) => c.startsWith('bk_session='));
  return setCookie?.split(';')[0];
}

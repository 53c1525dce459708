import { isIP } from 'node:net';

/** Which endpoints a subscription may name (see `acceptsEndpoint`). */
export interface EndpointRules {
  /** Push service hosts; `*.example.com` allows any subdomain of example.com (not itself). */
  hosts: readonly string[];
  /**
   * Tests only: also accept `http(s)://127.0.0.1|localhost|[::1]` on any port (a fake push
   * service). Never read from the environment: only code can pass it, and the notifier refuses
   * it when NODE_ENV is `production`.
   */
  allowLoopbackHttp?: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * Which push endpoints the server will post to. Browsers give `https://` URLs of their push
 * service (FCM, Mozilla, Apple, Microsoft), always by host name on the default port. Anything
 * else is refused: another scheme or port, an IP literal, a name without a dot or with a
 * trailing one (`localhost.`), credentials, and any host outside the allow-list. So a
 * subscription cannot make the server post to an address inside its own network, or probe
 * ports elsewhere.
 */
export function acceptsEndpoint(endpoint: string, rules: EndpointRules): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (rules.allowLoopbackHttp && LOOPBACK.has(host))
    return url.protocol === 'http:' || url.protocol === 'https:';
  // URL drops the default port, so an empty port is 443 and anything else is another port.
  if (url.protocol !== 'https:' || url.port !== '') return false;
  if (isIP(host) !== 0 || !host.includes('.') || host.endsWith('.')) return false;
  return rules.hosts.some((pattern) => hostMatches(host, pattern.toLowerCase()));
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}

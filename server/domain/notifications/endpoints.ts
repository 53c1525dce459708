import { isIP } from 'node:net';

/**
 * Which push endpoints the server will post to. Browsers give `https://` URLs of their push
 * service (FCM, Mozilla, Apple, Microsoft), always by host name. Anything else is refused, so
 * a subscription cannot make the server post to an address inside its own network.
 * `allowLoopbackHttp` exists for tests with a fake push service on 127.0.0.1.
 */
export function acceptsEndpoint(endpoint: string, allowLoopbackHttp = false): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '127.0.0.1' || host === '::1';
  if (allowLoopbackHttp && loopback) return url.protocol === 'http:' || url.protocol === 'https:';
  if (url.protocol !== 'https:') return false;
  if (loopback || isIP(host) !== 0 || !host.includes('.')) return false;
  if (url.username || url.password) return false;
  return true;
}

import { isIP } from 'node:net';

/**
 * The client's address, as far as it can be trusted. Behind `hops` proxies of our own (nginx,
 * a cloud load balancer), each appends the address it saw to `X-Forwarded-For`; anything to
 * the left of what they wrote came from the client and may be forged. So the address is the
 * entry `hops` places from the RIGHT: with one proxy the right-most entry (what nginx saw),
 * with two the one before it. With 0 hops the header is ignored and the peer of the TCP
 * connection is the client.
 *
 * - No header (a request straight to the node, a health check): the peer.
 * - Fewer entries than hops (the request skipped an outer proxy): the left-most entry, which a
 *   trusted proxy still wrote (as Express's `trust proxy` with a number does).
 * - The chosen entry is not an IP address (garbage, `unknown`, an obfuscated nginx name): the
 *   peer, never a string a client could choose.
 *
 * IPv4 addresses mapped into IPv6 (`::ffff:10.0.0.1`) are given as IPv4, so one client has one
 * rate-limit key whichever way the socket was opened.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  hops: number,
): string {
  const fallback = normalizeAddress(peer) ?? 'unknown';
  if (hops <= 0 || forwardedFor === undefined) return fallback;
  const header = typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(',');
  // Node joins repeated X-Forwarded-For headers with ", ": one list either way.
  const entries = header.split(',').map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === '') return fallback;
  const chosen = entries[Math.max(entries.length - hops, 0)];
  return normalizeAddress(chosen) ?? fallback;
}

/** An IP address without port, brackets or IPv4-in-IPv6 mapping; undefined if it is none. */
export function normalizeAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  if (isIP(address) === 0) return undefined;
  return address.toLowerCase();
}

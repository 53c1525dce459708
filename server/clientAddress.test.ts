import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress } from './clientAddress';

const peer = '10.0.0.2';

describe('the client address behind trusted proxies', () => {
  it('ignores X-Forwarded-For with 0 hops: the peer is the client', () => {
    expect(clientAddress(peer, '1.2.3.4', 0)).toBe(peer);
    expect(clientAddress(peer, '1.2.3.4, 5.6.7.8', 0)).toBe(peer);
    expect(clientAddress(undefined, '1.2.3.4', 0)).toBe('unknown');
  });

  it('takes the right-most entry with 1 hop, whatever the client wrote before it', () => {
    expect(clientAddress(peer, '203.0.113.9', 1)).toBe('203.0.113.9');
    // A client sending "X-Forwarded-For: 1.2.3.4": nginx appends the address it saw.
    expect(clientAddress(peer, '1.2.3.4, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress(peer, '1.2.3.4,9.9.9.9,  203.0.113.9 ', 1)).toBe('203.0.113.9');
    // Repeated headers (as an array, or joined by Node) are one list.
    expect(clientAddress(peer, ['1.2.3.4', '203.0.113.9'], 1)).toBe('203.0.113.9');
  });

  it('takes the second entry from the right with 2 hops', () => {
    expect(clientAddress(peer, '203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
    expect(clientAddress(peer, '1.2.3.4, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
    expect(clientAddress(peer, '6.6.6.6, 1.2.3.4, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
  });

  it('with too few entries takes the left-most one, and the peer when there is no header', () => {
    expect(clientAddress(peer, '203.0.113.9', 2)).toBe('203.0.113.9');
    expect(clientAddress(peer, '203.0.113.9, 10.0.0.1', 3)).toBe('203.0.113.9');
    expect(clientAddress(peer, undefined, 1)).toBe(peer);
    expect(clientAddress(peer, '', 1)).toBe(peer);
    expect(clientAddress(peer, [], 1)).toBe(peer);
  });

  it('never returns garbage: a chosen entry that is no address gives the peer', () => {
    expect(clientAddress(peer, 'unknown', 1)).toBe(peer);
    expect(clientAddress(peer, '1.2.3.4, ', 1)).toBe(peer);
    expect(clientAddress(peer, '1.2.3.4,,', 1)).toBe(peer);
    expect(clientAddress(peer, '<script>', 1)).toBe(peer);
    expect(clientAddress(peer, '1.2.3.4, 999.1.1.1', 1)).toBe(peer);
    expect(clientAddress(peer, 'x'.repeat(5000), 1)).toBe(peer);
    expect(clientAddress(peer, '203.0.113.9, _hidden', 2)).toBe('203.0.113.9');
    expect(clientAddress('not an address', 'garbage', 1)).toBe('unknown');
  });

  it('normalises ports, brackets, case and IPv4 mapped into IPv6', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress(peer, '203.0.113.9:51234', 1)).toBe('203.0.113.9');
    expect(clientAddress(peer, '[2001:DB8::1]:443', 1)).toBe('2001:db8::1');
    expect(clientAddress(peer, '2001:db8::1', 1)).toBe('2001:db8::1');
    expect(normalizeAddress('::1')).toBe('::1');
    expect(normalizeAddress('1.2.3')).toBeUndefined();
    expect(normalizeAddress(undefined)).toBeUndefined();
  });
});

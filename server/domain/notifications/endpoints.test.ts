import { describe, expect, it } from 'vitest';
import { acceptsEndpoint } from './endpoints';

describe('push endpoints the server posts to', () => {
  it('accepts the https push services browsers use', () => {
    expect(acceptsEndpoint('https://fcm.googleapis.com/fcm/send/abc')).toBe(true);
    expect(acceptsEndpoint('https://updates.push.services.mozilla.com/wpush/v2/x')).toBe(true);
    expect(acceptsEndpoint('https://web.push.apple.com/QGx')).toBe(true);
  });

  it('refuses plain http, addresses, local names and credentials', () => {
    expect(acceptsEndpoint('http://fcm.googleapis.com/fcm/send/abc')).toBe(false);
    expect(acceptsEndpoint('https://10.0.0.8/push')).toBe(false);
    expect(acceptsEndpoint('https://127.0.0.1:8443/push')).toBe(false);
    expect(acceptsEndpoint('https://[::1]/push')).toBe(false);
    expect(acceptsEndpoint('https://localhost/push')).toBe(false);
    expect(acceptsEndpoint('https://intranet/push')).toBe(false);
    expect(acceptsEndpoint('https://user:pw@push.example.org/x')).toBe(false);
    expect(acceptsEndpoint('javascript:alert(1)')).toBe(false);
  });

  it('accepts loopback http only when tests ask for it', () => {
    expect(acceptsEndpoint('http://127.0.0.1:9999/push/1', true)).toBe(true);
    expect(acceptsEndpoint('http://10.0.0.8/push', true)).toBe(false);
  });
});

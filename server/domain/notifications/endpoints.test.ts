import { describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_SERVICE_HOSTS, loadConfig } from '../../config';
import { acceptsEndpoint } from './endpoints';

const rules = { hosts: DEFAULT_PUSH_SERVICE_HOSTS };
const accepts = (endpoint: string) => acceptsEndpoint(endpoint, rules);

describe('push endpoints the server posts to', () => {
  it('accepts the https push services browsers use', () => {
    expect(accepts('https://fcm.googleapis.com/fcm/send/abc')).toBe(true);
    expect(accepts('https://updates.push.services.mozilla.com/wpush/v2/x')).toBe(true);
    expect(accepts('https://web.push.apple.com/QGx')).toBe(true);
    expect(accepts('https://api.push.apple.com/3/device/x')).toBe(true);
    expect(accepts('https://wns2-par02p.notify.windows.com/w/?token=x')).toBe(true);
    expect(accepts('https://FCM.googleapis.com/fcm/send/abc')).toBe(true);
    // The default port written out is the same URL.
    expect(accepts('https://fcm.googleapis.com:443/fcm/send/abc')).toBe(true);
  });

  it('refuses plain http, other ports, addresses, local names and credentials', () => {
    expect(accepts('http://fcm.googleapis.com/fcm/send/abc')).toBe(false);
    expect(accepts('https://fcm.googleapis.com:8443/fcm/send/abc')).toBe(false);
    expect(accepts('https://fcm.googleapis.com:22/')).toBe(false);
    expect(accepts('https://10.0.0.8/push')).toBe(false);
    expect(accepts('https://127.0.0.1:8443/push')).toBe(false);
    expect(accepts('https://[::1]/push')).toBe(false);
    expect(accepts('https://[::ffff:7f00:1]/push')).toBe(false);
    expect(accepts('https://2130706433/push')).toBe(false);
    expect(accepts('https://localhost/push')).toBe(false);
    expect(accepts('https://localhost./')).toBe(false);
    expect(accepts('https://fcm.googleapis.com./fcm/send/x')).toBe(false);
    expect(accepts('https://intranet/push')).toBe(false);
    expect(accepts('https://user:pw@fcm.googleapis.com/x')).toBe(false);
    expect(accepts('javascript:alert(1)')).toBe(false);
    expect(accepts('not a url')).toBe(false);
  });

  it('refuses hosts outside the allow-list, and look-alikes of the ones on it', () => {
    expect(accepts('https://push.example.org/x')).toBe(false);
    expect(accepts('https://intranet.corp.local/x')).toBe(false);
    expect(accepts('https://fcm.googleapis.com.evil.example/x')).toBe(false);
    expect(accepts('https://evilfcm.googleapis.com/x')).toBe(false);
    expect(accepts('https://evilpush.services.mozilla.com/x')).toBe(false);
    // A wildcard allows subdomains, not the bare domain.
    expect(accepts('https://push.services.mozilla.com/x')).toBe(false);
    expect(accepts('https://xn--fcm-googleapis-com.example/x')).toBe(false);
  });

  it('follows PUSH_SERVICE_HOSTS, and refuses a setting that is no host name', () => {
    const hosts = loadConfig({
      PUSH_SERVICE_HOSTS: 'push.example.org, *.Push.Example.net',
    }).pushServiceHosts;
    expect(hosts).toEqual(['push.example.org', '*.push.example.net']);
    expect(acceptsEndpoint('https://push.example.org/x', { hosts })).toBe(true);
    expect(acceptsEndpoint('https://a.push.example.net/x', { hosts })).toBe(true);
    expect(acceptsEndpoint('https://fcm.googleapis.com/fcm/send/x', { hosts })).toBe(false);
    expect(loadConfig({}).pushServiceHosts).toEqual(DEFAULT_PUSH_SERVICE_HOSTS);
    for (const bad of ['localhost', '10.0.0.1', '*', 'https://push.example.org', 'a.*.b.com'])
      expect(() => loadConfig({ PUSH_SERVICE_HOSTS: bad })).toThrow(/PUSH_SERVICE_HOSTS/);
  });

  it('accepts loopback only when tests ask for it, and nothing else more', () => {
    const testRules = { ...rules, allowLoopbackHttp: true };
    expect(acceptsEndpoint('http://127.0.0.1:9999/push/1', testRules)).toBe(true);
    expect(acceptsEndpoint('http://127.0.0.1:9999/push/1', rules)).toBe(false);
    expect(acceptsEndpoint('http://10.0.0.8/push', testRules)).toBe(false);
    expect(acceptsEndpoint('http://fcm.googleapis.com/x', testRules)).toBe(false);
  });
});

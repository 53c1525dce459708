import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration from the environment', () => {
  it('uses a pool of 10 PostgreSQL connections unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '25' }).databasePoolSize).toBe(25);
  });

  it("leaves PGlite's buffer cache to the database's default unless PGLITE_SHARED_BUFFERS says a size", () => {
    expect(loadConfig({}).pgliteSharedBuffers).toBeUndefined();
    expect(loadConfig({ PGLITE_SHARED_BUFFERS: '64MB' }).pgliteSharedBuffers).toBe('64MB');
    for (const size of ['64', '64 MB', '0MB', 'veel', '64MB; drop table users'])
      expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: size })).toThrow(/PGLITE_SHARED_BUFFERS/);
  });

  it('refuses a pool size that is no whole number from 1 to 200, naming the setting', () => {
    for (const size of ['0', '-3', '2.5', 'veel', '500'])
      expect(() => loadConfig({ DATABASE_POOL_SIZE: size })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('trusts no proxy unless told; TRUST_PROXY=1 still means one hop, TRUST_PROXY_HOPS wins', () => {
    expect(loadConfig({}).trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY_HOPS: '2' }).trustProxyHops).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '1', TRUST_PROXY_HOPS: '0' }).trustProxyHops).toBe(0);
    for (const hops of ['-1', '1.5', 'alle', '11'])
      expect(() => loadConfig({ TRUST_PROXY_HOPS: hops })).toThrow(/TRUST_PROXY_HOPS/);
  });

  it('keeps 5 push subscriptions per person unless PUSH_SUBSCRIPTIONS_PER_PERSON says otherwise', () => {
    expect(loadConfig({}).pushSubscriptionsPerPerson).toBe(5);
    expect(loadConfig({ PUSH_SUBSCRIPTIONS_PER_PERSON: '2' }).pushSubscriptionsPerPerson).toBe(2);
    for (const bad of ['0', 'veel', '1000'])
      expect(() => loadConfig({ PUSH_SUBSCRIPTIONS_PER_PERSON: bad })).toThrow(
        /PUSH_SUBSCRIPTIONS_PER_PERSON/,
      );
  });
});

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createLeaderLock, runLeadership, type LeaderLock } from './leader';
import type { DatabaseHandle } from '../../db/database';

const logger = createLogger('silent', {});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Discord leadership', () => {
  it('leads once the lock is free, and steps down when the lock is lost', async () => {
    let free = false;
    let mine = false;
    const lock: LeaderLock = {
      tryAcquire: async () => (mine = free),
      held: async () => mine,
      release: async () => void (mine = false),
    };
    const events: string[] = [];
    const leadership = runLeadership({
      lock,
      pollMs: 10,
      logger,
      lead: async () => void events.push('lead'),
      stepDown: async () => void events.push('down'),
    });
    await wait(40);
    expect(events).toEqual([]);
    free = true;
    await wait(40);
    expect(events).toEqual(['lead']);
    expect(leadership.isLeader()).toBe(true);
    mine = false; // the lock's session died
    free = false;
    await wait(40);
    expect(events).toEqual(['lead', 'down']);
    free = true;
    await wait(40);
    await leadership.stop();
    expect(events).toEqual(['lead', 'down', 'lead', 'down']);
  });

  it('on PGlite, apps sharing one database handle take turns', async () => {
    const handle = { engine: 'pglite', db: {} } as unknown as DatabaseHandle;
    const first = await createLeaderLock(handle);
    const second = await createLeaderLock(handle);
    expect(await first.tryAcquire()).toBe(true);
    expect(await second.tryAcquire()).toBe(false);
    await first.release();
    expect(await second.tryAcquire()).toBe(true);
    expect(await second.held()).toBe(true);
    expect(await first.held()).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app';
import { systemClock } from '../../server/clock';
import { createInvite } from '../../server/domain/auth/invites';
import { testConfig } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api } from '../support/http';

/**
 * The invite limits as a building's kick-off evening meets them: sixty neighbours join over one
 * Wi-Fi (one address) with the default limits, while a guesser on that address is still stopped.
 * The per-code budget comes from the `RATE_LIMITS` setting, as an operator would set it.
 */
let testDb: TestDatabase;
let app: App;
let url: string;
let project: TestProject;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const database = await testDb.open();
  app = await createApp({
    // No `limits` option: the server takes them from its configuration, as `npm start` does.
    config: testConfig({ TRUST_PROXY: '1', RATE_LIMITS: '{"invites":{"perCode":{"points":150}}}' }),
    database,
    schedulerPollMs: false,
  });
  url = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
  project = await buildProject(database.db, 'Startavondhof');
});
afterAll(async () => {
  await app.close();
  await testDb.destroy();
});

const wifi = { 'x-forwarded-for': '203.0.113.50' };

async function inviteFor(uses: number) {
  const admin = await buildMember(app.deps.db, project.id, 'admin', `Beheer ${uses}`);
  const { code } = await createInvite(app.deps.db, systemClock, {
    projectId: project.id,
    actorRole: 'admin',
    actorId: admin.userId,
    role: 'resident',
    expiresInDays: 7,
    maxUses: uses,
  });
  return code;
}

describe('invite limits', () => {
  it('lets sixty neighbours join over one address, and still stops a guesser there', async () => {
    const code = await inviteFor(60);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      // Each neighbour opens the link (preview) and then joins, all over the same Wi-Fi.
      statuses.push((await api(url).get(`/api/auth/invites/${code}`, wifi)).status);
      const joined = await api(url).post(
        '/api/auth/redeem',
        { code, displayName: `Buur ${i + 1}` },
        wifi,
      );
      statuses.push(joined.status);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);

    // The same address guessing codes: 30 refusals (the default), then a wait.
    const guesses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const r = await api(url).get(`/api/auth/invites/geradenCode${i}xxxxxxxxxxxx`, wifi);
      guesses.push(r.status);
    }
    expect(guesses.slice(0, 30).every((s) => s === 410)).toBe(true);
    expect(guesses[30]).toBe(429);
  });

  it('caps the uses of one code at the configured number', async () => {
    const code = await inviteFor(5);
    const statuses: number[] = [];
    for (let i = 0; i < 151; i++) {
      const from = { 'x-forwarded-for': `198.51.100.${(i % 200) + 1}` };
      statuses.push((await api(url).get(`/api/auth/invites/${code}`, from)).status);
    }
    expect(statuses.slice(0, 150).every((s) => s === 200)).toBe(true);
    const last = await api(url).get(`/api/auth/invites/${code}`, {
      'x-forwarded-for': '192.0.2.9',
    });
    expect(last.status).toBe(429);
    expect(last.json.error?.code).toBe('rate_limited');
  });
});

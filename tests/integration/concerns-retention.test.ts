import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concerns } from '../../db/schema';
import { startServer, type TestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { concernWorld, reportByForm, type ConcernWorld } from '../support/concerns';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, type TestMember } from '../support/factories';
import { api } from '../support/http';

/**
 * The project's retention period, set by its admin through the route, drives the daily
 * retention job (`concern.retention`): the test moves the server's clock past it, runs the
 * due jobs and looks at what was anonymised.
 */
const clock = new ManualClock('2026-03-02T09:00:00Z');
let testDb: TestDatabase;
let server: TestServer;
let w: ConcernWorld;
let admin: TestMember;

beforeAll(async () => {
  testDb = await createTestDatabase();
  server = await startServer({ database: await testDb.open(), clock });
  w = await concernWorld(server.database.db, 'Bewaarhof', clock);
  admin = await buildMember(server.database.db, w.project.id, 'admin', 'Ada', clock);
});
afterAll(async () => {
  await server?.close();
  await testDb?.destroy();
});

const db = () => server.database.db;
const retention = () => `/api/projects/${w.project.id}/retention`;
const row = async (id: string) =>
  (await db().select().from(concerns).where(eq(concerns.id, id)))[0]!;

async function reportAndResolve(description: string): Promise<string> {
  const concern = await reportByForm(server.url, w.anna, w.project.id, {
    step: 'begeleiding',
    description,
  });
  const resolved = await api(server.url, w.esther.cookie).post(
    `/api/concerns/${concern.id}/resolve`,
    { outcome: 'solved_support' },
  );
  expect(resolved.status, JSON.stringify(resolved.json)).toBe(200);
  return concern.id;
}

describe('retention per project', () => {
  it('is read and set by admins only, within 30 to 3650 days', async () => {
    const asAdmin = api(server.url, admin.cookie);
    expect((await asAdmin.get(retention())).json).toEqual({ retentionDays: 730 });
    for (const member of [w.esther, w.anna, w.wouter]) {
      const read = await api(server.url, member.cookie).get(retention());
      expect(read.status).toBe(403);
      const write = await api(server.url, member.cookie).patch(retention(), { retentionDays: 60 });
      expect(write.status).toBe(403);
      expect(write.json.error?.code).toBe('forbidden');
    }
    for (const retentionDays of [29, 3651, 90.5, '90', null]) {
      const refused = await asAdmin.patch(retention(), { retentionDays });
      expect(refused.status, String(retentionDays)).toBe(400);
      expect(refused.json.error?.code).toBe('validation_failed');
      expect(refused.json.error?.fields?.retentionDays).toBeTruthy();
    }
    expect((await asAdmin.patch(retention(), { retentionDays: 30, extra: 1 })).status).toBe(400);
    expect((await asAdmin.get(retention())).json).toEqual({ retentionDays: 730 });
  });

  it('a period changed through the route decides what the daily job anonymises (controllable clock)', async () => {
    const old = await reportAndResolve('Harde muziek bij 12, al weken');
    clock.advanceDays(20);
    // (Test sessions last 30 days from their last use: the admin looks in now and then.)
    expect((await api(server.url, admin.cookie).get(retention())).json).toEqual({
      retentionDays: 730,
    });
    const recent = await reportAndResolve('Fietsen in de gang');
    const open = (
      await reportByForm(server.url, w.anna, w.project.id, {
        step: 'begeleiding',
        description: 'Nog niet opgelost',
      })
    ).id;

    // 31 days after the first was closed: under the default 730 days nothing is touched.
    clock.advanceDays(11);
    await server.app.scheduler.runDue();
    expect((await row(old)).anonymisedAt).toBeNull();

    const set = await api(server.url, admin.cookie).patch(retention(), { retentionDays: 30 });
    expect(set.status).toBe(200);
    expect(set.json).toEqual({ retentionDays: 30 });

    // The next daily run (03:00 UTC) applies the new period.
    clock.advanceDays(1);
    await server.app.scheduler.runDue();
    expect(await row(old)).toMatchObject({
      reporterId: null,
      description: null,
      threadChannelId: null,
      category: 'noise',
      outcome: 'solved_support',
    });
    expect((await row(old)).anonymisedAt).not.toBeNull();
    // Closed 12 days ago: inside the period, kept whole.
    expect(await row(recent)).toMatchObject({
      anonymisedAt: null,
      reporterId: w.anna.userId,
      description: 'Fietsen in de gang',
    });
    // Open concerns never age out, however long ago they were reported.
    expect(await row(open)).toMatchObject({ anonymisedAt: null, description: 'Nog niet opgelost' });

    // 19 days later the second one is past the period too.
    clock.advanceDays(19);
    await server.app.scheduler.runDue();
    expect((await row(recent)).anonymisedAt).not.toBeNull();
    expect((await row(open)).anonymisedAt).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, messages } from '../../db/schema';
import type { Activity } from '../../server/protocol/activities';
import { startServer, type TestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { REMINDER_JOB } from '../../server/domain/activities/reminders';
import { publishActivity } from './helpers/activities';

// Thursday 13 March 2025, 12:00 in Amsterdam; summer time starts Sunday 30 March.
const clock = new ManualClock('2025-03-13T11:00:00Z');
let testDb: TestDatabase;
let server: TestServer;
let project: TestProject;
let coordinator: TestMember;
let anna: TestMember;

async function restart() {
  await server.close();
  server = await startServer({ database: await testDb.open(), clock });
}

beforeAll(async () => {
  testDb = await createTestDatabase({ persistent: true });
  server = await startServer({ database: await testDb.open(), clock });
  project = await buildProject(server.database.db, 'Herinnerhof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  anna = await buildMember(server.database.db, project.id, 'resident', 'Anna', clock);
});
afterAll(async () => {
  await server.close();
  await testDb.destroy();
});

/** Reminder messages stored anywhere (Anna is the only one signed up). */
async function remindersTo(): Promise<string[]> {
  const rows = await server.database.db.select({ body: messages.body }).from(messages);
  return rows.map((r) => r.body).filter((b) => b.startsWith('Denk je eraan?'));
}

describe('reminders', () => {
  it('are sent the day before from the database timers, once, also across a restart', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Koffieochtend',
        start: '2025-03-16T10:00',
        end: '2025-03-16T11:30',
      },
    );
    await api(server.url, anna.cookie).post(`/api/activities/${activity.id}/signup`, {});
    expect(await server.app.scheduler.pendingCount(REMINDER_JOB)).toBe(1);

    // A restart before it is due: the timer is still there.
    await restart();
    clock.set('2025-03-15T08:59:00Z');
    await server.app.scheduler.runDue();
    expect(await remindersTo()).toHaveLength(0);

    clock.set('2025-03-15T09:00:30Z');
    await server.app.scheduler.runDue();
    const sent = await remindersTo();
    expect(sent).toEqual([
      'Denk je eraan? Koffieochtend, zondag 16 maart om 10:00.\nWaar: Huiskamer\nKun je toch niet? Typ /afmelden.',
    ]);

    await restart();
    clock.advance(3_600_000);
    await server.app.scheduler.runDue();
    expect(await remindersTo()).toHaveLength(1);
  });

  it('follow the activity when it moves, and use the project setting', async () => {
    await api(server.url, coordinator.cookie).request(
      'PUT',
      `/api/activities/settings?projectId=${project.id}`,
      { reminderHoursBefore: 2, offerHours: 12 },
    );
    clock.set('2025-03-20T09:00:00Z');
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Tafeltennis',
        start: '2025-03-22T15:00',
        end: '2025-03-22T17:00',
      },
    );
    await api(server.url, anna.cookie).post(`/api/activities/${activity.id}/signup`, {});
    // A time outside this century is bad input, never a server error (found by fuzz-http).
    const farOut = await api(server.url, coordinator.cookie).patch(
      `/api/activities/${activity.id}`,
      { end: '9999-12-31T23:59' },
    );
    expect(farOut.status).toBe(400);
    expect(farOut.json.error?.fields?.end).toBe('Deze waarde klopt niet.');
    const moved = await api(server.url, coordinator.cookie).patch(
      `/api/activities/${activity.id}`,
      {
        start: '2025-03-23T15:00',
        end: '2025-03-23T17:00',
      },
    );
    expect(moved.status).toBe(200);
    clock.set('2025-03-22T13:30:00Z');
    await server.app.scheduler.runDue();
    expect((await remindersTo()).filter((b) => b.includes('Tafeltennis'))).toHaveLength(0);
    clock.set('2025-03-23T12:00:30Z');
    await server.app.scheduler.runDue();
    expect((await remindersTo()).filter((b) => b.includes('Tafeltennis'))).toEqual([
      'Denk je eraan? Tafeltennis, zondag 23 maart om 15:00.\nWaar: Huiskamer\nKun je toch niet? Typ /afmelden.',
    ]);
  });
});

describe('recurring activities', () => {
  it('a weekly coffee morning stays at 10:00 across the switch to summer time; one occurrence can be cancelled or changed', async () => {
    clock.set('2025-03-20T09:00:00Z');
    const created = await api(server.url, coordinator.cookie).post('/api/activities', {
      projectId: project.id,
      title: 'Koffieochtend wekelijks',
      start: '2025-03-23T10:00',
      end: '2025-03-23T11:30',
      place: 'Huiskamer',
      recurrence: { frequency: 'weekly', count: 4 },
      publish: true,
    });
    expect(created.status).toBe(201);
    expect(created.json.occurrences).toBe(4);
    const list = (await api(server.url, anna.cookie).get(`/api/activities?projectId=${project.id}`))
      .json.activities as Activity[];
    const series = list.filter((a) => a.title === 'Koffieochtend wekelijks');
    expect(series.map((a) => a.start)).toEqual([
      '2025-03-23T10:00',
      '2025-03-30T10:00',
      '2025-04-06T10:00',
      '2025-04-13T10:00',
    ]);
    expect(series.map((a) => a.startsAt)).toEqual([
      '2025-03-23T09:00:00.000Z',
      '2025-03-30T08:00:00.000Z',
      '2025-04-06T08:00:00.000Z',
      '2025-04-13T08:00:00.000Z',
    ]);

    const [, second, third, fourth] = series;
    const cancelled = await api(server.url, coordinator.cookie).post(
      `/api/activities/${second!.id}/cancel`,
      { reason: 'Pasen', scope: 'occurrence' },
    );
    expect(cancelled.json).toMatchObject({ cancelled: 1, activity: { status: 'cancelled' } });
    const changed = await api(server.url, coordinator.cookie).patch(
      `/api/activities/${third!.id}`,
      {
        start: '2025-04-06T11:00',
        end: '2025-04-06T12:30',
        scope: 'occurrence',
      },
    );
    expect(changed.json).toMatchObject({ activity: { start: '2025-04-06T11:00' } });
    // A change for the whole series leaves the changed occurrence alone.
    await api(server.url, coordinator.cookie).patch(`/api/activities/${series[0]!.id}`, {
      place: 'Binnentuin',
      scope: 'series',
    });
    const after = (
      await api(server.url, anna.cookie).get(`/api/activities?projectId=${project.id}`)
    ).json.activities as Activity[];
    const byId = new Map(after.map((a) => [a.id, a]));
    expect(byId.get(series[0]!.id)?.place).toBe('Binnentuin');
    expect(byId.get(fourth!.id)?.place).toBe('Binnentuin');
    expect(byId.get(third!.id)?.place).toBe('Huiskamer');
    // The board still shows it, marked as not going ahead.
    expect(byId.get(second!.id)?.status).toBe('cancelled');
    const rows = await server.database.db
      .select({ detached: activities.detached })
      .from(activities)
      .where(eq(activities.id, third!.id));
    expect(rows[0]?.detached).toBe(true);
  });
});

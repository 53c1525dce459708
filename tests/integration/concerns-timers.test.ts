import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  concernEvents,
  concernNotes,
  concerns,
  channels,
  jobs,
  messages,
  onCallShifts,
  projects,
} from '../../db/schema';
import { startServer, type TestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { ManualClock } from '../support/clock';
import { eventually } from '../support/clients';
import { concernWorld, data, reportByForm, watch, type ConcernWorld } from '../support/concerns';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/database';
import { api } from '../support/http';
import type { ReporterConcern, StaffAlert, StaffConcern } from '../../server/protocol/concerns';

const MINUTE = 60_000;
const clock = new ManualClock('2026-03-02T09:00:00Z');
let testDb: TestDatabase;
let server: TestServer;
let w: ConcernWorld;

beforeAll(async () => {
  testDb = await createTestDatabase({ persistent: true });
  server = await startServer({ database: await testDb.open(), clock });
  w = await concernWorld(server.database.db, 'Klokhof', clock);
  // Short aftercare for the test (the default is six weeks).
  const patched = await api(server.url, w.esther.cookie).patch(
    `/api/projects/${w.project.id}/concern-settings`,
    { aftercareDays: 7 },
  );
  expect(patched.json).toMatchObject({ followupDays: 3, followupGraceDays: 2, aftercareDays: 7 });
});
afterAll(async () => {
  await server?.close();
  await testDb?.destroy();
});

const db = () => server.database.db;
const report = (fields: Record<string, unknown>) =>
  reportByForm(server.url, w.anna, w.project.id, fields);

async function followupsAsked(concernId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(concernEvents)
    .where(and(eq(concernEvents.concernId, concernId), eq(concernEvents.type, 'followup_asked')));
  return row?.n ?? 0;
}

describe('follow-up timers (controllable clock)', () => {
  it('asks after three days; "better" asks again; no answer then moves it up to staff', async () => {
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);
    const staff = await watch(server.url, w.esther.cookie);
    const concern = await report({ step: 'zelf' });

    clock.advance(3 * 86_400_000 - MINUTE);
    await server.app.scheduler.runDue();
    expect(await followupsAsked(concern.id)).toBe(0);
    clock.advance(2 * MINUTE);
    await server.app.scheduler.runDue();
    await eventually(() => anna.botReplies().some((m) => m.body.includes('Is het opgelost?')));
    const better = await anna.press(/Het gaat beter/);
    expect(better.at(-1)?.body).toContain('Ik vraag het over een paar dagen nog een keer');

    // The grace timer of the first question finds an answer: nothing moves.
    clock.advanceDays(2);
    await server.app.scheduler.runDue();
    expect((await db().select().from(concerns).where(eq(concerns.id, concern.id)))[0]?.step).toBe(
      'zelf',
    );

    // Second round; this time no answer.
    clock.advanceDays(1);
    await server.app.scheduler.runDue();
    await eventually(async () => (await followupsAsked(concern.id)) === 2);
    clock.advanceDays(2);
    await server.app.scheduler.runDue();
    const moved = await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.id === concern.id && c.step === 'begeleiding',
    );
    expect(moved.handler).toBeNull();
    await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.concernId === concern.id && a.status === 'new',
    );
    const trail = await db()
      .select()
      .from(concernEvents)
      .where(and(eq(concernEvents.concernId, concern.id), eq(concernEvents.type, 'moved')));
    expect(trail.at(-1)).toMatchObject({
      actorKind: 'system',
      fromStep: 'zelf',
      toStep: 'begeleiding',
    });
    anna.close();
    staff.close();
  });

  it('"solved" closes it; weeks later both neighbours are asked whether it is still good', async () => {
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);
    const bram = await talkToBot(server.url, w.bram.cookie, w.project.id);
    const dirk = await talkToBot(server.url, w.dirk.cookie, w.project.id);
    const staff = await watch(server.url, w.esther.cookie);
    const concern = await report({ step: 'burenbericht', unit: '12' });
    await eventually(() => bram.botReplies().some((m) => m.body.includes('Hallo buur')));
    clock.advanceDays(3);
    await server.app.scheduler.runDue();
    await eventually(() => anna.botReplies().some((m) => m.body.includes('Is het opgelost?')));
    const solved = await anna.press(/Ja, het is opgelost/);
    expect(solved.at(-1)?.body).toContain('Ik sluit je melding');
    await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.id === concern.id && c.outcome === 'solved_neighbours',
    );
    // The grace timer finds it closed: nothing happens.
    clock.advanceDays(2);
    await server.app.scheduler.runDue();

    clock.advanceDays(5);
    await server.app.scheduler.runDue();
    await eventually(() =>
      anna.botReplies().some((m) => m.body.includes('Is het nog steeds goed?')),
    );
    await eventually(() =>
      bram.botReplies().some((m) => m.body.includes('Is het nu goed tussen jou en je buren?')),
    );
    const bramAsked = bram.botReplies().find((m) => m.body.includes('Is het nu goed'))!;
    expect(bramAsked.body).not.toContain('Anna');
    expect(dirk.botReplies().some((m) => m.body.includes('goed'))).toBe(false);
    await bram.press(/Nee, niet zo goed/);
    const alert = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.concernId === concern.id && a.codes.includes('aftercare'),
    );
    expect(alert).toMatchObject({ kind: 'concern', priority: 'normal', subject: { name: 'Bram' } });
    // Answering twice is refused kindly.
    const twice = await bram.press(/Ja, het is goed/);
    expect(twice.at(-1)?.body).toContain('Je hebt al geantwoord');
    for (const c of [anna, bram, dirk, staff]) c.close();
  });
});

describe('alert timers', () => {
  it('sends an unclaimed alert to the on-call staff member, and leaves claimed ones alone', async () => {
    const staff = await watch(server.url, w.esther.cookie);
    await db()
      .insert(onCallShifts)
      .values({
        projectId: w.project.id,
        staffUserId: w.ilse.userId,
        startsAt: new Date(clock.now().getTime() - 60 * MINUTE),
        endsAt: new Date(clock.now().getTime() + 24 * 60 * MINUTE),
        createdAt: clock.now(),
      });
    const unclaimed = await report({ step: 'begeleiding' });
    const claimed = await report({ step: 'begeleiding' });
    data(await staff.request('concern:claim', { concernId: claimed.id }));
    clock.advance(14 * MINUTE);
    await server.app.scheduler.runDue();
    expect(staff.of<StaffAlert>('alert:updated').some((a) => a.escalatedAt)).toBe(false);
    clock.advance(2 * MINUTE);
    await server.app.scheduler.runDue();
    const escalated = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.concernId === unclaimed.id && a.escalatedAt !== null,
    );
    expect(escalated).toMatchObject({
      escalatedTo: { name: 'Ilse' },
      assignedTo: { name: 'Ilse' },
    });
    await eventually(() =>
      staff
        .messagesIn(w.project.channels.staff)
        .some((m) => m.body.includes('Ilse heeft dienst en krijgt het nu')),
    );
    expect(
      staff
        .of<StaffAlert>('alert:updated')
        .some((a) => a.concernId === claimed.id && a.escalatedAt),
    ).toBe(false);
    // Buurtbot now tells a person asking for help who is on call.
    const dirk = await talkToBot(server.url, w.dirk.cookie, w.project.id);
    await dirk.say('/hulp');
    const done = await dirk.press(/^Nee, vandaag/, 2);
    expect(done.map((m) => m.body).join(' ')).toContain(
      'Ilse heeft nu dienst en neemt contact met je op.',
    );
    const help = await staff.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'help');
    expect(help).toMatchObject({ assignedTo: { name: 'Ilse' }, assignedReason: 'on_call' });
    dirk.close();
    staff.close();
  });

  it('repeats an urgent alert until someone acknowledges it', async () => {
    const staff = await watch(server.url, w.esther.cookie);
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);
    await anna.say('er is brand in de gang!');
    const alert = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'urgent' && a.codes.includes('fire'),
    );
    for (const n of [1, 2]) {
      clock.advance(3 * MINUTE);
      await server.app.scheduler.runDue();
      await staff.waitFor<StaffAlert>(
        'alert:updated',
        (a) => a.id === alert.id && a.repeatCount === n,
      );
    }
    data(await staff.request('alert:acknowledge', { alertId: alert.id }));
    clock.advance(30 * MINUTE);
    await server.app.scheduler.runDue();
    const last = staff
      .of<StaffAlert>('alert:updated')
      .filter((a) => a.id === alert.id)
      .at(-1)!;
    expect(last).toMatchObject({
      status: 'acknowledged',
      repeatCount: 2,
      acknowledgedBy: { name: 'Esther' },
    });
    const repeats = staff
      .messagesIn(w.project.channels.staff)
      .filter((m) => m.body.startsWith('NOG NIET GEZIEN'));
    expect(repeats).toHaveLength(2);
    anna.close();
    staff.close();
  });
});

describe('timers in the database', () => {
  it('survive a restart: a follow-up set before it fires after it', async () => {
    const concern = await report({ step: 'zelf' });
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await startServer({ database: await testDb.open(), clock, port });
    clock.advanceDays(3);
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);
    await server.app.scheduler.runDue();
    await eventually(() => anna.botReplies().some((m) => m.body.includes('Is het opgelost?')));
    expect(await followupsAsked(concern.id)).toBe(1);
    anna.close();
  });

  it('fire exactly once with two server instances on one database', async () => {
    // PGlite is one process's database: the second instance shares its handle; on PostgreSQL
    // (TEST_DATABASE_URL) it opens its own connection pool, as a second node would.
    const second = await startServer({
      database:
        testEngine === 'postgres'
          ? await testDb.open()
          : { ...server.database, close: async () => {} },
      clock,
    });
    const made = [];
    for (let i = 0; i < 6; i++) made.push(await report({ step: 'zelf' }));
    const unclaimed = await report({ step: 'begeleiding' });
    clock.advanceDays(3);
    const [a, b] = await Promise.all([
      server.app.scheduler.runDue(),
      second.app.scheduler.runDue(),
    ]);
    expect(a + b).toBeGreaterThanOrEqual(made.length + 1);
    for (const concern of made) expect(await followupsAsked(concern.id)).toBe(1);
    const escalateJobs = await db().select().from(jobs).where(eq(jobs.kind, 'alert.escalate'));
    expect(escalateJobs.filter((j) => j.status === 'failed')).toEqual([]);
    expect(escalateJobs.every((j) => j.attempts <= 1)).toBe(true);
    const escalations = await db()
      .select()
      .from(concernEvents)
      .where(
        and(eq(concernEvents.concernId, unclaimed.id), eq(concernEvents.type, 'alert_escalated')),
      );
    expect(escalations).toHaveLength(1);
    // Each question was delivered once.
    const annaBot = (await db().select().from(channels).where(eq(channels.kind, 'bot'))).map(
      (c) => c.id,
    );
    const questions = await db().select().from(messages);
    const asked = questions.filter(
      (m) => annaBot.includes(m.channelId) && m.body.includes('Is het opgelost?'),
    );
    expect(asked.length).toBe(
      await (async () => {
        const [row] = await db()
          .select({ n: count() })
          .from(concernEvents)
          .where(eq(concernEvents.type, 'followup_asked'));
        return row?.n ?? 0;
      })(),
    );
    await second.close();
  });
});

describe('retention', () => {
  it('anonymises closed concerns after the project retention days, keeping the numbers', async () => {
    if (!server.app.deps.config) throw new Error('server gone');
    const staff = await watch(server.url, w.esther.cookie);
    await db().update(projects).set({ retentionDays: 30 }).where(eq(projects.id, w.project.id));
    const concern: ReporterConcern = await report({
      step: 'begeleiding',
      description: 'Geluid bij 12, elke nacht',
    });
    data(
      await staff.request('concern:note', {
        concernId: concern.id,
        clientId: 'note-retention-1',
        body: 'Gesprek gehad met de bewoner.',
      }),
    );
    data(
      await staff.request('concern:resolve', { concernId: concern.id, outcome: 'solved_support' }),
    );
    clock.advanceDays(29);
    await server.app.scheduler.runDue();
    expect(
      (await db().select().from(concerns).where(eq(concerns.id, concern.id)))[0]?.anonymisedAt,
    ).toBeNull();
    clock.advanceDays(2);
    await server.app.scheduler.runDue();
    const [row] = await db().select().from(concerns).where(eq(concerns.id, concern.id));
    expect(row).toMatchObject({
      reporterId: null,
      description: null,
      threadChannelId: null,
      category: 'noise',
      outcome: 'solved_support',
      resolvedStep: 'begeleiding',
    });
    expect(row?.anonymisedAt).not.toBeNull();
    expect(
      await db().select().from(channels).where(eq(channels.id, concern.threadChannelId!)),
    ).toEqual([]);
    expect(
      await db().select().from(concernNotes).where(eq(concernNotes.concernId, concern.id)),
    ).toEqual([]);
    const reporterEvents = await db()
      .select()
      .from(concernEvents)
      .where(and(eq(concernEvents.concernId, concern.id), eq(concernEvents.actorKind, 'reporter')));
    expect(reporterEvents.every((e) => e.actorId === null)).toBe(true);
    // The reporter's own list no longer links it to them.
    const mine = await api(server.url, w.anna.cookie).get(
      `/api/projects/${w.project.id}/concerns/mine`,
    );
    expect((mine.json.concerns as ReporterConcern[]).some((c) => c.id === concern.id)).toBe(false);
    staff.close();
  });
});

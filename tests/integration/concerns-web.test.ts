import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concerns, supportLinks } from '../../db/schema';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { concernWorld, data, reportByForm, watch, type ConcernWorld } from '../support/concerns';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';
import type {
  LivingLabNumbers,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
  StaffFeed,
} from '../../server/protocol/concerns';
import type { LadderStep } from '../../server/protocol/concernTypes';

let server: Awaited<ReturnType<typeof startTestServer>>;
let w: ConcernWorld;

beforeAll(async () => {
  server = await startTestServer();
  w = await concernWorld(server.database.db, 'Webhof');
});
afterAll(() => server.stop());

describe('reporting through the web form', () => {
  it('lets residents and outside neighbours report, stores a retry once, and shows each only their own', async () => {
    const clientId = randomUUID();
    const body = {
      clientId,
      category: 'waste',
      description: 'Vuilniszakken naast de container',
      step: 'zelf',
    };
    const first = await api(server.url, w.noor.cookie).post(
      `/api/projects/${w.project.id}/concerns`,
      body,
    );
    const retry = await api(server.url, w.noor.cookie).post(
      `/api/projects/${w.project.id}/concerns`,
      body,
    );
    expect(first.status).toBe(201);
    expect(retry.json.id).toBe(first.json.id);
    expect(first.json).toMatchObject({ view: 'reporter', step: 'zelf', category: 'waste' });
    const annas = await reportByForm(server.url, w.anna, w.project.id, {});
    const noorMine = await api(server.url, w.noor.cookie).get(
      `/api/projects/${w.project.id}/concerns/mine`,
    );
    expect((noorMine.json.concerns as ReporterConcern[]).map((c) => c.id)).toEqual([first.json.id]);
    const annaMine = await api(server.url, w.anna.cookie).get(
      `/api/projects/${w.project.id}/concerns/mine`,
    );
    expect((annaMine.json.concerns as ReporterConcern[]).map((c) => c.id)).toEqual([annas.id]);
    // Over the socket too.
    const noor = await watch(server.url, w.noor.cookie);
    expect(
      data(await noor.request<ReporterConcern[]>('concern:mine', { projectId: w.project.id }))
        .length,
    ).toBe(1);
    noor.close();
  });

  it('keeps the report when the chosen step cannot be taken, and refuses bad input clearly', async () => {
    // A burenbericht without a home or person to go to. (A home nobody lives in is accepted
    // like any other: the reporter must not learn which homes have members.)
    const kept = await reportByForm(server.url, w.anna, w.project.id, { step: 'burenbericht' });
    expect(kept).toMatchObject({ step: 'intake', unitLabel: null, status: 'open' });
    const bad = await api(server.url, w.anna.cookie).post(
      `/api/projects/${w.project.id}/concerns`,
      {
        clientId: randomUUID(),
        category: 'gossip',
        description: 'x',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields).toMatchObject({
      category: 'Kies een van de mogelijkheden.',
      description: expect.stringContaining('Te kort'),
    });
    // Staff and the corporation do not report through the resident form.
    const byStaff = await api(server.url, w.esther.cookie).post(
      `/api/projects/${w.project.id}/concerns`,
      {
        clientId: randomUUID(),
        category: 'noise',
        description: 'Testmelding van een medewerker',
      },
    );
    expect(byStaff.status).toBe(403);
  });
});

describe('the staff side over HTTP and sockets', () => {
  it('feeds concerns, care signals and help requests with priority; notes are stored once; targets stay staff-only', async () => {
    await server.database.db.insert(supportLinks).values({
      projectId: w.project.id,
      staffUserId: w.ilse.userId,
      residentUserId: w.chris.userId,
    });
    const staff = await watch(server.url, w.esther.cookie);
    const chris = await talkToBot(server.url, w.chris.cookie, w.project.id);
    await chris.say('/hulp ik heb dringend hulp nodig met mijn geld');
    const help = await staff.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'help');
    expect(help).toMatchObject({
      priority: 'urgent',
      assignedTo: { name: 'Ilse' },
      assignedReason: 'own_worker',
    });
    const dirk = await talkToBot(server.url, w.dirk.cookie, w.project.id);
    await dirk.say('/zorg ik zie mijn buurvrouw al een week niet', { replies: 2 });
    await dirk.press(/Overslaan/);
    await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'care' && a.priority === 'high',
    );

    const concern = await reportByForm(server.url, w.anna, w.project.id, { step: 'begeleiding' });
    const feed = data(await staff.request<StaffFeed>('concern:feed', { projectId: w.project.id }));
    expect(feed.concerns.map((c) => c.id)).toContain(concern.id);
    expect(feed.alerts.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['help', 'care', 'concern']),
    );
    const viaHttp = await api(server.url, w.esther.cookie).get(
      `/api/projects/${w.project.id}/concerns`,
    );
    expect((viaHttp.json as unknown as StaffFeed).alerts.length).toBe(feed.alerts.length);

    const note = { concernId: concern.id, clientId: 'note-web-00001', body: 'Eerst bellen.' };
    const n1 = data(await staff.request<{ id: string }>('concern:note', note));
    const n2 = data(await staff.request<{ id: string }>('concern:note', note));
    expect(n2.id).toBe(n1.id);
    const detail = await api(server.url, w.esther.cookie).get(`/api/concerns/${concern.id}`);
    expect((detail.json.notes as unknown[]).length).toBe(1);

    const targeted = data(
      await staff.request<StaffConcern>('concern:target', {
        concernId: concern.id,
        targetUserId: w.bram.userId,
        unit: '12',
      }),
    );
    expect(targeted).toMatchObject({ targetUser: { name: 'Bram' }, unitLabel: '12' });
    const asReporter = await api(server.url, w.anna.cookie).get(`/api/concerns/${concern.id}`);
    expect(JSON.stringify(asReporter.json)).not.toContain('Bram');
    expect(asReporter.json).not.toHaveProperty('targetUser');

    // Alerts: acknowledge, claim, resolve over HTTP; residents may not.
    expect((await api(server.url, w.anna.cookie).post(`/api/alerts/${help.id}/claim`)).status).toBe(
      404,
    );
    const acked = await api(server.url, w.ilse.cookie).post(`/api/alerts/${help.id}/acknowledge`);
    expect(acked.json).toMatchObject({ status: 'acknowledged', acknowledgedBy: { name: 'Ilse' } });
    const claimed = await api(server.url, w.ilse.cookie).post(`/api/alerts/${help.id}/claim`);
    expect(claimed.json).toMatchObject({ status: 'claimed', claimedBy: { name: 'Ilse' } });
    const resolved = await api(server.url, w.ilse.cookie).post(`/api/alerts/${help.id}/resolve`);
    expect(resolved.json).toMatchObject({ status: 'resolved' });
    for (const c of [staff, chris, dirk]) c.close();
  });

  it('keeps an on-call rota and timer settings, for staff only', async () => {
    const rota = api(server.url, w.esther.cookie);
    const start = new Date('2030-05-01T08:00:00Z');
    const end = new Date('2030-05-01T20:00:00Z');
    const created = await rota.post(`/api/projects/${w.project.id}/rota`, {
      staffUserId: w.ilse.userId,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
    });
    expect(created.status).toBe(201);
    const listed = await rota.get(`/api/projects/${w.project.id}/rota`);
    expect(listed.json.shifts).toEqual([
      expect.objectContaining({
        staff: { id: w.ilse.userId, name: 'Ilse' },
        startsAt: start.toISOString(),
      }),
    ]);
    const backwards = await rota.post(`/api/projects/${w.project.id}/rota`, {
      staffUserId: w.ilse.userId,
      startsAt: end.toISOString(),
      endsAt: start.toISOString(),
    });
    expect(backwards.status).toBe(400);
    const notStaff = await rota.post(`/api/projects/${w.project.id}/rota`, {
      staffUserId: w.anna.userId,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
    });
    expect(notStaff.json.error?.fields?.staffUserId).toBe('Kies een begeleider van dit project.');
    expect(
      (await api(server.url, w.anna.cookie).get(`/api/projects/${w.project.id}/rota`)).status,
    ).toBe(403);
    const moved = await rota.patch(
      `/api/projects/${w.project.id}/rota/${created.json.id as string}`,
      {
        staffUserId: w.esther.userId,
        endsAt: new Date('2030-05-01T22:00:00Z').toISOString(),
      },
    );
    expect(moved.status).toBe(200);
    const afterPatch = await rota.get(`/api/projects/${w.project.id}/rota`);
    expect(afterPatch.json.shifts).toEqual([
      expect.objectContaining({
        staff: { id: w.esther.userId, name: 'Esther' },
        endsAt: '2030-05-01T22:00:00.000Z',
      }),
    ]);
    const inverted = await rota.patch(
      `/api/projects/${w.project.id}/rota/${created.json.id as string}`,
      {
        endsAt: new Date('2030-04-30T22:00:00Z').toISOString(),
      },
    );
    expect(inverted.json.error?.fields?.endsAt).toBe('Het einde moet na het begin liggen.');
    expect(
      (await rota.delete(`/api/projects/${w.project.id}/rota/${created.json.id as string}`)).status,
    ).toBe(200);
    expect((await rota.get(`/api/projects/${w.project.id}/rota`)).json.shifts).toEqual([]);

    expect(
      (await api(server.url, w.anna.cookie).get(`/api/projects/${w.project.id}/concern-settings`))
        .status,
    ).toBe(403);
    const settings = await rota.patch(`/api/projects/${w.project.id}/concern-settings`, {
      followupDays: 5,
    });
    expect(settings.json).toMatchObject({ followupDays: 5, alertClaimMinutes: 15 });
  });
});

const day = 86_400_000;
const jan = new Date('2026-01-01T10:00:00Z');
const feb = new Date('2026-02-02T10:00:00Z');
let seeded = 0;

/** Stores concerns as they would be after their life (closed after `days`, or still open). */
function seeder(db: typeof server.database.db, projectId: string) {
  return async (
    created: Date,
    days: number | null,
    step: LadderStep,
    outcome: (typeof concerns.$inferInsert)['outcome'],
    reached: LadderStep[] = [step],
  ) => {
    seeded += 1;
    await db.insert(concerns).values({
      projectId,
      ref: `seed-${projectId}-${seeded}`,
      reporterRole: 'resident',
      source: 'web',
      category: 'noise',
      step,
      stepChangedAt: created,
      reachedSteps: reached,
      status: days === null ? 'open' : 'closed',
      outcome: days === null ? null : outcome,
      resolvedStep: days === null ? null : step,
      resolvedAt: days === null ? null : new Date(created.getTime() + days * day),
      createdAt: created,
      updatedAt: created,
    });
  };
}

describe('Living Lab numbers', () => {
  it('counts resolutions per step and month, with median, share and small counts hidden, as JSON and CSV', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'Telhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const resident = await buildMember(db, project.id, 'resident', 'Rik');
    const seed = seeder(db, project.id);
    for (const d of [1, 2, 3, 4, 5, 6]) await seed(jan, d, 'zelf', 'solved_neighbours');
    for (let i = 0; i < 5; i++) await seed(jan, 2, 'burenbericht', 'solved_neighbours');
    for (let i = 0; i < 3; i++) await seed(jan, 10, 'begeleiding', 'solved_support');
    await seed(jan, 30, 'corporatie', 'corporation', ['begeleiding', 'corporatie']);
    await seed(jan, 1, 'nood', 'police');
    for (let i = 0; i < 2; i++) await seed(jan, 3, 'zelf', 'withdrawn');
    for (let i = 0; i < 3; i++) await seed(feb, 5, 'begeleiding', 'solved_support');
    for (let i = 0; i < 3; i++) await seed(feb, null, 'zelf', null);

    const query = `from=2026-01-01&to=2026-03-01`;
    const json = await api(server.url, esther.cookie).get(
      `/api/projects/${project.id}/concerns/stats?${query}`,
    );
    const numbers = json.json as unknown as LivingLabNumbers;
    // January's 16 resolved would give February's hidden 3 away (19 - 16), so it is hidden
    // too, and with it January's median and share; its 2 via the corporation or the police
    // hide the share of the total as well (it would tell 17 of 19).
    expect(numbers.periods[0]).toEqual({
      period: '2026-01',
      reported: 18,
      resolved: null,
      resolvedByStep: {
        intake: 0,
        zelf: 6,
        burenbericht: 5,
        begeleiding: null,
        bemiddeling: 0,
        corporatie: null,
        nood: null,
      },
      withdrawn: null,
      medianDaysToResolution: null,
      shareWithoutCorporationOrPolice: null,
    });
    const csv = await api(server.url, esther.cookie).get(
      `/api/projects/${project.id}/concerns/stats.csv?${query}`,
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('meldingen-2026-01-01-2026-03-01.csv');
    expect(String(csv.json).trim().split('\r\n')).toEqual([
      'period,reported,resolved,resolved_at_intake,resolved_at_zelf,resolved_at_burenbericht,resolved_at_begeleiding,resolved_at_bemiddeling,resolved_at_corporatie,resolved_at_nood,withdrawn,median_days_to_resolution,share_without_corporation_or_police',
      '2026-01,18,<5,0,6,5,<5,0,<5,<5,<5,,',
      // February: one hidden step count, and too few for a median or share.
      '2026-02,6,<5,0,0,0,<5,0,0,0,0,,',
      'total,24,19,0,6,5,6,0,<5,<5,<5,4,',
    ]);
    expect(
      (
        await api(server.url, resident.cookie).get(
          `/api/projects/${project.id}/concerns/stats.csv?${query}`,
        )
      ).status,
    ).toBe(403);
    const backwards = await api(server.url, esther.cookie).get(
      `/api/projects/${project.id}/concerns/stats?from=2026-03-01&to=2026-01-01`,
    );
    expect(backwards.status).toBe(400);
    // Year 0 made PostgreSQL fail (500); a period is kept within 2000-2100.
    for (const period of ['from=0000-01-01&to=1970-01-01', 'from=1999-12-31&to=2026-01-01']) {
      const outside = await api(server.url, esther.cookie).get(
        `/api/projects/${project.id}/concerns/stats.csv?${period}`,
      );
      expect(outside.status).toBe(400);
      expect(outside.json.error?.code).toBe('validation_failed');
    }
  });

  it('hides the share when one of 6 resolved went via the corporation (the <5 stays hidden), as CSV', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'Deelhof');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    const seed = seeder(db, project.id);
    for (const d of [1, 2, 3, 4, 5]) await seed(jan, d, 'zelf', 'solved_neighbours');
    await seed(jan, 20, 'corporatie', 'corporation', ['begeleiding', 'corporatie']);
    const csv = await api(server.url, esther.cookie).get(
      `/api/projects/${project.id}/concerns/stats.csv?from=2026-01-01&to=2026-02-01`,
    );
    expect(csv.status).toBe(200);
    const lines = String(csv.json).trim().split('\r\n');
    // Before: '2026-01,6,6,0,5,0,0,0,<5,0,0,3.5,0.833', and 0.833 = 5 of 6 told the <5 was 1.
    expect(lines.slice(1)).toEqual([
      '2026-01,6,6,0,<5,0,0,0,<5,0,0,3.5,',
      'total,6,6,0,<5,0,0,0,<5,0,0,3.5,',
    ]);
    const json = await api(server.url, esther.cookie).get(
      `/api/projects/${project.id}/concerns/stats?from=2026-01-01&to=2026-02-01`,
    );
    expect((json.json as unknown as LivingLabNumbers).total).toMatchObject({
      resolved: 6,
      medianDaysToResolution: 3.5,
      shareWithoutCorporationOrPolice: null,
    });
  });
});

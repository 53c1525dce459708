import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/clock';
import { onCallShifts } from '../../db/schema';
import { createAlert, escalateAlert } from '../../server/domain/concerns/alerts';
import { startServer, type TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { concernWorld, reportByForm } from '../support/concerns';
import { defectApi, defectProject } from '../support/defects';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { TestMember } from '../support/factories';
import { phoneOf as phoneOfShared, startFakePushService } from '../support/fake-push';
import { buildMember } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

let testDb: TestDatabase;
let server: TestServer;
let push: Awaited<ReturnType<typeof startFakePushService>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  server = await startServer({
    database: await testDb.open(),
    notifications: { allowLoopbackHttp: true },
  });
  push = await startFakePushService();
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await testDb?.destroy();
});

const phoneOf = (member: TestMember, path: string) => phoneOfShared(server.url, push, member, path);

async function idle() {
  await server.app.deps.dispatcher.settled();
}

describe("notifications for staff alerts and for news on a person's own reports", () => {
  it('tells staff who are offline about a new alert, without who or what, and no resident', async () => {
    const db = server.database.db;
    const world = await concernWorld(db, 'Lindehof');
    const { project, esther, ilse, dirk, anna } = world;
    const estherPhone = await phoneOf(esther, '/push/esther');
    const ilsePhone = await phoneOf(ilse, '/push/ilse');
    const dirkPhone = await phoneOf(dirk, '/push/dirk');
    const annaPhone = await phoneOf(anna, '/push/anna');
    // Ilse has the dashboard open: she sees the alert live, her phone stays quiet.
    const ilseOnline = await connectMember(server.url, ilse.cookie);
    await eventually(async () =>
      (await server.app.deps.presence.onlineUserIds(project.id)).has(ilse.userId),
    );

    const { alert, events } = await db.transaction((tx) =>
      createAlert(tx, systemClock, {
        projectId: project.id,
        kind: 'care',
        priority: 'high',
        subjectUserId: anna.userId,
        unitLabel: '3',
        summary: 'Mijn buurvrouw op 12 drinkt weer veel',
        staffNotice: 'Zorgsignaal van Anna',
      }),
    );
    for (const event of events) await server.app.deps.dispatcher.publish(event);
    await idle();

    await eventually(() => estherPhone.received().length === 1);
    const notice = estherPhone.read(estherPhone.received()[0]!);
    expect(notice).toEqual({
      title: 'Buurtkamer team',
      body: 'Er is een nieuw zorgsignaal. Kijk bij Signalen.',
      url: `/p/${project.id}/dashboard`,
      tag: `alert-${alert.id}`,
    });
    for (const secret of ['drinkt', 'buurvrouw', 'Anna', '12']) {
      expect(notice.title + notice.body).not.toContain(secret);
    }
    expect(ilsePhone.received()).toHaveLength(0);
    expect(dirkPhone.received()).toHaveLength(0);
    // The person it is about is not told either (and is no staff member).
    expect(annaPhone.received()).toHaveLength(0);
    ilseOnline.close();
  });

  it('tells the on-call staff member that an alert nobody took up is theirs now, in their language', async () => {
    const db = server.database.db;
    const world = await concernWorld(db, 'Wilgenhof');
    const { project, esther, anna } = world;
    const noor = await buildMember(db, project.id, 'staff', 'Noor', systemClock, 'en');
    await db.insert(onCallShifts).values({
      projectId: project.id,
      staffUserId: noor.userId,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
      createdAt: new Date(),
    });
    const noorPhone = await phoneOf(noor, '/push/noor-wilg');
    const estherPhone = await phoneOf(esther, '/push/esther-wilg');
    const { alert, events } = await db.transaction((tx) =>
      createAlert(tx, systemClock, {
        projectId: project.id,
        kind: 'help',
        priority: 'high',
        subjectUserId: anna.userId,
        unitLabel: '3',
        summary: 'Ik durf niet meer naar huis',
        staffNotice: 'Hulpvraag van Anna',
      }),
    );
    for (const event of events) await server.app.deps.dispatcher.publish(event);
    await idle();
    await eventually(() => noorPhone.received().length === 1);
    const estherBefore = estherPhone.received().length;

    // Nobody took it up in time: the escalation timer gives it to Noor, who is on call.
    const escalated = await db.transaction((tx) => escalateAlert(tx, systemClock, alert.id));
    for (const event of escalated) await server.app.deps.dispatcher.publish(event);
    await idle();

    await eventually(() => noorPhone.received().length === 2);
    const notice = noorPhone.read(noorPhone.received()[1]!);
    expect(notice).toEqual({
      title: 'An alert for you',
      body: 'Nobody has taken this up: help request. You are on call. Look at Alerts now.',
      url: `/p/${project.id}/dashboard`,
      tag: `alert-${alert.id}`,
    });
    expect(JSON.stringify(notice)).not.toMatch(/Anna|durf|huis/);
    // The other staff member is not on call: nothing new on her phone.
    expect(estherPhone.received()).toHaveLength(estherBefore);
  });

  it('tells the reporter their concern was taken up, without quoting it, and nobody else', async () => {
    const db = server.database.db;
    const world = await concernWorld(db, 'Eikenhof');
    const { project, anna, esther, bram } = world;
    const annaPhone = await phoneOf(anna, '/push/anna-eik');
    const bramPhone = await phoneOf(bram, '/push/bram-eik');
    const estherPhone = await phoneOf(esther, '/push/esther-eik');
    const concern = await reportByForm(server.url, anna, project.id, {
      description: 'Elke nacht harde muziek tot drie uur bij de buren',
    });
    await idle();
    const before = annaPhone.received().length;

    // Esther, at her desk, takes the concern up.
    const claimed = await api(server.url, esther.cookie).post(`/api/concerns/${concern.id}/claim`);
    expect(claimed.status).toBe(200);
    await idle();

    await eventually(() => annaPhone.received().length > before);
    const notices = annaPhone.received().slice(before).map(annaPhone.read);
    // One notification for the change (Buurtbot's line in the thread is not announced twice).
    expect(notices).toEqual([
      {
        title: 'Je melding',
        body: 'Een begeleider heeft je melding opgepakt.',
        url: `/p/${project.id}/meldingen`,
        tag: `concern-${concern.id}`,
      },
    ]);
    expect(JSON.stringify(notices)).not.toMatch(/muziek|Esther|buren/);
    expect(bramPhone.received()).toHaveLength(0);
    expect(
      estherPhone.received().filter((r) => estherPhone.read(r).tag === `concern-${concern.id}`),
    ).toHaveLength(0);
  });

  it('lets a reporter with the app open see the change live instead of on the phone', async () => {
    const db = server.database.db;
    const world = await concernWorld(db, 'Beukenhof');
    const { project, anna, esther } = world;
    const annaPhone = await phoneOf(anna, '/push/anna-beuk');
    const concern = await reportByForm(server.url, anna, project.id, {});
    const online = await connectMember(server.url, anna.cookie);
    await eventually(async () =>
      (await server.app.deps.presence.onlineUserIds(project.id)).has(anna.userId),
    );
    await idle();
    const before = annaPhone.received().length;
    const claimed = await api(server.url, esther.cookie).post(`/api/concerns/${concern.id}/claim`);
    expect(claimed.status).toBe(200);
    await idle();
    expect(annaPhone.received().length).toBe(before);
    online.close();
  });
  it('offers a freed seat and tells of a cancellation with their own notices, once each', async () => {
    const db = server.database.db;
    const world = await concernWorld(db, 'Esdoornhof');
    const { project, anna, bram } = world;
    const cor = await buildMember(db, project.id, 'coordinator', 'Cor');
    const activity = await publishActivity(server.url, cor.cookie, project.id, new Date(), {
      title: 'Vissen bij de vijver',
      capacity: 1,
    });
    const bramPhone = await phoneOf(bram, '/push/bram-esd');
    const annaPhone = await phoneOf(anna, '/push/anna-esd');
    for (const member of [anna, bram]) {
      const r = await api(server.url, member.cookie).post(`/api/activities/${activity.id}/signup`, {
        guests: 0,
      });
      expect(r.status).toBe(200);
    }
    expect(
      (await api(server.url, anna.cookie).post(`/api/activities/${activity.id}/withdraw`)).status,
    ).toBe(200);
    await idle();
    await eventually(() => bramPhone.received().length === 1);
    expect(bramPhone.read(bramPhone.received()[0]!)).toEqual({
      title: 'Activiteiten',
      body: 'Er is een plek vrij voor je. Wil je die?',
      url: `/p/${project.id}/activities`,
      tag: `activity-${activity.id}`,
    });

    const cancelled = await api(server.url, cor.cookie).post(
      `/api/activities/${activity.id}/cancel`,
      { reason: 'Cor is ziek' },
    );
    expect(cancelled.status).toBe(200);
    await idle();
    const notices = bramPhone.received().slice(1).map(bramPhone.read);
    expect(notices).toEqual([
      {
        title: 'Activiteiten',
        body: 'Een activiteit waar je aan meedoet gaat niet door.',
        url: `/p/${project.id}/activities`,
        tag: `activity-${activity.id}`,
      },
    ]);
    expect(JSON.stringify(notices)).not.toMatch(/ziek|Vissen/);
    // Anna withdrew before: she is not told of the cancellation.
    expect(
      annaPhone
        .received()
        .map(annaPhone.read)
        .map((n) => n.tag),
    ).not.toContain(`activity-${activity.id}`);
  });
  it('tells the reporter and the "me too" people of a defect\'s new status, in their language', async () => {
    const db = server.database.db;
    const world = await defectProject(db, 'Gebrekenhof push');
    const { project, anouk, samir, joke, esther } = world;
    const hall = await defectApi(server.url, anouk, project).space('Hal en gangen');
    const anoukPhone = await phoneOf(anouk, '/push/anouk-def');
    const samirPhone = await phoneOf(samir, '/push/samir-def');
    const jokePhone = await phoneOf(joke, '/push/joke-def');
    const estherPhone = await phoneOf(esther, '/push/esther-def');
    const made = await defectApi(server.url, anouk, project).report({
      place: { kind: 'space', spaceId: hall.id },
      what: 'De lamp in de hal knippert de hele nacht',
    });
    expect(made.status).toBe(201);
    const { defect } = made.json;
    expect((await defectApi(server.url, samir, project).meToo(defect.id)).status).toBe(200);
    await idle();
    const before = {
      anouk: anoukPhone.received().length,
      samir: samirPhone.received().length,
      esther: estherPhone.received().length,
    };

    const changed = await defectApi(server.url, esther, project).change(defect.id, {
      status: 'acknowledged',
      note: 'Ik bel de elektricien morgen',
    });
    expect(changed.status).toBe(200);
    await idle();

    await eventually(() => anoukPhone.received().length > before.anouk);
    await eventually(() => samirPhone.received().length > before.samir);
    const ref = defect.ref;
    expect(anoukPhone.received().slice(before.anouk).map(anoukPhone.read)).toEqual([
      {
        title: 'Je melding van een gebrek',
        body: `${ref} heeft een nieuwe status: Gezien.`,
        url: `/p/${project.id}/defects`,
        tag: `defect-${defect.id}`,
      },
    ]);
    const english = samirPhone.received().slice(before.samir).map(samirPhone.read);
    expect(english).toEqual([
      {
        title: 'Your defect report',
        body: `${ref} has a new status: Seen.`,
        url: `/p/${project.id}/defects`,
        tag: `defect-${defect.id}`,
      },
    ]);
    expect(JSON.stringify(english)).not.toMatch(/lamp|elektricien|Esther/);
    // The staff member who changed it and a resident with nothing to do with it: nothing.
    expect(estherPhone.received().length).toBe(before.esther);
    expect(jokePhone.received()).toHaveLength(0);
  });
});

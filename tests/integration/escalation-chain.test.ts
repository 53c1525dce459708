import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onCallShifts } from '../../db/schema';
import type { StaffAlert, StaffConcern, StaffFeed } from '../../server/protocol/concerns';
import { startServer, type TestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { ManualClock } from '../support/clock';
import { eventually } from '../support/clients';
import { concernWorld, watch, type ConcernWorld } from '../support/concerns';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { TestMember } from '../support/factories';
import { phoneOf as phoneOfShared, startFakePushService } from '../support/fake-push';
import { api } from '../support/http';

/**
 * "Always someone": a help request goes to the person's own support worker, then to whoever is
 * on call, then to every staff member; urgent alerts reach every staff member at once and buzz
 * again until someone acknowledges them; hours with nobody on call are announced ahead and when
 * they start; the person asking is told truthfully who has their question.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const clock = new ManualClock('2026-03-02T09:00:00Z');
let testDb: TestDatabase;
let server: TestServer;
let push: Awaited<ReturnType<typeof startFakePushService>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  server = await startServer({
    database: await testDb.open(),
    clock,
    notifications: { allowLoopbackHttp: true },
  });
  push = await startFakePushService();
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await testDb?.destroy();
});

const db = () => server.database.db;

async function tick() {
  await server.app.scheduler.runDue();
  await server.app.deps.dispatcher.settled();
}

async function shift(w: ConcernWorld, who: TestMember, from: number, to: number) {
  const now = clock.now().getTime();
  await db()
    .insert(onCallShifts)
    .values({
      projectId: w.project.id,
      staffUserId: who.userId,
      startsAt: new Date(now + from),
      endsAt: new Date(now + to),
      createdAt: clock.now(),
    });
}

const phoneOf = (member: TestMember, path: string) => phoneOfShared(server.url, push, member, path);

describe('a help request always reaches someone', () => {
  it('own support worker first, then the person on call, then every staff member', async () => {
    const w = await concernWorld(db(), 'Beukenhof', clock);
    const linked = await api(server.url, w.esther.cookie).post(
      `/api/projects/${w.project.id}/support-links`,
      { staffUserId: w.esther.userId, residentUserId: w.anna.userId },
    );
    expect(linked.status).toBe(201);
    await shift(w, w.ilse, -HOUR, 8 * HOUR);
    const staffRoom = await watch(server.url, w.ilse.cookie);
    const esther = await talkToBot(server.url, w.esther.cookie, w.project.id);
    const ilse = await talkToBot(server.url, w.ilse.cookie, w.project.id);
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);

    await anna.say('/hulp');
    const told = await anna.press(/^Nee, vandaag/, 2);
    expect(told.map((m) => m.body).join(' ')).toContain(
      'Je begeleider Esther neemt contact met je op.',
    );
    const created = await staffRoom.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'help' && a.subject?.name === 'Anna',
    );
    expect(created).toMatchObject({ assignedTo: { name: 'Esther' }, assignedReason: 'own_worker' });

    // Esther does not take it up in time: it goes to Ilse, who is on call.
    clock.advance(16 * MINUTE);
    await tick();
    await staffRoom.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.id === created.id && a.assignedTo?.name === 'Ilse',
    );
    await eventually(() =>
      ilse.botReplies().some((m) => m.body.includes('Je hebt dienst. Er is een hulpvraag')),
    );
    expect(esther.botReplies().some((m) => m.body.includes('Niemand heeft deze'))).toBe(false);

    // Nobody takes it up after that either: every staff member hears it, privately.
    clock.advance(16 * MINUTE);
    await tick();
    for (const member of [esther, ilse])
      await eventually(() =>
        member
          .botReplies()
          .some((m) => m.body.includes('Niemand heeft deze hulpvraag opgepakt. Kun jij het')),
      );
    await eventually(() =>
      staffRoom
        .messagesIn(w.project.channels.staff)
        .some((m) => m.body.includes('Alle begeleiders hebben het nu gekregen')),
    );
    // The resident is never shown any of this.
    expect(anna.botReplies().some((m) => /Ilse|dienst/.test(m.body))).toBe(false);
    for (const c of [staffRoom, esther, ilse, anna]) c.close();
  });

  it('with nobody on call: the person hears so, gets the day-and-night number, and every staff member gets it', async () => {
    const w = await concernWorld(db(), 'Esdoornhof', clock);
    const saved = await api(server.url, w.esther.cookie).request(
      'PUT',
      `/api/card/${w.project.id}`,
      {
        contacts: [{ kind: 'crisis', name: 'Crisisdienst Esdoorn', phone: '020 111 2233' }],
        tips: [],
      },
    );
    expect(saved.status).toBe(200);
    const staffRoom = await watch(server.url, w.esther.cookie);
    const esther = await talkToBot(server.url, w.esther.cookie, w.project.id);
    const ilse = await talkToBot(server.url, w.ilse.cookie, w.project.id);
    const dirk = await talkToBot(server.url, w.dirk.cookie, w.project.id);

    await dirk.say('/hulp');
    const told = (await dirk.press(/^Ja, het is dringend/, 2)).map((m) => m.body).join(' ');
    expect(told).toContain('Er heeft nu niemand dienst.');
    expect(told).toContain('Ik geef je vraag aan alle begeleiders van het project.');
    expect(told).toContain('Bel Crisisdienst Esdoorn: 020 111 2233.');
    await staffRoom.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'help');

    clock.advance(16 * MINUTE);
    await tick();
    await eventually(() =>
      staffRoom
        .messagesIn(w.project.channels.staff)
        .some((m) => m.body.startsWith('LET OP: nog niemand heeft dit opgepakt (hulpvraag)')),
    );
    // An urgent help request reached every staff member privately at once already.
    for (const member of [esther, ilse])
      expect(member.botReplies().some((m) => m.body.startsWith('DRINGEND: hulpvraag'))).toBe(true);
    for (const c of [staffRoom, esther, ilse, dirk]) c.close();
  });
});

describe('threats, violence or fear never wait at intake', () => {
  it('a report through Buurtbot goes to staff at once, and the reporter hears why', async () => {
    const w = await concernWorld(db(), 'Kievithof', clock);
    const staff = await watch(server.url, w.esther.cookie);
    const chris = await talkToBot(server.url, w.chris.cookie, w.project.id);
    await chris.say('/melding');
    await chris.say('de man van 12 schreeuwt elke avond tegen me in de hal, ik ben bang voor hem');
    const sent = (await chris.press(/Ja, maak een melding/, 2)).map((m) => m.body).join(' ');
    expect(sent).toContain('Dan is een gesprek of bemiddeling met je buur niet de eerste stap.');
    // Chris closes the app here: the report is with staff already, with an alert.
    const concern = await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.step === 'begeleiding' && c.projectId === w.project.id,
    );
    await staff.waitFor<StaffAlert>('alert:updated', (a) => a.concernId === concern.id);
    staff.close();
    chris.close();
  });
});

describe('urgent alerts reach every staff member at once', () => {
  it('a private notice and a push for each, repeated on every phone until acknowledged', async () => {
    const w = await concernWorld(db(), 'Lijsterhof', clock);
    await shift(w, w.ilse, -HOUR, 8 * HOUR);
    const estherPhone = await phoneOf(w.esther, '/push/esther-lijster');
    const ilsePhone = await phoneOf(w.ilse, '/push/ilse-lijster');
    const annaPhone = await phoneOf(w.anna, '/push/anna-lijster');
    // Esther has Buurtkamer open, Ilse (on call) does not: both are told.
    const esther = await talkToBot(server.url, w.esther.cookie, w.project.id);
    const staffRoom = await watch(server.url, w.esther.cookie);
    const anna = await talkToBot(server.url, w.anna.cookie, w.project.id);

    await anna.say('er is brand in de gang!');
    const alert = await staffRoom.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'urgent' && a.codes.includes('fire'),
    );
    await eventually(() =>
      esther.botReplies().some((m) => m.body.startsWith('DRINGEND: noodgeval')),
    );
    await eventually(() => ilsePhone.notices().length >= 1);
    expect(ilsePhone.notices().at(-1)).toMatchObject({ tag: `alert-${alert.id}` });

    clock.advance(3 * MINUTE);
    await tick();
    // The repeat buzzes every staff phone again, also Esther's, who has the app open.
    await eventually(() =>
      estherPhone
        .notices()
        .some((n) => n.tag === `alert-${alert.id}` && n.body.includes('dringende melding')),
    );
    const ilseBefore = ilsePhone.notices().length;
    const estherBefore = estherPhone.notices().length;
    const acknowledged = await api(server.url, w.esther.cookie).post(
      `/api/alerts/${alert.id}/acknowledge`,
    );
    expect(acknowledged.status).toBe(200);
    clock.advance(10 * MINUTE);
    await tick();
    expect(ilsePhone.notices()).toHaveLength(ilseBefore);
    expect(estherPhone.notices()).toHaveLength(estherBefore);
    // The resident's phone never hears of staff alerts.
    expect(annaPhone.notices().some((n) => n.tag === `alert-${alert.id}`)).toBe(false);
    esther.close();
    staffRoom.close();
    anna.close();
  });
});

describe('hours with nobody on call', () => {
  it('are announced in the staff room ahead and when they start, and shown on the dashboard', async () => {
    const w = await concernWorld(db(), 'Merelhof', clock);
    const staffRoom = await watch(server.url, w.esther.cookie);
    const room = () => staffRoom.messagesIn(w.project.channels.staff).map((m) => m.body);

    // Ilse is on call for the next three hours; after that nobody is.
    const added = await api(server.url, w.esther.cookie).post(
      `/api/projects/${w.project.id}/rota`,
      {
        staffUserId: w.ilse.userId,
        startsAt: new Date(clock.now().getTime() - HOUR).toISOString(),
        endsAt: new Date(clock.now().getTime() + 3 * HOUR).toISOString(),
      },
    );
    expect(added.status).toBe(201);
    await tick();
    await eventually(() => room().some((b) => b.startsWith('Let op: vanaf ')));
    expect(room().some((b) => b.startsWith('LET OP: er heeft nu niemand dienst'))).toBe(false);

    const before = await api(server.url, w.esther.cookie).get(
      `/api/projects/${w.project.id}/concerns`,
    );
    const feed = before.json as unknown as StaffFeed;
    expect(feed.onCall).toMatchObject({ name: 'Ilse' });
    expect(feed.rotaGap).toMatchObject({ endsAt: null });
    expect(new Date(feed.rotaGap!.startsAt!).getTime()).toBe(clock.now().getTime() + 3 * HOUR);

    // The hour the gap starts: a loud notice, once.
    clock.advance(3 * HOUR);
    await tick();
    await eventually(() => room().some((b) => b.startsWith('LET OP: er heeft nu niemand dienst')));
    clock.advance(2 * HOUR);
    await tick();
    expect(room().filter((b) => b.startsWith('LET OP: er heeft nu niemand dienst'))).toHaveLength(
      1,
    );
    expect(room().filter((b) => b.startsWith('Let op: vanaf '))).toHaveLength(1);

    const after = (
      await api(server.url, w.esther.cookie).get(`/api/projects/${w.project.id}/concerns`)
    ).json as unknown as StaffFeed;
    expect(after.onCall).toBeNull();
    staffRoom.close();
  });

  it('a shift added before the gap starts cancels the warning that it has started', async () => {
    const w = await concernWorld(db(), 'Vinkenhof', clock);
    const staffRoom = await watch(server.url, w.esther.cookie);
    const room = () => staffRoom.messagesIn(w.project.channels.staff).map((m) => m.body);
    const rota = api(server.url, w.esther.cookie);
    const at = (h: number) => new Date(clock.now().getTime() + h * HOUR).toISOString();
    expect(
      (
        await rota.post(`/api/projects/${w.project.id}/rota`, {
          staffUserId: w.ilse.userId,
          startsAt: at(-1),
          endsAt: at(2),
        })
      ).status,
    ).toBe(201);
    await tick();
    await eventually(() => room().some((b) => b.startsWith('Let op: vanaf ')));
    expect(
      (
        await rota.post(`/api/projects/${w.project.id}/rota`, {
          staffUserId: w.esther.userId,
          startsAt: at(2),
          endsAt: at(30),
        })
      ).status,
    ).toBe(201);
    clock.advance(3 * HOUR);
    await tick();
    expect(room().some((b) => b.startsWith('LET OP: er heeft nu niemand dienst'))).toBe(false);
    staffRoom.close();
  });
});

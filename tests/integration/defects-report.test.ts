import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DefectView } from '../../server/protocol/defects';
import type { Message } from '../../server/protocol/messages';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import {
  allDelivered,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { defectApi, defectProject, repairLine } from '../support/defects';
import { buildStranger } from '../support/factories';
import { api } from '../support/http';

let server: Awaited<ReturnType<typeof startTestServer>>;
let world: Awaited<ReturnType<typeof defectProject>>;

beforeAll(async () => {
  server = await startTestServer();
  world = await defectProject(server.database.db);
});
afterAll(() => server.stop());

const text = (messages: Message[]) => messages.map((m) => m.body).join('\n');
const as = (who: keyof Omit<typeof world, 'project'>) =>
  defectApi(server.url, world[who], world.project);

describe('reporting a defect on the web', () => {
  it('lists the project shared spaces and the own home number', async () => {
    const { status, json } = await as('anouk').places();
    expect(status).toBe(200);
    expect(json.spaces.map((s) => s.name)).toEqual([
      'Hal en gangen',
      'Trappenhuis',
      'Voordeur en ingang',
      'Gezamenlijke ruimte',
      'Tuin',
      'Fietsenstalling',
    ]);
    expect(json.ownUnit).toBe('3');
  });

  it('makes one case, live for staff and coordinators only, and a retry makes no second', async () => {
    const staffSocket = connectSocket(server.url, world.esther.cookie);
    const coordinatorSocket = connectSocket(server.url, world.kees.cookie);
    const otherResident = connectSocket(server.url, world.joke.cookie);
    const corporation = connectSocket(server.url, world.woonstede.cookie);
    await Promise.all(
      [staffSocket, coordinatorSocket, otherResident, corporation].map(waitForConnect),
    );
    const seenByOthers: unknown[] = [];
    otherResident.on('defect:changed', (e) => seenByOthers.push(e));
    corporation.on('defect:changed', (e) => seenByOthers.push(e));
    const staffSees = nextEvent<{ change: string; defect: DefectView }>(
      staffSocket,
      'defect:changed',
    );
    const coordinatorSees = nextEvent<{ change: string; defect: DefectView }>(
      coordinatorSocket,
      'defect:changed',
    );

    const anouk = as('anouk');
    const hall = await anouk.space('Hal en gangen');
    const body = {
      clientId: randomUUID(),
      place: { kind: 'space', spaceId: hall.id },
      what: 'De lamp in de hal doet het niet meer',
      since: 'days',
      urgency: 'normal',
    };
    const first = await anouk.report(body);
    expect(first.status).toBe(201);
    expect(first.json.defect).toMatchObject({
      ref: 'G-1',
      place: { kind: 'space', name: 'Hal en gangen' },
      status: 'open',
      reporterCount: 1,
      meTooCount: 0,
      mine: 'first',
      allowedStatuses: [],
    });
    expect(first.json.advice).toBeNull();

    const retry = await anouk.report(body);
    expect(retry.status).toBe(200);
    expect(retry.json.defect.id).toBe(first.json.defect.id);

    const staffEvent = await staffSees;
    expect(staffEvent).toMatchObject({ change: 'created', defect: { ref: 'G-1' } });
    expect(staffEvent.defect.reporters?.map((r) => r.name)).toEqual(['Anouk']);
    const coordinatorEvent = await coordinatorSees;
    expect(coordinatorEvent.defect.allowedStatuses).toContain('forwarded');
    // Reporter names are for support staff only.
    expect(coordinatorEvent.defect.reporters).toBeUndefined();
    await allDelivered(server, otherResident, corporation);
    expect(seenByOthers).toEqual([]);
    for (const s of [staffSocket, coordinatorSocket, otherResident, corporation]) s.disconnect();
  });

  it('refuses bad input with a clear field error and changes nothing', async () => {
    const anouk = as('anouk');
    const before = (await anouk.list('?scope=mine')).json.defects.length;
    const noWhat = await anouk.report({ place: { kind: 'unit' }, what: '' });
    expect(noWhat.status).toBe(400);
    expect(noWhat.json.error).toMatchObject({ code: 'validation_failed' });
    const otherProjectSpace = await anouk.report({
      place: { kind: 'space', spaceId: randomUUID() },
      what: 'deur klemt',
    });
    expect(otherProjectSpace.status).toBe(400);
    expect(otherProjectSpace.json.error?.fields?.['place.spaceId']).toBe(
      'Deze plek bestaat niet in dit project.',
    );
    expect((await anouk.list('?scope=mine')).json.defects.length).toBe(before);
  });

  it('keeps strangers and the corporation out of reporting', async () => {
    const stranger = await buildStranger(server.database.db);
    const response = await api(server.url, stranger.cookie).post(
      `/api/projects/${world.project.id}/defects`,
      { clientId: randomUUID(), place: { kind: 'unit' }, what: 'lamp kapot' },
    );
    expect(response.status).toBe(403);
    const corp = await as('woonstede').report({ place: { kind: 'unit' }, what: 'lamp kapot' });
    expect(corp.status).toBe(403);
  });
});

describe('one case per problem: look-alikes and "me too"', () => {
  it('suggests the open case in the same place that looks alike, and "me too" counts', async () => {
    const hall = await as('joke').space('Hal en gangen');
    const garden = await as('joke').space('Tuin');
    const similar = await as('joke').similar({ spaceId: hall.id, what: 'licht in de gang kapot' });
    expect(similar.json.similar).toHaveLength(1);
    expect(similar.json.similar[0]).toMatchObject({
      ref: 'G-1',
      reporterCount: 1,
      meTooCount: 0,
      mine: false,
    });
    const elsewhere = await as('joke').similar({ spaceId: garden.id, what: 'licht kapot' });
    expect(elsewhere.json.similar).toEqual([]);
    const unrelated = await as('joke').similar({ spaceId: hall.id, what: 'de brievenbus klemt' });
    expect(unrelated.json.similar).toEqual([]);

    const id = similar.json.similar[0]!.id;
    const meToo = await as('joke').meToo(id);
    expect(meToo.status).toBe(200);
    expect(meToo.json.defect).toMatchObject({ reporterCount: 2, meTooCount: 1, mine: 'me_too' });
    // Saying it twice counts once.
    const again = await as('joke').meToo(id);
    expect(again.json.defect.reporterCount).toBe(2);
    const mine = await as('joke').list();
    expect(mine.json.defects.map((d) => d.ref)).toEqual(['G-1']);
  });

  it('takes a report through Buurtbot, shows the look-alike and counts "me too"', async () => {
    const bram = await talkToBot(server.url, world.buur.cookie, world.project.id);
    const asked = await bram.say('/gebrek de lamp in de hal is weer stuk', { replies: 1 });
    expect(text(asked)).toContain('Er is al een melding die hierop lijkt:');
    expect(text(asked)).toContain(
      'G-1: "De lamp in de hal doet het niet meer" (Hal en gangen). 2 mensen melden dit.',
    );
    const done = await bram.press(/^Ja, ik ook \(G-1\)/);
    expect(text(done)).toContain('Nu melden 3 mensen dit.');
    const seen = await as('esther').list();
    expect(seen.json.defects.find((d) => d.ref === 'G-1')).toMatchObject({
      reporterCount: 3,
      meTooCount: 2,
    });
    bram.close();
  });

  it('makes a new case through Buurtbot when it is something else', async () => {
    const joke = await talkToBot(server.url, world.joke.cookie, world.project.id);
    await joke.say('/gebrek');
    const where = await joke.say('de fietsenrekken zijn verbogen');
    expect(text(where)).toContain('Waar is het?');
    const since = await joke.press(/^Fietsenstalling$/);
    expect(text(since)).toContain('Sinds wanneer');
    await joke.press(/^Een week of langer$/);
    const check = await joke.press(/^Nee, het kan wachten$/);
    expect(text(check)).toContain('Je schreef: "de fietsenrekken zijn verbogen"');
    expect(text(check)).toContain('Waar: Fietsenstalling');
    expect(text(check)).not.toContain('Dringend');
    const done = await joke.press(/^Ja, doorgeven$/);
    expect(text(done)).toContain('Ik heb het gebrek doorgegeven');
    const mine = await as('joke').list();
    expect(
      mine.json.defects.find((d) => d.place.kind === 'space' && d.place.name === 'Fietsenstalling'),
    ).toMatchObject({ what: 'de fietsenrekken zijn verbogen', since: 'weeks', mine: 'first' });
    joke.close();
  });
});

describe('urgent defects', () => {
  it('gives the repair line at once on the web for a water leak, and alerts the staff room', async () => {
    const staff = await talkToBot(server.url, world.esther.cookie, world.project.id);
    const result = await as('samir').report({
      place: { kind: 'unit' },
      what: 'Water is leaking through my ceiling',
      urgency: 'normal',
    });
    expect(result.status).toBe(201);
    expect(result.json.defect).toMatchObject({
      urgency: 'urgent',
      urgentKind: 'water_leak',
      place: { kind: 'unit', unit: '7' },
    });
    expect(result.json.advice).toEqual({
      urgentKind: 'water_leak',
      repairs: [{ name: repairLine.name, phone: repairLine.phone, note: repairLine.note }],
      call112: false,
    });
    await eventually(() =>
      staff.received.some(
        (m) =>
          m.channelId === world.project.channels.staff &&
          m.body.includes('DRINGEND GEBREK') &&
          m.body.includes('lekkage') &&
          m.body.includes('Samir'),
      ),
    );
    staff.close();
  });

  it('gives the repair line through Buurtbot before asking anything else', async () => {
    const anouk = await talkToBot(server.url, world.anouk.cookie, world.project.id);
    const first = await anouk.say('/gebrek er lekt water in de kelder', { replies: 2 });
    expect(first[0]?.body).toContain('Bel nu meteen de reparatiedienst');
    expect(first[0]?.body).toContain('Reparatiedienst Woonstede: 030-555 0101');
    expect(first[1]?.body).toContain('Waar is het?');
    expect(text(await anouk.say('stop'))).toContain('Er is niets doorgegeven');
    anouk.close();
  });

  it('answers a gas smell with 112 and the repair line, then helps to report it', async () => {
    const anouk = await talkToBot(server.url, world.anouk.cookie, world.project.id);
    const replies = await anouk.say('ik ruik gas in het trappenhuis', { replies: 3 });
    expect(text(replies)).toContain('Bel 112 pas als je buiten bent');
    expect(text(replies)).toContain('Reparatiedienst Woonstede: 030-555 0101');
    expect(text(replies)).toContain('Sinds wanneer');
    const check = await anouk.press(/^Vandaag$/);
    expect(text(check)).toContain('Je schreef: "ik ruik gas in het trappenhuis"');
    expect(text(check)).toContain('Het is dringend.');
    expect(text(check)).not.toContain('Dringend: ja');
    await anouk.press(/^Ja, doorgeven$/);
    const cases = (await as('esther').list()).json.defects;
    expect(cases.find((d) => d.urgentKind === 'gas_smell')).toMatchObject({
      urgency: 'urgent',
      place: { kind: 'space', name: 'Trappenhuis' },
    });
    anouk.close();
  });
});

describe('shared spaces', () => {
  it('lets coordinators add and archive spaces, and nobody else', async () => {
    const base = `/api/projects/${world.project.id}/defects/spaces`;
    const refused = await as('anouk').http.post(base, { name: 'Dakterras', kind: 'other' });
    expect(refused.status).toBe(403);
    const added = await as('kees').http.post(base, { name: 'Dakterras', kind: 'other' });
    expect(added.status).toBe(201);
    const twice = await as('kees').http.post(base, { name: 'dakterras' });
    expect(twice.status).toBe(409);
    const id = (added.json.space as { id: string }).id;
    const archived = await as('esther').http.patch(`${base}/${id}`, { archived: true });
    expect(archived.json.space).toMatchObject({ archived: true });
    const offered = await as('anouk').places();
    expect(offered.json.spaces.some((s) => s.name === 'Dakterras')).toBe(false);
  });
});

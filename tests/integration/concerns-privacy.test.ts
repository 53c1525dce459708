import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { eventually } from '../support/clients';
import { concernWorld, data, watch, type ConcernWorld, type Watcher } from '../support/concerns';
import { api } from '../support/http';
import type { TestMember } from '../support/factories';
import type { CorporationCaseView, StaffAlert, StaffConcern } from '../../server/protocol/concerns';

/**
 * Privacy as a test: every payload a non-staff client receives (every socket event, every HTTP
 * response it asks for) is recorded through a whole scenario, then searched for staff-only
 * fields and texts: notes, flags, alerts, support relationships, who reported what.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let w: ConcernWorld;
let staff: Watcher;
const recorded = new Map<string, unknown[]>();

const NOTE = 'Bram krijgt begeleiding van Esther; let op terugval';
const CARE = 'Mijn buurman op 12 ziet er de laatste tijd slecht uit';
const STAFF_ONLY_KEYS = [
  'flags',
  'staffMoves',
  'targetUser',
  'reporter',
  'notes',
  'audit',
  'summary',
  'assignedTo',
  'assignedReason',
  'claimedBy',
  'acknowledgedBy',
  'escalatedTo',
  'subject',
  'codes',
  'unsafe',
  'talked',
  'mediationAnswers',
  'ownWorkerName',
  'onCallName',
  'staffUserId',
  'residentUserId',
];
const STAFF_ONLY_EVENTS = ['alert:updated', 'concern:updated', 'concern:note'];

beforeAll(async () => {
  server = await startTestServer();
  w = await concernWorld(server.database.db, 'Privacyhof');
  // Bram receives support: nobody but staff may ever learn that. Esther links him on the
  // members screen (the same call the screen makes).
  const linked = await api(server.url, w.esther.cookie).post(
    `/api/projects/${w.project.id}/support-links`,
    { staffUserId: w.esther.userId, residentUserId: w.bram.userId },
  );
  expect(linked.status).toBe(201);
  staff = await watch(server.url, w.esther.cookie);
});
afterAll(async () => {
  staff?.close();
  await server.stop();
});

/** A non-staff member whose every received socket event and HTTP answer is kept. */
async function recordedMember(name: string, member: TestMember) {
  const log: unknown[] = [];
  recorded.set(name, log);
  const bot = await talkToBot(server.url, member.cookie, w.project.id);
  bot.socket.onAny((event: string, payload: unknown) => log.push({ event, payload }));
  const http = api(server.url, member.cookie);
  const get = async (path: string) => {
    const response = await http.get(path);
    log.push({ http: path, status: response.status, body: response.json });
    return response;
  };
  const post = async (path: string, body: unknown) => {
    const response = await http.post(path, body);
    log.push({ http: path, status: response.status, body: response.json });
    return response;
  };
  return { ...bot, log, get, post, id: member.userId };
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/** What a client received, leaving out the messages it wrote itself (its own words echo back). */
function receivedText(name: string, selfId: string, options: { withMemberList?: boolean } = {}) {
  const log = recorded.get(name) ?? [];
  return JSON.stringify(
    log.filter((entry) => {
      const e = entry as { event?: string; payload?: { author?: { id: string } }; http?: string };
      if (e.event === 'message:new' && e.payload?.author?.id === selfId) return false;
      if (!options.withMemberList && e.http?.endsWith('/members')) return false;
      return true;
    }),
  );
}

describe('what non-staff clients receive', () => {
  it('never contains staff-only fields, notes, alerts, support status or who reported', async () => {
    const anna = await recordedMember('anna', w.anna);
    const bram = await recordedMember('bram', w.bram);
    const dirk = await recordedMember('dirk', w.dirk);
    const wouter = await recordedMember('wouter', w.wouter);

    // 1. Anna reports noise at 12 through the bot and sends an anonymous burenbericht.
    await anna.say('/melding');
    const steered = await anna.say('die alcoholist van nummer 12 draait elke nacht harde muziek', {
      replies: 2,
    });
    // Steered back to what happens, not who someone is; then the report.
    expect(steered.map((m) => m.body).join(' ')).toContain('niet wie iemand is');
    await anna.say('er is elke nacht harde muziek bij nummer 12');
    await anna.press(/Ja, maak een melding/, 2);
    await anna.press(/slaap/);
    await anna.press(/durf ik niet/);
    await anna.press(/bericht via Buurtbot/);
    await anna.press(/zonder mijn naam/);
    await anna.press(/Ja, versturen/);
    const concern = await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.step === 'burenbericht',
    );
    await eventually(() => bram.botReplies().some((m) => m.body.includes('Hallo buur')));

    // 2. Bram answers in his own words; staff write a staff-only note.
    await bram.press(/In mijn eigen woorden/);
    await bram.say('Sorry, ik wist het niet. Ik zet de muziek zachter.');
    data(
      await staff.request('concern:note', {
        concernId: concern.id,
        clientId: 'privacy-note-1',
        body: NOTE,
      }),
    );

    // 3. Anna goes to staff; Esther claims and writes in the thread.
    await anna.post(`/api/concerns/${concern.id}/moves`, { to: 'begeleiding' });
    data(await staff.request('concern:claim', { concernId: concern.id }));
    await staff.client.send(concern.threadChannelId!, 'Ik bel je morgen, Anna.');
    await eventually(() => anna.received.some((m) => m.body === 'Ik bel je morgen, Anna.'));

    // 4. Dirk sends a care signal about 12; staff handle it; Dirk is thanked without details.
    await dirk.say('/zorg', { replies: 2 });
    // "op 12" names the home, so Buurtbot does not ask for it.
    const thanked = await dirk.say(CARE);
    expect(thanked.at(-1)?.body).toContain('Ik heb het doorgegeven aan de begeleiders');
    const care = await staff.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'care');
    expect(care.summary).toBe(CARE);
    data(await staff.request('alert:resolve', { alertId: care.id }));
    await eventually(() =>
      dirk.botReplies().some((m) => m.body.includes('Een begeleider heeft ernaar gekeken.')),
    );

    // 5. Bram asks for help: his own worker answers (he alone is told).
    await bram.say('/hulp');
    const helped = await bram.press(/^Nee, vandaag/, 2);
    expect(helped.map((m) => m.body).join(' ')).toContain(
      'Je begeleider Esther neemt contact met je op.',
    );
    await bram.press(/Overslaan/);
    const help = await staff.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'help');
    expect(help).toMatchObject({ assignedTo: { name: 'Esther' }, assignedReason: 'own_worker' });

    // 6. The corporation gets the case only after Anna's anonymous consent.
    data(await staff.request('concern:request_consent', { concernId: concern.id }));
    await eventually(() => anna.botReplies().some((m) => m.body.includes('woningcorporatie')));
    await anna.press(/Ja, zonder mijn naam/);
    await eventually(() =>
      (recorded.get('wouter') ?? []).some(
        (e) => (e as { event?: string }).event === 'corporation:case',
      ),
    );

    // 7. Everyone looks around over HTTP.
    for (const who of [anna, bram, dirk]) {
      await who.get(`/api/projects/${w.project.id}/members`);
      await who.get(`/api/projects/${w.project.id}/concerns/mine`);
      await who.get(`/api/projects/${w.project.id}/channels`);
      expect((await who.get(`/api/projects/${w.project.id}/concerns`)).status).toBe(403);
    }
    // Support links are for staff: asking, making or removing one is refused to everyone else.
    const links = `/api/projects/${w.project.id}/support-links`;
    for (const who of [anna, bram, dirk, wouter]) {
      expect((await who.get(links)).status).toBe(403);
      const made = await who.post(links, { staffUserId: w.ilse.userId, residentUserId: who.id });
      expect(made.status).toBe(403);
    }
    for (const who of [bram, dirk, wouter])
      expect((await who.get(`/api/concerns/${concern.id}`)).status).toBe(404);
    const mine = await anna.get(`/api/concerns/${concern.id}`);
    expect(mine.json).toMatchObject({ view: 'reporter', handlerName: 'Esther' });
    const cases = await wouter.get(`/api/projects/${w.project.id}/corporation/cases`);
    expect((cases.json.cases as CorporationCaseView[])[0]).toMatchObject({
      reporterName: null,
      thread: [],
    });

    // --- The checks -------------------------------------------------------------------------
    for (const [name, member] of [
      ['anna', anna],
      ['bram', bram],
      ['dirk', dirk],
      ['wouter', wouter],
    ] as const) {
      const log = recorded.get(name)!;
      expect(log.length).toBeGreaterThan(0);
      const events = log.flatMap((e) =>
        (e as { event?: string }).event ? [(e as { event: string }).event] : [],
      );
      for (const event of STAFF_ONLY_EVENTS)
        expect(events, `${name} got ${event}`).not.toContain(event);
      const keys = keysOf(log);
      for (const key of STAFF_ONLY_KEYS)
        expect(keys.has(key), `${name} got key ${key}`).toBe(false);
      const text = receivedText(name, member.id);
      expect(text).not.toContain(NOTE.slice(0, 20));
      expect(text).not.toContain('terugval');
      expect(text).not.toContain('own_worker');
      expect(text).not.toContain('supportLinks');
      if (name !== 'dirk') expect(text).not.toContain(CARE.slice(0, 20));
      if (name !== 'bram') expect(text).not.toContain('Je begeleider');
    }
    // The neighbour concerned never learns who reported, and hears nothing about care signals.
    const bramEvents = recorded.get('bram')!.map((e) => (e as { event?: string }).event);
    expect(bramEvents).not.toContain('concern:mine');
    expect(receivedText('bram', bram.id)).not.toContain('Anna');
    expect(receivedText('bram', bram.id)).not.toContain('zorgsignaal');
    // The reporter never learns who the neighbour is (only what they answered).
    expect(receivedText('anna', anna.id)).not.toContain('Bram');
    expect(receivedText('anna', anna.id)).toContain('Ik zet de muziek zachter');
    // A bystander hears nothing of either, and gets no concern events.
    expect(recorded.get('dirk')!.map((e) => (e as { event?: string }).event)).not.toContain(
      'concern:mine',
    );
    expect(receivedText('dirk', dirk.id)).not.toContain('muziek');
    // The public member list shows public roles only.
    const members = recorded
      .get('dirk')!
      .find((e) => (e as { http?: string }).http?.endsWith('/members')) as {
      body: { members: { role: string }[] };
    };
    expect(new Set(members.body.members.map((m) => m.role))).toEqual(
      new Set(['bewoner', 'buurtbewoner', 'begeleider', 'corporatie', 'bot']),
    );
    // The corporation sees the consented case and nothing else.
    const wouterText = receivedText('wouter', wouter.id);
    expect(wouterText).not.toContain('Anna');
    expect(wouterText).not.toContain('Ik bel je morgen');
    for (const who of [anna, bram, dirk, wouter]) who.close();
  });
});

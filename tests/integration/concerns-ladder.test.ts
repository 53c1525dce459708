import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, eventually } from '../support/clients';
import {
  concernWorld,
  data,
  reportByForm,
  watch,
  type ConcernWorld,
  type Watcher,
} from '../support/concerns';
import { api } from '../support/http';
import type {
  ConcernView,
  CorporationCaseView,
  ReporterConcern,
  StaffAlert,
  StaffConcern,
  StaffConcernDetail,
} from '../../server/protocol/concerns';
import type { Message } from '../../server/protocol/messages';

let server: Awaited<ReturnType<typeof startTestServer>>;
let w: ConcernWorld;
let staff: Watcher;
let reporter: Watcher;
let bram: Watcher;
let corp: Watcher;
/** Buurtbot conversations, open from the start so no private message is missed. */
let annaBot: Awaited<ReturnType<typeof talkToBot>>;
let bramBot: Awaited<ReturnType<typeof talkToBot>>;
let chrisBot: Awaited<ReturnType<typeof talkToBot>>;

beforeAll(async () => {
  server = await startTestServer();
  w = await concernWorld(server.database.db);
  staff = await watch(server.url, w.esther.cookie);
  reporter = await watch(server.url, w.anna.cookie);
  bram = await watch(server.url, w.bram.cookie);
  corp = await watch(server.url, w.wouter.cookie);
  annaBot = await talkToBot(server.url, w.anna.cookie, w.project.id);
  bramBot = await talkToBot(server.url, w.bram.cookie, w.project.id);
  chrisBot = await talkToBot(server.url, w.chris.cookie, w.project.id);
});
afterAll(async () => {
  for (const c of [staff, reporter, bram, corp, annaBot, bramBot, chrisBot]) c?.close();
  await server.stop();
});

const bodies = (messages: Message[]) => messages.map((m) => m.body).join('\n');
const botChannelOf = (who: Watcher, projectId: string) =>
  who.client.channels.find((c) => c.kind === 'bot' && c.projectId === projectId)!.id;

async function report(fields: Record<string, unknown> = {}) {
  return reportByForm(server.url, w.anna, w.project.id, fields);
}

async function move(
  by: Watcher,
  concernId: string,
  to: string,
  extra: Record<string, unknown> = {},
) {
  return by.request<ConcernView>('concern:move', { concernId, to, ...extra });
}

describe('the ladder through the bot, for reporter, neighbour and staff', () => {
  it('burenbericht: the bot suggests it for a reporter who does not dare, shows it, delivers it anonymously, and the reporter reads the answer', async () => {
    const anna = annaBot;
    await anna.say('/melding');
    await anna.say('er is elke nacht harde muziek bij nummer 12');
    await anna.press(/Ja, maak een melding/, 2);
    await anna.press(/slaap/);
    const choose = await anna.press(/durf ik niet/);
    expect(bodies(choose)).toContain('Mijn tip is de knop "Een bericht via Buurtbot".');
    // The suggested step comes first and is marked; feeling unsafe is always offered.
    expect(choose.at(-1)?.buttons?.[0]?.label).toBe('Een bericht via Buurtbot (aangeraden)');
    expect(choose.at(-1)?.buttons?.map((b) => b.label)).toContain('Ik voel me onveilig');
    await anna.press(/bericht via Buurtbot/);
    const preview = await anna.press(/zonder mijn naam/);
    expect(bodies(preview)).toContain('Dit bericht stuur ik naar huisnummer 12');
    expect(bodies(preview)).not.toContain('Anna');
    expect(bodies(preview)).not.toContain('keiharde'); // never the reporter's own words
    const sent = await anna.press(/Ja, versturen/);
    expect(bodies(sent)).toContain('Het bericht is verstuurd');

    // Bram (home 12) gets the neutral message privately, with ready replies, and no name.
    const bramChannel = botChannelOf(bram, w.project.id);
    await eventually(() => bram.messagesIn(bramChannel).some((m) => m.body.includes('Hallo buur')));
    const delivered = bram.messagesIn(bramChannel).find((m) => m.body.includes('Hallo buur'))!;
    expect(delivered.body).toContain('Een buur heeft last van geluid bij jouw woning.');
    expect(delivered.body).not.toContain('Anna');
    expect(delivered.buttons?.map((b) => b.label)).toEqual([
      'Sorry, ik let erop',
      'Ik wist het niet',
      'Laten we praten',
      'In mijn eigen woorden',
    ]);

    // Bram answers with a ready reply; Anna reads it in her thread.
    const bramBotTalk = bramBot;
    await bramBotTalk.press(/Sorry, ik let erop/);
    const mine = await reporter.waitFor<ReporterConcern>(
      'concern:mine',
      (c) => c.burenbericht?.replyKind === 'sorry',
    );
    expect(mine.step).toBe('burenbericht');
    await eventually(() =>
      reporter
        .messagesIn(mine.threadChannelId!)
        .some((m) => m.body.includes('Je buur antwoordde op het bericht: "Sorry, ik let erop"')),
    );
    // A second answer to the same message is refused kindly.
    const again = await bramBotTalk.press(/Ik wist het niet/);
    expect(bodies(again)).toContain('Je hebt al geantwoord');
    // Staff see the whole step in the feed and the audit trail.
    const detail = data(
      await staff.request<StaffConcernDetail>('concern:detail', { concernId: mine.id }),
    );
    expect(detail.audit.map((a) => a.type)).toEqual(
      expect.arrayContaining(['reported', 'moved', 'burenbericht_sent', 'neighbour_replied']),
    );
    expect(detail.concern.reporter?.name).toBe('Anna');
  });

  it('burenbericht named, answered in the neighbour\u2019s own words', async () => {
    const concern = await report({
      unit: '7',
      step: 'burenbericht',
      named: true,
      category: 'pets',
    });
    expect(concern.step).toBe('burenbericht');
    const chris = chrisBot;
    await eventually(() => chris.botReplies().some((m) => m.body.includes('namens je buur Anna')));
    await chris.press(/In mijn eigen woorden/);
    const done = await chris.say('Sorry! De hond blaft als ik weg ben, ik ga een oppas zoeken.');
    expect(bodies(done)).toContain('Ik geef je antwoord door');
    await eventually(() =>
      reporter
        .messagesIn(concern.threadChannelId!)
        .some((m) => m.body.includes('ik ga een oppas zoeken')),
    );
  });

  it('"I feel unsafe" goes straight to staff: an alert, claimed, and the reporter sees who has it', async () => {
    const anna = annaBot;
    await anna.say('/melding');
    await anna.say('mijn bovenbuurman bonkt elke avond op de muur');
    const effect = await anna.press(/Ja, maak een melding/, 2);
    expect(bodies(effect)).toContain('Wat doet het met je?'); // "when" was already said
    const straight = await anna.press(/onveilig/i);
    expect(bodies(straight)).toContain('Ik vraag nu meteen een begeleider');
    const alert = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.kind === 'concern' && a.priority === 'high' && a.status === 'new',
    );
    expect(alert.concernStep).toBe('begeleiding');
    expect(alert.escalatesAt).not.toBeNull();
    const claimed = data(
      await staff.request<StaffConcern>('concern:claim', { concernId: alert.concernId }),
    );
    expect(claimed.handler?.name).toBe('Esther');
    const mine = await reporter.waitFor<ReporterConcern>(
      'concern:mine',
      (c) => c.id === alert.concernId && c.handlerName === 'Esther',
    );
    await eventually(() =>
      reporter
        .messagesIn(mine.threadChannelId!)
        .some((m) => m.body.includes('Esther (begeleider) heeft je melding opgepakt')),
    );
    await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.id === alert.id && a.status === 'claimed',
    );
    // A colleague cannot take it over by claiming.
    const ilse = await watch(server.url, w.ilse.cookie);
    const refused = await ilse.request('concern:claim', { concernId: alert.concernId });
    expect(refused).toMatchObject({ error: { code: 'conflict' } });
    // Staff message the reporter in the thread; the reporter receives it live.
    await staff.client.send(mine.threadChannelId!, 'Hoi Anna, ik kom morgen even langs.');
    await eventually(() =>
      reporter.messagesIn(mine.threadChannelId!).some((m) => m.body.includes('ik kom morgen')),
    );
    ilse.close();
  });
});

describe('who may make which move', () => {
  it('refuses the reporter the staff steps and the neighbour and bystanders everything', async () => {
    const concern = await report({ step: 'zelf' });
    expect(concern.step).toBe('zelf');
    expect(concern.myMoves).toEqual(['burenbericht', 'begeleiding', 'bemiddeling']);
    // The reporter: not to the corporation, not claim, no notes, no mediation phases.
    expect(await move(reporter, concern.id, 'corporatie')).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await reporter.request('concern:claim', { concernId: concern.id })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(
      await reporter.request('concern:note', {
        concernId: concern.id,
        clientId: 'note-000001',
        body: 'x',
      }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    expect(await reporter.request('concern:feed', { projectId: w.project.id })).toMatchObject({
      error: { code: 'forbidden' },
    });
    // The neighbour concerned and a bystander do not even learn it exists.
    const dirk = await watch(server.url, w.dirk.cookie);
    for (const who of [bram, dirk, corp]) {
      expect(await move(who, concern.id, 'begeleiding')).toMatchObject({
        error: { code: 'not_found' },
      });
      expect(await who.request('concern:detail', { concernId: concern.id })).toMatchObject({
        error: { code: 'not_found' },
      });
      expect((await api(server.url, w.dirk.cookie).get(`/api/concerns/${concern.id}`)).status).toBe(
        404,
      );
    }
    // Staff may not send a burenbericht on the reporter's behalf, nor resolve as "not allowed" steps.
    expect(await move(staff, concern.id, 'burenbericht')).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await move(staff, concern.id, 'corporatie')).toMatchObject({
      error: { code: 'forbidden' },
    });
    // The reporter goes up to staff; then only staff steer.
    const up = data(await move(reporter, concern.id, 'begeleiding'));
    expect(up).toMatchObject({ view: 'reporter', step: 'begeleiding', myMoves: [] });
    expect(await move(staff, concern.id, 'corporatie')).toMatchObject({
      error: { code: 'conflict', fields: { to: expect.stringContaining('toestemming') } },
    });
    expect(await move(reporter, concern.id, 'zelf')).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await move(reporter, concern.id, 'bemiddeling')).toMatchObject({
      error: { code: 'forbidden' },
    });
    const back = data(await move(staff, concern.id, 'zelf'));
    expect(back).toMatchObject({ view: 'staff', step: 'zelf', handler: { name: 'Esther' } });
    // The same over HTTP.
    const refused = await api(server.url, w.anna.cookie).post(`/api/concerns/${concern.id}/moves`, {
      to: 'nood',
    });
    expect(refused.status).toBe(200); // the reporter may always raise an emergency
    const noBack = await api(server.url, w.anna.cookie).post(`/api/concerns/${concern.id}/moves`, {
      to: 'begeleiding',
    });
    expect(noBack.status).toBe(403);
    expect(noBack.json.error?.fields?.to).toBe('Deze stap kun jij nu niet zetten.');
    dirk.close();
  });

  it('never offers mediation for aggression, crime, addiction or crisis', async () => {
    const concern = await report({
      category: 'behaviour',
      description: 'Hij is elke avond dronken en scheldt mij uit in de gang',
      step: 'begeleiding',
    });
    const staffView = data(
      await staff.request<StaffConcernDetail>('concern:detail', { concernId: concern.id }),
    );
    expect(staffView.concern.flags).toEqual(['aggression', 'addiction']);
    expect(staffView.concern.staffMoves).not.toContain('bemiddeling');
    expect(await move(staff, concern.id, 'bemiddeling')).toMatchObject({
      error: {
        code: 'conflict',
        fields: { to: expect.stringContaining('Buurtbemiddeling past hier niet') },
      },
    });
  });

  it('never leaves aggression or fear at intake: a report that chose mediation goes to staff, and the reporter hears why', async () => {
    const concern = await report({
      category: 'behaviour',
      description: 'Hij staat dreigend te schreeuwen in de gang als ik thuiskom',
      talked: 'afraid',
      step: 'bemiddeling',
    });
    expect(concern.step).toBe('begeleiding');
    const alert = await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.concernId === concern.id && a.kind === 'concern',
    );
    expect(alert.status).toBe('new');
    const staffView = data(
      await staff.request<StaffConcernDetail>('concern:detail', { concernId: concern.id }),
    );
    expect(staffView.audit.some((e) => e.type === 'moved')).toBe(true);
    const thread = await api(server.url, w.anna.cookie).get(
      `/api/channels/${concern.threadChannelId}/messages`,
    );
    expect(
      (thread.json.messages as { body: string }[]).some((m) =>
        m.body.includes('"Buurtbemiddeling" niet de eerste stap'),
      ),
    ).toBe(true);

    // Fear without aggression words, and no step chosen: staff too.
    const afraid = await report({
      category: 'other',
      description: 'Ik ben bang voor de man van hiernaast, hij staart me steeds aan',
    });
    expect(afraid.step).toBe('begeleiding');
  });

  it('lets the reporter withdraw, and only staff close with other outcomes', async () => {
    const concern = await report({ step: 'begeleiding' });
    expect(
      await reporter.request('concern:resolve', { concernId: concern.id, outcome: 'police' }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    const withdrawn = data(
      await reporter.request<ReporterConcern>('concern:resolve', {
        concernId: concern.id,
        outcome: 'withdrawn',
      }),
    );
    expect(withdrawn).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
    expect(await move(staff, concern.id, 'begeleiding')).toMatchObject({
      error: { code: 'conflict' },
    });
    const other = await report({ step: 'begeleiding' });
    const closed = data(
      await staff.request<StaffConcern>('concern:resolve', {
        concernId: other.id,
        outcome: 'solved_support',
      }),
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'solved_support' });
    await staff.waitFor<StaffAlert>(
      'alert:updated',
      (a) => a.concernId === other.id && a.status === 'resolved',
    );
  });
});

describe('mediation in its phases', () => {
  it('asks both parties, stops when one says no, and goes on when both say yes', async () => {
    // One says no: back to the support worker.
    const declined = await report({ unit: '12', step: 'begeleiding' });
    data(await move(staff, declined.id, 'bemiddeling'));
    data(await staff.request('concern:mediation', { concernId: declined.id, phase: 'consent' }));
    const bramTalk = bramBot;
    await eventually(() =>
      bramTalk.botReplies().some((m) => m.body.includes('Buurtbemiddeling helpt buren')),
    );
    await bramTalk.press(/Nee, liever niet/);
    const back = await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.id === declined.id && c.step === 'begeleiding' && c.mediationAnswers.length > 0,
    );
    expect(back.mediationAnswers).toEqual([{ party: 'other', answer: 'no' }]);

    // Both yes: the system moves on to separate talks; staff take it through the phases.
    const agreed = await report({ unit: '12', step: 'begeleiding' });
    data(await move(staff, agreed.id, 'bemiddeling'));
    expect(
      await staff.request('concern:mediation', { concernId: agreed.id, phase: 'joint_talk' }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    data(await staff.request('concern:mediation', { concernId: agreed.id, phase: 'consent' }));
    expect(
      await staff.request('concern:mediation', { concernId: agreed.id, phase: 'separate_talks' }),
    ).toMatchObject({ error: { code: 'conflict' } });
    const annaTalk = annaBot;
    await eventually(() =>
      annaTalk.botReplies().some((m) => m.body.includes('stelt buurtbemiddeling voor')),
    );
    await annaTalk.press(/Ja, ik doe mee/);
    await eventually(
      () =>
        bramTalk.botReplies().filter((m) => m.body.includes('Buurtbemiddeling helpt buren'))
          .length >= 2,
    );
    await bramTalk.press(/Ja, ik doe mee/);
    await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.id === agreed.id && c.mediationPhase === 'separate_talks',
    );
    for (const phase of ['joint_talk', 'agreements', 'followup'])
      data(await staff.request('concern:mediation', { concernId: agreed.id, phase }));
    const done = data(
      await staff.request<StaffConcern>('concern:resolve', {
        concernId: agreed.id,
        outcome: 'mediation',
      }),
    );
    expect(done).toMatchObject({ status: 'closed', outcome: 'mediation' });
  });
});

describe('the housing corporation', () => {
  it('gets a case only with the reporter\u2019s consent, sees only what was agreed, and posts status back', async () => {
    const concern = await report({
      unit: '12',
      step: 'begeleiding',
      description: 'Lekkage en stank uit de afvoer van 12',
    });
    const hidden = await report({
      step: 'begeleiding',
      description: 'Iets wat niet naar de corporatie gaat',
    });
    expect(await move(staff, concern.id, 'corporatie')).toMatchObject({
      error: { code: 'conflict' },
    });
    data(await staff.request('concern:request_consent', { concernId: concern.id }));
    const annaTalk = annaBot;
    await eventually(() =>
      annaTalk.botReplies().some((m) => m.body.includes('naar de woningcorporatie')),
    );
    await annaTalk.press(/Ja, zonder mijn naam/);
    const forwarded = await corp.waitFor<CorporationCaseView>(
      'corporation:case',
      (c) => c.status === 'received',
    );
    expect(forwarded).toMatchObject({
      scope: 'anonymous',
      reporterName: null,
      thread: [],
      unitLabel: '12',
    });
    expect(forwarded.steps.map((s) => s.step)).toEqual(['begeleiding', 'corporatie']);
    const listed = await api(server.url, w.wouter.cookie).get(
      `/api/projects/${w.project.id}/corporation/cases`,
    );
    const cases = listed.json.cases as CorporationCaseView[];
    expect(cases.map((c) => c.description)).toEqual(['Lekkage en stank uit de afvoer van 12']);
    expect(JSON.stringify(listed.json)).not.toContain(hidden.description!);
    expect(JSON.stringify(listed.json)).not.toContain('Anna');
    // The corporation sees no rooms, no feed, no concern.
    expect(
      (await api(server.url, w.wouter.cookie).get(`/api/projects/${w.project.id}/concerns`)).status,
    ).toBe(403);
    expect((await api(server.url, w.wouter.cookie).get(`/api/concerns/${concern.id}`)).status).toBe(
      404,
    );
    // Status back: staff see it, the reporter reads it in the thread.
    const update = await api(server.url, w.wouter.cookie).post(
      `/api/projects/${w.project.id}/corporation/cases/${forwarded.id}/updates`,
      { status: 'in_progress', body: 'Monteur komt donderdag.' },
    );
    expect(update.status).toBe(201);
    await eventually(() =>
      reporter
        .messagesIn(concern.threadChannelId!)
        .some((m) => m.body.includes('Monteur komt donderdag')),
    );
    const detail = data(
      await staff.request<StaffConcernDetail>('concern:detail', { concernId: concern.id }),
    );
    expect(detail.concern.corporationCase).toMatchObject({
      status: 'in_progress',
      scope: 'anonymous',
    });
    expect(detail.audit.map((a) => a.type)).toEqual(
      expect.arrayContaining([
        'consent_requested',
        'consent_given',
        'forwarded',
        'corporation_status',
      ]),
    );
    // A refusal is respected: nothing is forwarded.
    data(await staff.request('concern:request_consent', { concernId: hidden.id }));
    await eventually(
      () =>
        annaTalk.botReplies().filter((m) => m.body.includes('naar de woningcorporatie')).length >=
        2,
    );
    await annaTalk.press(/Nee, liever niet/);
    await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.id === hidden.id && c.consent.requestedAt === null,
    );
    expect(
      corp.of<CorporationCaseView>('corporation:case').every((c) => c.id === forwarded.id),
    ).toBe(true);
  });

  it('with the reporter named, the case carries the name and the conversation', async () => {
    const concern = await report({
      step: 'begeleiding',
      description: 'Steeds afval voor mijn deur',
    });
    await staff.client.send(concern.threadChannelId!, 'Dank je Anna, we kijken ernaar.');
    data(await staff.request('concern:request_consent', { concernId: concern.id }));
    const viaHttp = await api(server.url, w.anna.cookie).post(
      `/api/concerns/${concern.id}/consent`,
      {
        answer: 'named',
      },
    );
    expect(viaHttp.status).toBe(200);
    const forwarded = await corp.waitFor<CorporationCaseView>(
      'corporation:case',
      (c) => c.scope === 'named',
    );
    expect(forwarded.reporterName).toBe('Anna');
    expect(forwarded.thread.map((m) => m.body)).toContain('Dank je Anna, we kijken ernaar.');
  });
});

describe('emergency words at any step', () => {
  it('give 112 advice, an urgent alert, and move the concern to nood, from every step', async () => {
    const annaTalk = annaBot;
    const at = {
      zelf: await report({ step: 'zelf' }),
      burenbericht: await report({ step: 'burenbericht', unit: '12' }),
      begeleiding: await report({ step: 'begeleiding' }),
      bemiddeling: await report({ step: 'bemiddeling' }),
      intake: await report({}),
    };
    for (const [step, concern] of Object.entries(at)) {
      expect(concern.step).toBe(step);
      const before = annaTalk.botReplies().length;
      await reporter.client.send(concern.threadChannelId!, 'hij staat met een mes voor mijn deur');
      await eventually(() => annaTalk.botReplies().length > before);
      expect(annaTalk.botReplies().at(-1)?.body).toContain('Bel nu 112');
      const urgent = await staff.waitFor<StaffAlert>(
        'alert:updated',
        (a) => a.concernId === concern.id && a.priority === 'urgent',
      );
      expect(urgent).toMatchObject({
        kind: 'urgent',
        codes: expect.arrayContaining(['weapon']),
        summary: 'hij staat met een mes voor mijn deur',
      });
      const nood = await reporter.waitFor<ReporterConcern>(
        'concern:mine',
        (c) => c.id === concern.id && c.step === 'nood',
      );
      expect(nood.myMoves).toEqual([]);
    }
    // During the ladder conversation in the bot, too.
    await annaTalk.say('/melding');
    await annaTalk.say('de hond van 7 blaft de hele dag');
    await annaTalk.press(/Ja, maak een melding/, 2);
    await annaTalk.say('hij dreigt mij in elkaar te slaan');
    const viaBot = await staff.waitFor<StaffConcern>(
      'concern:updated',
      (c) => c.category === 'pets' && c.step === 'nood',
    );
    expect(viaBot.description).toBe('de hond van 7 blaft de hele dag');
    // Only staff bring it back to begeleiding once it is safe.
    expect(await move(reporter, viaBot.id, 'begeleiding')).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(data(await move(staff, viaBot.id, 'begeleiding'))).toMatchObject({
      step: 'begeleiding',
    });
    // Staff writing about the incident in a thread raise no alarm.
    const alertsBefore = staff.of<StaffAlert>('alert:updated').length;
    await staff.client.send(
      at.zelf.threadChannelId!,
      'Ik heb gebeld: het mes was een grap, politie was er.',
    );
    await allDelivered(server, staff.socket);
    expect(staff.of<StaffAlert>('alert:updated').length).toBe(alertsBefore);
  });
});

import type { APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../server/protocol/messages';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { connectMember, eventually, nextEvent } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { answerOf, startDiscordServer, followUps, linkAccount, linkRoom } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
let bram: TestMember;
const ids = { admin: '', bram: '', algemeen: '', staf: '' };

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const database = server.database;
  project = await buildProject(database.db, 'Lindehof');
  ids.admin = fake.addUser({ username: 'beheer' }).id;
  ids.bram = fake.addUser({ username: 'bram_b', globalName: 'Bram B.' }).id;
  ids.algemeen = fake.guild.channel('algemeen').id;
  ids.staf = fake.guild.channel('staf').id;
  staff = await buildMember(database.db, project.id, 'staff', 'Sanne');
  bram = await buildMember(database.db, project.id, 'resident', 'Bram');
  for (const [roomId, discordChannelId] of [
    [project.channels.common, ids.algemeen],
    [project.channels.staff, ids.staf],
  ] as const) {
    await linkRoom(server.url, fake, {
      cookie: staff.cookie,
      projectId: project.id,
      roomId,
      discordChannelId,
      adminId: ids.admin,
    });
  }
  await linkAccount(server.url, fake, { cookie: bram.cookie, discordUserId: ids.bram });
  await eventually(() => fake.messages(ids.staf).length === 1);
});

afterAll(() => close());

const db = () => server.database.db;

function buttonsOf(message: APIMessage): { id: string; label: string }[] {
  return JSON.parse(JSON.stringify(message.components ?? [])).flatMap(
    (row: { components: { custom_id?: string; label?: string }[] }) =>
      row.components.map((c) => ({ id: c.custom_id ?? '', label: c.label ?? '' })),
  );
}

describe('Buurtbot slash commands on Discord', () => {
  it('/hulp: asked privately with buttons, it reaches the staff room in Buurtkamer and on Discord', async () => {
    const sanne = await connectMember(server.url, staff.cookie);
    const anouk = await connectMember(
      server.url,
      (await buildMember(db(), project.id, 'resident', 'Anouk')).cookie,
    );
    const stafBefore = fake.messages(ids.staf).length;
    const publicBefore = fake.messages(ids.algemeen).length;

    const started = await fake.runSlashCommand(
      'hulp',
      {},
      { userId: ids.bram, channelId: ids.algemeen },
    );
    expect(started.ephemeral).toBe(true);
    const question = await answerOf(fake, started);
    expect(question.content).toMatch(/Is het dringend\?/);
    const [hint] = await followUps(fake, started.token, 1);
    expect(hint?.content).toMatch(/privébericht/);
    const notUrgent = buttonsOf(question).find((b) => /Nee/.test(b.label));
    expect(notUrgent?.id).toBe('bk:c:no');

    // The request is made with the urgency answer; the topic is added to it afterwards.
    const staffRoom = nextEvent<Message>(
      sanne.socket,
      'message:new',
      (m) => m.channelId === project.channels.staff && /Hulpvraag van Bram/.test(m.body),
    );
    const pressed = await fake.pressButton(question.id, 'bk:c:no', { userId: ids.bram });
    expect(pressed.type).toBe(6);
    await eventually(() => (fake.message(question.id)?.components ?? []).length === 0);
    const [sent, topic] = await followUps(fake, pressed.token, 2);
    expect(sent?.content).toMatch(/Ik heb je vraag doorgegeven/);
    expect(topic?.content).toMatch(/waar het over gaat/);
    expect(topic?.flags ?? 0).toBe(64);
    expect((await staffRoom).body).toMatch(/Hulpvraag van Bram\. Onderwerp: iets anders\./);

    const added = nextEvent<Message>(
      sanne.socket,
      'message:new',
      (m) => m.channelId === project.channels.staff && /Aanvulling/.test(m.body),
    );
    const money = buttonsOf(topic as APIMessage).find((b) => /Geld/.test(b.label));
    const done = await fake.pressButton(topic!.id, money!.id, { userId: ids.bram });
    const [thanks] = await followUps(fake, done.token, 1);
    expect(thanks?.content).toMatch(/Ik heb het bij je vraag gezet/);
    expect((await added).body).toMatch(
      /Aanvulling op de hulpvraag van Bram\. Onderwerp: geld en post\./,
    );

    await eventually(() => fake.messages(ids.staf).length > stafBefore);
    const cards = fake.messages(ids.staf).slice(stafBefore);
    expect(cards.some((c) => /^Hulpvraag van Bram/.test(c.embeds[0]?.description ?? ''))).toBe(
      true,
    );

    // Nothing of it in the public channel, on Discord or in the web's common room.
    expect(fake.messages(ids.algemeen)).toHaveLength(publicBefore);
    expect(anouk.received.some((m) => /Hulpvraag|dringend/.test(m.body))).toBe(false);
    // Bram's own record in Buurtkamer has the conversation.
    const bramsRooms = await api(server.url, bram.cookie).get(
      `/api/projects/${project.id}/channels`,
    );
    const bot = (bramsRooms.json.channels as { id: string; kind: string }[]).find(
      (c) => c.kind === 'bot',
    );
    const history = await api(server.url, bram.cookie).get(`/api/channels/${bot?.id}/messages`);
    expect(
      (history.json.messages as Message[]).map((m) => [m.source ?? 'web', m.author.role, m.body]),
    ).toEqual([
      ['discord', 'bewoner', '/hulp'],
      ['web', 'bot', expect.stringMatching(/Is het dringend/)],
      ['discord', 'bewoner', 'Nee, vandaag of morgen is goed'],
      ['web', 'bot', expect.stringMatching(/doorgegeven/)],
      ['web', 'bot', expect.stringMatching(/waar het over gaat/)],
      ['discord', 'bewoner', 'Geld of post'],
      ['web', 'bot', expect.stringMatching(/bij je vraag gezet/)],
    ]);
    sanne.close();
    anouk.close();
  });

  it('/aanmelden: no activities yet, autocomplete for linked members only, and an honest answer when a sign-up cannot be carried out', async () => {
    const none = await fake.runSlashCommand(
      'aanmelden',
      {},
      { userId: ids.bram, channelId: ids.algemeen },
    );
    expect((await answerOf(fake, none)).content).toBe(
      'Er zijn nu geen activiteiten om je voor aan te melden.',
    );

    // A read that names activities the sign-up cannot find (a real sign-up: discord-activities.test.ts).
    server.app.bot.extendPorts({
      upcomingActivities: async () => [
        {
          id: 'a1',
          title: 'Koffieochtend',
          startsAt: '2030-05-04T10:00:00+02:00',
          spotsLeft: 4,
          signedUp: false,
        },
        {
          id: 'a2',
          title: 'Kookclub',
          startsAt: '2030-05-06T18:00:00+02:00',
          spotsLeft: null,
          signedUp: false,
        },
      ],
    });
    const suggested = await fake.autocomplete(
      'aanmelden',
      { activiteit: 'koff' },
      { focused: 'activiteit', userId: ids.bram, channelId: ids.algemeen },
    );
    expect(suggested.choices).toEqual([{ name: 'Koffieochtend', value: 'Koffieochtend' }]);
    const stranger = fake.addUser({ username: 'vreemd' });
    const forStranger = await fake.autocomplete(
      'aanmelden',
      { activiteit: 'k' },
      { focused: 'activiteit', userId: stranger.id, channelId: ids.algemeen },
    );
    expect(forStranger.choices).toEqual([]);

    const honest = await fake.runSlashCommand(
      'aanmelden',
      { activiteit: 'Koffieochtend' },
      { userId: ids.bram, channelId: ids.algemeen },
    );
    expect((await answerOf(fake, honest)).content).toBe(
      'Dit kan Buurtbot nog niet regelen. Een begeleider kan je helpen: typ /hulp.',
    );
    server.app.bot.extendPorts({ upcomingActivities: async () => [] });
  });

  it('continues a flow in the DM: a typed answer there goes to the same conversation', async () => {
    const started = await fake.runSlashCommand(
      'gebrek',
      {},
      { userId: ids.bram, channelId: ids.algemeen },
    );
    expect((await answerOf(fake, started)).content).toBe('Wat is er kapot? En waar?');
    const dm = fake.dmChannel(ids.bram);
    const typed = fake.userSaysInDm(ids.bram, 'De lamp in de hal is kapot');
    const botSaysAfter = () =>
      fake
        .messages(dm.id)
        .filter((m) => m.author.id === fake.bot.id && BigInt(m.id) > BigInt(typed.id));
    await eventually(() => botSaysAfter().length > 0);
    // The defect flow goes on with its next question, in the same conversation.
    expect(botSaysAfter()[0]?.content).toMatch(/Sinds wanneer is het kapot\?/);
    expect(buttonsOf(botSaysAfter()[0]!).length).toBeGreaterThan(0);
  });

  it('tells an unlinked person how to link, with the 112 advice when needed', async () => {
    const kim = fake.addUser({ username: 'kim' });
    const hulp = await fake.runSlashCommand(
      'hulp',
      {},
      { userId: kim.id, channelId: ids.algemeen },
    );
    expect((await answerOf(fake, hulp)).content).toMatch(/^Koppel eerst je account/);
    fake.userSaysInDm(kim.id, 'help er is brand');
    const dm = fake.dmChannel(kim.id);
    await eventually(() => fake.messages(dm.id).some((m) => m.author.id === fake.bot.id));
    const answer = fake.messages(dm.id).find((m) => m.author.id === fake.bot.id);
    expect(answer?.content).toMatch(/Bel nu 112/);
    expect(answer?.content).toMatch(/Koppel eerst je account/);
  });
});

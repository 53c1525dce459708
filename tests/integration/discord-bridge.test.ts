import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import type { Message } from '../../server/protocol/messages';
import { unwrap } from '../../web/src/realtime/realtimeClient';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { connectMember, eventually, nextEvent } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { startDiscordServer, contentOf, linkAccount, linkRoom } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
const ids = { admin: '', algemeen: '', staf: '' };

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const database = server.database;
  project = await buildProject(database.db, 'Zonnewijzer');
  ids.admin = fake.addUser({ username: 'beheer' }).id;
  ids.algemeen = fake.guild.channel('algemeen').id;
  ids.staf = fake.guild.channel('staf').id;
  staff = await buildMember(database.db, project.id, 'staff', 'Sanne');
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
  await eventually(() => fake.messages(ids.staf).length === 1);
});

afterAll(() => close());

const db = () => server.database.db;
const roomBodies = async (channelId: string) =>
  (
    await db()
      .select({ body: messages.body, seq: messages.seq })
      .from(messages)
      .where(eq(messages.channelId, channelId))
      .orderBy(messages.seq)
  ).map((m) => m.body);

const WEBHOOK_EXECUTE = 'POST /webhooks/:webhookId/:token';

describe('the bridge between a Discord channel and a room', () => {
  it('carries messages both ways, names showing naturally, without echoes', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk');
    const web = await connectMember(server.url, anouk.cookie);
    const anne = fake.addUser({ username: 'anne_d', globalName: 'Anne' });

    const arrived = nextEvent<Message>(
      web.socket,
      'message:new',
      (m) => m.body === 'Hallo vanuit Discord',
    );
    const fromDiscord = fake.userSays(ids.algemeen, anne.id, 'Hallo vanuit Discord');
    const seen = await arrived;
    expect(seen).toMatchObject({
      channelId: project.channels.common,
      source: 'discord',
      author: { name: 'Anne', role: 'bewoner' },
    });

    const before = fake.requestCount;
    await web.client.send(project.channels.common, 'Hoi Anne, welkom! @everyone');
    const executed = await fake.waitForRequest((r) => r.route === WEBHOOK_EXECUTE, {
      fromIndex: before,
    });
    expect(executed.body).toMatchObject({
      content: 'Hoi Anne, welkom! @everyone',
      username: 'Anouk (bewoner)',
      allowed_mentions: { parse: [] },
    });
    const staffSays = fake.requestCount;
    const sanne = await connectMember(server.url, staff.cookie);
    await sanne.client.send(project.channels.common, 'Koffie staat klaar');
    const staffExecuted = await fake.waitForRequest((r) => r.route === WEBHOOK_EXECUTE, {
      fromIndex: staffSays,
    });
    expect(staffExecuted.body).toMatchObject({ username: 'Sanne (begeleider)' });

    // The webhook's echoes came back as MESSAGE_CREATE; a later message proves they were read.
    const next = nextEvent<Message>(web.socket, 'message:new', (m) => m.body === 'Gezellig');
    fake.userSays(ids.algemeen, anne.id, 'Gezellig');
    await next;
    expect(await roomBodies(project.channels.common)).toEqual([
      expect.stringMatching(/#algemeen/),
      'Hallo vanuit Discord',
      'Hoi Anne, welkom! @everyone',
      'Koffie staat klaar',
      'Gezellig',
    ]);
    expect(fake.messages(ids.algemeen).map((m) => [m.author.username, m.content])).toEqual([
      ['Buurtbot', expect.stringMatching(/gekoppeld aan Huiskamer/)],
      ['anne_d', 'Hallo vanuit Discord'],
      ['Anouk (bewoner)', 'Hoi Anne, welkom! @everyone'],
      ['Sanne (begeleider)', 'Koffie staat klaar'],
      ['anne_d', 'Gezellig'],
    ]);

    // Edits and deletions on Discord follow in Buurtkamer.
    const edited = nextEvent<Message>(web.socket, 'message:updated', (m) => m.id === seen.id);
    fake.userEdits(fromDiscord.id, 'Hallo allemaal vanuit Discord');
    expect(await edited).toMatchObject({ body: 'Hallo allemaal vanuit Discord', seq: seen.seq });
    expect((await edited).editedAt).toBeTruthy();
    const deleted = nextEvent<Message>(web.socket, 'message:updated', (m) => m.deleted === true);
    fake.userDeletes(fromDiscord.id);
    expect(await deleted).toMatchObject({ id: seen.id, body: '' });

    // And the other way round.
    const mine = await web.client.send(project.channels.common, 'Ik neem taart mee');
    const sent = await fake.waitForRequest(
      (r) => r.route === WEBHOOK_EXECUTE && contentOf(r) === 'Ik neem taart mee',
    );
    const discordId = (sent.response as { id: string }).id;
    const updated = unwrap(
      await web.socket.emitWithAck('message:edit', {
        messageId: mine.id,
        body: 'Ik neem appeltaart mee',
      }),
    );
    expect(updated).toMatchObject({ id: mine.id, body: 'Ik neem appeltaart mee' });
    await eventually(() => fake.message(discordId)?.content === 'Ik neem appeltaart mee');
    unwrap(await web.socket.emitWithAck('message:delete', { messageId: mine.id }));
    await eventually(() => fake.message(discordId) === undefined);

    // Someone else's message cannot be edited.
    const refused = await web.socket.emitWithAck('message:edit', {
      messageId: seen.id,
      body: 'niet van mij',
    });
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    web.close();
    sanne.close();
  });

  it('answers a linked member who mentions Buurtbot, privately by DM for personal flows', async () => {
    const bram = await buildMember(db(), project.id, 'resident', 'Bram');
    const discordBram = fake.addUser({ username: 'bram_b', globalName: 'Bram B.' });
    await linkAccount(server.url, fake, { cookie: bram.cookie, discordUserId: discordBram.id });
    const dm = fake.dmChannel(discordBram.id);
    const dmBefore = fake.messages(dm.id).length;

    fake.userSays(ids.algemeen, discordBram.id, `<@${fake.bot.id}> ik wil iets melden over herrie`);
    // In the room only that it continues privately; the question itself comes by DM.
    await eventually(() =>
      fake
        .messages(ids.algemeen)
        .some((m) => m.author.id === fake.bot.id && /persoonlijk bericht/.test(m.content)),
    );
    await eventually(() => fake.messages(dm.id).length > dmBefore);
    const question = fake.messages(dm.id).at(-1);
    expect(question?.content).toMatch(/\S/);
    expect(fake.messages(ids.algemeen).some((m) => m.content === question?.content)).toBe(false);

    // The member's message shows in the room under their Buurtkamer name.
    const [row] = await db()
      .select()
      .from(messages)
      .where(and(eq(messages.channelId, project.channels.common), like(messages.body, '%herrie%')));
    expect(row?.authorId).toBe(bram.userId);
  });

  it('gives an unlinked person the 112 advice in the room and alerts the team on Discord', async () => {
    const kees = fake.addUser({ username: 'kees', globalName: 'Kees' });
    const before = fake.messages(ids.staf).length;
    fake.userSays(ids.algemeen, kees.id, 'Er is brand in de gang!');
    await eventually(() =>
      fake.messages(ids.algemeen).some((m) => m.author.id === fake.bot.id && /112/.test(m.content)),
    );
    await eventually(() => fake.messages(ids.staf).length > before);
    const card = fake.messages(ids.staf).at(-1);
    expect(card?.author.id).toBe(fake.bot.id);
    // An urgent alert: its card can be claimed right there (tests in discord-alerts.test.ts).
    expect(card?.embeds[0]?.title).toBe('Voor het team: noodgeval');
    expect(card?.embeds[0]?.description).toMatch(/NOODGEVAL\? Kees \(Discord\) schreef over brand/);
    const buttons = card?.components?.[0];
    expect(JSON.stringify(buttons)).toContain(`/p/${project.id}/dashboard`);
    expect(JSON.stringify(buttons)).toContain('bk:alert:claim:');
    expect(await roomBodies(project.channels.staff)).toContainEqual(
      expect.stringMatching(/NOODGEVAL\? Kees \(Discord\)/),
    );
  });

  it('takes in only linked staff from the staff channel', async () => {
    const stranger = fake.addUser({ username: 'meelezer' });
    fake.userSays(ids.staf, stranger.id, 'Mag ik hier meelezen?');
    const sanneDiscord = fake.addUser({ username: 'sanne', globalName: 'Sanne' });
    await linkAccount(server.url, fake, { cookie: staff.cookie, discordUserId: sanneDiscord.id });
    fake.userSays(ids.staf, sanneDiscord.id, 'Ik ga bij de brandmelding kijken');
    await eventually(async () =>
      (await roomBodies(project.channels.staff)).includes('Ik ga bij de brandmelding kijken'),
    );
    expect(await roomBodies(project.channels.staff)).not.toContain('Mag ik hier meelezen?');
  });

  it('keeps a message whose text or name the database could not hold, without the bad characters', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk');
    const web = await connectMember(server.url, anouk.cookie);
    const odd = fake.addUser({ username: 'odd', globalName: 'Ro\u0000os' });
    const arrived = nextEvent<Message>(web.socket, 'message:new', (m) => m.body.startsWith('Wie'));
    fake.userSays(ids.algemeen, odd.id, 'Wie\u0000 heeft mijn fiets gezien? \ud83d');
    expect(await arrived).toMatchObject({
      body: 'Wie heeft mijn fiets gezien? \ufffd',
      author: { name: 'Roos' },
    });
    web.close();
  });

  it('shows a Discord name without invisible characters, and never with a role or Buurtbot in it', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk');
    const web = await connectMember(server.url, anouk.cookie);
    const hidden = fake.addUser({ username: 'hidden', globalName: 'Ka​rel‮' });
    const fake1 = fake.addUser({ username: 'nep', globalName: 'Esther (begeleider)' });
    const fake2 = fake.addUser({ username: 'bot', globalName: 'Buurt​bot' });
    const seen = (body: string) =>
      nextEvent<Message>(web.socket, 'message:new', (m) => m.body === body);
    const karel = seen('Hoi van Karel');
    fake.userSays(ids.algemeen, hidden.id, 'Hoi van Karel');
    expect((await karel).author).toMatchObject({ name: 'Karel', role: 'bewoner' });
    const first = seen('Ik ben je begeleider');
    fake.userSays(ids.algemeen, fake1.id, 'Ik ben je begeleider');
    expect((await first).author.name).toBe(`Discord ${fake1.id.slice(-4)}`);
    const second = seen('Ik ben Buurtbot');
    fake.userSays(ids.algemeen, fake2.id, 'Ik ben Buurtbot');
    expect((await second).author).toMatchObject({
      name: `Discord ${fake2.id.slice(-4)}`,
      role: 'bewoner',
    });
    web.close();
  });
});

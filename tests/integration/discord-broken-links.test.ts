import { PermissionFlagsBits } from 'discord-api-types/v10';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { answerOf, linkRoom, startDiscordServer } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
let beheer: string;

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  project = await buildProject(server.database.db, 'Berkenhof');
  staff = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
  beheer = fake.addUser({ username: 'beheer' }).id;
});
afterAll(() => close());

const staffRoom = async () =>
  (
    await server.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.channelId, project.channels.staff))
      .orderBy(messages.seq)
  ).map((m) => m.body);

const links = async () =>
  (await api(server.url, staff.cookie).get(`/api/discord/projects/${project.id}/links`)).json
    .links as Array<{ room: { id: string }; discordChannelName: string; broken?: string }>;

const linkOf = async (roomId: string) => (await links()).find((l) => l.room.id === roomId);

const link = (roomId: string, discordChannelId: string) =>
  linkRoom(server.url, fake, {
    cookie: staff.cookie,
    projectId: project.id,
    roomId,
    discordChannelId,
    adminId: beheer,
  });

/** Sanne writes in a room in the web app. */
async function say(roomId: string, text: string) {
  const web = await connectMember(server.url, staff.cookie);
  await web.client.send(roomId, text);
  web.close();
}

const bodiesIn = (channelId: string) => fake.messages(channelId).map((m) => m.content);

describe('Discord refusing a linked channel', () => {
  it('/koppel without Manage Webhooks names the missing permission and keeps the code', async () => {
    const algemeen = fake.guild.channel('algemeen').id;
    fake.denyBot(algemeen, PermissionFlagsBits.ManageWebhooks);
    const made = await api(server.url, staff.cookie).post(
      `/api/discord/projects/${project.id}/codes`,
      { channelId: project.channels.common },
    );
    const code = String(made.json.code);
    const first = await fake.runSlashCommand(
      'koppel',
      { code },
      { userId: beheer, channelId: algemeen },
    );
    const refused = await answerOf(fake, first);
    expect(refused.content).toContain('"Webhooks beheren"');
    expect(refused.content).toContain('De code werkt nog');
    expect(fake.webhooks(algemeen)).toHaveLength(0);
    expect(await links()).toHaveLength(0);

    fake.allowBot(algemeen);
    const second = await fake.runSlashCommand(
      'koppel',
      { code },
      { userId: beheer, channelId: algemeen },
    );
    expect((await answerOf(fake, second)).content).toContain('is nu gekoppeld');
    expect((await linkOf(project.channels.common))?.broken).toBeUndefined();
  });

  it('a permission taken away later breaks the link once: the team is told which, the catch-up stops', async () => {
    const algemeen = fake.guild.channel('algemeen').id;
    fake.denyBot(algemeen, PermissionFlagsBits.ReadMessageHistory);
    const from = fake.requestCount;
    // After a reconnect the app reads every linked channel's history; Discord answers 403 50013.
    fake.requestReconnect();
    await eventually(async () => (await linkOf(project.channels.common))?.broken !== undefined);
    const broken = await linkOf(project.channels.common);
    expect(broken?.broken).toContain('"Berichtgeschiedenis lezen"');
    // The team is told just after the link is marked (a message of its own).
    const told = async () =>
      (await staffRoom()).filter((b) => b.includes('Berichtgeschiedenis lezen'));
    await eventually(async () => (await told()).length > 0);
    expect(await told()).toHaveLength(1);

    // Nothing more goes there, and the history is not asked for again.
    await say(project.channels.common, 'gaat niet naar Discord');
    const staf = fake.guild.channel('staf').id;
    await link(project.channels.staff, staf);
    await say(project.channels.staff, 'teamoverleg om tien uur');
    await eventually(() => bodiesIn(staf).includes('teamoverleg om tien uur'));
    expect(bodiesIn(algemeen)).not.toContain('gaat niet naar Discord');
    const historyRefusals = fake.requests
      .slice(from)
      .filter((r) => r.route === 'GET /channels/:channelId/messages' && r.status === 403);
    expect(historyRefusals).toHaveLength(1);

    // Linking again (after giving the permission back) repairs it.
    fake.allowBot(algemeen);
    await link(project.channels.common, algemeen);
    expect((await linkOf(project.channels.common))?.broken).toBeUndefined();
    await say(project.channels.common, 'weer gekoppeld');
    await eventually(() => bodiesIn(algemeen).includes('weer gekoppeld'));
  });

  it('a deleted channel (CHANNEL_DELETE) breaks its link; a new channel repairs the room', async () => {
    const oud = fake.addTextChannel('activiteiten-oud').id;
    await link(project.channels.activities, oud);
    fake.deleteChannel(oud);
    await eventually(async () => (await linkOf(project.channels.activities))?.broken !== undefined);
    expect((await linkOf(project.channels.activities))?.broken).toContain('bestaat niet meer');
    const from = fake.requestCount;
    await say(project.channels.activities, 'koffie om tien uur');
    const nieuw = fake.addTextChannel('activiteiten').id;
    await link(project.channels.activities, nieuw);
    await say(project.channels.activities, 'thee om drie uur');
    await eventually(() => bodiesIn(nieuw).includes('thee om drie uur'));
    // Nothing was sent towards the deleted channel or its webhook.
    expect(fake.requests.slice(from).filter((r) => r.status === 404)).toHaveLength(0);
  });

  it('a removed webhook (10015) breaks the link after one refusal, without making a new one', async () => {
    const algemeen = fake.guild.channel('algemeen').id;
    // The team room is linked too, to see that the rest still goes out.
    await link(project.channels.staff, fake.guild.channel('staf').id);
    // The one the current link posts through (linking again made a new one).
    const hook = fake.webhooks(algemeen).at(-1);
    if (!hook) throw new Error('no webhook');
    fake.deleteWebhook(hook.id);
    const from = fake.requestCount;
    await say(project.channels.common, 'eerste na het weghalen');
    await eventually(async () => (await linkOf(project.channels.common))?.broken !== undefined);
    expect((await linkOf(project.channels.common))?.broken).toContain('webhook');
    await say(project.channels.common, 'tweede na het weghalen');
    await say(project.channels.staff, 'het team merkt het');
    await eventually(() => bodiesIn(fake.guild.channel('staf').id).includes('het team merkt het'));
    const later = fake.requests.slice(from);
    expect(
      later.filter((r) => r.route === 'POST /webhooks/:webhookId/:token' && r.status === 404),
    ).toHaveLength(1);
    expect(later.filter((r) => r.route === 'POST /channels/:channelId/webhooks')).toHaveLength(0);
  });

  it('a photo from Discord is named in the room, without its link that expires in a day', async () => {
    const activiteiten = fake.guild.channel('activiteiten').id;
    const anne = fake.addUser({ username: 'anne', globalName: 'Anne' });
    const sent = fake.userSays(activiteiten, anne.id, 'kijk, de lift', {
      files: [{ field: 'files[0]', name: 'lift.jpg', size: 52_000, contentType: 'image/jpeg' }],
    });
    expect(sent.attachments[0]?.url).toMatch(/[?&]ex=[0-9a-f]+/);
    const commonBodies = async () =>
      (
        await server.database.db
          .select({ body: messages.body })
          .from(messages)
          .where(eq(messages.channelId, project.channels.activities))
      ).map((m) => m.body);
    await eventually(async () => (await commonBodies()).some((b) => b.includes('kijk, de lift')));
    const stored = (await commonBodies()).find((b) => b.includes('kijk, de lift'));
    expect(stored).toBe('kijk, de lift\n📎 Bijlage op Discord: lift.jpg');
  });

  it('after a forced new login, the next /koppel is answered', async () => {
    fake.invalidateSession({ resumable: false });
    await eventually(() => fake.gatewayEvents.filter((e) => e.type === 'identify').length >= 2);
    const staf = fake.guild.channel('staf').id;
    await link(project.channels.staff, staf);
    await say(project.channels.staff, 'na een nieuwe login');
    await eventually(() => bodiesIn(staf).includes('na een nieuwe login'));
  });

  it('the bot removed from the server (GUILD_DELETE) breaks every link there', async () => {
    fake.removeBotFromGuild();
    await eventually(async () => (await links()).every((l) => l.broken !== undefined));
    const texts = (await links()).map((l) => l.broken ?? '');
    expect(texts.some((text) => text.includes('van die Discord-server gehaald'))).toBe(true);
    expect((await staffRoom()).some((b) => b.includes('van die Discord-server gehaald'))).toBe(
      true,
    );
  });
});

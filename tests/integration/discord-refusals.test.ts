import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { startServer, type TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { createTestDatabase } from '../support/database';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import {
  answerOf,
  commandsRegistered,
  discordAreas,
  discordConfig,
  linkRoom,
  startDiscordServer,
} from './helpers/discord';

const staffRoomBodies = async (server: TestServer, project: TestProject) =>
  (
    await server.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(and(eq(messages.channelId, project.channels.staff)))
      .orderBy(messages.seq)
  ).map((m) => m.body);

describe('Discord refuses the bot for good (close code 4014: Message Content intent off)', () => {
  let fake: FakeDiscord;
  let close: () => Promise<void>;
  let server: TestServer;
  let project: TestProject;
  let staff: TestMember;

  beforeAll(async () => {
    ({ fake, server, close } = await startDiscordServer());
    project = await buildProject(server.database.db, 'Lindehof');
    staff = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
    const admin = fake.addUser({ username: 'beheer' });
    await linkRoom(server.url, fake, {
      cookie: staff.cookie,
      projectId: project.id,
      roomId: project.channels.common,
      discordChannelId: fake.guild.channel('algemeen').id,
      adminId: admin.id,
    });
  });
  afterAll(() => close());

  it('stops at once, tells the team what to switch on, shows it on /ready, and retries only when an admin asks', async () => {
    // Someone switches the intent off in the developer portal; the next IDENTIFY is refused.
    fake.refuseIdentify(4014);
    fake.invalidateSession({ resumable: false });

    await eventually(async () =>
      (await staffRoomBodies(server, project)).some((b) => b.includes('Message Content Intent')),
    );
    const notice = (await staffRoomBodies(server, project)).find((b) => b.includes('4014'));
    expect(notice).toContain('Buurtkamer is gestopt met Discord');
    expect(notice).toContain('Opnieuw verbinden');

    const ready = await fetch(`${server.url}/ready`).then((r) => r.json());
    expect(ready).toMatchObject({
      status: 'ready',
      detail: { discord: { state: 'stopped', closeCode: 4014 } },
    });
    expect(ready.detail.discord.message).toContain('Message Content Intent');

    const web = api(server.url, staff.cookie);
    const status = await web.get('/api/discord/status');
    expect(status.json).toMatchObject({ state: 'stopped', closeCode: 4014, retryRequested: false });
    expect(String(status.json.message)).toContain('Message Content Intent');

    // The intent is switched on again; nothing happens until an admin asks.
    fake.refuseIdentify(null);
    const from = fake.requestCount;
    const asked = await web.post('/api/discord/status/retry');
    expect(asked.json).toMatchObject({ state: 'stopped', retryRequested: true });
    await commandsRegistered(fake, from);
    await eventually(async () => (await web.get('/api/discord/status')).json.state === 'connected');
    // One refused IDENTIFY, then one accepted after the admin's retry: no loop in between.
    expect(fake.gatewayStats.refusedIdentifies).toBe(1);
    expect(fake.gatewayStats.identifies).toBe(2);
    // A resident is not told about the bot's set-up.
    const resident = await buildMember(server.database.db, project.id, 'resident', 'Anouk');
    expect((await api(server.url, resident.cookie).get('/api/discord/status')).status).toBe(403);
  });
});

describe('a token Discord does not take (401 on gateway/bot, as close code 4004)', () => {
  it('does not log in again and again, and says to make a new token', async () => {
    const fake = await startFakeDiscord();
    const testDb = await createTestDatabase();
    const server = await startServer({
      database: await testDb.open(),
      config: discordConfig(fake, { DISCORD_TOKEN: 'a-reset-token' }),
      areas: discordAreas(),
    });
    try {
      await eventually(async () => {
        const ready = await fetch(`${server.url}/ready`).then((r) => r.json());
        return ready.detail?.discord?.state === 'stopped';
      });
      const ready = await fetch(`${server.url}/ready`).then((r) => r.json());
      expect(ready.detail.discord).toMatchObject({ closeCode: 4004 });
      expect(ready.detail.discord.message).toContain('DISCORD_TOKEN');
      expect(
        fake.requests.filter((r) => r.route === 'GET /gateway/bot' && r.status === 401),
      ).toHaveLength(1);
    } finally {
      await server.close();
      await fake.close();
      await testDb.destroy();
    }
  });
});

describe('commands where the docs say they work', () => {
  it('registers them globally for servers and DMs, and clears the per-server ones of older versions', async () => {
    const fake = await startFakeDiscord();
    // An older Buurtkamer registered its commands per server.
    const old = await fetch(
      `${fake.apiUrl}/v10/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
      {
        method: 'PUT',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ name: 'koppel', description: 'oud' }]),
      },
    );
    expect(old.status).toBe(200);
    const testDb = await createTestDatabase();
    const server = await startServer({
      database: await testDb.open(),
      config: discordConfig(fake),
      areas: discordAreas(),
    });
    try {
      await commandsRegistered(fake);
      await eventually(() => fake.commands(fake.guild.id).length === 0);
      const project = await buildProject(server.database.db, 'Eikenhof');
      const sanne = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
      const discordSanne = fake.addUser({ username: 'sanne' });
      // `/koppel` in a DM with Buurtbot, as docs/discord.md tells people to do.
      const made = await api(server.url, sanne.cookie).post('/api/discord/account/code');
      const response = await fake.runSlashCommand(
        'koppel',
        { code: String(made.json.code) },
        { userId: discordSanne.id, channelId: fake.dmChannel(discordSanne.id).id },
      );
      expect((await answerOf(fake, response)).content).toContain('Gelukt, Sanne!');
    } finally {
      await server.close();
      await fake.close();
      await testDb.destroy();
    }
  });
});

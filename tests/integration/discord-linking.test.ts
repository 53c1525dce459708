import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { startServer, type TestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { connectMember, eventually } from '../support/clients';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api } from '../support/http';
import {
  answerOf,
  commandsRegistered,
  discordAreas,
  discordConfig,
  linkAccount,
  linkRoom,
} from './helpers/discord';

let fake: FakeDiscord;
let testDb: TestDatabase;
let server: TestServer;
let project: TestProject;
const clock = new ManualClock();

beforeAll(async () => {
  fake = await startFakeDiscord();
  testDb = await createTestDatabase();
  const database = await testDb.open();
  server = await startServer({
    database,
    clock,
    config: discordConfig(fake),
    areas: discordAreas(),
  });
  project = await buildProject(database.db, 'Vlinderhof');
  await commandsRegistered(fake);
});

afterAll(async () => {
  await server.close();
  await fake.close();
  await testDb.destroy();
});

const db = () => server.database.db;

describe('linking Discord to Buurtkamer', () => {
  it('registers the bot commands for servers and DMs, with Dutch names and English descriptions', () => {
    // Global, offered in servers (context 0) and in DMs with the bot (1); none per server,
    // where Discord would offer them in that server only.
    expect(fake.commands(fake.guild.id)).toEqual([]);
    const commands = fake.commands();
    for (const command of commands) {
      expect(command.contexts).toEqual([0, 1]);
      expect(command.integration_types).toEqual([0]);
    }
    expect(commands.map((c) => c.name).sort()).toEqual([
      'aanmelden',
      'activiteiten',
      'buurtkaart',
      'gebrek',
      'hulp',
      'koppel',
      'melding',
      'zorg',
    ]);
    const hulp = commands.find((c) => c.name === 'hulp');
    expect(hulp?.description).toBe('Een begeleider vragen om contact');
    expect(hulp?.description_localizations?.['en-GB']).toBeTruthy();
    const aanmelden = commands.find((c) => c.name === 'aanmelden');
    expect(aanmelden?.options?.[0]).toMatchObject({ name: 'activiteit', autocomplete: true });
  });

  it('links a channel to a room with a one-time code from staff, only by a Discord admin', async () => {
    const admin = fake.addUser({ username: 'beheer', globalName: 'Beheer' });
    const anne = fake.addUser({ username: 'anne', globalName: 'Anne' });
    const staff = await buildMember(db(), project.id, 'staff', 'Sanne', clock);
    const resident = await buildMember(db(), project.id, 'resident', 'Ruud', clock);
    const web = await connectMember(server.url, resident.cookie);
    const algemeen = fake.guild.channel('algemeen');

    // A resident cannot make channel codes.
    const refused = await api(server.url, resident.cookie).post(
      `/api/discord/projects/${project.id}/codes`,
      { channelId: project.channels.common },
    );
    expect(refused.status).toBe(403);

    const made = await api(server.url, staff.cookie).post(
      `/api/discord/projects/${project.id}/codes`,
      { channelId: project.channels.common },
    );
    expect(made.status).toBe(201);
    const code = String(made.json.code);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // Anne may not manage channels: the code is not used up.
    const notAllowed = await fake.runSlashCommand(
      'koppel',
      { code },
      { userId: anne.id, channelId: algemeen.id },
    );
    expect(notAllowed.ephemeral).toBe(true);
    expect((await answerOf(fake, notAllowed)).content).toMatch(
      /Alleen iemand die kanalen mag beheren/,
    );

    const linked = await fake.runSlashCommand(
      'koppel',
      { code: code.toLowerCase().replace('-', ' ') },
      { userId: admin.id, channelId: algemeen.id },
    );
    expect(linked.ephemeral).toBe(true);
    await eventually(() =>
      fake
        .messages(algemeen.id)
        .some((m) => /gekoppeld aan Huiskamer van Vlinderhof/.test(m.content)),
    );
    expect(fake.webhooks(algemeen.id)).toHaveLength(1);
    await eventually(() =>
      web.received.some((m) => m.channelId === project.channels.common && /#algemeen/.test(m.body)),
    );

    const list = await api(server.url, staff.cookie).get(
      `/api/discord/projects/${project.id}/links`,
    );
    expect(list.json.links).toEqual([
      expect.objectContaining({
        room: { id: project.channels.common, kind: 'common', name: 'Huiskamer' },
        discordChannelName: 'algemeen',
      }),
    ]);
    expect(JSON.stringify(list.json)).not.toMatch(/token/i);

    const again = await fake.runSlashCommand(
      'koppel',
      { code },
      { userId: admin.id, channelId: algemeen.id },
    );
    expect((await answerOf(fake, again)).content).toMatch(/Deze code werkt niet/);
    web.close();
  });

  it('links a Discord account with a code from the web client; codes expire', async () => {
    const bram = await buildMember(db(), project.id, 'resident', 'Bram', clock);
    const discordBram = fake.addUser({ username: 'bram_b', globalName: 'Bram B.' });
    const me = api(server.url, bram.cookie);
    expect((await me.get('/api/discord/account')).json).toEqual({ linked: false });

    const old = await me.post('/api/discord/account/code');
    expect(old.json).toMatchObject({ minutes: 30 });
    clock.advance(31 * 60_000);
    const expired = await fake.runSlashCommand(
      'koppel',
      { code: String(old.json.code) },
      { userId: discordBram.id, channelId: fake.dmChannel(discordBram.id).id },
    );
    expect((await answerOf(fake, expired)).content).toMatch(/Deze code werkt niet/);

    const done = await linkAccount(server.url, fake, {
      cookie: bram.cookie,
      discordUserId: discordBram.id,
    });
    expect((await answerOf(fake, done)).content).toBe(
      'Gelukt, Bram! Je Discord is nu gekoppeld aan je account in Buurtkamer. Buurtbot kent je nu ook hier.',
    );
    expect((await me.get('/api/discord/account')).json).toEqual({
      linked: true,
      discordName: 'Bram B.',
    });

    expect((await me.delete('/api/discord/account')).json).toEqual({ linked: false });
  });

  it('asks unlinked people to link first, and links the staff channel only with a staff code', async () => {
    const admin = fake.guild.members.keys().next().value ?? '';
    const coordinator = await buildMember(db(), project.id, 'coordinator', 'Cor', clock);
    const staf = fake.guild.channel('staf');
    const forStaffRoom = await api(server.url, coordinator.cookie).post(
      `/api/discord/projects/${project.id}/codes`,
      { channelId: project.channels.staff },
    );
    expect(forStaffRoom.status).toBe(403);

    const staff = await buildMember(db(), project.id, 'staff', 'Saskia', clock);
    const linked = await linkRoom(server.url, fake, {
      cookie: staff.cookie,
      projectId: project.id,
      roomId: project.channels.staff,
      discordChannelId: staf.id,
      adminId: fake.guild.ownerId || admin,
    });
    expect((await answerOf(fake, linked)).content).toMatch(/Teamkamer van Vlinderhof/);

    const stranger = fake.addUser({ username: 'onbekend' });
    const hulp = await fake.runSlashCommand(
      'hulp',
      {},
      { userId: stranger.id, channelId: fake.guild.channel('algemeen').id },
    );
    expect(hulp.ephemeral).toBe(true);
    expect((await answerOf(fake, hulp)).content).toMatch(/Koppel eerst je account/);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { linkRoom, startDiscordServer } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
const ids = { algemeen: '', anne: '' };

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const database = server.database;
  project = await buildProject(database.db, 'Kastanjehof');
  const admin = fake.addUser({ username: 'beheer' });
  ids.anne = fake.addUser({ username: 'anne', globalName: 'Anne' }).id;
  ids.algemeen = fake.guild.channel('algemeen').id;
  staff = await buildMember(database.db, project.id, 'staff', 'Sanne');
  await linkRoom(server.url, fake, {
    cookie: staff.cookie,
    projectId: project.id,
    roomId: project.channels.common,
    discordChannelId: ids.algemeen,
    adminId: admin.id,
  });
});

afterAll(() => close());

const roomBodies = async () =>
  (
    await server.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.channelId, project.channels.common))
      .orderBy(messages.seq)
  )
    .map((m) => m.body)
    .filter((body) => !/#algemeen/.test(body));

const discordBodies = () =>
  fake
    .messages(ids.algemeen)
    .filter((m) => m.author.id !== fake.bot.id)
    .map((m) => m.content);

describe('Discord going away and coming back', () => {
  it('after a gateway drop discord.js resumes; replayed messages are stored once', async () => {
    fake.userSays(ids.algemeen, ids.anne, 'een');
    await eventually(async () => (await roomBodies()).includes('een'));

    const resumed = fake.waitForGatewayEvent((e) => e.type === 'resume' && e.accepted, {
      fromIndex: fake.gatewayEvents.length,
    });
    fake.dropGateway();
    fake.userSays(ids.algemeen, ids.anne, 'twee');
    fake.userSays(ids.algemeen, ids.anne, 'drie');
    await resumed;
    fake.userSays(ids.algemeen, ids.anne, 'vier');
    await eventually(async () => (await roomBodies()).includes('vier'));
    expect(await roomBodies()).toEqual(['een', 'twee', 'drie', 'vier']);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('after a lost session it catches up through REST, and sends what Buurtkamer wrote meanwhile', async () => {
    const anouk = await buildMember(server.database.db, project.id, 'resident', 'Anouk');
    const web = await connectMember(server.url, anouk.cookie);
    const identified = fake.waitForGatewayEvent((e) => e.type === 'identify', {
      fromIndex: fake.gatewayEvents.length,
      timeoutMs: 15_000,
    });
    // Discord is down (REST 503, gateway refused), and when it is back the session is gone:
    // what happened meanwhile is never replayed on the gateway.
    await fake.setUnreachable('http-503');
    fake.expireSessions();
    fake.userSays(ids.algemeen, ids.anne, 'vijf, tijdens de storing');
    // Buurtkamer keeps working: the message is stored and waits for Discord.
    const stored = await web.client.send(project.channels.common, 'zes, ook tijdens de storing');
    expect(stored.seq).toBeGreaterThan(0);
    await fake.waitForRequest(
      (r) => r.route === 'POST /webhooks/:webhookId/:token' && r.status === 503,
    );
    await fake.setUnreachable(false);
    await identified;
    await eventually(async () => (await roomBodies()).includes('vijf, tijdens de storing'), 10_000);
    await eventually(() => discordBodies().includes('zes, ook tijdens de storing'), 10_000);

    fake.userSays(ids.algemeen, ids.anne, 'zeven');
    await eventually(async () => (await roomBodies()).includes('zeven'));
    // Each side in the order it learnt of the messages; none lost, none twice.
    expect(await roomBodies()).toEqual([
      'een',
      'twee',
      'drie',
      'vier',
      'zes, ook tijdens de storing',
      'vijf, tijdens de storing',
      'zeven',
    ]);
    expect(discordBodies()).toEqual([
      'een',
      'twee',
      'drie',
      'vier',
      'vijf, tijdens de storing',
      'zes, ook tijdens de storing',
      'zeven',
    ]);
    expect(fake.gatewayStats).toMatchObject({ identifies: 2, failedResumes: 1 });
    expect(
      fake.requests.some((r) => r.route === 'GET /channels/:channelId/messages' && r.query.after),
    ).toBe(true);
    web.close();
  });
});

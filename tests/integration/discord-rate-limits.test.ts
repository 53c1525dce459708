import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let algemeen: string;

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  project = await buildProject(server.database.db, 'Wilgenhof');
  staff = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
  algemeen = fake.guild.channel('algemeen').id;
  await linkRoom(server.url, fake, {
    cookie: staff.cookie,
    projectId: project.id,
    roomId: project.channels.common,
    discordChannelId: algemeen,
    adminId: fake.addUser({ username: 'beheer' }).id,
  });
});
afterAll(() => close());

async function say(text: string) {
  const web = await connectMember(server.url, staff.cookie);
  await web.client.send(project.channels.common, text);
  web.close();
}

const copies = (text: string) => fake.messages(algemeen).filter((m) => m.content === text);
const WEBHOOK = 'POST /webhooks/:webhookId/:token';

describe('Discord rate limits (429 with retry_after and the rate-limit headers)', () => {
  it('a message refused once by its route’s limit arrives once: discord.js waits and tries again', async () => {
    const from = fake.requestCount;
    fake.rateLimit(WEBHOOK, { retryAfterMs: 400 });
    await say('even geduld');
    await eventually(() => copies('even geduld').length === 1);
    const tries = fake.requests.slice(from).filter((r) => r.route === WEBHOOK);
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect(copies('even geduld')).toHaveLength(1);
  });

  it('a global limit holds every call back, and the message still arrives once', async () => {
    const from = fake.requestCount;
    fake.rateLimit('global', { retryAfterMs: 400 });
    await say('alles wacht even');
    await eventually(() => copies('alles wacht even').length === 1);
    const statuses = fake.requests.slice(from).map((r) => r.status);
    expect(statuses[0]).toBe(429);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(copies('alles wacht even')).toHaveLength(1);
  });
});

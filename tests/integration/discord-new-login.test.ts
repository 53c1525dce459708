import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { linkRoom, startDiscordServer } from './helpers/discord';

/**
 * What a *new login* (op 9, not resumable; or a session that expired while the bot was away)
 * finds when it reads the linked channels: a permission taken away (403 50013) or a channel
 * deleted meanwhile (404 10003) marks the link broken, and /koppel works again once the bot is
 * back on the gateway. (An earlier
 * version of this test typed /koppel while the bot had no gateway session yet, in the second
 * between the old session and the new one; Discord itself drops an interaction then, and so does
 * the fake. It was not a fault of the app.)
 */
let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
let beheer: string;

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  project = await buildProject(server.database.db, 'Lindehof');
  staff = await buildMember(server.database.db, project.id, 'staff', 'Sanne');
  beheer = fake.addUser({ username: 'beheer' }).id;
});
afterAll(() => close());

const link = (roomId: string, discordChannelId: string) =>
  linkRoom(server.url, fake, {
    cookie: staff.cookie,
    projectId: project.id,
    roomId,
    discordChannelId,
    adminId: beheer,
  });

const brokenOf = async (roomId: string) =>
  (
    (await api(server.url, staff.cookie).get(`/api/discord/projects/${project.id}/links`)).json
      .links as Array<{ room: { id: string }; broken?: string }>
  ).find((l) => l.room.id === roomId)?.broken;

describe('a new login finding a linked channel refused', () => {
  it('breaks the link, and /koppel still works after it', async () => {
    const algemeen = fake.guild.channel('algemeen').id;
    await link(project.channels.common, algemeen);
    fake.denyBot(algemeen, PermissionFlagsBits.ReadMessageHistory);
    fake.invalidateSession({ resumable: false });
    await eventually(async () => (await brokenOf(project.channels.common)) !== undefined);
    expect(await brokenOf(project.channels.common)).toContain('"Berichtgeschiedenis lezen"');
    // The bot is back on the gateway (a new session, its guilds sent) before anyone types.
    await eventually(() => {
      const logins = fake.gatewayEvents.filter((e) => e.type === 'identify');
      const last = logins.at(-1);
      return (
        logins.length >= 2 &&
        last !== undefined &&
        fake.gatewayEvents.some(
          (e) =>
            e.type === 'dispatch' && e.t === 'GUILD_CREATE' && e.connectionId === last.connectionId,
        )
      );
    });
    const answer = await link(project.channels.staff, fake.guild.channel('staf').id);
    expect(answer).toBeDefined();
  });

  it('a channel deleted while the bot was away (10003) breaks its link at the next login', async () => {
    const weg = fake.addTextChannel('verdwenen').id;
    await link(project.channels.activities, weg);
    const from = fake.requestCount;
    // The session is gone and the bot is off the gateway when the channel is deleted: it never
    // hears CHANNEL_DELETE, and finds out when it reads the channel after logging in again.
    fake.expireSessions();
    fake.dropGateway();
    fake.deleteChannel(weg);
    await eventually(async () => (await brokenOf(project.channels.activities)) !== undefined);
    expect(await brokenOf(project.channels.activities)).toContain('bestaat niet meer');
    const refused = fake.requests
      .slice(from)
      .filter((r) => r.params.channelId === weg && r.status === 404);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.every((r) => JSON.stringify(r.response).includes('10003'))).toBe(true);
  });
});

import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { linkRoom, startDiscordServer } from './helpers/discord';

/**
 * A known open problem, kept as a skipped test so that it is seen (2026-12-06, about 10:55 UTC,
 * every run that day on this machine): when a new login (op 9, not resumable) finds a permission
 * missing in a linked channel's history read, the next /koppel is never answered, and the fake's
 * gateway log shows no INTERACTION_CREATE sent for it. After a resume the same case works, and a
 * new login alone works (`discord-broken-links.test.ts`). Whether the fake or the app is at fault
 * is not known yet. Unskip it to reproduce.
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

describe('a permission found missing at a new login', () => {
  it.skip('breaks the link, and /koppel still works after it', async () => {
    const algemeen = fake.guild.channel('algemeen').id;
    await link(project.channels.common, algemeen);
    fake.denyBot(algemeen, PermissionFlagsBits.ReadMessageHistory);
    fake.invalidateSession({ resumable: false });
    await eventually(async () => (await brokenOf(project.channels.common)) !== undefined);
    expect(await brokenOf(project.channels.common)).toContain('"Berichtgeschiedenis lezen"');
    const answer = await link(project.channels.staff, fake.guild.channel('staf').id);
    expect(answer).toBeDefined();
  });
});

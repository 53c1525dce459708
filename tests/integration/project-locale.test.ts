import type { APIMessage } from 'discord-api-types/v10';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts } from '../../db/schema';
import { setProjectLocale } from '../../server/domain/projects/locale';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { eventually } from '../support/clients';
import { concernWorld, reportByForm, type ConcernWorld } from '../support/concerns';
import { buildMember, type TestMember } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';
import { linkRoom, startDiscordServer } from './helpers/discord';

/**
 * Issue 24: a project has a language (`projects.locale`). Buurtbot writes in it in the project's
 * shared rooms and on its Discord cards; a Dutch project (the default) reads as before.
 */
let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let english: ConcernWorld;
let dutch: ConcernWorld;
const ids = { admin: '', staf: '', activities: '' };
let coordinator: TestMember;

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const { db } = server.database;
  english = await concernWorld(db, 'Elmhof');
  await setProjectLocale(db, english.project.id, 'en');
  dutch = await concernWorld(db, 'Lindehof');
  ids.admin = fake.addUser({ username: 'beheer' }).id;
  ids.staf = fake.guild.channel('staf').id;
  ids.activities = fake.addTextChannel('activities').id;
  coordinator = await buildMember(db, english.project.id, 'coordinator', 'Carla');
  for (const [roomId, discordChannelId] of [
    [english.project.channels.staff, ids.staf],
    [english.project.channels.activities, ids.activities],
  ] as const)
    await linkRoom(server.url, fake, {
      cookie: english.esther.cookie,
      projectId: english.project.id,
      roomId,
      discordChannelId,
      adminId: ids.admin,
    });
});

afterAll(() => close());

function buttonsOf(message: APIMessage | undefined): { id: string; label: string }[] {
  return JSON.parse(JSON.stringify(message?.components ?? [])).flatMap(
    (row: { components: { custom_id?: string; label?: string }[] }) =>
      row.components.map((c) => ({ id: c.custom_id ?? '', label: c.label ?? '' })),
  );
}

/** What staff read in their Teamkamer in Buurtkamer, newest last. */
async function teamRoom(world: ConcernWorld): Promise<string[]> {
  const history = await api(server.url, world.esther.cookie).get(
    `/api/channels/${world.project.channels.staff}/messages`,
  );
  expect(history.status).toBe(200);
  return (history.json.messages as { body: string }[]).map((m) => m.body);
}

describe("Buurtbot speaks the project's language in shared rooms and on Discord", () => {
  it('an English project: the staff notice in its Teamkamer and its Discord card are in English', async () => {
    const concern = await reportByForm(server.url, english.anna, english.project.id, {
      step: 'begeleiding',
      description: 'Loud music every night until three',
    });
    const [alert] = await server.database.db
      .select()
      .from(alerts)
      .where(eq(alerts.concernId, concern.id));
    expect(alert).toBeDefined();

    await eventually(async () =>
      (await teamRoom(english)).some((body) => body.startsWith('Report for support: noise')),
    );
    expect((await teamRoom(english)).join('\n')).not.toContain('Melding bij de begeleiding');

    const claimId = `bk:alert:claim:${alert!.id}`;
    await eventually(() =>
      fake.messages(ids.staf).some((m) => buttonsOf(m).some((b) => b.id === claimId)),
    );
    const card = fake.messages(ids.staf).find((m) => buttonsOf(m).some((b) => b.id === claimId))!;
    expect(card.embeds[0]?.title).toBe('For the team: report');
    expect(card.embeds[0]?.description).toMatch(/^Report for support: noise/);
    expect((card.embeds[0]?.fields ?? []).map((f) => `${f.name}: ${f.value}`)).toContain(
      'Status: Not taken up yet',
    );
    expect(buttonsOf(card).map((b) => b.label)).toEqual([
      'Take it up',
      'Open in Buurtkamer',
      'Handled',
    ]);
  });

  it('an English project: the activity post in its Activiteiten room and its Discord card are in English', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      english.project.id,
      new Date(),
      { title: 'Coffee morning', capacity: 2, place: 'Living room' },
    );
    const history = async () =>
      (
        (
          await api(server.url, english.anna.cookie).get(
            `/api/channels/${english.project.channels.activities}/messages`,
          )
        ).json.messages as { body: string }[]
      ).map((m) => m.body);
    await eventually(async () =>
      (await history()).some((body) => body.startsWith('New activity: Coffee morning')),
    );
    const signupId = `bk:activity:signup:${activity.id}`;
    await eventually(() =>
      fake.messages(ids.activities).some((m) => buttonsOf(m).some((b) => b.id === signupId)),
    );
    const post = fake
      .messages(ids.activities)
      .find((m) => buttonsOf(m).some((b) => b.id === signupId))!;
    expect(post.embeds[0]?.title).toBe('Coffee morning');
    const fields = (post.embeds[0]?.fields ?? []).map((f) => f.name);
    expect(fields).toEqual(['When', 'Where', 'Places']);
    expect(buttonsOf(post).map((b) => b.label)).toEqual([
      'Sign up',
      'Cancel sign-up',
      'Open in Buurtkamer',
    ]);
  });

  it('a Dutch project on the same server still reads in Dutch', async () => {
    await reportByForm(server.url, dutch.anna, dutch.project.id, { step: 'begeleiding' });
    await eventually(async () =>
      (await teamRoom(dutch)).some((body) => body.startsWith('Melding bij de begeleiding: geluid')),
    );
    expect((await teamRoom(dutch)).join('\n')).not.toContain('Report for support');
  });

  it("an admin sets the project's language in the app; Buurtbot's next notice follows it", async () => {
    const { db } = server.database;
    const world = await concernWorld(db, 'Berkhof');
    const admin = await buildMember(db, world.project.id, 'admin', 'Ada');
    const path = `/api/projects/${world.project.id}/language`;
    expect((await api(server.url, admin.cookie).get(path)).json).toEqual({ locale: 'nl' });

    const refused = await api(server.url, admin.cookie).patch(path, { locale: 'de' });
    expect(refused.status).toBe(400);
    expect((await api(server.url, admin.cookie).get(path)).json).toEqual({ locale: 'nl' });

    const changed = await api(server.url, admin.cookie).patch(path, { locale: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.json).toEqual({ locale: 'en' });
    expect((await api(server.url, admin.cookie).get(path)).json).toEqual({ locale: 'en' });

    await reportByForm(server.url, world.anna, world.project.id, { step: 'begeleiding' });
    await eventually(async () =>
      (await teamRoom(world)).some((body) => body.startsWith('Report for support: noise')),
    );
  });
});

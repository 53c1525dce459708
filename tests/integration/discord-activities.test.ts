import type { APIMessage } from 'discord-api-types/v10';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySignups } from '../../db/schema';
import type { Message } from '../../server/protocol/messages';
import type { FakeDiscord } from '../fake-discord';
import type { TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';
import { answerOf, startDiscordServer, linkAccount, linkRoom } from './helpers/discord';

let fake: FakeDiscord;
let close: () => Promise<void>;
let server: TestServer;
let project: TestProject;
let staff: TestMember;
let coordinator: TestMember;
let bram: TestMember;
let anouk: TestMember;
const ids = { admin: '', bram: '', stranger: '', activiteiten: '' };

beforeAll(async () => {
  ({ fake, server, close } = await startDiscordServer());
  const database = server.database;
  project = await buildProject(database.db, 'Lindehof');
  ids.admin = fake.addUser({ username: 'beheer' }).id;
  ids.bram = fake.addUser({ username: 'bram_b', globalName: 'Bram B.' }).id;
  ids.stranger = fake.addUser({ username: 'vreemd' }).id;
  ids.activiteiten = fake.addTextChannel('activiteiten').id;
  staff = await buildMember(database.db, project.id, 'staff', 'Sanne');
  coordinator = await buildMember(database.db, project.id, 'coordinator', 'Carla');
  bram = await buildMember(database.db, project.id, 'resident', 'Bram');
  anouk = await buildMember(database.db, project.id, 'resident', 'Anouk');
  await linkRoom(server.url, fake, {
    cookie: staff.cookie,
    projectId: project.id,
    roomId: project.channels.activities,
    discordChannelId: ids.activiteiten,
    adminId: ids.admin,
  });
  await linkAccount(server.url, fake, { cookie: bram.cookie, discordUserId: ids.bram });
});

afterAll(() => close());

const db = () => server.database.db;

function buttonsOf(message: APIMessage | undefined): string[] {
  return JSON.parse(JSON.stringify(message?.components ?? [])).flatMap(
    (row: { components: { custom_id?: string; label?: string }[] }) =>
      row.components.map((c) => c.custom_id ?? c.label ?? ''),
  );
}

function seatsOf(message: APIMessage | undefined): string | undefined {
  return message?.embeds[0]?.fields?.find((f) => f.name === 'Plekken')?.value;
}

async function signupOf(activityId: string, userId: string) {
  const [row] = await db()
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.userId, userId)));
  return row;
}

describe('activity posts on Discord', () => {
  it('posts a published activity with sign-up buttons whose seat count follows Discord and the web', async () => {
    const anoukLive = await connectMember(server.url, anouk.cookie);
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      title: 'Koffieochtend',
      capacity: 2,
      place: 'Huiskamer',
    });
    const signupId = `bk:activity:signup:${activity.id}`;
    const withdrawId = `bk:activity:withdraw:${activity.id}`;

    // In the web app: Buurtbot's announcement in the activities room.
    await eventually(() =>
      anoukLive.received.some(
        (m: Message) =>
          m.channelId === project.channels.activities &&
          m.body.startsWith('Nieuwe activiteit: Koffieochtend'),
      ),
    );
    // On Discord: the same post as a card with the seats and the buttons.
    await eventually(() =>
      fake.messages(ids.activiteiten).some((m) => buttonsOf(m).includes(signupId)),
    );
    const post = fake.messages(ids.activiteiten).find((m) => buttonsOf(m).includes(signupId))!;
    expect(post.author.id).toBe(fake.bot.id);
    expect(post.embeds[0]?.title).toBe('Koffieochtend');
    expect(seatsOf(post)).toBe('Nog 2 van de 2 plekken vrij');
    expect(buttonsOf(post)).toEqual([signupId, withdrawId, 'Open in Buurtkamer']);

    // Bram (linked) signs up on Discord: the same sign-up as in the web app, told privately.
    const pressed = await fake.pressButton(post.id, signupId, { userId: ids.bram });
    expect(pressed.ephemeral).toBe(true);
    expect((await answerOf(fake, pressed)).content).toMatch(
      /^Gelukt! Je bent aangemeld voor Koffieochtend/,
    );
    expect((await signupOf(activity.id, bram.userId))?.status).toBe('confirmed');
    await eventually(() => seatsOf(fake.message(post.id)) === 'Nog 1 van de 2 plekken vrij');
    const bramsView = await api(server.url, bram.cookie).get(`/api/activities/${activity.id}`);
    expect(bramsView.json.activity).toMatchObject({
      mySignup: { status: 'confirmed' },
    });

    // Anouk signs up in the web app: the post on Discord follows.
    const web = await api(server.url, anouk.cookie).post(
      `/api/activities/${activity.id}/signup`,
      {},
    );
    expect(web.status).toBe(200);
    await eventually(
      () => seatsOf(fake.message(post.id)) === 'Vol. Wil je toch mee? Dan kom je op de wachtlijst.',
    );

    // Bram presses Afmelden on Discord: Buurtbot asks first, privately; "Nee" keeps his place.
    const asked = await fake.pressButton(post.id, withdrawId, { userId: ids.bram });
    expect(asked.ephemeral).toBe(true);
    const question = await answerOf(fake, asked);
    expect(question.content).toMatch(
      /^Wil je je afmelden voor Koffieochtend \(.+\)\? Dan is je plek weg\.$/,
    );
    expect(buttonsOf(question)).toEqual([
      `bk:activity:withdraw-yes:${activity.id}`,
      `bk:activity:withdraw-no:${activity.id}`,
    ]);
    const kept = await fake.pressButton(question.id, `bk:activity:withdraw-no:${activity.id}`, {
      userId: ids.bram,
    });
    expect((await answerOf(fake, kept)).content).toBe(
      'Goed. Je blijft aangemeld voor Koffieochtend.',
    );
    expect((await signupOf(activity.id, bram.userId))?.status).toBe('confirmed');

    // He asks again and says yes: a place is free again.
    const again = await answerOf(
      fake,
      await fake.pressButton(post.id, withdrawId, { userId: ids.bram }),
    );
    const withdrawn = await fake.pressButton(again.id, `bk:activity:withdraw-yes:${activity.id}`, {
      userId: ids.bram,
    });
    expect((await answerOf(fake, withdrawn)).content).toBe(
      'Je bent afgemeld voor Koffieochtend. Jammer dat je niet kunt!',
    );
    expect((await signupOf(activity.id, bram.userId))?.status).toBe('cancelled');
    await eventually(() => seatsOf(fake.message(post.id)) === 'Nog 1 van de 2 plekken vrij');
    anoukLive.close();
  });

  it('tells an unlinked Discord user to link first, and signs nobody up', async () => {
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      title: 'Kookclub',
      capacity: 5,
    });
    const signupId = `bk:activity:signup:${activity.id}`;
    await eventually(() =>
      fake.messages(ids.activiteiten).some((m) => buttonsOf(m).includes(signupId)),
    );
    const post = fake.messages(ids.activiteiten).find((m) => buttonsOf(m).includes(signupId))!;
    const before = JSON.stringify(post);

    const pressed = await fake.pressButton(post.id, signupId, { userId: ids.stranger });
    expect(pressed.type).toBe(4);
    expect(pressed.ephemeral).toBe(true);
    expect(pressed.data.content).toMatch(/^Koppel eerst je account/);
    const signups = await db()
      .select()
      .from(activitySignups)
      .where(eq(activitySignups.activityId, activity.id));
    expect(signups).toEqual([]);
    expect(JSON.stringify(fake.message(post.id))).toBe(before);
  });

  it('/aanmelden with an activity name signs a linked resident up, through the same Buurtbot', async () => {
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      title: 'Vissen bij de plas',
      capacity: 6,
    });
    const suggested = await fake.autocomplete(
      'aanmelden',
      { activiteit: 'viss' },
      { focused: 'activiteit', userId: ids.bram, channelId: ids.activiteiten },
    );
    expect(suggested.choices).toContainEqual({
      name: 'Vissen bij de plas',
      value: 'Vissen bij de plas',
    });
    const command = await fake.runSlashCommand(
      'aanmelden',
      { activiteit: 'Vissen bij de plas' },
      { userId: ids.bram, channelId: ids.activiteiten },
    );
    expect(command.ephemeral).toBe(true);
    const answer = await answerOf(fake, command);
    expect(answer.content).toMatch(/aangemeld voor Vissen bij de plas/);
    expect((await signupOf(activity.id, bram.userId))?.status).toBe('confirmed');
  });

  it('says how many wait on a full activity: none, one person, more people', async () => {
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      title: 'Bingo',
      capacity: 1,
    });
    const signupId = `bk:activity:signup:${activity.id}`;
    await eventually(() =>
      fake.messages(ids.activiteiten).some((m) => buttonsOf(m).includes(signupId)),
    );
    const post = fake.messages(ids.activiteiten).find((m) => buttonsOf(m).includes(signupId))!;
    const signUp = async (who: TestMember) =>
      expect(
        (await api(server.url, who.cookie).post(`/api/activities/${activity.id}/signup`, {}))
          .status,
      ).toBe(200);
    const seatsBecome = (text: string) => eventually(() => seatsOf(fake.message(post.id)) === text);

    await signUp(anouk);
    await seatsBecome('Vol. Wil je toch mee? Dan kom je op de wachtlijst.');
    await signUp(coordinator);
    await seatsBecome('Vol. 1 persoon wacht. Wil je toch mee? Dan kom je op de wachtlijst.');
    await signUp(staff);
    await seatsBecome('Vol. 2 mensen wachten. Wil je toch mee? Dan kom je op de wachtlijst.');
  });
});

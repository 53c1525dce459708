import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Seats, SignupResult } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, connectMember, eventually, nextEvent } from '../support/clients';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

const clock = new ManualClock('2025-03-10T09:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Aanmeldhof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
});
afterAll(() => server.stop());

async function resident(name: string) {
  return buildMember(server.database.db, project.id, 'resident', name, clock);
}

async function watcher(member: TestMember) {
  const client = await connectMember(server.url, member.cookie);
  const ack = await client.socket.emitWithAck('activity:watch', { projectId: project.id });
  expect(ack).toEqual({ data: { ok: true } });
  return client;
}

async function signUp(member: TestMember, activityId: string, guests = 0): Promise<SignupResult> {
  const response = await api(server.url, member.cookie).post(
    `/api/activities/${activityId}/signup`,
    { guests },
  );
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response.json as unknown as SignupResult;
}

async function board(member: TestMember): Promise<Activity[]> {
  const response = await api(server.url, member.cookie).get(
    `/api/activities?projectId=${project.id}`,
  );
  return response.json.activities as Activity[];
}

describe('signing up', () => {
  it('gives a place with one tap over the socket, and another resident sees the seats change live', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Filmavond',
        capacity: 4,
      },
    );
    const anna = await resident('Anna');
    const bram = await resident('Bram');
    const annaClient = await watcher(anna);
    const bramClient = await watcher(bram);

    const seen = nextEvent<Seats>(
      bramClient.socket,
      'activity:seats',
      (s) => s.activityId === activity.id,
    );
    const mine = nextEvent<{ signup: { status: string } | null }>(
      annaClient.socket,
      'activity:mine',
    );
    const ack = await annaClient.socket.emitWithAck('activity:signup', {
      activityId: activity.id,
      guests: 2,
    });
    expect(ack).toMatchObject({
      data: {
        signup: { status: 'confirmed', guests: 2, position: null },
        seats: { taken: 3, left: 1 },
      },
    });
    expect(await seen).toMatchObject({ taken: 3, capacity: 4, left: 1, waiting: 0 });
    expect((await mine).signup?.status).toBe('confirmed');

    // The same tap again (a retry) changes nothing.
    const again = await annaClient.socket.emitWithAck('activity:signup', {
      activityId: activity.id,
      guests: 2,
    });
    expect(again).toMatchObject({ data: { seats: { taken: 3 } } });

    const bramView = (await board(bram)).find((a) => a.id === activity.id);
    expect(bramView).toMatchObject({
      seats: { taken: 3, left: 1 },
      mySignup: null,
      canManage: false,
    });
    annaClient.close();
    bramClient.close();
  });

  it('refuses more guests than allowed, with the field and a reason in Dutch', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        maxGuests: 1,
      },
    );
    const carla = await resident('Carla');
    const response = await api(server.url, carla.cookie).post(
      `/api/activities/${activity.id}/signup`,
      { guests: 3 },
    );
    expect(response.status).toBe(400);
    expect(response.json.error?.fields?.guests).toBe('Je kunt 1 gast meenemen, niet meer.');
    expect((await board(carla)).find((a) => a.id === activity.id)?.seats.taken).toBe(0);
  });

  it('puts people on the waitlist, offers a freed place to the first who fits, and the offer is answered through Buurtbot', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Tafeltennis',
        capacity: 3,
      },
    );
    const [a, b, c, d] = await Promise.all(['Ahmed', 'Bea', 'Chris', 'Dewi'].map(resident));
    expect((await signUp(a!, activity.id)).signup?.status).toBe('confirmed');
    expect((await signUp(b!, activity.id, 1)).signup?.status).toBe('confirmed');
    const cResult = await signUp(c!, activity.id, 1);
    expect(cResult.signup).toMatchObject({ status: 'waitlisted', position: 1 });
    const dResult = await signUp(d!, activity.id);
    expect(dResult.signup).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(dResult.seats).toMatchObject({ taken: 3, left: 0, waiting: 2 });

    const dewi = await talkToBot(server.url, d!.cookie, project.id);
    const chris = await talkToBot(server.url, c!.cookie, project.id);
    // Ahmed cancels: one place. Chris (with a guest) does not fit; Dewi, behind him, does.
    const withdrawn = await api(server.url, a!.cookie).post(
      `/api/activities/${activity.id}/withdraw`,
    );
    expect(withdrawn.json).toMatchObject({ signup: null, seats: { taken: 3, waiting: 1 } });
    await eventually(() => dewi.botReplies().some((m) => m.body.includes('Goed nieuws')));
    const offer = dewi.botReplies().find((m) => m.body.includes('Goed nieuws'))!;
    expect(offer.body).toContain('Tafeltennis');
    expect(offer.buttons?.map((x) => x.label)).toEqual(['Ja, ik kom', 'Nee, geef hem door']);
    expect(chris.botReplies().some((m) => m.body.includes('Goed nieuws'))).toBe(false);
    expect((await board(d!)).find((x) => x.id === activity.id)?.mySignup?.status).toBe('offered');

    const yes = await dewi.press(/Ja, ik kom/);
    expect(yes.map((m) => m.body).join('\n')).toContain('Fijn! Je plek bij Tafeltennis is zeker.');
    expect((await board(d!)).find((x) => x.id === activity.id)?.mySignup).toMatchObject({
      status: 'confirmed',
    });

    // Bea (with her guest) cancels: two places, and now Chris with his guest fits.
    await api(server.url, b!.cookie).post(`/api/activities/${activity.id}/withdraw`);
    await eventually(() => chris.botReplies().some((m) => m.body.includes('Goed nieuws')));
    const chrisView = (await board(c!)).find((x) => x.id === activity.id)!;
    expect(chrisView.mySignup).toMatchObject({ status: 'offered', guests: 1 });
    // 24 hours to say yes (the start is days away).
    expect(new Date(chrisView.mySignup!.offerExpiresAt!).getTime() - clock.now().getTime()).toBe(
      24 * 3_600_000,
    );
    dewi.close();
    chris.close();
  });

  it('passes an unanswered offer on to the next after its time, by the scheduler', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Opruimwandeling',
        capacity: 1,
      },
    );
    const [e, f, g] = await Promise.all(['Eva', 'Fenna', 'Gijs'].map(resident));
    await signUp(e!, activity.id);
    await signUp(f!, activity.id);
    await signUp(g!, activity.id);
    const fenna = await talkToBot(server.url, f!.cookie, project.id);
    const gijs = await talkToBot(server.url, g!.cookie, project.id);
    await api(server.url, e!.cookie).post(`/api/activities/${activity.id}/withdraw`);
    await eventually(() => fenna.botReplies().some((m) => m.body.includes('Goed nieuws')));

    clock.advance(24 * 3_600_000 + 1000);
    await server.app.scheduler.runDue();
    await eventually(() => fenna.botReplies().some((m) => m.body.includes('naar de volgende')));
    await eventually(() => gijs.botReplies().some((m) => m.body.includes('Goed nieuws')));
    const views = await board(g!);
    expect(views.find((x) => x.id === activity.id)?.mySignup?.status).toBe('offered');
    expect((await board(f!)).find((x) => x.id === activity.id)?.mySignup).toBeNull();
    // Running the timers again sends nothing twice.
    const before = fenna.botReplies().length;
    await server.app.scheduler.runDue();
    await allDelivered(server, fenna.socket);
    expect(fenna.botReplies().length).toBe(before);
    fenna.close();
    gijs.close();
  });

  it('tells everyone signed up when an activity is cancelled', async () => {
    const activity = await publishActivity(
      server.url,
      coordinator.cookie,
      project.id,
      clock.now(),
      {
        title: 'Vissen',
      },
    );
    const hans = await resident('Hans');
    await signUp(hans, activity.id);
    const me = await talkToBot(server.url, hans.cookie, project.id);
    const response = await api(server.url, coordinator.cookie).post(
      `/api/activities/${activity.id}/cancel`,
      { reason: 'Het gaat stormen.' },
    );
    expect(response.status).toBe(200);
    await eventually(() => me.botReplies().some((m) => m.body.includes('gaat helaas niet door')));
    expect(me.botReplies().at(-1)?.body).toContain('Reden: Het gaat stormen.');
    const refused = await api(server.url, hans.cookie).post(
      `/api/activities/${activity.id}/signup`,
      {},
    );
    expect(refused.status).toBe(400);
    me.close();
  });
});

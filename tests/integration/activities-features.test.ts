import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { memberInterests } from '../../db/schema';
import type { Activity } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, connectMember, eventually } from '../support/clients';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

const clock = new ManualClock('2025-06-02T08:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;
let staff: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Kenmerkhof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  staff = await buildMember(server.database.db, project.id, 'staff', 'Esther', clock);
});
afterAll(() => server.stop());

const member = (role: 'resident' | 'neighbour' | 'corporation', name: string) =>
  buildMember(server.database.db, project.id, role, name, clock);

function events(text: string) {
  return Object.values(ical.sync.parseICS(text)).filter(
    (c) => c?.type === 'VEVENT',
  ) as ical.VEvent[];
}

describe('calendar', () => {
  it('serves a project feed and a personal feed behind secret links that can be renewed, parsed back by node-ical', async () => {
    const film = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Filmavond',
      start: '2025-06-06T20:00',
      end: '2025-06-06T22:30',
      place: 'Huiskamer',
      description: 'We kijken een Nederlandse film.',
    });
    await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Bewonersoverleg',
      openToNeighbours: false,
    });
    const nina = await member('neighbour', 'Nina');
    const client = api(server.url, nina.cookie);
    await client.post(`/api/activities/${film.id}/signup`, {});

    const projectLink = await client.post('/api/activities/calendar', {
      projectId: project.id,
      scope: 'project',
    });
    expect(projectLink.status).toBe(201);
    const url = String(projectLink.json.url);
    expect(url).toMatch(/\/api\/activities\/feed\/[A-Za-z0-9_-]{40,}\.ics$/);
    const feedPath = url.replace(/^https?:\/\/[^/]+/, '');
    const feed = await fetch(`${server.url}${feedPath}`);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    // A feed can hold someone's own sign-ups: no cache may keep it, like every API answer.
    expect(feed.headers.get('cache-control')).toBe('no-store');
    expect(feed.headers.get('content-security-policy')).toContain("default-src 'self'");
    const parsed = events(await feed.text());
    // A neighbour from outside sees the open activity, not the residents-only meeting.
    expect(parsed.map((e) => e.summary)).toEqual(['Filmavond']);
    const [event] = parsed;
    expect(event?.start.toISOString()).toBe('2025-06-06T18:00:00.000Z');
    expect(event?.end?.toISOString()).toBe('2025-06-06T20:30:00.000Z');
    expect(event?.location).toBe('Huiskamer');
    expect(event?.description).toBe('We kijken een Nederlandse film.');
    expect(event?.uid).toBe(`${film.id}@buurtkamer`);

    const personal = await client.post('/api/activities/calendar', {
      projectId: project.id,
      scope: 'personal',
    });
    const personalPath = String(personal.json.url).replace(/^https?:\/\/[^/]+/, '');
    expect(
      events(await (await fetch(`${server.url}${personalPath}`)).text()).map((e) => e.summary),
    ).toEqual(['Filmavond']);

    // Renewing makes the old link stop working.
    const renewed = await client.post('/api/activities/calendar', {
      projectId: project.id,
      scope: 'project',
    });
    expect(renewed.json.url).not.toBe(url);
    expect((await fetch(`${server.url}${feedPath}`)).status).toBe(404);
    const info = await client.get(`/api/activities/calendar?projectId=${project.id}`);
    expect(info.json.feeds).toEqual([
      { scope: 'project', createdAt: clock.now().toISOString() },
      { scope: 'personal', createdAt: clock.now().toISOString() },
    ]);
  });

  it('downloads one activity as .ics', async () => {
    const walk = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Opruimwandeling',
      start: '2025-10-26T02:30',
      end: '2025-10-26T04:00',
    });
    const response = await api(server.url, coordinator.cookie).get(
      `/api/activities/${walk.id}/ics`,
    );
    expect(response.headers.get('content-disposition')).toContain('.ics');
    const [event] = events(String(response.json));
    expect(event?.summary).toBe('Opruimwandeling');
    // 02:30 exists twice that night: the first (summer time) is meant.
    expect(event?.start.toISOString()).toBe('2025-10-26T00:30:00.000Z');
    const stranger = await buildMember(
      server.database.db,
      (await buildProject(server.database.db, 'Anders')).id,
      'resident',
    );
    expect(
      (await api(server.url, stranger.cookie).get(`/api/activities/${walk.id}/ics`)).status,
    ).toBe(404);
  });
});

describe('interests', () => {
  it('are private: only their owner reads them; the organiser sees a count and they get an invitation', async () => {
    const [ilse, joost, kim] = await Promise.all([
      member('resident', 'Ilse'),
      member('resident', 'Joost'),
      member('resident', 'Kim'),
    ]);
    const set = await api(server.url, ilse.cookie).request('PUT', '/api/activities/interests', {
      projectId: project.id,
      tags: ['fishing', 'cooking'],
    });
    expect(set.json).toEqual({ tags: ['cooking', 'fishing'] });
    await api(server.url, joost.cookie).request('PUT', '/api/activities/interests', {
      projectId: project.id,
      tags: ['fishing'],
    });

    // Nobody else can read them: the endpoint only ever answers about the caller.
    for (const other of [kim, coordinator, staff]) {
      const seen = await api(server.url, other.cookie).get(
        `/api/activities/interests?projectId=${project.id}`,
      );
      expect(seen.json).toEqual({ tags: [] });
    }
    const count = await api(server.url, coordinator.cookie).get(
      `/api/activities/interest-count?projectId=${project.id}&tags=fishing`,
    );
    expect(count.json).toEqual({ count: 2 });
    const residentCount = await api(server.url, kim.cookie).get(
      `/api/activities/interest-count?projectId=${project.id}&tags=fishing`,
    );
    expect(residentCount.status).toBe(403);

    const ilseBot = await talkToBot(server.url, ilse.cookie, project.id);
    const kimBot = await talkToBot(server.url, kim.cookie, project.id);
    const fishing = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Samen vissen',
      interests: ['fishing'],
    });
    expect(fishing.interested).toBe(2);
    await eventually(() =>
      ilseBot.botReplies().some((m) => m.body.startsWith('Iets voor jou? Samen vissen')),
    );
    const invitation = ilseBot.botReplies().find((m) => m.body.startsWith('Iets voor jou?'))!;
    expect(invitation.body).toContain('vissen');
    expect(invitation.buttons?.[0]?.label).toBe('Ik doe mee');
    await allDelivered(server, kimBot.socket);
    expect(kimBot.botReplies().some((m) => m.body.startsWith('Iets voor jou?'))).toBe(false);

    // The invitation's button signs her up.
    await ilseBot.press(/Ik doe mee/);
    await eventually(() =>
      ilseBot
        .botReplies()
        .some((m) => m.body.includes('Gelukt! Je bent aangemeld voor Samen vissen')),
    );

    // Interests can be removed.
    await api(server.url, ilse.cookie).request('PUT', '/api/activities/interests', {
      projectId: project.id,
      tags: [],
    });
    const rows = await server.database.db.select().from(memberInterests);
    expect(rows.filter((r) => r.userId === ilse.userId)).toEqual([]);
    ilseBot.close();
    kimBot.close();
  });
});

describe('roles', () => {
  it('lets a resident propose an activity that a coordinator publishes; the housing corporation has no part', async () => {
    const lotte = await member('resident', 'Lotte');
    const proposal = await api(server.url, lotte.cookie).post('/api/activities', {
      projectId: project.id,
      title: 'Spelletjesmiddag',
      start: '2025-06-10T14:00',
      end: '2025-06-10T16:00',
      publish: true,
    });
    expect(proposal.status).toBe(201);
    const proposed = proposal.json.activity as Activity;
    expect(proposed).toMatchObject({ status: 'proposed', canManage: true });
    const other = await member('resident', 'Mo');
    expect((await api(server.url, other.cookie).get(`/api/activities/${proposed.id}`)).status).toBe(
      404,
    );
    expect(
      (await api(server.url, lotte.cookie).post(`/api/activities/${proposed.id}/publish`)).status,
    ).toBe(403);
    const published = await api(server.url, coordinator.cookie).post(
      `/api/activities/${proposed.id}/publish`,
    );
    expect(published.json).toMatchObject({ activity: { status: 'published' } });
    expect((await api(server.url, other.cookie).get(`/api/activities/${proposed.id}`)).status).toBe(
      200,
    );

    const corporation = await member('corporation', 'Woonstede');
    const board = await api(server.url, corporation.cookie).get(
      `/api/activities?projectId=${project.id}`,
    );
    expect(board.json.activities).toEqual([]);
    const create = await api(server.url, corporation.cookie).post('/api/activities', {
      projectId: project.id,
      title: 'Iets',
      start: '2025-06-10T14:00',
      end: '2025-06-10T16:00',
    });
    expect(create.status).toBe(403);
  });
});

describe('volunteer tasks', () => {
  it('shows who does what to the coordinator, and Buurtbot posts a call for help whose buttons sign people up', async () => {
    const dinner = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Walking dinner',
      tasks: [
        { title: 'Koken', slots: 2 },
        { title: 'Opruimen', slots: 1 },
      ],
    });
    const noor = await member('resident', 'Noor');
    const koken = dinner.tasks.find((t) => t.title === 'Koken')!;
    const done = await api(server.url, noor.cookie).post(
      `/api/activities/tasks/${koken.id}/volunteer`,
    );
    expect(done.json.activity).toMatchObject({
      tasks: [{ title: 'Koken', taken: 1, mine: true }, { taken: 0 }],
    });
    expect((done.json.activity as Activity).tasks[0]?.volunteers).toBeUndefined();
    const coordinatorView = await api(server.url, coordinator.cookie).get(
      `/api/activities/${dinner.id}`,
    );
    expect((coordinatorView.json.activity as Activity).tasks.map((t) => t.volunteers)).toEqual([
      ['Noor'],
      [],
    ]);

    const cor = await talkToBot(server.url, coordinator.cookie, project.id);
    const omar = await member('resident', 'Omar');
    const omarChat = await connectMember(server.url, omar.cookie);
    await cor.say('/vrijwilligers walking dinner');
    await eventually(() =>
      cor.botReplies().some((m) => m.body.includes('om hulp gevraagd voor Walking dinner')),
    );
    await eventually(() =>
      omarChat.received.some(
        (m) =>
          m.channelId === project.channels.activities &&
          m.body.startsWith('Wie helpt mee? Walking dinner'),
      ),
    );
    const call = omarChat.received.find((m) => m.body.startsWith('Wie helpt mee?'))!;
    expect(call.body).toContain('- Koken: nog 1 nodig');
    expect(call.body).toContain('- Opruimen: nog 1 nodig');
    const omarBot = await talkToBot(server.url, omar.cookie, project.id);
    const button = call.buttons!.find((b) => b.label === 'Ik help: Opruimen')!;
    await omarChat.client.send(project.channels.activities, button.label, { choice: button.value });
    await eventually(() =>
      omarBot.botReplies().some((m) => m.body.includes('Je helpt bij Walking dinner: Opruimen')),
    );
    cor.close();
    omarChat.close();
    omarBot.close();
  });
});

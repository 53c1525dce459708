import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Attendee } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

// Monday 2 June 2025, 10:00 in Amsterdam.
const clock = new ManualClock('2025-06-02T08:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;
let staff: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Takenhof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  staff = await buildMember(server.database.db, project.id, 'staff', 'Esther', clock);
});
afterAll(() => server.stop());

const resident = (name: string) =>
  buildMember(server.database.db, project.id, 'resident', name, clock);

async function view(member: TestMember, id: string): Promise<Activity> {
  const response = await api(server.url, member.cookie).get(`/api/activities/${id}`);
  expect(response.status).toBe(200);
  return response.json.activity as Activity;
}

describe('volunteer tasks made in the web client', () => {
  it('a coordinator adds and removes a task on an existing activity; residents volunteer and stop', async () => {
    const coffee = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Koffieochtend',
    });
    expect(coffee.tasks).toEqual([]);
    const added = await api(server.url, coordinator.cookie).post(
      `/api/activities/${coffee.id}/tasks`,
      { title: 'Koffie zetten', slots: 2 },
    );
    expect(added.status).toBe(201);
    const task = (added.json.activity as Activity).tasks[0]!;
    expect(task).toMatchObject({ title: 'Koffie zetten', slots: 2, taken: 0, volunteers: [] });

    // A resident may not add tasks, and bad input names the field.
    const sam = await resident('Sam');
    const refused = await api(server.url, sam.cookie).post(`/api/activities/${coffee.id}/tasks`, {
      title: 'Taart',
      slots: 1,
    });
    expect(refused.status).toBe(403);
    const bad = await api(server.url, coordinator.cookie).post(
      `/api/activities/${coffee.id}/tasks`,
      { title: 'K', slots: 0 },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error?.fields ?? {}).sort()).toEqual(['slots', 'title']);

    const helped = await api(server.url, sam.cookie).post(
      `/api/activities/tasks/${task.id}/volunteer`,
    );
    expect((helped.json.activity as Activity).tasks[0]).toMatchObject({ taken: 1, mine: true });
    const stopped = await api(server.url, sam.cookie).delete(
      `/api/activities/tasks/${task.id}/volunteer`,
    );
    expect((stopped.json.activity as Activity).tasks[0]).toMatchObject({ taken: 0, mine: false });

    const removed = await api(server.url, coordinator.cookie).delete(
      `/api/activities/tasks/${task.id}`,
    );
    expect((removed.json.activity as Activity).tasks).toEqual([]);
  });

  it('shows names of people coming and of helpers to the organiser and staff only, counts to everyone else', async () => {
    // A resident proposes; the coordinator publishes. The resident is the organiser.
    const lotte = await resident('Lotte');
    const proposal = await api(server.url, lotte.cookie).post('/api/activities', {
      projectId: project.id,
      title: 'Spelletjesmiddag',
      start: '2025-06-10T14:00',
      end: '2025-06-10T16:00',
      capacity: 6,
      tasks: [{ title: 'Spellen meenemen', slots: 2 }],
    });
    expect(proposal.status).toBe(201);
    const games = proposal.json.activity as Activity;
    await api(server.url, coordinator.cookie).post(`/api/activities/${games.id}/publish`);

    const [mo, noor] = await Promise.all([resident('Mo'), resident('Noor')]);
    await api(server.url, mo.cookie).post(`/api/activities/${games.id}/signup`, { guests: 1 });
    await api(server.url, noor.cookie).post(`/api/activities/${games.id}/signup`, {});
    await api(server.url, noor.cookie).post(
      `/api/activities/tasks/${games.tasks[0]!.id}/volunteer`,
    );

    const expected: Partial<Attendee>[] = [
      { name: 'Mo', guests: 1, status: 'confirmed' },
      { name: 'Noor', guests: 0, status: 'confirmed' },
    ];
    for (const who of [lotte, coordinator, staff]) {
      const seen = await view(who, games.id);
      expect(seen.seesWhoComes).toBe(true);
      expect(seen.tasks[0]?.volunteers).toEqual(['Noor']);
      const list = await api(server.url, who.cookie).get(`/api/activities/${games.id}/signups`);
      expect(list.status).toBe(200);
      expect(list.json.attendees).toMatchObject(expected);
    }
    // Another resident, even one who comes, sees how many, not who.
    const moView = await view(mo, games.id);
    expect(moView.seesWhoComes).toBe(false);
    expect(moView.tasks[0]).toMatchObject({ taken: 1 });
    expect(moView.tasks[0]?.volunteers).toBeUndefined();
    expect(moView.seats).toMatchObject({ taken: 3, left: 3 });
    expect(
      (await api(server.url, mo.cookie).get(`/api/activities/${games.id}/signups`)).status,
    ).toBe(403);
  });
});

describe('/vrijwilligers leads somewhere', () => {
  it('says how to make tasks when there are none, that all are filled when they are, and asks otherwise', async () => {
    const place = await buildProject(server.database.db, 'Vrijwilligershof');
    const cor = await buildMember(server.database.db, place.id, 'coordinator', 'Cor', clock);
    await publishActivity(server.url, cor.cookie, place.id, clock.now(), { title: 'Filmavond' });
    const chat = await talkToBot(server.url, cor.cookie, place.id);
    const none = await chat.say('/vrijwilligers');
    expect(none.map((m) => m.body).join('\n')).toContain(
      'open Activiteiten in het menu en druk bij een activiteit op "Taak toevoegen"',
    );

    const dinner = await publishActivity(server.url, cor.cookie, place.id, clock.now(), {
      title: 'Walking dinner',
      tasks: [{ title: 'Koken', slots: 1 }],
    });
    const asked = await chat.say('/vrijwilligers');
    expect(asked.map((m) => m.body).join('\n')).toContain('Voor welke activiteit zoek je helpers?');
    await chat.say('stop');

    const kim = await buildMember(server.database.db, place.id, 'resident', 'Kim', clock);
    await api(server.url, kim.cookie).post(
      `/api/activities/tasks/${dinner.tasks[0]!.id}/volunteer`,
    );
    const filled = await chat.say('/vrijwilligers');
    expect(filled.map((m) => m.body).join('\n')).toContain('Alle taken hebben al genoeg helpers');
    chat.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activitySignups } from '../../db/schema';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { allDelivered, connectMember, eventually } from '../support/clients';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { defectApi, giveHome } from '../support/defects';
import { setProjectLocale } from '../../server/domain/projects/locale';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

const clock = new ManualClock('2025-09-01T07:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;
let resident: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Kaarthof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  resident = await buildMember(server.database.db, project.id, 'resident', 'Rosa', clock);
});
afterAll(() => server.stop());

const card = {
  contacts: [
    { kind: 'police', name: 'Wijkagent Sanne de Boer', phone: '0900-8844' },
    {
      kind: 'repairs',
      name: 'Reparatielijn Woonstede',
      phone: '030 555 0101',
      note: 'Lekkage of storing',
    },
    { kind: 'mediation', name: 'Buurtbemiddeling', email: 'bemiddeling@buurt.example' },
  ],
  tips: ['Praat eerst rustig met je buren.'],
};

describe('buurtkaart', () => {
  it('is edited by coordinators, validated, read by everyone and answered by Buurtbot', async () => {
    const refused = await api(server.url, resident.cookie).request(
      'PUT',
      `/api/card/${project.id}`,
      card,
    );
    expect(refused.status).toBe(403);
    const bad = await api(server.url, coordinator.cookie).request(
      'PUT',
      `/api/card/${project.id}`,
      {
        contacts: [{ kind: 'police', name: 'Wijkagent' }],
        tips: [],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields).toHaveProperty(['contacts.0.phone']);

    const watcher = await connectMember(server.url, resident.cookie);
    const updated = new Promise((resolve) => watcher.socket.once('card:updated', resolve));
    const saved = await api(server.url, coordinator.cookie).request(
      'PUT',
      `/api/card/${project.id}`,
      card,
    );
    expect(saved.status).toBe(200);
    expect(await updated).toEqual({ projectId: project.id });
    const read = await api(server.url, resident.cookie).get(`/api/card/${project.id}`);
    expect(read.json).toMatchObject({ canEdit: false, card: { projectName: 'Kaarthof' } });
    expect((read.json.card as { contacts: { kind: string }[] }).contacts[0]?.kind).toBe(
      'emergency',
    );

    const bot = await talkToBot(server.url, resident.cookie, project.id);
    const answer = await bot.say('wie bel ik bij lekkage?');
    expect(answer.map((m) => m.body).join('\n')).toContain('Reparatielijn Woonstede: 030 555 0101');
    bot.close();
    watcher.close();
  });
});

describe('newsletter', () => {
  it('is drafted from the coming week, edited by the coordinator and posted once in the common room', async () => {
    await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Burendag',
      start: '2025-09-06T13:00',
      end: '2025-09-06T17:00',
      tasks: [{ title: 'Tafels klaarzetten', slots: 3 }],
    });
    await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Later in de maand',
      start: '2025-09-25T13:00',
      end: '2025-09-25T15:00',
    });
    // Two problems solved this week: one in a shared space (news), one in a home (nobody's business).
    const staff = await buildMember(server.database.db, project.id, 'staff', 'Esther', clock);
    await giveHome(server.database.db, project.id, resident, '4');
    const reporter = defectApi(server.url, resident, project);
    const hall = await reporter.space('Voordeur en ingang');
    const shared = await reporter.report({
      place: { kind: 'space', spaceId: hall.id },
      what: 'De voordeur klemt',
    });
    const home = await reporter.report({
      place: { kind: 'unit' },
      what: 'Kraan in mijn keuken lekt',
    });
    for (const defect of [shared.json.defect, home.json.defect])
      expect(
        (await defectApi(server.url, staff, project).change(defect.id, { status: 'solved' }))
          .status,
      ).toBe(200);
    const draft = await api(server.url, coordinator.cookie).post('/api/newsletters', {
      projectId: project.id,
    });
    expect(draft.status).toBe(201);
    const newsletter = draft.json.newsletter as { id: string; body: string; title: string };
    expect(newsletter.body).toContain('- Burendag: zaterdag 6 september om 13:00, Huiskamer');
    expect(newsletter.body).not.toContain('Later in de maand');
    expect(newsletter.body).toContain('- Tafels klaarzetten bij Burendag (nog 3 nodig)');
    expect(newsletter.body).toContain(
      'Opgelost in de gezamenlijke ruimtes:\n- Voordeur en ingang: De voordeur klemt',
    );
    expect(newsletter.body).not.toContain('Kraan');
    expect(
      (await api(server.url, resident.cookie).post('/api/newsletters', { projectId: project.id }))
        .status,
    ).toBe(403);

    const edited = await api(server.url, coordinator.cookie).patch(
      `/api/newsletters/${newsletter.id}`,
      {
        title: newsletter.title,
        body: `${newsletter.body}\nPS: de fietsenstalling is weer open.`,
      },
    );
    expect(edited.status).toBe(200);
    const reader = await connectMember(server.url, resident.cookie);
    const first = await api(server.url, coordinator.cookie).post(
      `/api/newsletters/${newsletter.id}/post`,
    );
    expect(first.json).toMatchObject({ newsletter: { status: 'posted' } });
    await api(server.url, coordinator.cookie).post(`/api/newsletters/${newsletter.id}/post`);
    await eventually(() => reader.received.some((m) => m.body.includes('PS: de fietsenstalling')));
    await allDelivered(server, reader.socket);
    const posted = reader.received.filter((m) => m.body.includes('PS: de fietsenstalling'));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      channelId: project.channels.common,
      author: { name: 'Cor', role: 'woonvereniging' },
    });
    reader.close();
  });

  it('is drafted in the project\u2019s language: English for an English project', async () => {
    const db = server.database.db;
    const elmhof = await buildProject(db, 'Elmhof');
    await setProjectLocale(db, elmhof.id, 'en');
    const carla = await buildMember(db, elmhof.id, 'coordinator', 'Carla', clock);
    await publishActivity(server.url, carla.cookie, elmhof.id, clock.now(), {
      title: 'Garden day',
      start: '2025-09-06T10:00',
      end: '2025-09-06T12:00',
      tasks: [{ title: 'Bring rakes', slots: 2 }],
    });
    const draft = await api(server.url, carla.cookie).post('/api/newsletters', {
      projectId: elmhof.id,
    });
    expect(draft.status).toBe(201);
    const newsletter = draft.json.newsletter as { body: string; title: string };
    expect(newsletter.title).toBe('Newsletter of 1 September 2025');
    expect(newsletter.body).toBe(
      [
        'Hello neighbours! This is what happens in the coming week.',
        '',
        'Activities:',
        '- Garden day: Saturday 6 September at 10:00, Huiskamer',
        '',
        'Who can help?',
        '- Bring rakes at Garden day (2 more needed)',
        '',
        'Sign up under Activities or with Buurtbot. See you!',
      ].join('\n'),
    );
  });
});

describe('participation numbers', () => {
  it('counts activities held, unique participants and outside neighbours per month, suppressing counts under 5, with a CSV for staff', async () => {
    const db = server.database.db;
    const [held] = await db
      .insert(activities)
      .values({
        projectId: project.id,
        title: 'Zomerfeest',
        startsAt: new Date('2025-07-12T12:00:00Z'),
        endsAt: new Date('2025-07-12T16:00:00Z'),
        status: 'published',
      })
      .returning();
    const people = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        buildMember(db, project.id, i < 2 ? 'neighbour' : 'resident', `Deelnemer ${i}`, clock),
      ),
    );
    await db.insert(activitySignups).values(
      people.map((p, i) => ({
        activityId: held!.id,
        userId: p.userId,
        status: 'confirmed' as const,
        queueNo: i + 1,
        guests: i === 0 ? 2 : 0,
      })),
    );
    const response = await api(server.url, coordinator.cookie).get(
      `/api/activities/participation?projectId=${project.id}&from=2025-07-01&to=2025-08-31`,
    );
    expect(response.json.rows).toEqual([
      {
        period: '2025-07',
        activitiesHeld: '<5',
        uniqueParticipants: 7,
        outsideNeighbours: '<5',
        guests: '<5',
      },
      {
        period: '2025-07-01..2025-08-31',
        activitiesHeld: '<5',
        uniqueParticipants: 7,
        outsideNeighbours: '<5',
        guests: '<5',
      },
    ]);
    const csv = await api(server.url, coordinator.cookie).get(
      `/api/activities/participation?projectId=${project.id}&from=2025-07-01&to=2025-08-31&format=csv`,
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.json)).toBe(
      'period,activities_held,unique_participants,outside_neighbours,guests\n2025-07,<5,7,<5,<5\n2025-07-01..2025-08-31,<5,7,<5,<5\n',
    );
    expect(
      (
        await api(server.url, resident.cookie).get(
          `/api/activities/participation?projectId=${project.id}&from=2025-07-01&to=2025-08-31`,
        )
      ).status,
    ).toBe(403);
    // A period far outside the years anyone counts is refused, not sent to the database.
    const wide = await api(server.url, coordinator.cookie).get(
      `/api/activities/participation?projectId=${project.id}&from=0000-01-01&to=9999-12-31`,
    );
    expect(wide.status).toBe(400);
    expect(wide.json.error?.code).toBe('validation_failed');
  });
});

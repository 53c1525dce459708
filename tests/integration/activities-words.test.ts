import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import { startTestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

// Saturday 5 December 2026, 10:00 in Amsterdam.
const clock = new ManualClock('2026-12-05T09:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.stop());

async function place(name: string): Promise<{ id: string; cor: TestMember; room: string }> {
  const project = await buildProject(server.database.db, name);
  const cor = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  return { id: project.id, cor, room: project.channels.activities };
}

async function newsletterBody(projectId: string, cor: TestMember) {
  const draft = await api(server.url, cor.cookie).post('/api/newsletters', { projectId });
  expect(draft.status).toBe(201);
  return draft.json.newsletter as { title: string; body: string };
}

describe('the newsletter speaks of tasks only when there are some', () => {
  it('says nothing about tasks without tasks, "all have helpers" when all are taken, and dates as people write them', async () => {
    const project = await place('Nieuwsbriefhof');
    const dinner = await publishActivity(server.url, project.cor.cookie, project.id, clock.now(), {
      title: 'Walking dinner',
      start: '2026-12-08T18:00',
      end: '2026-12-08T21:00',
    });
    const none = await newsletterBody(project.id, project.cor);
    expect(none.title).toBe('Nieuwsbrief van 5 december 2026');
    expect(none.body).toContain('- Walking dinner: dinsdag 8 december om 18:00, Huiskamer');
    expect(none.body).not.toMatch(/taken|Wie helpt mee/i);

    const added = await api(server.url, project.cor.cookie).post(
      `/api/activities/${dinner.id}/tasks`,
      { title: 'Koken', slots: 1 },
    );
    const taskId = (added.json.activity as { tasks: { id: string }[] }).tasks[0]!.id;
    const open = await newsletterBody(project.id, project.cor);
    expect(open.body).toContain('Wie helpt mee?\n- Koken bij Walking dinner (nog 1 nodig)');
    expect(open.body).not.toContain('Alle taken');

    const helper = await buildMember(server.database.db, project.id, 'resident', 'Ida', clock);
    await api(server.url, helper.cookie).post(`/api/activities/tasks/${taskId}/volunteer`);
    const filled = await newsletterBody(project.id, project.cor);
    expect(filled.body).toContain('Alle taken hebben genoeg helpers. Dank je wel!');
    expect(filled.body).not.toContain('Wie helpt mee?');
  });
});

describe('the activities room reads in the project language only', () => {
  it('announces an activity and asks for helpers in Dutch, without an English line', async () => {
    const project = await place('Taalhof');
    const walk = await publishActivity(server.url, project.cor.cookie, project.id, clock.now(), {
      title: 'Opruimwandeling',
      start: '2026-12-12T10:00',
      end: '2026-12-12T12:00',
      tasks: [{ title: 'Knijpers halen', slots: 2 }],
    });
    const call = await api(server.url, project.cor.cookie).post(
      `/api/activities/${walk.id}/volunteer-call`,
    );
    expect(call.json).toMatchObject({ posted: true, openTasks: 1 });
    const rows = await server.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.channelId, project.room))
      .orderBy(asc(messages.seq));
    const bodies = rows.map((r) => r.body);
    expect(bodies).toEqual([
      'Nieuwe activiteit: Opruimwandeling, zaterdag 12 december om 10:00. Aanmelden kan bij Activiteiten.',
      [
        'Wie helpt mee? Opruimwandeling, zaterdag 12 december om 10:00.',
        '- Knijpers halen: nog 2 nodig',
        'Wil je helpen? Druk op een knop.',
      ].join('\n'),
    ]);
    for (const body of bodies) expect(body).not.toMatch(/Sign up|Press a button|Who can help/);
  });
});

describe('guests in plain words', () => {
  it('says "1 gast" and "geen gasten" instead of "1 mensen"', async () => {
    const project = await place('Gastenhof');
    const one = await publishActivity(server.url, project.cor.cookie, project.id, clock.now(), {
      title: 'Tafeltennis',
      maxGuests: 1,
    });
    const none = await publishActivity(server.url, project.cor.cookie, project.id, clock.now(), {
      title: 'Bewonersoverleg',
      maxGuests: 0,
    });
    const ida = await buildMember(server.database.db, project.id, 'resident', 'Ida', clock);
    const tooMany = await api(server.url, ida.cookie).post(`/api/activities/${one.id}/signup`, {
      guests: 2,
    });
    expect(tooMany.json.error?.fields?.guests).toBe('Je kunt 1 gast meenemen, niet meer.');
    const noGuests = await api(server.url, ida.cookie).post(`/api/activities/${none.id}/signup`, {
      guests: 1,
    });
    expect(noGuests.json.error?.fields?.guests).toBe(
      'Bij deze activiteit kun je geen gasten meenemen.',
    );
  });
});

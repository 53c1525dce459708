import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, SignupResult } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { testEngine } from '../support/database';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe(`never overbooked (${testEngine})`, () => {
  it('50 simultaneous sign-ups for 10 places give exactly 10 confirmed and 40 waiting', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'Drukhof');
    const coordinator = await buildMember(db, project.id, 'coordinator');
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      title: 'Walking dinner',
      capacity: 10,
    });
    const people = await Promise.all(
      Array.from({ length: 50 }, (_, i) => buildMember(db, project.id, 'resident', `Buur ${i}`)),
    );

    const results = await Promise.all(
      people.map((p) =>
        api(server.url, p.cookie).post(`/api/activities/${activity.id}/signup`, { guests: 0 }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const signups = results.map((r) => (r.json as unknown as SignupResult).signup);
    expect(signups.filter((s) => s?.status === 'confirmed')).toHaveLength(10);
    const waiting = signups.filter((s) => s?.status === 'waitlisted');
    expect(waiting).toHaveLength(40);
    // Every waitlist place is given once, in order.
    expect(waiting.map((s) => s?.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );

    const view = await api(server.url, people[0]!.cookie).get(`/api/activities/${activity.id}`);
    expect((view.json.activity as Activity).seats).toMatchObject({
      taken: 10,
      capacity: 10,
      left: 0,
      waiting: 40,
    });
  });

  it('counts guests: groups that would overflow the last places wait', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'Gastenhof');
    const coordinator = await buildMember(db, project.id, 'coordinator');
    const activity = await publishActivity(server.url, coordinator.cookie, project.id, new Date(), {
      capacity: 10,
    });
    const families = await Promise.all(
      Array.from({ length: 12 }, (_, i) => buildMember(db, project.id, 'resident', `Gezin ${i}`)),
    );
    const results = await Promise.all(
      families.map((p) =>
        api(server.url, p.cookie).post(`/api/activities/${activity.id}/signup`, { guests: 2 }),
      ),
    );
    const confirmed = results.filter(
      (r) => (r.json as unknown as SignupResult).signup?.status === 'confirmed',
    );
    expect(confirmed).toHaveLength(3);
    const view = await api(server.url, coordinator.cookie).get(`/api/activities/${activity.id}`);
    expect((view.json.activity as Activity).seats).toMatchObject({ taken: 9, left: 1, waiting: 9 });
  });
});

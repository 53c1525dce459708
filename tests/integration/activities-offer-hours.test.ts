import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { eventually } from '../support/clients';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

// Saturday 5 December 2026, 10:00 in Amsterdam (UTC+1 in winter).
const clock = new ManualClock('2026-12-05T09:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Nachthof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
});
afterAll(() => server.stop());

const resident = (name: string) =>
  buildMember(server.database.db, project.id, 'resident', name, clock);

async function mine(member: TestMember, id: string) {
  const response = await api(server.url, member.cookie).get(`/api/activities/${id}`);
  return (response.json.activity as Activity).mySignup;
}

describe('offer deadlines in waking hours', () => {
  it('a place freed on Sunday at 23:30 is held until Tuesday 08:00, not Monday 23:30; the timer passes it on only then', async () => {
    const coffee = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Koffieochtend',
      start: '2026-12-12T10:00',
      end: '2026-12-12T11:30',
      capacity: 1,
    });
    const [ida, jan, kim] = await Promise.all(['Ida', 'Jan', 'Kim'].map(resident));
    for (const who of [ida!, jan!, kim!])
      await api(server.url, who.cookie).post(`/api/activities/${coffee.id}/signup`, {});
    const janBot = await talkToBot(server.url, jan!.cookie, project.id);

    // Sunday 6 December, 23:30 in Amsterdam: Ida cannot come after all.
    clock.set('2026-12-06T22:30:00Z');
    await api(server.url, ida!.cookie).post(`/api/activities/${coffee.id}/withdraw`);
    await eventually(() => janBot.botReplies().some((m) => m.body.includes('Goed nieuws')));
    // 24 hours would be Monday 23:30; the deadline moves to Tuesday 08:00.
    expect(await mine(jan!, coffee.id)).toMatchObject({
      status: 'offered',
      offerExpiresAt: '2026-12-08T07:00:00.000Z',
    });
    const offer = janBot.botReplies().find((m) => m.body.includes('Goed nieuws'))!;
    expect(offer.body).toContain('Zeg het voor dinsdag 8 december om 08:00.');

    // Tuesday 07:59: still Jan's.
    clock.set('2026-12-08T06:59:00Z');
    await server.app.scheduler.runDue();
    expect((await mine(jan!, coffee.id))?.status).toBe('offered');
    // 08:01: passed on to Kim.
    clock.set('2026-12-08T07:01:00Z');
    await server.app.scheduler.runDue();
    await eventually(async () => (await mine(kim!, coffee.id))?.status === 'offered');
    expect(await mine(jan!, coffee.id)).toBeNull();
    // Kim's own deadline, from 08:01, is in the day: 24 hours later.
    expect((await mine(kim!, coffee.id))?.offerExpiresAt).toBe('2026-12-09T07:01:00.000Z');
    janBot.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { units, users } from '../../db/schema';
import { startTestServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { eventually } from '../support/clients';
import { reportByForm } from '../support/concerns';
import { buildMember, buildProject, buildStranger, type TestMember } from '../support/factories';
import { api } from '../support/http';
import type { TestProject } from '../support/factories';

/**
 * Who lives where: staff keep it, so that a burenbericht "to number 15" reaches the people who
 * live there. Nobody else sees or changes it.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let anna: TestMember;
let sanne: TestMember;
let esther: TestMember;
let chris: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  project = await buildProject(db, 'Meidoornhof');
  anna = await buildMember(db, project.id, 'resident', 'Anna');
  sanne = await buildMember(db, project.id, 'resident', 'Sanne');
  esther = await buildMember(db, project.id, 'staff', 'Esther');
  chris = await buildMember(db, project.id, 'coordinator', 'Chris');
});
afterAll(() => server.stop());

const homesAs = (member: TestMember) =>
  api(server.url, member.cookie).get(`/api/projects/${project.id}/homes`);
const setHomeAs = (member: TestMember, userId: string, home: unknown) =>
  api(server.url, member.cookie).patch(`/api/projects/${project.id}/members/${userId}`, { home });
const homeOf = async (userId: string) =>
  ((await homesAs(esther)).json.homes as { userId: string; home: string | null }[]).find(
    (h) => h.userId === userId,
  )?.home;

describe('homes', () => {
  it('staff give a new tenant her home, and a burenbericht to that number reaches her', async () => {
    const given = await setHomeAs(esther, sanne.userId, ' 15 ');
    expect(given.status).toBe(200);
    expect(given.json).toEqual({ userId: sanne.userId, home: '15' });
    expect(await homeOf(sanne.userId)).toBe('15');
    expect(await homeOf(anna.userId)).toBeNull();

    const sanneBot = await talkToBot(server.url, sanne.cookie, project.id);
    const concern = await reportByForm(server.url, anna, project.id, {
      unit: '15',
      step: 'burenbericht',
      named: true,
      category: 'pets',
    });
    expect(concern.step).toBe('burenbericht');
    await eventually(() =>
      sanneBot.botReplies().some((m) => m.body.includes('namens je buur Anna')),
    );
    sanneBot.close();
  });

  it('finds a home by its number as people write it, and can take a home away', async () => {
    expect((await setHomeAs(esther, anna.userId, '3 b')).json.home).toBe('3 b');
    // "3B" is the same home as "3 b": the first spelling stays.
    expect((await setHomeAs(esther, chris.userId, '3B')).json.home).toBe('3 b');
    expect((await setHomeAs(esther, chris.userId, null)).json).toEqual({
      userId: chris.userId,
      home: null,
    });
    expect(await homeOf(chris.userId)).toBeNull();
    expect(await homeOf(anna.userId)).toBe('3 b');
  });

  it('makes one home when two staff enter the same new number at the same moment', async () => {
    const ruud = await buildMember(server.database.db, project.id, 'resident', 'Ruud');
    const mira = await buildMember(server.database.db, project.id, 'resident', 'Mira');
    const [first, second] = await Promise.all([
      setHomeAs(esther, ruud.userId, '27 a'),
      setHomeAs(esther, mira.userId, '27A'),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.json.home).toBe(second.json.home);
    expect(await homeOf(ruud.userId)).toBe(await homeOf(mira.userId));
    const homes = await server.database.db
      .select({ id: units.id })
      .from(units)
      .where(
        and(eq(units.projectId, project.id), sql`upper(replace(${units.label}, ' ', '')) = '27A'`),
      );
    expect(homes).toHaveLength(1);
  });

  it('is for staff only: residents and coordinators neither see nor change it', async () => {
    for (const member of [anna, chris]) {
      expect((await homesAs(member)).status).toBe(403);
      const refused = await setHomeAs(member, sanne.userId, '99');
      expect(refused.status).toBe(403);
      expect(refused.json.error?.code).toBe('forbidden');
    }
    expect(await homeOf(sanne.userId)).toBe('15');
    // The member list every resident sees says nothing about where people live.
    const members = await api(server.url, anna.cookie).get(`/api/projects/${project.id}/members`);
    for (const member of members.json.members as Record<string, unknown>[])
      expect(Object.keys(member).sort()).toEqual(['name', 'online', 'role', 'userId']);
  });

  it('refuses bad numbers and people outside the project, and changes nothing', async () => {
    for (const home of ['', '   ', 'x'.repeat(21), 15]) {
      const refused = await setHomeAs(esther, sanne.userId, home);
      expect(refused.status).toBe(400);
      expect(refused.json.error?.code).toBe('validation_failed');
    }
    const stranger = await buildStranger(server.database.db);
    const [bot] = await server.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.isBot, true));
    for (const userId of [stranger.userId, bot!.id]) {
      const refused = await setHomeAs(esther, userId, '20');
      expect(refused.status).toBe(404);
      expect(refused.json.error?.code).toBe('not_found');
    }
    expect(await homeOf(sanne.userId)).toBe('15');
  });
});

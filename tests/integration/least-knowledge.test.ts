import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/app';
import { eventually } from '../support/clients';
import { concernWorld, data, reportByForm, watch, type Watcher } from '../support/concerns';
import type { CorporationCaseView, ReporterConcern } from '../../server/protocol/concerns';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';

/**
 * Issue 19, point 7: least knowledge. Coordinators list and revoke only the invite links of
 * roles they may create; a burenbericht answers the reporter the same whether or not anyone
 * lives at the number (staff hear it reached nobody); before a case goes to the corporation the
 * reporter reads, and may change, the text it will read.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let admin: TestMember;
let staff: TestMember;
let coordinator: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db, 'Weinigweetjeshof');
  admin = await buildMember(server.database.db, project.id, 'admin', 'Admin Ans');
  staff = await buildMember(server.database.db, project.id, 'staff', 'Staf Stijn');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Coby');
});
afterAll(() => server.stop());

async function invite(by: TestMember, role: string) {
  const r = await api(server.url, by.cookie).post(`/api/projects/${project.id}/invites`, { role });
  expect(r.status).toBe(201);
  return (r.json as { invite: { id: string; role: string } }).invite;
}

describe('invite links for coordinators', () => {
  it('lists and revokes only the roles a coordinator may invite', async () => {
    const forStaff = await invite(staff, 'staff');
    const forCorporation = await invite(staff, 'corporation');
    const forAdmin = await invite(admin, 'admin');
    const forResident = await invite(staff, 'resident');
    const forCoordinator = await invite(coordinator, 'coordinator');

    const listed = await api(server.url, coordinator.cookie).get(
      `/api/projects/${project.id}/invites`,
    );
    expect(listed.status).toBe(200);
    const roles = (listed.json.invites as { role: string }[]).map((i) => i.role);
    expect(new Set(roles)).toEqual(new Set(['resident', 'coordinator']));
    const ids = (listed.json.invites as { id: string }[]).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([forResident.id, forCoordinator.id]));
    expect(ids).not.toContain(forStaff.id);

    for (const hidden of [forStaff, forCorporation, forAdmin]) {
      const r = await api(server.url, coordinator.cookie).delete(`/api/invites/${hidden.id}`);
      expect(r.status).toBe(404);
    }
    const revoked = await api(server.url, coordinator.cookie).delete(
      `/api/invites/${forResident.id}`,
    );
    expect(revoked.status).toBe(200);

    // The hidden links still work, and staff still see theirs (not the admin's).
    const staffList = await api(server.url, staff.cookie).get(
      `/api/projects/${project.id}/invites`,
    );
    const staffSees = staffList.json.invites as { id: string; revoked: boolean }[];
    expect(staffSees.find((i) => i.id === forStaff.id)?.revoked).toBe(false);
    expect(staffSees.map((i) => i.id)).not.toContain(forAdmin.id);
    const adminList = await api(server.url, admin.cookie).get(
      `/api/projects/${project.id}/invites`,
    );
    expect((adminList.json.invites as { id: string }[]).map((i) => i.id)).toContain(forAdmin.id);
  });
});

describe('a burenbericht to a home without members', () => {
  it('answers the reporter as for any home, and tells staff nobody was reached', async () => {
    const w = await concernWorld(server.database.db, 'Stillehof');
    const staffWatch: Watcher = await watch(server.url, w.esther.cookie);
    const annaWatch: Watcher = await watch(server.url, w.anna.cookie);
    try {
      const send = (unit: string) =>
        reportByForm(server.url, w.anna, w.project.id, { unit, step: 'burenbericht' });
      const empty = await send('99');
      const lived = await send('12');
      const shape = (c: Record<string, unknown>) => {
        const {
          id: _id,
          ref: _ref,
          threadChannelId: _t,
          createdAt: _c,
          updatedAt: _u,
          ...rest
        } = c;
        return JSON.parse(
          JSON.stringify(rest)
            .replaceAll('"99"', '"N"')
            .replaceAll('"12"', '"N"')
            .replace(/"\d{4}-\d\d-\d\dT[^"]+"/g, '"T"'),
        );
      };
      expect(empty.step).toBe('burenbericht');
      expect(shape(empty as never)).toEqual(shape(lived as never));

      // The reporter's thread says the same for both (apart from the number).
      const thread = (c: { threadChannelId: string | null }, unit: string) =>
        annaWatch
          .messagesIn(c.threadChannelId!)
          .map((m) => m.body.replaceAll(unit, 'N'))
          .join('\n');
      await eventually(() => thread(lived, '12').length > 0 && thread(empty, '99').length > 0);
      expect(thread(empty, '99')).toEqual(thread(lived, '12'));
      expect(thread(empty, '99')).not.toMatch(/niemand/i);

      // Staff learn it in their room, naming the concern and the home.
      await eventually(() =>
        staffWatch
          .messagesIn(w.project.channels.staff)
          .some((m) => m.body.includes('kwam bij niemand aan') && m.body.includes('99')),
      );
      expect(
        staffWatch
          .messagesIn(w.project.channels.staff)
          .some((m) => m.body.includes('kwam bij niemand aan') && m.body.includes('woning 12')),
      ).toBe(false);
    } finally {
      staffWatch.close();
      annaWatch.close();
    }
  });
});

describe('the text a corporation case carries', () => {
  it('is shown to the reporter before they agree, with a hint, and can be changed', async () => {
    const w = await concernWorld(server.database.db, 'Kijkhof');
    const staffWatch: Watcher = await watch(server.url, w.esther.cookie);
    const annaWatch: Watcher = await watch(server.url, w.anna.cookie);
    try {
      const concern = await reportByForm(server.url, w.anna, w.project.id, {
        step: 'begeleiding',
        unit: '12',
        description: 'Ik ben Rita (nr 7). Bij 12 lekt het al weken door het plafond.',
        effect: 'Mijn astma wordt erger van het vocht',
      });
      data(await staffWatch.request('concern:request_consent', { concernId: concern.id }));

      // Buurtbot shows what the corporation would read, and says to take out names and health.
      const botChannel = annaWatch.client.channels.find(
        (c) => c.kind === 'bot' && c.projectId === w.project.id,
      )!.id;
      await eventually(() =>
        annaWatch.messagesIn(botChannel).some((m) => m.body.includes('Ik ben Rita (nr 7)')),
      );
      const prompt = annaWatch
        .messagesIn(botChannel)
        .find((m) => m.body.includes('Ik ben Rita (nr 7)'))!.body;
      expect(prompt).toContain('leest de woningcorporatie dit');
      expect(prompt).toContain('Mijn astma');
      expect(prompt).toMatch(/namen/);
      expect(prompt).toMatch(/gezondheid/);

      const agreed = await api(server.url, w.anna.cookie).post(
        `/api/concerns/${concern.id}/consent`,
        {
          answer: 'anonymous',
          caseText: { description: 'Bij 12 lekt het al weken door het plafond.', effect: null },
        },
      );
      expect(agreed.status).toBe(200);
      // The report itself stays as written.
      expect((agreed.json as unknown as ReporterConcern).description).toContain('Ik ben Rita');

      const listed = await api(server.url, w.wouter.cookie).get(
        `/api/projects/${w.project.id}/corporation/cases`,
      );
      const cases = listed.json.cases as CorporationCaseView[];
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({
        scope: 'anonymous',
        description: 'Bij 12 lekt het al weken door het plafond.',
        effect: null,
        reporterName: null,
      });
      expect(JSON.stringify(listed.json)).not.toMatch(/Rita|astma|Anna/);
    } finally {
      staffWatch.close();
      annaWatch.close();
    }
  });
});

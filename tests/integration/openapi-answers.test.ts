import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf } from '../../server/http/openapi/answers';
import type { HttpRoute } from '../../server/protocol/http';
import { routes } from '../../server/protocol/routes';
import { startTestServer } from '../support/app';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';

/**
 * Real answers of the running app against the answer schemas the OpenAPI document is made from:
 * each must parse, and parsing must keep every field (nothing the server sends is left out of
 * the schema; `z.object` drops keys it does not know).
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let staff: TestMember;
let coordinator: TestMember;
let resident: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  project = await buildProject(db, 'Schemahof');
  staff = await buildMember(db, project.id, 'staff', 'Sam');
  coordinator = await buildMember(db, project.id, 'coordinator', 'Cor');
  resident = await buildMember(db, project.id, 'resident', 'Rosa');
});
afterAll(() => server.stop());

function expectDescribed(
  route: { method: string; path: string },
  response: { status: number; json: unknown },
): void {
  expect(response.status, JSON.stringify(response.json)).toBeLessThan(300);
  const described = answerOf(route.method, route.path);
  expect(described, `${route.method} ${route.path}`).toBeDefined();
  const parsed = described!.schema.safeParse(response.json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(response.json);
}

const on = (route: HttpRoute, params: Record<string, string>) =>
  route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] ?? '');

describe('real answers fit the schemas of the OpenAPI document', () => {
  it('activities: create, list, one, sign-up, who comes, participation', async () => {
    const { activities } = routes;
    const asCoordinator = api(server.url, coordinator.cookie);
    const created = await asCoordinator.post(activities.create.path, {
      projectId: project.id,
      title: 'Koffie-ochtend',
      start: '2030-05-01T10:00',
      end: '2030-05-01T12:00',
      capacity: 10,
      publish: true,
      tasks: [{ title: 'Koffie zetten', slots: 2 }],
    });
    expectDescribed(activities.create, created);
    const activityId = (created.json as { activity: { id: string } }).activity.id;
    expectDescribed(
      activities.list,
      await asCoordinator.get(`${activities.list.path}?projectId=${project.id}`),
    );
    const signup = await api(server.url, resident.cookie).post(
      on(activities.signup, { activityId }),
      { guests: 1 },
    );
    expectDescribed(activities.signup, signup);
    expectDescribed(
      activities.get,
      await api(server.url, resident.cookie).get(on(activities.get, { activityId })),
    );
    expectDescribed(
      activities.signups,
      await asCoordinator.get(on(activities.signups, { activityId })),
    );
    const period = `projectId=${project.id}&from=2030-01-01&to=2030-12-31`;
    expectDescribed(
      activities.participation,
      await api(server.url, staff.cookie).get(`${activities.participation.path}?${period}`),
    );
  });

  it('concerns: a report, the staff feed, the detail for staff and reporter, the numbers', async () => {
    const { concerns } = routes;
    const projectId = project.id;
    const report = await api(server.url, resident.cookie).post(on(concerns.report, { projectId }), {
      clientId: 'schema-check-1',
      category: 'noise',
      description: 'Harde muziek in de nacht.',
    });
    expectDescribed(concerns.report, report);
    const concernId = (report.json as { id: string }).id;
    const asStaff = api(server.url, staff.cookie);
    expectDescribed(concerns.feed, await asStaff.get(on(concerns.feed, { projectId })));
    expectDescribed(concerns.detail, await asStaff.get(on(concerns.detail, { concernId })));
    expectDescribed(
      concerns.detail,
      await api(server.url, resident.cookie).get(on(concerns.detail, { concernId })),
    );
    expectDescribed(concerns.claim, await asStaff.post(on(concerns.claim, { concernId })));
    expectDescribed(
      concerns.stats,
      await asStaff.get(`${on(concerns.stats, { projectId })}?from=2020-01-01&to=2030-01-01`),
    );
    const settings = { method: 'GET', path: '/api/projects/:projectId/concern-settings' };
    expectDescribed(settings, await asStaff.get(`/api/projects/${projectId}/concern-settings`));
  });

  it('the neighbourhood card and the repair contacts', async () => {
    const projectId = project.id;
    const asResident = api(server.url, resident.cookie);
    expectDescribed(routes.card.get, await asResident.get(on(routes.card.get, { projectId })));
    expectDescribed(
      routes.defects.repairContacts,
      await asResident.get(on(routes.defects.repairContacts, { projectId })),
    );
  });
});

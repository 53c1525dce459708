import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/app';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { connectMember } from '../support/clients';
import { dataFingerprint, settledFingerprint } from '../reliability/snapshot';
import { unstorableStrings } from '../reliability/hostile';

/**
 * Every free-text field a person fills in refuses what PostgreSQL cannot store (a NUL
 * character, half an emoji) with the typed validation error, and stores nothing. Before, a few
 * fields let it through to the database, which answered with an internal error.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let staff: TestMember;
let resident: TestMember;
let activityId: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  project = await buildProject(db, 'Lindehof');
  staff = await buildMember(db, project.id, 'staff', 'Esther');
  resident = await buildMember(db, project.id, 'resident', 'Anouk');
  const created = await api(server.url, staff.cookie).post('/api/activities', {
    projectId: project.id,
    title: 'Soep koken',
    start: '2030-06-10T17:00',
    end: '2030-06-10T19:00',
    publish: true,
  });
  expect(created.status).toBe(201);
  activityId = (created.json.activity as { id: string }).id;
});
afterAll(() => server.stop());

const contact = { kind: 'police', name: 'Wijkagent', phone: '0900-8844' };

/** A new activity, valid but for the field given. */
const newActivity = (field: Record<string, string>) => ({
  projectId: project.id,
  title: 'Samen eten',
  start: '2030-06-11T17:00',
  end: '2030-06-11T19:00',
  ...field,
});

/** A valid request, and the same request with `bad` in one free-text field. */
const cases: [string, string, string, (bad: string) => unknown][] = [
  [
    'an activity description',
    'POST',
    '/api/activities',
    (bad) => newActivity({ description: bad }),
  ],
  ['an activity place', 'POST', '/api/activities', (bad) => newActivity({ place: bad })],
  [
    'an accessibility note',
    'POST',
    '/api/activities',
    (bad) => newActivity({ accessibilityNote: bad }),
  ],
  [
    'a changed description',
    'PATCH',
    '/api/activities/:activityId',
    (bad) => ({ description: bad }),
  ],
  ['a changed place', 'PATCH', '/api/activities/:activityId', (bad) => ({ place: bad })],
  [
    'a changed accessibility note',
    'PATCH',
    '/api/activities/:activityId',
    (bad) => ({ accessibilityNote: bad }),
  ],
  ['a reason to cancel', 'POST', '/api/activities/:activityId/cancel', (bad) => ({ reason: bad })],
  [
    'a buurtkaart contact name',
    'PUT',
    '/api/card/:projectId',
    (bad) => ({ contacts: [{ ...contact, name: bad }], tips: [] }),
  ],
  [
    'a buurtkaart contact note',
    'PUT',
    '/api/card/:projectId',
    (bad) => ({ contacts: [{ ...contact, note: bad }], tips: [] }),
  ],
  ['a buurtkaart tip', 'PUT', '/api/card/:projectId', (bad) => ({ contacts: [], tips: [bad] })],
  ['a home number', 'PATCH', '/api/projects/:projectId/members/:userId', (bad) => ({ home: bad })],
];

describe('text the database cannot store', () => {
  for (const [field, method, route, bodyWith] of cases) {
    it(`refuses ${field} with a NUL or half an emoji, and stores nothing`, async () => {
      const path = route
        .replace(':activityId', activityId)
        .replace(':projectId', project.id)
        .replace(':userId', resident.userId);
      for (const bad of unstorableStrings) {
        const before = await settledFingerprint(server);
        const refused = await api(server.url, staff.cookie).request(method, path, bodyWith(bad));
        expect(refused.status, JSON.stringify(refused.json)).toBe(400);
        expect(refused.json.error?.code).toBe('validation_failed');
        expect(await dataFingerprint(server.database.db)).toEqual(before);
      }
    });
  }
});

describe('a button choice sent with a message', () => {
  it('refuses a NUL or half an emoji, stores nothing and keeps the connection', async () => {
    const { socket } = await connectMember(server.url, resident.cookie);
    try {
      for (const [n, bad] of unstorableStrings.entries()) {
        const before = await settledFingerprint(server);
        const response = await socket.emitWithAck('message:send', {
          channelId: project.channels.common,
          clientId: `choice-nul-${n}`,
          body: 'Ja',
          choice: bad,
        });
        expect('error' in response && response.error.code).toBe('validation_failed');
        expect(await dataFingerprint(server.database.db)).toEqual(before);
        expect(socket.connected).toBe(true);
      }
    } finally {
      socket.disconnect();
    }
  });
});

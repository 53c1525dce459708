import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorCodes } from '../../server/protocol/errors';
import { TEST_ORIGIN } from '../support/app';
import { buildMember, type TestMember, type TestProject } from '../support/factories';
import { dataFingerprint, settledFingerprint } from '../reliability/snapshot';
import { hostileValue } from '../reliability/hostile';
import {
  body,
  encode,
  latin1,
  param,
  query,
  RUNS,
  SLOW_RUNS,
  text,
  type FuzzRequest,
  type FuzzWorld,
  type RouteFuzz,
  getOnProject,
} from '../integration/fuzz/generators';
import { fuzzWorld } from '../integration/fuzz/world';

/** The built web client's pages (`dist/web`, served when it exists), not API routes. */
const webPages = new Set(['*', '/*']);
/**
 * Property-based fuzzing of every HTTP route: random and hostile path parameters, query
 * strings, JSON bodies (near-valid and not), raw non-JSON bodies, odd content types and
 * headers. For every request: no 5xx, the typed error body, and a refusal changed nothing.
 * A route the app serves without a generator here fails the suite.
 */
const { areas, open } = fuzzWorld();

let server: FuzzWorld['server'];
let project: TestProject;
let admin: TestMember;

beforeAll(async () => {
  ({ server, project, admin } = await open());
});
afterAll(() => server.stop());

const projectId = () => param(() => project.id);
const channelId = () =>
  param(
    () => project.channels.common,
    () => project.channels.staff,
  );

const coreFuzzed: RouteFuzz[] = [
  {
    route: 'GET /health',
    caller: 'nobody',
    request: () => query.map((q) => ({ method: 'GET', path: '/health', query: q })),
  },
  {
    route: 'GET /ready',
    caller: 'nobody',
    request: () => query.map((q) => ({ method: 'GET', path: '/ready', query: q })),
  },
  {
    route: 'GET /api/openapi.json',
    caller: 'nobody',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/openapi.json', query: q })),
  },
  {
    route: 'GET /api/docs',
    caller: 'nobody',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/docs', query: q })),
  },
  {
    route: 'GET /api/docs.css',
    caller: 'nobody',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/docs.css', query: q })),
  },
  {
    route: 'GET /api/auth/invites/:code',
    caller: 'nobody',
    request: () =>
      param().map((code) => ({ method: 'GET', path: `/api/auth/invites/${encode(code)}` })),
  },
  {
    route: 'POST /api/auth/redeem',
    caller: 'nobody',
    request: () =>
      body({
        code: fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/),
        displayName: text,
        locale: fc.constantFrom('nl', 'en'),
      }).map((b) => ({ method: 'POST', path: '/api/auth/redeem', ...b })),
  },
  {
    route: 'POST /api/auth/login',
    caller: 'nobody',
    runs: SLOW_RUNS,
    request: () =>
      body({ email: fc.emailAddress(), password: text }).map((b) => ({
        method: 'POST',
        path: '/api/auth/login',
        ...b,
      })),
  },
  {
    route: 'POST /api/auth/logout',
    readsNoBody: true,
    caller: 'twin',
    request: () => body({}).map((b) => ({ method: 'POST', path: '/api/auth/logout', ...b })),
  },
  {
    route: 'GET /api/auth/sessions',
    caller: 'admin',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/auth/sessions', query: q })),
  },
  {
    route: 'DELETE /api/auth/sessions/:sessionId',
    caller: 'admin',
    request: () =>
      param().map((id) => ({ method: 'DELETE', path: `/api/auth/sessions/${encode(id)}` })),
  },
  {
    route: 'POST /api/auth/password',
    caller: 'twin',
    runs: SLOW_RUNS,
    request: () =>
      body({
        email: fc.emailAddress(),
        password: fc.string({ minLength: 12, maxLength: 30 }),
        currentPassword: text,
      }).map((b) => ({ method: 'POST', path: '/api/auth/password', ...b })),
  },
  {
    route: 'GET /api/me',
    caller: 'admin',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/me', query: q })),
  },
  {
    route: 'PATCH /api/me',
    caller: 'twin',
    request: () =>
      body({ displayName: text, locale: fc.constantFrom('nl', 'en') }).map((b) => ({
        method: 'PATCH',
        path: '/api/me',
        ...b,
      })),
  },
  {
    route: 'GET /api/me/projects',
    caller: 'admin',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/me/projects', query: q })),
  },
  {
    route: 'GET /api/me/export',
    caller: 'admin',
    request: () => query.map((q) => ({ method: 'GET', path: '/api/me/export', query: q })),
  },
  {
    route: 'DELETE /api/me',
    caller: 'twin',
    request: () =>
      body({ confirm: fc.constantFrom(true, false, 'true', 1) }).map((b) => ({
        method: 'DELETE',
        path: '/api/me',
        ...b,
      })),
  },
  ...[
    '',
    '/channels',
    '/members',
    '/homes',
    '/support-links',
    '/retention',
    '/language',
    '/invites',
  ].map((suffix) => getOnProject(suffix, projectId)),
  {
    route: 'PATCH /api/projects/:projectId/members/:userId',
    caller: 'admin',
    request: () =>
      fc
        .tuple(
          projectId(),
          param(() => admin.userId),
          body({
            home: fc.oneof(text, fc.constant(null), fc.integer(), fc.string({ maxLength: 30 })),
          }),
        )
        .map(([id, user, b]) => ({
          method: 'PATCH',
          path: `/api/projects/${encode(id)}/members/${encode(user)}`,
          ...b,
        })),
  },
  {
    route: 'POST /api/projects/:projectId/support-links',
    caller: 'admin',
    request: () =>
      fc
        .tuple(
          projectId(),
          body({
            staffUserId: param(() => admin.userId),
            residentUserId: param(() => admin.userId),
          }),
        )
        .map(([id, b]) => ({
          method: 'POST',
          path: `/api/projects/${encode(id)}/support-links`,
          ...b,
        })),
  },
  {
    route: 'DELETE /api/projects/:projectId/support-links/:id',
    caller: 'admin',
    request: () =>
      fc.tuple(projectId(), param()).map(([id, link]) => ({
        method: 'DELETE',
        path: `/api/projects/${encode(id)}/support-links/${encode(link)}`,
      })),
  },
  {
    route: 'PATCH /api/projects/:projectId/retention',
    caller: 'admin',
    request: () =>
      fc
        .tuple(
          projectId(),
          body({
            retentionDays: fc.oneof(
              fc.integer({ min: -10, max: 5000 }),
              fc.double(),
              fc.constantFrom(null, '730', 730),
            ),
          }),
        )
        .map(([id, b]) => ({
          method: 'PATCH',
          path: `/api/projects/${encode(id)}/retention`,
          ...b,
        })),
  },
  {
    route: 'PATCH /api/projects/:projectId/language',
    caller: 'admin',
    request: () =>
      fc
        .tuple(
          projectId(),
          // Only Dutch among the valid values: the project's language stays as the tests expect.
          body({ locale: fc.oneof(text, fc.constantFrom('nl', 'de', 'EN', null, 1)) }),
        )
        .map(([id, b]) => ({
          method: 'PATCH',
          path: `/api/projects/${encode(id)}/language`,
          ...b,
        })),
  },
  {
    route: 'POST /api/projects/:projectId/invites',
    caller: 'admin',
    request: () =>
      fc
        .tuple(
          projectId(),
          body({
            role: fc.constantFrom('resident', 'staff', 'admin', 'bewoner'),
            label: text,
            expiresInDays: fc.integer({ min: -5, max: 200 }),
            maxUses: fc.integer({ min: -5, max: 1000 }),
          }),
        )
        .map(([id, b]) => ({ method: 'POST', path: `/api/projects/${encode(id)}/invites`, ...b })),
  },
  {
    route: 'GET /api/channels/:channelId/messages',
    caller: 'admin',
    request: () =>
      fc.tuple(channelId(), query).map(([id, q]) => ({
        method: 'GET',
        path: `/api/channels/${encode(id)}/messages`,
        query: q,
      })),
  },
  {
    route: 'DELETE /api/invites/:inviteId',
    caller: 'admin',
    request: () => param().map((id) => ({ method: 'DELETE', path: `/api/invites/${encode(id)}` })),
  },
];

const fuzzed = [...coreFuzzed, ...areas.flatMap((area) => area.routes)];

async function send(request: FuzzRequest, cookie: string | undefined) {
  const url = new URL(request.path, server.url);
  for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.append(k, v);
  const hasBody = request.raw !== undefined || request.body !== undefined;
  const response = await fetch(url, {
    method: request.method,
    headers: {
      origin: TEST_ORIGIN,
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
      ...request.headers,
    },
    body:
      request.raw ??
      (request.body === undefined ? undefined : (JSON.stringify(request.body) ?? 'null')),
  });
  const raw = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    json: json as { error?: { code: string; message: string } } | undefined,
    raw,
  };
}

const known = new Set<string>(errorCodes.filter((c) => c !== 'internal' && c !== 'unavailable'));

function expectTyped(result: Awaited<ReturnType<typeof send>>) {
  expect(result.status, result.raw.slice(0, 300)).toBeLessThan(500);
  if (result.status >= 400) {
    expect(known, result.raw.slice(0, 300)).toContain(result.json?.error?.code);
    expect(result.json?.error?.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing every HTTP route', () => {
  it('has a generator for every route the app serves', () => {
    const served = new Set(
      server.app.http.routes
        .filter((r) => r.method !== 'ALL' && !webPages.has(r.path))
        .map((r) => `${r.method} ${r.path}`),
    );
    const covered = new Set(fuzzed.map((f) => f.route));
    expect(
      [...served].filter((r) => !covered.has(r)),
      'routes nobody fuzzes',
    ).toEqual([]);
  });

  for (const target of fuzzed) {
    it(`${target.route}: no 5xx, typed errors, refusals change nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(target.request(), async (request) => {
          const cookie =
            target.caller === 'admin'
              ? admin.cookie
              : target.caller === 'twin'
                ? (await buildMember(server.database.db, project.id, 'coordinator')).cookie
                : undefined;
          const before = await settledFingerprint(server);
          const result = await send(request, cookie);
          expectTyped(result);
          if (result.status >= 400) expect(await dataFingerprint(server.database.db)).toBe(before);
        }),
        { numRuns: target.runs ?? RUNS },
      );
    });
  }

  it('odd content types, bodies over 64 KB and hostile headers get typed errors and change nothing', async () => {
    // Routes that read no body (logout, a test notification) do their work whatever comes with it.
    const writes = fuzzed.filter((f) => !f.route.startsWith('GET') && !f.readsNoBody);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes.map((w) => w.route)),
        fc.record({
          contentType: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-7',
            '',
          ),
          big: fc.boolean(),
          language: fc.oneof(latin1, fc.constantFrom('en;q=abc', '*', 'nl-NL,en;q=0.5,,;;')),
          cookie: fc.oneof(
            fc.constant(undefined),
            latin1.map((t) => `bk_session=${t.replace(/[;,]/g, '')}`),
            fc.constant('bk_session=%E0%A4%A'),
          ),
        }),
        async (route, h) => {
          const [method = 'POST', path = '/'] = route.split(' ');
          const concrete = path.replace(/:(\w+)/g, () => project.id);
          const before = await settledFingerprint(server);
          const response = await fetch(new URL(concrete, server.url), {
            method,
            headers: {
              origin: TEST_ORIGIN,
              'accept-language': h.language,
              ...(h.contentType ? { 'content-type': h.contentType } : {}),
              ...(h.cookie ? { cookie: h.cookie } : { cookie: admin.cookie }),
            },
            body: h.big ? 'x'.repeat(70_000) : 'role=admin&confirm=true',
          });
          const raw = await response.text();
          expect(response.status, raw.slice(0, 200)).toBeLessThan(500);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(known).toContain((JSON.parse(raw) as { error: { code: string } }).error.code);
          expect(await dataFingerprint(server.database.db)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps serving after all of it', async () => {
    const me = await send({ method: 'GET', path: '/api/me' }, admin.cookie);
    expect(me.status).toBe(200);
  });
});

// Keep the hostile generator referenced for readers: bodies use it through `nearly`.
void hostileValue;

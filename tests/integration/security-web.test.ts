import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createInvite } from '../../server/domain/auth/invites';
import { systemClock } from '../../server/clock';
import { startServer, startTestServer, testConfig, TEST_ORIGIN } from '../support/app';
import { connectSocket, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { dataFingerprint, settledFingerprint } from '../reliability/snapshot';

/** The built web client's pages (`dist/web`, served when it exists), not API routes. */
const webPages = new Set(['*', '/*']);
/**
 * Web security: session cookie attributes, CSRF protection on every state-changing route,
 * the Socket.IO origin allow-list, no WebSocket compression, and the security headers with a
 * strict Content Security Policy on every answer (errors included).
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let admin: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db, 'Webhof');
  admin = await buildMember(server.database.db, project.id, 'admin', 'Beheerder');
});
afterAll(() => server.stop());

async function inviteCode(): Promise<string> {
  const { code } = await createInvite(server.database.db, systemClock, {
    projectId: project.id,
    actorRole: 'admin',
    actorId: admin.userId,
    role: 'resident',
    expiresInDays: 7,
    maxUses: 1,
  });
  return code;
}

function attributes(setCookie: string): Record<string, string | true> {
  const [, ...parts] = setCookie.split(';').map((p) => p.trim());
  return Object.fromEntries(
    parts.map((p) => {
      const [k = '', v] = p.split('=');
      return [k.toLowerCase(), v ?? true];
    }),
  );
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, long-lived, and not Secure on plain http', async () => {
    const r = await api(server.url).post('/api/auth/redeem', {
      code: await inviteCode(),
      displayName: 'Koekje',
    });
    expect(r.status).toBe(201);
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith('bk_session='))!;
    const attrs = attributes(cookie);
    expect(attrs.httponly).toBe(true);
    expect(attrs.samesite).toBe('Lax');
    expect(attrs.path).toBe('/');
    expect(new Date(String(attrs.expires)).getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    expect(attrs.secure).toBeUndefined();
    expect(cookie.split(';')[0]!.length).toBeGreaterThan('bk_session='.length + 40); // 256-bit token
  });

  it('is Secure when the public address is https, and cleared with the same attributes', async () => {
    const https = 'https://buurtkamer.example';
    const secure = await startServer({
      database: { ...server.database, close: async () => {} }, // closing it leaves the shared data open
      config: testConfig({ PUBLIC_URL: https }),
    });
    try {
      const r = await api(secure.url).request(
        'POST',
        '/api/auth/redeem',
        { code: await inviteCode(), displayName: 'Veilig' },
        { origin: https },
      );
      expect(r.status).toBe(201);
      const set = r.headers.getSetCookie().find((c) => c.startsWith('bk_session='))!;
      expect(attributes(set)).toMatchObject({ secure: true, httponly: true, samesite: 'Lax' });
      const out = await api(secure.url, set.split(';')[0]).request(
        'POST',
        '/api/auth/logout',
        {},
        { origin: https },
      );
      const cleared = out.headers.getSetCookie().find((c) => c.startsWith('bk_session='))!;
      expect(attributes(cleared)).toMatchObject({
        secure: true,
        httponly: true,
        samesite: 'Lax',
        'max-age': '0',
      });
    } finally {
      await secure.app.close().catch(() => undefined);
    }
  });
});

describe('CSRF', () => {
  const unsafe = () =>
    server.app.http.routes
      .filter((r) => /^(POST|PUT|PATCH|DELETE)$/.test(r.method))
      .map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)/g, () => project.id) }));

  const attacks: [string, Record<string, string>, string?][] = [
    ['another origin', { origin: 'https://evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['a look-alike origin', { origin: 'http://localhost:3000.evil.example' }],
    ['the right host on another scheme', { origin: 'https://localhost:3000' }],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site (other subdomain) fetch without Origin', { 'sec-fetch-site': 'same-site' }],
    [
      'a form post',
      { origin: TEST_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      'role=admin',
    ],
    [
      'a multipart form',
      { origin: TEST_ORIGIN, 'content-type': 'multipart/form-data; boundary=b' },
      '--b--',
    ],
    [
      'text/plain (a no-preflight type)',
      { origin: TEST_ORIGIN, 'content-type': 'text/plain' },
      '{"confirm":true}',
    ],
  ];

  for (const [name, headers, body] of attacks) {
    it(`refuses ${name} on every state-changing route, changing nothing`, async () => {
      const before = await settledFingerprint(server);
      const outcome: Record<string, number> = {};
      for (const route of unsafe()) {
        const response = await fetch(new URL(route.path, server.url), {
          method: route.method,
          headers: { cookie: admin.cookie, 'content-type': 'application/json', ...headers },
          body: body ?? '{"confirm":true,"role":"admin"}',
        });
        outcome[`${route.method} ${route.path}`] = response.status;
        if (response.status === 403)
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
            'forbidden',
          );
      }
      expect(
        Object.values(outcome).every((s) => s === 403),
        JSON.stringify(outcome),
      ).toBe(true);
      expect(await dataFingerprint(server.database.db)).toBe(before);
      expect((await api(server.url, admin.cookie).get('/api/me')).status).toBe(200);
    });
  }

  it('lets the page itself through (same origin, JSON)', async () => {
    const r = await api(server.url, admin.cookie).post(
      `/api/projects/${project.id}/invites`,
      { role: 'resident' },
      { 'sec-fetch-site': 'same-origin' },
    );
    expect(r.status).toBe(201);
  });

  it('changes nothing on GET, whoever asks from wherever', async () => {
    const before = await settledFingerprint(server);
    for (const route of server.app.http.routes.filter(
      (r) => r.method === 'GET' && !webPages.has(r.path),
    )) {
      const path = route.path.replace(/:(\w+)/g, () => project.id);
      if (path === '/api/me/export') continue; // counts against the export budget only
      await fetch(new URL(path, server.url), {
        headers: { cookie: admin.cookie, origin: 'https://evil.example' },
      });
    }
    expect(await dataFingerprint(server.database.db)).toBe(before);
  });
});

describe('the Socket.IO origin check', () => {
  it('refuses a WebSocket or polling handshake from another origin, and allows the page', async () => {
    for (const transports of [['websocket'], ['polling']] as const) {
      const bad = connectSocket(server.url, admin.cookie, { origin: 'https://evil.example' });
      bad.io.opts.transports = [...transports];
      await expect(waitForConnect(bad)).rejects.toThrow();
      bad.disconnect();
    }
    const good = connectSocket(server.url, admin.cookie);
    await waitForConnect(good);
    good.disconnect();
  });

  it('refuses the raw WebSocket upgrade from another origin before any Socket.IO packet', async () => {
    const ws = new WebSocket(
      `${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`,
      {
        headers: { origin: 'https://evil.example', cookie: admin.cookie },
      },
    );
    const outcome = await new Promise<string>((resolve) => {
      ws.once('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
      ws.once('open', () => resolve('open'));
      ws.once('error', (e) => resolve(`error ${e.message}`));
    });
    ws.terminate();
    expect(outcome).toMatch(/^(http 40\d|error)/);
  });

  it('offers no WebSocket compression (permessage-deflate off)', async () => {
    const ws = new WebSocket(
      `${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`,
      {
        headers: { origin: TEST_ORIGIN, cookie: admin.cookie },
        perMessageDeflate: true,
      },
    );
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(ws.extensions).toBe('');
    ws.close();
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual headers on pages, API answers and errors alike', async () => {
    for (const [path, cookie] of [
      ['/health', undefined],
      ['/api/me', admin.cookie],
      ['/api/me', undefined],
      ['/api/does/not/exist', admin.cookie],
      ['/some/page', undefined],
    ] as const) {
      const r = await fetch(new URL(path, server.url), { headers: cookie ? { cookie } : {} });
      const csp = r.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'none'",
        'frame-ancestors': "'none'",
        'form-action': "'self'",
        'connect-src': "'self'",
      });
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(r.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect(r.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(r.headers.get('x-powered-by')).toBeNull();
      if (path.startsWith('/api/')) expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import { createApp, type App } from '../../server/app';
import { systemClock } from '../../server/clock';
import { createInvite } from '../../server/domain/auth/invites';
import { setPassword } from '../../server/domain/auth/passwords';
import { relaxedLimits, testConfig } from '../support/app';
import { connectSocket, waitForConnect } from '../support/clients';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { capturedLogger } from '../reliability/log-capture';

/**
 * Abuse: password and invite-code guessing is slowed per address and per account and shows in
 * the log (without the guesses); a member flooding a room is throttled with a clear error
 * while others go on as usual; the `actions` budget (reports, sign-ups, exports) is per person.
 * The server trusts X-Forwarded-For here (TRUST_PROXY=1), as behind a proxy, to play several
 * addresses from loopback.
 */
const log = capturedLogger();
let testDb: TestDatabase;
let app: App;
let url: string;
let project: TestProject;
let calm: TestMember;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const database = await testDb.open();
  app = await createApp({
    config: testConfig({ TRUST_PROXY: '1' }),
    database,
    logger: log.logger,
    schedulerPollMs: false,
    limits: {
      ...relaxedLimits,
      login: {
        perAddress: { points: 5, seconds: 60 },
        perAddressAccount: { points: 3, seconds: 60 },
        perAccount: { points: 4, seconds: 60, delayMs: 400 },
      },
      invites: { perAddress: { points: 5, seconds: 60 }, perCode: { points: 4, seconds: 60 } },
      // An hour, so no token comes back while the test runs, however slow the machine is.
      messages: { points: 5, seconds: 3600, burst: 3 },
      actions: { points: 2, seconds: 60, burst: 1 },
    },
  });
  url = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
  project = await buildProject(database.db, 'Misbruikhof');
  calm = await buildMember(database.db, project.id, 'resident', 'Rustige Ria');
});
afterAll(async () => {
  await app.close();
  await testDb.destroy();
});

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const statuses = (rs: { status: number }[]) => rs.map((r) => r.status);
const secrets: string[] = [];

describe('brute force', () => {
  it('slows password guessing per address, and per account from many addresses', async () => {
    const db = app.deps.db;
    const staff = await buildMember(db, project.id, 'staff', 'Sanne Staf');
    await setPassword(db, {
      userId: staff.userId,
      roles: ['staff'],
      email: 'sanne@example.org',
      password: 'het echte wachtwoord',
    });
    secrets.push('het echte wachtwoord', 'sanne@example.org', staff.token);

    // One address trying many accounts: refused after its budget (for any account).
    const oneAddress = [];
    for (let i = 0; i < 7; i++) {
      secrets.push(`raadpoging-${i}-abc`);
      oneAddress.push(
        await api(url).post(
          '/api/auth/login',
          { email: `iemand${i}@example.org`, password: `raadpoging-${i}-abc` },
          from('203.0.113.7'),
        ),
      );
    }
    expect(statuses(oneAddress)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(oneAddress[5]?.json.error?.code).toBe('rate_limited');
    expect(Number(oneAddress[5]?.headers.get('retry-after'))).toBeGreaterThan(0);

    // One address guessing one account: refused sooner, for that account only.
    const guesser = [];
    for (let i = 0; i < 4; i++) {
      secrets.push(`gok-een-${i}-xyz`);
      guesser.push(
        await api(url).post(
          '/api/auth/login',
          { email: 'Sanne@Example.org', password: `gok-een-${i}-xyz` },
          from('198.51.100.77'),
        ),
      );
    }
    expect(statuses(guesser)).toEqual([401, 401, 401, 429]);
    // ...and even the right password from the guessing address waits its turn there.
    const fromGuesser = await api(url).post(
      '/api/auth/login',
      { email: 'sanne@example.org', password: 'het echte wachtwoord' },
      from('198.51.100.77'),
    );
    expect(fromGuesser.status).toBe(429);

    // Many addresses guessing one account: never refused, only slowed once past the budget.
    const oneAccount = [];
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      const r = await api(url).post(
        '/api/auth/login',
        { email: 'Sanne@Example.org', password: `gok-${i}-xyz` },
        from(`198.51.100.${i + 1}`),
      );
      oneAccount.push({ status: r.status, ms: Date.now() - started });
      secrets.push(`gok-${i}-xyz`);
    }
    expect(statuses(oneAccount)).toEqual([401, 401, 401, 401]);
    expect(oneAccount.at(-1)!.ms).toBeGreaterThanOrEqual(400);

    // The real Sanne, from her own address, still gets in (after the short wait).
    const started = Date.now();
    const sanne = await api(url).post(
      '/api/auth/login',
      { email: 'sanne@example.org', password: 'het echte wachtwoord' },
      from('192.0.2.10'),
    );
    expect(sanne.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);

    // Someone else, from somewhere else, signs in as usual.
    const other = await buildMember(db, project.id, 'coordinator', 'Olga');
    await setPassword(db, {
      userId: other.userId,
      roles: ['coordinator'],
      email: 'olga@example.org',
      password: 'olga haar wachtwoord',
    });
    secrets.push('olga haar wachtwoord', 'olga@example.org');
    const ok = await api(url).post(
      '/api/auth/login',
      { email: 'olga@example.org', password: 'olga haar wachtwoord' },
      from('192.0.2.50'),
    );
    expect(ok.status).toBe(200);

    const warnings = log.lines().filter((l) => l.level === 40);
    expect(warnings.filter((l) => l.msg === 'password login failed').length).toBeGreaterThanOrEqual(
      10,
    );
    expect(
      warnings.filter((l) => l.msg === 'rate limited' && l.route === '/api/auth/login').length,
    ).toBe(4);
    expect(warnings.some((l) => String(l.msg).startsWith('password login slowed'))).toBe(true);
    expect(warnings.some((l) => l.ip === '203.0.113.7')).toBe(true);
  });

  it('slows invite-code guessing per address, and logs it', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) {
      const code = `gegokteCode${i}xxxxxxxxxx`;
      secrets.push(code);
      results.push(await api(url).get(`/api/auth/invites/${code}`, from('203.0.113.99')));
      results.push(
        await api(url).post(
          '/api/auth/redeem',
          { code, displayName: 'Gokker' },
          from('203.0.113.99'),
        ),
      );
    }
    expect(statuses(results)).toEqual([410, 410, 410, 410, 410, 429, 429, 429]);

    // A real invite from another address still works.
    const admin = await buildMember(app.deps.db, project.id, 'admin', 'Beheer');
    const { code } = await createInvite(app.deps.db, systemClock, {
      projectId: project.id,
      actorRole: 'admin',
      actorId: admin.userId,
      role: 'resident',
      expiresInDays: 7,
      maxUses: 1,
    });
    secrets.push(code, 'Nieuwe Nina');
    const joined = await api(url).post(
      '/api/auth/redeem',
      { code, displayName: 'Nieuwe Nina' },
      from('192.0.2.77'),
    );
    expect(joined.status).toBe(201);
    secrets.push(joined.headers.getSetCookie()[0]?.split(';')[0]?.split('=')[1] ?? 'no-cookie');

    const warnings = log.lines().filter((l) => l.level === 40);
    expect(warnings.filter((l) => l.msg === 'invite preview refused').length).toBe(3);
    expect(warnings.filter((l) => l.msg === 'invite redemption refused').length).toBe(2);
    expect(
      warnings.filter((l) => l.msg === 'rate limited' && String(l.route).startsWith('/api/auth/'))
        .length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('flooding', () => {
  it('throttles a member who floods a room, with a clear error, while others still get through', async () => {
    const db = app.deps.db;
    const flooder = await buildMember(db, project.id, 'resident', 'Vera Veel');
    secrets.push(flooder.token, calm.token);
    const f = connectSocket(url, flooder.cookie);
    const c = connectSocket(url, calm.cookie);
    await Promise.all([waitForConnect(f), waitForConnect(c)]);

    const flood = Array.from({ length: 300 }, (_, i) =>
      f.emitWithAck('message:send', {
        channelId: project.channels.common,
        clientId: `vloed-${i}-xxxx`,
        body: `vloedbericht ${i}`,
      }),
    );
    const calmAnswer = await c.emitWithAck('message:send', {
      channelId: project.channels.common,
      clientId: 'rustig-0001',
      body: 'Goedemorgen allemaal',
    });
    const answers = await Promise.all(flood);
    secrets.push('vloedbericht', 'Goedemorgen allemaal');

    expect('data' in calmAnswer).toBe(true);
    const accepted = answers.filter((a) => 'data' in a).length;
    expect(accepted).toBe(8); // 5 per hour plus a burst of 3
    expect(answers.filter((a) => 'error' in a && a.error.code === 'rate_limited')).toHaveLength(
      292,
    );
    expect(f.connected).toBe(true);
    const [stored] = await db
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.authorId, flooder.userId));
    expect(stored?.n).toBe(8);
    const throttled = log
      .lines()
      .filter((l) => l.msg === 'rate limited' && l.event === 'message:send');
    expect(throttled.length).toBe(292);
    expect(throttled[0]?.userId).toBe(flooder.userId);
    f.disconnect();
    c.disconnect();
  });

  it('keeps the actions budget (reports, sign-ups, exports) per person', async () => {
    const db = app.deps.db;
    const busy = await buildMember(db, project.id, 'resident', 'Bas Bezig');
    const other = await buildMember(db, project.id, 'resident', 'Otto');
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await api(url, busy.cookie).get('/api/me/export'));
    expect(statuses(tries)).toEqual([200, 200, 200, 429, 429]);
    expect((await api(url, other.cookie).get('/api/me/export')).status).toBe(200);
  });
});

describe('the log after all of that', () => {
  it('holds no cookie, token, password, invite code, e-mail address, name or message text', () => {
    const text = log.text();
    expect(text.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    for (const name of ['Rustige Ria', 'Sanne Staf', 'Vera Veel', 'Gokker'])
      expect(text).not.toContain(name);
    expect(text).not.toMatch(/bk_session=/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import { relaxedLimits, startTestServer } from '../support/app';
import { connectSocket, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api } from '../support/http';

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      ...relaxedLimits,
      // An hour, so no token comes back while the test runs, however slow the machine is.
      messages: { points: 5, seconds: 3600, burst: 2 },
      login: {
        perAddress: { points: 3, seconds: 60 },
        perAddressAccount: { points: 3, seconds: 60 },
        perAccount: { points: 3, seconds: 60, delayMs: 0 },
      },
    },
  });
  project = await buildProject(server.database.db, 'Drukhof');
});
afterAll(() => server.stop());

describe('rate limits', () => {
  it('throttles a flooding member with a clear error, keeps the connection, and leaves others alone', async () => {
    const db = server.database.db;
    const flooder = await buildMember(db, project.id, 'resident', 'Spammer');
    const calm = await buildMember(db, project.id, 'resident', 'Rustig');
    const f = connectSocket(server.url, flooder.cookie);
    const c = connectSocket(server.url, calm.cookie);
    await Promise.all([waitForConnect(f), waitForConnect(c)]);

    const results = [];
    for (let i = 0; i < 15; i++) {
      results.push(
        await f.emitWithAck('message:send', {
          channelId: project.channels.common,
          clientId: `flood-${i}-xxxx`,
          body: `spam ${i}`,
        }),
      );
    }
    const accepted = results.filter((r) => 'data' in r).length;
    const refused = results.filter((r) => 'error' in r);
    expect(accepted).toBe(7);
    expect(refused).toHaveLength(8);
    expect(refused[0]).toMatchObject({
      error: { code: 'rate_limited', retryAfterSeconds: expect.any(Number) },
    });
    expect(f.connected).toBe(true);
    const [stored] = await db
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.authorId, flooder.userId));
    expect(stored?.n).toBe(7);

    const calmResult = await c.emitWithAck('message:send', {
      channelId: project.channels.common,
      clientId: 'calm-0001',
      body: 'hallo',
    });
    expect('data' in calmResult).toBe(true);
    f.disconnect();
    c.disconnect();
  });

  it('slows down password guessing per address and per email', async () => {
    const attempts = [];
    for (let i = 0; i < 5; i++) {
      attempts.push(
        await api(server.url).post('/api/auth/login', {
          email: 'doelwit@example.org',
          password: `gok-${i}-xxxxxxxx`,
        }),
      );
    }
    expect(attempts.map((a) => a.status)).toEqual([401, 401, 401, 429, 429]);
    expect(attempts[3]?.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

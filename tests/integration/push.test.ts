import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { pushSubscriptions, vapidKeys } from '../../db/schema';
import { conversationOf, ensureBotConversations } from '../../server/domain/buurtbot/conversations';
import { postBotMessage } from '../../server/domain/buurtbot/messages';
import { systemClock } from '../../server/clock';
import { createPrivateChannel } from '../../server/domain/channels/channels';
import { createNotifier } from '../../server/domain/notifications/notifier';
import { ensureVapidKeys } from '../../server/domain/notifications/vapid';
import { startServer, type TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import {
  decryptPush,
  makeBrowserKeys,
  startFakePushService,
  verifyVapid,
} from '../support/fake-push';
import { api } from '../support/http';

let testDb: TestDatabase;
let server: TestServer;
let push: Awaited<ReturnType<typeof startFakePushService>>;
let project: TestProject;

beforeAll(async () => {
  testDb = await createTestDatabase();
  server = await startServer({
    database: await testDb.open(),
    notifications: { allowLoopbackHttp: true },
  });
  push = await startFakePushService();
  project = await buildProject(server.database.db, 'De Vlinderhof');
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await testDb?.destroy();
});

async function subscribe(cookie: string, path: string) {
  const browser = makeBrowserKeys();
  const endpoint = `${push.url}${path}`;
  const response = await api(server.url, cookie).post('/api/push/subscriptions', {
    endpoint,
    expirationTime: null,
    keys: browser.keys,
  });
  expect(response.status).toBe(201);
  return { browser, endpoint };
}

describe('Web Push', () => {
  it('makes the VAPID key pair once and keeps it in the database', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Fenna');
    const key = await api(server.url, member.cookie).get('/api/push/key');
    expect(key.status).toBe(200);
    const rows = await db.select().from(vapidKeys);
    expect(rows).toHaveLength(1);
    expect(key.json.publicKey).toBe(rows[0]?.publicKey);
    expect(Buffer.from(String(key.json.publicKey), 'base64url')).toHaveLength(65);
    // A second start (or another node) reads the same pair instead of making a new one.
    await expect(ensureVapidKeys(db)).resolves.toEqual({
      publicKey: rows[0]?.publicKey,
      privateKey: rows[0]?.privateKey,
    });
    expect((await api(server.url).get('/api/push/key')).status).toBe(401);
  });

  it('stores a subscription, refuses unsafe endpoints, and removes it on request', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Gijs');
    const { endpoint } = await subscribe(member.cookie, '/push/gijs');
    const stored = await db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, endpoint));
    expect(stored).toMatchObject([{ userId: member.userId }]);

    const bad = await api(server.url, member.cookie).post('/api/push/subscriptions', {
      endpoint: 'http://10.1.2.3/push',
      keys: makeBrowserKeys().keys,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields?.endpoint).toBeTruthy();
    const malformed = await api(server.url, member.cookie).post('/api/push/subscriptions', {
      endpoint,
      keys: { p256dh: 'short', auth: '!' },
    });
    expect(malformed.status).toBe(400);

    const removed = await api(server.url, member.cookie).request(
      'DELETE',
      '/api/push/subscriptions',
      { endpoint },
    );
    expect(removed.status).toBe(200);
    expect(
      await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)),
    ).toHaveLength(0);
  });

  it('refuses endpoints outside the push services, even with loopback allowed for tests', async () => {
    const member = await buildMember(server.database.db, project.id, 'resident', 'Hanna');
    for (const endpoint of [
      'https://localhost./push',
      'https://intranet/push',
      'https://fcm.googleapis.com:8443/fcm/send/x',
      'http://fcm.googleapis.com/fcm/send/x',
      'https://push.example.org/x',
      'https://169.254.169.254/latest',
      'https://[fd00::1]/push',
    ]) {
      const response = await api(server.url, member.cookie).post('/api/push/subscriptions', {
        endpoint,
        keys: makeBrowserKeys().keys,
      });
      expect(response.status, endpoint).toBe(400);
      expect(response.json.error?.fields?.endpoint, endpoint).toBeTruthy();
    }
    const ok = await api(server.url, member.cookie).post('/api/push/subscriptions', {
      endpoint: 'https://fcm.googleapis.com/fcm/send/hanna',
      keys: makeBrowserKeys().keys,
    });
    expect(ok.status).toBe(201);
  });

  it('keeps at most 5 subscriptions per person: a new device replaces the oldest', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Hidde');
    const other = await buildMember(db, project.id, 'resident', 'Ineke');
    await subscribe(other.cookie, '/push/ineke');
    const endpoints: string[] = [];
    for (let i = 0; i < 7; i++) {
      endpoints.push((await subscribe(member.cookie, `/push/hidde-${i}`)).endpoint);
      // Distinct creation times, so "oldest" is well defined.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const mine = async () =>
      (
        await db
          .select({ endpoint: pushSubscriptions.endpoint })
          .from(pushSubscriptions)
          .where(eq(pushSubscriptions.userId, member.userId))
      )
        .map((row) => row.endpoint)
        .sort();
    expect(await mine()).toEqual(endpoints.slice(2).sort());
    // Subscribing an endpoint again renews it: the next new one replaces another.
    await subscribe(member.cookie, '/push/hidde-2');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await subscribe(member.cookie, '/push/hidde-7');
    expect(await mine()).toEqual(
      [
        endpoints[2]!,
        endpoints[4]!,
        endpoints[5]!,
        endpoints[6]!,
        `${push.url}/push/hidde-7`,
      ].sort(),
    );
    // Someone else's subscription is untouched.
    expect(
      await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, other.userId)),
    ).toHaveLength(1);
  });

  it('POST /api/push/test says only whether a notice went out, never per endpoint', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Joris');
    const none = await api(server.url, member.cookie).post('/api/push/test');
    expect(none.status).toBe(200);
    expect(none.json).toEqual({ delivered: false });

    await subscribe(member.cookie, '/push/joris-gone');
    await subscribe(member.cookie, '/push/joris-broken');
    push.statusFor.set('/push/joris-gone', 410);
    push.statusFor.set('/push/joris-broken', 500);
    const failed = await api(server.url, member.cookie).post('/api/push/test');
    expect(failed.json).toEqual({ delivered: false });

    await subscribe(member.cookie, '/push/joris-ok');
    const delivered = await api(server.url, member.cookie).post('/api/push/test');
    expect(delivered.json).toEqual({ delivered: true });
  });

  it('refuses the loopback escape for tests when NODE_ENV is production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        createNotifier(
          { db: server.database.db, clock: systemClock, logger: server.app.deps.logger },
          { subject: 'mailto:x@example.org', hosts: [], allowLoopbackHttp: true },
        ),
      ).rejects.toThrow(/tests only/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('notify() sends a payload only that browser can read, signed with the VAPID key', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'staff', 'Iris');
    const { browser } = await subscribe(member.cookie, '/push/iris');
    const before = push.received.length;
    const result = await server.app.deps.notifier.notify([member.userId], {
      title: 'Nieuwe melding',
      body: 'Er is een zorgsignaal.',
      url: '/p/x/dashboard',
    });
    expect(result).toEqual({ sent: 1, removed: 0, failed: 0 });
    const request = push.received[before];
    expect(request?.path).toBe('/push/iris');
    expect(request?.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(request?.headers.ttl)).toBeGreaterThan(0);
    const { key, claims } = verifyVapid(request?.headers.authorization);
    expect(key).toBe(server.app.deps.notifier.publicKey);
    expect(claims.aud).toBe(push.url);
    expect(claims.sub).toMatch(/^(mailto:|https:)/);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(JSON.parse(decryptPush(request!.body, browser))).toEqual({
      title: 'Nieuwe melding',
      body: 'Er is een zorgsignaal.',
      url: '/p/x/dashboard',
    });
    // The payload is not readable by anyone else: another browser's keys fail.
    expect(() => decryptPush(request!.body, makeBrowserKeys())).toThrow();
  });

  it('forgets a subscription the push service says is gone', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Jet');
    const { endpoint } = await subscribe(member.cookie, '/push/jet-gone');
    push.statusFor.set('/push/jet-gone', 410);
    const result = await server.app.deps.notifier.notify([member.userId], {
      title: 't',
      body: 'b',
      url: '/',
    });
    expect(result).toEqual({ sent: 0, removed: 1, failed: 0 });
    expect(
      await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)),
    ).toHaveLength(0);
  });

  it('tells an offline person, in their language, that Buurtbot replied, without quoting it', async () => {
    const db = server.database.db;
    const member = await buildMember(db, project.id, 'resident', 'Kees', systemClock, 'en');
    const { browser } = await subscribe(member.cookie, '/push/kees');
    await ensureBotConversations(db, member.userId, [project.id]);
    const { conversation } = await conversationOf(db, project.id, member.userId);
    const target = {
      channelId: conversation.channelId,
      projectId: project.id,
      channelKind: 'bot' as const,
    };

    // Online: the message arrives in the open app, no notification.
    const online = await connectMember(server.url, member.cookie);
    const before = push.received.length;
    await server.app.deps.dispatcher.publish(
      await postBotMessage(db, systemClock, target, 'Hoe gaat het nu met je?'),
    );
    await server.app.deps.dispatcher.settled();
    expect(push.received.length).toBe(before);
    online.close();

    // Offline (e.g. a follow-up a few days later): a notification, in English.
    await eventually(
      async () => !(await server.app.deps.presence.onlineUserIds(project.id)).has(member.userId),
    );
    await server.app.deps.dispatcher.publish(
      await postBotMessage(db, systemClock, target, 'Is de overlast opgelost?'),
    );
    await server.app.deps.dispatcher.settled();
    await eventually(() => push.received.length === before + 1);
    const notice = JSON.parse(decryptPush(push.received[before]!.body, browser)) as Record<
      string,
      string
    >;
    expect(notice).toEqual({
      title: 'Buurtbot',
      body: 'Buurtbot sent you a message.',
      url: `/p/${project.id}/bot`,
      tag: `channel-${conversation.channelId}`,
    });
    expect(JSON.stringify(notice)).not.toContain('overlast');
  });

  it('tells the reporter about a reply in their concern thread, but not the staff member who wrote it', async () => {
    const db = server.database.db;
    const reporter = await buildMember(db, project.id, 'resident', 'Lotte');
    const staff = await buildMember(db, project.id, 'staff', 'Mo');
    const reporterPush = await subscribe(reporter.cookie, '/push/lotte');
    await subscribe(staff.cookie, '/push/mo');
    const thread = await createPrivateChannel(db, {
      projectId: project.id,
      kind: 'thread',
      name: 'Melding: geluid',
      memberIds: [reporter.userId],
    });
    const staffSocket = await connectMember(server.url, staff.cookie);
    const before = push.received.length;
    const sent = await staffSocket.client.send(thread.id, 'Ik ga vandaag langs.');
    expect(sent.body).toBe('Ik ga vandaag langs.');
    await server.app.deps.dispatcher.settled();
    await eventually(() => push.received.length === before + 1);
    expect(push.received.slice(before).map((r) => r.path)).toEqual(['/push/lotte']);
    const notice = JSON.parse(decryptPush(push.received[before]!.body, reporterPush.browser)) as {
      body: string;
      url: string;
    };
    expect(notice.body).toBe('Er is een nieuw bericht over je melding.');
    expect(notice.url).toBe(`/p/${project.id}/${thread.id}`);
    staffSocket.close();
  });
});

import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { jobs, messages, sessions } from '../../db/schema';
import type { DatabaseHandle } from '../../db/database';
import { addDays } from '../../server/clock';
import { createSession } from '../../server/domain/auth/sessions';
import { SESSIONS_CLEANUP } from '../../server/scheduler/housekeeping';
import { scheduleJob } from '../../server/scheduler/scheduler';
import type { Message } from '../../server/protocol/messages';
import { unwrap } from '../../web/src/realtime/realtimeClient';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { StaffAlert } from '../../server/protocol/concerns';
import { talkToBot } from '../support/bot';
import {
  connectMember,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { watch } from '../support/concerns';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.TEST_DATABASE_URL;
const enabled = Boolean(redisUrl && databaseUrl);
if (!enabled) {
  console.log(
    'multi-node tests skipped: they need REDIS_URL and TEST_DATABASE_URL (.ci/run sets both)',
  );
}

/** A loopback TCP proxy whose target can be switched: what a load balancer does when a node dies. */
async function startProxy(targetPort: number) {
  let target = targetPort;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => {
        open.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    switchTo(port: number) {
      target = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!enabled)('two server processes on one PostgreSQL and one Redis', () => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let nodeA: ServerProcess;
  let nodeB: ServerProcess;
  let project: TestProject;
  let anouk: TestMember;
  let samir: TestMember;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await testDb.open();
    project = await buildProject(database.db, 'Tweeknopenhof');
    anouk = await buildMember(database.db, project.id, 'resident', 'Anouk');
    samir = await buildMember(database.db, project.id, 'resident', 'Samir');
    const env = {
      DATABASE_URL: testDb.url ?? '',
      REDIS_URL: redisUrl ?? '',
      REDIS_KEY_PREFIX: `bk-test-${randomBytes(4).toString('hex')}`,
    };
    [nodeA, nodeB] = await Promise.all([
      startServerProcess('node-a', env),
      startServerProcess('node-b', env),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled([nodeA?.stop(), nodeB?.stop()]);
    await database?.close();
    await testDb?.destroy();
  });

  it('delivers a message sent on node A to a client on node B, and typing too', async () => {
    const onA = await connectMember(nodeA.url, anouk.cookie);
    const onB = await connectMember(nodeB.url, samir.cookie);
    const sent = await onA.client.send(project.channels.common, 'Hallo van knooppunt A');
    await eventually(() => onB.received.some((m) => m.id === sent.id));

    const typing = nextEvent<{ userId: string }>(onA.socket, 'typing:update');
    onB.socket.emit('typing:start', { channelId: project.channels.common });
    expect((await typing).userId).toBe(samir.userId);
    onA.close();
    onB.close();
  });

  it('merges presence across nodes and ends a session on the other node', async () => {
    const onA = await connectMember(nodeA.url, anouk.cookie);
    const onB = await connectMember(nodeB.url, samir.cookie);
    for (const node of [onA, onB]) {
      await eventually(async () => {
        const list = unwrap(
          await node.socket.emitWithAck('presence:list', { projectId: project.id }),
        );
        return list.online.includes(anouk.userId) && list.online.includes(samir.userId);
      });
    }

    // Logging out through node A closes Samir's socket that lives on node B.
    const ended = nextEvent<{ reason: string }>(onB.socket, 'session:ended');
    const closed = new Promise<void>((resolve) => onB.socket.once('disconnect', () => resolve()));
    expect((await api(nodeA.url, samir.cookie).post('/api/auth/logout')).status).toBe(200);
    expect((await ended).reason).toBe('logout');
    await closed;
    onA.close();
    onB.close();
  });

  it('brings Buurtbot replies and staff alerts to sockets on the other node', async () => {
    const db = database.db;
    const ruud = await buildMember(db, project.id, 'resident', 'Ruud');
    const esther = await buildMember(db, project.id, 'staff', 'Esther');
    // Esther's dashboard is open on node B; Ruud talks to Buurtbot on node A, with a second
    // tab open on node B.
    const staff = await watch(nodeB.url, esther.cookie);
    const me = await talkToBot(nodeA.url, ruud.cookie, project.id);
    const otherTab = await connectMember(nodeB.url, ruud.cookie);

    const asked = await me.say('/hulp ik heb dringend hulp nodig met mijn geld');
    const reply = asked.at(-1)!;
    await eventually(() => otherTab.received.some((m) => m.id === reply.id));

    const alert = await staff.waitFor<StaffAlert>('alert:updated', (a) => a.kind === 'help');
    expect(alert).toMatchObject({ priority: 'urgent' });
    await eventually(() =>
      staff.received.some(
        (m) =>
          m.channelId === project.channels.staff &&
          m.body.startsWith('DRINGEND: hulpvraag van Ruud'),
      ),
    );
    for (const c of [staff, me, otherTab]) c.close();
  });

  it("shares a member's message budget between the nodes", async () => {
    const db = database.db;
    const eager = await buildMember(db, project.id, 'resident', 'Eager');
    const tabs = [connectSocket(nodeA.url, eager.cookie), connectSocket(nodeB.url, eager.cookie)];
    await Promise.all(tabs.map(waitForConnect));
    // The default budget: 10 per 10 s plus a burst of 10. Alternating tabs on two nodes must
    // not double it.
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const ack = (await tabs[i % 2]!.emitWithAck('message:send', {
        channelId: project.channels.common,
        clientId: `budget-${i}-${randomBytes(3).toString('hex')}`,
        body: `bericht ${i}`,
      })) as { error?: { code: string } };
      codes.push(ack.error?.code ?? 'ok');
    }
    expect(codes.filter((c) => c === 'ok')).toHaveLength(20);
    expect(codes.slice(20)).toEqual(Array(10).fill('rate_limited'));
    for (const tab of tabs) tab.disconnect();
  });

  it('fires each due timer exactly once while both nodes poll', async () => {
    const db = database.db;
    const now = new Date();
    const longGone = await createSession(
      db,
      { now: () => addDays(now, -400) },
      { userId: anouk.userId, ttlDays: 30 },
    );
    const keys = Array.from({ length: 24 }, (_, i) => `test-cleanup-${i}-${now.getTime()}`);
    for (const dedupeKey of keys) {
      await scheduleJob(db, { kind: SESSIONS_CLEANUP, runAt: now, dedupeKey });
    }
    const rows = () => db.select().from(jobs).where(inArray(jobs.dedupeKey, keys));
    await eventually(async () => (await rows()).every((j) => j.status === 'done'));

    const done = await rows();
    expect(done.map((j) => j.attempts)).toEqual(keys.map(() => 1));
    const ids = new Set(done.map((j) => j.id));
    const runs = [...nodeA.logs, ...nodeB.logs].filter(
      (l) => l.msg === 'ended sessions removed' && ids.has(String(l.jobId)),
    );
    expect(runs).toHaveLength(keys.length);
    expect(new Set(runs.map((l) => l.jobId)).size).toBe(keys.length);
    const left = await db.select().from(sessions).where(eq(sessions.id, longGone.session.id));
    expect(left).toHaveLength(0);
    // Exactly one pending next run, whichever node scheduled it.
    const pending = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, SESSIONS_CLEANUP), eq(jobs.status, 'pending')));
    expect(pending).toHaveLength(1);
  });

  it('a client whose node is killed reconnects to the other node and gets everything it missed', async () => {
    const db = database.db;
    const lotte = await buildMember(db, project.id, 'resident', 'Lotte');
    const youssef = await buildMember(db, project.id, 'resident', 'Youssef');
    const proxy = await startProxy(nodeA.port);
    const listener = await connectMember(proxy.url, lotte.cookie);
    const talker = await connectMember(nodeB.url, youssef.cookie);
    const channelId = project.channels.common;
    const sent: Message[] = [];
    for (let i = 0; i < 3; i++) sent.push(await talker.client.send(channelId, `voor ${i}`));
    await eventually(() => sent.every((s) => listener.received.some((m) => m.id === s.id)));

    const lost = new Promise<void>((resolve) =>
      listener.socket.once('disconnect', () => resolve()),
    );
    await nodeA.kill();
    await lost;
    for (let i = 0; i < 5; i++) sent.push(await talker.client.send(channelId, `tijdens ${i}`));
    proxy.switchTo(nodeB.port);

    await eventually(() => sent.every((s) => listener.received.some((m) => m.id === s.id)));
    const inChannel = listener.received.filter((m) => m.channelId === channelId);
    const seqs = inChannel.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const stored = await db
      .select({ seq: messages.seq })
      .from(messages)
      .where(eq(messages.channelId, channelId));
    expect(seqs.at(-1)).toBe(Math.max(...stored.map((r) => r.seq)));

    // And the moved client is fully live on node B: it sends, B's other clients hear it.
    const reply = await listener.client.send(channelId, 'weer terug');
    await eventually(() => talker.received.some((m) => m.id === reply.id));
    listener.close();
    talker.close();
    await proxy.close();
  });
  it('a node whose Redis is unreachable starts, logs it and serves its own clients alone', async () => {
    const alone = await startServerProcess('node-alone', {
      DATABASE_URL: testDb.url ?? '',
      // Nothing listens on port 1: every connection attempt is refused.
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_KEY_PREFIX: `bk-test-${randomBytes(4).toString('hex')}`,
    });
    try {
      expect(
        alone.logs.some((l) => l.msg === 'redis connection lost: serving this node only'),
      ).toBe(true);
      const lotte = await buildMember(database.db, project.id, 'resident', 'Lotte');
      const onA = await connectMember(alone.url, anouk.cookie);
      const onB = await connectMember(alone.url, lotte.cookie);
      const sent = await onA.client.send(project.channels.common, 'Zonder Redis');
      await eventually(() => onB.received.some((m) => m.id === sent.id));
      const list = unwrap(await onB.socket.emitWithAck('presence:list', { projectId: project.id }));
      expect(list.online).toEqual(expect.arrayContaining([anouk.userId, lotte.userId]));
      onA.close();
      onB.close();
      // And it shuts down cleanly, though Redis never answered.
      await alone.stop();
      expect(alone.child.exitCode).toBe(0);
    } finally {
      await alone.stop();
    }
  });
});

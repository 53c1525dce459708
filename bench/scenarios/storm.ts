import { randomBytes } from 'node:crypto';
import { io } from 'socket.io-client';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';
import { Histogram, round, type SerializedHistogram } from '../lib/histogram';
import { startLoad } from '../lib/load';
import { somaxconn } from '../lib/machine';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { BENCH_ORIGIN, startAppServer } from '../lib/servers';
import { judge } from '../lib/stats';
import { sleep, type Scenario } from '../lib/context';

interface StormStatus {
  clients: number;
  back: number;
  caughtUp: number;
  missing: number;
  duplicates: number;
  at: number;
  reconnectMs: SerializedHistogram;
}

const now = () => performance.timeOrigin + performance.now();

/**
 * 7. Reconnect storm in a two-node cluster (PostgreSQL + Redis): every client runs the real
 * RealtimeClient and reaches node A through a switchable TCP proxy in its load process (what a
 * load balancer does). Node A is killed with SIGKILL; the proxy sends new connections to node
 * B at once; while the clients reconnect, members on node B post messages in every project.
 * Measured: time from the kill until every client is connected again and has received every
 * message posted meanwhile, each exactly once.
 */
export const storm: Scenario = {
  name: 'storm',
  title: 'Reconnect storm after a node kill',
  async run(ctx) {
    if (!ctx.postgresUrl || !ctx.redisUrl)
      return {
        status: 'skipped',
        reason:
          'needs PostgreSQL and Redis (BENCH_DATABASE_URL/TEST_DATABASE_URL, BENCH_REDIS_URL/REDIS_URL)',
      };
    const p = ctx.profile.storm;
    const backlogCap = somaxconn();
    if (backlogCap !== null && backlogCap < p.clients)
      ctx.log(
        `  note: net.core.somaxconn is ${backlogCap}: the kernel may drop reconnects that do not fit the accept queue (docs/PERFORMANCE.md)`,
      );
    const database = await createBenchDatabase('postgres', ctx.postgresUrl);
    const projects = Math.ceil(p.clients / p.perProject);
    const seeded = await (async () => {
      const db = await database.open();
      try {
        return await seedCommunity(db.db, { projects, membersPerProject: p.perProject + 1 });
      } finally {
        await db.close();
      }
    })();
    // The last member of every project posts from node B; the others are the storm.
    const senders = seeded.projects.map((_, i) => seeded.members[(i + 1) * (p.perProject + 1) - 1]);
    const clients = seeded.members
      .filter((m) => !senders.includes(m))
      .slice(0, p.clients)
      .map((m) => ({ cookie: m.cookie, channel: seeded.projects[m.project]?.common ?? '' }));
    const cluster = {
      REDIS_URL: ctx.redisUrl,
      REDIS_KEY_PREFIX: `bk-bench-${randomBytes(4).toString('hex')}`,
    };
    const nodeA = await startAppServer(database, { ...cluster, NODE_ID: 'a' }, 'storm-a');
    const nodeB = await startAppServer(database, { ...cluster, NODE_ID: 'b' }, 'storm-b');
    const load = startLoad(p.workers);
    const senderSockets: ClientSocket[] = [];
    try {
      const ramp = await load.connect(nodeA.url, clients, {
        realtime: true,
        viaProxy: true,
        concurrency: 25,
      });
      if (ramp.connected !== clients.length)
        throw new Error(`only ${ramp.connected} of ${clients.length} clients connected`);
      ctx.log(`  ${ramp.connected} clients on node A (${round(ramp.elapsedMs / 1000, 1)} s)`);
      for (const sender of senders) {
        const socket = io(nodeB.url, {
          transports: ['websocket'],
          forceNew: true,
          extraHeaders: { cookie: sender?.cookie ?? '', origin: BENCH_ORIGIN },
        }) as ClientSocket;
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => resolve());
          socket.once('connect_error', reject);
        });
        senderSockets.push(socket);
      }
      await Promise.all(load.workers.map((w) => w.call('armStorm')));

      const killedAt = now();
      await nodeA.child.kill('SIGKILL');
      await Promise.all(load.workers.map((w) => w.call('switchProxy', nodeB.port)));
      const expected: Record<string, string[]> = {};
      const posts: Promise<unknown>[] = [];
      seeded.projects.forEach((project, i) => {
        const socket = senderSockets[i];
        if (!socket) return;
        expected[project.common] = [];
        for (let n = 0; n < p.missedPerProject; n++) {
          const clientId = `storm-${i}-${n}-${randomBytes(3).toString('hex')}`;
          expected[project.common]?.push(clientId);
          posts.push(
            socket.timeout(30_000).emitWithAck('message:send', {
              channelId: project.common,
              clientId,
              body: `Tijdens de storm ${n}`,
            }),
          );
        }
      });
      await Promise.all(posts);
      const postedMs = now() - killedAt;

      let statuses: StormStatus[] = [];
      const deadline = killedAt + p.timeoutMs;
      let caughtUp = 0;
      while (now() < deadline) {
        statuses = await Promise.all(
          load.workers.map((w) =>
            w.call<StormStatus>('stormStatus', { expected, since: killedAt }),
          ),
        );
        caughtUp = statuses.reduce((a, s) => a + s.caughtUp, 0);
        if (caughtUp === clients.length) break;
        await sleep(250);
      }
      const doneAt = Math.max(...statuses.map((s) => s.at));
      const reconnect = new Histogram();
      for (const s of statuses) reconnect.merge(s.reconnectMs);
      const seconds = round((doneAt - killedAt) / 1000, 1);
      const missing = statuses.reduce((a, s) => a + s.missing, 0);
      const duplicates = statuses.reduce((a, s) => a + s.duplicates, 0);
      ctx.log(`  ${caughtUp}/${clients.length} caught up after ${seconds} s`);
      return {
        status: 'ok',
        clients: clients.length,
        projects,
        missedMessages: Object.values(expected).reduce((a, l) => a + l.length, 0),
        postedWithinMs: round(postedMs, 0),
        caughtUp,
        secondsUntilAllCaughtUp: caughtUp === clients.length ? seconds : null,
        reconnectMsSinceKill: reconnect.summary(),
        missing,
        duplicates,
        /** One run (no repetitions): its figure is both the median and the worst. */
        verdicts: {
          seconds: judge(
            [caughtUp === clients.length ? seconds : Number.POSITIVE_INFINITY],
            30,
            'atMost',
            `seconds until ${clients.length} clients are back and caught up`,
          ),
          intact: judge([missing + duplicates], 0, 'atMost', 'missing + duplicated'),
        },
      };
    } finally {
      for (const s of senderSockets) s.disconnect();
      await load.close();
      await nodeA.child.kill('SIGKILL');
      await nodeB.stop();
      await database.destroy();
    }
  },
};

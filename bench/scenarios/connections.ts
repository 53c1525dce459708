import { round } from '../lib/histogram';
import { startLoad } from '../lib/load';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { startAppServer, startBareSocketIo, type RunningServer } from '../lib/servers';
import { sleep, type Scenario } from '../lib/context';

type Memory = NodeJS.MemoryUsage & { sockets: number };

/** Time for the last handshakes' garbage to settle before measuring (short for tiny runs). */
const settleMs = (sockets: number) => (sockets < 1000 ? 200 : 2000);

const kib = (after: number, before: number, sockets: number) =>
  sockets > 0 ? round((after - before) / sockets / 1024, 1) : 0;

/** Memory per socket from the server's own figures after a full GC, before and after. */
function perSocket(before: Memory, after: Memory) {
  const n = after.sockets;
  return {
    sockets: n,
    rssBeforeMiB: round(before.rss / 1048576, 1),
    rssAfterMiB: round(after.rss / 1048576, 1),
    rssPerSocketKiB: kib(after.rss, before.rss, n),
    heapUsedPerSocketKiB: kib(after.heapUsed, before.heapUsed, n),
    heapTotalPerSocketKiB: kib(after.heapTotal, before.heapTotal, n),
    externalPerSocketKiB: kib(after.external, before.external, n),
  };
}

/** Waits until the server counts no sockets (after `disconnectAll`); fails after 30 s. */
async function drained(server: RunningServer): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await server.memory()).sockets === 0) return;
    await sleep(100);
  }
  throw new Error('sockets still open 30 s after every client disconnected');
}

/** Sockets of the warm-up ramp: enough to compile the code paths and open the database pool. */
const warmUpSockets = (sockets: number) => Math.min(500, Math.ceil(sockets / 10));

/**
 * The measured ramp on a warm server: a small ramp first (code compiled, database pool open),
 * closed again, then the full ramp. Memory per socket is what the full ramp adds, so one-time
 * costs are not spread over the sockets, and the baseline holds no leftovers of an earlier
 * full ramp.
 */
async function measuredRamp(
  server: RunningServer,
  load: ReturnType<typeof startLoad>,
  members: { cookie: string }[],
  concurrency: number,
) {
  await load.connect(server.url, members.slice(0, warmUpSockets(members.length)), {
    concurrency,
  });
  await load.disconnectAll();
  await drained(server);
  await sleep(settleMs(members.length));
  const before = await server.memory();
  const ramp = await load.connect(server.url, members, { concurrency });
  await sleep(settleMs(members.length));
  return { before, ramp, after: await server.memory() };
}

/** The same ramps against a bare Socket.IO server: what Socket.IO itself costs per socket. */
async function bareMemory(members: { cookie: string }[], workers: number, concurrency: number) {
  const server: RunningServer = await startBareSocketIo();
  const load = startLoad(workers);
  try {
    await sleep(500);
    const { before, after } = await measuredRamp(server, load, members, concurrency);
    return perSocket(before, after);
  } finally {
    await load.close();
    await server.stop();
  }
}

/**
 * 1. Connections: ramp authenticated sockets (each its own user and session, in projects of
 * 250 homes) to the target on one node: everyone's first connect on a server of its own (timed
 * only), then the measured ramp on a fresh server (see `measuredRamp`); memory per socket from
 * the server's RSS after a full GC, before and after; the time each handshake took and the
 * whole ramp, for both.
 */
export const connections: Scenario = {
  name: 'connections',
  title: 'Authenticated sockets on one node',
  async run(ctx) {
    const p = ctx.profile.connections;
    const database = await createBenchDatabase(ctx.engine, ctx.postgresUrl);
    const seeded = await (async () => {
      const db = await database.open();
      try {
        return await seedCommunity(db.db, {
          projects: Math.ceil(p.sockets / p.perProject),
          membersPerProject: p.perProject,
        });
      } finally {
        await db.close();
      }
    })();
    const members = seeded.members.slice(0, p.sockets);
    ctx.log(`seeded ${members.length} members`);
    // Everyone's first connect makes their Buurtbot conversation (a transaction each): timed
    // on a server of its own, so the measured server sees returning members only, as a
    // running server mostly does.
    const firstServer = await startAppServer(database, {}, 'connections-first');
    const firstLoad = startLoad(p.workers);
    const first = await (async () => {
      try {
        await sleep(500);
        return await firstLoad.connect(firstServer.url, members, { concurrency: p.concurrency });
      } finally {
        await firstLoad.close();
        await firstServer.stop();
      }
    })();
    const server = await startAppServer(database, {}, 'connections');
    const load = startLoad(p.workers);
    try {
      await sleep(500);
      const { before, ramp, after } = await measuredRamp(server, load, members, p.concurrency);
      const memory = perSocket(before, after);
      await load.close();
      const bare = await bareMemory(members, p.workers, p.concurrency);
      return {
        status: 'ok',
        engine: database.engine,
        target: p.sockets,
        connected: after.sockets,
        failed: ramp.failed,
        errors: ramp.errors,
        rampSeconds: round(ramp.elapsedMs / 1000, 1),
        connectsPerSecond: round(ramp.connected / (ramp.elapsedMs / 1000), 0),
        connectMs: ramp.connectMs.summary(),
        /** Everyone's first connect (their Buurtbot conversation is made), on its own server. */
        firstConnect: {
          connected: first.connected,
          failed: first.failed,
          rampSeconds: round(first.elapsedMs / 1000, 1),
          connectMs: first.connectMs.summary(),
        },
        ...memory,
        heapPerSocketKiB: memory.heapUsedPerSocketKiB,
        bareSocketIo: bare,
        goal: { sockets: 10_000, rssPerSocketKiB: 20 },
        met: after.sockets >= 10_000 && memory.rssPerSocketKiB <= 20,
      };
    } finally {
      await load.close();
      await server.stop();
      await database.destroy();
    }
  },
};

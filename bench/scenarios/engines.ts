import { round } from '../lib/histogram';
import { startChild } from '../lib/ipc';
import { loadNow } from '../lib/session';
import { judge, spread } from '../lib/stats';
import type { Engine, Scenario } from '../lib/context';

const OPS = ['sendSequential', 'sendConcurrent8', 'historyPage50'] as const;
type Op = (typeof OPS)[number];
type PathResult = { engine: string } & Record<
  Op,
  { opsPerSecond: number; latencyMs: { p50: number; p99: number } }
>;

/**
 * 6. The message path on PGlite against PostgreSQL: the same domain calls (the message sent
 * one at a time, eight at a time, and a history page), each engine in a fresh process,
 * alternating PGlite and PostgreSQL for every repetition. Slowdown = PostgreSQL's operations
 * per second over PGlite's; the goal (<= 3x) is judged on each of the three, not the best.
 */
export const engines: Scenario = {
  name: 'engines',
  title: 'Message path, PGlite against PostgreSQL',
  async run(ctx) {
    if (!ctx.postgresUrl)
      return { status: 'skipped', reason: 'needs BENCH_DATABASE_URL or TEST_DATABASE_URL' };
    const measure = async (engine: Engine) => {
      const child = startChild('workers/message-path.ts');
      try {
        return await child.call<PathResult>('run', {
          engine,
          postgresUrl: ctx.postgresUrl,
          seconds: ctx.profile.engines.seconds,
          messages: ctx.profile.engines.messages,
        });
      } finally {
        await child.kill();
      }
    };
    const reps: {
      rep: number;
      loadAverage: { start: number; end: number };
      pglite: PathResult;
      postgres: PathResult;
      slowdown: Record<Op, number>;
    }[] = [];
    for (let rep = 1; rep <= ctx.reps; rep++) {
      const start = loadNow();
      const pglite = await measure('pglite');
      const postgres = await measure('postgres');
      const slowdown = Object.fromEntries(
        OPS.map((op) => [
          op,
          round(postgres[op].opsPerSecond / Math.max(pglite[op].opsPerSecond, 1), 2),
        ]),
      ) as Record<Op, number>;
      ctx.log(
        `  repetition ${rep}: PGlite slower by ${OPS.map((op) => `${op} ${slowdown[op]}x`).join(', ')}`,
      );
      reps.push({ rep, loadAverage: { start, end: loadNow() }, pglite, postgres, slowdown });
    }
    const of = (op: Op) => reps.map((r) => r.slowdown[op]);
    return {
      status: 'ok',
      reps,
      /** How many times slower PGlite is (PostgreSQL ops/s over PGlite ops/s), per operation. */
      pgliteSlowdown: Object.fromEntries(OPS.map((op) => [op, spread(of(op), 2)])),
      verdicts: Object.fromEntries(
        OPS.map((op) => [op, judge(of(op), 3, 'atMost', `PGlite slowdown, ${op} (x)`)]),
      ),
    };
  },
};

import { round } from '../lib/histogram';
import { startChild } from '../lib/ipc';
import type { Scenario } from '../lib/context';

interface PathResult {
  engine: string;
  sendSequential: { opsPerSecond: number; latencyMs: { p50: number; p99: number } };
  sendConcurrent8: { opsPerSecond: number; latencyMs: { p50: number; p99: number } };
  historyPage50: { opsPerSecond: number; latencyMs: { p50: number; p99: number } };
}

/**
 * 6. The message path on PGlite against PostgreSQL: the same domain calls, one engine at a
 * time, each in a fresh process. The ratio is PGlite's time per message over PostgreSQL's.
 */
export const engines: Scenario = {
  name: 'engines',
  title: 'Message path, PGlite against PostgreSQL',
  async run(ctx) {
    if (!ctx.postgresUrl)
      return { status: 'skipped', reason: 'needs BENCH_DATABASE_URL or TEST_DATABASE_URL' };
    const measure = async (engine: 'pglite' | 'postgres') => {
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
    const pglite = await measure('pglite');
    const postgres = await measure('postgres');
    const slower = (key: 'sendSequential' | 'sendConcurrent8' | 'historyPage50') =>
      round(postgres[key].opsPerSecond / Math.max(pglite[key].opsPerSecond, 1), 2);
    const ratio = slower('sendSequential');
    ctx.log(
      `  PGlite ${pglite.sendSequential.opsPerSecond}/s, PostgreSQL ${postgres.sendSequential.opsPerSecond}/s`,
    );
    return {
      status: 'ok',
      pglite,
      postgres,
      /** How many times slower PGlite is (PostgreSQL ops/s over PGlite ops/s). */
      pgliteSlowdown: {
        sendSequential: ratio,
        sendConcurrent8: slower('sendConcurrent8'),
        historyPage50: slower('historyPage50'),
      },
      goal: { pgliteSlowdownAtMost: 3 },
      met: ratio <= 3,
    };
  },
};

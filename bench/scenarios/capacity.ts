import { held, runPhase, type PhaseOutcome } from '../lib/phase';
import {
  alternate,
  quiet,
  seedRoom,
  withSession,
  type Repetition,
  type Room,
  type Session,
} from '../lib/session';
import { judge, ratio, spread } from '../lib/stats';
import type { BenchContext, Engine, Scenario, ScenarioResult } from '../lib/context';

interface Step {
  rate: number;
  held: boolean;
  sentPerSecond: number;
  p99Ms: number;
  lost: number;
  failedSends: number;
  duplicates: number;
  outOfOrder: number;
  loadAverage: number;
}

const stepOf = (p: PhaseOutcome): Step => ({
  rate: p.rate,
  held: held(p),
  sentPerSecond: p.sentPerSecond,
  p99Ms: p.latencyMs.p99,
  lost: p.lost,
  failedSends: p.failedSends,
  duplicates: p.duplicates,
  outOfOrder: p.outOfOrderBySender + p.outOfOrderBySeq,
  loadAverage: p.loadAverage,
});

/**
 * The highest rate a server holds with p99 <= 100 ms and nothing lost: from the start rate,
 * double while it holds (halve while it does not) until one rate holds and one does not, then
 * bisect between them (geometric middle), each step a fixed-rate phase, until the rate that
 * failed is within the profile's `resolution` of the one that held (or the steps run out). The
 * answer is the highest rate that held; the lowest that did not bounds it above. Stopping at a
 * fixed number of steps instead let two servers both "hold 400 and fail 566" and look equal.
 */
async function findCapacity(ctx: BenchContext, session: Session) {
  const c = ctx.profile.capacity;
  const steps: Step[] = [];
  let good: number | null = null;
  let bad: number | null = null;
  let rate = c.start;
  for (let i = 0; i < c.steps; i++) {
    const phase = await runPhase(session.load, session.server, {
      channelId: session.channelId,
      countPostgres: session.countPostgres,
      rate,
      seconds: c.stepSeconds,
    });
    const step = stepOf(phase);
    steps.push(step);
    if (step.held) good = Math.max(good ?? 0, rate);
    else bad = Math.min(bad ?? Number.POSITIVE_INFINITY, rate);
    if (!step.held) await quiet(session.server);
    if (good !== null && bad !== null && bad / good <= c.resolution) break;
    let next: number;
    if (good !== null && bad !== null) next = Math.round(Math.sqrt(good * bad));
    else if (good !== null) next = Math.min(c.maxRate, rate * 2);
    else next = Math.max(c.minRate, Math.round(rate / 2));
    if (next === good || next === bad || next === rate) break;
    rate = next;
  }
  return {
    /** The highest rate that held (0: none of the rates tried). */
    capacity: good ?? 0,
    /** The lowest rate that did not hold (null: every rate tried held). */
    firstNotHeld: bad,
    steps,
  };
}

type Found = Awaited<ReturnType<typeof findCapacity>>;

/** The lowest rates that did not hold; null when some repetition held every rate it tried. */
function failedAt(rates: (number | null)[]) {
  return rates.every((r): r is number => r !== null) ? spread(rates, 0) : null;
}

/** One engine's capacities over its repetitions, the ratio from the medians, the verdict. */
function summarise(engine: Engine, members: number, reps: Repetition<Found>[]): ScenarioResult {
  const product = reps.map((r) => r.product.capacity);
  const bare = reps.map((r) => r.bare.capacity);
  const paired = reps.map((r) => ratio(r.product.capacity, r.bare.capacity));
  const capacityRatio = ratio(spread(product).median, spread(bare).median);
  return {
    status: 'ok',
    engine,
    members,
    bound: { p99Ms: 100, lost: 0, duplicated: 0, outOfOrder: 0 },
    reps,
    summary: {
      productMessagesPerSecond: spread(product, 0),
      bareMessagesPerSecond: spread(bare, 0),
      productFirstNotHeld: failedAt(reps.map((r) => r.product.firstNotHeld)),
      bareFirstNotHeld: failedAt(reps.map((r) => r.bare.firstNotHeld)),
      capacityRatio,
      pairedRatio: paired,
    },
    verdicts: {
      capacityRatio: judge(
        [capacityRatio],
        0.8,
        'atLeast',
        'capacity ours / bare',
        Math.min(...paired),
      ),
    },
  };
}

/**
 * 3. Capacity at equal latency: for the product (on each engine) and for the bare Socket.IO
 * server, alternating, the highest message rate to the room whose p99 stays within 100 ms with
 * nothing lost, duplicated or out of order (`findCapacity`). The ratio is ours over bare, from
 * the medians; its worst is the lowest ratio of a product run to the bare run next to it.
 */
export const capacity: Scenario = {
  name: 'capacity',
  title: 'Capacity at p99 <= 100 ms, against bare Socket.IO',
  perEngine: true,
  acrossEngines: true,
  async run(ctx) {
    const members = ctx.profile.fanout.members;
    const rooms = new Map<Engine, Room>();
    try {
      for (const engine of ctx.engines) rooms.set(engine, await seedRoom(ctx, engine, members));
      const byEngine = await alternate(ctx, (kind, engine, rep) => {
        const room = rooms.get(engine);
        if (!room) throw new Error(`no room on ${engine}`);
        const label = kind === 'product' ? `ours on ${engine}` : 'bare';
        return withSession(
          ctx,
          kind,
          room,
          `capacity-${kind}-${engine}-${rep}`,
          async (session) => {
            const found = await findCapacity(ctx, session);
            ctx.log(
              `    ${label}: ${found.capacity} msg/s held (${found.steps.map((s) => `${s.rate}${s.held ? '+' : '-'}`).join(' ')})`,
            );
            return found;
          },
        );
      });
      return {
        status: 'ok',
        engines: Object.fromEntries(
          ctx.engines.map((engine) => [engine, summarise(engine, members, byEngine[engine])]),
        ),
      };
    } finally {
      for (const room of rooms.values()) await room.database.destroy();
    }
  },
};

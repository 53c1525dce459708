import { Histogram, round, type SerializedHistogram } from '../lib/histogram';
import { startLoad, type LoadGroup } from '../lib/load';
import { createBenchDatabase, seedCommunity } from '../lib/seed';
import { startAppServer, startBareSocketIo, type RunningServer } from '../lib/servers';
import type { BenchContext, Scenario, ScenarioResult } from '../lib/context';

/** "The rate at which p99 passes 100 ms", and the bound for a sustained rate. */
const P99_LIMIT_MS = 100;
/** The sweep goes on past 100 ms to find the capacity; it stops at this p99 or when deliveries lag. */
const SWEEP_STOP_P99_MS = 2000;

interface PhaseOutcome {
  rate: number;
  seconds: number;
  sent: number;
  failedSends: number;
  deliveries: number;
  expectedDeliveries: number;
  deliveriesPerSecond: number;
  lost: number;
  duplicates: number;
  latencyMs: ReturnType<Histogram['summary']>;
  /**
   * Server CPU time per message (each delivered to every member), in ms: what the server needed,
   * independent of how much of the machine it got. Ratios of this hold better than latency on a
   * busy machine.
   */
  serverCpuMsPerMessage: number;
}

let phaseCounter = 0;

/** One fixed-rate phase: every worker sends its share; every member measures every message. */
async function phase(
  load: LoadGroup,
  server: RunningServer,
  channelId: string,
  rate: number,
  seconds: number,
): Promise<PhaseOutcome> {
  const id = `p${++phaseCounter}`;
  const cpuBefore = await server.cpuMs();
  const workers = load.workers.length;
  const perWorker = rate / workers;
  const capacity = Math.ceil(perWorker * seconds) + 10;
  const sends = await Promise.all(
    load.workers.map((w) =>
      w.call<{ sent: number; failed: number[]; sendMs: number; startedAt: number }>('phase', {
        id,
        channelId,
        ratePerSec: perWorker,
        durationMs: seconds * 1000,
        workers,
        capacity,
      }),
    ),
  );
  const expected = sends.map((s, worker) => ({ worker, sent: s.sent, failed: s.failed }));
  const collected = await Promise.all(
    load.workers.map((w) =>
      w.call<{
        receivers: number;
        deliveries: number;
        lost: number;
        duplicates: number;
        firstDelivery: number;
        lastDelivery: number;
        latency: SerializedHistogram;
      }>('collect', { expected, drainMs: 10_000 }),
    ),
  );
  const cpuMs = (await server.cpuMs()) - cpuBefore;
  const latency = new Histogram();
  for (const c of collected) latency.merge(c.latency);
  const receivers = collected.reduce((a, c) => a + c.receivers, 0);
  const sent = sends.reduce((a, s) => a + s.sent, 0);
  const failedSends = sends.reduce((a, s) => a + s.failed.length, 0);
  const deliveries = collected.reduce((a, c) => a + c.deliveries, 0);
  const start = Math.min(...sends.map((s) => s.startedAt));
  const end = Math.max(...collected.map((c) => c.lastDelivery));
  return {
    rate,
    seconds,
    sent,
    failedSends,
    deliveries,
    expectedDeliveries: (sent - failedSends) * receivers,
    deliveriesPerSecond: end > start ? round(deliveries / ((end - start) / 1000), 0) : 0,
    lost: collected.reduce((a, c) => a + c.lost, 0),
    duplicates: collected.reduce((a, c) => a + c.duplicates, 0),
    latencyMs: latency.summary(),
    serverCpuMsPerMessage: sent > 0 ? round(cpuMs / sent, 3) : 0,
  };
}

/** 10 msg/s, the main rate, then a sweep upwards until p99 passes 100 ms or delivery lags. */
async function measure(
  ctx: BenchContext,
  server: RunningServer,
  channelId: string,
  members: { cookie: string }[],
) {
  const p = ctx.profile.fanout;
  const load = startLoad(p.workers);
  try {
    const ramp = await load.connect(server.url, members, { concurrency: 25 });
    if (ramp.connected !== members.length)
      throw new Error(`only ${ramp.connected} of ${members.length} members connected`);
    ctx.log(`  ${ramp.connected} members connected`);
    const low = await phase(load, server, channelId, p.lowRate, p.lowSeconds);
    ctx.log(`  ${p.lowRate} msg/s: p99 ${low.latencyMs.p99} ms, lost ${low.lost}`);
    const main = await phase(load, server, channelId, p.rate, p.seconds);
    ctx.log(`  ${p.rate} msg/s: p99 ${main.latencyMs.p99} ms, lost ${main.lost}`);
    const sweep: PhaseOutcome[] = [];
    let p99PassedAt: number | null = null;
    for (
      let rate = p.sweep.start;
      rate <= p.sweep.maxRate;
      rate = Math.round(rate * p.sweep.factor)
    ) {
      const step = await phase(load, server, channelId, rate, p.sweep.stepSeconds);
      sweep.push(step);
      ctx.log(
        `  sweep ${rate} msg/s: p99 ${step.latencyMs.p99} ms, ${step.deliveriesPerSecond} deliveries/s`,
      );
      if (p99PassedAt === null && step.latencyMs.p99 > P99_LIMIT_MS) p99PassedAt = rate;
      const lagging = step.deliveries < 0.98 * step.expectedDeliveries;
      if (step.latencyMs.p99 > SWEEP_STOP_P99_MS || lagging) break;
    }
    const phases = [low, main, ...sweep];
    const intact = phases.filter((s) => s.lost === 0 && s.failedSends === 0);
    const sustained = intact.filter((s) => s.latencyMs.p99 <= P99_LIMIT_MS);
    return {
      members: members.length,
      low,
      main,
      sweep,
      /** The first rate whose p99 passed 100 ms (null: none of the rates tried). */
      p99PassesAt: p99PassedAt ?? (main.latencyMs.p99 > P99_LIMIT_MS ? p.rate : null),
      /** The highest delivery rate reached in any phase with nothing lost: the capacity. */
      peakDeliveriesPerSecond: Math.max(0, ...intact.map((s) => s.deliveriesPerSecond)),
      /** The highest delivery rate held with p99 within 100 ms and nothing lost. */
      sustainedDeliveriesPerSecond: Math.max(0, ...sustained.map((s) => s.deliveriesPerSecond)),
      sustainedMessageRate: Math.max(0, ...sustained.map((s) => s.rate)),
    };
  } finally {
    await load.close();
  }
}

export type FanoutMeasure = Awaited<ReturnType<typeof measure>>;

function referenceKeptUp(main: PhaseOutcome): boolean {
  return main.lost === 0 && main.failedSends === 0 && main.latencyMs.p99 <= 1000;
}

/** 2. Fan-out: a room of members on the real server, every message persisted. */
export const fanout: Scenario & { last?: FanoutMeasure } = {
  name: 'fanout',
  title: 'Room fan-out, persisted',
  async run(ctx) {
    const p = ctx.profile.fanout;
    const database = await createBenchDatabase(ctx.engine, ctx.postgresUrl);
    const seeded = await (async () => {
      const db = await database.open();
      try {
        return await seedCommunity(db.db, { projects: 1, membersPerProject: p.members });
      } finally {
        await db.close();
      }
    })();
    const server = await startAppServer(database, {}, 'fanout');
    try {
      const result = await measure(ctx, server, seeded.projects[0]?.common ?? '', seeded.members);
      fanout.last = result;
      const main = result.main;
      return {
        status: 'ok',
        engine: database.engine,
        ...result,
        goal: { p99Ms: 50, lost: 0, duplicates: 0, at: p.rate },
        met:
          main.latencyMs.p99 <= 50 &&
          main.lost === 0 &&
          main.duplicates === 0 &&
          main.failedSends === 0,
      } satisfies ScenarioResult;
    } finally {
      await server.stop();
      await database.destroy();
    }
  },
};

/** 3. The same load against a bare Socket.IO broadcast server, and our figures as ratios. */
export const bareFanout: Scenario = {
  name: 'bare-fanout',
  title: 'Fan-out against bare Socket.IO',
  async run(ctx) {
    const p = ctx.profile.fanout;
    const server = await startBareSocketIo();
    try {
      const members = Array.from({ length: p.members }, (_, i) => ({ cookie: `bench=${i}` }));
      const bare = await measure(ctx, server, 'bare-room', members);
      const ours = fanout.last;
      const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);
      const throughputRatio = ours
        ? ratio(ours.peakDeliveriesPerSecond, bare.peakDeliveriesPerSecond)
        : null;
      const sustainedRatio = ours
        ? ratio(ours.sustainedDeliveriesPerSecond, bare.sustainedDeliveriesPerSecond)
        : null;
      return {
        status: 'ok',
        bare,
        ours: ours
          ? {
              p99AtMainRateMs: ours.main.latencyMs.p99,
              peakDeliveriesPerSecond: ours.peakDeliveriesPerSecond,
              sustainedDeliveriesPerSecond: ours.sustainedDeliveriesPerSecond,
              p99PassesAt: ours.p99PassesAt,
              cpuMsPerMessage: ours.main.serverCpuMsPerMessage,
            }
          : null,
        /** Peak deliveries/s (nothing lost), ours over bare. */
        throughputRatio,
        /** The same for the rates held within p99 100 ms (coarse: limited to the rates tried). */
        sustainedRatio,
        p99RatioAtMainRate: ours ? ratio(ours.main.latencyMs.p99, bare.main.latencyMs.p99) : null,
        /**
         * Bare server CPU per message over ours, at the main rate: the throughput ratio to expect
         * when the server's CPU is the limit, however busy the machine was.
         */
        cpuEfficiencyRatio: ours
          ? ratio(bare.main.serverCpuMsPerMessage, ours.main.serverCpuMsPerMessage)
          : null,
        /**
         * The comparison only means something when the reference kept up at the main rate; on an
         * overloaded machine it may not (acks timing out, deliveries still queued after the drain).
         */
        referenceKeptUp: referenceKeptUp(bare.main),
        goal: { throughputRatio: 0.8 },
        met: referenceKeptUp(bare.main)
          ? throughputRatio !== null && throughputRatio >= 0.8
          : undefined,
      };
    } finally {
      await server.stop();
    }
  },
};

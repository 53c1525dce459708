/**
 * One fixed-rate fan-out phase (open loop): every load process sends its share of the rate,
 * members taking turns; every member measures every message's send-to-delivery latency, counts
 * what was lost, duplicated or out of order, and the server's CPU (and PostgreSQL's) is read
 * from /proc before and after.
 */
import { loadavg } from 'node:os';
import { Histogram, round, type SerializedHistogram } from './histogram';
import type { LoadGroup } from './load';
import { postgresCpuMs } from './procstat';
import type { RunningServer } from './servers';

/** The latency bound of "capacity": p99 send-to-delivery at most this, nothing lost. */
export const P99_BOUND_MS = 100;

export interface PhaseOutcome {
  rate: number;
  seconds: number;
  sent: number;
  /** Messages per second the load processes actually sent (below `rate` when they fell behind). */
  sentPerSecond: number;
  failedSends: number;
  deliveries: number;
  expectedDeliveries: number;
  lost: number;
  duplicates: number;
  /** Deliveries after a later message of the same sender. */
  outOfOrderBySender: number;
  /** Deliveries with a lower sequence number than one delivered before in the room. */
  outOfOrderBySeq: number;
  latencyMs: ReturnType<Histogram['summary']>;
  /** The server process's CPU time per sent message (each delivered to every member), ms. */
  serverCpuMsPerMessage: number;
  /** All PostgreSQL server processes' CPU time per sent message, ms (null: not PostgreSQL). */
  databaseCpuMsPerMessage: number | null;
  /** The two together: what one message cost the machine's server side. */
  totalCpuMsPerMessage: number;
  loadAverage: number;
}

let phaseCounter = 0;

interface Collected {
  receivers: number;
  deliveries: number;
  lost: number;
  duplicates: number;
  outOfOrderBySender: number;
  outOfOrderBySeq: number;
  lastDelivery: number;
  latency: SerializedHistogram;
}

/** Runs one phase. `database` says whether PostgreSQL's processes are counted. */
export async function runPhase(
  load: LoadGroup,
  server: RunningServer,
  options: { channelId: string; rate: number; seconds: number; countPostgres: boolean },
): Promise<PhaseOutcome> {
  const { rate, seconds } = options;
  const id = `p${++phaseCounter}`;
  const loadAverage = round(loadavg()[0] ?? 0);
  const cpuBefore = server.cpuMs();
  const dbBefore = options.countPostgres ? postgresCpuMs() : null;
  const workers = load.workers.length;
  const perWorker = rate / workers;
  const capacity = Math.ceil(perWorker * seconds) + 10;
  const sends = await Promise.all(
    load.workers.map((w) =>
      w.call<{ sent: number; failed: number[]; sendMs: number; startedAt: number }>('phase', {
        id,
        channelId: options.channelId,
        ratePerSec: perWorker,
        durationMs: seconds * 1000,
        workers,
        capacity,
      }),
    ),
  );
  const expected = sends.map((s, worker) => ({ worker, sent: s.sent, failed: s.failed }));
  const collected = await Promise.all(
    load.workers.map((w) => w.call<Collected>('collect', { expected, drainMs: 10_000 })),
  );
  const cpuMs = server.cpuMs() - cpuBefore;
  const dbAfter = options.countPostgres ? postgresCpuMs() : null;
  const dbMs = dbBefore !== null && dbAfter !== null ? dbAfter - dbBefore : null;
  const latency = new Histogram();
  for (const c of collected) latency.merge(c.latency);
  const receivers = collected.reduce((a, c) => a + c.receivers, 0);
  const sent = sends.reduce((a, s) => a + s.sent, 0);
  const failedSends = sends.reduce((a, s) => a + s.failed.length, 0);
  const sendMs = Math.max(...sends.map((s) => s.sendMs));
  const sum = (key: keyof Collected) =>
    collected.reduce((a, c) => a + (typeof c[key] === 'number' ? c[key] : 0), 0);
  const perMessage = (ms: number) => (sent > 0 ? round(ms / sent, 3) : 0);
  return {
    rate,
    seconds,
    sent,
    sentPerSecond: sendMs > 0 ? round(sent / (sendMs / 1000), 1) : 0,
    failedSends,
    deliveries: sum('deliveries'),
    expectedDeliveries: (sent - failedSends) * receivers,
    lost: sum('lost'),
    duplicates: sum('duplicates'),
    outOfOrderBySender: sum('outOfOrderBySender'),
    outOfOrderBySeq: sum('outOfOrderBySeq'),
    latencyMs: latency.summary(),
    serverCpuMsPerMessage: perMessage(cpuMs),
    databaseCpuMsPerMessage: dbMs === null ? null : perMessage(dbMs),
    totalCpuMsPerMessage: perMessage(cpuMs + (dbMs ?? 0)),
    loadAverage,
  };
}

/** Nothing lost, failed, duplicated or out of order. */
export function intact(p: PhaseOutcome): boolean {
  return (
    p.lost === 0 &&
    p.failedSends === 0 &&
    p.duplicates === 0 &&
    p.outOfOrderBySender === 0 &&
    p.outOfOrderBySeq === 0
  );
}

/**
 * Whether a phase held the rate at the latency bound: p99 <= 100 ms, intact, and the load
 * processes really sent at (nearly) the rate asked (else the rate was not tested).
 */
export function held(p: PhaseOutcome): boolean {
  return intact(p) && p.latencyMs.p99 <= P99_BOUND_MS && p.sentPerSecond >= 0.9 * p.rate;
}

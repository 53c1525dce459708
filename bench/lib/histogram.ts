/**
 * A small mergeable latency histogram (milliseconds): 0.1 ms buckets up to 10 ms, 1 ms up to
 * 1 s, 10 ms up to 60 s, one overflow bucket. Workers fill their own and send the counts; the
 * coordinator merges them. Percentiles are the upper edge of the bucket they fall in.
 */
const FINE = 100; // 0..10 ms by 0.1
const MEDIUM = 990; // 10..1000 ms by 1
const COARSE = 5900; // 1..60 s by 10 ms
const SIZE = FINE + MEDIUM + COARSE + 1;

function bucketOf(ms: number): number {
  if (ms < 0) return 0;
  if (ms < 10) return Math.floor(ms * 10);
  if (ms < 1000) return FINE + Math.floor(ms - 10);
  if (ms < 60_000) return FINE + MEDIUM + Math.floor((ms - 1000) / 10);
  return SIZE - 1;
}

function upperEdge(bucket: number): number {
  if (bucket < FINE) return (bucket + 1) / 10;
  if (bucket < FINE + MEDIUM) return 10 + (bucket - FINE) + 1;
  if (bucket < SIZE - 1) return 1000 + (bucket - FINE - MEDIUM + 1) * 10;
  return Number.POSITIVE_INFINITY;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export class Histogram {
  counts: number[];
  count = 0;
  sum = 0;
  max = 0;

  constructor(counts?: number[]) {
    this.counts = counts ?? new Array<number>(SIZE).fill(0);
    for (let i = 0; i < this.counts.length; i++) this.count += this.counts[i] ?? 0;
  }

  record(ms: number): void {
    const bucket = bucketOf(ms);
    this.counts[bucket] = (this.counts[bucket] ?? 0) + 1;
    this.count += 1;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  merge(other: SerializedHistogram): void {
    for (let i = 0; i < SIZE; i++) this.counts[i] = (this.counts[i] ?? 0) + (other.counts[i] ?? 0);
    this.count += other.count;
    this.sum += other.sum;
    this.max = Math.max(this.max, other.max);
  }

  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < SIZE; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.min(upperEdge(i), this.max);
    }
    return this.max;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      p50: round(this.percentile(50)),
      p95: round(this.percentile(95)),
      p99: round(this.percentile(99)),
      max: round(this.max),
      mean: round(this.count ? this.sum / this.count : 0),
    };
  }

  serialize(): SerializedHistogram {
    return { counts: this.counts, count: this.count, sum: this.sum, max: this.max };
  }
}

export interface SerializedHistogram {
  counts: number[];
  count: number;
  sum: number;
  max: number;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Summary of a plain list of numbers (small samples: setup times, per-step figures). */
export function summarize(values: number[]): LatencySummary {
  const h = new Histogram();
  for (const v of values) h.record(v);
  return h.summary();
}

/**
 * Figures over repetitions (min / median / max) and verdicts. A goal is "met" only when the
 * median meets it AND the worst repetition is within 20 % of it; otherwise "not met", saying by
 * how much. No other rounding and no best-of.
 */
import { round } from './histogram';

export interface Spread {
  min: number;
  median: number;
  max: number;
  /** Every repetition's value, in run order. */
  values: number[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function spread(values: number[], digits = 3): Spread {
  return {
    min: round(Math.min(...values), digits),
    median: round(median(values), digits),
    max: round(Math.max(...values), digits),
    values: values.map((v) => round(v, digits)),
  };
}

/** The share of the goal the worst repetition may miss it by. */
export const WORST_MARGIN = 0.2;

export interface Verdict {
  verdict: 'met' | 'not met' | 'void';
  goal: string;
  median: number;
  worst: number;
  /** Plain words: what was measured against the goal, and by how much it missed. */
  note: string;
}

const pct = (value: number) => `${Math.round(value * 100)}%`;
/** How far over a goal: a percentage, or "N times" once it is more than twice the goal. */
const over = (value: number, goal: number) =>
  value > 2 * goal ? `${round(value / goal, 1)} times` : `${pct(value / goal - 1)} over`;

/**
 * `atMost`: the median must be <= goal and the worst (highest) repetition <= goal x 1.2 (for a
 * goal of 0: 0 in every repetition). `atLeast`: median >= goal, worst (lowest) >= goal x 0.8.
 * `worst` may be given when it is not the extreme of `values` (a ratio of paired repetitions).
 */
export function judge(
  values: number[],
  goal: number,
  direction: 'atMost' | 'atLeast',
  label: string,
  worstGiven?: number,
): Verdict {
  const mid = round(median(values), 3);
  const worst = round(
    worstGiven ?? (direction === 'atMost' ? Math.max(...values) : Math.min(...values)),
    3,
  );
  const goalText = `${label} ${direction === 'atMost' ? '<=' : '>='} ${goal}`;
  if (values.length === 0 || !values.every(Number.isFinite) || !Number.isFinite(worst))
    return { verdict: 'void', goal: goalText, median: mid, worst, note: 'no figure measured' };
  const misses: string[] = [];
  if (direction === 'atMost') {
    const limit = goal * (1 + WORST_MARGIN);
    if (mid > goal) misses.push(`median ${mid} is ${goal > 0 ? over(mid, goal) : 'above'} ${goal}`);
    if (worst > limit)
      misses.push(
        `worst ${worst} is ${goal > 0 ? `${over(worst, goal)} ${goal} (20% over allowed)` : `above ${goal}`}`,
      );
  } else {
    const limit = goal * (1 - WORST_MARGIN);
    if (mid < goal) misses.push(`median ${mid} is ${pct(1 - mid / goal)} under ${goal}`);
    if (worst < limit)
      misses.push(`worst ${worst} is ${pct(1 - worst / goal)} under ${goal} (20% under allowed)`);
  }
  return {
    verdict: misses.length === 0 ? 'met' : 'not met',
    goal: goalText,
    median: mid,
    worst,
    note: misses.length === 0 ? `median ${mid}, worst ${worst}` : misses.join('; '),
  };
}

/** Ratio a / b rounded, or NaN when b is 0. */
export function ratio(a: number, b: number, digits = 3): number {
  return b > 0 ? round(a / b, digits) : Number.NaN;
}

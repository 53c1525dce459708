import { intents, type Intent } from '../engine/intents';
import type { Example } from './datasets';
import type { Decision } from './decide';

/** A share with its 95% Wilson score interval. */
export interface Share {
  hits: number;
  total: number;
  share: number;
  low: number;
  high: number;
}

export function wilson(hits: number, total: number): Share {
  if (total === 0) return { hits, total, share: 1, low: 0, high: 1 };
  const z = 1.96;
  const p = hits / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const margin =
    (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return {
    hits,
    total,
    share: p,
    low: Math.max(0, centre - margin),
    high: Math.min(1, centre + margin),
  };
}

export interface SetReport {
  total: number;
  /** Intent accuracy (lines with an intent label only). */
  accuracy: Share;
  perIntent: Partial<Record<Intent, Share>>;
  /** Emergencies that got the emergency advice. */
  recall: Share;
  /** Emergencies that got the advice or the safety question. */
  recallOrAsked: Share;
  /** Non-emergencies that got the emergency advice. */
  falseAdvice: Share;
  /** Non-emergencies that got the safety question. */
  asked: Share;
  /** Mistakes, for the sets that may be looked at line by line (never printed for the blind set). */
  mistakes: { text: string; expected: string; got: string }[];
}

/** Runs every example through the decision and counts. */
export async function measure(
  examples: readonly Example[],
  decide: (text: string, locale: Example['language']) => Promise<Decision>,
): Promise<SetReport> {
  const intentCounts = new Map<Intent, { hits: number; total: number }>();
  let intentHits = 0;
  let intentTotal = 0;
  const c = { emergencies: 0, advised: 0, advisedOrAsked: 0, others: 0, falseAdvice: 0, asked: 0 };
  const mistakes: SetReport['mistakes'] = [];
  for (const example of examples) {
    const decision = await decide(example.text, example.language);
    if (example.intent) {
      const hit = decision.intent === example.intent;
      const counts = intentCounts.get(example.intent) ?? { hits: 0, total: 0 };
      counts.total += 1;
      intentTotal += 1;
      if (hit) {
        counts.hits += 1;
        intentHits += 1;
      } else mistakes.push({ text: example.text, expected: example.intent, got: decision.intent });
      intentCounts.set(example.intent, counts);
    }
    if (example.emergency) {
      c.emergencies += 1;
      if (decision.emergency) c.advised += 1;
      if (decision.emergency || decision.asked) c.advisedOrAsked += 1;
      if (!example.intent && !decision.emergency)
        mistakes.push({
          text: example.text,
          expected: 'emergency',
          got: decision.asked ? 'asked' : 'none',
        });
    } else {
      c.others += 1;
      if (decision.emergency) c.falseAdvice += 1;
      if (decision.asked) c.asked += 1;
      if (!example.intent && decision.emergency)
        mistakes.push({ text: example.text, expected: 'no emergency', got: 'advice' });
    }
  }
  const perIntent: SetReport['perIntent'] = {};
  for (const intent of intents) {
    const counts = intentCounts.get(intent);
    if (counts) perIntent[intent] = wilson(counts.hits, counts.total);
  }
  return {
    total: examples.length,
    accuracy: wilson(intentHits, intentTotal),
    perIntent,
    recall: wilson(c.advised, c.emergencies),
    recallOrAsked: wilson(c.advisedOrAsked, c.emergencies),
    falseAdvice: wilson(c.falseAdvice, c.others),
    asked: wilson(c.asked, c.others),
    mistakes,
  };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** "93.4% (90.1-95.7%, 431/461)". */
export function describeShare(s: Share): string {
  return `${percent(s.share)} (${percent(s.low)}-${percent(s.high)}, ${s.hits}/${s.total})`;
}

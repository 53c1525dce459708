import type { Locale } from '../../../server/i18n/locale';
import type { Intent } from '../intents';
import { intents } from '../intents';
import type { IntentClassifier } from './classifier';

export interface LabelledUtterance {
  language: Locale;
  intent: Intent;
  text: string;
}

export interface EvaluationReport {
  total: number;
  correct: number;
  accuracy: number;
  perIntent: Record<Intent, { total: number; correct: number; accuracy: number }>;
  perLanguage: Record<Locale, { total: number; correct: number; accuracy: number }>;
  mistakes: { text: string; expected: Intent; got: Intent; confidence: number }[];
}

function ratio(correct: number, total: number): number {
  return total === 0 ? 1 : correct / total;
}

/** Classifies every labelled utterance and counts hits per intent, per language and overall. */
export async function evaluate(
  classifier: IntentClassifier,
  examples: readonly LabelledUtterance[],
): Promise<EvaluationReport> {
  const perIntent = Object.fromEntries(
    intents.map((i) => [i, { total: 0, correct: 0, accuracy: 0 }]),
  ) as EvaluationReport['perIntent'];
  const perLanguage: EvaluationReport['perLanguage'] = {
    nl: { total: 0, correct: 0, accuracy: 0 },
    en: { total: 0, correct: 0, accuracy: 0 },
  };
  const mistakes: EvaluationReport['mistakes'] = [];
  let correct = 0;
  for (const example of examples) {
    const result = await classifier.classify(example.text);
    const hit = result.intent === example.intent;
    perIntent[example.intent].total += 1;
    perLanguage[example.language].total += 1;
    if (hit) {
      correct += 1;
      perIntent[example.intent].correct += 1;
      perLanguage[example.language].correct += 1;
    } else {
      mistakes.push({
        text: example.text,
        expected: example.intent,
        got: result.intent,
        confidence: result.confidence,
      });
    }
  }
  for (const entry of [...Object.values(perIntent), ...Object.values(perLanguage)]) {
    entry.accuracy = ratio(entry.correct, entry.total);
  }
  return {
    total: examples.length,
    correct,
    accuracy: ratio(correct, examples.length),
    perIntent,
    perLanguage,
    mistakes,
  };
}

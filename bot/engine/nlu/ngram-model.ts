import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { prepare } from '../chat-spelling';
import type { Intent } from '../intents';
import { intents, isIntent } from '../intents';
import type { Corpus } from './corpus';

/**
 * The second model: naive Bayes (wink-naive-bayes-text-classifier) over the words and the
 * letter groups of 3-5 letters in each word. Letter groups carry typos, chat spelling, Dutch
 * compounds and one-word messages that the word model (nlp.js) has not seen as such.
 */
function features(text: string): string[] {
  const words = prepare(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const out = [...words];
  for (const word of words) {
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n += 1) {
      for (let i = 0; i + n <= padded.length; i += 1) out.push(`#${padded.slice(i, i + n)}`);
    }
  }
  return out;
}

export interface NgramModel {
  /** Every intent with its probability, highest first. */
  rank(text: string): { intent: Intent; probability: number }[];
}

export function trainNgramModel(corpus: Corpus): NgramModel {
  const model = naiveBayesTextClassifier();
  model.definePrepTasks([features]);
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const language of Object.keys(corpus) as (keyof Corpus)[]) {
    for (const intent of intents) {
      for (const utterance of corpus[language][intent]) model.learn(utterance, intent);
    }
  }
  model.consolidate();
  return {
    rank(text) {
      if (features(text).length === 0) return [{ intent: 'unknown', probability: 1 }];
      const odds = model.computeOdds(text);
      const top = odds[0]?.[1] ?? 0;
      const total = odds.reduce((sum, [, o]) => sum + 2 ** (o - top), 0);
      return odds
        .filter((entry): entry is [Intent, number] => isIntent(entry[0]))
        .map(([intent, o]) => ({ intent, probability: 2 ** (o - top) / total }));
    },
  };
}

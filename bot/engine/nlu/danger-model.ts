import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { intents } from '../intents';
import type { DangerExample } from '../safety/danger-corpus';
import type { Corpus } from './corpus';
import { prepare } from '../chat-spelling';

/**
 * A model for one question only: "is someone in danger now?". Naive Bayes
 * (wink-naive-bayes-text-classifier) over the words and word pairs, trained on the
 * corpus (emergency against every other intent) and on the danger corpus (`safety/danger-corpus/`:
 * described emergencies and calm look-alikes in many voices). What its odds make Buurtbot do
 * (ask, advise, or doubt a rule) is decided in `safety/danger-verdict.ts`.
 */
export interface DangerModel {
  /** Log2 odds that the message says someone is in danger now (above 0: more likely than not). */
  score(text: string): number;
}

/**
 * The words (chat spelling written out) and each pair of neighbouring words: "ademt niet" says
 * more than "ademt" and "niet" apart. Pairs did better than 3-5 letter groups on the tuned sets
 * (recall at 1% of other messages asked).
 */
function wordsAndPairs(text: string): string[] {
  const words = prepare(text)
    .split(' ')
    .filter((w) => w.length > 0);
  return [...words, ...words.slice(1).map((word, i) => `${words[i]}_${word}`)];
}

/** Scores stay finite, so they survive JSON and a thread's message. */
const LIMIT = 1_000;

export function trainDangerModel(corpus: Corpus, examples: readonly DangerExample[]): DangerModel {
  const model = naiveBayesTextClassifier();
  model.definePrepTasks([wordsAndPairs]);
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const language of Object.keys(corpus) as (keyof Corpus)[]) {
    for (const intent of intents) {
      const label = intent === 'emergency' ? 'danger' : 'calm';
      for (const utterance of corpus[language][intent]) model.learn(utterance, label);
    }
  }
  for (const example of examples) model.learn(example.text, example.danger ? 'danger' : 'calm');
  model.consolidate();
  return {
    score(text) {
      if (wordsAndPairs(text).length === 0) return -LIMIT;
      const odds = new Map(model.computeOdds(text));
      const score = (odds.get('danger') ?? -LIMIT) - (odds.get('calm') ?? -LIMIT);
      return Math.round(Math.max(-LIMIT, Math.min(LIMIT, score)) * 100) / 100;
    },
  };
}

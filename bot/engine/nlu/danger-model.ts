import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { isEmergencyKind, type EmergencyKind } from '../actions';
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
  /**
   * The highest odds of any one sentence of a message of several, or undefined for one sentence.
   * Naive Bayes adds up every word's evidence, so a long calm opening ("hoi, een vraagje over de
   * bingo...") outweighs the one sentence where the danger is told ("...er komt rook uit de flat
   * hiernaast"): the model is only sure that nobody is in danger when it is sure of every part.
   */
  scoreParts(text: string): number | undefined;
  /**
   * Which kind of danger the message describes, when the kind model is sure (its best kind at
   * least `KIND_MARGIN` log2 odds ahead of the next); undefined otherwise. Asked only for a
   * message the model reads as danger, so the advice can fit it (leave, no light switch, for gas).
   */
  kind(text: string): EmergencyKind | undefined;
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

/**
 * The sentences of a message: split after . ! ? and at line breaks, and before a turn of the
 * story ("oh wait", "o nee wacht", "maar waar ik nu voor schrijf"); parts of fewer than three
 * words are left out.
 */
function sentences(text: string): string[] {
  return text
    .split(
      /(?<=[.!?])\s+|\n+|\s+(?=(?:oh? (?:wait|nee|no)|maar waar ik (?:nu )?voor (?:schrijf|bel|kom))\b)/i,
    )
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3);
}

/** Scores stay finite, so they survive JSON and a thread's message. */
const LIMIT = 1_000;

/**
 * How far ahead the best kind must be. Trained on the danger corpus's one-kind emergencies with
 * one writer left out, on the left-out writer's emergencies the rules miss (2026-12-07, eleven
 * files, 1,226 lines): it named a kind for 86.7% of them and was right for 97.7% of those (with
 * eight files and no margin: right for 92.6%). Below the margin the advice stays the general one.
 */
const KIND_MARGIN = 8;

/**
 * Naive Bayes over the same words and pairs, one label per kind, from one-kind emergencies;
 * undefined with fewer than two kinds to tell apart.
 */
function trainKindModel(examples: readonly DangerExample[]) {
  const taught = examples.flatMap((e) => (e.danger && e.kinds.length === 1 ? [e] : []));
  if (new Set(taught.map((e) => e.kinds[0])).size < 2) return undefined;
  const model = naiveBayesTextClassifier();
  model.definePrepTasks([wordsAndPairs]);
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const example of taught) model.learn(example.text, example.kinds[0] ?? 'danger');
  model.consolidate();
  return model;
}

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
  const kinds = trainKindModel(examples);
  const score = (text: string) => {
    if (wordsAndPairs(text).length === 0) return -LIMIT;
    const odds = new Map(model.computeOdds(text));
    const value = (odds.get('danger') ?? -LIMIT) - (odds.get('calm') ?? -LIMIT);
    return Math.round(Math.max(-LIMIT, Math.min(LIMIT, value)) * 100) / 100;
  };
  return {
    kind(text) {
      if (!kinds || wordsAndPairs(text).length === 0) return undefined;
      const [best, next] = kinds.computeOdds(text);
      if (!best || !isEmergencyKind(best[0])) return undefined;
      return best[1] - (next?.[1] ?? -LIMIT) >= KIND_MARGIN ? best[0] : undefined;
    },
    score,
    scoreParts(text) {
      const parts = sentences(text);
      return parts.length > 1 ? Math.max(...parts.map(score)) : undefined;
    },
  };
}

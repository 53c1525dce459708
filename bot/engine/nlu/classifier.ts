import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangNl } from '@nlpjs/lang-nl';
import { Nlp } from '@nlpjs/nlp';
import type { Locale } from '../../../server/i18n/locale';
import { locales } from '../../../server/i18n/locale';
import type { Intent } from '../intents';
import { intents, isIntent } from '../intents';
import { detectLanguage } from '../language';
import { detectEmergency } from '../safety/emergency';
import { createSpeller, words } from '../text';
import type { Corpus } from './corpus';
import { trainingCorpus } from './corpus';

export interface Classification {
  intent: Intent;
  /** 0..1; for `unknown` it is how sure the bot is that nothing else was meant. */
  confidence: number;
  /** The language the message seems to be in, when it can tell. */
  language?: Locale;
  /** Why: `safety` = the emergency word list fired; `model` = the nlp.js classifier decided. */
  source: 'safety' | 'model';
}

export interface IntentClassifier {
  classify(text: string): Promise<Classification>;
}

/** Below this score the top intent is not trusted and the message counts as `unknown`. */
export const MIN_CONFIDENCE = 0.4;

/**
 * Chat spellings written out, so "zn", "z'n" and "zijn" are one word to the model. Applied to the
 * corpus and to messages alike.
 */
const chatSpellings: Record<string, string> = {
  zn: 'zijn',
  "z'n": 'zijn',
  mn: 'mijn',
  "m'n": 'mijn',
  "'k": 'ik',
  ff: 'even',
  effe: 'even',
  nie: 'niet',
  egt: 'echt',
  nr: 'nummer',
  nmr: 'nummer',
  aub: 'alsjeblieft',
  "'s": 's',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  nxt: 'next',
  rly: 'really',
};

/** Prepares text the way the corpus was trained: lower case, stretched letters cut ("heeeelp"), chat spellings written out. */
export function prepare(text: string): string {
  return words(text)
    .map((w) => chatSpellings[w] ?? w)
    .join(' ');
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** Knobs of the classifier; the defaults were chosen by cross-validation on the training corpus (`npm run bot -- cv`). */
export interface ClassifierSettings {
  /** Below this combined score the message counts as `unknown`. */
  minConfidence: number;
  /** Weight of the model of the other language when the message's language is clear (1 when it is not). */
  otherLanguageWeight: number;
  /** Correct typos against the corpus vocabulary before classifying. */
  speller: boolean;
}

export const defaultSettings: ClassifierSettings = {
  minConfidence: MIN_CONFIDENCE,
  otherLanguageWeight: 0,
  speller: true,
};

/**
 * Trains the intent classifier: nlp.js (`@nlpjs/nlp` with `@nlpjs/lang-nl` and
 * `@nlpjs/lang-en`), one neural model per language over stemmed words, with nlp.js' spell check
 * and a corpus-based typo speller so small typos map to known words. Training the whole corpus
 * takes a fraction of a second, so the server trains at start instead of loading a saved model
 * (no stale model file possible).
 *
 * Classification runs the message through the model of its language when the words show it
 * (the other model's scores count at `otherLanguageWeight`), else through both, taking the best
 * score per intent, so short or mixed Dutch-English messages still work. Before the
 * models, the emergency word list (`safety/emergency.ts`) is checked: danger words always win.
 */
export async function trainClassifier(
  corpus: Corpus = trainingCorpus,
  settings: ClassifierSettings = defaultSettings,
): Promise<IntentClassifier> {
  const container = containerBootstrap();
  container.use(LangNl);
  container.use(LangEn);
  const nlp = new Nlp({
    container,
    languages: [...locales],
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    forceNER: false,
    nlu: { log: false, spellCheck: true, spellCheckDistance: 1 },
  });
  const spellers = new Map<Locale, (word: string) => string>();
  for (const locale of locales) {
    const vocabulary: string[] = [];
    for (const intent of intents) {
      for (const utterance of corpus[locale][intent]) {
        const prepared = prepare(utterance);
        vocabulary.push(...prepared.split(' '));
        nlp.addDocument(locale, prepared, intent);
      }
    }
    spellers.set(locale, createSpeller(vocabulary));
  }
  await nlp.train();
  const spell = (locale: Locale, text: string) => {
    const speller = spellers.get(locale);
    return speller && settings.speller ? text.split(' ').map(speller).join(' ') : text;
  };

  return {
    async classify(text) {
      const language = detectLanguage(text);
      if (detectEmergency(text).length > 0) {
        return { intent: 'emergency', confidence: 1, language, source: 'safety' };
      }
      const prepared = prepare(text);
      if (prepared.length === 0)
        return { intent: 'unknown', confidence: 1, language, source: 'model' };
      const scores = new Map<Intent, number>();
      for (const locale of locales) {
        const weight = !language || language === locale ? 1 : settings.otherLanguageWeight;
        if (weight === 0) continue;
        const result = await nlp.process(locale, spell(locale, prepared));
        for (const { intent, score } of result.classifications) {
          if (isIntent(intent))
            scores.set(intent, Math.max(scores.get(intent) ?? 0, weight * score));
        }
      }
      let best: { intent: Intent; score: number } = { intent: 'unknown', score: 0 };
      for (const [intent, score] of scores) {
        if (score > best.score) best = { intent, score };
      }
      if (best.intent === 'unknown' || best.score < settings.minConfidence) {
        const unknownScore = scores.get('unknown') ?? 0;
        return {
          intent: 'unknown',
          confidence: round(Math.max(unknownScore, 1 - best.score)),
          language,
          source: 'model',
        };
      }
      return { intent: best.intent, confidence: round(best.score), language, source: 'model' };
    },
  };
}

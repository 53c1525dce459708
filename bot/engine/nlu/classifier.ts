import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangNl } from '@nlpjs/lang-nl';
import { Nlp } from '@nlpjs/nlp';
import type { NlpProcessResult } from '@nlpjs/nlp';
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
  classify(text: string, options?: { locale?: Locale }): Promise<Classification>;
}

/** Below this score the top intent is not trusted and the message counts as `unknown`. */
export const MIN_CONFIDENCE = 0.5;

/** Prepares text the way the corpus was trained: lower case, stretched letters cut ("heeeelp"). */
export function prepare(text: string): string {
  return words(text).join(' ');
}

function toClassification(result: NlpProcessResult, language: Locale | undefined): Classification {
  const top = result.classifications[0];
  if (!top || !isIntent(top.intent) || top.score < MIN_CONFIDENCE) {
    const confidence = top && isIntent(top.intent) ? 1 - top.score : 1;
    return { intent: 'unknown', confidence: round(confidence), language, source: 'model' };
  }
  return { intent: top.intent, confidence: round(top.score), language, source: 'model' };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * Trains the intent classifier: nlp.js (`@nlpjs/nlp` with `@nlpjs/lang-nl` and
 * `@nlpjs/lang-en`), one neural model per language over stemmed words, with nlp.js' spell check
 * on so small typos map to known words. Training the whole corpus takes well under a second, so
 * the server trains at start instead of loading a saved model (no stale model file possible).
 *
 * Classification runs the message through both language models. When the words clearly show
 * the language, that model decides; otherwise the more confident of the two. Before the models,
 * the emergency word list (`safety/emergency.ts`) is checked: danger words always win.
 */
export async function trainClassifier(corpus: Corpus = trainingCorpus): Promise<IntentClassifier> {
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
    return speller ? text.split(' ').map(speller).join(' ') : text;
  };

  return {
    async classify(text, options = {}) {
      const language = detectLanguage(text);
      if (detectEmergency(text).length > 0) {
        return { intent: 'emergency', confidence: 1, language, source: 'safety' };
      }
      const prepared = prepare(text);
      if (prepared.length === 0) return { intent: 'unknown', confidence: 1, language, source: 'model' };
      const results = new Map<Locale, Classification>();
      for (const locale of locales) {
        results.set(locale, toClassification(await nlp.process(locale, spell(locale, prepared)), language));
      }
      const preferred = language ?? options.locale;
      const nl = results.get('nl');
      const en = results.get('en');
      if (!nl || !en) throw new Error('classifier has no model for a locale');
      if (language) return language === 'nl' ? nl : en;
      const known = [nl, en].filter((c) => c.intent !== 'unknown');
      if (known.length === 0) return preferred === 'en' ? en : nl;
      return known.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    },
  };
}

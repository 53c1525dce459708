import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangNl } from '@nlpjs/lang-nl';
import { Nlp } from '@nlpjs/nlp';
import type { Locale } from '../../../server/i18n/locale';
import { locales } from '../../../server/i18n/locale';
import type { EmergencyKind } from '../actions';
import type { Intent } from '../intents';
import { intents, isIntent } from '../intents';
import { detectLanguage } from '../language';
import { detectEmergency } from '../safety/emergency';
import { prepare } from '../chat-spelling';
import { createSpeller } from '../../../server/protocol/text';
import type { Corpus } from './corpus';

export { prepare };
import { trainingCorpus } from './corpus';
import { trainNgramModel, type NgramModel } from './ngram-model';
import { trainDangerModel } from './danger-model';
import { dangerCorpus, type DangerExample } from '../safety/danger-corpus';
import { overrulesIntent } from '../safety/danger-verdict';

export interface Classification {
  intent: Intent;
  /** 0..1; for `unknown` it is how sure the bot is that nothing else was meant. */
  confidence: number;
  /** The language the message seems to be in, when it can tell. */
  language?: Locale;
  /**
   * Why: `safety` = the emergency rules fired; `model` = the word model (nlp.js) decided, sure of
   * itself; `letters` = the letter-group model decided (the word model was not sure).
   */
  source: 'safety' | 'model' | 'letters';
  /**
   * When the model says `emergency` but no safety rule does: its best other reading, for when
   * the person answers that there is no danger ("nee") or for reporting.
   */
  otherwise?: { intent: Intent; confidence: number };
  /**
   * The danger model's log2 odds that someone is in danger now (`danger-model.ts`), whatever the
   * intent, also when the safety rules decided (the engine asks instead when the model is very
   * sure there is no danger).
   */
  danger?: number;
  /**
   * The kind of danger the danger model reads, when its odds are above 0 and its kind model is sure
   * (`danger-model.ts`): the advice the model alone gives can then fit the danger.
   */
  dangerKind?: EmergencyKind;
}

function runnerUp(
  scores: ReadonlyMap<Intent, number>,
  settings: ClassifierSettings,
): { intent: Intent; confidence: number } {
  let best: { intent: Intent; score: number } = { intent: 'unknown', score: 0 };
  for (const [intent, score] of scores) {
    if (intent !== 'emergency' && score > best.score) best = { intent, score };
  }
  return best.score < settings.minConfidence
    ? { intent: 'unknown', confidence: round(1 - best.score) }
    : { intent: best.intent, confidence: round(best.score) };
}

export interface IntentClassifier {
  classify(text: string): Promise<Classification>;
}

/** Below this score the top intent is not trusted and the message counts as `unknown`. */
export const MIN_CONFIDENCE = 0.4;

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * Where a trained model may be kept, keyed by a hash of the corpus and the settings, so a model
 * can never be stale: another corpus is another key. Training takes seconds on the full corpus;
 * loading takes milliseconds (every test file and every server start train otherwise).
 */
export interface ModelStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, model: string): Promise<void>;
}

let defaultStore: ModelStore | undefined;

/** The store `trainClassifier` uses when none is passed (the runtime and the test setup set one). */
export function useModelStore(store: ModelStore | undefined): void {
  defaultStore = store;
}

/** Raise when the way a model is built changes, so stored models of the old way are not used. */
const MODEL_FORMAT = 1;

/** FNV-1a, twice with different seeds: 16 hex digits, enough to tell corpora apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * Keyed by the documents as they are trained (after `prepare`), not the raw corpus: a change to
 * the chat-spelling rules changes what the model learns, so it must be another key too.
 */
function modelKey(documents: readonly string[], settings: ClassifierSettings): string {
  return `nlu-v${MODEL_FORMAT}-${hash(JSON.stringify({ documents, settings }))}`;
}

async function trainOrLoad(nlp: Nlp, store: ModelStore | undefined, key: string): Promise<void> {
  const stored = await store?.read(key).catch(() => undefined);
  if (stored) {
    try {
      nlp.import(stored);
      return;
    } catch {
      // An unreadable model is trained again below, and replaced.
    }
  }
  await nlp.train();
  await store?.write(key, nlp.export(true)).catch(() => undefined);
}

/** Knobs of the classifier; the defaults were chosen by cross-validation on the training corpus (`npm run bot -- cv`). */
export interface ClassifierSettings {
  /** Below this combined score the message counts as `unknown`. */
  minConfidence: number;
  /** Weight of the model of the other language when the message's language is clear (1 when it is not). */
  otherLanguageWeight: number;
  /** Correct typos against the corpus vocabulary before classifying. */
  speller: boolean;
  /** Below this score of the word model (nlp.js), the letter-group model (`ngram-model.ts`) decides. */
  sureWordModel: number;
}

export const defaultSettings: ClassifierSettings = {
  minConfidence: MIN_CONFIDENCE,
  otherLanguageWeight: 0,
  speller: true,
  sureWordModel: 0.85,
};

/** nlp.js with Dutch and English, spell check on, nothing saved or loaded by itself. */
function createNlp(): Nlp {
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
  return nlp;
}

/**
 * The letter-group model's answer when the word model is not sure: unknown when it is not sure
 * either, else its best intent (with the runner-up beside an emergency); nothing without a rank.
 */
function letterDecision(
  ranked: ReturnType<ReturnType<typeof trainNgramModel>['rank']>,
  language: ReturnType<typeof detectLanguage>,
  settings: ClassifierSettings,
): Classification | undefined {
  const [top, ...rest] = ranked;
  // Neither model is sure of anything ("qwertyuiop"): unknown, not a guess that starts a flow.
  if (top && top.intent !== 'emergency' && top.probability < settings.minConfidence)
    return {
      intent: 'unknown',
      confidence: round(1 - top.probability),
      language,
      source: 'letters',
    };
  if (top) {
    const classification: Classification = {
      intent: top.intent,
      confidence: round(top.probability),
      language,
      source: 'letters',
    };
    const other = rest.find((r) => r.intent !== 'emergency');
    if (top.intent === 'emergency' && other)
      classification.otherwise = {
        intent: other.intent,
        confidence: round(other.probability),
      };
    return classification;
  }
  return undefined;
}

/** The two intent models, trained: nlp.js over (spell-checked) words, and the letter groups. */
interface IntentModels {
  nlp: Nlp;
  spell: (locale: Locale, text: string) => string;
  ngrams: NgramModel;
}

async function trainIntentModels(
  corpus: Corpus,
  settings: ClassifierSettings,
  store: ModelStore | undefined,
): Promise<IntentModels> {
  const nlp = createNlp();
  const spellers = new Map<Locale, (word: string) => string>();
  const documents: string[] = [];
  for (const locale of locales) {
    const vocabulary: string[] = [];
    for (const intent of intents) {
      for (const utterance of corpus[locale][intent]) {
        const prepared = prepare(utterance);
        vocabulary.push(...prepared.split(' '));
        nlp.addDocument(locale, prepared, intent);
        documents.push(`${locale}\t${intent}\t${prepared}`);
      }
    }
    spellers.set(locale, createSpeller(vocabulary));
  }
  await trainOrLoad(nlp, store, modelKey(documents, settings));
  const spell = (locale: Locale, text: string) => {
    const speller = spellers.get(locale);
    return speller && settings.speller ? text.split(' ').map(speller).join(' ') : text;
  };
  return { nlp, spell, ngrams: trainNgramModel(corpus) };
}

/** What the intent models read in a text (no safety rules). */
async function modelReading(
  models: IntentModels,
  settings: ClassifierSettings,
  text: string,
  language: Locale | undefined,
): Promise<Classification> {
  const prepared = prepare(text);
  if (prepared.length === 0) return { intent: 'unknown', confidence: 1, language, source: 'model' };
  const scores = new Map<Intent, number>();
  for (const locale of locales) {
    const weight = !language || language === locale ? 1 : settings.otherLanguageWeight;
    if (weight === 0) continue;
    const result = await models.nlp.process(locale, models.spell(locale, prepared));
    for (const { intent, score } of result.classifications) {
      if (isIntent(intent)) scores.set(intent, Math.max(scores.get(intent) ?? 0, weight * score));
    }
  }
  let best: { intent: Intent; score: number } = { intent: 'unknown', score: 0 };
  for (const [intent, score] of scores) {
    if (score > best.score) best = { intent, score };
  }
  // The word model is trusted when it is sure; otherwise the letter-group model decides.
  if (best.score < settings.sureWordModel) {
    const byLetters = letterDecision(models.ngrams.rank(text), language, settings);
    if (byLetters) return byLetters;
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
  const classification: Classification = {
    intent: best.intent,
    confidence: round(best.score),
    language,
    source: 'model',
  };
  if (best.intent === 'emergency') classification.otherwise = runnerUp(scores, settings);
  return classification;
}

/**
 * Trains the intent classifier: nlp.js (`@nlpjs/nlp` with `@nlpjs/lang-nl` and
 * `@nlpjs/lang-en`), one neural model per language over stemmed words, with nlp.js' spell check
 * and a corpus-based typo speller so small typos map to known words. Training the whole corpus
 * takes a fraction of a second, so the server trains at start instead of loading a saved model
 * (no stale model file possible).
 *
 * Classification runs the message through the model of its language when the words show it
 * (the other model's scores count at `otherLanguageWeight`), else through both, taking the best
 * score per intent, so short or mixed Dutch-English messages still work. The safety rules
 * (`safety/emergency.ts`) win over the models: a message they read as an emergency is
 * `emergency`, with the models' reading as `otherwise`. The danger model's odds
 * (`danger-model.ts`) come with every classification.
 */
export async function trainClassifier(
  corpus: Corpus = trainingCorpus,
  settings: ClassifierSettings = defaultSettings,
  store: ModelStore | undefined = defaultStore,
  dangerExamples: readonly DangerExample[] = dangerCorpus,
): Promise<IntentClassifier> {
  const models = await trainIntentModels(corpus, settings, store);
  const danger = trainDangerModel(corpus, dangerExamples);
  return {
    async classify(text) {
      const language = detectLanguage(text);
      const odds = danger.score(text);
      let reading = await modelReading(models, settings, text, language);
      // The word model's "emergency" where the danger model, trained on far more emergencies and
      // look-alikes, is sure there is none ("ik heb hulp nodig"): the letter groups read it again.
      if (reading.intent === 'emergency' && reading.source === 'model' && overrulesIntent(odds)) {
        const byLetters = letterDecision(models.ngrams.rank(text), language, settings);
        if (byLetters && byLetters.intent !== 'emergency') reading = byLetters;
      }
      const kind = odds > 0 ? danger.kind(text) : undefined;
      const read = kind ? { danger: odds, dangerKind: kind } : { danger: odds };
      if (detectEmergency(text).length > 0) {
        // The models' other reading too, for when the person answers that there is no danger.
        const otherwise =
          reading.intent === 'emergency'
            ? reading.otherwise
            : { intent: reading.intent, confidence: reading.confidence };
        return {
          intent: 'emergency',
          confidence: 1,
          language,
          source: 'safety',
          ...read,
          ...(otherwise ? { otherwise } : {}),
        };
      }
      return { ...reading, ...read };
    },
  };
}

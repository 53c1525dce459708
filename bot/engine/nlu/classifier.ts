import type { Locale } from '../../../server/i18n/locale';
import { locales } from '../../../server/i18n/locale';
import type { EmergencyKind } from '../actions';
import type { Intent } from '../intents';
import { intents } from '../intents';
import { detectLanguage } from '../language';
import { detectEmergency } from '../safety/emergency';
import { prepare } from '../chat-spelling';
import { createSpeller } from '../../../server/protocol/text';
import type { Corpus } from './corpus';

export { prepare };
import { trainingCorpus } from './corpus';
import { trainIntentRanker, type IntentRanker } from './fasttext-model';
import type { ModelStore } from './model-store';

export type { ModelStore };
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
   * Why: `safety` = the emergency rules fired; `model` = the intent model (fastText) decided, sure
   * of itself (`sureModel`); `unsure` = the intent model's best reading, below that.
   */
  source: 'safety' | 'model' | 'unsure';
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
  /**
   * For a message of several sentences: the danger model's highest odds for any one of them
   * (`DangerModel.scoreParts`). Asked only when a rule fired and the model may doubt it.
   */
  dangerInParts?: number;
}

export interface IntentClassifier {
  classify(text: string): Promise<Classification>;
}

/** Below this score the top intent is not trusted and the message counts as `unknown`. */
export const MIN_CONFIDENCE = 0.4;

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

let defaultStore: ModelStore | undefined;

/** The store `trainClassifier` uses when none is passed (the runtime and the test setup set one). */
export function useModelStore(store: ModelStore | undefined): void {
  defaultStore = store;
}

/** Knobs of the classifier; the defaults were chosen by cross-validation on the training corpus (`npm run bot -- cv`). */
export interface ClassifierSettings {
  /** Below this score the message counts as `unknown`. */
  minConfidence: number;
  /** From this score the intent model's reading counts as sure (`source: 'model'`). */
  sureModel: number;
}

export const defaultSettings: ClassifierSettings = {
  minConfidence: MIN_CONFIDENCE,
  sureModel: 0.85,
};

/** The intent model, trained, with the corpus-based typo spellers its input goes through. */
interface IntentModel {
  ranker: IntentRanker;
  /** Spell-checks against the vocabulary of the message's language (of both when unclear). */
  spell: (prepared: string, language: Locale | undefined) => string;
}

async function trainIntentModel(
  corpus: Corpus,
  store: ModelStore | undefined,
): Promise<IntentModel> {
  // Each utterance is prepared once, for the speller's vocabulary and for the model.
  const prepared = locales.map((locale) =>
    intents.flatMap((intent) => corpus[locale][intent].map((u) => ({ intent, text: prepare(u) }))),
  );
  const vocabularies = prepared.map((examples) => examples.flatMap((e) => e.text.split(' ')));
  const spellers = new Map(
    locales.map((locale, i) => [locale, createSpeller(vocabularies[i] ?? [])]),
  );
  const either = createSpeller(vocabularies.flat());
  return {
    ranker: await trainIntentRanker(prepared.flat(), store),
    spell: (prepared, language) => {
      const speller = (language && spellers.get(language)) ?? either;
      return prepared.split(' ').map(speller).join(' ');
    },
  };
}

/**
 * The intent model's reading: unknown when it is not sure of anything ("qwertyuiop"), else its
 * best intent, with its best other reading beside an emergency (for when the person answers that
 * there is no danger).
 */
function modelReading(
  ranked: ReturnType<IntentRanker['rank']>,
  language: Locale | undefined,
  settings: ClassifierSettings,
): Classification {
  const [top] = ranked;
  const other = ranked.find((r) => r.intent !== 'emergency');
  if (!top || (top.intent !== 'emergency' && top.probability < settings.minConfidence))
    return {
      intent: 'unknown',
      confidence: round(1 - (top?.probability ?? 0)),
      language,
      source: 'unsure',
    };
  const classification: Classification = {
    intent: top.intent,
    confidence: round(top.probability),
    language,
    source: top.probability >= settings.sureModel ? 'model' : 'unsure',
  };
  if (top.intent === 'emergency' && other)
    classification.otherwise =
      other.probability < settings.minConfidence
        ? { intent: 'unknown', confidence: round(1 - other.probability) }
        : { intent: other.intent, confidence: round(other.probability) };
  return classification;
}

/** The intent model's best reading that is not an emergency. */
function nonEmergencyReading(
  ranked: ReturnType<IntentRanker['rank']>,
  language: Locale | undefined,
  settings: ClassifierSettings,
): Classification {
  return modelReading(
    ranked.filter((r) => r.intent !== 'emergency'),
    language,
    settings,
  );
}

/**
 * Trains the intent classifier: fastText (`fasttext-model.ts`) over the words, word pairs and
 * letter groups of the prepared corpus, with the corpus-based typo speller in front (small typos
 * map to known words, unknown compounds of known words are split). The model is kept in the
 * model store by a hash of its lines, so a server start loads it instead of training (no stale
 * model possible: another corpus is another key).
 *
 * The safety rules (`safety/emergency.ts`) win over the model: a message they read as an
 * emergency is `emergency`, with the model's reading as `otherwise`. The danger model's odds
 * (`danger-model.ts`) come with every classification.
 */
export async function trainClassifier(
  corpus: Corpus = trainingCorpus,
  settings: ClassifierSettings = defaultSettings,
  store: ModelStore | undefined = defaultStore,
  dangerExamples: readonly DangerExample[] = dangerCorpus,
): Promise<IntentClassifier> {
  const model = await trainIntentModel(corpus, store);
  const danger = trainDangerModel(corpus, dangerExamples);
  return {
    async classify(text) {
      const language = detectLanguage(text);
      const odds = danger.score(text);
      const ranked = model.ranker.rank(model.spell(prepare(text), language));
      let reading = modelReading(ranked, language, settings);
      // The intent model's "emergency" where the danger model, trained on far more emergencies
      // and look-alikes, is sure there is none ("ik heb hulp nodig"): its best other reading.
      if (reading.intent === 'emergency' && overrulesIntent(odds))
        reading = nonEmergencyReading(ranked, language, settings);
      const kind = odds > 0 ? danger.kind(text) : undefined;
      const read = kind ? { danger: odds, dangerKind: kind } : { danger: odds };
      if (detectEmergency(text).length > 0) {
        const inParts = danger.scoreParts(text);
        // The model's other reading too, for when the person answers that there is no danger.
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
          ...(inParts === undefined ? {} : { dangerInParts: inParts }),
          ...(otherwise ? { otherwise } : {}),
        };
      }
      return { ...reading, ...read };
    },
  };
}

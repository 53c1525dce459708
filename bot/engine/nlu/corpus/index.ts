import type { Locale } from '../../../../server/i18n/locale';
import type { Intent } from '../../intents';
import { intents } from '../../intents';
import { en } from './en';
import { enVoices } from './en-voices';
import { nl } from './nl';
import { nlVoices } from './nl-voices';

export type Corpus = Record<Locale, Record<Intent, string[]>>;

/** Concatenates corpus parts per intent. */
function merge(...parts: Record<Intent, string[]>[]): Record<Intent, string[]> {
  return Object.fromEntries(
    intents.map((intent) => [intent, parts.flatMap((part) => part[intent])]),
  ) as Record<Intent, string[]>;
}

/** The training corpus. It is imported code, never read from disk, so test data cannot leak in. */
export const trainingCorpus: Corpus = { nl: merge(nl, nlVoices), en: merge(en, enVoices) };

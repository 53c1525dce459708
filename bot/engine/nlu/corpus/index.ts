import type { Locale } from '../../../../server/i18n/locale';
import type { Intent } from '../../intents';
import { intents } from '../../intents';
import { en } from './en';
import { enVoices } from './en-voices';
import { enVoices2 } from './en-voices-2';
import { enVoices3 } from './en-voices-3';
import { enVoices4 } from './en-voices-4';
import { nl } from './nl';
import { nlVoices } from './nl-voices';
import { nlVoices2 } from './nl-voices-2';
import { nlVoices3 } from './nl-voices-3';
import { nlVoices4 } from './nl-voices-4';
import { parseIntentLines } from './tab-separated';
import { voicesA } from './voices-a';
import { voicesB } from './voices-b';
import { voicesC } from './voices-c';

export type Corpus = Record<Locale, Record<Intent, string[]>>;

/** Concatenates corpus parts per intent. */
function merge(...parts: Record<Intent, string[]>[]): Record<Intent, string[]> {
  return Object.fromEntries(
    intents.map((intent) => [intent, parts.flatMap((part) => part[intent])]),
  ) as Record<Intent, string[]>;
}

/** The training corpus. It is imported code, never read from disk, so test data cannot leak in. */
const written = [voicesA, voicesB, voicesC].map(parseIntentLines);

export const trainingCorpus: Corpus = {
  nl: merge(nl, nlVoices, nlVoices2, nlVoices3, nlVoices4, ...written.map((part) => part.nl)),
  en: merge(en, enVoices, enVoices2, enVoices3, enVoices4, ...written.map((part) => part.en)),
};

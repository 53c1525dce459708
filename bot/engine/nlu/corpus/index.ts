import type { Locale } from '../../../../server/i18n/locale';
import type { Intent } from '../../intents';
import { en } from './en';
import { nl } from './nl';

export type Corpus = Record<Locale, Record<Intent, string[]>>;

/** The training corpus. It is imported code, never read from disk, so test data cannot leak in. */
export const trainingCorpus: Corpus = { nl, en };

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isIntent } from '../../bot/engine/intents';
import type { LabelledUtterance } from '../../bot/engine/nlu/evaluate';
import { isLocale } from '../../server/i18n/locale';

/** The held-out set: labelled utterances that the classifier never trains on. */
export const heldOutPath = fileURLToPath(new URL('./heldout.tsv', import.meta.url));

export function loadHeldOut(path = heldOutPath): LabelledUtterance[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trimEnd(), number: index + 1 }))
    .filter(({ line }) => line.length > 0 && !line.startsWith('#'))
    .map(({ line, number }) => {
      const [language = '', intent = '', text = ''] = line.split('\t');
      if (!isLocale(language) || !isIntent(intent) || text.trim() === '') {
        throw new Error(`${path}:${number}: expected "language<TAB>intent<TAB>utterance"`);
      }
      return { language, intent, text };
    });
}

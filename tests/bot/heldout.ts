import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isIntent } from '../../bot/engine/intents';
import type { LabelledUtterance } from '../../bot/engine/nlu/evaluate';
import { isLocale } from '../../server/i18n/locale';

/**
 * The held-out sets: labelled utterances the classifier never trains on. `dev` was looked at
 * (its mistakes) while the training corpus was written; `test` was written afterwards and kept
 * blind. Training reads only the imported corpus modules, never these files.
 */
export const heldOutPaths = {
  dev: fileURLToPath(new URL('./heldout-dev.tsv', import.meta.url)),
  test: fileURLToPath(new URL('./heldout-test.tsv', import.meta.url)),
} as const;

export type HeldOutPart = keyof typeof heldOutPaths;

export function loadHeldOut(part: HeldOutPart): LabelledUtterance[] {
  const path = heldOutPaths[part];
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

import { locales } from '../../../server/i18n/locale';
import type { Intent } from '../intents';
import { intents } from '../intents';
import type { ClassifierSettings } from './classifier';
import { trainClassifier } from './classifier';
import type { Corpus } from './corpus';
import type { LabelledUtterance } from './evaluate';
import { evaluate } from './evaluate';

/**
 * k-fold cross-validation on the TRAINING corpus: train on k-1 folds, test on the remaining one.
 * Settings are tuned with this, so tuning never looks at the held-out sets.
 */
export async function crossValidate(
  corpus: Corpus,
  settings: ClassifierSettings,
  folds = 5,
): Promise<number> {
  let correct = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const train = {} as Corpus;
    const test: LabelledUtterance[] = [];
    for (const language of locales) {
      const perIntent = {} as Record<Intent, string[]>;
      for (const intent of intents) {
        perIntent[intent] = corpus[language][intent].filter((text, i) => {
          if (i % folds !== fold) return true;
          test.push({ language, intent, text });
          return false;
        });
      }
      train[language] = perIntent;
    }
    const report = await evaluate(await trainClassifier(train, settings), test);
    correct += report.correct;
    total += report.total;
  }
  return total === 0 ? 0 : correct / total;
}

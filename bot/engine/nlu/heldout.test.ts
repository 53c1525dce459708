import { beforeAll, describe, expect, it } from 'vitest';
import { loadHeldOut } from '../../../tests/bot/heldout';
import { intents } from '../intents';
import { locales } from '../../../server/i18n/locale';
import { testClassifier } from '../test-helpers';
import type { IntentClassifier } from './classifier';
import { prepare } from './classifier';
import { trainingCorpus } from './corpus';
import { evaluate } from './evaluate';

/** The suite fails below this; the target (README) is 90%. */
const THRESHOLD = 0.85;

const dev = loadHeldOut('dev');
const test = loadHeldOut('test');

describe('held-out evaluation', () => {
  let classifier: IntentClassifier;
  beforeAll(async () => {
    classifier = await testClassifier();
  });

  it('has at least 300 labelled utterances in each of Dutch and English, every intent present', () => {
    const all = [...dev, ...test];
    expect(dev.length).toBeGreaterThanOrEqual(300);
    for (const locale of locales) {
      for (const intent of intents) {
        expect(
          all.filter((u) => u.language === locale && u.intent === intent).length,
          `${locale} ${intent}`,
        ).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('shares no utterance with the training corpus', () => {
    const training = new Set(
      locales.flatMap((l) => intents.flatMap((i) => trainingCorpus[l][i].map(prepare))),
    );
    const leaked = [...dev, ...test]
      .filter((u) => training.has(prepare(u.text)))
      .map((u) => u.text);
    expect(leaked).toEqual([]);
  });

  it.each([
    ['dev', dev],
    ['test', test],
    ['dev + test', [...dev, ...test]],
  ] as const)(
    `classifies the %s part with at least ${THRESHOLD * 100}% accuracy`,
    async (_name, part) => {
      const report = await evaluate(classifier, part);
      expect(report.accuracy).toBeGreaterThanOrEqual(THRESHOLD);
    },
  );
});

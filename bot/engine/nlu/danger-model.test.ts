import { describe, expect, it } from 'vitest';
import { dangerCorpusWithout, dangerFiles, parseDangerLines } from '../safety/danger-corpus';
import { verdictWithoutRule } from '../safety/danger-verdict';
import { trainingCorpus } from './corpus';
import { trainDangerModel } from './danger-model';

/** Whether the engine would ask or advise for these odds (`safety/danger-verdict.ts`). */
const asksOrAdvises = (odds: number) => verdictWithoutRule(odds) !== 'none';

describe('the danger model', () => {
  /**
   * Each danger-corpus file was written by another helper. Trained without one file, the model is
   * measured on it: a writer it never read. Measured on 2026-12-07 at 06:14 UTC (the model alone,
   * share whose odds make Buurtbot ask or advise): emergencies 92.6% (voices-nl), 85.2%
   * (voices-mixed), 93.7% (voices-c), 86.9% (voices-d); calm look-alikes 4.7%, 2.8%, 3.9%, 3.2%.
   * The floors sit just under that.
   */
  it.each([
    ['voices-nl', 0.9, 0.06],
    ['voices-mixed', 0.83, 0.04],
    ['voices-c', 0.91, 0.05],
    ['voices-d', 0.84, 0.045],
  ])('reads danger in %s, a writer it was not trained on', (held, recall, calm) => {
    const model = trainDangerModel(trainingCorpus, dangerCorpusWithout(held));
    const examples = dangerFiles[held] ?? [];
    const share = (danger: boolean) => {
      const lines = examples.filter((e) => e.danger === danger);
      return lines.filter((e) => asksOrAdvises(model.score(e.text))).length / lines.length;
    };
    expect(share(true)).toBeGreaterThanOrEqual(recall);
    expect(share(false)).toBeLessThanOrEqual(calm);
  });

  it('gives a finite score, also to a message without words', () => {
    const model = trainDangerModel(trainingCorpus, []);
    for (const text of ['', '!!!', 'hoi']) expect(Number.isFinite(model.score(text))).toBe(true);
  });

  it('rejects a danger-corpus line that is not one', () => {
    expect(() => parseDangerLines('nl\tmaybe\t-\thoi')).toThrow(/not a danger-corpus line/);
    expect(() => parseDangerLines('nl\tdanger\tflood\twater')).toThrow(/unknown emergency kind/);
  });
});

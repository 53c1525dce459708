import { describe, expect, it } from 'vitest';
import { dangerFiles, parseDangerLines } from '../safety/danger-corpus';
import { verdictWithoutRule } from '../safety/danger-verdict';
import { trainingCorpus } from './corpus';
import { trainDangerModel } from './danger-model';

/** Whether the engine would ask or advise for these odds (`safety/danger-verdict.ts`). */
const asksOrAdvises = (odds: number) => verdictWithoutRule(odds) !== 'none';

describe('the danger model', () => {
  /**
   * Each of the two danger-corpus files was written by another helper. Trained without one file,
   * the model is measured on it: a writer it never read. Measured on 2026-12-07: 69.0% of the
   * mixed file's emergencies and 2.6% of its calm look-alikes at or above the asking score;
   * 78.0% and 3.7% for the Dutch file. The floors sit just under that.
   */
  it.each([
    ['voices-mixed', 0.66, 0.04],
    ['voices-nl', 0.75, 0.05],
  ])('reads danger in %s, a writer it was not trained on', (held, recall, calm) => {
    const train = Object.entries(dangerFiles).flatMap(([name, lines]) =>
      name === held ? [] : lines,
    );
    const model = trainDangerModel(trainingCorpus, train);
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

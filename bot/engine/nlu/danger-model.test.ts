import { describe, expect, it } from 'vitest';
import { dangerCorpusWithout, dangerFiles, parseDangerLines } from '../safety/danger-corpus';
import { verdictWithoutRule } from '../safety/danger-verdict';
import { trainingCorpus } from './corpus';
import { trainDangerModel } from './danger-model';

const KIND_COVERAGE = 0.86;
const KIND_RIGHT = 0.95;

/** Whether the engine would ask or advise for these odds (`safety/danger-verdict.ts`). */
const asksOrAdvises = (odds: number) => verdictWithoutRule(odds) !== 'none';

describe('the danger model', () => {
  /**
   * Each danger-corpus file was written by another helper. Trained without one file, the model is
   * measured on it: a writer it never read. Measured on 2026-12-07 at 11:14 UTC with the eleven
   * files (the model alone, share whose odds make Buurtbot ask or advise): emergencies 95.6%
   * (voices-nl), 95.2% (voices-mixed), 96.7% (voices-c), 92.4% (voices-d), 92.4% (voices-e),
   * 90.7% (voices-f), 94.5% (voices-g), 95.4% (voices-h), 97.1% (voices-i), 94.7% (voices-j),
   * 91.4% (voices-k); calm look-alikes 3.7%, 1.3%, 2.6%, 2.6%, 4.2%, 2.1%, 2.7%, 3.7%, 8.9%,
   * 3.9%, 3.6%. The floors sit just under that.
   */
  it.each([
    ['voices-nl', 0.94, 0.045],
    ['voices-mixed', 0.94, 0.02],
    ['voices-c', 0.95, 0.035],
    ['voices-d', 0.91, 0.035],
    ['voices-e', 0.91, 0.05],
    ['voices-f', 0.89, 0.03],
    ['voices-g', 0.93, 0.035],
    ['voices-h', 0.94, 0.045],
    ['voices-i', 0.96, 0.1],
    ['voices-j', 0.93, 0.045],
    ['voices-k', 0.9, 0.045],
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

  /**
   * The kind model, trained without one file, on that file's one-kind emergencies (2026-12-07 10:03
   * UTC, eleven files): it named a kind for 87.5-95.7% of them per file, and that kind was right
   * for 96.0-99.5%. The floors sit just under the weakest file.
   */
  it("names the kind of a left-out writer's emergencies when it is sure, and is mostly right", () => {
    for (const held of Object.keys(dangerFiles)) {
      const model = trainDangerModel(trainingCorpus, dangerCorpusWithout(held));
      const lines = (dangerFiles[held] ?? []).filter((e) => e.danger && e.kinds.length === 1);
      const named = lines.map((e) => ({ e, kind: model.kind(e.text) })).filter((n) => n.kind);
      const right = named.filter((n) => n.kind === n.e.kinds[0]).length;
      expect(named.length / lines.length, held).toBeGreaterThanOrEqual(KIND_COVERAGE);
      expect(right / named.length, held).toBeGreaterThanOrEqual(KIND_RIGHT);
    }
  });

  it('reads the sentence where the danger is told, after a long calm opening', () => {
    const model = trainDangerModel(trainingCorpus, dangerCorpusWithout(''));
    const text =
      'hoi, ik heb nog een vraagje over de bingo van volgende week, mag mijn zus ook mee? ' +
      'o nee wacht, er komt dikke zwarte rook onder de deur van de buren vandaan';
    expect(model.scoreParts(text)).toBeGreaterThan(model.score(text));
    expect(model.scoreParts(text)).toBeGreaterThan(0);
    // One sentence: no parts to read apart.
    expect(model.scoreParts('er komt rook onder de deur vandaan')).toBeUndefined();
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

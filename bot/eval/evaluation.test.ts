import { beforeAll, describe, expect, it } from 'vitest';
import { intents } from '../engine/intents';
import { prepare } from '../engine/chat-spelling';
import { trainingCorpus } from '../engine/nlu/corpus';
import { dangerCorpus } from '../engine/safety/danger-corpus';
import { testClassifier } from '../engine/test-helpers';
import { locales } from '../../server/i18n/locale';
import { blindSets, checkSets, loadDataset, tunedSets, type Dataset } from './datasets';
import { createDecider, type Decision } from './decide';
import { measure, type SetReport } from './report';

/**
 * Buurtbot measured on its evaluation sets, with the real engine's decision on each line as the
 * first message of a private conversation (bot/README.md has the figures and how they were made).
 *
 * The floors below guard against getting worse; they are what the blind set measured on
 * 2026-12-06 (85.5% intent accuracy, 85% emergency advice, 94% advice or question, 1.7% false
 * advice) less a small margin. They are NOT the goals of issue 17 (90% intent accuracy, 100%
 * emergency advice, at most 2% false advice); the test of the goals is separate, for the two that
 * are met. Since 2026-12-07 the
 * floors of every blind set sit just under what it measured with the danger model (see the
 * comments above `floors7` and `floors9`); the older measurements in these comments are how each set got there.
 */
const floors1 = { accuracy: 0.93, advice: 0.97, adviceOrQuestion: 0.98, falseAdvice: 0.01 };
/**
 * Blind set 2 was written after that. Its totals were measured at fc21a24 on 2026-12-06T07:00Z
 * (87.6% intent accuracy, 88.9% emergency advice (80/90), 93.3% advice or question, 2.2% false
 * advice (8/360)), then at 2d703d8 and 97047bf after training lines it shared with the sets were
 * removed (87.8%, 88.9%, 93.3%, 2.2%). Its floors are those less a small margin; the goals are not
 * met on it either.
 */
const floors2 = { accuracy: 0.96, advice: 0.97, adviceOrQuestion: 0.98, falseAdvice: 0.01 };

/**
 * Blind set 3 was written at 09:12 UTC on 2026-12-06, before tuning set 4 was tuned on. Its totals
 * were measured once before that work (at 88d904c: 90.0% intent accuracy, 81.1% emergency advice,
 * 94.4% advice or question, 0.8% false advice), once after (at 1295405: 92.2%, 85.6% (77/90),
 * 95.6%, 0.3%) and once after 23 corpus lines it or tuning set 4 shared with the corpus were
 * removed (at 28a01eb: 92.0%, 85.6%, 95.6%, 0.3%); then twice more as totals beside blind set 4,
 * before the tuning-5 round (at 9011235, the same as at 28a01eb) and after it (at 2f30302: 92.0%,
 * 86.7%, 93.3%, 0.3%). The intent and false-advice goals are met on it; the 100% emergency
 * advice is not.
 */
const floors3 = { accuracy: 0.97, advice: 0.96, adviceOrQuestion: 0.98, falseAdvice: 0.01 };
/**
 * Blind set 4 (written 2026-12-06 13:04 UTC), measured twice with `npm run bot:eval -- --blind`:
 * before the tuning-5 round (9011235) 80.8% / 81.0% / 91.7% / 3.1%, after it (2f30302) 83.3%
 * intent accuracy, 83.5% emergency advice (101/121), 93.4% advice or question, 1.9% false advice.
 * The floors sit just under the second measurement; the goals (90% / 100% / 2%) are not met.
 */
const floors4 = { accuracy: 0.93, advice: 0.95, adviceOrQuestion: 0.97, falseAdvice: 0.015 };

/**
 * Blind set 5 (written 2026-12-06 16:37 UTC), measured with `npm run bot:eval -- --blind=blind5`
 * before the tuning-6 round (f082a9f, about 16:42 UTC): 80.2% intent accuracy, 89.3% emergency
 * advice (109/122), 92.6% advice or question, 3.9% false advice; after it (f05d9ee, 17:41 UTC):
 * 81.9%, 90.2% (110/122), 94.3%, 3.1% (11/358). Floors just under the second measurement; the
 * goals (90% / 100% / 2%) are not met.
 */
const floors5 = { accuracy: 0.9, advice: 0.97, adviceOrQuestion: 0.98, falseAdvice: 0.015 };

/**
 * Blind set 6 (written on 2026-12-06, finished 20:39 UTC, beside tuning set 7), measured with
 * `npm run bot:eval -- --blind=blind6` before the tuning-7 round (df033a3 with the 18 corpus lines
 * it or tuning set 7 shared with the corpus taken out, 20:41 UTC): 87.7% intent accuracy, 90.3%
 * emergency advice (93/103), 96.1% advice or question, 2.1% false advice (8/377). Floors just
 * under that measurement; the goals (90% / 100% / 2%) are not met.
 */
const floors6 = { accuracy: 0.94, advice: 0.98, adviceOrQuestion: 0.98, falseAdvice: 0.015 };

/**
 * Blind set 7 (written 2026-12-07 by a helper given only docs/bot-intents.md and docs/DOMAIN.md,
 * beside the first two writers of the danger corpus), measured with `npm run bot:eval -- --blind`:
 * before the danger model (04:02 UTC) 87.5% intent accuracy, 90.2% emergency advice (101/112),
 * 97.3% advice or question, 3.0% false advice (11/368); with it (04:15 UTC) 88.5%, 94.6%, 98.2%,
 * 3.0%; with the larger danger corpus and the model's doubt (04:36 UTC, and 04:42 UTC after
 * self-harm was left out of the doubt) 89.2%, 94.6% (106/112), 98.2%, 1.6% (6/368).
 *
 * Blind set 8 (written 2026-12-07 beside the last two writers of the danger corpus): before they
 * were added (04:25 UTC) 86.7%, 95.2% (100/105), 99.0%, 3.7% (14/375); after (04:36 UTC) 86.9%,
 * 94.3% (99/105), 99.0% (104/105), 2.7% (10/375); at 04:42 UTC, self-harm left out of the
 * doubt, 86.7%, 94.3%, 99.0%, 2.9% (11/375).
 *
 * The danger model (nlu/danger-model.ts) raised the emergency advice on every blind set by 3 to 8
 * points, and its doubt lowered the false advice on most; the floors of sets 1 to 6 were then moved to
 * just under what each measured at 04:36 and 04:42 UTC (bot/README.md has the table). The goals (90% /
 * 100% / 2%) are not met.
 */
const floors7 = { accuracy: 0.93, advice: 0.94, adviceOrQuestion: 0.98, falseAdvice: 0.015 };
const floors8 = { accuracy: 0.94, advice: 0.98, adviceOrQuestion: 0.98, falseAdvice: 0.02 };

/**
 * Blind set 9 (written 2026-12-07 by a helper given only docs/bot-intents.md and docs/DOMAIN.md,
 * beside four more danger-corpus writers and two intent-corpus writers), measured with
 * `npm run bot:eval -- --blind=blind9` before any change of that round (09:17 UTC, 863bb52):
 * 88.8% intent accuracy, 96.2% emergency advice (100/104), 99.0% advice or question, 1.3% false
 * advice (5/376); after the round (09:40 UTC, e099319, with every blind set): 89.0%, 98.1%
 * (102/104), 100%, 1.3% (5/376).
 *
 * Blind set 10 (written 2026-12-07 beside three more danger-corpus writers and two more
 * intent-corpus writers): before that round's changes (09:54 UTC) 89.0%, 97.2% (103/106), 100%,
 * 0.3% (1/374); after it (10:06 UTC, c4f1526, with every blind set) 90.6%, 97.2% (103/106),
 * 100%, 0.3% (1/374).
 *
 * Every floor sits just under the measurement of 10:06 UTC (bot/README.md has the table): 88.3%
 * to 94.9% intent accuracy, 95.5% to 99.0% emergency advice, 0.0% to 2.1% false advice. The
 * goals (90% / 100% / 2%) are not met on every set: the emergency advice on none, the intent
 * accuracy on five of ten, the false advice on blind set 8 (2.1%, 8 of 375).
 */
/*
 * Since 2026-12-07 16:51 UTC (the intent model fastText, commit 82b6685; bot/README.md has
 * the table) every floor sits just under that measurement: 90.6% to 98.4% intent accuracy, 95.5%
 * to 99.0% emergency advice, 0.0% to 1.9% false advice. The intent and false-advice goals of issue
 * 17 are met on every set (the test below); the 100% emergency advice is met on none. fastText
 * trains on one thread with a fixed seed and order, so the model is the same on every machine.
 */
const floors9 = { accuracy: 0.93, advice: 0.98, adviceOrQuestion: 0.98, falseAdvice: 0.02 };
const floors10 = { accuracy: 0.93, advice: 0.96, adviceOrQuestion: 0.98, falseAdvice: 0.01 };

const blindFloors: Record<(typeof blindSets)[number], typeof floors1> = {
  blind: floors1,
  blind2: floors2,
  blind3: floors3,
  blind4: floors4,
  blind5: floors5,
  blind6: floors6,
  blind7: floors7,
  blind8: floors8,
  blind9: floors9,
  blind10: floors10,
};

const sets: Dataset[] = [...blindSets, ...checkSets, 'test', ...tunedSets];
const data = Object.fromEntries(sets.map((s) => [s, loadDataset(s)])) as Record<
  Dataset,
  ReturnType<typeof loadDataset>
>;

describe('the evaluation sets', () => {
  it('are never trained on: no line of any set is in the training corpus or the danger corpus', () => {
    const training = new Set([
      ...locales.flatMap((l) => intents.flatMap((i) => trainingCorpus[l][i].map(prepare))),
      ...dangerCorpus.map((e) => prepare(e.text)),
    ]);
    for (const set of sets) {
      const leaked = data[set].filter((u) => training.has(prepare(u.text))).map((u) => u.text);
      // A blind or check set's lines are never printed, not even the ones that leaked: only how many.
      if (([...blindSets, ...checkSets] as readonly string[]).includes(set))
        expect(leaked.length, set).toBe(0);
      else expect(leaked, set).toEqual([]);
    }
  });

  it.each(blindSets)(
    '%s has at least 400 lines, about a fifth emergencies, every intent present',
    (set) => {
      const blind = data[set];
      expect(blind.length).toBeGreaterThanOrEqual(400);
      const emergencies = blind.filter((u) => u.emergency).length / blind.length;
      expect(emergencies).toBeGreaterThan(0.15);
      expect(emergencies).toBeLessThan(0.3);
      for (const intent of intents)
        expect(
          blind.some((u) => u.intent === intent),
          intent,
        ).toBe(true);
    },
  );
});

describe('Buurtbot on the sets', () => {
  const reports = {} as Record<Dataset, SetReport>;
  beforeAll(async () => {
    const decide: (text: string, locale: 'nl' | 'en') => Promise<Decision> = createDecider(
      await testClassifier(),
    );
    for (const set of sets) reports[set] = await measure(data[set], decide);
  }, 120_000);

  it.each(blindSets)(
    '%s: intent accuracy, emergency advice and false advice at least as measured',
    (set) => {
      const blind = reports[set];
      const floor = blindFloors[set];
      expect(blind.accuracy.share).toBeGreaterThanOrEqual(floor.accuracy);
      expect(blind.recall.share).toBeGreaterThanOrEqual(floor.advice);
      expect(blind.recallOrAsked.share).toBeGreaterThanOrEqual(floor.adviceOrQuestion);
      expect(blind.falseAdvice.share).toBeLessThanOrEqual(floor.falseAdvice);
    },
  );

  it.each(blindSets)(
    '%s: the goals of issue 17 for intents and false alarms (at least 90% of intents, at most 2% false emergency advice)',
    (set) => {
      expect(reports[set].accuracy.share).toBeGreaterThanOrEqual(0.9);
      expect(reports[set].falseAdvice.share).toBeLessThanOrEqual(0.02);
    },
  );

  it('the held-out test set at least 85% intent accuracy, every emergency advised or asked', () => {
    expect(reports.test.accuracy.share).toBeGreaterThanOrEqual(0.85);
    expect(reports.test.recallOrAsked.share).toBe(1);
  });

  it('the safety set (tuned on): every emergency gets the advice, at most 2% false advice', () => {
    expect(reports.safety.recall.share).toBe(1);
    expect(reports.safety.falseAdvice.share).toBeLessThanOrEqual(0.02);
  });

  it('the sets tuned on stay at least 90% accurate', () => {
    expect(reports.dev.accuracy.share).toBeGreaterThanOrEqual(0.9);
    expect(reports.tuning.accuracy.share).toBeGreaterThanOrEqual(0.9);
    expect(reports.tuning3.accuracy.share).toBeGreaterThanOrEqual(0.9);
    expect(reports.tuning3.recall.share).toBe(1);
    expect(reports.tuning4.accuracy.share).toBeGreaterThanOrEqual(0.92);
    expect(reports.tuning4.recallOrAsked.share).toBe(1);
  });

  /**
   * The tuning sets read line by line, each held to floors a little under what `npm run bot:eval`
   * measured at the end of its round:
   * - 5 (written 2026-12-06 13:05 UTC): 90.0% intent accuracy (540/600), 100% emergency advice
   *   (156/156, by the rules alone), 0.0% false advice (0/444).
   * - 6 (written 2026-12-06 16:37 UTC): before its round 82.3%, 85.2% (138/162), 2.1% (9/438);
   *   after it about 90%, 100% (162/162, by the rules alone), 0.0% (0/438).
   * - 8 (written 2026-12-07 evening, 485 lines): before 93.8%, 91.8% (135/147), 0.6% (2/338);
   *   after 96.7%, 100% (147/147, among them 12 missing persons), 0.0% (0/338).
   * - 9 (written 2026-12-07 night, 494 lines): before 90.7%, 92.9% (171/184), 2.3% (7/310); after
   *   94.1%, 100% (184/184), 0.3% (1/310: a neighbour who believes she is being listened in on,
   *   which the danger model alone reads as danger).
   * - 10 (written 2026-12-08 night, 449 lines, emergencies told without the obvious words): before
   *   84.6%, 84.0% (168/200), 3.2% (8/249); after 92.0%, 99.0% (198/200: the other two get the
   *   safety question), 0.4% (1/249).
   */
  it.each([
    ['tuning5', 0.88, 1, 0.01],
    ['tuning6', 0.88, 1, 0.01],
    ['tuning8', 0.95, 1, 0.01],
    ['tuning9', 0.93, 1, 0.01],
    ['tuning10', 0.91, 0.985, 0.01],
  ] as const)(
    '%s (tuned on): intent accuracy at least %s, emergency advice at least %s, every emergency advised or asked, false advice at most %s',
    (set, accuracy, advice, falseAdvice) => {
      expect(reports[set].accuracy.share).toBeGreaterThanOrEqual(accuracy);
      expect(reports[set].recall.share).toBeGreaterThanOrEqual(advice);
      expect(reports[set].recallOrAsked.share).toBe(1);
      expect(reports[set].falseAdvice.share).toBeLessThanOrEqual(falseAdvice);
    },
  );
});

import { defaultSettings, trainClassifier } from '../engine/nlu/classifier';
import { trainingCorpus } from '../engine/nlu/corpus';
import { dangerCorpusWithout, dangerFiles } from '../engine/safety/danger-corpus';
import type { ModelStore } from '../engine/nlu/classifier';
import { createDecider } from './decide';

export interface CrossWriterReport {
  /** The danger-corpus file left out of training and measured. */
  held: string;
  danger: number;
  advised: number;
  asked: number;
  calm: number;
  falseAdvice: number;
  calmAsked: number;
}

/**
 * Leave one writer out: the classifier (with its danger model) trained without one helper's
 * danger-corpus file, and the engine's decision measured on that file's lines. The rules were
 * never tuned on the danger corpus, so this shows how both do on a writer they never read.
 */
export async function dangerCrossWriter(store?: ModelStore): Promise<CrossWriterReport[]> {
  const reports: CrossWriterReport[] = [];
  for (const [held, examples] of Object.entries(dangerFiles)) {
    const decide = createDecider(
      await trainClassifier(trainingCorpus, defaultSettings, store, dangerCorpusWithout(held)),
    );
    const report = { held, danger: 0, advised: 0, asked: 0, calm: 0, falseAdvice: 0, calmAsked: 0 };
    for (const example of examples) {
      const decision = await decide(example.text, example.language);
      if (example.danger) {
        report.danger += 1;
        if (decision.emergency) report.advised += 1;
        else if (decision.asked) report.asked += 1;
      } else {
        report.calm += 1;
        if (decision.emergency) report.falseAdvice += 1;
        else if (decision.asked) report.calmAsked += 1;
      }
    }
    reports.push(report);
  }
  return reports;
}

import { trainClassifier } from '../engine/nlu/classifier';
import type { Classification } from '../engine/nlu/classifier';

/** Trained when the classifier thread starts; the thread answers one text per task. */
const classifier = await trainClassifier();

export default function classifyText(text: string): Promise<Classification> {
  return classifier.classify(text);
}

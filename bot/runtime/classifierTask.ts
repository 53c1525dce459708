import { trainClassifier } from '../engine/nlu/classifier';
import type { Classification } from '../engine/nlu/classifier';
import { diskModelStore } from './modelStore';

/** Trained when the classifier thread starts; the thread answers one text per task. */
const classifier = await trainClassifier(undefined, undefined, diskModelStore());

export default function classifyText(text: string): Promise<Classification> {
  return classifier.classify(text);
}

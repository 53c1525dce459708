import { trainClassifier } from '../engine/nlu/classifier';
import type { Classification } from '../engine/nlu/classifier';
import { diskModelStore } from './modelStore';

/** Trained when the classifier thread starts; the thread answers one text per task. */
const classifier = await trainClassifier(undefined, undefined, diskModelStore());
// The first classifications compile the safety rules and warm both models (over 100 ms): done
// here, before the thread answers its first real message.
for (const text of ['hoi', 'er is elke nacht harde muziek bij nummer 12', 'the light is broken'])
  await classifier.classify(text);

export default function classifyText(text: string): Promise<Classification> {
  return classifier.classify(text);
}

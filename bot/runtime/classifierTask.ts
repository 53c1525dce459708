import { trainClassifier } from '../engine/nlu/classifier';
import type { Classification } from '../engine/nlu/classifier';
import { diskModelStore } from './modelStore';

/** Trained when the classifier thread starts. */
const classifier = await trainClassifier(undefined, undefined, diskModelStore());
// The first classifications compile the safety rules and warm both models (over 100 ms): done
// here, before the thread answers its first real message.
for (const text of ['hoi', 'er is elke nacht harde muziek bij nummer 12', 'the light is broken'])
  await classifier.classify(text);

/** One text (the start-up check), or the texts of one batch, answered in their order. */
export default function classifyText(
  texts: string | string[],
): Promise<Classification | Classification[]> {
  if (typeof texts === 'string') return classifier.classify(texts);
  return Promise.all(texts.map((text) => classifier.classify(text)));
}

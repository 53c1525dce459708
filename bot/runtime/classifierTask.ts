import { trainClassifier } from '../engine/nlu/classifier';
import type { Classification } from '../engine/nlu/classifier';
import { textPassesUnheard } from '../engine/unheard';
import type { ThreadTask } from './classifierThread';
import { diskModelStore } from './modelStore';

/** Trained when the classifier thread starts. */
const classifier = await trainClassifier(undefined, undefined, diskModelStore());
// The first classifications compile the safety rules and warm both models (over 100 ms): done
// here, before the thread answers its first real message.
for (const text of ['hoi', 'er is elke nacht harde muziek bij nummer 12', 'the light is broken'])
  await classifier.classify(text);

/**
 * One text (the start-up check), the texts of one batch to classify, or a batch to screen
 * (`textPassesUnheard`), answered in their order.
 */
export default function classifyText(
  task: ThreadTask,
): Promise<Classification | Classification[]> | boolean[] {
  if (typeof task === 'string') return classifier.classify(task);
  if (Array.isArray(task)) return Promise.all(task.map((text) => classifier.classify(text)));
  return task.passesUnheard.map(textPassesUnheard);
}

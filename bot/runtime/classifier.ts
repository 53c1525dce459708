import { trainClassifier } from '../engine/nlu/classifier';
import type { IntentClassifier } from '../engine/nlu/classifier';

let shared: Promise<IntentClassifier> | undefined;

/** The intent classifier, trained once per process from the corpus in the repository. */
export function sharedClassifier(): Promise<IntentClassifier> {
  shared ??= trainClassifier();
  return shared;
}

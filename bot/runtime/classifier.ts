import type { Logger } from '../../server/logger';
import { trainClassifier } from '../engine/nlu/classifier';
import type { IntentClassifier } from '../engine/nlu/classifier';
import { startThreadClassifier } from './classifierThread';
import { diskModelStore } from './modelStore';

let shared: Promise<IntentClassifier> | undefined;
let inProcess: Promise<IntentClassifier> | undefined;

/** The same classifier in this thread: only when the classifier thread is not there. */
function inProcessClassifier(): Promise<IntentClassifier> {
  inProcess ??= trainClassifier(undefined, undefined, diskModelStore());
  return inProcess;
}

/**
 * The intent classifier, trained once per process from the corpus in the repository, in a
 * thread of its own (`classifierThread.ts`).
 */
export function sharedClassifier(logger?: Logger): Promise<IntentClassifier> {
  shared ??= startThreadClassifier({
    fallback: inProcessClassifier,
    onFallback: (error) =>
      logger?.warn({ err: error }, 'classifier thread unavailable, classifying on the main thread'),
  });
  return shared;
}

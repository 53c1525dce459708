import { trainClassifier } from '../../bot/engine/nlu/classifier';
import { diskModelStore } from '../../bot/runtime/modelStore';

/**
 * Trains Buurtbot's classifier once before any test file starts and keeps the model (keyed by
 * the corpus hash): the files then load it in half a second instead of each training it for
 * 5-10 s at the same time, inside a test's time limit, on a fresh clone.
 */
export default async function setup(): Promise<void> {
  await trainClassifier(undefined, undefined, diskModelStore());
}

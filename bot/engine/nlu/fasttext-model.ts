import createFastTextModule from 'fasttext.wasm.js/dist/core/fastText.node.js';
import type { Intent } from '../intents';
import { isIntent } from '../intents';
import { modelHash, type ModelStore } from './model-store';

/**
 * The intent model: fastText (its WebAssembly build, shipped in the fasttext.wasm.js package),
 * trained on the prepared corpus lines, over words, word pairs and the 3-5 letter groups inside
 * each word. Letter groups carry typos, chat spelling, Dutch compounds and one-word messages it
 * has not seen as such. On 2026-12-07 it replaced nlp.js and naive Bayes over letter groups
 * (bot/README.md, "Language understanding", says what that changed on each set).
 */
export interface IntentRanker {
  /** Every intent with its probability, highest first, for a text made ready by `prepare`. */
  rank(prepared: string): { intent: Intent; probability: number }[];
}

/** fastText's settings: its usual ones for short texts, letter groups of 3-5 and word pairs. */
const settings = {
  lr: 0.5,
  dim: 25,
  epoch: 40,
  wordNgrams: 2,
  minn: 3,
  maxn: 5,
  bucket: 100_000,
  minCount: 1,
  seed: 1,
  verbose: 0,
  thread: 1,
};

/** Raise when the way a model is built changes, so stored models of the old way are not used. */
const FORMAT = 1;
const labelPrefix = '__label__';
const trainFile = 'train.txt';
const modelFile = 'model.bin';
/** More than any model here has labels: fastText then gives every label. */
const MAX_LABELS = 100;

/** A trained fastText model: its labels for a prepared text, with their probabilities, best first. */
export interface FastTextModel {
  predict(prepared: string): { label: string; probability: number }[];
}

/**
 * Trains fastText (one thread, a fixed seed and a fixed shuffle, so the same lines make the same
 * model on every machine) on `{label, text}` examples whose text `prepare` has made ready, or
 * loads the model kept in `store` for exactly these lines and settings.
 */
export async function trainFastText(
  examples: readonly { label: string; text: string }[],
  store: ModelStore | undefined,
): Promise<FastTextModel> {
  const lines = examples
    .filter((e) => e.text.length > 0)
    .map((e) => `${labelPrefix}${e.label} ${e.text}`);
  // Stochastic gradient descent learns badly from lines grouped by label: a fixed shuffle
  // (a linear congruential generator) keeps the model the same for the same lines.
  let state = 7;
  for (let i = lines.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  }
  const key = `fasttext-v${FORMAT}-${modelHash(JSON.stringify({ lines, settings }))}`;
  const wasm = await createFastTextModule();
  const model = new wasm.FastText();
  const stored = await store?.read(key).catch(() => undefined);
  let loaded = false;
  if (stored) {
    try {
      wasm.FS.writeFile(modelFile, Buffer.from(stored, 'base64'));
      model.loadModel(modelFile);
      loaded = true;
    } catch {
      // An unreadable model is trained again below, and replaced.
    }
  }
  if (!loaded) {
    wasm.FS.writeFile(trainFile, new TextEncoder().encode(`${lines.join('\n')}\n`));
    const args = new wasm.Args();
    Object.assign(args, settings, {
      model: wasm.ModelName.supervised,
      loss: wasm.LossName.softmax,
      input: trainFile,
    });
    model.train(args, () => undefined);
    wasm.FS.unlink(trainFile);
    model.saveModel(modelFile);
    const bytes = Buffer.from(wasm.FS.readFile(modelFile)).toString('base64');
    await store?.write(key, bytes).catch(() => undefined);
  }
  wasm.FS.unlink(modelFile);
  return {
    predict(prepared) {
      if (prepared.length === 0) return [];
      const found = model.predict(`${prepared}\n`, MAX_LABELS, 0);
      const labels: { label: string; probability: number }[] = [];
      try {
        for (let i = 0; i < found.size(); i += 1) {
          const [probability, name] = found.get(i);
          labels.push({ label: name.slice(labelPrefix.length), probability });
        }
      } finally {
        found.delete();
      }
      return labels;
    },
  };
}

/** The intent model: fastText on the corpus's utterances, made ready by `prepare`, labelled by intent. */
export async function trainIntentRanker(
  examples: readonly { intent: Intent; text: string }[],
  store: ModelStore | undefined,
): Promise<IntentRanker> {
  const model = await trainFastText(
    examples.map((e) => ({ label: e.intent, text: e.text })),
    store,
  );
  return {
    rank(prepared) {
      if (prepared.length === 0) return [{ intent: 'unknown', probability: 1 }];
      return model
        .predict(prepared)
        .flatMap(({ label, probability }) =>
          isIntent(label) ? [{ intent: label, probability }] : [],
        );
    },
  };
}

import { Piscina } from 'piscina';
import type { Classification, IntentClassifier } from '../engine/nlu/classifier';

export interface ThreadClassifier extends IntentClassifier {
  /** Stops the thread (tests, shutdown); later calls classify in this thread instead. */
  close(): Promise<void>;
}

/** A classification takes well under a millisecond; a call this late means the thread is stuck. */
const CALL_TIMEOUT_MS = 5_000;

/**
 * The intent classifier in a worker thread of its own. Classifying (spell check, two nlp.js
 * models) is the bot's heaviest work and runs for every message in a shared room; on the event
 * loop it held up the delivery of the messages after it (fan-out). Training happens in the
 * thread too, so a starting server does not stall.
 *
 * Resolves once the thread has trained. The first time anything goes wrong with the thread (it
 * cannot start, a call fails or takes longer than `timeoutMs`, the pool reports an error), the
 * thread is stopped for good and `fallback` classifies in this thread from then on: a
 * person's messages never wait on a broken thread, and the model's emergency check never goes
 * missing.
 */
export async function startThreadClassifier(options: {
  fallback: () => Promise<IntentClassifier>;
  onFallback?: (error: unknown) => void;
  /** The thread's entry; tests pass ones that fail or hang. */
  entry?: URL;
  timeoutMs?: number;
}): Promise<ThreadClassifier> {
  const { fallback, onFallback = () => undefined, timeoutMs = CALL_TIMEOUT_MS } = options;
  let pool: Piscina<string, Classification> | undefined = new Piscina({
    filename: (options.entry ?? new URL('./classifier.worker.mjs', import.meta.url)).href,
    minThreads: 1,
    maxThreads: 1,
    // Every waiting message goes to the thread at once. One task at a time (piscina's default,
    // and all it does for a task with an abort signal) sent the next only when this thread had
    // taken in the last answer: a busy event loop let one classification through per turn,
    // the queue grew until a call passed `timeoutMs`, and the thread was given up while it
    // was fine (a fan-out run above 150 msg/s did that).
    concurrentTasksPerWorker: 1_000,
    // A new thread trains for seconds; the one thread stays for the life of the process.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  const giveUp = (error: unknown) => {
    const broken = pool;
    if (!broken) return;
    pool = undefined;
    onFallback(error);
    void broken.destroy().catch(() => undefined);
  };
  // A thread that fails with no call running (say, a replacement that cannot start) is
  // reported here; without a listener the error would end the whole process.
  pool.on('error', giveUp);
  try {
    await answerWithin(pool.run(''), 60_000); // resolves once trained
  } catch (error) {
    giveUp(error);
  }
  return {
    async classify(text) {
      const running = pool;
      if (running) {
        try {
          return await answerWithin(running.run(text), timeoutMs);
        } catch (error) {
          giveUp(error);
        }
      }
      return (await fallback()).classify(text);
    },
    async close() {
      const closing = pool;
      pool = undefined;
      await closing?.destroy();
    },
  };
}

/**
 * The call's answer, or an error when there is none after `ms`. A timer that fires late (the
 * event loop was busy) first lets in answers that arrived meanwhile: they wait for the poll
 * phase, which comes after the timers.
 */
function answerWithin<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      setImmediate(() => reject(new Error(`the classifier thread gave no answer in ${ms} ms`)));
    }, ms);
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

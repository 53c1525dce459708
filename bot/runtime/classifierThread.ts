import { Piscina } from 'piscina';
import type { Classification, IntentClassifier } from '../engine/nlu/classifier';

export interface ThreadClassifier extends IntentClassifier {
  /** Stops the thread (tests, shutdown); later calls classify in this thread instead. */
  close(): Promise<void>;
}

/**
 * The intent classifier in a worker thread of its own. Classifying (spell check, two nlp.js
 * models) is the bot's heaviest work and runs for every message in a shared room; on the event
 * loop it held up the delivery of the messages after it (fan-out p99). Training happens in the
 * thread too, so a starting server does not stall.
 *
 * Resolves once the thread has trained. If the thread cannot start or a call fails (the thread
 * died), `fallback` classifies in this thread: the emergency check never goes missing.
 */
export async function startThreadClassifier(options: {
  fallback: () => Promise<IntentClassifier>;
  onFallback?: (error: unknown) => void;
  /** The thread's entry; tests pass one that fails. */
  entry?: URL;
}): Promise<ThreadClassifier> {
  const { fallback, onFallback = () => undefined } = options;
  let pool: Piscina<string, Classification> | undefined = new Piscina({
    filename: (options.entry ?? new URL('./classifier.worker.mjs', import.meta.url)).href,
    minThreads: 1,
    maxThreads: 1,
    // A new thread trains for seconds; the one thread stays for the life of the process.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  const local = async (text: string, error: unknown) => {
    onFallback(error);
    return (await fallback()).classify(text);
  };
  try {
    await pool.run(''); // resolves when the thread has trained
  } catch (error) {
    await pool.destroy().catch(() => undefined);
    pool = undefined;
    onFallback(error);
  }
  return {
    async classify(text) {
      if (!pool) return (await fallback()).classify(text);
      try {
        return await pool.run(text);
      } catch (error) {
        return local(text, error);
      }
    },
    async close() {
      const closing = pool;
      pool = undefined;
      await closing?.destroy();
    },
  };
}

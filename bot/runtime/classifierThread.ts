import { Piscina } from 'piscina';
import type { Classification, IntentClassifier } from '../engine/nlu/classifier';

export interface ThreadClassifier extends IntentClassifier {
  /** Stops the thread (tests, shutdown); later calls classify in this thread instead. */
  close(): Promise<void>;
}

/** A classification takes well under a millisecond; a call this late means the thread is stuck. */
const CALL_TIMEOUT_MS = 5_000;

/**
 * The intent classifier in a worker thread of its own. Classifying (spell check, the fastText
 * intent model, the danger models) is the bot's heaviest work and runs for every message in a shared room; on the event
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
  let pool: Piscina<string | string[], Classification | Classification[]> | undefined = new Piscina(
    {
      filename: (options.entry ?? new URL('./classifier.worker.mjs', import.meta.url)).href,
      minThreads: 1,
      maxThreads: 1,
      // Every waiting batch goes to the thread at once. One task at a time (piscina's default,
      // and all it does for a task with an abort signal) sent the next only when this thread
      // had taken in the last answer: a busy event loop let one classification through per
      // turn, the queue grew until a call passed `timeoutMs`, and the thread was given up while
      // it was fine (a fan-out run above 150 msg/s did that).
      concurrentTasksPerWorker: 1_000,
      // A new thread trains for seconds; the one thread stays for the life of the process.
      idleTimeout: Number.POSITIVE_INFINITY,
    },
  );
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

  const inThisThread = async (text: string) => (await fallback()).classify(text);
  /**
   * Texts asked for in one turn of the event loop go to the thread as one task: each task
   * costs this thread a message and a wake-up of the other one, which was a tenth of the
   * server's CPU (4-5 % in a fan-out profile) when every message was a task of its own.
   */
  let waiting: {
    text: string;
    resolve(answer: Classification): void;
    reject(error: unknown): void;
  }[] = [];
  const sendWaiting = async () => {
    const batch = waiting;
    waiting = [];
    const running = pool;
    let answers: Classification[] | undefined;
    if (running) {
      try {
        const answer = await answerWithin(running.run(batch.map((w) => w.text)), timeoutMs);
        if (!Array.isArray(answer) || answer.length !== batch.length)
          throw new Error('the classifier thread answered something else');
        answers = answer;
      } catch (error) {
        giveUp(error);
      }
    }
    for (const [i, w] of batch.entries()) {
      const answer = answers?.[i];
      await (answer ? Promise.resolve(answer) : inThisThread(w.text)).then(w.resolve, w.reject);
    }
  };
  return {
    classify(text) {
      if (!pool) return inThisThread(text);
      return new Promise<Classification>((resolve, reject) => {
        if (waiting.length === 0) setImmediate(() => void sendWaiting());
        waiting.push({ text, resolve, reject });
      });
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

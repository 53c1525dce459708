import { afterAll, describe, expect, it } from 'vitest';
import { trainClassifier } from '../engine/nlu/classifier';
import { startThreadClassifier, type ThreadClassifier } from './classifierThread';

const messages = [
  'De buren maken elke nacht herrie, wat kan ik doen?',
  'Er ligt iemand bewusteloos in de gang, help!',
  'Wanneer is de volgende koffieochtend?',
  'My neighbour plays loud music every night',
  'ik wil een klacht indienen over de lift',
  '',
];

/** The main-thread classifier every test falls back to, trained once. */
const here = trainClassifier();

/** A thread from a test entry, with the reasons it fell back to `here`. */
async function startFrom(fixture: string, timeoutMs?: number) {
  const reasons: unknown[] = [];
  const classifier = await startThreadClassifier({
    fallback: () => here,
    onFallback: (error) => reasons.push(error),
    entry: new URL(`./fixtures/${fixture}`, import.meta.url),
    timeoutMs,
  });
  return { classifier, reasons };
}

describe('the classifier thread', () => {
  let thread: ThreadClassifier | undefined;
  afterAll(() => thread?.close());

  it('answers what the classifier in this thread answers, emergencies included', async () => {
    thread = await startThreadClassifier({ fallback: () => here });
    for (const text of messages) {
      expect(await thread.classify(text), text).toEqual(await (await here).classify(text));
    }
    expect((await thread.classify('Er ligt iemand bewusteloos in de gang, help!')).intent).toBe(
      'emergency',
    );
  }, 60_000);

  it('answers texts asked at once (one task for the thread) each with its own answer', async () => {
    thread ??= await startThreadClassifier({ fallback: () => here });
    const asked = [...messages, ...messages.slice().reverse()];
    const together = await Promise.all(asked.map((text) => thread?.classify(text)));
    const alone = await Promise.all(asked.map(async (text) => (await here).classify(text)));
    expect(together).toEqual(alone);
  }, 60_000);

  it('classifies in this thread when the thread cannot start, and says so', async () => {
    const { classifier: broken, reasons } = await startFrom('broken-classifier.worker.mjs');
    try {
      const answer = await broken.classify('Er brandt iets in de keuken, help');
      expect(answer.intent).toBe('emergency');
      expect(String(reasons[0])).toContain('cannot start');
    } finally {
      await broken.close();
    }
  }, 60_000);

  it('classifies in this thread, from then on, when the thread stops answering', async () => {
    const { classifier: stuck, reasons } = await startFrom('hanging-classifier.worker.mjs', 200);
    try {
      expect((await stuck.classify('Er brandt iets in de keuken, help')).intent).toBe('emergency');
      expect((await stuck.classify('Wanneer is de volgende koffieochtend?')).source).toBe('model');
      expect(reasons).toHaveLength(1);
    } finally {
      await stuck.close();
    }
  }, 60_000);

  it('keeps up with a burst while the event loop is busy, without giving the thread up', async () => {
    const { classifier: busy, reasons } = await startFrom('../classifier.worker.mjs', 3_000);
    // Every turn of the event loop takes 40 ms, as under a flood of messages.
    const hog = setInterval(() => {
      const until = Date.now() + 40;
      while (Date.now() < until);
    }, 0);
    try {
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) => busy.classify(messages[i % messages.length] ?? '')),
      );
      expect(answers.filter((a) => a.intent === 'emergency')).toHaveLength(50);
      expect(reasons).toEqual([]);
    } finally {
      clearInterval(hog);
      await busy.close();
    }
  }, 60_000);

  it('still classifies after the thread is closed', async () => {
    const closed = await startThreadClassifier({ fallback: () => here });
    await closed.close();
    expect((await closed.classify('Wanneer is de volgende koffieochtend?')).source).toBe('model');
  }, 60_000);
});

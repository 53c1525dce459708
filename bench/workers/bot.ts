/**
 * The bot engine on one core: the classifier and the safety assessment on texts seen for the
 * first time (goal: a classification under 5 ms median), then classifications and full replies
 * per second on a small repeated set.
 */
import { createEngine } from '../../bot/engine/engine';
import { createFakePorts } from '../../bot/engine/fake-ports';
import { trainClassifier } from '../../bot/engine/nlu/classifier';
import { assessDanger } from '../../bot/engine/safety/emergency';
import { loadDataset } from '../../bot/eval/datasets';
import type { BotInput } from '../../bot/engine/types';
import { Histogram } from '../lib/histogram';
import { serve } from '../lib/ipc';

/** Everyday messages in Dutch and English, as residents type them. */
const texts = [
  'er is elke nacht harde muziek bij nummer 12',
  'de lamp in de hal is kapot',
  'ik wil me aanmelden voor de koffieochtend',
  'wanneer is de volgende activiteit?',
  'het gaat niet goed met mijn buurman',
  'wie moet ik bellen als de lift stuk is',
  'hoi buurtbot',
  'ik wil een melding maken over geluidsoverlast',
  'the front door does not close anymore',
  'can I sign up for the walk on saturday',
  'i need help',
  'ik kan niet meer naar de kookavond, afmelden graag',
  'de container staat al een week vol',
  'er ligt veel afval in de fietsenstalling',
  'bedankt voor de hulp!',
  '/help',
];

const now = () => performance.now();

serve({
  run: async (request: { seconds: number }) => {
    const trainStart = now();
    const classifier = await trainClassifier();
    const trainMs = now() - trainStart;
    const engine = createEngine({ classifier });
    const ports = createFakePorts();

    // First sight of each text (the typo speller caches words it corrected, so a repeated text is
    // cheaper): every line of the sets that may be looked at (never the blind set), once each.
    const fresh = [...loadDataset('dev'), ...loadDataset('safety')].map((e) => e.text);
    const freshClassify = new Histogram();
    const freshSafety = new Histogram();
    for (const text of fresh) {
      let t = now();
      assessDanger(text);
      freshSafety.record(now() - t);
      t = now();
      await classifier.classify(text);
      freshClassify.record(now() - t);
    }

    const classifyLatency = new Histogram();
    let classified = 0;
    let end = now() + request.seconds * 1000;
    const classifyStart = now();
    while (now() < end) {
      const t = now();
      await classifier.classify(texts[classified % texts.length] ?? '');
      classifyLatency.record(now() - t);
      classified += 1;
    }
    const classifySeconds = (now() - classifyStart) / 1000;

    const replyLatency = new Histogram();
    let replied = 0;
    end = now() + request.seconds * 1000;
    const replyStart = now();
    while (now() < end) {
      const input: BotInput = {
        text: texts[replied % texts.length] ?? '',
        author: { userId: 'u1', displayName: 'Anouk', role: 'resident', locale: 'nl' },
        projectId: 'p1',
        channel: { id: 'c1', kind: 'bot' },
      };
      const t = now();
      await engine.handleMessage(input, undefined, ports);
      replyLatency.record(now() - t);
      replied += 1;
    }
    const replySeconds = (now() - replyStart) / 1000;
    return {
      trainMs: Math.round(trainMs),
      firstSightTexts: fresh.length,
      firstSightClassifyMs: freshClassify.summary(),
      safetyAssessMs: freshSafety.summary(),
      classificationsPerSecond: Math.round(classified / classifySeconds),
      classifyMs: classifyLatency.summary(),
      repliesPerSecond: Math.round(replied / replySeconds),
      replyMs: replyLatency.summary(),
    };
  },
});

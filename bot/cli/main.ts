/**
 * Buurtbot command line.
 *   npm run --silent bot -- classify "<text>"   one JSON line: {"intent","confidence","entities"}
 *   npm run bot:eval                            accuracy per intent on the held-out set
 */
import { extractEntities } from '../engine/entities';
import { trainClassifier } from '../engine/nlu/classifier';
import { evaluate } from '../engine/nlu/evaluate';
import { trainingCorpus } from '../engine/nlu/corpus';
import { demoActivities } from '../engine/fake-ports';
import { intents } from '../engine/intents';
import { locales } from '../../server/i18n/locale';
import { loadHeldOut } from '../../tests/bot/heldout';

async function classify(text: string): Promise<void> {
  const classifier = await trainClassifier();
  const now = new Date();
  const result = await classifier.classify(text);
  const entities = extractEntities(text, { now, activities: demoActivities(now) });
  process.stdout.write(`${JSON.stringify({ intent: result.intent, confidence: result.confidence, entities })}\n`);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(6);
}

async function evalCommand(verbose: boolean): Promise<void> {
  const started = performance.now();
  const classifier = await trainClassifier();
  const trainMs = performance.now() - started;
  const heldOut = await evaluate(classifier, loadHeldOut());
  const training = await evaluate(
    classifier,
    locales.flatMap((language) =>
      intents.flatMap((intent) => trainingCorpus[language][intent].map((text) => ({ language, intent, text }))),
    ),
  );
  console.log(`Buurtbot intent classifier (nlp.js), trained in ${Math.round(trainMs)} ms on ${training.total} utterances`);
  console.log(`Held-out set: ${heldOut.total} utterances (tests/bot/heldout.tsv), never used for training\n`);
  console.log('intent            held-out   n');
  for (const intent of intents) {
    const row = heldOut.perIntent[intent];
    console.log(`${intent.padEnd(18)}${percent(row.accuracy)}   ${row.correct}/${row.total}`);
  }
  for (const locale of locales) {
    const row = heldOut.perLanguage[locale];
    console.log(`language ${locale.padEnd(9)}${percent(row.accuracy)}   ${row.correct}/${row.total}`);
  }
  console.log(`\nOVERALL held-out  ${percent(heldOut.accuracy)}   ${heldOut.correct}/${heldOut.total}`);
  console.log(`(training set, for comparison: ${percent(training.accuracy)})`);
  if (verbose) {
    console.log('\nMistakes:');
    for (const m of heldOut.mistakes) console.log(`  ${m.expected} -> ${m.got} (${m.confidence})  ${m.text}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'classify' && rest.length > 0) return classify(rest.join(' '));
  if (command === 'eval') return evalCommand(rest.includes('--verbose'));
  console.error('usage: bot classify "<text>" | bot eval [--verbose]');
  process.exitCode = 2;
}

await main(process.argv.slice(2));

/**
 * Buurtbot command line.
 *   npm run --silent bot -- classify "<text>"   one JSON line: {"intent","confidence","entities"}
 *   npm run bot:eval                            accuracy per intent on the held-out set
 *   npm run --silent bot -- cv                  cross-validation of the classifier settings (training corpus only)
 */
import { extractEntities } from '../engine/entities';
import { defaultSettings, trainClassifier } from '../engine/nlu/classifier';
import { crossValidate } from '../engine/nlu/cross-validate';
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
  process.stdout.write(
    `${JSON.stringify({ intent: result.intent, confidence: result.confidence, entities })}\n`,
  );
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(6);
}

async function evalCommand(verbose: boolean): Promise<void> {
  const started = performance.now();
  const classifier = await trainClassifier();
  const trainMs = performance.now() - started;
  const dev = await evaluate(classifier, loadHeldOut('dev'));
  const test = await evaluate(classifier, loadHeldOut('test'));
  const heldOut = await evaluate(classifier, [...loadHeldOut('dev'), ...loadHeldOut('test')]);
  const training = await evaluate(
    classifier,
    locales.flatMap((language) =>
      intents.flatMap((intent) =>
        trainingCorpus[language][intent].map((text) => ({ language, intent, text })),
      ),
    ),
  );
  console.log(
    `Buurtbot intent classifier (nlp.js), trained in ${Math.round(trainMs)} ms on ${training.total} utterances`,
  );
  console.log(
    `Held-out: ${dev.total} dev + ${test.total} test utterances (tests/bot/heldout-*.tsv), never used for training\n`,
  );
  const row = (label: string, r: { accuracy: number; correct: number; total: number }) =>
    `${label.padEnd(18)}${percent(r.accuracy)}   ${`${r.correct}/${r.total}`.padEnd(9)}`;
  console.log('                  held-out   n        | dev      | test');
  for (const intent of intents) {
    console.log(
      `${row(intent, heldOut.perIntent[intent])}| ${percent(dev.perIntent[intent].accuracy)}   | ${percent(test.perIntent[intent].accuracy)}`,
    );
  }
  for (const locale of locales) {
    console.log(
      `${row(`language ${locale}`, heldOut.perLanguage[locale])}| ${percent(dev.perLanguage[locale].accuracy)}   | ${percent(test.perLanguage[locale].accuracy)}`,
    );
  }
  console.log(
    `\n${row('OVERALL held-out', heldOut)}| ${percent(dev.accuracy)}   | ${percent(test.accuracy)}`,
  );
  console.log(`(training set, for comparison: ${percent(training.accuracy)})`);
  if (verbose) {
    console.log('\nDev set mistakes (the test set stays blind):');
    for (const m of dev.mistakes)
      console.log(`  ${m.expected} -> ${m.got} (${m.confidence})  ${m.text}`);
  }
}

/** Tunes the classifier's settings by cross-validation on the training corpus (never on held-out data). */
async function cvCommand(): Promise<void> {
  const grid = [];
  for (const minConfidence of [0.3, 0.4, 0.5, 0.6]) {
    for (const otherLanguageWeight of [0, 0.5, 0.8]) {
      for (const speller of [true, false])
        grid.push({ minConfidence, otherLanguageWeight, speller });
    }
  }
  console.log(
    `5-fold cross-validation on the training corpus; defaults: ${JSON.stringify(defaultSettings)}`,
  );
  for (const settings of grid) {
    const accuracy = await crossValidate(trainingCorpus, settings);
    console.log(`${percent(accuracy)}  ${JSON.stringify(settings)}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'classify' && rest.length > 0) return classify(rest.join(' '));
  if (command === 'eval') return evalCommand(rest.includes('--verbose'));
  if (command === 'cv') return cvCommand();
  console.error('usage: bot classify "<text>" | bot eval [--verbose] | bot cv');
  process.exitCode = 2;
}

await main(process.argv.slice(2));

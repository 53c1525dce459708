/**
 * Buurtbot command line.
 *   npm run --silent bot -- classify "<text>"     one JSON line: {"intent","confidence","entities","emergency"}
 *   npm run --silent bot -- classify --file F     the same for every line of F (one utterance a line)
 *   npm run bot:eval                              accuracy, emergency recall and false alarms per set
 *   npm run --silent bot -- cv                    cross-validation of the classifier settings (training corpus only)
 *   npm run --silent bot -- danger-cv             the danger corpus, one writer left out of training and measured
 */
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../engine/language';
import {
  defaultSettings,
  trainClassifier,
  type ClassifierSettings,
} from '../engine/nlu/classifier';
import { crossValidate } from '../engine/nlu/cross-validate';
import { trainingCorpus } from '../engine/nlu/corpus';
import { intents } from '../engine/intents';
import { locales } from '../../server/i18n/locale';
import { blindSets, checkSets, loadDataset, tunedSets, type Dataset } from '../eval/datasets';
import { createDecider } from '../eval/decide';
import { diskModelStore } from '../runtime/modelStore';
import { describeShare, measure, percent, wilson } from '../eval/report';
import { dangerCrossWriter } from '../eval/danger-cross-writer';

/**
 * One JSON object per utterance. `emergency` is true exactly when Buurtbot gives the emergency
 * advice to that text as the first message of a private conversation (the engine's decision).
 */
async function classify(lines: string[]): Promise<void> {
  // A trained model is kept per corpus hash (node_modules/.cache/buurtbot): seconds the first time.
  const decide = createDecider(await trainClassifier(undefined, undefined, diskModelStore()));
  for (const text of lines) {
    const d = await decide(text, detectLanguage(text) ?? 'nl');
    const line = {
      intent: d.intent,
      confidence: d.confidence,
      entities: d.entities,
      emergency: d.emergency,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

function linesOf(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const setNames: Record<Dataset, string> = {
  blind: 'blind 1 (seen as totals)',
  blind2: 'blind 2 (seen as totals)',
  test: 'held-out test',
  dev: 'held-out dev (tuned on)',
  safety: 'safety dev (tuned on)',
  tuning: 'tuning 2 (tuned on)',
  tuning3: 'tuning 3 (tuned on)',
  tuning4: 'tuning 4 (tuned on)',
  tuning5: 'tuning 5 (tuned on)',
  blind3: 'blind 3 (seen as totals)',
  blind4: 'blind 4 (seen as totals)',
  tuning6: 'tuning 6 (tuned on)',
  check6: 'check 6 (totals only)',
  blind5: 'blind 5 (seen as totals)',
  tuning7: 'tuning 7 (tuned on)',
  tuning8: 'tuning 8 (tuned on)',
  tuning9: 'tuning 9 (tuned on)',
  tuning10: 'tuning 10 (tuned on)',
  blind6: 'blind 6 (seen as totals)',
  blind7: 'blind 7 (seen as totals)',
  blind8: 'blind 8 (seen as totals)',
  blind9: 'blind 9 (seen as totals)',
  blind10: 'blind 10 (seen as totals)',
};

/** `--blind`: every blind set; `--blind=blind5,blind4`: only those (each printing is counted in datasets.ts). */
function blindOption(args: string[]): Dataset[] {
  const option = args.find((a) => a === '--blind' || a.startsWith('--blind='));
  if (!option) return [];
  if (option === '--blind') return [...blindSets].reverse();
  const asked = option.slice('--blind='.length).split(',');
  return blindSets.filter((set) => asked.includes(set)).reverse();
}

async function evalCommand(verbose: boolean, blind: Dataset[]): Promise<void> {
  // The blind set is measured only when asked for (--blind): it is reported, never tuned on.
  const evaluated: Dataset[] = [...blind, ...checkSets, 'test', ...tunedSets];
  const started = performance.now();
  const classifier = await trainClassifier();
  const trainMs = performance.now() - started;
  const decide = createDecider(classifier);
  const corpusSize = locales.reduce(
    (sum, l) => sum + intents.reduce((n, i) => n + trainingCorpus[l][i].length, 0),
    0,
  );
  console.log(
    `Buurtbot, the engine's decision on each line as the first message of a private conversation`,
  );
  console.log(`Classifier trained in ${Math.round(trainMs)} ms on ${corpusSize} utterances.`);
  console.log('Shares with their 95% Wilson interval.\n');
  const reports = [];
  for (const dataset of evaluated) {
    const report = await measure(loadDataset(dataset), decide);
    reports.push({ dataset, report });
    console.log(`${setNames[dataset]}: ${report.total} lines`);
    if (report.accuracy.total > 0)
      console.log(`  intent accuracy        ${describeShare(report.accuracy)}`);
    console.log(`  emergency advice       ${describeShare(report.recall)}   (recall)`);
    console.log(`  advice or question     ${describeShare(report.recallOrAsked)}`);
    console.log(`  false emergency advice ${describeShare(report.falseAdvice)}`);
    console.log(`  safety question asked  ${describeShare(report.asked)}   (of non-emergencies)`);
  }
  console.log('\nPer intent (accuracy):');
  const labelled = reports.filter((r) => r.report.accuracy.total > 0);
  console.log(`${'intent'.padEnd(18)}${labelled.map((r) => r.dataset.padStart(22)).join('')}`);
  for (const intent of intents) {
    const cells = labelled.map((r) => {
      const s = r.report.perIntent[intent];
      return (s ? `${percent(s.share)} ${s.hits}/${s.total}` : '-').padStart(22);
    });
    console.log(`${intent.padEnd(18)}${cells.join('')}`);
  }
  if (verbose) {
    // The blind set and the held-out test set stay blind: only the sets tuned on are listed.
    for (const { dataset, report } of reports) {
      if (!(tunedSets as readonly Dataset[]).includes(dataset)) continue;
      console.log(`\nMistakes in ${setNames[dataset]}:`);
      for (const m of report.mistakes) console.log(`  ${m.expected} -> ${m.got}  ${m.text}`);
    }
  }
}

/** Tunes the classifier's settings by cross-validation on the training corpus (never on held-out data). */
async function cvCommand(): Promise<void> {
  const grid: ClassifierSettings[] = [];
  for (const minConfidence of [0.3, 0.4, 0.5]) grid.push({ ...defaultSettings, minConfidence });
  console.log(
    `5-fold cross-validation on the training corpus; defaults: ${JSON.stringify(defaultSettings)}`,
  );
  for (const settings of grid) {
    const accuracy = await crossValidate(trainingCorpus, settings);
    console.log(`${percent(accuracy)}  ${JSON.stringify(settings)}`);
  }
}

async function dangerCvCommand(): Promise<void> {
  console.log('The engine on each danger-corpus file, trained without it (first private message).');
  for (const r of await dangerCrossWriter(diskModelStore())) {
    console.log(`${r.held}: ${r.danger} emergencies, ${r.calm} calm look-alikes`);
    console.log(`  emergency advice       ${describeShare(wilson(r.advised, r.danger))}`);
    console.log(`  advice or question     ${describeShare(wilson(r.advised + r.asked, r.danger))}`);
    console.log(`  false emergency advice ${describeShare(wilson(r.falseAdvice, r.calm))}`);
    console.log(`  safety question asked  ${describeShare(wilson(r.calmAsked, r.calm))}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'classify' && rest[0] === '--file' && rest[1]) return classify(linesOf(rest[1]));
  if (command === 'classify' && rest.length > 0) return classify([rest.join(' ')]);
  if (command === 'eval') return evalCommand(rest.includes('--verbose'), blindOption(rest));
  if (command === 'cv') return cvCommand();
  if (command === 'danger-cv') return dangerCvCommand();
  console.error(
    'usage: bot classify "<text>" | bot classify --file F | bot eval [--verbose] | bot cv | bot danger-cv',
  );
  process.exitCode = 2;
}

await main(process.argv.slice(2));

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBlame, mentionsALabel, type BlameMember } from '../../server/protocol/blame';

/**
 * How well `findBlame` tells public blame from ordinary chat, on two labelled sets
 * (`label<TAB>text`, label `blame` or `ok`, `#` lines are comments): the tuning set the detector
 * was written against, and a blind set written by someone else without seeing the detector.
 * Only the figures of the blind set are printed, never its lines.
 */

const dir = join(import.meta.dirname, 'blame');

const tuneMembers: BlameMember[] = [
  { name: 'Anouk', home: '3' },
  { name: 'Samir', home: '7' },
  { name: 'Joke', home: '12' },
  { name: 'Ruud', home: '14' },
  { name: 'Kees', home: '5' },
  { name: 'Lotte', home: '21' },
  { name: 'Wim', home: '18' },
  { name: 'Yusuf', home: '4B' },
  { name: 'Esther' },
  { name: 'Ilse' },
];

const blindMembers: BlameMember[] = [
  { name: 'Anouk', home: '3' },
  { name: 'Samir', home: '7' },
  { name: 'Joke', home: '12' },
  { name: 'Ruud', home: '14' },
  { name: 'Kees', home: '5' },
  { name: 'Fatima', home: '9' },
  { name: 'Henk', home: '2' },
  { name: 'Marco', home: '11' },
  { name: 'Priya', home: '16' },
  { name: 'Esther' },
  { name: 'Ilse' },
];

const tune2Members: BlameMember[] = [
  ...blindMembers,
  { name: 'Yusuf', home: '4' },
  { name: 'Linda', home: '8' },
  { name: 'Bas', home: '10' },
];

interface Scores {
  blame: number;
  ok: number;
  caught: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  falsePositiveRate: number;
  /** Texts of the misses and false alarms (kept only for the tuning set). */
  wrong: string[];
}

function score(file: string, members: BlameMember[], keepWrong: boolean): Scores {
  const rows = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label = '', ...rest] = line.split('\t');
      return { label: label.trim(), text: rest.join('\t') };
    });
  let blame = 0;
  let ok = 0;
  let caught = 0;
  let falseAlarms = 0;
  const wrong: string[] = [];
  for (const { label, text } of rows) {
    if (label !== 'blame' && label !== 'ok') throw new Error(`unknown label in ${file}`);
    const hit = findBlame(text, members) !== null;
    // The cheap pre-test Buurtbot runs before looking up members may never drop a hit.
    if (hit && !mentionsALabel(text)) throw new Error(`mentionsALabel missed a hit in ${file}`);
    if (label === 'blame') {
      blame += 1;
      if (hit) caught += 1;
      else if (keepWrong) wrong.push(`missed: ${text}`);
    } else {
      ok += 1;
      if (hit) {
        falseAlarms += 1;
        if (keepWrong) wrong.push(`false alarm: ${text}`);
      }
    }
  }
  return {
    blame,
    ok,
    caught,
    falseAlarms,
    recall: blame === 0 ? 0 : caught / blame,
    precision: caught + falseAlarms === 0 ? 0 : caught / (caught + falseAlarms),
    falsePositiveRate: ok === 0 ? 0 : falseAlarms / ok,
    wrong,
  };
}

function report(name: string, s: Scores): void {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    `[blame-eval] ${name}: ${s.blame} blame, ${s.ok} ok; recall ${pct(s.recall)} (${s.caught}/${s.blame}), ` +
      `precision ${pct(s.precision)}, false positives ${pct(s.falsePositiveRate)} (${s.falseAlarms}/${s.ok})`,
  );
}

describe('public blame detection (findBlame)', () => {
  it('tuning set: recall at least 95%, false positives at most 5%', () => {
    const scores = score(join(dir, 'blame-tune.tsv'), tuneMembers, true);
    report('tune', scores);
    for (const line of scores.wrong) console.log(`[blame-eval] tune ${line}`);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('tuning set 2 (written by someone else, then tuned on): recall at least 90%, false positives at most 5%', () => {
    const scores = score(join(dir, 'blame-tune-2.tsv'), tune2Members, true);
    report('tune-2', scores);
    for (const line of scores.wrong) console.log(`[blame-eval] tune-2 ${line}`);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  // The blind set was measured twice (68.2% recall at d2a9f63, 75.7% after the recall-first
  // labels; 0 false alarms both times; docs/concerns.md). The floor guards against getting worse;
  // the goal it was written against, 80% recall, is not met.
  const blind = join(dir, 'blame-blind.tsv');
  it.runIf(existsSync(blind))(
    'blind set: recall at least as measured (74%), false positives at most 10%',
    () => {
      const scores = score(blind, blindMembers, false);
      report('blind', scores);
      expect(scores.recall).toBeGreaterThanOrEqual(0.74);
      expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.1);
    },
  );
  if (!existsSync(blind))
    console.warn(
      '[blame-eval] blind set tests/bot/blame/blame-blind.tsv not found: blind part skipped',
    );
});

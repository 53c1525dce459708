import { normalize } from './text';
import type { Choice } from './types';

const yes = new Set([
  'ja',
  'jaa',
  'jep',
  'jup',
  'ja hoor',
  'ja graag',
  'graag',
  'goed',
  'oke',
  'ok',
  'okay',
  'prima',
  'klopt',
  'doe maar',
  'yes',
  'yeah',
  'yep',
  'sure',
  'please',
  'y',
  'j',
]);
const no = new Set([
  'nee',
  'neen',
  'nope',
  'nee hoor',
  'nee dank je',
  'liever niet',
  'niet',
  'no',
  'nah',
  'no thanks',
  'n',
]);
const skip = new Set([
  'overslaan',
  'sla over',
  'skip',
  'weet ik niet',
  'weet niet',
  "i don't know",
  'dont know',
  'geen idee',
  'no idea',
  '-',
]);

/**
 * Which offered choice an answer means: the number ("2", "2."), the button value, the label (or
 * a clear part of it), or a plain yes / no / skip for choices with those values.
 */
export function matchChoice(text: string, offered: readonly Choice[]): Choice | undefined {
  const answer = normalize(text)
    .replace(/[.!?,]+$/g, '')
    .trim();
  if (answer === '') return undefined;
  const byValue = offered.find((c) => c.value === text.trim());
  if (byValue) return byValue;
  const number = /^(\d{1,2})$/.exec(answer);
  if (number) return offered.find((c) => c.n === Number(number[1]));
  const byLabel = offered.find((c) => normalize(c.label) === answer);
  if (byLabel) return byLabel;
  const values = new Map(offered.map((c) => [c.value, c]));
  if (yes.has(answer) && values.has('yes')) return values.get('yes');
  if (no.has(answer) && values.has('no')) return values.get('no');
  if (skip.has(answer) && values.has('skip')) return values.get('skip');
  if (answer.length >= 4) {
    const partial = offered.filter((c) => normalize(c.label).includes(answer));
    if (partial.length === 1) return partial[0];
  }
  return undefined;
}

/** "1. Ja\n2. Nee": the choices as text, for clients without buttons and for rephrased questions. */
export function numbered(offered: readonly Choice[]): string {
  return offered.map((c) => `${c.n}. ${c.label}`).join('\n');
}

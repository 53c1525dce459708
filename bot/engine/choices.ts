import { yesOrNo } from './answers';
import { normalize } from '../../server/protocol/text';
import type { Choice } from '../../server/protocol/bot-reply';

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
  const yesNo = yesOrNo(answer);
  if (yesNo && values.has(yesNo)) return values.get(yesNo);
  if (skip.has(answer) && values.has('skip')) return values.get('skip');
  if (answer.length >= 4) {
    const partial = offered.filter((c) => normalize(c.label).includes(answer));
    if (partial.length === 1) return partial[0];
  }
  return byWords(answer, offered);
}

/** Words of four letters or more, which carry the meaning of a label ("zonder naam"). */
function contentWords(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
}

/**
 * "liever zonder naam" for the choice "Zonder mijn naam": in a short answer, the one choice whose
 * label shares the most meaningful words with it, when exactly one does.
 */
function byWords(answer: string, offered: readonly Choice[]): Choice | undefined {
  // Only short answers: a longer text is the person's own words, which the step reads itself.
  if (answer.split(' ').length > 4) return undefined;
  const said = contentWords(answer);
  if (said.size === 0) return undefined;
  const scored = offered
    .map((choice) => ({
      choice,
      shared: [...contentWords(normalize(choice.label))].filter((w) => said.has(w)).length,
    }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = scored;
  if (!best || (second && second.shared === best.shared)) return undefined;
  return best.choice;
}

/** "1. Ja\n2. Nee": the choices as text, for clients without buttons and for rephrased questions. */
export function numbered(offered: readonly Choice[]): string {
  return offered.map((c) => `${c.n}. ${c.label}`).join('\n');
}

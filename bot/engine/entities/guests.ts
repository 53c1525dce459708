import { normalize } from '../../../server/protocol/text';

const numbers: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
const together: Record<string, number> = { tweeen: 2, drieen: 3, vieren: 4, vijven: 5, zessen: 6 };

const people =
  '(?:kind|kinderen|kids?|children|child|gast|gasten|guests?|personen|persoon|people|person|vriend|vrienden|vriendin|vriendinnen|friends?|extra|anderen|others)';
const relatives =
  '(?:vrouw|man|partner|vriend|vriendin|zoon|dochter|moeder|vader|broer|zus|buurman|buurvrouw|wife|husband|friend|son|daughter|mother|father|brother|sister|neighbour)';

/**
 * How many people someone brings along, as they said it: "met 2 kinderen", "+1", "met mijn
 * vrouw", "met z'n drieën", "with my 3 kids", "plus two guests". `undefined` when not said.
 */
export function extractGuests(text: string): number | undefined {
  const norm = normalize(text);
  const count = new RegExp(
    `\\b(\\d{1,2}|${Object.keys(numbers).join('|')})\\s+(?:extra\\s+)?${people}\\b`,
  ).exec(norm);
  if (count?.[1]) {
    const n = numbers[count[1]] ?? Number(count[1]);
    if (Number.isFinite(n)) return n;
  }
  const plus = /(?:^|\s)(?:\+|plus\s+)(\d{1,2}|een|twee|drie|one|two|three)\b/.exec(norm);
  if (plus?.[1]) return numbers[plus[1]] ?? Number(plus[1]);
  const zn = /\bmet\s+(?:z'n|zijn|ons|onze)\s+(tweeen|drieen|vieren|vijven|zessen)\b/.exec(norm);
  if (zn?.[1]) return (together[zn[1]] ?? 1) - 1;
  if (new RegExp(`\\b(?:met|with)\\s+(?:mijn|m'n|my)\\s+${relatives}\\b`).test(norm)) return 1;
  if (/\b(?:alleen|alone|by myself|just me)\b/.test(norm)) return 0;
  return undefined;
}

import { normalize } from '../../../server/protocol/text';

const number = String.raw`(\d{1,4})\s?([a-z])?(?![\p{L}\p{N}])`;
/** After these words a number is a home, not a time or a count ("op 4 uur", "van 3 weken"). */
const notAUnit = String.raw`(?!\s*(?:uur|u\b|keer|weken|week|dagen|dag|maanden|maand|jaar|jaren|minuten|min\b|mensen|personen|euro|kilo|meter|tot|t\/m|-|:|\.\d|en\s\d|of\s\d|o'clock|am\b|pm\b|hours?|times?|days?|weeks?|months?|years?|people|minutes?))`;

const patterns = [
  // "nummer 12", "huisnummer 3b", "nr. 7", "flat 4", "#12"
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:huisnummer|nummer|nr\.?|no\.?|number|flat|appartement|apartment|app\.?|unit|woning|deur|door|#)\s*${number}`,
    'u',
  ),
  // "de buurman van 12", "bij 14b", "die van 3", "from 12" (not "van 3 weken", "om 4 uur")
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:van|bij|op|naast|boven|onder|tegenover|from|at|next to)\s+${number}${notAUnit}`,
    'u',
  ),
  // "14b" on its own: a number with a house letter (a-d; not "4e verdieping", "2x")
  /(?<![\p{L}\p{N}])(\d{1,4})([a-d])(?![\p{L}\p{N}])/u,
];

/**
 * The unit (house) number mentioned in a message, as people write it: "nummer 12" -> "12",
 * "huisnummer 3b" -> "3B", "die van 14b" -> "14B", "bij 7" -> "7".
 */
export function extractUnit(text: string): string | undefined {
  const norm = normalize(text);
  for (const pattern of patterns) {
    const match = pattern.exec(norm);
    if (match?.[1]) return `${match[1]}${(match[2] ?? '').toUpperCase()}`;
  }
  return undefined;
}

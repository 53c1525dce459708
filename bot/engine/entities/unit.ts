import { normalize } from '../text';

const unitRegex =
  /(?:^|[^\p{L}])(?:huisnummer|nummer|nr\.?|no\.?|number|flat|appartement|apartment|app\.?|unit|woning|deur|door|#)\s*(\d{1,4})\s?([a-z])?(?![\p{L}\p{N}])/u;

/** The unit (house) number mentioned in a message: "nummer 12" -> "12", "huisnummer 3b" -> "3B". */
export function extractUnit(text: string): string | undefined {
  const match = unitRegex.exec(normalize(text));
  if (!match?.[1]) return undefined;
  return `${match[1]}${(match[2] ?? '').toUpperCase()}`;
}

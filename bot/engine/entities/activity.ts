import { editDistance, words } from '../../../server/protocol/text';

export interface ActivityRef {
  id: string;
  title: string;
}

const filler = new Set([
  'de',
  'het',
  'een',
  'voor',
  'bij',
  'van',
  'op',
  'aan',
  'met',
  'en',
  'in',
  'om',
  'te',
  'the',
  'a',
  'an',
  'for',
  'to',
  'of',
  'on',
  'at',
  'and',
  'in',
  'by',
  'with',
]);

function significant(text: string): string[] {
  return words(text).filter((w) => !filler.has(w) && w.length > 1);
}

/**
 * Time words are never a part of a title on their own: "elke avond" is not the "Filmavond",
 * "zaterdagochtend" not the "Koffieochtend".
 */
const timeWords = new Set([
  'avond',
  'avonds',
  'middag',
  'middags',
  'ochtend',
  'ochtends',
  'morgen',
  'morgens',
  'nacht',
  'nachts',
  'week',
  'weekend',
  'dag',
  'dagen',
  'evening',
  'night',
  'morning',
  'afternoon',
  'weekly',
]);

/** A word matches a title word when equal, a close typo, or one is a Dutch compound part of the other. */
function wordMatches(word: string, titleWord: string): boolean {
  if (word === titleWord) return true;
  if (timeWords.has(word)) return false;
  if (titleWord.length >= 5 && editDistance(word, titleWord, 1) <= 1) return true;
  if (
    word.length >= 4 &&
    titleWord.length >= 4 &&
    (titleWord.startsWith(word) || word.startsWith(titleWord))
  ) {
    return true;
  }
  return word.length >= 5 && titleWord.length >= 8 && titleWord.includes(word);
}

/**
 * Finds which of the given activities the message names ("ik wil naar de filmavond",
 * "sign me up for table tennis"). Picks the title with the largest share of its words present;
 * at least half of a title's words must appear.
 */
export function extractActivity<T extends ActivityRef>(
  text: string,
  activities: readonly T[],
): T | undefined {
  const messageWords = significant(text);
  let best: { activity: T; score: number } | undefined;
  for (const activity of activities) {
    const titleWords = significant(activity.title);
    if (titleWords.length === 0) continue;
    const hits = titleWords.filter((tw) => messageWords.some((w) => wordMatches(w, tw))).length;
    const score = hits / titleWords.length;
    if (score >= 0.5 && (!best || score > best.score)) best = { activity, score };
  }
  return best?.activity;
}

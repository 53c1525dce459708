import { normalize, phraseRegex } from '../../../server/protocol/text';

/**
 * Words that say who someone *is* (background, health, status) rather than what they do. A
 * report should be about behaviour and its effect; the bot steers such a report back to what
 * happened (DESIGN.md "No labels").
 */
const labels = phraseRegex([
  'junk',
  'junkie',
  'junks',
  'verslaafde',
  'verslaafd',
  'alcoholist',
  'zuiplap',
  'zwerver',
  'dakloze',
  'daklozen',
  'ex-dakloze',
  'dakloos',
  'psychiatrisch',
  'psychiatrische',
  'psychiatrie',
  'psychiatrisch patient',
  'gek',
  'gestoord',
  'psycho',
  'tuig',
  'crimineel',
  'criminelen',
  'heeft begeleiding',
  'met begeleiding',
  'van de begeleiding',
  'uit de opvang',
  'van de opvang',
  'addict',
  'junkies',
  'homeless',
  'crazy',
  'lunatic',
  'mental case',
  'criminal',
  'from the shelter',
  'has a support worker',
]);

export function describesWhoSomeoneIs(text: string): boolean {
  return labels.test(normalize(text));
}

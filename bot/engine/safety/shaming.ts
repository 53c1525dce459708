import type { Intent } from '../intents';
import { normalize, phraseRegex } from '../../../server/protocol/text';

/** Words that point at a specific neighbour (a person, a unit, "die van hiernaast"). */
const neighbourReference = phraseRegex([
  'buurman',
  'buurvrouw',
  'buren',
  'bovenbuur',
  'bovenburen',
  'onderbuur',
  'onderburen',
  'benedenburen',
  'benedenbuurman',
  'benedenbuurvrouw',
  'de overkant',
  'hiernaast',
  'die van',
  'die man',
  'die vrouw',
  'die gast',
  'die gozer',
  'die jongen',
  'die kerel',
  'die gek',
  'die vent',
  'dat wijf',
  'die junk',
  'die nieuwe',
  'nummer',
  'nr',
  'huisnummer',
  'flat',
  'neighbour',
  'neighbor',
  'neighbours',
  'neighbors',
  'that guy',
  'that man',
  'that woman',
  'the guy',
  'the new guy',
  'next door',
  'upstairs',
  'downstairs',
  'number',
]);

/** Blaming or labelling words. */
const accusation = phraseRegex([
  'junk',
  'junkie',
  'junks',
  'verslaafd',
  'verslaafde',
  'gek',
  'gestoord',
  'psychiatrisch',
  'psycho',
  'dronken',
  'zuipt',
  'bezopen',
  'asociaal',
  'crimineel',
  'dief',
  'steelt',
  'gestolen',
  'dealer',
  'dealt',
  'drugs',
  'vies',
  'smerig',
  'stinkt',
  'herrie',
  'lawaai',
  'overlast',
  'altijd',
  'elke nacht',
  'schreeuwt',
  'scheldt',
  'zwerver',
  'daklozen',
  'dakloze',
  'tuig',
  'eng',
  'crazy',
  'psycho',
  'drunk',
  'junkie',
  'addict',
  'thief',
  'stole',
  'stealing',
  'dealer',
  'dirty',
  'disgusting',
  'stinks',
  'noise',
  'loud',
  'every night',
  'always',
  'yelling',
  'homeless',
  'creep',
  'creepy',
  'nuisance',
]);

const personalIntents: ReadonlySet<Intent> = new Set(['concern.report', 'care.signal']);

/** Whether a message points at someone: a neighbour word, a unit number or an @mention. */
export function pointsAtSomeone(text: string): boolean {
  const norm = normalize(text);
  return (
    neighbourReference.test(norm) || /(^|\s)@\p{L}/u.test(norm) || /\bop \d{1,3}[a-z]?\b/.test(norm)
  );
}

/**
 * True when a message in a shared room names or accuses a neighbour: it points at someone (a
 * neighbour word, a unit number or an @mention) and complains, blames or labels. A complaint that
 * points at nobody ("er ligt afval in de hal") is not shaming and gets no guard. The intent is
 * asked for only when the words alone do not decide: most chat messages are never classified.
 */
export async function accusesNeighbour(
  text: string,
  intentOf: () => Promise<Intent>,
): Promise<boolean> {
  if (!pointsAtSomeone(text)) return false;
  return accusation.test(normalize(text)) || personalIntents.has(await intentOf());
}

/**
 * "Does this look like the same problem?" for defects in ONE place. Both texts are short
 * ("de lamp in de hal is kapot", "licht gang doet het niet"), so a simple, explainable measure
 * works better than anything statistical:
 *
 * 1. keywords: lower case without accents; stop words, place words and "broken" words
 *    ("kapot", "doet het niet") removed; Dutch/English plurals cut; synonyms mapped to one
 *    concept ("lamp", "licht", "verlichting", "light", "bulb" -> `light`);
 * 2. two keywords match when they are equal or their character trigrams are alike (Dice >= 0.6);
 *    an unknown word that is a typo of a known one ("verwarmign") first becomes its concept;
 * 3. the score is the mean of the overlap coefficient (matched keywords / keywords of the
 *    shorter text, so a one-word report "licht" matches a long one about the light) and the
 *    Jaccard index (matched / all distinct keywords, so the closest of two matches ranks first).
 *
 * A text with no keywords left ("het is kapot") scores a neutral 0.5: in the same place that
 * is worth showing, the person decides. Scores at or above {@link SIMILAR_THRESHOLD} are shown.
 */
export const SIMILAR_THRESHOLD = 0.5;

const concepts: Record<string, string[]> = {
  light: [
    'lamp',
    'lampen',
    'lampje',
    'licht',
    'lichten',
    'verlichting',
    'tl',
    'tlbuis',
    'peertje',
    'gloeilamp',
    'ledlamp',
    'light',
    'lights',
    'lighting',
    'bulb',
    'bulbs',
    'lightbulb',
  ],
  door: ['deur', 'deuren', 'voordeur', 'toegangsdeur', 'door', 'doors', 'deurdranger', 'dranger'],
  lock: ['slot', 'sloten', 'cilinder', 'lock', 'locks', 'sleutel', 'key'],
  bell: ['bel', 'deurbel', 'intercom', 'doorbell', 'buzzer', 'bellen'],
  leak: [
    'lek',
    'lekt',
    'lekken',
    'lekkage',
    'water',
    'nat',
    'druppelt',
    'drupt',
    'leak',
    'leaks',
    'leaking',
    'wet',
    'dripping',
    'drips',
    'plas',
    'puddle',
  ],
  heating: [
    'verwarming',
    'cv',
    'ketel',
    'radiator',
    'radiatoren',
    'kachel',
    'heating',
    'boiler',
    'radiators',
    'heater',
    'koud',
    'cold',
  ],
  window: ['raam', 'ramen', 'ruit', 'ruiten', 'glas', 'window', 'windows', 'glass', 'pane'],
  mould: ['schimmel', 'vocht', 'mould', 'mold', 'damp'],
  drain: [
    'afvoer',
    'verstopt',
    'riool',
    'putje',
    'drain',
    'blocked',
    'clogged',
    'sink',
    'gootsteen',
  ],
  smoke_alarm: ['rookmelder', 'brandmelder', 'melder', 'piept', 'piepen', 'beeps', 'beeping'],
  mailbox: ['brievenbus', 'brievenbussen', 'mailbox', 'letterbox', 'post'],
  washing: ['wasmachine', 'droger', 'washing', 'washer', 'dryer', 'machine'],
  waste: ['afval', 'vuilnis', 'container', 'containers', 'rubbish', 'bin', 'bins', 'trash'],
  toilet: ['wc', 'toilet', 'toiletten', 'toilets'],
  stairs: ['trede', 'treden', 'leuning', 'step', 'steps', 'handrail', 'railing'],
  floor: ['vloer', 'tegel', 'tegels', 'floor', 'tile', 'tiles'],
  ceiling: ['plafond', 'ceiling'],
  wall: ['muur', 'wand', 'gat', 'wall', 'hole'],
  electricity: ['stroom', 'stopcontact', 'elektra', 'power', 'socket', 'electricity'],
  tap: ['kraan', 'tap', 'faucet'],
  fence: ['hek', 'poort', 'schutting', 'gate', 'fence'],
  bike_rack: ['fietsenrek', 'rek', 'rack', 'bikerack'],
};

const conceptOf = new Map<string, string>();
for (const [concept, words] of Object.entries(concepts)) {
  for (const word of words) conceptOf.set(word, concept);
}

/** Words that say nothing about WHICH problem it is. */
const stopWords = new Set([
  // Dutch
  'de',
  'het',
  'een',
  'en',
  'of',
  'is',
  'zijn',
  'was',
  'in',
  'op',
  'bij',
  'van',
  'aan',
  'naar',
  'met',
  'voor',
  'uit',
  'er',
  'daar',
  'hier',
  'die',
  'dat',
  'deze',
  'dit',
  'niet',
  'geen',
  'doet',
  'doen',
  'werkt',
  'werken',
  'meer',
  'al',
  'nog',
  'ook',
  'weer',
  'sinds',
  'heel',
  'erg',
  'wel',
  'te',
  'ik',
  'we',
  'wij',
  'je',
  'mijn',
  'onze',
  'ons',
  'zit',
  'zitten',
  'staat',
  'gaat',
  'kan',
  'moet',
  'kapot',
  'stuk',
  'gebroken',
  'defect',
  'gebrek',
  'probleem',
  'beetje',
  'helemaal',
  'steeds',
  'vandaag',
  'gisteren',
  'dagen',
  'week',
  'weken',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'are',
  'was',
  'at',
  'on',
  'of',
  'to',
  'from',
  'with',
  'for',
  'there',
  'here',
  'this',
  'that',
  'it',
  'its',
  'not',
  'no',
  'does',
  'doesn',
  't',
  'work',
  'working',
  'works',
  'broken',
  'again',
  'since',
  'very',
  'my',
  'our',
  'i',
  'we',
  'has',
  'have',
  'been',
  'is',
  'still',
  'anymore',
  'today',
  'yesterday',
  'days',
  'weeks',
]);

/** Place words: the place is compared separately, so "hal" must not make two texts alike. */
const placeWords = new Set([
  'hal',
  'hall',
  'gang',
  'gangen',
  'hallway',
  'corridor',
  'portiek',
  'lift',
  'elevator',
  'trappenhuis',
  'trap',
  'stairwell',
  'stairs',
  'fietsenstalling',
  'fietsenkelder',
  'wasruimte',
  'laundry',
  'huiskamer',
  'gemeenschappelijke',
  'gezamenlijke',
  'ruimte',
  'room',
  'common',
  'kelder',
  'berging',
  'basement',
  'storage',
  'ingang',
  'entree',
  'entrance',
  'galerij',
  'tuin',
  'binnentuin',
  'garden',
  'courtyard',
]);

function normalizeWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const vocabulary = [...conceptOf.keys()].filter((w) => w.length >= 5);

/** A word that is not known but close to a known one (a typo) becomes that word's concept. */
function correct(word: string): string | undefined {
  if (word.length < 5) return undefined;
  let best: { concept: string; score: number } | undefined;
  for (const known of vocabulary) {
    const score = trigramSimilarity(word, known);
    if (score >= TYPO_MATCH && (!best || score > best.score))
      best = { concept: conceptOf.get(known) ?? known, score };
  }
  return best?.concept;
}

function stem(word: string): string {
  if (conceptOf.has(word)) return word;
  if (word.length > 5 && word.endsWith('en')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a defect description that tell which problem it is, as concepts where known. */
export function keywords(text: string): string[] {
  const words = normalizeWord(text)
    .replace(/[-‐]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !stopWords.has(w) && !placeWords.has(w));
  const out = new Set<string>();
  for (const word of words) {
    const direct = conceptOf.get(word);
    const stemmed = stem(word);
    out.add(direct ?? conceptOf.get(stemmed) ?? correct(word) ?? stemmed);
  }
  return [...out];
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 2; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of character trigrams (1 for equal words). */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared += 1;
  return (2 * shared) / (ga.size + gb.size);
}

const WORD_MATCH = 0.6;
const TYPO_MATCH = 0.55;

/** How alike two defect descriptions are, 0..1 (see the top of this file). */
export function similarity(a: string, b: string): number {
  const ka = keywords(a);
  const kb = keywords(b);
  if (ka.length === 0 || kb.length === 0) return 0.5;
  const [shorter, longer] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  let matched = 0;
  for (const word of shorter) {
    if (longer.some((other) => trigramSimilarity(word, other) >= WORD_MATCH)) matched += 1;
  }
  const overlap = matched / shorter.length;
  const jaccard = matched / (ka.length + kb.length - matched);
  return (overlap + jaccard) / 2;
}

/** The candidates that look alike, best first. */
export function rankSimilar<T extends { what: string }>(
  text: string,
  candidates: readonly T[],
  threshold = SIMILAR_THRESHOLD,
): (T & { score: number })[] {
  return candidates
    .map((c) => ({ ...c, score: Math.round(similarity(text, c.what) * 100) / 100 }))
    .filter((c) => c.score >= threshold)
    .sort((x, y) => y.score - x.score);
}

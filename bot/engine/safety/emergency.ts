import type { EmergencyKind } from '../actions';
import { normalize, phraseRegex, typoDistance, words } from '../text';

/**
 * Emergency words, Dutch and English. This is a deliberate word list, not the statistical
 * classifier: safety must not depend on a score, it must be predictable, and a false alarm
 * (the 112 advice shown once too often) costs far less than a missed one. The classifier's
 * `emergency` intent is an extra net for phrasings this list does not know.
 */
const lexicon: Record<EmergencyKind, string[]> = {
  self_harm: [
    'zelfmoord',
    'zelfmoort',
    'suicide',
    'suicidaal',
    'suicidal',
    'mezelf iets aandoen',
    'mezelf wat aandoen',
    'mezelf pijn doen',
    'mezelf van kant',
    'van kant maken',
    'ik wil dood',
    'wil niet meer leven',
    'niet meer willen leven',
    'er een eind aan maken',
    'er een einde aan maken',
    'een eind aan mijn leven',
    'een einde aan mijn leven',
    'ik zie het niet meer zitten',
    'er niet meer zijn',
    'zelfbeschadiging',
    'snijd mezelf',
    'snijden in mezelf',
    'overdosis',
    'kill myself',
    'killing myself',
    'end my life',
    'end it all',
    'hurt myself',
    'harm myself',
    'want to die',
    'wanna die',
    'self harm',
    'self-harm',
    'overdose',
    "don't want to live",
    'dont want to live',
    'no reason to live',
  ],
  violence: [
    'slaat me',
    'slaat mij',
    'slaat haar',
    'slaat hem',
    'slaat zijn vrouw',
    'slaat zijn kind',
    'sloeg me',
    'sloeg haar',
    'sloeg hem',
    'geslagen',
    'in elkaar geslagen',
    'in elkaar slaan',
    'mishandeld',
    'mishandeling',
    'mishandelt',
    'vechtpartij',
    'aan het vechten',
    'vechten op',
    'knokpartij',
    'aangevallen',
    'valt me aan',
    'wurgt',
    'gewurgd',
    'geschopt',
    'schopt me',
    'huiselijk geweld',
    'geweld',
    'slaat zijn',
    'sloeg zijn',
    'slaan elkaar',
    'slaat elkaar',
    'mishandelen',
    'hit me',
    'hit her',
    'hit him',
    'hits her',
    'hits him',
    'hits his',
    'hitting',
    'beating',
    'beat me',
    'beat her',
    'beat up',
    'attacked',
    'attacking',
    'punched',
    'strangled',
    'strangling',
    'assault',
    'assaulted',
    'violence',
    'violent',
    'fist fight',
    'fighting in',
  ],
  fire: [
    'brand',
    'brant',
    'in brand',
    'brandt',
    'staat in de fik',
    'in de fik',
    'vlammen',
    'vuur',
    'brandweer',
    'rook uit',
    'ruik rook',
    'ruikt naar rook',
    'veel rook',
    'rookt uit',
    'fire',
    'on fire',
    'flames',
    'burning',
    'smoke coming',
    'smell smoke',
    'smells like smoke',
    'fire brigade',
  ],
  weapon: [
    'mes',
    'messen',
    'met een mes',
    'wapen',
    'wapens',
    'pistool',
    'vuurwapen',
    'geweer',
    'machete',
    'bijl',
    'knife',
    'knives',
    'gun',
    'guns',
    'weapon',
    'weapons',
    'pistol',
    'firearm',
    'machete',
  ],
  threat: [
    'bedreigd',
    'bedreigt',
    'bedreiging',
    'bedreigen',
    'dreigt me',
    'dreigt mij',
    'dreigde',
    'maak je dood',
    'maakt me dood',
    'doodmaken',
    'dood maken',
    'dood gaat maken',
    'dood te maken',
    'vermoorden',
    'vermoord je',
    'ik vermoord',
    'steek je neer',
    'neersteken',
    'threatened',
    'threatening',
    'threatens',
    'threat',
    'kill you',
    'gonna kill',
    "i'll kill",
    'kill me',
    'stab',
    'stabbed',
    'stabbing',
  ],
  danger: [
    'gevaar',
    'gevaarlijk',
    'levensgevaar',
    'levensgevaarlijk',
    'gas',
    'gaslucht',
    'ruik gas',
    'gaslek',
    'bewusteloos',
    'flauwgevallen',
    'in elkaar gezakt',
    'ineengezakt',
    'niet aanspreekbaar',
    'niet meer aanspreekbaar',
    'reageert nergens op',
    'reageert nergens meer op',
    'gevallen en reageert niet',
    'ademt niet',
    'ambulance',
    'bloedt',
    'bloed',
    'noodgeval',
    '112',
    'inbreker',
    'inbrekers',
    'wordt ingebroken',
    'danger',
    'dangerous',
    'gas leak',
    'smell gas',
    'smells of gas',
    'unconscious',
    'unresponsive',
    'passed out',
    'collapsed',
    'not breathing',
    'bleeding',
    'emergency',
    '911',
    'burglar',
    'breaking in',
  ],
  // Gas smell is also a defect: the reply adds what to do and the repair line from the card.
  gas: [
    'gas',
    'gaslucht',
    'gasgeur',
    'ruik gas',
    'ruikt naar gas',
    'stinkt naar gas',
    'gaslek',
    'gas lek',
    'lekt gas',
    'gas leak',
    'gas smell',
    'smell gas',
    'smell of gas',
    'smells of gas',
    'smells like gas',
  ],
};

/** Phrases that contain an emergency word but are not one ("brandalarm kapot", "geen gevaar"). */
const notEmergency = phraseRegex([
  'geen gevaar',
  'niet gevaarlijk',
  'no danger',
  'not dangerous',
  'fire alarm',
  'fire door',
  'fire exit',
  'fire extinguisher',
  'fire escape',
  'smoke alarm',
  'smoke detector',
  'gas en licht',
  'gas bill',
  'gas and electricity',
  'koken op gas',
  'op gas koken',
  // "brandt" is also a lamp that is on (or not): "de lamp in de gang brandt niet".
  'brandt niet',
  'brandt het licht',
  'lamp brandt',
  'licht brandt',
  'lampen branden',
  'verlichting brandt',
  'brandt de hele dag',
  'brandt de hele nacht',
]);

/** Doubled letters made single: "BRAAAND" and "braand" both become "brand". */
function squash(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

const detectors = (Object.entries(lexicon) as [EmergencyKind, string[]][]).map(
  ([kind, phrases]) => ({
    kind,
    exact: phraseRegex(phrases),
    // Stretched spelling is matched for longer words only: squashed short words collide ("mess" -> "mes").
    stretched: phraseRegex(phrases.filter((p) => p.length >= 5).map(squash)),
  }),
);

/** The kinds of danger a message speaks of; empty when none. */
export function detectEmergency(text: string): EmergencyKind[] {
  const norm = normalize(text).replace(/(\p{L})\1{2,}/gu, '$1$1');
  const cleaned = norm.replace(new RegExp(notEmergency.source, 'giu'), ' ');
  const squashed = squash(cleaned);
  return detectors
    .filter((d) => d.exact.test(cleaned) || d.stretched.test(squashed))
    .map((d) => d.kind);
}

/**
 * Softer words that go with danger but are too common to raise the alarm by themselves ("snel",
 * "op de grond", "not moving"). The classifier's `emergency` intent only counts when the message
 * has one of these or an emergency word (typos allowed): a small neural model can be very sure
 * of "emergency" for ordinary nuisance ("er ligt steeds afval voor mijn deur") or a short answer
 * ("een week of langer"), and a false 112 advice there teaches people to ignore it.
 */
const cuePhrases = phraseRegex([
  'ligt op de grond',
  'liggen op de grond',
  'op de grond en',
  'op de vloer en',
  'reageert niet',
  'beweegt niet',
  'ademt niet',
  'kan niet opstaan',
  'niet meer wakker',
  'iets aandoen',
  'iets aandoet',
  'kom snel',
  'binnen te komen',
  'iets ergs',
  'te veel pillen',
  'lying on the floor',
  'lying on the ground',
  'on the floor and',
  'on the ground and',
  'not responding',
  'not moving',
  'not breathing',
  'cannot get up',
  "can't get up",
  'come quick',
  'get in',
  'too many pills',
  'something terrible',
]);

const cueWords = new Set([
  'spoed',
  'nood',
  'snel',
  'gewond',
  'gevallen',
  'ontploft',
  'ontploffing',
  'explosie',
  'bang',
  'vermoord',
  'vermoorden',
  'gevochten',
  'vechten',
  'slaat',
  'sloeg',
  'slaan',
  'schreeuwt',
  'gillen',
  'gilt',
  'rook',
  'politie',
  'urgent',
  'quick',
  'quickly',
  'hurry',
  'injured',
  'hurt',
  'collapsed',
  'fell',
  'exploded',
  'explosion',
  'scared',
  'afraid',
  'kill',
  'fight',
  'smoke',
  'police',
  'dying',
  'screaming',
]);

/**
 * Every single-word emergency or cue word of five letters or more, matched with one typo. Up to
 * six letters only two neighbours swapped ("brnad"): any edit there hits real words ("fight" and
 * "night", "danger" and "langer").
 */
const fuzzyTerms = [
  ...new Set([
    ...Object.values(lexicon)
      .flat()
      .filter((p) => !p.includes(' ')),
    ...cueWords,
  ]),
]
  .filter((w) => w.length >= 5)
  .map((w) => ({ word: w, letters: [...w].sort().join('') }));

function typoOf(word: string, term: { word: string; letters: string }): boolean {
  if (term.word.length <= 6 && [...word].sort().join('') !== term.letters) return false;
  return typoDistance(word, term.word, 1) <= 1;
}

/**
 * Whether a message has a danger cue: an emergency word (also with one typo: "bewustloos",
 * "brnad", "unconsious"), or one of the softer cue words and phrases. Not an alarm by itself.
 */
export function hasDangerCue(text: string): boolean {
  if (detectEmergency(text).length > 0) return true;
  const cleaned = normalize(text).replace(new RegExp(notEmergency.source, 'giu'), ' ');
  if (cuePhrases.test(cleaned) || cuePhrases.test(squash(cleaned))) return true;
  return words(cleaned).some((word) => {
    if (cueWords.has(word)) return true;
    if (word.length < 4) return false;
    return fuzzyTerms.some((term) => typoOf(word, term));
  });
}

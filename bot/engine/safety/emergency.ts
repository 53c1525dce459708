import type { EmergencyKind } from '../actions';
import { prepare } from '../chat-spelling';
import { intents } from '../intents';
import { trainingCorpus } from '../nlu/corpus';
import { locales } from '../../../server/i18n/locale';
import { normalize, typoDistance, words } from '../../../server/protocol/text';
import { composed } from './composed';
import { phrases, rule } from './patterns';
import { described } from './described';
import { lexicon } from './lexicon';
import {
  chronicSmell,
  conditional,
  defectWords,
  gasDanger,
  gasUse,
  habitual,
  happeningNow,
  hypothetical,
  idioms,
  kidding,
  kiddingIdioms,
  laughing,
  laughingIdioms,
  namedFire,
  over,
  past,
  routineDose,
  smoking,
  story,
  suspicion,
  thingSmokes,
  thisTime,
  whatIf,
} from './not-now';

/**
 * "Is someone in danger now?": the one place that decides. Recall first: a missed emergency is
 * the worst thing Buurtbot can do, a false alarm costs less (but an advice that comes too often
 * gets ignored, so idioms, calm stories about the past and "what if" questions are recognised).
 *
 * - `kinds`: the emergencies the message names (`lexicon.ts`) or describes (`described.ts`).
 * - `uncertain`: no rule fired, but the message has a danger cue ("ik ben bang", "ligt op de
 *   grond", "bloed", a typo of an emergency word), or the only sign is a question about 112
 *   ("moet ik 112 bellen?"), or self-harm told as past: Buurtbot asks "Is er nu gevaar?".
 */
export interface DangerAssessment {
  kinds: EmergencyKind[];
  uncertain: boolean;
  /**
   * A plainly hypothetical question about what to do should danger ever come ("wat moet ik
   * doen als ik ooit gas ruik?"): no alarm, no safety question; Buurtbot shows who to call.
   */
  asking?: boolean;
  /**
   * The cue is a misspelt emergency word ("brnad", "beeting"): the rules cannot read it, so a
   * word model that is sure of "emergency" may give the advice (`engine.ts`).
   */
  typo?: boolean;
}

/** Damage that stays after the event: a door that no longer closes, a lock to be repaired. */
const damageLeft = rule(
  '(sluit|gaat|kan|wil) ~2 (niet|nie) (meer )?(dicht|op slot|sluiten)|sluit ~2 (niet|nie) (meer|goed)|(won.t|doesn.t|does not|will not|can.t|cannot) (close|lock|shut)|(moet|moeten) ~2 (gerepareerd|gemaakt|vervangen)|needs? (fixing|repairing|to be (fixed|repaired|replaced))',
);

/** "He's not joking", "het is geen grap": the opposite of a joke. */
const notKidding = rule(
  "(not|niet|no|geen|isn't|isnt|wasn't|never) (\\S+ )?(joking|kidding|grap|grapje|geintje|joke)",
);

/** Someone hurt by the broken thing ("kreeg een schok van de wasmachine en trilt"): no defect. */
const hurtNow = rule(
  '(trilt|trillen|zwart|verbrand\\S*|bewusteloos|reageert niet|bloedt|ademt|schreeuwt|shaking|unconscious|burnt|burned|bleeding|not breathing|screaming|acting (really )?(strange|weird))',
);

/** The thing was switched off or unplugged: "i've switched it off, can someone check it". */
const switchedOff = rule(
  "(i've|ive|i have|have|we've|we have) (\\S+ ){0,2}(switched|turned|unplugged|pulled) (\\S+ ){0,2}(off|out)|(heb|hebben|hem|het) (\\S+ ){0,2}(uitgezet|uitgeschakeld|afgezet|eruit getrokken|uit gezet)|(stekker|plug) (\\S+ ){0,2}(eruit|uit het stopcontact|out)",
);

/** Someone else asked about who is safe now: "it's for a friend, she's safe right now". */
const safeFriend = rule(
  "(for|voor) (a|my|een|mijn|mn) (friend|vriend|vriendin|mate|maat)|(she's|shes|she is|he's|hes|he is|they're|they are|ze is|zij is|hij is) (\\S+ )?(safe|veilig)",
);

/** Phrases that contain an emergency word but are not one ("geen gevaar", "brandalarm"). */
const notEmergency = phrases([
  'niet 112',
  'not 112',
  'geen 112',
  'niet het 112',
  'niet via 112',
  'non emergency',
  'non-emergency',
  'dierenambulance',
  'animal ambulance',
  'geen spoed',
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
  'gas bill',
  'gas en licht',
  'gas and electricity',
  'koken op gas',
  'op gas koken',
]);

const notEmergencyEverywhere = new RegExp(notEmergency.source, 'gi');

/** Laughing faces: "ik vermoord je 😂" is a joke. */
const laughingEmoji = /😂|🤣|😆|😅|😜|😝|😛|😹/u;

/** Doubled letters made single: "BRAAAND" and "braand" both become "brand". */
function squash(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

const named = (Object.entries(lexicon) as [EmergencyKind, string[]][]).map(([kind, list]) => ({
  kind,
  exact: list.length > 0 ? phrases(list) : undefined,
  // Stretched spelling is matched for longer words only: squashed short words collide ("mess" -> "mes").
  stretched: list.length > 0 ? phrases(list.filter((p) => p.length >= 5).map(squash)) : undefined,
}));

/** The text as the rules read it: prepared, with idioms and harmless phrases cut out. */
function cleaned(text: string): string {
  const raw = normalize(text).replace(/(\p{L})\1{2,}/gu, '$1$1');
  let both = `${prepare(text)} | ${words(raw).join(' ')}`;
  const jokingly = kidding.test(both);
  if (jokingly || laughing.test(both) || laughingEmoji.test(text))
    both = both.replace(laughingIdioms, ' ');
  if (jokingly) both = both.replace(kiddingIdioms, ' ');
  return both.replace(idioms, ' ').replace(notEmergencyEverywhere, ' ').replace(/\s+/g, ' ');
}

function kindsIn(text: string): EmergencyKind[] {
  const squashed = squash(text);
  const found = new Set<EmergencyKind>();
  for (const { kind, exact, stretched } of named) {
    if (exact?.test(text) || stretched?.test(squashed)) found.add(kind);
  }
  for (const source of [described, composed]) {
    for (const [kind, rules] of Object.entries(source) as [EmergencyKind, RegExp[]][]) {
      if (!found.has(kind) && rules.some((r) => r.test(text))) found.add(kind);
    }
  }
  // A single typo in a long emergency word ("bewustloos", "overdoisis", "zelfmoort").
  for (const word of words(text)) {
    if (word.length < 8) continue;
    const mask = letterMask(word);
    for (const term of strongTerms) {
      if (term.kind !== undefined && !found.has(term.kind) && typoOf(word, term, mask))
        found.add(term.kind);
    }
  }
  // Smoke next to cigarettes or a barbecue is smoking, unless a fire is named.
  if (found.has('fire') && smoking.test(text) && !namedFire.test(text) && !thingSmokes.test(text))
    found.delete('fire');
  // "Ik rook gas" is the past of "ruiken": a gas smell, not a fire.
  if (found.has('fire') && found.has('gas') && !namedFire.test(text)) found.delete('fire');
  return [...found];
}

/** Decides whether a message speaks of someone in danger now; see `DangerAssessment`. */
export function assessDanger(text: string): DangerAssessment {
  const prepared = cleaned(text);
  let kinds = kindsIn(prepared);
  // "brnad in de keuken": a misspelt emergency word read as meant.
  if (kinds.length === 0) {
    const fixed = respelled(prepared);
    if (fixed !== undefined) kinds = kindsIn(fixed);
  }
  const askedIf = conditional.test(prepared) && text.includes('?');
  const calm =
    over.test(prepared) ||
    ((past.test(prepared) || whatIf.test(prepared) || askedIf) && !happeningNow.test(prepared));
  if (kinds.length > 0 && calm) {
    // Told calmly or asked "what if": no alarm. Self-harm is still asked about, gently.
    // A film or a news story talked about is no question about danger: it keeps its own reading.
    const asking =
      (whatIf.test(prepared) || askedIf) &&
      (hypothetical.test(prepared) || isQuestion(text)) &&
      !happeningNow.test(prepared) &&
      (hypothetical.test(prepared) || !story.test(prepared));
    return { kinds: [], uncertain: kinds.includes('self_harm'), asking };
  }
  // Smoke that comes in every evening is a nuisance; asked about, not answered with 112.
  if (
    kinds.length === 1 &&
    kinds[0] === 'fire' &&
    habitual.test(prepared) &&
    !namedFire.test(prepared)
  )
    return { kinds: [], uncertain: true };
  // "Moet ik 112 bellen?" alone is a question: asked, not answered with the full advice.
  if (kinds.length === 1 && kinds[0] === 'danger' && /\?\s*$/.test(text.trim())) {
    return { kinds: [], uncertain: true };
  }
  if (kinds.length > 0 && unsure(kinds, prepared)) return { kinds: [], uncertain: true };
  if (kinds.length > 0) return { kinds, uncertain: false };
  kinds = [];
  const uncertain = !calm && hasCue(prepared);
  return uncertain && hasTypo(prepared) ? { kinds, uncertain, typo: true } : { kinds, uncertain };
}

/**
 * Danger words that are asked about rather than answered with 112: a wish to die said with a
 * laugh ("ik wil nooit meer opstaan voor mijn werk haha"), medicine taken as a routine ("elke
 * dag 10 pillen"), "noodgeval" or "spoed" about a broken thing ("noodgeval: de wc is verstopt"),
 * threats or violence told as a habit or a rumour, a drain that smells of rotten eggs.
 */
function unsure(kinds: EmergencyKind[], prepared: string): boolean {
  const only = (kind: EmergencyKind) => kinds.length === 1 && kinds[0] === kind;
  if (only('self_harm') && laughing.test(prepared)) return true;
  if (only('overdose') && routineDose.test(prepared) && !hasCue(prepared)) return true;
  // "Hij bedreigt me steeds", "ze zeggen dat hij zijn vrouw slaat": a worry told, asked about.
  const aggression = kinds.every((k) => k === 'threat' || k === 'violence' || k === 'weapon');
  if (
    aggression &&
    (habitual.test(prepared) || suspicion.test(prepared)) &&
    !happeningNow.test(prepared) &&
    !thisTime.test(prepared)
  )
    return true;
  if (only('gas') && chronicSmell.test(prepared)) return true;
  // "Iemand heeft tegen de deur geschopt, nu sluit hij niet meer": the damage left behind.
  if (
    kinds.every((k) => k === 'break_in' || k === 'violence') &&
    damageLeft.test(prepared) &&
    !happeningNow.test(prepared)
  )
    return true;
  // A socket that sparked and was switched off: a defect now, asked about.
  if (only('fire') && switchedOff.test(prepared) && !happeningNow.test(prepared)) return true;
  // The crisis line asked for someone else who is safe now: asked about, not answered with 112.
  if (only('self_harm') && safeFriend.test(prepared)) return true;
  if (only('gas') && gasUse.test(prepared) && !gasDanger.test(prepared)) return true;
  // A threat or violence said to be a joke ("als grap, zegt hij"): asked about, not 112.
  if (
    aggression &&
    kidding.test(prepared) &&
    !notKidding.test(prepared) &&
    !happeningNow.test(prepared)
  )
    return true;
  return only('danger') && defectWords.test(prepared) && !hurtNow.test(prepared);
}

/** The kinds of danger a message speaks of now; empty when none. */
export function detectEmergency(text: string): EmergencyKind[] {
  return assessDanger(text).kinds;
}

/**
 * Softer words that go with danger but are too common to raise the alarm by themselves ("snel",
 * "op de grond", "not moving"). The classifier's `emergency` intent only counts when the message
 * has one of these or an emergency word (typos allowed): a small neural model can be very sure
 * of "emergency" for ordinary nuisance ("er ligt steeds afval voor mijn deur") or a short answer
 * ("een week of langer"), and a false 112 advice there teaches people to ignore it.
 */
const cuePhrases = phrases([
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
  'ik ga dood',
  'ga dood',
  'kan niet meer',
  'hoeft niet meer',
  'geen zin meer',
  'ben er klaar mee',
  'ben het zat',
  'hou het niet meer vol',
  'houd het niet meer vol',
  'niet meer aan kunnen',
  'wil niet meer',
  "i'm dying",
  "can't go on",
  "can't take it",
  "can't do this anymore",
  'not be here anymore',
  'give up on life',
  'harde klap',
  'glas breken',
  'brandalarm gaat af',
  'alarm gaat af',
  'alarm going off',
  'hulp nodig nu',
  'need help now',
  'help me',
  'help mij',
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
  'gevaar',
  'gevaarlijk',
  'danger',
  'dangerous',
  'bloed',
  'bloedt',
  'bleeding',
  'blood',
  'help',
  'gegil',
  'geschreeuw',
  'brandlucht',
  'gewonde',
  'paniek',
  'panic',
  'wanhopig',
  'desperate',
  'levenloos',
]);

interface Term {
  word: string;
  letters: string;
  /** Which of a-z occur: a cheap test before the edit distance (one edit changes at most two). */
  mask: number;
  kind?: EmergencyKind;
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(value: number): number {
  let n = value;
  let count = 0;
  while (n !== 0) {
    n &= n - 1;
    count += 1;
  }
  return count;
}

function term(word: string, kind?: EmergencyKind): Term {
  const base = { word, letters: [...word].sort().join(''), mask: letterMask(word) };
  return kind === undefined ? base : { ...base, kind };
}

/** Single emergency words of nine letters or more: one typo still raises the alarm (shorter ones hit real words: "geslapen", "heating"). */
const strongTerms: Term[] = (Object.entries(lexicon) as [EmergencyKind, string[]][]).flatMap(
  ([kind, phrases]) =>
    phrases.filter((p) => !p.includes(' ') && p.length >= 9).map((p) => term(p, kind)),
);

/**
 * Every single-word emergency or cue word of five letters or more, matched with one typo, as a
 * cue. Up to six letters only two neighbours swapped ("brnad"): any edit there hits real words
 * ("fight" and "night", "danger" and "langer").
 */
const fuzzyTerms: Term[] = [
  ...new Set([
    ...Object.values(lexicon)
      .flat()
      .filter((p) => !p.includes(' ')),
    ...cueWords,
  ]),
]
  .filter((w) => w.length >= 5)
  .map((w) => term(w));

function typoOf(word: string, candidate: Term, mask = letterMask(word)): boolean {
  if (word === candidate.word || Math.abs(word.length - candidate.word.length) > 1) return false;
  if (bitCount(mask ^ candidate.mask) > 2) return false;
  if (candidate.word.length <= 6 && [...word].sort().join('') !== candidate.letters) return false;
  return typoDistance(word, candidate.word, 1) <= 1;
}

/** Smoke words are no cue next to cigarettes or a barbecue ("de rook van hun bbq"). */
const smokeCues = new Set(['rook', 'smoke']);

function hasCue(prepared: string): boolean {
  if (cuePhrases.test(prepared) || cuePhrases.test(squash(prepared))) return true;
  const smokingHere =
    smoking.test(prepared) && !namedFire.test(prepared) && !thingSmokes.test(prepared);
  return words(prepared).some((word) => {
    if (smokingHere && smokeCues.has(word)) return false;
    if (cueWords.has(word)) return true;
    if (word.length < 4) return false;
    const mask = letterMask(word);
    return fuzzyTerms.some((t) => typoOf(word, t, mask));
  });
}

/** A word one typo away from an emergency or cue word, that is not that word itself. */
function hasTypo(prepared: string): boolean {
  return words(prepared).some((word) => {
    if (word.length < 4 || cueWords.has(word)) return false;
    const mask = letterMask(word);
    return fuzzyTerms.some((t) => typoOf(word, t, mask));
  });
}

/** A question: a question mark, or a first word that asks ("is er een vluchtplan als er brand is"). */
function isQuestion(text: string): boolean {
  return (
    text.includes('?') ||
    /^\W*(wat|hoe|wie|waar|wanneer|welk|welke|waarom|is er|zijn er|mag|moet|kan|kun|what|how|who|where|when|which|why|is there|are there|can|should|do|does)\b/i.test(
      text,
    )
  );
}

let vocabulary: Set<string> | undefined;

/** Every word of the training corpus: a word people really write is never "corrected". */
function knownWords(): Set<string> {
  vocabulary ??= new Set(
    locales.flatMap((l) =>
      intents.flatMap((i) => trainingCorpus[l][i].flatMap((t) => words(prepare(t)))),
    ),
  );
  return vocabulary;
}

/** Emergency words of the word list (not the softer cue words), for respelling. */
const namedTerms: Term[] = [
  ...new Set(
    Object.values(lexicon)
      .flat()
      .filter((p) => !p.includes(' ') && p.length >= 5),
  ),
].map((w) => term(w));

/**
 * The text with every unknown word that is an emergency word with two neighbouring letters
 * swapped written as that word ("brnad" -> "brand", "ovredose" -> "overdose"); undefined when
 * nothing changed. Words the corpus knows are left alone.
 */
function respelled(prepared: string): string | undefined {
  let changed = false;
  const out = prepared.split(' ').map((word) => {
    if (word.length < 5 || knownWords().has(word)) return word;
    const mask = letterMask(word);
    // Two letters swapped only ("brnad"): any other edit hits real words ("geslapen", "geslagen").
    const letters = [...word].sort().join('');
    const hit = namedTerms.find((t) => t.letters === letters && typoOf(word, t, mask));
    if (!hit) return word;
    changed = true;
    return hit.word;
  });
  return changed ? out.join(' ') : undefined;
}

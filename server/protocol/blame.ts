import {
  adverbs,
  articles,
  complementizers,
  compoundHeads,
  notCompounds,
  copulas,
  defencePhrases,
  firstPerson,
  generic,
  harmlessAfter,
  harmlessBefore,
  houseTriggers,
  labels,
  type LabelKind,
  modifiers,
  negators,
  neighbourPhrases,
  notAHouse,
  opinionVerbs,
  personNouns,
  predicateLead,
  problemWords,
  pronouns,
  spellings,
  things,
  towardsPerson,
  dutchWordNames,
  englishWordNames,
  dutchMarkers,
  englishMarkers,
} from './blame-words';
import { fillers, selfWords, strongEmoji, strongLabels } from './blame-strong';

/**
 * No public blame: does a chat message name a member together with a label or an accusation
 * ("Ruud is weer dronken", "die van 14 steelt")? Pure and dependency-free, for the server's
 * Buurtbot and the web client alike. A rule-based reading of one message: find who is named
 * (a member's name, a house number, "de buurman", an @mention), find label words, and decide
 * for each label whom it is about (the nearest subject before it, or "herrie VAN 14" after it).
 */

export interface BlameMember {
  name: string;
  home?: string | null;
}

export interface BlameHit {
  /** Who is named: the member's name, the house number ("14"), or the words used ("buurman"). */
  named: string;
  /** The label or accusation, normalised ("dronken"). */
  word: string;
}

interface Token {
  /** Lower case, no accents, stretched letters cut, chat spelling written out. */
  w: string;
  /** Written with a capital or an @: "Joke" the person, not "joke" the word. */
  marked: boolean;
  /** Written as an @mention. */
  at?: boolean;
  sentence: number;
}

interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

interface Ref extends Span {
  named: string;
}

interface Label extends Span {
  word: string;
  kind: LabelKind;
}

const TOKEN = /(\d+(?:[.,:]\d+)+)|([.!?;\n]+)|(,)|(@?'?[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*'?)/gu;
const ABBREVIATIONS = new Set(['nr', 'nmr', 'no', 'nummer', 'bijv', 'ca']);

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`´]/g, "'");
}

/**
 * `compute` remembered per word: the blame check compares every label and name word with every
 * token of every message. Forgets everything when full, so no text can grow it without bound.
 */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const kept = new Map<string, T>();
  return (word) => {
    let value = kept.get(word);
    if (value === undefined) {
      value = compute(word);
      if (kept.size >= 20_000) kept.clear();
      kept.set(word, value);
    }
    return value;
  };
}

/** Letters repeated two or more times made one: "ruuuud" and "ruud" both "rud". */
const squeeze = remembered((word) => word.replace(/(\p{L})\1+/gu, '$1'));

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  const source = plain(text).replace(/#\s?(?=\d)/g, 'nummer ');
  for (const match of source.matchAll(TOKEN)) {
    const [whole, numberLike, stop, comma, word] = match;
    if (stop) {
      const last = tokens[tokens.length - 1];
      if (!(stop === '.' && last && ABBREVIATIONS.has(last.w))) sentence += 1;
      continue;
    }
    if (comma) {
      tokens.push({ w: ',', marked: false, sentence });
      continue;
    }
    if (numberLike) {
      tokens.push({ w: whole, marked: false, sentence });
      continue;
    }
    if (!word) continue;
    const bare = word.replace(/^@/, '');
    const marked = word.startsWith('@') || /^'?\p{Lu}/u.test(bare);
    let w = bare.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1$1');
    if (w.startsWith("'") && !(w in spellings)) w = w.slice(1);
    if (w.endsWith("'")) w = w.slice(0, -1);
    const written = spellings[w];
    if (written !== undefined) {
      for (const part of written.split(' ')) tokens.push({ w: part, marked: false, sentence });
      continue;
    }
    if (w.endsWith("'s") && w.length > 2) {
      tokens.push({ w: w.slice(0, -2), marked, sentence }, { w: "'s", marked: false, sentence });
      continue;
    }
    tokens.push(word.startsWith('@') ? { w, marked, sentence, at: true } : { w, marked, sentence });
  }
  return tokens;
}

const nameWords = remembered((name) =>
  (
    plain(name)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => w.length > 0),
);

const functionWords = new Set([
  ...things,
  ...pronouns,
  ...firstPerson,
  ...articles,
  ...negators,
  ...copulas,
  ...houseTriggers,
  'en',
  'of',
  'and',
  'or',
  'mevrouw',
  'meneer',
  'der',
  'den',
]);

function count(tokens: Token[], markers: ReadonlySet<string>): number {
  return tokens.filter((t) => markers.has(t.w)).length;
}

/** Positions of each word in a message, by its exact and by its squeezed form. */
function positions(tokens: Token[]) {
  const exact = new Map<string, number[]>();
  const squeezedForm = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) =>
    map.set(key, [...(map.get(key) ?? []), i]);
  tokens.forEach((token, i) => {
    add(exact, token.w, i);
    add(squeezedForm, squeeze(token.w), i);
  });
  /** Where a token reads as this name word ("ruud": "ruud", "ruuds", "ruudje", "ruuuud"), in order. */
  return (name: string): number[] => {
    const found = new Set(squeezedForm.get(squeeze(name)));
    for (const ending of ['s', 'je', 'tje'])
      for (const i of exact.get(name + ending) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  };
}

function findNames(tokens: Token[], members: readonly BlameMember[]): Ref[] {
  const dutch = count(tokens, dutchMarkers) >= count(tokens, englishMarkers);
  /** "joke" in an English message is a joke; in a Dutch one it is Joke. */
  const isAWord = (word: string) => (dutch ? dutchWordNames : englishWordNames).has(word);
  const found: Ref[] = [];
  const taken = new Set<number>();
  const readingAs = positions(tokens);
  const forms = members.flatMap((member) => {
    const words = nameWords(member.name);
    const first = words[0];
    const list: { words: string[]; named: string }[] = [];
    if (words.length > 1) list.push({ words, named: member.name });
    if (first && first.length >= 2 && !functionWords.has(first))
      list.push({ words: [first], named: member.name });
    return list;
  });
  // Full names before first names, so "Ruud de Vries" is one reference.
  forms.sort((a, b) => b.words.length - a.words.length);
  for (const form of forms) {
    const lastAt = form.words.length - 1;
    // Only where the last word of the name is written can the name end.
    for (const end of readingAs(form.words[lastAt] ?? '')) {
      const i = end - lastAt;
      if (i < 0 || taken.has(i)) continue;
      const fits = form.words.every((word, k) => k === lastAt || tokens[i + k]?.w === word);
      if (!fits) continue;
      const first = tokens[i];
      if (form.words.length === 1 && !first?.marked && isAWord(form.words[0] ?? '')) continue;
      for (let k = 0; k < form.words.length; k += 1) taken.add(i + k);
      found.push({ start: i, end: i + form.words.length, named: form.named });
    }
  }
  return found;
}

const HOUSE = /^\d{1,4}[a-d]?$/;
const HOUSE_WITH_LETTER = /^\d{1,3}[a-d]$/;

function homeKey(home: string): string {
  return home.replace(/\s+/g, '').toUpperCase();
}

/** House numbers written as words after "nummer", "van", "op": "die van twaalf". */
const numberWords: Record<string, string> = Object.fromEntries(
  [
    'een',
    'twee',
    'drie',
    'vier',
    'vijf',
    'zes',
    'zeven',
    'acht',
    'negen',
    'tien',
    'elf',
    'twaalf',
    'dertien',
    'veertien',
    'vijftien',
    'zestien',
    'zeventien',
    'achttien',
    'negentien',
    'twintig',
  ].map((word, i) => [word, String(i + 1)]),
);

function findHouses(tokens: Token[], members: readonly BlameMember[]): Ref[] {
  const found: Ref[] = [];
  tokens.forEach((written, i) => {
    const spelled = numberWords[written.w];
    // "van een" is "of a": a number word counts only after a word that makes it a home.
    const token =
      spelled && written.w !== 'een' && houseTriggers.has(tokens[i - 1]?.w ?? '')
        ? { ...written, w: spelled }
        : written;
    if (!HOUSE.test(token.w)) return;
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence && notAHouse.has(next.w)) return;
    const before = tokens[i - 1];
    // "at 3" is a time, "the woman at 3" a home.
    const atHome = before?.w === 'at' && personNouns.has(tokens[i - 2]?.w ?? '');
    const triggered =
      before !== undefined &&
      before.sentence === token.sentence &&
      (houseTriggers.has(before.w) || atHome) &&
      !/^\d+$/.test(tokens[i - 2]?.w ?? '');
    if (!triggered && !HOUSE_WITH_LETTER.test(token.w)) return;
    const key = homeKey(token.w);
    const owner = members.find((m) => m.home && homeKey(m.home) === key);
    found.push({ start: triggered ? i - 1 : i, end: i + 1, named: owner?.name ?? key });
  });
  return found;
}

function matchesAt(tokens: Token[], i: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[i + k]?.w === word);
}

function findNeighbourWords(tokens: Token[]): Ref[] {
  const found: Ref[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = neighbourPhrases.find((words) => matchesAt(tokens, i, words));
    if (phrase) found.push({ start: i, end: i + phrase.length, named: phrase.join(' ') });
  }
  return found;
}

function sameWord(token: string, word: string): boolean {
  return token === word || squeeze(token) === squeeze(word);
}

/**
 * Phrases looked up by their first word, in their list's order: a one-word phrase by its
 * squeezed form (it matches any spelling `sameWord` accepts), a longer one by its exact first
 * word. `at(token)` gives the candidates that can start at a token, first in the list first.
 */
function phraseIndex<T>(list: readonly T[], wordsOf: (item: T) => readonly string[]) {
  const single = new Map<string, number[]>();
  const multi = new Map<string, number[]>();
  list.forEach((item, index) => {
    const words = wordsOf(item);
    const first = words[0] ?? '';
    const [map, key] = words.length === 1 ? [single, squeeze(first)] : [multi, first];
    map.set(key, [...(map.get(key) ?? []), index]);
  });
  return (token: string): T[] => {
    const found = [...(single.get(squeeze(token)) ?? []), ...(multi.get(token) ?? [])];
    return found.sort((a, b) => a - b).map((index) => list[index] as T);
  };
}

const labelsAt = phraseIndex(labels, (label) => label.words);
const strongLabelsAt = phraseIndex(strongLabels, (phrase) => phrase);

function findLabels(tokens: Token[]): Label[] {
  const found: Label[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const label = labelsAt(token.w).find(({ words }) =>
      words.every((word, k) => {
        const at = tokens[i + k];
        return at !== undefined && (words.length === 1 ? sameWord(at.w, word) : at.w === word);
      }),
    );
    if (label) {
      const word = label.words.join(' ');
      if (!harmless(tokens, i, i + label.words.length, word))
        found.push({ start: i, end: i + label.words.length, word, kind: label.kind });
      i += label.words.length - 1;
      continue;
    }
    const compound = compoundHeads.find(
      ({ head }) => token.w.endsWith(head) && token.w.length >= head.length + 3,
    );
    if (compound && !notCompounds.has(token.w)) {
      found.push({ start: i, end: i + 1, word: token.w, kind: compound.kind });
      continue;
    }
    if (token.w === 'zat' && drunkZat(tokens, i)) {
      found.push({ start: i, end: i + 1, word: 'zat', kind: 'adj' });
      continue;
    }
    if (problemWords.has(token.w) && isPredicate(tokens, i)) {
      found.push({ start: i, end: i + 1, word: token.w, kind: 'noun' });
    }
  }
  return found;
}

/** "is weer zat", not "zat in de tuin" (sat) or "het zat" (fed up). */
function drunkZat(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.w ?? '';
  const after = tokens[i + 1];
  const ends = !after || after.sentence !== tokens[i]?.sentence || after.w === ',';
  return (
    (copulas.has(before) || (adverbs.has(before) && before !== 'er')) &&
    (ends || adverbs.has(after?.w ?? '') || after?.w === 'als')
  );
}

/** "is een probleem", "is echt het probleem", "is a real problem". */
function isPredicate(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j -= 1) {
    const w = tokens[j]?.w ?? '';
    if (copulas.has(w)) return true;
    if (negators.has(w)) return false;
    if (!(articles.has(w) || modifiers.has(w) || adverbs.has(w) || w === 'het' || w === 'the'))
      return false;
  }
  return false;
}

function harmless(tokens: Token[], start: number, end: number, word: string): boolean {
  const next = tokens[end]?.w ?? '';
  const before = tokens[start - 1]?.w ?? '';
  if (harmlessAfter[word]?.includes(next)) return true;
  if (harmlessBefore[word]?.includes(before)) return true;
  // "ben je gek?", "are you crazy?": a saying, not a label.
  const two = `${tokens[start - 2]?.w ?? ''} ${before}`;
  if ((word === 'gek' || word === 'crazy') && (two === 'ben je' || two === 'are you')) return true;
  if (word === 'gek' && `${two} ${word}` === 'niet zo gek') return true;
  return false;
}

/** Dutch "-e" adjectives and English ones before a noun describe that noun: "vieze regen". */
function describesAThing(tokens: Token[], label: Label, refs: readonly Ref[]): boolean {
  const english = label.kind === 'adj-en';
  // "een eng verhaal": an uninflected Dutch adjective after "een" goes with a het-noun.
  const afterEen = ['een', 'zon'].includes(tokens[label.start - 1]?.w ?? '');
  if (!english && !(label.kind === 'adj' && (label.word.endsWith('e') || afterEen))) return false;
  const next = tokens[label.end];
  if (!next || next.sentence !== tokens[label.start]?.sentence || next.w === ',') return false;
  if (refs.some((r) => r.start === label.end) || personNouns.has(next.w)) return false;
  // "een smerige oude vent": other adjectives first, then the person.
  for (let k = label.end + 1; k <= label.end + 2; k += 1) {
    const later = tokens[k];
    if (!later || later.sentence !== next.sentence) break;
    if (personNouns.has(later.w) || refs.some((r) => r.start === k)) return false;
  }
  if (functionWords.has(next.w) || adverbs.has(next.w) || towardsPerson.has(next.w)) return false;
  if (labels.some(({ words }) => words.length === 1 && words[0] === next.w)) return false;
  // Only a word that can be a noun: English adverbs end in -ly, chat in lol/haha.
  return !/(ly|lol|haha|hoor|joh)$/.test(next.w) && !/^\d/.test(next.w);
}

function refAt(refs: readonly Ref[], index: number): Ref | undefined {
  return refs.find((r) => index >= r.start && index < r.end);
}

/** The reference nearest before `index`, in any earlier sentence too. */
function refBefore(refs: readonly Ref[], index: number): Ref | undefined {
  return refs
    .filter((r) => r.end <= index)
    .sort((a, b) => b.end - a.end)
    .at(0);
}

const prepositions = new Set(
  'in uit naar op bij aan met door over onder boven naast voor achter tegen into to from at on with by'.split(
    ' ',
  ),
);
const demonstratives = new Set(['die', 'dat', 'deze', 'dit', 'that', 'this']);
const determiners = new Set(['de', 'het', 'the', 'deze', 'die', 'dit', 'dat', 'these', 'those']);

function isNegator(tokens: Token[], j: number): boolean {
  const w = tokens[j]?.w ?? '';
  // "niet alleen dronken maar ook ...": not a denial.
  return negators.has(w) && tokens[j + 1]?.w !== 'alleen' && tokens[j + 1]?.w !== 'only';
}

function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const w = tokens[k]?.w ?? '';
    if (!(modifiers.has(w) || adverbs.has(w))) return false;
  }
  return true;
}

/** One noun (and modifiers) between the article at `j` and the label. */
function nounThenLabel(tokens: Token[], j: number, label: Label): boolean {
  const between = tokens.slice(j + 1, label.start).map((t) => t.w);
  const nouns = between.filter((w) => !modifiers.has(w) && !adverbs.has(w) && !copulas.has(w));
  return nouns.length === 1 && !personNouns.has(nouns[0] ?? '');
}

/** "gestolen", "gejat", "bestolen": a past participle takes its object before it. */
function participle(word: string): boolean {
  return /^(ge|be)\p{L}{3,}$/u.test(word) && !word.includes(' ');
}

/** The reference is part of a thing before it: "de trap BIJ NUMMER 5", "de deur van Joke". */
function ownedByAThing(tokens: Token[], refs: readonly Ref[], ref: Ref): boolean {
  const first = tokens[ref.start]?.w ?? '';
  const prep = prepositions.has(first) ? ref.start : ref.start - 1;
  if (!prepositions.has(tokens[prep]?.w ?? '')) return false;
  const noun = tokens[prep - 1];
  const article = tokens[prep - 2];
  if (!noun || !article || refAt(refs, prep - 1)) return false;
  if (personNouns.has(noun.w) || functionWords.has(noun.w) || adverbs.has(noun.w)) return false;
  return determiners.has(article.w) || articles.has(article.w) || modifiers.has(article.w);
}

/** Only adverbs, negations and forms of "to be" in between: ", die is echt niet eng". */
function onlyLinks(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const w = tokens[k]?.w ?? '';
    if (!(adverbs.has(w) || copulas.has(w) || negators.has(w) || modifiers.has(w))) return false;
  }
  return true;
}

function hasCopula(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (copulas.has(tokens[k]?.w ?? '')) return true;
  return false;
}

/** A reference right after the label: "herrie VAN 14", "dronken, die Ruud". */
function refAfter(tokens: Token[], refs: readonly Ref[], label: Label): Ref | undefined {
  const sentence = tokens[label.start]?.sentence;
  for (let j = label.end; j < Math.min(tokens.length, label.end + 4); j += 1) {
    const token = tokens[j];
    if (!token || token.sentence !== sentence) return undefined;
    const ref = refAt(refs, j);
    if (ref) return ref;
    if (token.w === ',' && tokens[j + 1]?.w === 'die') continue;
    if (!towardsPerson.has(token.w)) return undefined;
  }
  return undefined;
}

/**
 * What reading back found: the person, nobody, a thing as subject (`ahead`: only "herrie VAN 14"
 * after the label can still name someone), or no subject at all (`bare`: "Straalbezopen.").
 */
type Reading = { ref: Ref } | { none: true } | { ahead: true } | { bare: true };

/** Whom the label is about, reading back from it to its subject. */
function readBack(tokens: Token[], refs: readonly Ref[], label: Label): Reading {
  const sentence = tokens[label.start]?.sentence;
  let negated = false;
  const found = (ref: Ref | undefined): Reading => (ref && !negated ? { ref } : { none: true });
  for (let j = label.start - 1; j >= Math.max(0, label.start - 12); j -= 1) {
    const token = tokens[j];
    if (!token || token.sentence !== sentence) break;
    const ref = refAt(refs, j);
    // "de trap bij nummer 5 is gevaarlijk": the stairs are, not the neighbour.
    if (ref) return ownedByAThing(tokens, refs, ref) ? { none: true } : found(ref);
    const w = token.w;
    if (w === ',') continue;
    if (isNegator(tokens, j)) {
      negated = true;
      continue;
    }
    if (firstPerson.has(w) || generic.has(w)) return { none: true };
    const startsSentence = tokens[j - 1]?.sentence !== sentence;
    if (pronouns.has(w) || (w === 'die' && startsSentence && j + 1 < label.start))
      return found(refBefore(refs, j));
    // "zegt dat de gang vies is": the label's clause began here, without a person in it.
    if (complementizers.has(w) && !onlyModifiers(tokens, j + 1, label.start))
      return { ahead: true };
    // "hoe dronken Marco was": the person comes after.
    if ((w === 'hoe' || w === 'how') && j === label.start - 1) return { ahead: true };
    // ", die is eng": "die" stands for the person named just before.
    if (w === 'die' && onlyLinks(tokens, j + 1, label.start)) {
      const k = tokens[j - 1]?.w === ',' ? j - 2 : j - 1;
      const before = refAt(refs, k);
      if (before) return found(before);
    }
    // "is aan het schreeuwen": the progressive, not a thing.
    if (w === 'het' && tokens[j - 1]?.w === 'aan') continue;
    if (articles.has(w) || things.has(w)) {
      const direct = onlyModifiers(tokens, j + 1, label.start);
      const nominal = label.kind === 'noun' || (label.kind === 'adj' && label.word.endsWith('e'));
      if (direct && nominal && (articles.has(w) || determiners.has(w))) {
        // "is een junk", "als een dief", "Ruud een junk?": a description; "die junk van 14":
        // a pointer; "heeft een dief gezien": someone else.
        let k = j - 1;
        while (k >= 0 && (adverbs.has(tokens[k]?.w ?? '') || isNegator(tokens, k))) {
          if (isNegator(tokens, k)) negated = true;
          k -= 1;
        }
        const lead = tokens[k];
        const leadRef = refAt(refs, k);
        if (leadRef && lead?.sentence === sentence) return found(leadRef);
        if (lead && (copulas.has(lead.w) || predicateLead.has(lead.w) || pronouns.has(lead.w))) {
          j = k + 1;
          continue;
        }
        if (lead && personNouns.has(lead.w)) continue;
        if (demonstratives.has(w)) return found(refAfter(tokens, refs, label));
        return { none: true };
      }
      if (direct && (w === 'die' || w === 'that')) {
        // "Ruud, die altijd dronken is": the relative pronoun stands for the word before it.
        const k = tokens[j - 1]?.w === ',' ? j - 2 : j - 1;
        const before = refAt(refs, k);
        if (before) return found(before);
        if (personNouns.has(tokens[k]?.w ?? '')) continue;
      }
      if (articles.has(w)) continue;
      // "in de gevangenis", "naar het toilet": a place, not a subject.
      if (determiners.has(w) && prepositions.has(tokens[j - 1]?.w ?? '')) continue;
      // "de vuilnisbak stinkt", "dat de douche vies is": the noun right before is the subject;
      // before a participle it is the object ("heeft de fiets gestolen").
      if (
        determiners.has(w) &&
        nounThenLabel(tokens, j, label) &&
        !(label.kind === 'verb' && participle(label.word))
      )
        return { ahead: true };
      // A thing is the subject: "het stinkt", "de wc is vies", "er wordt gestolen".
      if (direct || hasCopula(tokens, j + 1, label.start)) return { ahead: true };
      continue;
    }
  }
  return { bare: true };
}

/** "ik vind Ruud eng": the opinion is about what stands between the verb and the label. */
function readOpinion(tokens: Token[], refs: readonly Ref[], label: Label): Reading | undefined {
  const sentence = tokens[label.start]?.sentence;
  let verb = -1;
  for (let j = label.start - 1; j >= 0 && tokens[j]?.sentence === sentence; j -= 1) {
    if (opinionVerbs.has(tokens[j]?.w ?? '')) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return undefined;
  let negated = false;
  for (let j = verb + 1; j < label.start; j += 1) {
    if (isNegator(tokens, j)) negated = true;
    const ref = refAt(refs, j);
    const w = tokens[j]?.w ?? '';
    const target = ref ?? (pronouns.has(w) ? refBefore(refs, j) : undefined);
    if (target) return negated || rest(tokens, j, label.start) ? { none: true } : { ref: target };
  }
  return { none: true };

  function rest(all: Token[], from: number, to: number): boolean {
    for (let k = from + 1; k < to; k += 1) if (isNegator(all, k)) return true;
    return false;
  }
}

function deniedAfter(tokens: Token[], label: Label): boolean {
  if (label.kind !== 'verb' && label.kind !== 'nuisance') return false;
  const sentence = tokens[label.start]?.sentence;
  for (let j = label.end; j < label.end + 2; j += 1) {
    if (tokens[j]?.sentence !== sentence) return false;
    if (isNegator(tokens, j)) return true;
  }
  return false;
}

function deniedBefore(tokens: Token[], label: Label): boolean {
  return isNegator(tokens, label.start - 1) || isNegator(tokens, label.start - 2);
}

/**
 * "Joke, stinkt de kliko nog?", "Stinkt het hier?": a question that puts the verb first has its
 * subject after it.
 */
function subjectAfterVerb(tokens: Token[], refs: readonly Ref[], label: Label): boolean {
  if (label.kind === 'noun') return false;
  const sentence = tokens[label.start]?.sentence;
  const before = tokens[label.start - 1];
  const opens =
    !before ||
    before.sentence !== sentence ||
    (before.w === ',' && refAt(refs, label.start - 2) !== undefined);
  const next = tokens[label.end];
  return opens && next !== undefined && next.sentence === sentence && things.has(next.w);
}

/** "…dat iemand haar pakketje heeft gestolen": someone unnamed is the subject, after the name. */
function unnamedSubject(tokens: Token[], refs: readonly Ref[], label: Label): boolean {
  if (label.kind !== 'verb') return false;
  const ref = refBefore(refs, label.start);
  const sentence = tokens[label.start]?.sentence;
  for (let j = label.start - 1; j >= (ref?.end ?? 0); j -= 1) {
    if (tokens[j]?.sentence !== sentence) return false;
    if (generic.has(tokens[j]?.w ?? '')) return true;
  }
  return false;
}

function whomAbout(tokens: Token[], refs: readonly Ref[], label: Label): Ref | undefined {
  if (describesAThing(tokens, label, refs) || deniedAfter(tokens, label)) return undefined;
  if (unnamedSubject(tokens, refs, label)) return undefined;
  // "last van Kees": the person is who it is from ("last van je rug" is no one).
  if (label.word === 'last van') return refAt(refs, label.end);
  if (subjectAfterVerb(tokens, refs, label)) return undefined;
  const opinion = readOpinion(tokens, refs, label);
  const reading = opinion ?? readBack(tokens, refs, label);
  if ('ref' in reading) return reading.ref;
  if ('none' in reading) return undefined;
  if (deniedBefore(tokens, label)) return undefined;
  const after = refAfter(tokens, refs, label);
  if (after || 'ahead' in reading) return after;
  return opensSentence(tokens, label) ? lastRefOfSentenceBefore(tokens, refs, label) : undefined;
}

/** Only adverbs before the label in its sentence: "Alweer dronken." */
function opensSentence(tokens: Token[], label: Label): boolean {
  const sentence = tokens[label.start]?.sentence;
  for (let j = label.start - 1; j >= 0 && tokens[j]?.sentence === sentence; j -= 1)
    if (!adverbs.has(tokens[j]?.w ?? '')) return false;
  return true;
}

/** "Heeft iemand Ruud gezien? Straalbezopen.": the person the sentence before ended with. */
function lastRefOfSentenceBefore(
  tokens: Token[],
  refs: readonly Ref[],
  label: Label,
): Ref | undefined {
  const previous = (tokens[label.start]?.sentence ?? 0) - 1;
  return refs
    .filter((r) => tokens[r.start]?.sentence === previous)
    .sort((a, b) => b.end - a.end)
    .at(0);
}

/**
 * Whether a text has any label or accusation at all, whoever it is about: a cheap test before
 * the members of a project are looked up (most chat messages have none). `findBlame` is only
 * ever true when this is.
 */
export function mentionsALabel(text: string): boolean {
  const tokens = tokenize(text);
  return (
    findLabels(tokens).length > 0 ||
    tokens.some((token, i) =>
      strongLabelsAt(token.w).some((phrase) => phraseAt(tokens, i, phrase)),
    ) ||
    strongEmoji.test(text)
  );
}

/** The first member a text names together with a label or accusation, or null. */
export function findBlame(text: string, members: readonly BlameMember[]): BlameHit | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  if (defencePhrases.some((words) => tokens.some((_, i) => matchesAt(tokens, i, words))))
    return null;
  const refs = [
    ...findNames(tokens, members),
    ...findHouses(tokens, members),
    ...findNeighbourWords(tokens),
  ];
  tokens.forEach((token, i) => {
    if (token.at && !refAt(refs, i)) refs.push({ start: i, end: i + 1, named: `@${token.w}` });
  });
  if (refs.length === 0) return null;
  for (const label of findLabels(tokens)) {
    const ref = whomAbout(tokens, refs, label);
    if (ref) return { named: ref.named, word: label.word };
  }
  return strongLabelIn(tokens, refs) ?? emojiLabel(text, refs);
}

/** "ik ben", "ik ben echt een": the writer says it of themself, just before the label. */
function saidOfSelf(tokens: Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let j = start - 1; j >= start - 4 && j >= 0; j -= 1) {
    const token = tokens[j];
    if (!token || token.sentence !== sentence) return false;
    if (selfWords.has(token.w)) return true;
  }
  return false;
}

/** A strong label (`blame-strong.ts`) anywhere in a message that names someone. */
/** Does the phrase start at token `i`, fillers ("gewoon", "echt") allowed between its words? */
function phraseAt(tokens: Token[], i: number, phrase: readonly string[]): boolean {
  if (phrase.length === 1) return tokens[i] !== undefined && sameWord(tokens[i].w, phrase[0] ?? '');
  let j = i;
  for (const [k, word] of phrase.entries()) {
    while (k > 0 && tokens[j] !== undefined && tokens[j]?.w !== word && fillers.has(tokens[j]!.w))
      j += 1;
    if (tokens[j]?.w !== word) return false;
    j += 1;
  }
  return true;
}

function strongLabelIn(tokens: Token[], refs: readonly Ref[]): BlameHit | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const words = strongLabelsAt(tokens[i]?.w ?? '').find((phrase) => phraseAt(tokens, i, phrase));
    if (!words || isNegator(tokens, i - 1) || isNegator(tokens, i - 2) || saidOfSelf(tokens, i))
      continue;
    // "de dief", "the dealer in tonight's game": someone else, not the member named.
    if (determiners.has(tokens[i - 1]?.w ?? '')) continue;
    // "een film over een junkie": "een" + label counts after a form of "to be" ("is echt een junk").
    if (articles.has(tokens[i - 1]?.w ?? '') && !hasCopula(tokens, Math.max(0, i - 5), i - 1))
      continue;
    const ref = refBefore(refs, i) ?? refs[0];
    if (ref) return { named: ref.named, word: words.join(' ') };
  }
  return null;
}

function emojiLabel(text: string, refs: readonly Ref[]): BlameHit | null {
  const ref = refs[0];
  return ref && strongEmoji.test(text) ? { named: ref.named, word: 'emoji' } : null;
}

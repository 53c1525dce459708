/** Lower case, accents removed, curly quotes made straight, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised words: letters, digits and apostrophes; letters repeated 3+ times cut to two ("heeeelp" -> "heelp"). */
export function words(text: string): string[] {
  return normalize(text)
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** The phrases as alternatives of a regular expression: taken literally, spaces as `gap`. */
export function phraseAlternatives(phrases: readonly string[], gap = '\\s+'): string {
  return phrases
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, gap))
    .join('|');
}

/** Builds a case-insensitive regex matching any of the phrases as whole words ("word" boundaries on letters). */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alternatives = phraseAlternatives(phrases);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Levenshtein distance, capped: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Optimal string alignment distance: like Levenshtein, but a swap of two neighbours ("hlep") costs 1. */
export function typoDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    const row = d[i] ?? [];
    const prev = d[i - 1] ?? [];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (d[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return d[a.length]?.[b.length] ?? max + 1;
}

/**
 * A Dutch compound made of two known words ("activiteitenlijst" -> "activiteiten lijst"), also
 * with a linking s ("buurtsfeest"); the split with the longest shorter part wins. Each part at
 * least four letters, so "achterom" does not become "acht erom".
 */
function splitCompound(word: string, known: ReadonlyMap<string, number>): string | undefined {
  if (word.length < 9) return undefined;
  let best: { parts: string; shorter: number } | undefined;
  for (let i = 4; i <= word.length - 4; i += 1) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const head = known.has(left)
      ? left
      : left.endsWith('s') && known.has(left.slice(0, -1))
        ? left.slice(0, -1)
        : undefined;
    if (!head || head.length < 4 || !known.has(right)) continue;
    const shorter = Math.min(head.length, right.length);
    if (!best || shorter > best.shorter) best = { parts: `${head} ${right}`, shorter };
  }
  return best?.parts;
}

/** How many times more often a word must be seen to replace a word of the vocabulary seen once. */
const RARE_TYPO_FACTOR = 10;

/** The word with two neighbouring letters swapped, each way there is ("hlep": "lhep", "help", "hlpe"). */
function neighbourSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1)
    swaps.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  return swaps;
}

/**
 * Corrects typos against a known vocabulary: a word that is not known is replaced by the most
 * frequent known word within one edit (two for words of 9+ letters), swaps of neighbours
 * included. Short words are left alone (four letters: swaps only): too many real words are one
 * edit apart. An unknown compound of two known words is split first. A word the vocabulary has
 * only once may itself be a typo there ("i need hlep"): it becomes a swap of two of its
 * neighbouring letters that is seen ten times as often, else it stays.
 */
export function createSpeller(vocabulary: Iterable<string>): (word: string) => string {
  const counts = new Map<string, number>();
  for (const word of vocabulary) counts.set(word, (counts.get(word) ?? 0) + 1);
  const known = [...counts.entries()];
  const cache = new Map<string, string>();
  return (word) => {
    const seen = counts.get(word) ?? 0;
    if (word.length < 4 || seen > 1 || /\d/.test(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    if (seen === 1) {
      let swapped = { word, count: RARE_TYPO_FACTOR - 1 };
      for (const candidate of neighbourSwaps(word)) {
        const count = counts.get(candidate) ?? 0;
        if (count > swapped.count) swapped = { word: candidate, count };
      }
      cache.set(word, swapped.word);
      return swapped.word;
    }
    const parts = splitCompound(word, counts);
    if (parts) {
      cache.set(word, parts);
      return parts;
    }
    const limit = word.length >= 9 ? 2 : 1;
    const sorted = [...word].sort().join('');
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of known) {
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const distance = typoDistance(word, candidate, limit);
      if (distance > limit) continue;
      // Four-letter words: only a swap of letters ("hlep"), other edits hit real words too often.
      if (word.length === 4 && [...candidate].sort().join('') !== sorted) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    const corrected = best?.word ?? word;
    cache.set(word, corrected);
    return corrected;
  };
}

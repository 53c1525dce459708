/**
 * The letters and digits of the Basic Multilingual Plane as one character class: the rules' word
 * boundary, for regular expressions without the `u` flag, which V8 runs faster on these long
 * alternations (the safety check of a chat message took 0.81 ms with the flag and 0.68 ms
 * without, on the benchmark's chat bodies, 2026-12-07) and which answer the same (compared on
 * 19,495 texts of the corpora). The one difference: a letter outside that plane right next to a
 * word ("𝐚brand") is no boundary with the flag and is one without, so a rule matches there too.
 */
const wordUnits = (() => {
  const isWord = /[\p{L}\p{N}]/u;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  let start = -1;
  for (let c = 0; c <= 0x10000; c += 1) {
    const word = c < 0x10000 && isWord.test(String.fromCharCode(c));
    if (word && start < 0) start = c;
    if (!word && start >= 0) {
      out += c - 1 === start ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return out;
})();

/**
 * A small pattern language for the safety rules, over prepared text (`prepare()`: lower case,
 * words separated by single spaces, chat spellings written out). In a pattern:
 * - `~` is a gap of up to four words ("krijg ~ niet wakker" matches "krijg hem echt niet wakker"),
 *   `~2` of up to two;
 * - everything else is a regular expression over words (`(hij|zij) ademt niet`).
 * Patterns match whole words only.
 */
export function rule(...patterns: string[]): RegExp {
  const body = patterns
    .map((p) =>
      p.trim().replace(/\s*~(\d)?\s*/g, (_, n: string | undefined) => ` (?:\\S+ ){0,${n ?? 4}}`),
    )
    .map((p) => `(?:${p})`)
    .join('|');
  return new RegExp(`(?<![${wordUnits}'])(?:${body})(?![${wordUnits}'])`);
}

/** Whether any of the rules matches the prepared text. */
export function matchesAny(rules: readonly RegExp[], prepared: string): boolean {
  return rules.some((r) => r.test(prepared));
}

/** Anything that tests prepared text: a `rule()`, `all()`, `near()` or `not()`. */
export interface Part {
  test(text: string): boolean;
}

/** A rule that needs every part somewhere in the text ("viel" and "bloedt"), in any order. */
export function all(...parts: Part[]): Part {
  return { test: (text) => parts.every((p) => p.test(text)) };
}

/** What `described.ts` holds per kind: regular expressions, or `all()` of several. */
export type Rule = RegExp | ReturnType<typeof all>;

/** A part that must *not* be in the text, for `all()`: `all(endIt, soon, not(nuisance))`. */
export function not(part: RegExp): RegExp {
  return { test: (text: string) => !part.test(text) } as unknown as RegExp;
}

/** The word index of every place a part matches in `text` (prepared: one space between words). */
function wordPositions(part: RegExp, text: string): number[] {
  const global = new RegExp(part.source, part.flags.includes('g') ? part.flags : `${part.flags}g`);
  const positions: number[] = [];
  for (const match of text.matchAll(global)) {
    const before = text.slice(0, match.index);
    positions.push(
      before.length === 0 ? 0 : before.split(' ').length - (before.endsWith(' ') ? 1 : 0),
    );
  }
  return positions;
}

/**
 * A rule that needs every part within `span` words of the first part, in any order: Dutch puts the
 * verb last in "dat hij me kapot gaat maken" and first in "hij gaat me kapot maken"; both are
 * one threat. The parts are word families (`rule()`), not phrases.
 */
export function near(span: number, ...parts: RegExp[]): Part {
  return {
    test(text) {
      if (!parts.every((p) => p.test(text))) return false;
      const lists = parts.map((p) => wordPositions(p, text));
      const [first = [], ...others] = lists;
      return first.some((start) =>
        others.every((list) => list.some((at) => Math.abs(at - start) <= span)),
      );
    },
  };
}

import { phraseAlternatives } from '../../../server/protocol/text';

/**
 * A small pattern language for the safety rules, over prepared text (`prepare()`: lower case,
 * words separated by single spaces, chat spellings written out). In a pattern:
 * - `~` is a gap of up to four words ("krijg ~ niet wakker" matches "krijg hem echt niet wakker"),
 *   `~2` of up to two;
 * - everything else is a regular expression over words (`(hij|zij) ademt niet`).
 * Patterns match whole words only. Prepared text holds nothing but words (letters, digits and
 * apostrophes), single spaces and the `|` between its two readings, so a word ends at a space, a
 * `|` or either end of the text. That boundary, written as such and without the `u` flag, is what
 * V8 runs fastest on these long alternations: with it and `phrases()`, `assessDanger` took
 * 0.34 ms a message on the benchmark's chat bodies, against 0.85 ms with `\p{L}` and the flag
 * (medians of three runs each, one process, 2026-12-07), and gave the same answers on 29,160
 * texts (every corpus and evaluation set, compared before and after).
 */
export function rule(...patterns: string[]): RegExp {
  const body = patterns
    .map((p) =>
      p.trim().replace(/\s*~(\d)?\s*/g, (_, n: string | undefined) => ` (?:\\S+ ){0,${n ?? 4}}`),
    )
    .map((p) => `(?:${p})`)
    .join('|');
  return new RegExp(`(?<![^ |])(?:${body})(?![^ |])`);
}

/**
 * Literal phrases as one regular expression over prepared text, whole words only; an apostrophe
 * also ends a word here ("fire's" holds "fire"), as in `phraseRegex`, which reads raw text.
 */
export function phrases(list: readonly string[]): RegExp {
  return new RegExp(`(?<![^ |'])(?:${phraseAlternatives(list, ' +')})(?![^ |'])`, 'i');
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

/** A rule that needs at least `count` of the parts, any of them, in any order. */
export function atLeast(count: number, ...parts: Part[]): Part {
  return { test: (text) => parts.filter((p) => p.test(text)).length >= count };
}

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

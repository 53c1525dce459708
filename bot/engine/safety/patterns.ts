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
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${body})(?![\\p{L}\\p{N}'])`, 'u');
}

/** Whether any of the rules matches the prepared text. */
export function matchesAny(rules: readonly RegExp[], prepared: string): boolean {
  return rules.some((r) => r.test(prepared));
}

/** A rule that needs every part somewhere in the text ("viel" and "bloedt"), in any order. */
export function all(...parts: RegExp[]): { test(text: string): boolean } {
  return { test: (text) => parts.every((p) => p.test(text)) };
}

/** What `described.ts` holds per kind: regular expressions, or `all()` of several. */
export type Rule = RegExp | ReturnType<typeof all>;

/** A part that must *not* be in the text, for `all()`: `all(endIt, soon, not(nuisance))`. */
export function not(part: RegExp): RegExp {
  return { test: (text: string) => !part.test(text) } as unknown as RegExp;
}

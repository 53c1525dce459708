/**
 * Characters that show nothing, or turn the text around them, and so let a name look like
 * another one ("Esther" with a zero-width space, or a name written backwards by a right-to-left
 * override): format characters (zero-width spaces and joiners, soft hyphen, direction marks,
 * embeddings, overrides and isolates, the byte order mark, tag characters), control characters,
 * fillers that look like a space or like nothing (Hangul fillers, the Braille blank), the
 * combining grapheme joiner and variation selectors.
 */
const INVISIBLE =
  /[\p{Cf}\p{Cc}\u115f\u1160\u2800\u3164\uffa0]|\p{Variation_Selector}|\u034f|\u17b4|\u17b5/gu;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\ufe0f?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * Emoji stay whole: a zero-width joiner between two pictographs (👩‍👧) and the variation
 * selector that makes a pictograph colourful (❤️) are part of the emoji.
 */
function partOfEmoji(ch: string, offset: number, text: string): boolean {
  const before = text.slice(Math.max(0, offset - 3), offset);
  if (ch === '\ufe0f') return /\p{Extended_Pictographic}$/u.test(before);
  return (
    ch === '\u200d' &&
    PICTOGRAPH_BEFORE.test(before) &&
    PICTOGRAPH_AFTER.test(text.slice(offset + 1, offset + 3))
  );
}

/**
 * A display name as it is stored: without invisible and direction-changing characters, every
 * run of white space one plain space, trimmed.
 */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, (ch, offset: number, text: string) =>
      partOfEmoji(ch, offset, text) ? ch : '',
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

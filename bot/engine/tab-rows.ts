/**
 * The rows of tab-separated text as the corpora and the evaluation sets are written: one array of
 * columns per line, with its line number; blank lines and `#` comments left out.
 */
export function tabRows(source: string): { columns: string[]; line: number }[] {
  return source
    .split('\n')
    .map((text, index) => ({ text: text.trimEnd(), line: index + 1 }))
    .filter(({ text }) => text.length > 0 && !text.startsWith('#'))
    .map(({ text, line }) => ({ columns: text.split('\t'), line }));
}

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, escapeHtml } from './export';

describe('export helpers', () => {
  it('writes CSV fields a parser reads back, with formulas defused', () => {
    const values = [
      'gewoon',
      'komma, "quote"',
      'regel\nnieuwe regel',
      '=1+1',
      '-3',
      '@SUM(A1)',
      '',
    ];
    const line = values.map(csvField).join(',');
    const [row] = parse(line) as string[][];
    expect(row).toEqual([
      'gewoon',
      'komma, "quote"',
      'regel\nnieuwe regel',
      "'=1+1",
      "'-3",
      "'@SUM(A1)",
      '',
    ]);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});

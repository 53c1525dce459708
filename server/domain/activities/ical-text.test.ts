import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine } from './ical-text';

describe('iCal text', () => {
  it('folds long lines at 75 octets without splitting a character, and reads back whole', () => {
    const summary = `Wandeling langs de gracht: ${'één, twee; drie \\ vier '.repeat(8)}`;
    const line = `SUMMARY:${escapeText(summary)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    const text = calendarText('Hof, "de Linde"', [
      ['BEGIN:VEVENT', 'UID:x@buurtkamer', 'DTSTAMP:20260101T000000Z', line, 'END:VEVENT'],
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(summary);
  });

  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

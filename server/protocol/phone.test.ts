import { describe, expect, it } from 'vitest';
import { splitPhoneNumbers, telHref } from './phone';

const numbers = (text: string) =>
  splitPhoneNumbers(text)
    .filter((p) => p.phone)
    .map((p) => p.text);

describe('phone numbers in text', () => {
  it('finds the numbers Buurtbot and the buurtkaart show', () => {
    expect(numbers('Bel nu 112.')).toEqual(['112']);
    expect(numbers('Bel 113 of gratis 0800-0113. Dat kan dag en nacht.')).toEqual([
      '113',
      '0800-0113',
    ]);
    expect(numbers('- Reparatiedienst Woonstede: 030-555 0101 (Lekkage)')).toEqual([
      '030-555 0101',
    ]);
    expect(numbers('- Wijkagent Sanne de Boer: 0900-8844')).toEqual(['0900-8844']);
    expect(numbers('bel 06-12345678 of +31 6 1234 5678')).toEqual([
      '06-12345678',
      '+31 6 1234 5678',
    ]);
  });

  it('leaves times, dates, house numbers and long numbers alone', () => {
    expect(numbers('om 10:00 op 2026-12-06 bij nummer 12, code 1124 of 11234')).toEqual([]);
  });

  it('keeps the whole text in order', () => {
    const text = 'Bel 113 of gratis 0800-0113.';
    expect(
      splitPhoneNumbers(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('makes a tel: address with digits only', () => {
    expect(telHref('0800-0113')).toBe('tel:08000113');
    expect(telHref('+31 6 1234 5678')).toBe('tel:+31612345678');
  });
});

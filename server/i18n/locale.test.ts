import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale';
import { t } from './catalogue';
import { nl } from './nl';
import { en } from './en';

describe('language', () => {
  it('is Dutch unless the browser prefers English', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
    expect(localeFromAcceptLanguage('de-DE,fr;q=0.8')).toBe('nl');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('nl-NL,en;q=0.5')).toBe('nl');
    expect(localeFromAcceptLanguage('fr;q=1,en;q=0.3')).toBe('en');
  });

  it('fills placeholders', () => {
    expect(t('nl', 'fields.too_short', { min: 3 })).toBe('Te kort. Gebruik minstens 3 tekens.');
  });

  it('has an English text for every Dutch key, and no empty texts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const text of [...Object.values(nl), ...Object.values(en)])
      expect(text.trim()).not.toBe('');
  });
});

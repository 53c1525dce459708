import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['ik heb hulp nodig', 'nl'],
    ['er is elke nacht harde muziek', 'nl'],
    ['I need help', 'en'],
    ['my neighbours are so loud every night', 'en'],
    ['hallo', 'nl'],
    ['hi', 'en'],
  ] as const)('%s -> %s', (text, locale) => {
    expect(detectLanguage(text)).toBe(locale);
  });

  it('cannot tell from a word in neither list', () => {
    expect(detectLanguage('filmavond')).toBeUndefined();
    expect(detectLanguage('12')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { near, rule } from './patterns';

describe('rule(): whole words, as the safety rules need them', () => {
  const fire = rule('brand', 'staat in de fik');

  it('matches a word or phrase with anything but a letter or digit around it', () => {
    for (const text of ['brand', 'er is brand!', '(brand)', 'het staat in de fik | brand']) {
      expect(fire.test(text)).toBe(true);
    }
  });

  it('does not match inside a word, also next to accented and non-Latin letters', () => {
    for (const text of [
      'brandweerman',
      'nabrand',
      'ébrand',
      'brandé',
      'ыbrand',
      '3brand',
      "brand's",
    ]) {
      expect(fire.test(text)).toBe(false);
    }
  });

  it('reads ~ as a gap of up to four words and ~2 as up to two', () => {
    const gap = rule('krijg ~ niet wakker');
    expect(gap.test('ik krijg hem echt niet wakker')).toBe(true);
    expect(gap.test('krijg een twee drie vier vijf niet wakker')).toBe(false);
    const short = rule('ga ~2 dood');
    expect(short.test('ik ga echt bijna dood')).toBe(true);
    expect(short.test('ik ga echt heel erg bijna dood')).toBe(false);
  });

  it('finds near() parts in either order within the span', () => {
    const threat = near(3, rule('kapot'), rule('maken|maakt'));
    expect(threat.test('hij gaat me kapot maken')).toBe(true);
    expect(threat.test('dat hij me maakt kapot')).toBe(true);
    expect(threat.test('kapot een twee drie vier vijf maken')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepare } from '../chat-spelling';
import { near, phrases, rule } from './patterns';

/**
 * The rules read prepared text, whose words end at a space, a `|` or either end: that holds only
 * because prepared text has nothing else in it (the first test), whatever a person sends.
 */
describe('rule() and phrases(): whole words of prepared text', () => {
  it('prepared text holds only letters, digits, apostrophes and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(prepare(text)).toMatch(/^(?:[\p{L}\p{N}']+(?: [\p{L}\p{N}']+)*)?$/u);
      }),
      { numRuns: 500 },
    );
  });

  const fire = rule('brand', 'staat in de fik');

  it('matches a word or phrase wherever it stands as a whole word', () => {
    for (const text of ['brand', 'er is brand!', '(brand)', 'het staat in de fik', 'BRAND 🔥']) {
      expect(fire.test(prepare(text))).toBe(true);
    }
    expect(fire.test(`${prepare('niks')} | ${prepare('brand')}`)).toBe(true);
  });

  it('does not match inside a word, also next to accented and non-Latin letters', () => {
    for (const text of ['brandweerman', 'nabrand', 'ыbrand', '3brand', "brand's", '𝐚brand']) {
      expect(fire.test(prepare(text))).toBe(false);
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

  it('phrases() takes the words literally, and an apostrophe ends a word', () => {
    const named = phrases(['gas lek', 'fire', 'c++']);
    expect(named.test(prepare('er is een gas lek'))).toBe(true);
    expect(named.test(prepare("the fire's spreading"))).toBe(true);
    expect(named.test(prepare('gaslek'))).toBe(false);
    expect(named.test(prepare('firefly'))).toBe(false);
    expect(named.test('c')).toBe(false);
  });
});

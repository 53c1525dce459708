import { describe, expect, it } from 'vitest';
import { extractGuests } from './guests';
import { mentionsVolunteering, yesNo } from './volunteer';

describe('guests', () => {
  it.each([
    ['ik wil mee met het walking dinner met mijn 2 kinderen', 2],
    ['aanmelden filmavond met 3 gasten', 3],
    ['sign me up for the film night with my two kids', 2],
    ['ik kom met mijn vrouw', 1],
    ["we komen met z'n drieën", 2],
    ['filmavond +1', 1],
    ['plus 2', 2],
    ['ik kom alleen', 0],
    ['ik wil mee met het walking dinner', undefined],
    ['ik wil naar de koffieochtend om 10 uur', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(extractGuests(text)).toBe(expected);
  });
});

describe('volunteering and yes/no', () => {
  it('recognises offers to help', () => {
    expect(mentionsVolunteering('ik wil helpen met koken')).toBe(true);
    expect(mentionsVolunteering('can I volunteer?')).toBe(true);
    expect(mentionsVolunteering('ik wil mee met de filmavond')).toBe(false);
  });
  it('reads yes and no', () => {
    expect(yesNo('Ja, ik kom')).toBe(true);
    expect(yesNo('no thanks')).toBe(false);
    expect(yesNo('misschien')).toBeUndefined();
  });
});

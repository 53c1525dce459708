import { describe, expect, it } from 'vitest';
import { assessDanger } from './emergency';

/**
 * Round 6: danger recognised from word families in any word order (`composed.ts`), and hard
 * negatives of kinds no test set had. The lines are written for these tests, in several voices;
 * none is a line of an evaluation or tuning set.
 */
describe('described emergencies, in any word order', () => {
  it.each([
    ['hij zegt dat hij me vannacht komt afmaken', 'threat'],
    ['ze zeggen dat ze mijn huis in de fik steken vannacht', 'threat'],
    ['iemand staat bij de achterdeur met een breekijzer', 'break_in'],
    ['i hear someone jiggling my door handle at 3am and im alone', 'break_in'],
    ['er zit een vreemde man in mijn woonkamer en ik ken hem niet', 'break_in'],
    ["m'n vriendin heeft al haar slaappillen op en valt steeds weg", 'overdose'],
    [
      'mn huisgenoot heeft een hele fles wodka met pillen op en is niet meer wakker te krijgen',
      'overdose',
    ],
    ['de buurman ramt met een stoel op zijn vrouw', 'violence'],
    ['ze ligt languit in de gang en ik krijg geen woord uit haar', 'unresponsive'],
    ['mn buurvrouw is van de trap gedonderd en kan haar arm niet bewegen', 'fall'],
    ['mijn buurman hangt over de reling van de galerij en zegt dat hij gaat springen', 'self_harm'],
    ['er komt zwarte rook uit de meterkast', 'fire'],
    ['brnad in de keuken', 'fire'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });
});

describe('no advice for danger words that are no danger now', () => {
  it.each([
    'ik wil springen van blijdschap, ik heb een huis!',
    'de kinderen springen van het muurtje in de zandbak',
    'my laptop is dead and not responding',
    'mijn moeder gaat me vermoorden als ze dit rapport ziet',
    'ik wil je verhaal even afmaken',
    'er is zaterdag open dag bij de brandweer, gaan we met de kids?',
    'the kids are playing with water guns in the courtyard',
    'de buurman heeft een mes van mij geleend en niet teruggegeven',
    'hij dreigde vorig jaar met een advocaat, nu is het weer goed',
    'i almost passed out when i saw the bill lol',
    'the fire in the fireplace is so cosy tonight',
    'de buurvrouw hangt haar natte was over mijn balkon',
    'kan iemand het slot van mijn fiets doorknippen, sleutel kwijt',
    'ik moet bloed laten prikken en kan niet lopen naar het ziekenhuis',
    'mijn telefoon doet niks meer, ik schud hem maar niks',
  ])('%s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    'hij bedreigt me steeds als ik hem tegenkom in de lift',
    'ze zeggen dat de buurman zijn vrouw slaat, ik weet niet of het waar is',
    'ik neem elke dag 10 pillen voor mijn hart, kan iemand helpen met de weekdoos',
    'noodgeval: mijn wc is verstopt en loopt over',
  ])('asks instead: %s', (text) => {
    expect(assessDanger(text)).toMatchObject({ kinds: [], uncertain: true });
  });
});

import { describe, expect, it } from 'vitest';
import { findBlame, type BlameMember } from './blame';

const members: BlameMember[] = [
  { name: 'Anouk', home: '3' },
  { name: 'Samir', home: '7' },
  { name: 'Joke', home: '12' },
  { name: 'Ruud de Vries', home: '14' },
  { name: 'Kees', home: '5' },
  { name: 'Esther', home: null },
  { name: 'Ilse' },
];

describe('findBlame: who is named', () => {
  it.each([
    ['Ruud is weer dronken, hij is echt een probleem', 'Ruud de Vries', 'dronken'],
    ['Ruud de Vries is een dief', 'Ruud de Vries', 'dief'],
    ['ruuuud is weer bezopen', 'Ruud de Vries', 'bezopen'],
    ['@samir je bent echt smerig', 'Samir', 'smerig'],
    ['ANOUK IS GESTOORD', 'Anouk', 'gestoord'],
    ['Esther is echt dom', 'Esther', 'dom'],
    ['Ilse is a liar', 'Ilse', 'liar'],
  ])('%s', (text, named, word) => {
    expect(findBlame(text, members)).toEqual({ named, word });
  });

  it('reads accents and curly quotes away', () => {
    const withAccent: BlameMember[] = [{ name: 'Chloé', home: '8' }];
    expect(findBlame('chloe is echt gestoord', withAccent)?.named).toBe('Chloé');
    expect(findBlame('Chloé’s flat stinks', withAccent)?.named).toBe('Chloé');
  });

  it('takes "joke" as a word in English and as Joke in Dutch', () => {
    expect(findBlame('that was a good joke, everyone is crazy today', members)).toBeNull();
    expect(findBlame('joke is vies, haar deur stinkt', members)?.named).toBe('Joke');
    expect(findBlame('Joke stole my bike', members)?.named).toBe('Joke');
  });

  it.each([
    ['Jan van 14 is weer dronken', 'Ruud de Vries'],
    ['nummer 12 hoort hier niet', 'Joke'],
    ['nr 7 is gewoon een dealer', 'Samir'],
    ['huisnummer 3 stinkt', 'Anouk'],
    ['Op 12 wordt gedeald', 'Joke'],
    ['die van 7 steelt fietsen', 'Samir'],
    ['de bewoner van 12 schreeuwt de hele nacht', 'Joke'],
    ['14b is weer aan het schreeuwen', '14B'],
    ['the woman at 3 is nuts', 'Anouk'],
    ['#5 is filthy', 'Kees'],
  ])('a home: %s', (text, named) => {
    expect(findBlame(text, members)?.named).toBe(named);
  });

  it('counts any house number when the members have no homes (as the web client may know them)', () => {
    const noHomes = members.map(({ name }) => ({ name }));
    expect(findBlame('Jan van 14 is weer dronken', noHomes)).toEqual({
      named: '14',
      word: 'dronken',
    });
    expect(findBlame('die van 7 is een junk', noHomes)?.named).toBe('7');
  });

  it.each([
    ['Om 14 uur is iedereen dronken op het feest'],
    ['De bbq kost 12 euro, die vieze worstjes niet meegerekend'],
    ['Op de 7e is de filmavond, dat wordt eng'],
    ['Van 14 tot 16 uur is er herrie van de boor'],
    ['Op 12 maart is het lawaai van de bouw klaar'],
    ['at 3 the noise starts'],
  ])('no home in a time, price or date: %s', (text) => {
    expect(findBlame(text, [])).toBeNull();
  });

  it.each([
    ['de buurman is weer ladderzat', 'buurman'],
    ['die van hiernaast is een junkie', 'die van hiernaast'],
    ['my neighbour is a drunk', 'neighbour'],
    ['that guy upstairs is a creep', 'upstairs'],
    ['@piet je bent echt asociaal', '@piet'],
  ])('a neighbour word or mention: %s', (text, named) => {
    expect(findBlame(text, members)?.named).toBe(named);
  });
});

describe('findBlame: labels and accusations', () => {
  it.each([
    'Samir is een junk',
    'Kees is verslaafd',
    'Anouk is gek',
    'Joke is gestoord',
    'Ruud is een dief',
    'Samir steelt uit de huiskamer',
    'Kees dealt in het trappenhuis',
    'Anouk is vies',
    'Joke stinkt',
    'Ruud is echt een probleem',
    'Samir hoort hier niet',
    'Kees is gevaarlijk',
    'Ik vind Anouk eng',
    'Joke is zo asociaal',
    'Ruud is tuig',
    'Samir schreeuwt de hele nacht',
    'Kees scheldt iedereen uit',
    'Anouk maakt elke avond herrie',
    'Het lawaai van Joke is niet normaal',
    'Ruud is drunk again',
    'Samir is a junkie',
    'Kees steals',
    'Anouk deals drugs',
    'Joke is dirty',
    'Ruud is a real problem',
    "Samir doesn't belong here",
    'Kees is dangerous',
    'Anouk is creepy',
    'Joke is antisocial',
    'Ruud keeps yelling at night',
  ])('blame: %s', (text) => {
    expect(findBlame(text, members)).not.toBeNull();
  });

  it.each([
    'Ruud bedankt voor de koffie',
    'Ruud is niet dronken, hij is gewoon moe',
    'Samir is geen dief',
    'Kees is nooit vervelend en maakt geen herrie',
    'Kees is gek op voetbal',
    'Anouk, te gek dat je komt!',
    'Samir vindt spinnen eng',
    'Joke, de wc is vies',
    'Joke, stinkt de kliko nog?',
    'Ruud zegt dat de douche vies is',
    'Kees, vieze regen vandaag he',
    'Lotte, gevaarlijk weer vandaag',
    'Ruud helpt mensen die verslaafd zijn',
    'Noem Ruud geen junk, dat is gemeen',
    'Ik was vroeger ook verslaafd, Samir weet dat',
    'Ruud heeft de dief gezien',
    'Ruud, geen probleem!',
    'Anouk is no thief, she found the parcel',
    'Samir is crazy about football',
    'Kees, are you crazy? that is too generous',
    'Ruud cleaned the kitchen, it was really dirty',
    'Er ligt afval in de hal',
    'De buurvrouw heeft heerlijke soep gemaakt',
  ])('no blame: %s', (text) => {
    expect(findBlame(text, members)).toBeNull();
  });

  it('needs someone named: a label alone is no blame', () => {
    expect(findBlame('Er lopen junks rond bij het station', members)).toBeNull();
    expect(findBlame('Ruud is weer dronken', [])).toBeNull();
  });

  it('returns the first person named with a label', () => {
    expect(findBlame('Ruud is lief maar Samir is een dief', members)).toEqual({
      named: 'Samir',
      word: 'dief',
    });
  });
});

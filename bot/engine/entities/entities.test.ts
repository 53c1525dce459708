import { describe, expect, it } from 'vitest';
import { extractActivity } from './activity';
import { extractCardTopic } from './card-topic';
import { extractCategory } from './category';
import { extractDate } from './date';
import { extractEntities } from './index';
import { extractUnit } from './unit';

// Wednesday 12 March 2025, 10:00 in Utrecht.
const now = new Date('2025-03-12T09:00:00Z');

describe('extractCategory', () => {
  it.each([
    ['er is elke nacht harde muziek bij nummer 12', 'noise'],
    ['de bovenburen maken zoveel herrie', 'noise'],
    ['loud music every night', 'noise'],
    ['vuilniszakken in de gang', 'waste'],
    ['someone leaves trash in the hallway', 'waste'],
    ['het stinkt naar wiet in het trappenhuis', 'smell'],
    ['it smells terrible', 'smell'],
    ['hij parkeert altijd voor mijn deur', 'parking'],
    ['the car is parked on the pavement', 'parking'],
    ['de hond blaft de hele dag', 'pets'],
    ['the dog barks all day', 'pets'],
    ['hij scheldt iedereen uit en is dronken', 'behaviour'],
    ['he is always drunk and rude', 'behaviour'],
    ['er liggen naalden in de fietsenstalling', 'safety'],
    ['there are strangers in the building', 'safety'],
  ])('%s -> %s', (text, category) => {
    expect(extractCategory(text)).toBe(category);
  });

  it('finds nothing in a message without a complaint', () => {
    expect(extractCategory('hoi, hoe gaat het')).toBeUndefined();
  });
});

describe('extractUnit', () => {
  it.each([
    ['muziek bij nummer 12', '12'],
    ['huisnummer 3b', '3B'],
    ['Huisnummer 3 B heeft een hond', '3B'],
    ['nr. 7 parkeert slecht', '7'],
    ['nr 14', '14'],
    ['the guy in flat 12', '12'],
    ['number 9 leaves rubbish', '9'],
    ['appartement 21', '21'],
    ['de buurman van 12 draait elke nacht muziek', '12'],
    ['die van 14b schreeuwt steeds', '14B'],
    ['het stinkt bij 7', '7'],
    ['overlast van 3 b', '3B'],
    ['de hond op 22a blaft', '22A'],
    ['the people from 12 are loud', '12'],
  ])('%s -> %s', (text, unit) => {
    expect(extractUnit(text)).toBe(unit);
  });

  it('does not take a time or a count for a unit', () => {
    expect(extractUnit('al 3 weken feest tot 4 uur')).toBeUndefined();
    expect(extractUnit('van 3 weken geleden tot nu, op 4 uur s nachts')).toBeUndefined();
    expect(extractUnit('feest van 11 tot 2, bij 2 mensen op de 4e verdieping')).toBeUndefined();
    expect(extractUnit('2x per week om 10:30')).toBeUndefined();
  });
});

describe('extractDate (today is Wednesday 12 March 2025)', () => {
  it.each([
    ['vandaag', '2025-03-12'],
    ['morgen om 10 uur', '2025-03-13'],
    ['morgenavond', '2025-03-13'],
    ['overmorgen', '2025-03-14'],
    ['vrijdag', '2025-03-14'],
    ['op vrijdag de filmavond', '2025-03-14'],
    ['friday', '2025-03-14'],
    ['next friday', '2025-03-14'],
    ['woensdag', '2025-03-12'],
    ['volgende woensdag', '2025-03-19'],
    ['volgende week vrijdag', '2025-03-21'],
    ['maandag', '2025-03-17'],
    ['12 maart', '2025-03-12'],
    ['1 april', '2025-04-01'],
    ['march 20th', '2025-03-20'],
    ['3 januari', '2026-01-03'],
    ['20-3', '2025-03-20'],
    ['tomorrow', '2025-03-13'],
  ])('%s -> %s', (text, date) => {
    expect(extractDate(text, now)?.date).toBe(date);
  });

  it("does not read 'goedemorgen' or 's morgens as tomorrow", () => {
    expect(extractDate('goedemorgen allemaal', now)).toBeUndefined();
    expect(extractDate("'s morgens is het stil", now)).toBeUndefined();
  });

  it('does not read the Dutch words "do", "ma" or "wo" as weekdays', () => {
    expect(extractDate('wat moet ik do en ma zeggen', now)).toBeUndefined();
  });
});

describe('extractActivity', () => {
  const activities = [
    { id: 'a1', title: 'Filmavond' },
    { id: 'a2', title: 'Tafeltennis in de binnentuin' },
    { id: 'a3', title: 'Koffieochtend' },
    { id: 'a4', title: 'Mental Health First Aid cursus' },
  ];

  it.each([
    ['ik wil naar de filmavond', 'a1'],
    ['aanmelden voor de filmavnd', 'a1'],
    ['ik doe mee met tafeltennis', 'a2'],
    ['sign me up for the koffieochtend', 'a3'],
    ['ik wil de mental health cursus doen', 'a4'],
  ])('%s -> %s', (text, id) => {
    expect(extractActivity(text, activities)?.id).toBe(id);
  });

  it('finds nothing when no title is named', () => {
    expect(extractActivity('ik wil me aanmelden', activities)).toBeUndefined();
  });

  it('takes a time word for a time, not for the activity with it in its name', () => {
    expect(extractActivity('elke avond harde muziek', activities)).toBeUndefined();
    expect(extractActivity('zaterdag in de ochtend', activities)).toBeUndefined();
    expect(extractActivity('every evening they are loud', activities)).toBeUndefined();
  });
});

describe('extractCardTopic', () => {
  it.each([
    ['wie bel ik bij lekkage?', 'repairs'],
    ['wat is het nummer van de wijkagent', 'police'],
    ['vraag over de huur', 'corporation'],
    ['who do i call about a leak', 'repairs'],
    ['nummer van buurtbemiddeling', 'mediation'],
  ])('%s -> %s', (text, topic) => {
    expect(extractCardTopic(text)).toBe(topic);
  });
});

describe('extractEntities', () => {
  it('collects everything a concern message says', () => {
    expect(extractEntities('er is elke nacht harde muziek bij nummer 12', { now })).toEqual({
      category: 'noise',
      when: { text: 'elke nacht', kind: 'recurring' },
      unit: '12',
    });
  });

  it('matches activities and dates', () => {
    const result = extractEntities('ik kom vrijdag naar de filmavond', {
      now,
      activities: [{ id: 'f', title: 'Filmavond' }],
    });
    expect(result.activity).toEqual({ id: 'f', title: 'Filmavond' });
    expect(result.date).toEqual({ text: 'vrijdag', date: '2025-03-14' });
  });
});

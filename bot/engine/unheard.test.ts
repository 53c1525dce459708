import { describe, expect, it } from 'vitest';
import { buildInput, conversation, textOf } from './test-helpers';
import { passesUnheard } from './unheard';

/** Everyday chat in a shared room, as residents write it. */
const chat = [
  'Goedemorgen allemaal! Wie heeft er zin in koffie vanmiddag?',
  'Heeft iemand een ladder die ik zaterdag even mag lenen?',
  'wie heeft de sleutel van de gezamelijke ruimte? ik wil de stoelen klaar zetten',
  'top idee! ik doe mee met de moestuin',
  'ff checken: is de bewonersvergadering nou op dinsdag of woensdag?',
  'Jaaa ik kom eraan, bewaar een stuk voor me!!',
  'ja leuk!',
  'nee hoor',
  'Fijne avond allemaal en tot morgen bij de koffie ☕',
  'anyone up for a walk later?',
];

/** Messages in a shared room that Buurtbot must read: danger, blame, its name, commands. */
const heard = [
  'help er ligt iemand in de hal en hij reageert niet',
  'het ruikt hier naar gas',
  'er zit bloed op de deurklink van de hal',
  'die van nummer 14 is weer dronken',
  'de buurman zit altijd te schreeuwen',
  '@Ruud doe even normaal',
  'Buurtbot, wat is er deze week?',
  '/activiteiten',
  '2',
];

describe('passesUnheard: ordinary chat in a shared room needs no turn', () => {
  it.each(chat)('passes over "%s" in the common room and in an activity room', (text) => {
    expect(passesUnheard(buildInput(text, { channel: 'common' }))).toBe(true);
    expect(passesUnheard(buildInput(text, { channel: 'activities' }))).toBe(true);
  });

  it.each(heard)('reads "%s"', (text) => {
    expect(passesUnheard(buildInput(text, { channel: 'common' }))).toBe(false);
  });

  it('reads everything in the private conversation, a concern thread, and every button', () => {
    expect(passesUnheard(buildInput('ja leuk!', { channel: 'bot' }))).toBe(false);
    expect(passesUnheard(buildInput('ja leuk!', { channel: 'thread' }))).toBe(false);
    expect(passesUnheard(buildInput('safety:yes', { channel: 'common', button: true }))).toBe(
      false,
    );
    expect(
      passesUnheard(buildInput('wat is er te doen', { channel: 'common', addressedToBot: true })),
    ).toBe(false);
  });
});

describe('the engine agrees: what passes unheard gets no word, no deed and no change', () => {
  /** Conversations in each state a person can be in when they chat in a shared room. */
  const states = {
    fresh: async () => conversation(),
    'a flow running': async () => {
      const c = await conversation();
      await c.say('/hulp');
      return c;
    },
    'a safety question waiting': async () => {
      const c = await conversation();
      await c.say('er zit bloed op de deurklink van de hal');
      return c;
    },
    'a menu offered': async () => {
      const c = await conversation();
      await c.say('hallo');
      return c;
    },
  };

  it.each(Object.entries(states))('with %s', async (_name, start) => {
    for (const text of chat) {
      const c = await start();
      const before = c.state;
      const result = await c.say(text, { channel: 'common' });
      expect(result.replies, text).toEqual([]);
      expect(result.actions, text).toEqual([]);
      expect(c.state, text).toEqual(before);
    }
  });

  it('keeps the safety question waiting through room chat; "ja" in the private chat still answers it', async () => {
    const c = await conversation();
    await c.say('er zit bloed op de deurklink van de hal');
    const inRoom = await c.say('ja leuk!', { channel: 'common' });
    expect(inRoom.actions).toEqual([]);
    expect(c.state.safetyCheck).not.toBeNull();
    const yes = await c.say('ja');
    expect(textOf(yes)).toContain('Bel nu 112');
    expect(yes.actions.map((a) => a.type)).toContain('emergency.alert');
  });
});

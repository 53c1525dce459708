import { describe, expect, it } from 'vitest';
import { conversation, textOf } from '../test-helpers';

/**
 * The 112 advice end to end, through the engine (word list, then the classifier's net). Ordinary
 * nuisance and typed flow answers must not raise it; real emergencies, also misspelled, must.
 * Regression for "er ligt steeds afval voor mijn deur" and the typed answer "Een week of langer",
 * which the classifier alone used to call an emergency.
 */
describe('no 112 advice for ordinary messages', () => {
  it.each([
    'er ligt steeds afval voor mijn deur',
    'Er ligt steeds afval voor mn deur!!',
    'er ligt alweer vuil voor de deur van de buren',
    'er ligt steeds afvall voor mjn deur',
    'er ligt hondenpoep bij de ingang, elke dag',
    'de buurman rookt steeds in het trappenhuis',
    'de buren roken op de galerij en het stinkt',
    'de lamp in de gang brandt niet',
    'het licht in de fietsenstalling brandt de hele dag',
    'iemand heeft zijn afval op de grond gegooid',
    'een week of langer',
    'Een paar dagen al',
    'there is always rubbish in front of my door',
    'somebody keeps dumping trash at my door',
    'theres garbage infront of my dor again',
    'my neighbour smokes in the lift every day',
    'the kids are fighting over the swing',
    'a week or longer',
  ])('%s', async (text) => {
    const c = await conversation();
    const result = await c.say(text);
    expect(result.actions.filter((a) => a.type === 'emergency.alert')).toEqual([]);
    expect(textOf(result)).not.toMatch(/Bel (nu|meteen) 112/);
  });

  it('starts a melding for waste at the door instead', async () => {
    const c = await conversation();
    await c.say('er ligt steeds afval voor mijn deur');
    expect(c.state.flow).toMatchObject({ id: 'concern' });
  });

  it.each([
    ['nl', 'Een week of langer', 'weeks'],
    ['nl', 'een paar dagen', 'days'],
    ['en', 'A week or longer', 'weeks'],
  ] as const)(
    'takes the typed answer "%s / %s" in the defect flow as an answer',
    async (locale, text, since) => {
      const c = await conversation();
      await c.say(
        locale === 'nl'
          ? '/gebrek de lamp in de berging is kapot'
          : '/defect the light in the storage room is broken',
        { locale },
      );
      for (let i = 0; i < 3 && c.state.flow?.step !== 'since'; i += 1) {
        const step = c.state.flow?.step;
        if (step === 'where') await c.press('own', { locale });
        else if (step === 'similar') await c.press('new', { locale });
        else break;
      }
      expect(c.state.flow).toMatchObject({ id: 'defect', step: 'since' });
      const result = await c.say(text, { locale });
      expect(result.actions).toEqual([]);
      expect(textOf(result)).not.toMatch(/Bel (nu|meteen) 112/);
      expect(c.state.flow).toMatchObject({ id: 'defect', data: { since } });
    },
  );
});

describe('real emergencies still get the 112 advice', () => {
  it.each([
    'brand',
    'er is brand in de hal',
    'BRAAAND',
    'er is brant bij de buren',
    'brnad in de keuken',
    'hij slaat haar',
    'hij slaat zn vrouw',
    'ik word bedreigd met een mes',
    'ik wordt bedreigd met een mes',
    'iemand is bewusteloos',
    'er ligt iemand bewustloos in de hal',
    'mijn buurvrouw is gevallen en reageert niet',
    'iemand ligt op de grond en beweegt niet',
    'hij zei dat hij me dood gaat maken',
    'ik ruik gas',
    'the flat next door is on fire',
    'he is beating his wife',
    'he is beeting his wife',
    'somone is unconsious in the hall',
    'my neighbour collapsed and is not breathing',
    'im being threatened with a knife',
    'i want to kill myself',
  ])('%s', async (text) => {
    const c = await conversation();
    const result = await c.say(text);
    expect(result.actions.map((a) => a.type)).toContain('emergency.alert');
    expect(textOf(result)).toContain('112');
  });

  it('interrupts a flow answer too, when the answer is an emergency', async () => {
    const c = await conversation();
    await c.say('/gebrek de lamp in de berging is kapot');
    const result = await c.say('er is brand in de berging!!');
    expect(result.actions.map((a) => a.type)).toContain('emergency.alert');
    expect(c.state.flow).toMatchObject({ id: 'defect' });
  });
});

import { describe, expect, it } from 'vitest';
import { assessDanger, detectEmergency } from './emergency';

/** An emergency, or a cue that makes Buurtbot ask "Is er nu gevaar?". */
function hasDangerCue(text: string): boolean {
  const assessed = assessDanger(text);
  return assessed.kinds.length > 0 || assessed.uncertain;
}
import { accusesNeighbour } from './shaming';

describe('detectEmergency', () => {
  it.each([
    ['er is brand in de hal', 'fire'],
    ['BRAAAND', 'fire'],
    ['my kitchen is on fire', 'fire'],
    ['hij slaat me', 'violence'],
    ['ik ben in elkaar geslagen', 'violence'],
    ['he is beating her', 'violence'],
    ['hij heeft een mes', 'weapon'],
    ['someone has a gun', 'weapon'],
    ['mijn buurman bedreigt me', 'threat'],
    ['he threatened me', 'threat'],
    ['ik wil dood', 'self_harm'],
    ['ik denk aan zelfmoord', 'self_harm'],
    ['ik ga mezelf iets aandoen', 'self_harm'],
    ['i want to kill myself', 'self_harm'],
    ['ik ruik gas', 'gas'],
    ['someone is unconscious', 'unresponsive'],
    ['er is brant', 'fire'],
    ['mijn buurvrouw is flauwgevallen', 'unresponsive'],
    ['hij is in elkaar gezakt en reageert nergens op', 'unresponsive'],
    ['my neighbour collapsed', 'unresponsive'],
    ['hij zei dat hij me dood gaat maken', 'threat'],
  ])('%s -> %s', (text, kind) => {
    expect(detectEmergency(text)).toContain(kind);
  });

  it.each([
    'de brandalarm in de gang piept',
    'the fire alarm is broken',
    'the smoke detector keeps beeping',
    'er is geen gevaar hoor',
    'harde muziek elke nacht',
    'ik wil me aanmelden voor de filmavond',
    'goedemorgen',
    'het vuurwerk was mooi',
    'de brandtrap is kapot',
    'de lamp in de gang brandt niet',
    'het licht in de kelder brandt de hele dag',
    'ik ga vanavond koken op gas',
    'er ligt steeds afval voor mijn deur',
    'een week of langer',
    'there is always rubbish in front of my door',
  ])('no emergency in: %s', (text) => {
    expect(detectEmergency(text)).toEqual([]);
  });
});

describe('accusesNeighbour', () => {
  it.each([
    ['die junk van nummer 12 maakt elke nacht herrie', 'concern.report'],
    ['de buurman is altijd dronken', 'unknown'],
    ['that guy upstairs is a creep', 'unknown'],
    ['@piet je muziek is veel te hard', 'concern.report'],
    ['de nieuwe buurvrouw is gestoord', 'unknown'],
    ['het gaat niet goed met die man van nummer 5', 'care.signal'],
  ] as const)('guards: %s', async (text, intent) => {
    expect(await accusesNeighbour(text, async () => intent)).toBe(true);
  });

  it.each([
    ['er ligt afval in de hal', 'concern.report'],
    ['de lamp in de gang is kapot', 'defect.report'],
    ['wie gaat er mee naar de filmavond?', 'activity.list'],
    ['de buurvrouw heeft heerlijke soep gemaakt', 'unknown'],
  ] as const)('leaves alone: %s', async (text, intent) => {
    expect(await accusesNeighbour(text, async () => intent)).toBe(false);
  });
});

describe('detectEmergency, stretched spelling', () => {
  it('reads "BRAAAND" and "geslaaagen" but not "mess" as "mes"', () => {
    expect(detectEmergency('BRAAAND')).toContain('fire');
    expect(detectEmergency('ik ben geslaaagen')).toContain('violence');
    expect(detectEmergency('the hall is a mess')).toEqual([]);
  });
});

describe('hasDangerCue (what the classifier needs before its emergency counts)', () => {
  it.each([
    'iemand ligt op de grond en beweegt niet',
    'kom snel, er is iets ergs gebeurd',
    'er ligt iemand bewustloos in de hal',
    'brnad in de keuken',
    'somone is unconsious in the hall',
    'he is beeting his wife',
    'hij slaat zn vrouw',
    'ik heb te veel pillen genomen',
  ])('cue in: %s', (text) => {
    expect(hasDangerCue(text)).toBe(true);
  });

  it.each([
    'er ligt steeds afval voor mijn deur',
    'er ligt steeds afvall voor mjn deur',
    'een week of langer',
    'Een week of langer',
    'the kids are fighting over the swing',
    'elke nacht harde muziek',
    'iemand heeft zijn afval op de grond gegooid',
    'er liggen pillen op de grond in de hal',
    'de buurman rookt in de lift',
    'ik ga dood van de herrie',
    'de lamp in de gang brandt niet',
  ])('no cue in: %s', (text) => {
    expect(hasDangerCue(text)).toBe(false);
  });
});

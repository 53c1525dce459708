import { beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../intents';
import { intents } from '../intents';
import { testClassifier } from '../test-helpers';
import type { IntentClassifier } from './classifier';
import { prepare, trainClassifier } from './classifier';
import { createSpeller } from '../../../server/protocol/text';
import { trainingCorpus } from './corpus';

/**
 * Phrasings per intent as residents write them. These are neither training nor held-out
 * utterances: a third, small check that runs with the unit tests.
 */
const phrasings: Record<Exclude<Intent, 'unknown'>, string[]> = {
  'concern.report': [
    'de buren maken s nachts zoveel lawaai',
    'ik wil een klacht indienen over de buren',
    'there is so much noise from next door',
    'de afvalzakken van de buren staan weer in de gang',
  ],
  'care.signal': [
    'ik maak me echt zorgen om de man van 7',
    'het gaat volgens mij niet goed met mijn buurvrouw',
    'i am worried about my neighbour, he seems confused',
  ],
  'help.request': ['ik heb hulp nodig', 'kan mijn begeleider mij bellen', 'i need help', 'hlep'],
  emergency: [
    'er is brand',
    'he has a knife',
    'ik wil mezelf iets aandoen',
    'iemand bloedt heel erg',
  ],
  'activity.list': [
    'welke activiteiten zijn er deze week',
    'what activities are there',
    'wat is er te doen',
  ],
  'activity.signup': [
    'ik wil me aanmelden voor de filmavond',
    'sign me up for table tennis',
    'ik doe mee',
  ],
  'activity.cancel': ['ik wil me afmelden', 'ik kan toch niet komen', 'take me off the list'],
  'activity.create': [
    'ik wil een activiteit organiseren',
    'nieuwe activiteit maken',
    'i want to create an activity',
  ],
  'defect.report': [
    'de lamp in de hal is kapot',
    'de lift doet het weer niet',
    'the front door does not lock',
  ],
  'card.show': [
    'wie bel ik bij lekkage',
    'wat is het nummer van de wijkagent',
    'who do i call about repairs',
  ],
  greeting: ['hoi', 'goedemorgen', 'hello', 'dankjewel'],
};

describe('intent classifier', () => {
  let classifier: IntentClassifier;
  beforeAll(async () => {
    classifier = await testClassifier();
  });

  for (const [intent, texts] of Object.entries(phrasings)) {
    it.each(texts)(`${intent}: %s`, async (text) => {
      expect((await classifier.classify(text)).intent).toBe(intent);
    });
  }

  it.each(['wat is het weer morgen', 'asdfghjkl', 'ik heb een nieuwe fiets gekocht'])(
    'unknown: %s',
    async (text) => {
      const result = await classifier.classify(text);
      expect(result.intent).toBe('unknown');
    },
  );

  it('reports the language and a confidence between 0 and 1', async () => {
    const result = await classifier.classify('er is elke nacht harde muziek bij nummer 12');
    expect(result).toMatchObject({ intent: 'concern.report', language: 'nl', source: 'model' });
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('lets the emergency word list win over the model', async () => {
    expect(await classifier.classify('de buurman bedreigt me met een mes')).toMatchObject({
      intent: 'emergency',
      confidence: 1,
      source: 'safety',
    });
  });

  it('writes chat spellings out and splits unknown compounds of known words', () => {
    expect(prepare("mn buurman en z'n hond, thx")).toBe('mijn buurman en zijn hond thanks');
    const spell = createSpeller(['activiteiten', 'lijst', 'buurt', 'feest', 'achter']);
    expect(spell('activiteitenlijst')).toBe('activiteiten lijst');
    expect(spell('buurtsfeest')).toBe('buurt feest');
    expect(spell('achterom')).toBe('achterom');
    // A typo seen once in the vocabulary is still corrected to a word seen ten times as often.
    const often = createSpeller(['hlep', ...Array.from({ length: 10 }, () => 'help'), 'mij']);
    expect(often('hlep')).toBe('help');
    expect(often('mij')).toBe('mij');
  });

  it('does not take ordinary nuisance or a typed answer for an emergency', async () => {
    for (const text of [
      'er ligt steeds afval voor mijn deur',
      'er ligt weer rommel in de gang',
      'een week of langer',
      'de buurman rookt in de lift',
      'there is always rubbish in front of my door',
    ])
      expect((await classifier.classify(text)).intent, text).not.toBe('emergency');
  });

  it('has training utterances for every intent in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const intent of intents)
        expect(trainingCorpus[locale][intent].length, `${locale} ${intent}`).toBeGreaterThan(5);
    }
  });

  it('trains from a given corpus (so a corpus change needs no model file)', async () => {
    const empty = Object.fromEntries(intents.map((i) => [i, [] as string[]])) as Record<
      Intent,
      string[]
    >;
    const tiny = await trainClassifier({
      nl: {
        ...empty,
        greeting: ['hoi', 'hallo'],
        'help.request': ['ik heb hulp nodig', 'help mij'],
      },
      en: { ...empty, greeting: ['hi', 'hello'], 'help.request': ['i need help', 'help me'] },
    });
    expect((await tiny.classify('hallo')).intent).toBe('greeting');
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { createFakePorts } from '../fake-ports';
import type { Classification, IntentClassifier } from '../nlu/classifier';
import { buildInput, conversation, testNow, textOf } from '../test-helpers';

const alerts = (r: { actions: { type: string }[] }) =>
  r.actions.filter((a) => a.type === 'emergency.alert');

describe('described emergencies get their own advice at once', () => {
  it.each([
    [
      'hij ligt op de grond in de gang en ik krijg hem niet wakker',
      'Kijk of de persoon ademt',
      'unresponsive',
    ],
    ['ze heeft een hele strip pillen geslikt en is heel suf', 'Zeg wat er genomen is', 'overdose'],
    ['het ruikt naar rotte eieren in het trappenhuis', 'Doe geen licht aan of uit', 'gas'],
    ['er komt rook onder de deur van nummer 4 vandaan', 'Neem niet de lift', 'fire'],
    ['iemand probeert nu mijn voordeur open te breken', 'Ga er niet zelf op af', 'break_in'],
    ['ik wil gewoon niet meer wakker worden', '113', 'self_harm'],
    [
      'my neighbour is on the floor and not breathing',
      'Check if the person is breathing',
      'unresponsive',
    ],
    ['he says he is going to stab me tonight', 'Go to a safe place', 'threat'],
    [
      'mijn dochter van 4 is weg, ik kan haar nergens vinden',
      'Vraag buren om mee te zoeken',
      'missing',
    ],
    [
      'my mum has dementia and she wandered off an hour ago',
      'Ask neighbours to help look',
      'missing',
    ],
  ])('%s', async (text, advice, kind) => {
    const c = await conversation();
    const result = await c.say(text);
    expect(textOf(result)).toContain(advice);
    expect(textOf(result)).not.toContain('begrijp');
    expect(alerts(result)).toEqual([
      expect.objectContaining({ kinds: expect.arrayContaining([kind]), text }),
    ]);
  });

  it('names only what the person was shown: 113 for self-harm, no police officer for a gas smell', async () => {
    const c = await conversation();
    const gas = await c.say('ik ruik gas in de kelder');
    expect(gas.actions[0]).toMatchObject({ type: 'emergency.alert', told: ['112', 'repairs'] });
    const selfHarm = await c.say('ik wil er een einde aan maken');
    expect(selfHarm.actions[0]).toMatchObject({ told: ['112', '113'] });
  });
});

describe('when unsure, one safety question instead of "ik begrijp je niet"', () => {
  it('asks "Is er nu gevaar?" with two buttons, and "ja" gives the advice for what was written', async () => {
    const c = await conversation();
    const asked = await c.say('er zit bloed op de deurklink van de hal');
    expect(textOf(asked)).toContain('is er nu gevaar');
    expect(asked.replies.at(-1)?.choices?.map((x) => x.value)).toEqual(['safety:yes', 'safety:no']);
    expect(asked.actions).toEqual([]);
    const yes = await c.say('ja');
    expect(textOf(yes)).toContain('Bel nu 112');
    expect(alerts(yes)).toEqual([
      expect.objectContaining({
        text: 'er zit bloed op de deurklink van de hal',
        told: ['asked', '112', 'police'],
      }),
    ]);
    expect(c.state.safetyCheck).toBeNull();
  });

  it('"nee" with nothing else read in the message: relief and the choices, never "ik begrijp je niet"', async () => {
    const c = await conversation();
    await c.say('er zit bloed op de deurklink van de hal');
    const no = await c.press('safety:no');
    expect(textOf(no)).toContain('Gelukkig');
    expect(textOf(no)).toContain('Waar kan ik je mee helpen?');
    expect(alerts(no)).toEqual([]);
    expect(textOf(no)).not.toContain('Ik begrijp je nog niet goed');
  });

  it('"nee" goes on with what the message asked for', async () => {
    const c = await conversation();
    await c.say('er zit bloed op de lift knop en de lift is kapot');
    expect(c.state.safetyCheck).not.toBeNull();
    const no = await c.press('safety:no');
    expect(textOf(no)).toContain('Gelukkig');
    expect(textOf(no)).not.toContain('Ik begrijp je nog niet goed');
    // The other reading, something broken, goes on as a defect report.
    expect(c.state.flow?.id).toBe('defect');
  });

  it('a later press of "Ja, bel 112" still gives the advice', async () => {
    const c = await conversation();
    await c.say('er zit bloed op de deurklink van de hal');
    await c.say('/help');
    const yes = await c.press('safety:yes');
    expect(textOf(yes)).toContain('Bel nu 112');
    expect(alerts(yes)).toHaveLength(1);
  });

  it('never answers a message with a danger cue with the menu or "I do not understand"', async () => {
    for (const text of ['bloed', 'ik ga dood', 'gevaarlijk', 'help!!', 'brnad']) {
      const c = await conversation();
      const result = await c.say(text);
      expect(textOf(result)).not.toContain('begrijp je');
      // The advice, the safety question, or a flow that takes it further (help!! asks urgency).
      expect(
        alerts(result).length > 0 || c.state.safetyCheck !== null || c.state.flow !== null,
      ).toBe(true);
    }
  });
});

describe('idioms, calm stories and what-if questions get no emergency advice', () => {
  it.each([
    'ik ga dood van het lachen haha',
    'die party gisteren was echt fire',
    'vorig jaar was er brand in blok B, gelukkig was niemand gewond',
    'wat moet ik doen als er ooit brand is?',
    'the fire alarm in the hall keeps beeping',
    'my feet are killing me after the walk',
    'de kaars op tafel brandt mooi',
  ])('%s', async (text) => {
    const c = await conversation();
    const result = await c.say(text);
    expect(alerts(result)).toEqual([]);
    expect(textOf(result)).not.toContain('Bel nu 112');
  });
});

describe('the danger model asks when nothing else does, and advises only when very sure', () => {
  /**
   * A classifier that reads every message as `unknown` with the given danger score, or as the
   * given reading (an intent, the danger model's kind).
   */
  function stubbed(danger: number, reading: Partial<Classification> = {}): IntentClassifier {
    return {
      classify: () =>
        Promise.resolve({
          intent: 'unknown',
          confidence: 0.9,
          source: 'model',
          danger,
          ...reading,
        }),
    };
  }
  const say = (classifier: IntentClassifier, text: string, state?: unknown) =>
    createEngine({ classifier, now: () => testNow }).handleMessage(
      buildInput(text),
      state,
      createFakePorts({}, testNow),
    );

  it('asks "Is er nu gevaar?" for a high danger score, with no alert until "ja"', async () => {
    const asked = await say(stubbed(20), 'er is iets raars met Piet op de gang');
    expect(textOf(asked)).toContain('is er nu gevaar');
    expect(alerts(asked)).toEqual([]);
    const yes = await say(stubbed(20), 'ja', asked.state);
    expect(textOf(yes)).toContain('Bel nu 112');
    expect(alerts(yes)).toHaveLength(1);
  });

  it('gives the general advice and alerts staff when the danger model is very sure', async () => {
    const sure = await say(stubbed(60), 'er is iets raars met Piet op de gang');
    expect(textOf(sure)).toContain('Bel nu 112');
    expect(textOf(sure)).toContain('Zorg eerst dat je zelf veilig bent');
    expect(alerts(sure)).toEqual([expect.objectContaining({ kinds: ['danger'] })]);
  });

  it('fits the advice to the kind of danger when the danger model is sure of it, alone or after "ja"', async () => {
    const sureOfGas = (danger: number) => stubbed(danger, { dangerKind: 'gas' });
    const text = 'het ruikt hier heel raar in het trappenhuis, een soort zoetige lucht';
    const sure = await say(sureOfGas(60), text);
    expect(textOf(sure)).toContain('Doe geen licht aan of uit');
    expect(alerts(sure)).toEqual([expect.objectContaining({ kinds: ['gas'] })]);
    const asked = await say(sureOfGas(20), text);
    expect(textOf(asked)).toContain('is er nu gevaar');
    const yes = await say(sureOfGas(20), 'ja', asked.state);
    expect(textOf(yes)).toContain('Doe geen licht aan of uit');
    expect(alerts(yes)).toEqual([expect.objectContaining({ kinds: ['gas'] })]);
  });

  it('asks instead of advising when the rules find danger but the model is very sure there is none', async () => {
    const text = 'er komt rook onder de deur van nummer 4 vandaan';
    const doubted = await say(stubbed(-60), text);
    expect(textOf(doubted)).toContain('is er nu gevaar');
    expect(alerts(doubted)).toEqual([]);
    const yes = await say(stubbed(-60), 'ja', doubted.state);
    expect(textOf(yes)).toContain('Neem niet de lift');
    expect(alerts(yes)).toEqual([expect.objectContaining({ kinds: ['fire'] })]);
    // Not very sure: the rules' advice at once, as always.
    expect(alerts(await say(stubbed(-10), text))).toHaveLength(1);
    // A long calm opening makes the whole message look calm; one sentence that reads as danger
    // keeps the rules' advice.
    const buried =
      'hoi, vraagje over de bingo. o nee wacht, er komt rook onder de deur van 4 vandaan';
    const inOnePart = await say(stubbed(-60, { dangerInParts: 40 }), buried);
    expect(textOf(inOnePart)).toContain('Neem niet de lift');
    expect(alerts(inOnePart)).toHaveLength(1);
    // A part that is merely less sure ("Nu niet hoor, maar...") does not lift the doubt.
    expect(textOf(await say(stubbed(-60, { dangerInParts: -5 }), buried))).toContain(
      'is er nu gevaar',
    );
    // A wish to die always gets its answer (113) at once, however sure the model is.
    const selfHarm = await say(stubbed(-60), 'ik wil dood, niemand kan mij helpen');
    expect(textOf(selfHarm)).toContain('113');
    expect(alerts(selfHarm)).toHaveLength(1);
  });

  it('lets the danger model set aside the intent model\'s "emergency" when it is sure there is no danger', async () => {
    /** The intent model reads an emergency (its next reading a help request). */
    const intentSaysEmergency = (danger: number) =>
      stubbed(danger, {
        intent: 'emergency',
        confidence: 0.97,
        otherwise: { intent: 'help.request', confidence: 0.9 },
      });
    const calm = await say(intentSaysEmergency(-60), 'ik heb hulp nodig');
    expect(calm.state.safetyCheck).toBeNull();
    expect(alerts(calm)).toEqual([]);
    expect(calm.state.flow).toMatchObject({ id: 'help' });
    const unsure = await say(intentSaysEmergency(-10), 'ik heb hulp nodig');
    expect(textOf(unsure)).toContain('is er nu gevaar');
  });

  it('asks privately in a shared room when a message has only a danger cue and the model reads danger', async () => {
    const text = 'er zit bloed op de deurklink van de hal';
    const common = (danger: number) =>
      createEngine({ classifier: stubbed(danger), now: () => testNow }).handleMessage(
        buildInput(text, { channel: 'common' }),
        undefined,
        createFakePorts({}, testNow),
      );
    const asked = await common(20);
    expect(asked.replies).toEqual([
      expect.objectContaining({ visibility: 'private', text: expect.stringContaining('gevaar') }),
    ]);
    expect(alerts(asked)).toEqual([]);
    const quiet = await common(-3);
    expect(quiet.replies).toEqual([]);
    expect(quiet.state.safetyCheck).toBeNull();
  });

  it('stays out of a low score, and of a running flow (a step reads fear itself)', async () => {
    const low = await say(stubbed(-3), 'er is iets raars met Piet op de gang');
    expect(low.state.safetyCheck).toBeNull();
    expect(alerts(low)).toEqual([]);
    const inFlow = await say(stubbed(-40), '/gebrek');
    expect(inFlow.state.flow).not.toBeNull();
    const answer = await say(stubbed(60), 'de lamp in de gang', inFlow.state);
    expect(answer.state.safetyCheck).toBeNull();
    expect(alerts(answer)).toEqual([]);
  });
});

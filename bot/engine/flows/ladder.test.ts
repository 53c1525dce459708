import { describe, expect, it } from 'vitest';
import type { ConcernStartAction, ConcernStepAction } from '../actions';
import { conversation, textOf } from '../test-helpers';
import type { EngineResult } from '../types';

const choicesOf = (result: EngineResult) =>
  result.replies.at(-1)?.choices?.map((c) => c.value) ?? [];
const startOf = (result: EngineResult) =>
  result.actions.find((a): a is ConcernStartAction => a.type === 'concern.start')!;
const stepOf = (result: EngineResult) =>
  result.actions.find((a): a is ConcernStepAction => a.type === 'concern.step')!;

async function reported(text: string) {
  const c = await conversation();
  await c.say('/melding');
  await c.say(text);
  const yes = await c.press('yes');
  return { c, yes, ref: startOf(yes).ref };
}

describe('the intake asks about behaviour, never about who someone is', () => {
  it('steers a report about who someone is back to what happens, once', async () => {
    const c = await conversation();
    await c.say('/melding');
    const steered = await c.say('die junk van 12 is gestoord');
    expect(textOf(steered)).toContain('niet wie iemand is');
    expect(c.state.flow).toMatchObject({ id: 'concern', step: 'describe' });
    const second = await c.say('die junk draait elke nacht harde muziek');
    expect(c.state.flow).toMatchObject({ id: 'concern', step: 'confirm' });
    expect(textOf(second)).toContain('Het gaat over geluid.');
  });

  it('stores the report with a ref and goes on with when (if not said) and the effect', async () => {
    const { c, yes, ref } = await reported('de hond van hiernaast blaft');
    expect(ref).toMatch(/^[0-9a-f-]{36}$/);
    expect(textOf(yes)).toContain('Je melding is doorgegeven.');
    expect(textOf(yes)).toContain('Wanneer gebeurt het, en hoe vaak?');
    expect(c.state.flow).toMatchObject({ id: 'ladder', step: 'when', data: { ref } });
    await c.press('often');
    expect(c.state.flow).toMatchObject({ step: 'effect' });
    const known = await reported('elke nacht harde muziek bij nummer 12');
    expect(known.c.state.flow).toMatchObject({ id: 'ladder', step: 'effect' });
  });
});

describe('the lowest step that fits', () => {
  it('suggests talking yourself first, with tips, and offers the others', async () => {
    const { c } = await reported('elke nacht harde muziek bij nummer 12');
    await c.press('sleep');
    const choose = await c.press('no');
    expect(textOf(choose)).toContain('Mijn tip is de knop "Zelf praten, met tips".');
    expect(choicesOf(choose)).toEqual([
      'zelf',
      'burenbericht',
      'begeleiding',
      'bemiddeling',
      'unsafe',
      'later',
    ]);
    const zelf = await c.press('zelf');
    expect(textOf(zelf)).toContain('Tips voor een gesprek');
    expect(textOf(zelf)).toContain('Praat eerst rustig met ze'); // the project's own tips from the card
    expect(stepOf(zelf)).toMatchObject({
      to: 'zelf',
      details: { frequency: 'often', effect: 'Ik slaap er slecht van', talked: 'no' },
    });
    expect(c.state.flow).toBeNull();
  });

  it('sends someone who feels unsafe straight to staff, at any question', async () => {
    const { c } = await reported('elke nacht harde muziek bij nummer 12');
    const unsafe = await c.say('ik ben bang om naar huis te gaan');
    expect(textOf(unsafe)).toContain('Ik vraag nu meteen een begeleider');
    expect(stepOf(unsafe)).toMatchObject({ to: 'begeleiding', details: { unsafe: true } });
    const again = await reported('elke nacht harde muziek bij nummer 12');
    await again.c.press('skip');
    await again.c.press('no');
    const viaChoice = await again.c.press('unsafe');
    expect(stepOf(viaChoice)).toMatchObject({ to: 'begeleiding', details: { unsafe: true } });
  });

  it('never offers mediation for aggression, crime, addiction or crisis', async () => {
    const { c } = await reported('hij is elke avond dronken en schreeuwt in de gang');
    await c.press('skip');
    const choose = await c.press('yes');
    expect(textOf(choose)).toContain('Mijn tip is de knop "Een begeleider vragen".');
    expect(choicesOf(choose)).not.toContain('bemiddeling');
  });
});

describe('a burenbericht', () => {
  it('is shown first, anonymous by default, and sent for a home that can be reached', async () => {
    const { c } = await reported('er is elke nacht harde muziek bij nummer 12');
    await c.press('sleep');
    const choose = await c.press('afraid');
    expect(textOf(choose)).toContain('Mijn tip is de knop "Een bericht via Buurtbot".');
    await c.press('burenbericht');
    const preview = await c.press('no');
    expect(textOf(preview)).toContain('Dit bericht stuur ik naar huisnummer 12');
    expect(textOf(preview)).toContain(
      'Een buur heeft last van geluid bij jouw woning. Dit speelt elke nacht.',
    );
    expect(textOf(preview)).not.toContain('Anna');
    const sent = await c.press('yes');
    expect(stepOf(sent)).toMatchObject({ to: 'burenbericht', unit: '12', named: false });
  });

  it("keeps when it happens, in the reporter's time words only", async () => {
    const { c } = await reported('harde muziek bij nummer 12');
    await c.say("vooral 's nachts als hij thuiskomt van de kroeg");
    await c.press('sleep');
    await c.press('afraid');
    await c.press('burenbericht');
    const preview = await c.press('no');
    expect(textOf(preview)).toContain("Dit speelt 's nachts.");
    expect(textOf(preview)).not.toContain('kroeg');
  });

  it('carries the name only when the reporter chooses so', async () => {
    const { c } = await reported('er is elke nacht harde muziek bij nummer 12');
    await c.press('skip');
    await c.press('yes');
    await c.press('burenbericht');
    const preview = await c.press('yes');
    expect(textOf(preview)).toContain('namens je buur Anna');
    expect(stepOf(await c.press('yes'))).toMatchObject({ named: true });
  });

  it('asks for the home, and answers the same whether or not anyone lives there', async () => {
    // Whether anyone lives at 99 or 7 is not for the reporter to learn: the flow does not ask
    // (the server tells staff when a burenbericht reached nobody).
    const answerFor = async (home: string) => {
      const { c } = await reported('er ligt elke dag afval bij de voordeur');
      await c.press('skip');
      await c.press('yes');
      const unit = await c.press('burenbericht');
      expect(textOf(unit)).toContain('Naar welk huisnummer moet het bericht?');
      const answer = await c.say(home);
      return { text: textOf(answer), choices: choicesOf(answer), c };
    };
    const empty = await answerFor('99');
    const lived = await answerFor('nummer 7');
    expect(empty.text).toContain('Mag je buur weten dat het bericht van jou komt?');
    expect(empty.text).not.toContain('niemand');
    expect(empty).toMatchObject({ text: lived.text, choices: lived.choices });
    await empty.c.press('no');
    const sent = await empty.c.press('yes');
    expect(sent.actions).toEqual([
      expect.objectContaining({ type: 'concern.step', to: 'burenbericht' }),
    ]);
  });
});

describe('stopping and coming back', () => {
  it('keeps the report when the ladder conversation is stopped', async () => {
    const { c } = await reported('elke nacht harde muziek bij nummer 12');
    const stopped = await c.say('stop');
    expect(textOf(stopped)).toContain('Je melding blijft bewaard.');
    expect(textOf(stopped)).not.toContain('Er is niets doorgegeven');
  });

  it('"later" keeps what was told', async () => {
    const { c } = await reported('elke nacht harde muziek bij nummer 12');
    await c.press('sleep');
    await c.press('no');
    const later = await c.press('later');
    expect(later.actions).toEqual([
      expect.objectContaining({
        type: 'concern.details',
        details: { frequency: 'often', effect: 'Ik slaap er slecht van', talked: 'no' },
      }),
    ]);
  });

  it('picks a next step for an existing concern from the buttons of the follow-up', async () => {
    const c = await conversation({
      ports: {
        concerns: {
          'u-anna:ref-00000001': {
            ref: 'ref-00000001',
            status: 'open',
            step: 'zelf',
            category: 'noise',
            unit: '12',
            hasTarget: true,
            mediationExcluded: false,
            consent: false,
          },
        },
      },
    });
    const notSolved = await c.press('/opvolging ref-00000001 not_solved');
    expect(notSolved.actions).toEqual([
      expect.objectContaining({
        type: 'concern.followup',
        ref: 'ref-00000001',
        answer: 'not_solved',
      }),
    ]);
    expect(textOf(notSolved)).toContain('Mijn tip is de knop "Een bericht via Buurtbot".');
    expect(choicesOf(notSolved)).toEqual([
      'burenbericht',
      'begeleiding',
      'bemiddeling',
      'unsafe',
      'later',
    ]);
    const solved = await c.press('/opvolging ref-00000001 solved');
    expect(solved.actions[0]).toMatchObject({ type: 'concern.followup', answer: 'solved' });
    const someoneElses = await c.press('/stap ref-99999999');
    expect(textOf(someoneElses)).toContain('Deze melding kan ik niet vinden.');
  });
});

describe('the neighbour answers', () => {
  it('with a ready reply, or in their own words', async () => {
    const c = await conversation();
    const ready = await c.press('/antwoord bb-000000001 sorry');
    expect(ready.actions).toEqual([
      expect.objectContaining({
        type: 'neighbour.reply',
        burenberichtId: 'bb-000000001',
        kind: 'sorry',
      }),
    ]);
    await c.press('/antwoord bb-000000001 own_words');
    expect(c.state.flow).toMatchObject({ id: 'neighbour-reply' });
    const own = await c.say('Sorry, ik wist niet dat het zo hard was.');
    expect(own.actions).toEqual([
      expect.objectContaining({
        kind: 'own_words',
        text: 'Sorry, ik wist niet dat het zo hard was.',
      }),
    ]);
  });
});

describe('emergency words in the ladder conversation', () => {
  it('alert staff about that concern, and the conversation can go on', async () => {
    const { c, ref } = await reported('elke nacht harde muziek bij nummer 12');
    const emergency = await c.say('hij staat nu met een mes voor mijn deur');
    expect(textOf(emergency)).toContain('Bel nu 112');
    expect(emergency.actions).toEqual([
      expect.objectContaining({
        type: 'emergency.alert',
        kinds: expect.arrayContaining(['weapon']),
        concernRef: ref,
      }),
    ]);
    expect(c.state.flow).toMatchObject({ id: 'ladder', step: 'effect' });
  });
});

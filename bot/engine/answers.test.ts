import { describe, expect, it } from 'vitest';
import { changesMind, yesOrNo } from './answers';
import { conversation, textOf } from './test-helpers';

describe('yes and no as people write them', () => {
  it.each([
    'ja',
    'ja doe maar',
    'jawel hoor',
    'ok',
    'prima',
    'is goed',
    'yes please',
    'sure',
    'jaaa',
  ])('%s is yes', (text) => expect(yesOrNo(text)).toBe('yes'));
  it.each([
    'nee',
    'nee eigenlijk durf ik dat niet',
    'liever niet',
    'toch niet',
    'ja nee, liever niet',
    'not really',
    'nope',
    'ik durf het niet',
  ])('%s is no', (text) => expect(yesOrNo(text)).toBe('no'));
  it.each(['misschien', 'weet ik niet', 'de lamp in de gang is kapot'])('%s is neither', (text) =>
    expect(yesOrNo(text)).toBeUndefined(),
  );
});

describe("changing one's mind", () => {
  it.each(['laat maar zitten', 'toch niet', 'laat maar', 'vergeet het maar', 'never mind', 'stop'])(
    '"%s" ends a flow kindly',
    async (text) => {
      expect(changesMind(text)).toBe(true);
      const c = await conversation();
      await c.say('/melding');
      const result = await c.say(text);
      expect(c.state.flow).toBeNull();
      expect(result.actions).toEqual([]);
      expect(textOf(result).length).toBeGreaterThan(0);
    },
  );

  it('"ik ga eerst zelf met haar praten" before the report: nothing is passed on, the tips come', async () => {
    const c = await conversation();
    await c.say('/melding');
    const result = await c.say('ik ga eerst zelf met haar praten');
    expect(c.state.flow).toBeNull();
    expect(result.actions).toEqual([]);
    expect(textOf(result)).toContain('Er is niets doorgegeven');
  });

  it('"ik praat eerst zelf met hem" in the ladder: the report stays and its step becomes zelf', async () => {
    const c = await conversation();
    await c.say('/melding');
    await c.say('er is elke nacht harde muziek bij nummer 12');
    await c.press('yes');
    const result = await c.say('weet je wat, ik praat eerst zelf met hem');
    expect(c.state.flow).toBeNull();
    expect(result.actions).toEqual([expect.objectContaining({ type: 'concern.step', to: 'zelf' })]);
  });

  it('takes "liever zonder naam" as the anonymous choice', async () => {
    const c = await conversation();
    await c.say('/melding');
    await c.say('er is elke nacht harde muziek bij nummer 12');
    await c.press('yes');
    await c.press('sleep');
    await c.press('afraid');
    await c.press('burenbericht');
    const preview = await c.say('liever zonder naam');
    expect(textOf(preview)).toContain('Dit bericht stuur ik naar huisnummer 12');
    expect(textOf(preview)).not.toContain('Anna');
  });
});

describe('thanks, goodbyes and small talk', () => {
  it.each([
    ['dankjewel!', 'Graag gedaan'],
    ['doei', 'Tot ziens'],
    ['hoe gaat het met je?', 'Met mij gaat het goed'],
    ['thanks a lot', 'You are welcome'],
  ])('%s gets a short friendly answer, not the menu', async (text, answer) => {
    const c = await conversation();
    const result = await c.say(text);
    expect(textOf(result)).toContain(answer);
    expect(result.replies.some((r) => r.choices?.length)).toBe(false);
  });
});

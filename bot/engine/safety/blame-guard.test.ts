import { describe, expect, it } from 'vitest';
import { createFakePorts } from '../fake-ports';
import { initialState } from '../state';
import { buildInput, testClassifier, testNow, textOf, type InputOptions } from '../test-helpers';
import { createEngine } from '../engine';
import type { BotInput, EngineResult } from '../types';

/** A conversation whose inputs may carry the stored message id, as the web adapter's do. */
async function chat() {
  const engine = createEngine({ classifier: await testClassifier(), now: () => testNow });
  const ports = createFakePorts({}, testNow);
  let stored: unknown = JSON.parse(JSON.stringify(initialState()));
  const run = async (input: BotInput): Promise<EngineResult> => {
    const result = await engine.handleMessage(input, stored, ports);
    stored = JSON.parse(JSON.stringify(result.state));
    return result;
  };
  return {
    say: (text: string, options: InputOptions & { messageId?: string; name?: string } = {}) => {
      const input = buildInput(text, options);
      if (options.messageId) input.messageId = options.messageId;
      if (options.name) input.author.displayName = options.name;
      return run(input);
    },
    press: (value: string) => run(buildInput(value, { button: true })),
  };
}

const values = (result: EngineResult) => result.replies.flatMap((r) => r.choices ?? []);

describe('no public blame (Buurtbot)', () => {
  it('answers a named label in the shared room privately, with take back and private report', async () => {
    const c = await chat();
    const result = await c.say('Ruud is weer dronken, hij is echt een probleem', {
      channel: 'common',
      messageId: 'm-1',
    });
    expect(result.replies.map((r) => r.visibility)).toEqual(['private']);
    expect(textOf(result)).toContain('pijn doen');
    expect(textOf(result)).not.toContain('Ruud');
    expect(values(result)).toEqual([
      { n: 1, label: 'Haal mijn bericht weg', value: 'blame:takeback:m-1' },
      { n: 2, label: 'Maak er een privé-melding van', value: 'blame:report:m-1' },
    ]);
    expect(result.actions).toEqual([]);
  });

  it('takes the message back for the author who presses it', async () => {
    const c = await chat();
    await c.say('Jan van 14 is weer dronken', { channel: 'common', messageId: 'm-2' });
    const back = await c.press('blame:takeback:m-2');
    expect(back.actions).toEqual([
      { type: 'message.take_back', projectId: 'p-lindehof', userId: 'u-anna', messageId: 'm-2' },
    ]);
    expect(textOf(back)).toContain('Je bericht is weg');
    expect(back.state.flow).toBeNull();
  });

  it('makes it a private report with what they wrote', async () => {
    const c = await chat();
    await c.say('die van 7 steelt fietsen uit de stalling', {
      channel: 'common',
      messageId: 'm-3',
    });
    const report = await c.press('blame:report:m-3');
    expect(report.actions[0]).toMatchObject({
      type: 'concern.start',
      description: 'die van 7 steelt fietsen uit de stalling',
      fromSharedRoom: true,
      unit: '7',
    });
    expect(report.state.flow?.id).toBe('ladder');
  });

  it('reads a typed number in the private conversation as the choice', async () => {
    const c = await chat();
    await c.say('Kees is echt gestoord', { channel: 'common', messageId: 'm-4' });
    const typed = await c.say('1');
    expect(typed.actions).toEqual([expect.objectContaining({ type: 'message.take_back' })]);
  });

  it('still takes back after another question came in between; an old report points to the menu', async () => {
    const c = await chat();
    await c.say('Samir is een junk', { channel: 'common', messageId: 'm-5' });
    await c.say('Joke is een dief', { channel: 'common', messageId: 'm-6' });
    const older = await c.press('blame:takeback:m-5');
    expect(older.actions).toEqual([expect.objectContaining({ messageId: 'm-5' })]);
    const stale = await c.press('blame:report:m-5');
    expect(stale.actions).toEqual([]);
    expect(values(stale).map((ch) => ch.value)).toEqual(['/melding']);
    // The newer question still stands.
    const report = await c.press('blame:report:m-6');
    expect(report.actions[0]).toMatchObject({
      type: 'concern.start',
      description: 'Joke is een dief',
    });
  });

  it('offers only the private report when the message id is unknown', async () => {
    const c = await chat();
    const result = await c.say('Ruud is weer dronken', { channel: 'common' });
    expect(values(result).map((ch) => ch.label)).toEqual(['Maak er een privé-melding van']);
  });

  it.each([
    'Ruud bedankt voor de koffie',
    'Samir is niet dronken, hij is moe',
    'Om 14 uur is de koffieochtend',
    'Joke heeft heerlijke soep gemaakt',
  ])('says nothing to: %s', async (text) => {
    const c = await chat();
    const result = await c.say(text, { channel: 'common', messageId: 'm-7' });
    expect(result.replies).toEqual([]);
    expect(result.actions).toEqual([]);
  });

  it('does not take the author for a neighbour of themselves', async () => {
    const c = await chat();
    const result = await c.say('Ik ben Ruud, ik was vroeger verslaafd, nu gaat het goed', {
      channel: 'common',
      messageId: 'm-8',
      name: 'Ruud',
    });
    expect(result.replies).toEqual([]);
  });

  it('also in English', async () => {
    const c = await chat();
    const result = await c.say('Samir is a junkie, everyone knows', {
      channel: 'activities',
      messageId: 'm-9',
      locale: 'en',
    });
    expect(values(result).map((ch) => ch.label)).toEqual([
      'Take my message back',
      'Make it a private report',
    ]);
  });
});

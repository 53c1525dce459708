import { describe, expect, it } from 'vitest';
import { conversation, textOf } from '../test-helpers';
import type { FakeDefect } from '../fake-ports';

const hallLight: FakeDefect = {
  id: 'd-1',
  ref: 'G-1',
  what: 'De lamp in de hal doet het niet meer',
  spaceId: 'sp-hal',
  status: 'open',
  reporterIds: ['u-piet', 'u-fatima'],
};

describe('defect flow', () => {
  it('takes place, since and urgency from the words and asks only the check', async () => {
    const c = await conversation();
    const start = await c.say('/gebrek de voordeur van de fietsenstalling klemt al weken');
    expect(c.state.flow).toMatchObject({
      id: 'defect',
      step: 'urgency',
      data: { spaceId: 'sp-fiets', since: 'weeks' },
    });
    expect(textOf(start)).toContain('Is het dringend?');
    await c.press('no');
    const confirm = c.results.at(-1)!;
    expect(textOf(confirm)).toContain('Waar: Fietsenstalling');
    expect(textOf(confirm)).toContain('Sinds: Een week of langer');
    const done = await c.say('ja');
    expect(done.actions[0]).toMatchObject({
      type: 'defect.report',
      place: { kind: 'space', spaceId: 'sp-fiets' },
      since: 'weeks',
      urgency: 'normal',
    });
  });

  it('offers "me too" on a look-alike open case in the same place, and counts the person in', async () => {
    const c = await conversation({ ports: { defects: [hallLight] } });
    const similar = await c.say('/gebrek het licht in de hal is kapot');
    expect(c.state.flow).toMatchObject({ step: 'similar' });
    expect(textOf(similar)).toContain('G-1: "De lamp in de hal doet het niet meer" (Hal)');
    expect(textOf(similar)).toContain('2 mensen melden dit.');
    const buttons = similar.replies.at(-1)?.choices?.map((ch) => ch.label);
    expect(buttons).toEqual(['Ja, ik ook (G-1)', 'Nee, iets anders']);

    const done = await c.press('metoo:d-1');
    expect(done.actions).toEqual([
      {
        type: 'defect.metoo',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        defectId: 'd-1',
        locale: 'nl',
      },
    ]);
    expect(textOf(done)).toContain('Nu melden 3 mensen dit.');
    expect(c.state.flow).toBeNull();
  });

  it('takes a typed "ik ook" as "me too" when there is one case to join', async () => {
    const c = await conversation({ ports: { defects: [hallLight] } });
    await c.say('/gebrek het licht in de hal is kapot');
    const done = await c.say('ik ook');
    expect(done.actions[0]).toMatchObject({ type: 'defect.metoo', defectId: 'd-1' });
  });

  it('does not offer cases in another place, or that are about something else', async () => {
    const c = await conversation({
      ports: {
        defects: [
          hallLight,
          { ...hallLight, id: 'd-2', ref: 'G-2', what: 'lamp kapot', spaceId: 'sp-trap' },
          { ...hallLight, id: 'd-3', ref: 'G-3', what: 'de brievenbus klemt' },
          { ...hallLight, id: 'd-4', ref: 'G-4', status: 'solved' },
        ],
      },
    });
    await c.say('/gebrek de voordeur in de hal sluit niet');
    expect(c.state.flow).toMatchObject({ step: 'since' });
  });

  it('says when the person already reported the look-alike, and still lets them report something else', async () => {
    const c = await conversation({
      ports: { defects: [{ ...hallLight, reporterIds: ['u-anna'] }] },
    });
    const similar = await c.say('/gebrek lamp hal kapot');
    expect(textOf(similar)).toContain('Dit heb jij al gemeld.');
    expect(similar.replies.at(-1)?.choices?.map((ch) => ch.value)).toEqual(['no']);
    const next = await c.say('nee');
    expect(next.state.flow).toMatchObject({ step: 'since', data: { similarChecked: true } });
  });

  it('gives the repair number at once for a water leak, before asking anything else', async () => {
    const c = await conversation();
    const start = await c.say('/gebrek er lekt water door het plafond');
    const first = start.replies[0]?.text ?? '';
    expect(first).toContain('Bel nu meteen de reparatiedienst');
    expect(first).toContain('Reparatiedienst Woonstede: 030-555 0101');
    expect(c.state.flow).toMatchObject({
      step: 'where',
      data: { urgency: 'urgent', urgentKind: 'water_leak' },
    });
    await c.press('own');
    await c.press('today');
    const done = await c.say('ja');
    expect(done.actions[0]).toMatchObject({
      place: { kind: 'unit' },
      urgency: 'urgent',
      urgentKind: 'water_leak',
    });
    // The number is given once, not again at the end.
    expect(textOf(done)).not.toContain('030-555 0101');
  });

  it('treats no heating as urgent in winter only', async () => {
    const winter = await conversation();
    await winter.say('/gebrek de verwarming in de huiskamer doet het niet');
    expect(winter.state.flow?.data).toMatchObject({ urgency: 'urgent', urgentKind: 'no_heating' });

    const summer = await conversation({ now: new Date('2025-07-10T09:00:00Z') });
    await summer.say('/gebrek de verwarming in de huiskamer doet het niet');
    expect(summer.state.flow?.data.urgency).toBeUndefined();
    const asked = await summer.press('today');
    expect(textOf(asked)).toContain('Is het dringend?');
    const chosen = await summer.press('yes');
    expect(textOf(chosen)).toContain('Bel nu meteen de reparatiedienst');
  });

  it('says who to ask when the card has no repair number', async () => {
    const c = await conversation();
    c.ports.data.card = { ...c.ports.data.card, contacts: [] };
    const start = await c.say('/gebrek lekkage in de kelder');
    expect(textOf(start)).toContain('Bel je woningcorporatie');
  });

  it('answers a gas smell with what to do, 112 and the repair line, then starts a report', async () => {
    const c = await conversation();
    const result = await c.say('ik ruik gas in het trappenhuis');
    const text = textOf(result);
    expect(text).toContain('Ga naar buiten');
    expect(text).toContain('Bel 112 pas als je buiten bent');
    expect(text).toContain('Reparatiedienst Woonstede: 030-555 0101');
    expect(text).not.toContain('Wijkagent');
    expect(result.actions[0]).toMatchObject({ type: 'emergency.alert', kinds: ['gas'] });
    expect(c.state.flow).toMatchObject({
      id: 'defect',
      step: 'since',
      data: { spaceId: 'sp-trap', urgentKind: 'gas_smell', urgency: 'urgent' },
    });
    await c.press('today');
    const done = await c.say('ja');
    expect(done.actions[0]).toMatchObject({ type: 'defect.report', urgentKind: 'gas_smell' });
  });

  it('takes a gas smell typed as the description of a running report', async () => {
    const c = await conversation();
    await c.say('/gebrek');
    const result = await c.say('gaslucht in de kelder');
    expect(textOf(result)).toContain('Bel 112 pas als je buiten bent');
    expect(c.state.flow).toMatchObject({ id: 'defect', data: { urgentKind: 'gas_smell' } });
    expect(textOf(result)).not.toContain('gaan we daarna verder');
  });

  it('gives the corporation the gas advice, but no report to make', async () => {
    const c = await conversation();
    const result = await c.say('ik ruik gas in de kelder', { role: 'corporation' });
    expect(textOf(result)).toContain('Bel 112 pas als je buiten bent');
    expect(c.state.flow).toBeNull();
  });

  it('is not for the housing corporation', async () => {
    const c = await conversation();
    const result = await c.say('/gebrek lamp kapot in de hal', { role: 'corporation' });
    expect(textOf(result)).toContain('/gebrek');
    expect(c.state.flow).toBeNull();
  });

  it('speaks English and keeps the language for notifications', async () => {
    const c = await conversation();
    const start = await c.say('the light in the hall is broken');
    expect(textOf(start)).toContain('Since when');
    await c.press('days');
    await c.press('no');
    const done = await c.press('yes');
    expect(done.actions[0]).toMatchObject({ locale: 'en', place: { spaceId: 'sp-hal' } });
  });
});

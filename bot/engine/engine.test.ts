import { describe, expect, it } from 'vitest';
import { demoCard } from './fake-ports';
import { conversation, textOf } from './test-helpers';

describe('help request flow (the first complete flow)', () => {
  it('asks urgency, then asks staff at once and says who will answer; the topic only adds to it', async () => {
    const c = await conversation();
    const first = await c.say('ik heb hulp nodig');
    expect(first.replies).toHaveLength(1);
    expect(first.replies[0]?.visibility).toBe('private');
    expect(first.replies[0]?.choices?.map((ch) => ch.value)).toEqual(['yes', 'no']);
    expect(c.state.flow).toMatchObject({ id: 'help', step: 'urgent' });

    const asked = await c.say('1');
    // The request exists from the urgency answer on: nothing later can drop it.
    expect(asked.actions).toEqual([
      {
        type: 'help.request',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        urgent: true,
        topic: 'other',
        reason: 'asked',
        answeredBy: 'on_call',
      },
    ]);
    expect(textOf(asked)).toContain('Ilse heeft nu dienst');
    expect(c.state.flow).toMatchObject({ id: 'help', step: 'topic', data: { urgent: true } });

    const done = await c.say('Geld of post');
    expect(done.actions).toEqual([
      { type: 'help.detail', projectId: 'p-lindehof', userId: 'u-anna', topic: 'money' },
    ]);
    expect(textOf(done)).toContain('Ik heb het bij je vraag gezet');
    expect(done.replies.every((r) => r.visibility === 'private')).toBe(true);
    expect(c.state.flow).toBeNull();
  });

  it('keeps the request when the person stops or says something else after the urgency answer', async () => {
    const c = await conversation();
    await c.say('/hulp');
    const asked = await c.press('no');
    expect(asked.actions).toEqual([expect.objectContaining({ type: 'help.request' })]);
    const stopped = await c.say('laat maar');
    expect(stopped.actions).toEqual([]);
    expect(c.state.flow).toBeNull();
  });

  it("names the person's own support worker when the ports know one", async () => {
    const c = await conversation({
      ports: { support: { 'u-anna': { ownWorkerName: 'Joost', onCallName: 'Ilse' } } },
    });
    await c.say('/hulp');
    const asked = await c.press('no');
    expect(textOf(asked)).toContain('Je begeleider Joost neemt contact met je op.');
    expect(textOf(asked)).not.toContain('Ilse');
    expect(asked.actions[0]).toMatchObject({
      type: 'help.request',
      urgent: false,
      topic: 'other',
      answeredBy: 'own_worker',
    });
    const skipped = await c.press('skip');
    expect(skipped.actions).toEqual([]);
    expect(textOf(skipped)).toContain('Je vraag is al doorgegeven');
  });

  it('says "een begeleider" when nobody is known', async () => {
    const c = await conversation({ ports: { defaultSupport: {} } });
    await c.say('/hulp');
    const asked = await c.say('nee');
    expect(textOf(asked)).toContain('Ik geef je vraag aan alle begeleiders van het project.');
    expect(asked.actions[0]).toMatchObject({ answeredBy: 'any_staff' });
  });

  it('skips what the message already says and keeps their words for staff', async () => {
    const c = await conversation();
    const done = await c.say('/hulp dringend, ik snap een brief over mijn huur niet');
    expect(done.actions[0]).toMatchObject({
      type: 'help.request',
      urgent: true,
      topic: 'money',
      note: 'dringend, ik snap een brief over mijn huur niet',
    });
    expect(c.state.flow).toBeNull();
  });

  it('takes free words as the topic answer', async () => {
    const c = await conversation();
    await c.say('/support');
    const asked = await c.say('no');
    expect(textOf(asked)).toContain('will contact you');
    const done = await c.say('I feel so lonely lately');
    expect(done.actions[0]).toMatchObject({
      type: 'help.detail',
      topic: 'health',
      note: 'I feel so lonely lately',
    });
  });

  it('always answers privately, also when asked in the common room', async () => {
    const c = await conversation();
    const started = await c.say('/hulp', { channel: 'common' });
    expect(started.replies.filter((r) => r.visibility === 'channel').map((r) => r.text)).toEqual([
      'Ik stuur je een persoonlijk bericht. Daar gaan we verder.',
    ]);
    // The answer arrives as a button press from the private conversation.
    const next = await c.press('yes');
    expect(next.replies.every((r) => r.visibility === 'private')).toBe(true);
  });

  it('does not take chat in the common room as an answer to a running flow', async () => {
    const c = await conversation();
    await c.say('/hulp');
    const chat = await c.say('ja leuk, tot vanavond!', { channel: 'common' });
    expect(chat.replies).toEqual([]);
    expect(c.state.flow).toMatchObject({ id: 'help', step: 'urgent' });
  });
});

describe('state survives a restart', () => {
  it('continues a half-finished flow from JSON with a new engine instance', async () => {
    const before = await conversation();
    await before.say('/melding');
    const stored = JSON.stringify(before.state);

    const after = await conversation();
    const result = await after.engine.handleMessage(
      {
        text: 'de buren draaien elke nacht keiharde muziek',
        author: { userId: 'u-anna', displayName: 'Anna', role: 'resident', locale: 'nl' },
        projectId: 'p-lindehof',
        channel: { id: 'c-bot', kind: 'bot' },
      },
      JSON.parse(stored),
      after.ports,
    );
    expect(result.state.flow).toMatchObject({
      id: 'concern',
      step: 'confirm',
      data: { category: 'noise', when: 'elke nacht' },
    });
  });
});

describe('emergency first', () => {
  it('interrupts any flow with 112, the police contact and an urgent alert, and keeps the flow', async () => {
    const c = await conversation();
    await c.say('/melding');
    const emergency = await c.say('help hij staat met een mes voor mijn deur');
    expect(textOf(emergency)).toContain('Bel nu 112');
    expect(textOf(emergency)).toContain('Wijkagent Sanne de Boer: 0900-8844');
    expect(emergency.actions).toEqual([
      expect.objectContaining({
        type: 'emergency.alert',
        kinds: expect.arrayContaining(['weapon']),
        text: 'help hij staat met een mes voor mijn deur',
        channelKind: 'bot',
      }),
    ]);
    expect(c.state.flow).toMatchObject({ id: 'concern', step: 'describe' });
    // ... and the flow may go on.
    const next = await c.say('er ligt steeds afval bij de voordeur');
    expect(next.state.flow).toMatchObject({ id: 'concern', step: 'confirm' });
  });

  it('answers danger in the common room in the room, and self-harm always privately with 113', async () => {
    const c = await conversation();
    const fire = await c.say('er is brand op de tweede verdieping!!', { channel: 'common' });
    expect(fire.replies[0]?.visibility).toBe('channel');
    expect(fire.actions[0]).toMatchObject({ type: 'emergency.alert', kinds: ['fire'] });

    const selfHarm = await c.say('ik wil niet meer leven', { channel: 'common' });
    expect(selfHarm.replies.map((r) => r.visibility)).toEqual(['private']);
    expect(textOf(selfHarm)).toContain('113');
    expect(selfHarm.actions[0]).toMatchObject({ type: 'emergency.alert', kinds: ['self_harm'] });
  });

  it('speaks English to English emergencies', async () => {
    const c = await conversation();
    const result = await c.say('my neighbour is hitting his wife, she is screaming');
    expect(textOf(result)).toContain('Call 112 now');
    expect(result.actions[0]).toMatchObject({ type: 'emergency.alert' });
  });
});

describe('stop, cancel and help inside a flow', () => {
  it.each(['stop', 'Annuleer', 'cancel', '/stop', 'laat maar'])(
    '"%s" ends the flow without passing anything on',
    async (word) => {
      const c = await conversation();
      await c.say('/zorg');
      const result = await c.say(word);
      expect(result.actions).toEqual([]);
      expect(textOf(result)).toMatch(/we stoppen|we stop/i);
      expect(c.state.flow).toBeNull();
    },
  );

  it('"help" explains the current step and asks again', async () => {
    const c = await conversation();
    await c.say('/hulp');
    const result = await c.say('help');
    expect(textOf(result)).toContain('Dringend betekent');
    expect(result.replies[0]?.choices?.map((ch) => ch.value)).toEqual(['yes', 'no']);
    expect(c.state.flow).toMatchObject({ id: 'help', step: 'urgent' });
  });
});

describe('misunderstanding: never a dead end', () => {
  it('rephrases with numbered choices, and offers a person after the second time', async () => {
    const c = await conversation();
    await c.say('/hulp');
    const first = await c.say('banaan');
    expect(textOf(first)).toContain('1. Ja, het is dringend');
    expect(textOf(first)).toContain('2. Nee, vandaag of morgen is goed');
    expect(first.replies).toHaveLength(1);
    expect(c.state.misunderstandings).toBe(1);

    const second = await c.say('paars');
    expect(second.replies).toHaveLength(2);
    expect(second.replies[1]?.choices?.map((ch) => ch.value)).toEqual(['human', 'human:no']);

    const human = await c.press('human');
    expect(human.actions[0]).toMatchObject({
      type: 'help.request',
      reason: 'bot_misunderstood',
      urgent: false,
    });
    expect(c.state).toMatchObject({ flow: null, misunderstandings: 0 });
  });

  it('offers the menu for a message it does not understand, and numbers work', async () => {
    const c = await conversation();
    const unknown = await c.say('qwertyuiop');
    expect(unknown.replies[0]?.choices?.length).toBe(6);
    expect(textOf(unknown)).toContain('3. Hulp van een begeleider');
    const chosen = await c.say('3');
    expect(chosen.state.flow).toMatchObject({ id: 'help' });
  });

  it('reads a number as the choice of the list shown last', async () => {
    const c = await conversation();
    await c.say('/activiteiten');
    const chosen = await c.say('1');
    expect(chosen.state.flow).toMatchObject({ id: 'signup' });
  });

  it('resets the count once understood', async () => {
    const c = await conversation();
    await c.say('/hulp');
    await c.say('banaan');
    await c.say('ja');
    expect(c.state.misunderstandings).toBe(0);
  });
});

describe('no public shaming', () => {
  it('answers an accusation in the common room only privately, offering a private melding', async () => {
    const c = await conversation();
    const result = await c.say('die junk van nummer 12 maakt elke nacht herrie', {
      channel: 'common',
    });
    expect(result.replies.length).toBeGreaterThan(0);
    expect(result.replies.every((r) => r.visibility === 'private')).toBe(true);
    expect(textOf(result)).not.toContain('junk');
    expect(textOf(result)).toContain('privé-melding');
    expect(result.actions).toEqual([]);

    const report = result.replies.at(-1)?.choices?.find((ch) => ch.label.includes('privé'));
    const yes = await c.press(report?.value ?? '');
    expect(yes.actions[0]).toMatchObject({
      type: 'concern.start',
      fromSharedRoom: true,
      unit: '12',
      category: 'noise',
    });
  });

  it('also in the activities room, and in English', async () => {
    const c = await conversation();
    const result = await c.say('the guy in flat 3 is always drunk and yelling', {
      channel: 'activities',
    });
    expect(result.replies.map((r) => r.visibility)).toEqual(['private']);
    expect(textOf(result)).toContain('private report');
  });

  it('stays silent on ordinary chat in the common room', async () => {
    const c = await conversation();
    for (const text of [
      'wie heeft er zin in koffie?',
      'mooi weer vandaag',
      'ik heb heerlijk gekookt',
    ]) {
      const result = await c.say(text, { channel: 'common' });
      expect(result.replies).toEqual([]);
    }
  });

  it('takes a bare number in the common room as chat, unless asked for choices there', async () => {
    const c = await conversation();
    const answer = await c.say('5', { channel: 'common' });
    expect(answer.replies).toEqual([]);
    expect(answer.state.flow).toBeNull();
    // The list asked for in the person's Buurtbot channel: "1" in the common room is chat.
    await c.say('/activiteiten');
    const chat = await c.say('1', { channel: 'common' });
    expect(chat.replies).toEqual([]);
    expect(chat.state.flow).toBeNull();
    // The list asked for in the common room (on Discord it shows there): "1" there chooses.
    await c.say('/activiteiten', { channel: 'common' });
    const chosen = await c.say('1', { channel: 'common' });
    expect(chosen.state.flow).toMatchObject({ id: 'signup' });
  });

  it('answers in the room when addressed by name', async () => {
    const c = await conversation();
    const result = await c.say('Buurtbot, welke activiteiten zijn er?', { channel: 'common' });
    expect(result.replies[0]?.visibility).toBe('channel');
    expect(textOf(result)).toContain('Filmavond');
  });
});

describe('card, greeting, activities', () => {
  it('greets by name with the menu', async () => {
    const c = await conversation();
    const result = await c.say('hoi');
    expect(textOf(result)).toContain('Hoi Anna! Ik ben Buurtbot van De Lindehof.');
    expect(result.replies[0]?.choices?.[0]?.value).toBe('/melding');
  });

  it('answers card questions from the card', async () => {
    const c = await conversation();
    const leak = await c.say('wie bel ik bij lekkage?');
    expect(textOf(leak)).toContain('Reparatiedienst Woonstede: 030-555 0101');
    expect(textOf(leak)).not.toContain('Wijkagent');
    const whole = await c.say('/buurtkaart');
    expect(textOf(whole)).toContain('Buurtkaart van De Lindehof');
    expect(textOf(whole)).toContain('Wijkagent Sanne de Boer');
    const english = await c.say('/card');
    expect(textOf(english)).toContain('Neighbourhood card of De Lindehof');
  });

  it('writes each number once: 112 only in the danger line, a contact named by its number once', async () => {
    const card = demoCard();
    card.contacts.push(
      { kind: 'emergency', name: '112', phone: '112' },
      { kind: 'support', name: '113', phone: '113', note: 'Als je niet meer wilt leven.' },
    );
    const c = await conversation({ ports: { card } });
    const lines = textOf(await c.say('/buurtkaart')).split('\n');
    expect(lines.filter((line) => line.includes('112'))).toEqual(['Bij gevaar: bel altijd 112.']);
    expect(lines).toContain('- 113 (Als je niet meer wilt leven.)');
  });

  it('lists activities and signs up by name, or by choice', async () => {
    const c = await conversation();
    const list = await c.say('/activiteiten');
    expect(textOf(list)).toContain('Filmavond');
    const direct = await c.say('ik wil me aanmelden voor de filmavond');
    expect(direct.actions).toEqual([
      {
        type: 'activity.signup',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-film',
      },
    ]);

    await c.say('/aanmelden');
    const full = await c.say('3');
    // A full activity too: the server answers with the waitlist place.
    expect(full.actions[0]).toMatchObject({ activityId: 'act-tafeltennis' });
    expect(full.replies).toEqual([]);
  });

  it('cancels a sign-up only after asking once', async () => {
    const c = await conversation({ ports: { signups: { 'u-anna': ['act-koffie'] } } });
    await c.say('ik kan toch niet komen');
    expect(c.state.flow).toMatchObject({ id: 'cancel' });
    const asked = await c.say('1');
    expect(asked.actions).toEqual([]);
    expect(textOf(asked)).toMatch(
      /^Wil je je afmelden voor Koffieochtend \(.+\)\? Dan is je plek weg\.$/,
    );
    expect(asked.replies.at(-1)?.choices?.map((choice) => choice.label)).toEqual([
      'Ja, meld me af',
      'Nee, ik blijf',
    ]);
    const done = await c.say('ja doe maar');
    expect(done.actions).toEqual([
      {
        type: 'activity.cancel',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-koffie',
      },
    ]);
    expect(done.state.flow).toBeNull();
  });

  it('keeps the sign-up when the answer is no', async () => {
    const c = await conversation({ ports: { signups: { 'u-anna': ['act-koffie'] } } });
    const asked = await c.say('/afmelden koffieochtend');
    expect(textOf(asked)).toContain('Wil je je afmelden voor Koffieochtend');
    const kept = await c.say('nee');
    expect(kept.actions).toEqual([]);
    expect(textOf(kept)).toBe('Goed. Je blijft aangemeld voor Koffieochtend.');
    expect(kept.state.flow).toBeNull();
  });

  it('lets only coordinators and staff create activities', async () => {
    const c = await conversation();
    const refused = await c.say('/activiteit');
    expect(refused.state.flow).toBeNull();
    expect(textOf(refused)).toContain('voor de woonvereniging en de begeleiders');

    await c.say('/activiteit Spelletjesavond', { role: 'coordinator' });
    await c.say('vrijdag', { role: 'coordinator' });
    const place = await c.say('20 uur', { role: 'coordinator' });
    expect(textOf(place)).toContain('Waar is het?');
    await c.say('Huiskamer', { role: 'coordinator' });
    const done = await c.say('12 mensen', { role: 'coordinator' });
    expect(done.actions).toEqual([
      {
        type: 'activity.create',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        title: 'Spelletjesavond',
        date: '2025-03-14',
        time: '20:00',
        place: 'Huiskamer',
        capacity: 12,
      },
    ]);
  });

  it('/help lists the commands for the role', async () => {
    const c = await conversation();
    const resident = textOf(await c.say('/help'));
    expect(resident).toContain('/melding: ');
    expect(resident).toContain('/afmelden: ');
    // No English names in the Dutch list; people who read English get them.
    expect(resident).not.toContain('(/report)');
    expect(resident).not.toContain('/activiteit: ');
    const english = textOf(await c.say('/help', { locale: 'en' }));
    expect(english).toContain('/melding (/report)');
    expect(english).toContain('/afmelden (/withdraw)');
    const coordinator = textOf(await c.say('/help', { role: 'coordinator' }));
    expect(coordinator).toContain('/activiteit: ');
  });

  it('tells about unknown commands and offers the menu', async () => {
    const c = await conversation();
    const result = await c.say('/pizza');
    expect(textOf(result)).toContain('De opdracht /pizza ken ik niet');
    expect(result.replies[0]?.choices?.length).toBe(6);
  });
});

describe('care signal and concern and defect', () => {
  it('care signal from free text asks only the house number', async () => {
    const c = await conversation();
    const start = await c.say('ik maak me zorgen om mijn buurvrouw, ik zie haar al dagen niet');
    expect(c.state.flow).toMatchObject({ id: 'care', step: 'unit' });
    expect(start.replies.every((r) => r.visibility === 'private')).toBe(true);
    const done = await c.say('huisnummer 4b');
    expect(done.actions).toEqual([
      {
        type: 'care.signal',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        note: 'ik maak me zorgen om mijn buurvrouw, ik zie haar al dagen niet',
        unit: '4B',
      },
    ]);
  });

  it('concern: asks, summarises what it understood, and passes it on only after yes', async () => {
    const c = await conversation();
    await c.say('/melding');
    const confirm = await c.say('er is elke nacht harde muziek bij nummer 12');
    expect(textOf(confirm)).toContain(
      'Het gaat over geluid. Het gebeurt elke nacht. Het is bij nummer 12.',
    );
    expect(confirm.actions).toEqual([]);
    const no = await c.say('nee');
    expect(no.actions).toEqual([]);
    expect(textOf(no)).toContain('ik geef niets door');
  });

  it('defect: where, since when, urgency, check, then passed on', async () => {
    const c = await conversation();
    await c.say('/gebrek');
    const where = await c.say('de lamp is kapot');
    expect(where.state.flow).toMatchObject({ step: 'where' });
    await c.press('space:sp-trap');
    await c.press('days');
    await c.press('no');
    const done = await c.say('ja');
    expect(done.actions).toEqual([
      {
        type: 'defect.report',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        description: 'de lamp is kapot',
        place: { kind: 'space', spaceId: 'sp-trap' },
        since: 'days',
        urgency: 'normal',
        locale: 'nl',
      },
    ]);
  });
});

describe('English', () => {
  it('answers English free text in English and keeps the language through the flow', async () => {
    const c = await conversation();
    const start = await c.say('there is loud music every night from flat 12');
    expect(textOf(start)).toContain(
      'It is about noise. It happens every night. It is at number 12.',
    );
    const done = await c.say('ja');
    expect(textOf(done)).toContain('Your report has been passed on.');
  });

  it('answers English commands in English for a Dutch profile', async () => {
    const c = await conversation();
    expect(textOf(await c.say('/support'))).toContain('Is it urgent?');
  });

  it('uses the profile language for a message it cannot place', async () => {
    const c = await conversation();
    expect(textOf(await c.say('/buurtkaart', { locale: 'en' }))).toContain('Neighbourhood card');
  });
});

describe('staff room', () => {
  it('does not raise alerts for staff talking about an incident', async () => {
    const c = await conversation();
    const result = await c.say('de bewoner van 12 dreigde gisteren met een mes, ik ga langs', {
      channel: 'staff',
      role: 'staff',
    });
    expect(result).toMatchObject({ replies: [], actions: [] });
  });
});

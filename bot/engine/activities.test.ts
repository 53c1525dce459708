import { describe, expect, it } from 'vitest';
import { demoActivities } from './fake-ports';
import { conversation, testNow } from './test-helpers';
import type { EngineResult } from './types';

const textOf = (result: EngineResult) => result.replies.map((r) => r.text).join('\n');

function withDinner() {
  const activities = [
    ...demoActivities(testNow),
    {
      id: 'act-dinner',
      title: 'Walking dinner',
      startsAt: '2025-03-15T17:00:00.000Z',
      place: 'Binnentuin',
      spotsLeft: 8,
      signedUp: false,
      maxGuests: 3,
    },
  ];
  return activities;
}

describe('activities with Buurtbot, in Dutch', () => {
  it('signs up from free text, with the children mentioned', async () => {
    const c = await conversation({ ports: { activities: withDinner() } });
    const result = await c.say('ik wil mee met het walking dinner met mijn 2 kinderen');
    expect(result.actions).toEqual([
      {
        type: 'activity.signup',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-dinner',
        guests: 2,
      },
    ]);
    const alone = await (
      await conversation({ ports: { activities: withDinner() } })
    ).say('ik wil mee met het walking dinner');
    expect(alone.actions[0]).toEqual({
      type: 'activity.signup',
      projectId: 'p-lindehof',
      userId: 'u-anna',
      activityId: 'act-dinner',
    });
  });

  it('signs up from an invitation button carrying the activity id', async () => {
    const c = await conversation({ ports: { activities: withDinner() } });
    const result = await c.press('/aanmelden act-dinner');
    expect(result.actions[0]).toMatchObject({ type: 'activity.signup', activityId: 'act-dinner' });
  });

  it('cancels by day: "ik kan vrijdag toch niet"', async () => {
    const c = await conversation({ ports: { signups: { 'u-anna': ['act-koffie', 'act-film'] } } });
    const asked = await c.say('ik kan vrijdag toch niet');
    expect(asked.actions).toEqual([]);
    expect(textOf(asked)).toContain('Wil je je afmelden voor Koffieochtend');
    const result = await c.say('ja');
    expect(result.actions).toEqual([
      {
        type: 'activity.cancel',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-koffie',
      },
    ]);
  });

  it('asks when places are free but not for the whole group, instead of waitlisting it', async () => {
    const activities = demoActivities(testNow).map((a) =>
      a.id === 'act-film' ? { ...a, spotsLeft: 1, maxGuests: 3 } : a,
    );
    const c = await conversation({ ports: { activities } });
    const asked = await c.say('/aanmelden filmavond met 2 gasten');
    expect(asked.actions).toEqual([]);
    expect(textOf(asked)).toBe(
      'Er is nog 1 plek vrij bij Filmavond. Dat is niet genoeg voor jou en je 2 gasten samen. Wat wil je?',
    );
    expect(asked.replies.at(-1)?.choices?.map((choice) => choice.label)).toEqual([
      'Alleen ik, zonder gasten',
      'Samen op de wachtlijst',
      'Toch niet',
    ]);
    const alone = await c.say('alleen ik');
    expect(alone.actions).toEqual([
      {
        type: 'activity.signup',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-film',
      },
    ]);

    const d = await conversation({ ports: { activities } });
    await d.say('/aanmelden filmavond met 2 gasten');
    const together = await d.say('samen op de wachtlijst');
    expect(together.actions[0]).toMatchObject({ activityId: 'act-film', guests: 2 });

    const e = await conversation({ ports: { activities } });
    await e.say('/aanmelden filmavond met 2 gasten');
    const none = await e.say('3');
    expect(none.actions).toEqual([]);
    expect(textOf(none)).toBe('Goed. Ik meld je niet aan.');
  });

  it('answers an offered place with the buttons, or step by step', async () => {
    const activities = demoActivities(testNow).map((a) =>
      a.id === 'act-film' ? { ...a, signedUp: true, status: 'offered' as const } : a,
    );
    const c = await conversation({ ports: { activities } });
    const pressed = await c.press('/plek ja act-film');
    expect(pressed.actions).toEqual([
      {
        type: 'activity.offer_answer',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-film',
        accept: true,
      },
    ]);
    const asked = await c.say('/plek');
    expect(textOf(asked)).toContain('Er is een plek vrij bij Filmavond');
    const no = await c.say('nee');
    expect(no.actions[0]).toMatchObject({ type: 'activity.offer_answer', accept: false });
  });

  it('takes a volunteer for a task by name', async () => {
    const c = await conversation();
    const result = await c.say('ik wil helpen met hapjes maken');
    expect(result.actions).toEqual([
      {
        type: 'volunteer.signup',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        taskId: 'task-film-snacks',
      },
    ]);
  });

  it('lets a coordinator ask for volunteers, and not a resident', async () => {
    const activities = demoActivities(testNow).map((a) =>
      a.id === 'act-film' ? { ...a, openTasks: 2 } : a,
    );
    const c = await conversation({ ports: { activities } });
    const refused = await c.say('/vrijwilligers');
    expect(refused.actions).toEqual([]);
    const asked = await c.say('/vrijwilligers', { role: 'coordinator' });
    expect(textOf(asked)).toContain('Voor welke activiteit zoek je helpers?');
    const done = await c.say('1', { role: 'coordinator' });
    expect(done.actions).toEqual([
      { type: 'volunteer.call', projectId: 'p-lindehof', userId: 'u-anna', activityId: 'act-film' },
    ]);
  });
});

describe('activities with Buurtbot, in English', () => {
  it('cancels "me for friday"', async () => {
    const c = await conversation({ ports: { signups: { 'u-anna': ['act-koffie'] } } });
    const asked = await c.say('cancel me for friday', { locale: 'en' });
    expect(textOf(asked)).toContain('Do you want to cancel your place for Koffieochtend');
    expect(asked.replies.at(-1)?.choices?.map((choice) => choice.label)).toEqual([
      'Yes, cancel',
      'No, I am staying',
    ]);
    const result = await c.say('yes please', { locale: 'en' });
    expect(result.actions).toEqual([
      {
        type: 'activity.cancel',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        activityId: 'act-koffie',
      },
    ]);
  });

  it('signs up with guests: "sign me up for the film night with my two kids"', async () => {
    const c = await conversation();
    const result = await c.say('sign me up for the film night with my two kids', { locale: 'en' });
    expect(result.actions[0]).toMatchObject({ activityId: 'act-film', guests: 2 });
  });

  it('volunteers: "can I volunteer?" lists the tasks, a number picks one', async () => {
    const c = await conversation();
    const asked = await c.say('can I volunteer?', { locale: 'en' });
    expect(textOf(asked)).toContain('What would you like to help with?');
    expect(textOf(asked)).toContain('Hapjes maken at Filmavond');
    const done = await c.say('1', { locale: 'en' });
    expect(done.actions[0]).toMatchObject({ type: 'volunteer.signup', taskId: 'task-film-snacks' });
  });

  it('creates an activity step by step', async () => {
    const c = await conversation();
    await c.say('/newactivity Games night', { role: 'coordinator', locale: 'en' });
    await c.say('friday 8pm', { role: 'coordinator', locale: 'en' });
    await c.press('skip', { role: 'coordinator', locale: 'en' });
    const done = await c.press('none', { role: 'coordinator', locale: 'en' });
    expect(done.actions).toEqual([
      {
        type: 'activity.create',
        projectId: 'p-lindehof',
        userId: 'u-anna',
        title: 'Games night',
        date: '2025-03-14',
        time: '20:00',
      },
    ]);
  });
});

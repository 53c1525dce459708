import { describe, expect, it } from 'vitest';
import { initialState, parseState, STATE_VERSION } from './state';

describe('conversation state', () => {
  it('round-trips through JSON unchanged', () => {
    const state = {
      version: STATE_VERSION,
      locale: 'nl' as const,
      flow: {
        id: 'help',
        step: 'topic',
        data: { urgent: true, note: 'brief van de gemeente' },
        startedAt: '2025-03-12T09:00:00.000Z',
      },
      misunderstandings: 1,
      offered: null,
      offeredIn: null,
      safetyCheck: null,
    };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('starts fresh from anything unreadable or older', () => {
    expect(parseState(undefined)).toEqual(initialState());
    expect(parseState({ version: 0, flow: null })).toEqual(initialState());
    expect(parseState('garbage')).toEqual(initialState());
  });
});

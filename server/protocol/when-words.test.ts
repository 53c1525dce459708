import { describe, expect, it } from 'vitest';
import { extractWhen } from './when-words';

describe('extractWhen', () => {
  it.each([
    ['er is elke nacht harde muziek', 'elke nacht', 'recurring'],
    ['iedere avond weer herrie', 'iedere avond', 'recurring'],
    ["'s nachts hoor ik gebonk", "'s nachts", 'recurring'],
    ['loud music every night', 'every night', 'recurring'],
    ['het stinkt al sinds gisteren', 'sinds gisteren', 'since'],
    ['al 3 weken feestjes', 'al 3 weken', 'since'],
    ['barking for weeks', 'for weeks', 'since'],
    ['since yesterday it smells', 'since yesterday', 'since'],
    ['vannacht was het weer raak', 'vannacht', 'moment'],
    ['last night there was a fight', 'last night', 'moment'],
  ])('%s -> %s (%s)', (text, expected, kind) => {
    expect(extractWhen(text)).toEqual({ text: expected, kind });
  });

  it('finds nothing without a time', () => {
    expect(extractWhen('de lamp is kapot')).toBeUndefined();
  });
});

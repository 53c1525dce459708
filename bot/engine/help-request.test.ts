import { describe, expect, it } from 'vitest';
import { helpForSelf, plainPracticalHelp } from './help-request';

describe('a request for one’s own help', () => {
  it.each([
    ['wie kan met mij naar mijn belastingbrief kijken', 'card.show'],
    ['ik snap niet hoe ik die toeslag moet aanvragen', 'unknown'],
    ['ik heb hulp nodig bij het invullen van een formulier', 'unknown'],
    ['kan mijn begeleider deze week bellen, ik heb vragen over mijn uitkering', 'care.signal'],
    ['I need some help with my bills', 'card.show'],
  ] as const)('%s (read as %s) -> help.request', (text, read) => {
    expect(helpForSelf(text, read)).toBe('help.request');
  });

  it.each([
    ['wat is het nummer van de wijkagent, wie kan helpen', 'card.show'],
    [
      'kan iemand helpen, mijn buurvrouw zit al dagen binnen en haar post stapelt op',
      'care.signal',
    ],
    ['wie kan helpen bij ruzie met de buren, is er bemiddeling', 'card.show'],
    ['kan iemand me helpen met aanmelden voor de kookclub', 'activity.signup'],
  ] as const)('%s (read as %s) keeps its reading', (text, read) => {
    expect(helpForSelf(text, read)).toBeUndefined();
  });
});

describe('a request for help read as an activity, and plain practical help', () => {
  it('a sign-up or a cancellation with no activity in it', () => {
    expect(helpForSelf('kan er iemand met me mee naar het ziekenhuis', 'activity.signup')).toBe(
      'help.request',
    );
    expect(
      helpForSelf('kan iemand me helpen met aanmelden voor de kookclub', 'activity.signup'),
    ).toBe(undefined);
  });

  it('practical help with no distress and nobody else in it', () => {
    expect(plainPracticalHelp('ik heb hulp nodig met mijn belastingpapieren')).toBe(true);
    expect(plainPracticalHelp('kan iemand komen helpen, mijn vriend doet raar na die pillen')).toBe(
      false,
    );
    expect(plainPracticalHelp('ik heb hulp nodig met de huur, ik ben zo bang')).toBe(false);
  });
});

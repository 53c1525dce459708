import { describe, expect, it } from 'vitest';
import { helpForSelf } from './help-request';

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

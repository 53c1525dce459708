import type { CardContactKind } from '../../../server/protocol/card';
import { normalize } from '../../../server/protocol/text';

const topics: [CardContactKind, string[]][] = [
  ['police', ['wijkagent', 'politie', 'agent', 'police', 'officer', 'cop']],
  [
    'repairs',
    [
      'lekkage',
      'lek',
      'lekt',
      'reparatie',
      'repar',
      'kapot',
      'verwarming',
      'storing',
      'stroom',
      'riool',
      'verstopt',
      'schimmel',
      'leak',
      'repair',
      'broken',
      'heating',
      'mould',
      'mold',
      'plumbing',
    ],
  ],
  [
    'corporation',
    [
      'huur',
      'corporatie',
      'verhuurder',
      'woningcorporatie',
      'woonstichting',
      'contract',
      'rent',
      'landlord',
      'housing association',
    ],
  ],
  [
    'mediation',
    [
      'buurtbemiddeling',
      'bemiddeling',
      'bemiddelaar',
      'ruzie',
      'mediation',
      'mediator',
      'conflict',
    ],
  ],
  [
    'support',
    ['begeleider', 'begeleiding', 'hulpverlener', 'zorg', 'support worker', 'support', 'care'],
  ],
  [
    'association',
    ['woonvereniging', 'bewonerscommissie', 'vereniging', 'association', 'committee'],
  ],
  ['emergency', ['noodgeval', 'spoed', 'nood', 'emergency', 'urgent']],
];

/** Which kind of contact a card question is about ("wie bel ik bij lekkage?" -> repairs). */
export function extractCardTopic(text: string): CardContactKind | undefined {
  const norm = normalize(text);
  const tokens = norm.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const [kind, list] of topics) {
    for (const key of list) {
      if (
        key.includes(' ')
          ? norm.includes(key)
          : tokens.some((t) => (key.length <= 4 ? t === key : t.startsWith(key)))
      ) {
        return kind;
      }
    }
  }
  return undefined;
}

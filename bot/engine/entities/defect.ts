import type { DefectSince, SpaceKind, UrgentKind } from '../../../server/protocol/defects';
import { detectEmergency } from '../safety/emergency';
import { normalize, phraseRegex } from '../../../server/protocol/text';

/** Words for the kinds of shared space, Dutch and English. */
const spaceWords: [SpaceKind, string[]][] = [
  ['hall', ['hal', 'hall', 'gang', 'gangen', 'hallway', 'corridor', 'portiek', 'overloop']],
  ['lift', ['lift', 'elevator']],
  ['stairwell', ['trappenhuis', 'trap', 'stairwell', 'stairs', 'staircase']],
  [
    'bicycle_storage',
    [
      'fietsenstalling',
      'fietsenkelder',
      'fietsenhok',
      'bike shed',
      'bicycle storage',
      'bike storage',
    ],
  ],
  ['laundry', ['wasruimte', 'washok', 'laundry room', 'laundry']],
  [
    'common_room',
    [
      'huiskamer',
      'gemeenschappelijke ruimte',
      'gezamenlijke ruimte',
      'gemeenschapsruimte',
      'common room',
      'community room',
    ],
  ],
  ['storage', ['kelder', 'berging', 'bergingen', 'basement', 'storage', 'storage room']],
  [
    'entrance',
    ['ingang', 'voordeur', 'hoofdingang', 'entree', 'entrance', 'front door', 'main door'],
  ],
  ['gallery', ['galerij', 'walkway', 'gallery']],
  ['garden', ['tuin', 'binnentuin', 'garden', 'courtyard']],
];
const spaceRegexes = spaceWords.map(([kind, words]) => [kind, phraseRegex(words)] as const);

/** The kind of shared space a message names ("de lamp in de hal" -> `hall`), if any. */
export function extractSpaceKind(text: string): SpaceKind | undefined {
  const norm = normalize(text);
  return spaceRegexes.find(([, regex]) => regex.test(norm))?.[0];
}

/** Words that mean "in my own home" rather than a shared space. */
const ownHome = phraseRegex([
  'bij mij thuis',
  'in mijn huis',
  'in mijn woning',
  'in mijn flat',
  'in mijn appartement',
  'mijn eigen huis',
  'mijn eigen woning',
  'bij mij in huis',
  'at my home',
  'in my home',
  'in my flat',
  'in my apartment',
  'my own home',
  'my own flat',
  'at my place',
]);

export function mentionsOwnHome(text: string): boolean {
  return ownHome.test(normalize(text));
}

const sinceWords: [DefectSince, RegExp][] = [
  [
    'weeks',
    phraseRegex([
      'week',
      'weken',
      'maand',
      'maanden',
      'jaar',
      'al lang',
      'heel lang',
      'lang',
      'weeks',
      'a week',
      'month',
      'months',
      'long time',
      'ages',
    ]),
  ],
  [
    'days',
    phraseRegex([
      'gisteren',
      'eergisteren',
      'dagen',
      'paar dagen',
      'een paar dagen',
      'weekend',
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
      'yesterday',
      'days',
      'few days',
      'couple of days',
      'since monday',
      'since tuesday',
      'since wednesday',
      'since thursday',
      'since friday',
      'since saturday',
      'since sunday',
    ]),
  ],
  [
    'today',
    phraseRegex([
      'vandaag',
      'net',
      'zojuist',
      'vanochtend',
      'vanmorgen',
      'vanmiddag',
      'vanavond',
      'vannacht',
      'sinds kort',
      'today',
      'just now',
      'this morning',
      'this afternoon',
      'this evening',
      'last night',
      'tonight',
    ]),
  ],
];

/** Since when, as said in words ("sinds gisteren" -> `days`); undefined when it says nothing. */
export function extractSince(text: string): DefectSince | undefined {
  const norm = normalize(text);
  return sinceWords.find(([, regex]) => regex.test(norm))?.[0];
}

const waterLeak = phraseRegex([
  'lek',
  'lekt',
  'lekken',
  'lekkage',
  'daklekkage',
  'waterlek',
  'waterlekkage',
  'lekkende',
  'water op de vloer',
  'water door het plafond',
  'water uit het plafond',
  'overstroming',
  'overstroomd',
  'ondergelopen',
  'onder water',
  'gesprongen leiding',
  'leiding gesprongen',
  'leak',
  'leaks',
  'leaking',
  'leakage',
  'flood',
  'flooding',
  'flooded',
  'burst pipe',
  'water on the floor',
  'water through the ceiling',
  'water coming through',
]);
/** "Lek" that is not water: a flat bicycle tyre. */
const notLeak = phraseRegex([
  'band is lek',
  'band lek',
  'lekke band',
  'fietsband',
  'flat tyre',
  'flat tire',
]);
const heatingThing = phraseRegex([
  'verwarming',
  'cv',
  'c.v.',
  'cv-ketel',
  'cv ketel',
  'ketel',
  'radiator',
  'radiatoren',
  'kachel',
  'heating',
  'central heating',
  'boiler',
  'radiators',
  'heater',
]);
const heatingBroken = phraseRegex([
  'geen',
  'kapot',
  'stuk',
  'werkt niet',
  'doet het niet',
  'doet niks',
  'blijft koud',
  'blijven koud',
  'koud',
  'uit',
  'storing',
  'no',
  'broken',
  'not working',
  "doesn't work",
  'does not work',
  'stays cold',
  'stay cold',
  'cold',
  'off',
  'out',
]);

/**
 * The heating season in the Netherlands (stookseizoen): October to April. "No heating" is
 * urgent then; in summer it can wait (the person may still say it is urgent).
 */
export function isHeatingSeason(now: Date): boolean {
  const month = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', month: 'numeric' }).format(
      now,
    ),
  );
  return month >= 10 || month <= 4;
}

/**
 * Defects that cannot wait: gas smell (also an emergency), a water leak, no heating in the
 * heating season. Deliberate word lists, like the emergency words: predictable, and a false
 * "urgent" only costs a phone number shown once too often.
 */
export function detectUrgentDefect(text: string, now: Date): UrgentKind | undefined {
  if (detectEmergency(text).includes('gas')) return 'gas_smell';
  const norm = normalize(text).replace(new RegExp(notLeak.source, 'giu'), ' ');
  if (waterLeak.test(norm)) return 'water_leak';
  if (heatingThing.test(norm) && heatingBroken.test(norm) && isHeatingSeason(now))
    return 'no_heating';
  return undefined;
}

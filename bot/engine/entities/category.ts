import { normalize } from '../text';

export const nuisanceCategories = [
  'noise',
  'waste',
  'smell',
  'parking',
  'pets',
  'behaviour',
  'safety',
  'other',
] as const;
export type NuisanceCategory = (typeof nuisanceCategories)[number];

/**
 * Word starts per category, Dutch and English. A word matches when it starts with one of these
 * (so `herrie` also catches `herriemakers`), which tolerates Dutch compounds and plurals.
 */
const stems: Record<Exclude<NuisanceCategory, 'other'>, string[]> = {
  noise: [
    'muziek', 'muzie', 'herrie', 'herie', 'lawaai', 'kabaal', 'geluid', 'bonk', 'bonz', 'gebonk',
    'dreun', 'bas', 'feest', 'boor', 'geboor', 'tv', 'radio', 'gestamp', 'stamp', 'gegil', 'gillen',
    'noise', 'noisy', 'loud', 'music', 'party', 'parties', 'banging', 'bass', 'drilling', 'racket',
    'hard', 'harde', 'luid',
  ],
  waste: [
    'afval', 'vuilnis', 'vuilniszak', 'troep', 'rommel', 'zwerfvuil', 'vuilnisbak', 'container',
    'garbage', 'trash', 'rubbish', 'litter', 'bin', 'bins', 'waste', 'grofvuil', 'peuk', 'butts',
  ],
  smell: ['stank', 'stink', 'ruik', 'geur', 'wiet', 'blow', 'smell', 'stench', 'weed', 'odour', 'odor', 'rook'],
  parking: [
    'parkeer', 'parkeert', 'geparkeerd', 'parkeerplek', 'auto', 'busje', 'scooter', 'brommer',
    'parking', 'parked', 'car', 'cars', 'driveway', 'oprit',
  ],
  pets: [
    'hond', 'honden', 'kat', 'katten', 'blaf', 'poep', 'hondenpoep', 'dier', 'huisdier', 'kattenbak',
    'dog', 'dogs', 'cat', 'cats', 'bark', 'pet', 'pets', 'poo', 'poop',
  ],
  behaviour: [
    'schreeuw', 'scheld', 'uitgescholden', 'dronken', 'bezopen', 'ruzie', 'agressie', 'agressief',
    'intimider', 'lastig', 'hangen', 'hangjongeren', 'brutaal', 'onbeschoft', 'gedrag', 'uitschel',
    'drunk', 'rude', 'yell', 'shout', 'aggressive', 'harass', 'swearing', 'insult', 'argu', 'behaviour', 'behavior',
  ],
  safety: [
    'onveilig', 'naald', 'spuit', 'inbraak', 'ingebroken', 'vreemden', 'vreemde', 'deur open',
    'voordeur open', 'dealen', 'dealer', 'drugs',
    'unsafe', 'needle', 'syringe', 'break-in', 'burglar', 'strangers', 'stranger', 'dealing', 'door open',
  ],
};

/** Guesses the nuisance category of a complaint; `undefined` when nothing points to one. */
export function extractCategory(text: string): NuisanceCategory | undefined {
  const norm = normalize(text);
  const tokens = norm.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  let best: { category: NuisanceCategory; score: number } | undefined;
  for (const [category, list] of Object.entries(stems) as [NuisanceCategory, string[]][]) {
    let score = 0;
    for (const stem of list) {
      if (stem.includes(' ')) {
        if (norm.includes(stem)) score += 2;
      } else if (tokens.some((t) => (stem.length <= 3 ? t === stem : t.startsWith(stem)))) {
        score += stem === 'hard' || stem === 'harde' || stem === 'luid' ? 0.5 : 1;
      }
    }
    if (score > 0 && (!best || score > best.score)) best = { category, score };
  }
  return best?.category;
}

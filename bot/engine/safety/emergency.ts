import type { EmergencyKind } from '../actions';
import { normalize, phraseRegex } from '../text';

/**
 * Emergency words, Dutch and English. This is a deliberate word list, not the statistical
 * classifier: safety must not depend on a score, it must be predictable, and a false alarm
 * (the 112 advice shown once too often) costs far less than a missed one. The classifier's
 * `emergency` intent is an extra net for phrasings this list does not know.
 */
const lexicon: Record<EmergencyKind, string[]> = {
  self_harm: [
    'zelfmoord', 'zelfmoort', 'suicide', 'suicidaal', 'suicidal', 'mezelf iets aandoen', 'mezelf wat aandoen',
    'mezelf pijn doen', 'mezelf van kant', 'van kant maken', 'ik wil dood', 'wil niet meer leven', 'niet meer willen leven',
    'er een eind aan maken', 'er een einde aan maken', 'een eind aan mijn leven', 'een einde aan mijn leven',
    'ik zie het niet meer zitten', 'er niet meer zijn', 'zelfbeschadiging', 'snijd mezelf', 'snijden in mezelf',
    'overdosis', 'kill myself', 'killing myself', 'end my life', 'end it all', 'hurt myself', 'harm myself',
    'want to die', 'wanna die', 'self harm', 'self-harm', 'overdose', "don't want to live", 'dont want to live',
    'no reason to live',
  ],
  violence: [
    'slaat me', 'slaat mij', 'slaat haar', 'slaat hem', 'slaat zijn vrouw', 'slaat zijn kind', 'sloeg me', 'sloeg haar',
    'sloeg hem', 'geslagen', 'in elkaar geslagen', 'in elkaar slaan', 'mishandeld', 'mishandeling', 'mishandelt',
    'vechtpartij', 'aan het vechten', 'vechten op', 'knokpartij', 'aangevallen', 'valt me aan', 'wurgt', 'gewurgd',
    'geschopt', 'schopt me', 'huiselijk geweld', 'geweld',
    'slaat zijn', 'sloeg zijn', 'slaan elkaar', 'slaat elkaar', 'mishandelen',
    'hit me', 'hit her', 'hit him', 'hits her', 'hits him', 'hits his', 'hitting', 'beating', 'beat me', 'beat her', 'beat up', 'attacked', 'attacking',
    'punched', 'strangled', 'strangling', 'assault', 'assaulted', 'violence', 'violent', 'fist fight', 'fighting in',
  ],
  fire: [
    'brand', 'in brand', 'brandt', 'staat in de fik', 'in de fik', 'vlammen', 'vuur', 'brandweer', 'rook uit',
    'ruik rook', 'ruikt naar rook', 'veel rook', 'rookt uit',
    'fire', 'on fire', 'flames', 'burning', 'smoke coming', 'smell smoke', 'smells like smoke', 'fire brigade',
  ],
  weapon: [
    'mes', 'messen', 'met een mes', 'wapen', 'wapens', 'pistool', 'vuurwapen', 'geweer', 'machete', 'bijl',
    'knife', 'knives', 'gun', 'guns', 'weapon', 'weapons', 'pistol', 'firearm', 'machete',
  ],
  threat: [
    'bedreigd', 'bedreigt', 'bedreiging', 'bedreigen', 'dreigt me', 'dreigt mij', 'dreigde', 'maak je dood',
    'maakt me dood', 'doodmaken', 'vermoorden', 'vermoord je', 'ik vermoord', 'steek je neer', 'neersteken',
    'threatened', 'threatening', 'threatens', 'threat', 'kill you', 'gonna kill', "i'll kill", 'kill me', 'stab', 'stabbed', 'stabbing',
  ],
  danger: [
    'gevaar', 'gevaarlijk', 'levensgevaar', 'levensgevaarlijk', 'gaslucht', 'ruik gas', 'gaslek', 'bewusteloos',
    'ademt niet', 'ambulance', 'bloedt', 'bloed', 'noodgeval', '112', 'inbreker', 'inbrekers', 'wordt ingebroken',
    'danger', 'dangerous', 'gas leak', 'smell gas', 'smells of gas', 'unconscious', 'not breathing', 'bleeding',
    'emergency', '911', 'burglar', 'breaking in',
  ],
};

/** Phrases that contain an emergency word but are not one ("brandalarm kapot", "geen gevaar"). */
const notEmergency = phraseRegex([
  'geen gevaar', 'niet gevaarlijk', 'no danger', 'not dangerous', 'fire alarm', 'fire door', 'fire exit',
  'fire extinguisher', 'fire escape', 'smoke alarm', 'smoke detector',
]);

/** Doubled letters made single: "BRAAAND" and "braand" both become "brand". */
function squash(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

const detectors = (Object.entries(lexicon) as [EmergencyKind, string[]][]).map(([kind, phrases]) => ({
  kind,
  exact: phraseRegex(phrases),
  // Stretched spelling is matched for longer words only: squashed short words collide ("mess" -> "mes").
  stretched: phraseRegex(phrases.filter((p) => p.length >= 5).map(squash)),
}));

/** The kinds of danger a message speaks of; empty when none. */
export function detectEmergency(text: string): EmergencyKind[] {
  const norm = normalize(text).replace(/(\p{L})\1{2,}/gu, '$1$1');
  const cleaned = norm.replace(new RegExp(notEmergency.source, 'giu'), ' ');
  const squashed = squash(cleaned);
  return detectors.filter((d) => d.exact.test(cleaned) || d.stretched.test(squashed)).map((d) => d.kind);
}

import type { Intent } from '../../intents';

/**
 * A third round of English training utterances, written in the project's own words (never
 * copied from an evaluation or tuning set), for the same mix-ups as `nl-voices-3.ts`.
 * Merged in `index.ts`.
 */
export const enVoices3: Record<Intent, string[]> = {
  'concern.report': [
    "the neighbour's dog keeps fouling the shared garden and nobody cleans it up",
    'smoke from the balcony below comes into my bedroom every night',
    'someone keeps following me to the lift and it scares me, nothing has happened yet',
  ],
  'care.signal': [],
  'help.request': [
    "i'm feeling low, nothing urgent, but could someone come round this week",
    'i got a fine i cannot pay, can someone help me sort it out',
    'could someone help me get to the food bank',
  ],
  emergency: [],
  'activity.list': ['what time does the coffee morning start', 'when is the next garden day'],
  'activity.signup': [],
  'activity.cancel': ["i'm cancelling for yoga on monday"],
  'activity.create': [],
  'defect.report': [
    'my doorbell does not work',
    'there is a crack in my kitchen window',
    'the toilet overflows when i flush',
  ],
  'card.show': [
    'any advice on how to talk to my neighbour about the noise',
    'who do i phone if someone faints in the hallway',
  ],
  greeting: ["haha you're pretty smart for a bot", "i'm back"],
  unknown: [
    'what is 14 times 21',
    'when does the new iphone come out',
    'how much is a packet of cigarettes now',
    'can you set an alarm for me at 7',
  ],
};

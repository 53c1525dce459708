import type { Intent } from '../../intents';

/**
 * A fourth round of English training utterances, written in the project's own words (never
 * copied from an evaluation or tuning set), for the same mix-ups as `nl-voices-4.ts`.
 * Merged in `index.ts`.
 */
export const enVoices4: Record<Intent, string[]> = {
  'concern.report': [
    'i want to complain about the flat above, they drag furniture across the floor at 2am',
    'the guy next door plays the drums every sunday morning',
    'whoever lives at 14 dumps their bin bags by the lift',
    'the smell of weed from downstairs fills my bathroom every evening',
    'the dog across the hall whines for hours whenever they go out',
    'people keep parking mopeds in the entrance hall',
    'my neighbour keeps knocking to borrow money, i want it to stop',
    'someone keeps yelling insults at me when i walk past their door',
    'the fire escape on our floor is blocked by their boxes and bikes',
    "strangers hang around our stairwell at night and i don't feel safe",
    'the neighbours let their dog pee on the landing',
    'water from their plants drips onto my balcony every day',
    'the family at 6 have loud rows every evening, nobody gets hurt, it is just shouting',
    'can someone mediate between me and the people upstairs, we keep clashing about noise',
    'the woman upstairs tells everyone lies about me, i want to report it',
    'dear housing association, i would like to file a complaint about noise from flat 21',
  ],
  'care.signal': [
    "my neighbour's flat is packed with rubbish bags up to the ceiling, i'm worried about him",
  ],
  'help.request': [
    'could someone from support come by my flat this week',
    "i'm behind on my bills and don't know where to start",
    "i'm scared to open my post, can someone go through it with me",
    "i've run out of money and food until friday",
    "i just moved in and don't know how anything works here, can someone help me settle in",
    'can someone help me put together a wardrobe',
    "i can't read very well, could someone read my letters to me",
    "i'd like someone to come with me to the housing office",
    'i need help writing a cover letter for a job',
    'please ring me back when you can',
    "my support worker hasn't replied in ages, can someone else get in touch",
    "i used to use and i can feel the cravings coming back, i'd like to talk to someone",
    'i have to go to court about my rent and i am nervous, could someone come along',
    'i have no decent clothes for my appointment at the job centre, can anyone help',
    "i'm new here and a bit overwhelmed, could someone walk me round the building",
    'there is a pile of letters i am too scared to open',
    'i owe money everywhere and have no idea what to do',
  ],
  emergency: [],
  'activity.list': [],
  'activity.signup': ['i would like to join the painting club'],
  'activity.cancel': ["the three of us can't make it to the street party anymore"],
  'activity.create': [],
  'defect.report': [
    'the telly in the common room has no sound',
    'a kitchen cupboard door came off its hinges',
    "the playground gate doesn't latch anymore",
    'the dryer in the laundry room leaks water all over the floor',
    'the lock on the bike shed is damaged and does not close',
  ],
  'card.show': ["what's the normal police number, it's not urgent"],
  greeting: [
    'the food yesterday was fire bro, thank you',
    'that made my day, cheers bot',
    'haha yes exactly',
    'big thanks to whoever set up the quiz, great evening',
    'am i talking to a real person?',
    "i'm wiped out today, going to bed early, night all",
  ],
  unknown: [
    'who won the world cup in 2010',
    'how many pounds is 20 euros',
    "what's the capital of canada",
    'translate goedemorgen into english',
    'which supermarket near here is open late',
    'where can i get a cheap pizza around here',
  ],
};

import { normalize } from '../../server/protocol/text';
import type { Intent } from './intents';

/**
 * A person asking help for themselves, in the words people use for it: "kan iemand met me
 * meekijken", "wie kan helpen", "ik heb hulp nodig met", "ik weet niet hoe ik ...", "ik verzuip
 * in de formulieren", "ik ga eraan onderdoor", "geen geld voor boodschappen", the food bank, a
 * support worker who could come by. Over the corpus these words go with `help.request` in 220
 * lines and with the card or care in a handful.
 */
const needsHelp = new RegExp(
  [
    '\\b(kan|kun|kunt|kunnen|could|can) (iemand|er iemand|someone|somebody|jullie|jij|je|u|you|(mijn|my|een|a) (begeleider|support worker|coach|hulpverlener))\\b.{0,40}\\b(helpen|help|mee|meekijken|meelezen|kijken|langs|langskomen|bellen|call|come|komen)\\b',
    '\\b(wie|who) (kan|could|can) .{0,45}\\b(helpen|help|meekijken|meelezen|kijken|mee)\\b',
    '\\b(ik heb|i need|need) (\\S+ )?(hulp|help) (nodig )?(met|bij|with)',
    // The request alone: "ik heb hulp nodig", "i need some help please".
    '^(ik heb|i need|need) (\\S+ )?(hulp|help)( nodig)?( please| pls| alsjeblieft| aub)?[.!]*$',
    "\\bik (weet|snap) (niet|nie) hoe ik|\\bi (don't|dont) know how (to|i)",
    '\\b(verzuip|ga eraan onderdoor|ga er aan onderdoor|kom er niet uit|schulden|geen geld (voor|meer)|no money (for|left)|voedselbank|food bank)',
    '\\b(wil|zou) (graag )?(leren|hulp|contact)',
    '\\b(support worker|begeleider|coach) (come|komen|langs|bellen|call|by)',
    // Letters one cannot read or dare not open.
    "\\b(durf|kan|snap|begrijp) (\\S+ ){0,3}(niet|nie) (open te maken|te openen|openen|lezen|te lezen)|\\b(brieven|brief|post) (die |that )?(ik|i) (niet|nie|can't|cant|cannot|don't|dont) (snap|begrijp|kan lezen|read|understand)|(letters|mail|post) i (can't|cant|cannot) (read|understand)",
  ].join('|'),
);

/** Who to call (the card) or a neighbour's conflict: not a request for one's own help. */
const cardWords =
  /\b(nummer|telefoonnummer|number|bellen voor|call for|wijkagent|politie|112|storingsdienst|huismeester|conflict|bemiddeling|mediation|contacts|contactgegevens|wie ik (moet|kan) bellen|who (to|do i|should i) call)\b/;

/** An activity named or joined: then a signup or cancel reading stands. */
const activityWords =
  /\b(activiteit\S*|club|avond|ochtend|middag|cursus|les|workshop|bingo|quiz|pubquiz|wandeling|uitje|borrel|maaltijd|eten|koffie\S*|film\S*|moestuin|aanmelden|afmelden|inschrijven|uitschrijven|opgeven|afzeggen|doe mee|meedoen|mee doen|plek|plekken|activity|activities|sign ?up|cancel|join|event|class|morning|evening|night)\b/;

/** Someone else: then a worry is about a neighbour (care), not a request for oneself. */
const someoneElse =
  /\b(buurman|buurvrouw|buren|neighbou?rs?|hij|zij|ze|hem|he|she|they|him|them|his|her|zijn|haar|hun|mevrouw|meneer|opa|oma|moeder|vader|mother|father|nr|nummer)\b/;

/**
 * The intent a request for one's own help should have when the model read it as the card,
 * unknown, or (with nobody else in it) a care signal or, with no activity in it, a sign-up or a
 * cancellation; undefined when the reading stands.
 */
export function helpForSelf(text: string, intent: Intent): Intent | undefined {
  const activity = intent === 'activity.signup' || intent === 'activity.cancel';
  if (intent !== 'unknown' && intent !== 'card.show' && intent !== 'care.signal' && !activity)
    return undefined;
  const norm = normalize(text);
  if (activity && activityWords.test(norm)) return undefined;
  if (!needsHelp.test(norm) || cardWords.test(norm)) return undefined;
  if ((intent === 'care.signal' || activity) && someoneElse.test(norm)) return undefined;
  return 'help.request';
}

/** Practical things people ask help with: letters, money, forms, shopping, appointments. */
const practical =
  /\b(brief|brieven|post|formulier\S*|administratie|papieren|rekening\S*|huur|geld|boodschappen|voedselbank|belasting\S*|toeslag\S*|uitkering|contract|telefoon|computer|bankieren|afspraak|huisarts|gemeente|verhuizen|verhuizing|schulden|boete|solliciteren|letter|letters|forms?|bills?|rent|money|groceries|shopping|food bank|tax|benefits|debts?|appointment|paperwork)\b/;
/** Words of distress or of someone else: then the model's "emergency" still asks. */
const distress =
  /\b(pil|pillen|drugs|bang|eng|raar|slecht|niet meer|pijn|bloed|dood|alleen|vriend|vriendin|zoon|dochter|kind|man|vrouw|partner|broer|zus|huisgenoot|pills|scared|afraid|hurt|pain|blood|alone|friend|son|daughter|husband|wife|brother|sister)\b/;

/**
 * A plain request for one's own practical help ("ik heb hulp nodig met mijn administratie"):
 * the model's "emergency" alone is no reason to ask about danger for it.
 */
export function plainPracticalHelp(text: string): boolean {
  const norm = normalize(text);
  return (
    helpForSelf(text, 'care.signal') === 'help.request' &&
    practical.test(norm) &&
    !distress.test(norm)
  );
}

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
    "\\bik (weet|snap) (niet|nie) hoe ik|\\bi (don't|dont) know how (to|i)",
    '\\b(verzuip|ga eraan onderdoor|ga er aan onderdoor|kom er niet uit|schulden|geen geld (voor|meer)|no money (for|left)|voedselbank|food bank)',
    '\\b(wil|zou) (graag )?(leren|hulp|contact)',
    '\\b(support worker|begeleider|coach) (come|komen|langs|bellen|call|by)',
  ].join('|'),
);

/** Who to call (the card) or a neighbour's conflict: not a request for one's own help. */
const cardWords =
  /\b(nummer|telefoonnummer|number|bellen voor|call for|wijkagent|politie|112|storingsdienst|huismeester|conflict|bemiddeling|mediation|contacts|contactgegevens|wie ik (moet|kan) bellen|who (to|do i|should i) call)\b/;

/** Someone else: then a worry is about a neighbour (care), not a request for oneself. */
const someoneElse =
  /\b(buurman|buurvrouw|buren|neighbou?rs?|hij|zij|ze|hem|he|she|they|him|them|his|her|zijn|haar|hun|mevrouw|meneer|opa|oma|moeder|vader|mother|father|nr|nummer)\b/;

/**
 * The intent a request for one's own help should have when the model read it as the card,
 * unknown or (with nobody else in it) a care signal; undefined when the reading stands.
 */
export function helpForSelf(text: string, intent: Intent): Intent | undefined {
  if (intent !== 'unknown' && intent !== 'card.show' && intent !== 'care.signal') return undefined;
  const norm = normalize(text);
  if (!needsHelp.test(norm) || cardWords.test(norm)) return undefined;
  if (intent === 'care.signal' && someoneElse.test(norm)) return undefined;
  return 'help.request';
}

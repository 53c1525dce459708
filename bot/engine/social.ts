import { normalize } from '../../server/protocol/text';

/**
 * Small talk inside the `greeting` intent. Only a hello gets the full introduction with the
 * menu; thanks, goodbyes, "hoe gaat het" and a plain "oké" get a short friendly answer.
 */
export type Social = 'thanks' | 'bye' | 'how_are_you' | 'ok' | 'compliment' | 'chat' | 'hello';

const patterns: [Exclude<Social, 'hello'>, RegExp][] = [
  [
    'thanks',
    /\b(dank|dankje|dankjewel|bedankt|thanks|thank you|thank u|thx|tnx|ty|merci|cheers)\b/,
  ],
  [
    // A sign-off alone: "groetjes van Ans van nummer 4".
    'bye',
    /^(groetjes|groeten|veel groeten|de groeten|liefs|greetings|regards)( (van|uit|from) [\p{L}\d ]{1,30})?[\s!.]*$/u,
  ],
  [
    'bye',
    /\b(doei|doeg|dag dag|tot ziens|tot straks|tot morgen|tot later|fijne (dag|avond|middag|week|weekend)|welterusten|slaap lekker|goedenacht|bye|goodbye|see you|see ya|cya|good night|later)\b/,
  ],
  [
    'how_are_you',
    /\b(hoe gaat het|hoe is het|alles goed|hoe maakt u het|hoe maak je het|how are you|how do you do|how r u|how's it going|hows it going|you ok)\b/,
  ],
  [
    'compliment',
    /\b((je|jij|u) bent (echt |zo |wel |gewoon |best |best wel |heel |erg |super |toch )?(een |de )?(schat|topper|toppertje|held|kanjer|legend|legende|lieverd|schatje|bom|beste|top|geweldig|lief|slim|goud|grappig|handig|leuk)|wat ben (je|jij) (lief|slim|goed|top|grappig|handig)|goed bezig|lekker bezig|respect|you('re| are)( so| the| a| an| pretty| really| very)? (best|star|legend|hero|amazing|awesome|great|sweet|genius|lifesaver|smart|funny|clever|helpful|kind)|love you|(ik )?hou van (je|jou))\b/,
  ],
  [
    'chat',
    /\b((wat een |een )?(mooie|heerlijke|lekkere|rotte|koude|warme|natte) (dag|ochtend|avond|middag)|lekker (weer|weertje|zonnetje)|(rot|koud|warm|heet|nat)weer|wat een weer|mooi weer|nice (day|weather)|lovely (day|weather)|what a (day|nice day|lovely day))\b/,
  ],
  [
    // Being back, or teasing Buurtbot for being back: only as the whole message.
    'chat',
    /^(((haha|hihi|lol|hey|he|hee|joe|yo|hoi|hallo)[\s!.,]*)*)((ik )?ben er weer( hoor)?|daar ben (je|jij|ik) weer|(jij|jij daar|jij alweer) weer|jij alweer|i'?m back|back again|you again)[\s!.]*$/,
  ],
  [
    // Laughing about something, in a few words ("ik lach me kapot om die nieuwsbrief").
    'chat',
    /(\b(lach|lachen|lacht) (me|mij|ons) (helemaal |echt )?(kapot|dood|rot|krom|slap|een deuk)\b|\b(lmao|lmfao|rofl)\b|😂|🤣|💀|\bschrik (me|mij) (dood|rot|een hoedje)\b.*\b(haha|hihi|lol|grappig)\b)/,
  ],
  [
    // Talk about Buurtbot itself: testing it, teasing it, asking what it is.
    'chat',
    /\b((ben|is) (jij|je|u) (eigenlijk |echt |nou )?(een )?(robot|mens|bot|echt|ai|computer)|are (you|u) (a )?(robot|human|bot|real|ai|person)|(just )?test(ing|en)?( of| if)? (this|dit|het|je) ?(works|werkt)?|knock knock|klop klop|grapje|geintje|just kidding|(this|deze|die|de) bot is|(je|jij|you|u) (bent|are|is) (echt |so |zo |best )?(een |a )?(killer|lit|fire|goat|baas|boss|legend|beest|king|queen)( bot)?|(you|je|jij) (made|maakt|hebt) (my|mijn|m'n|mn) (day|dag)|(leven|life) gered)\b/,
  ],
  [
    // Praise for the bot in other words: "je bent een goeie bot hoor", "good bot".
    'compliment',
    /\b((je|jij|u) bent (echt |zo |wel |gewoon |best |toch )?(een )?(goeie|goede|leuke|lieve|toffe|fijne|slimme|handige|coole|geweldige|superbe|top|prima|nuttige) (bot|robot|hulp|hulpje|vriend|maatje|buddy)|(goeie|goede|brave|slimme|toffe|good|nice|great|smart|clever) (bot|robot)|(you're|you are|ur) (a )?(good|nice|great|smart|clever|cool|helpful) (bot|robot|one))\b/,
  ],
  [
    // Slang praise of an evening, a party, a song: "die bbq was echt fire", "that party was lit".
    'chat',
    /\b(was|is|were|are|waren|zijn) (echt |zo |so |really |straight |literally |heel |super |best |gewoon |pure |echt wel )?(fire|lit|dope|gezellig|geweldig|te gek|heerlijk)\b(?! (alarm|exit|door|escape|in|op|at|on|bij|uit|from))/,
  ],
  [
    // Writing to the wrong chat, a joke at the bot: "sorry was niet voor jou bedoeld", "lol jk".
    'chat',
    /\b(sorry,? (dat |dit )?(was|is) (niet|nie) voor (jou|u|jullie)|(niet|nie) voor (jou|u) bedoeld|verkeerde (chat|persoon|gesprek|app)|wrong (chat|person|conversation)|not (meant )?for you|lol jk|jk lol|just kidding|only kidding|\bjk\b)/,
  ],
  [
    // Laughing about someone or something: "ik lig helemaal stuk van het lachen om mn buurman".
    'chat',
    /\b(k?zit|k?lig|lag|zat|ga|kga|ging|lach|lachen) (\S+ )?(helemaal |echt |zo )?(stuk|dubbel|krom|in een deuk|plat) (van het lachen|van de lach|om)\b/,
  ],
  [
    'ok',
    /^((ok|oke|okee|okay|prima|top|goed|cool|helder|duidelijk|alright|fine|got it|snap ik|is goed|mooi|fijn|nice|idd|inderdaad|klopt|precies|zeker|jep|jup|yep|yup|sure|true|facts|zo|haha|hahaha|hihi|lol|ja|yes|yeah)[\s!.,]*)+$/,
  ],
];

/** Words a message of only small talk is made of ("hoi!", "ok prima", "cheers", "doei doei"). */
const smallTalkWords = new Set(
  `hoi hallo hey hee hai hi hello hiya yo goedemorgen goedemiddag goedenavond goeiedag morgen
  dag doei doeg bye goodbye later ciao cheers thanks thank you thx tnx ty dank je jij u wel dankjewel
  dankuwel bedankt merci ok oke okee okay prima top goed cool mooi fijn nice super buurtbot
  allemaal iedereen daar welterusten weltrusten tot ziens straks idd inderdaad klopt precies jep
  yep yup haha hahaha hihi lol ewa wollah zo ja yes yeah`.split(/\s+/),
);

/**
 * Whether a short message is only small talk: then it is a greeting, whatever the classifier
 * would make of a single unusual word ("cheers").
 */
export function onlySmallTalk(text: string): boolean {
  const words = normalize(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 5 && words.every((w) => smallTalkWords.has(w));
}

/**
 * A compliment or a remark about the day ("je bent een schat", "wat een mooie dag"), in a short
 * message with no question for Buurtbot: small talk, whatever the classifier makes of it.
 */
export function friendlyRemark(text: string): boolean {
  const norm = normalize(text);
  const kind = socialKind(text);
  // "Goedemorgen, hoe maakt u het?": a question, but only about how Buurtbot is.
  if (kind === 'how_are_you' && norm.split(/\s+/).length <= 8 && !asksSomething.test(norm))
    return true;
  if (norm.split(/\s+/).length > 14 || norm.includes('?')) return false;
  if (kind === 'compliment' || kind === 'chat') return !requests.test(norm);
  // "Ik ben kapot moe, slaap lekker bot", "je hebt mn leven gered met die info, dankje".
  return (kind === 'thanks' || kind === 'bye') && !asksSomething.test(norm);
}

/** A request after a remark: "die pubquiz was fire, zet mij er weer op". */
const requests =
  /\b(zet|schrijf|meld|aanmelden|inschrijven|opgeven|doe mee|mee ?doen|wanneer|hoe laat|sign|put|add|count me|book|when)\b/;

/** Words that turn a thank-you into a request ("bedankt, kun je ook ..."). */
const asksSomething =
  /\b(kan|kun|kunt|wil|wilt|zou|moet|mag|help|hulp|wanneer|waar|wie|welke|can|could|would|please|need|when|where|who|which)\b/;

/** A message of emoji or signs only ("👍", "😂😂"): small talk. */
export function onlyEmoji(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    !/[\p{L}\p{N}]/u.test(trimmed) &&
    /\p{Extended_Pictographic}/u.test(trimmed)
  );
}

export function socialKind(text: string): Social {
  if (onlyEmoji(text)) return 'ok';
  const norm = normalize(text);
  return patterns.find(([, re]) => re.test(norm))?.[0] ?? 'hello';
}

import type { EmergencyKind } from '../actions';
import { all, atLeast, near, not, rule, type Rule } from './patterns';

/**
 * Emergencies as people *describe* them, in Dutch and English: what they see happening to
 * someone's body, what they see or smell in the building, what someone is doing or threatening
 * right now, a wish to die said indirectly. Matched on prepared text (see `patterns.ts`).
 * Named emergencies ("brand", "overdose") are in `lexicon.ts`.
 */

/** Someone (a person word or pronoun), for rules that need one. */
const who =
  "(hij|zij|ze|die|iemand|buurman|buurvrouw|man|vrouw|meneer|mevrouw|jongen|meisje|vriend|vriendin|moeder|vader|broer|zus|he|she|they|someone|somebody|neighbour|neighbor|guy|man|woman|lady|friend|mum|mom|dad|brother|sister|he's|she's)";

// Parts that only mean an emergency together ("viel" + "kan niet opstaan").
const lying = rule(
  '(ligt|lig|lag|liggen|omgevallen|weggezakt|neergevallen|zakte|zakt|helemaal slap|koud|aanraak|aanraakt|aanraken|lying|laying|dropped|slumped|in the chair|limp|cold|touch)',
  '(hangt|hing|hangen) ~2 (op|tegen|over|in) (de |het |een )?(trap|trappen|muur|bank|stoel|hek|reling|grond|vloer|gang|galerij)',
  '(on|op) (the |de |het )?(\\S+ )?(floor|ground|vloer|grond|stoep|pavement)',
  '(zit|zat|hangt|hing|sits|sitting) ~2 (stoel|bank|fauteuil|rolstoel|chair|armchair|couch|sofa|wheelchair)',
);
const noResponse = rule(
  "(doet|deed) (niks|niets) meer|(hasn.t|hasnt|has not|hadn.t|had not) (moved|stirred|budged)|knock ?out|knocked out|(not|isn't|isnt) doing anything|(beweegt|bewoog) (niet|niet meer|helemaal niet|nergens)|reageert ~2 op (niks|niets|niemand)|(reageert|reageerde) (ze|hij|die|zij) (niet|nergens|nauwelijks)|(reageert|reageerde) niet (op (mij|me|ons)|als ik)|(is|was) (echt |helemaal |totaal )?out",
  "((reageert|reageerd|reageerde|reagerd) (niet|nergens|nauwelijks)|(krijg|krijgen|kreeg) geen (woord|reactie|antwoord) (meer )?uit|zegt geen (woord|boe of ba)|niet (meer )?praten|praat niet|geen (antwoord|reactie|contact)|ogen ~2 (dicht|niet (meer )?open|half open)|helemaal slap|(not|isn't|isnt) (talking|opening)|no (reaction|response|answer)|eyes (closed|shut)|limp|(can't|cant|cannot) (wake|rouse))",
);
const fell = rule(
  '(onderuit (gegaan|gaan|ging|gegleden|gegleden)|neergegaan|gevallen|viel|vielen|uitgegleden|gleed|gestruikeld|struikelde|omgevallen|gevlogen|gedonderd|gekukeld|afgekukeld|kukelde|afgevallen|gesprongen|gekieperd|omgekieperd|afgekieperd|neergekieperd|gekiept|omgekiept|kieperde|kiepte|gesodemieterd|geflikkerd|getuimeld|tuimelde|gesmakt|smakte|gelazerd|fell|fallen|slipped|tripped|came off|falling|jumped|tumbled|toppled)',
  '(na|door) (een|de|mijn|zijn|haar) (val|valpartij)|(ik|hij|ze|zij|die) (val|valt) (in|op|van|uit) (de |het |mijn |zijn |haar )?(keuken|badkamer|douche|gang|trap|hal|straat|grond|vloer|galerij|bed|stoep|lift)',
);
const injured = rule(
  '(been|arm|enkel|pols|heup|knie|voet|schouder|leg|ankle|wrist|hip|knee|foot|shoulder) ~2 (kapot|gebroken|dik|opgezet|blauw|scheef|open|swollen|broken|twisted)',
  '(been|arm|enkel|pols|heup|knie|voet|schouder|nek|rug|leg|ankle|wrist|hip|knee|foot|shoulder|neck|back) ~4 (raar|vreemd|verkeerd|weird|wrong|funny|strange)|(looks|ziet) ~2 (weird|wrong|raar|verkeerd) ~2 (arm|been|leg|pols|wrist)',
  "(doet|deed) ~3 (zeer|pijn)|zeer (doet|deed)|(hurts|hurt|hurting) (so |really |very )?(bad|badly|a lot|so much)|bloody|bloodied|bebloed|onder het bloed|(blijft|bleef) ~2 liggen|(kom|kwam|komt) ~2 niet (meer )?(overeind|omhoog)|(lig|ligt|lag|liggen) ~5 (op de grond|op de vloer|on the floor|on the ground)|(i'm|im|i am|she's|he's|still) lying (there|on)|(kan|kon) ~2 niet (meer )?bewegen",
  "(pijn|kreunen|kreunt|krom|uit de kom|dislocated|kan ~2 niet (meer )?(lopen|opstaan|op staan|staan|bewegen)|niet (meer )?(kan|kon|kunnen) (lopen|opstaan|op staan|staan|bewegen|overeind komen)|niet (meer )?(lopen|opstaan|staan|bewegen) (kan|kon)|niet op (kan|kon) staan|dik|bloed|bloedt|bloeden|hoofd|gebroken|scheef|open ?gelegen|gewond|groaning|in pain|bleeding|blood|split open|bent|(can't|cant|cannot) (walk|move|stand|get up)|broken|broke|injured|hurt (badly|bad))",
);
const drug = rule(
  '(pillen|pil|pilletjes|tabletten|medicijnen|medicatie|morfine|methadon|ghb|heroine|coke|cocaine|drugs|diazepam|paracetamol|oxazepam|slaappillen|benzos|xtc|mdma|spul|iets|meds|pills|pill|tablets|medication|morphine|methadone|heroin|g|benzos|stuff|something|weekvoorraad|voorraad)',
);
/** Medicine and drugs by name (not "iets" or "stuff"), for rules where a vaguer word misleads. */
const pills = rule(
  '(pillen|pil|pilletjes|tabletten|medicijnen|medicatie|morfine|methadon|oxazepam|diazepam|temazepam|lorazepam|paracetamol|ibuprofen|oxycodon|oxy|slaappillen|antidepressiva|benzos|xtc|mdma|pills|pill|tablets|medication|meds|painkillers|sleeping pills|morphine|methadone)',
);
const took = rule(
  '(gemixt|gemengd|gecombineerd|mixed|combined|mixing)',
  '(geslikt|slikt|slikte|ingenomen|genomen|nam|neem|gesnoven|snoof|gespoten|spoot|gebruikt|gepakt|geslikt|gehad|gegeten|opgegeten|took|taken|swallowed|ate|snorted|injected|used|downed|taking|popped)',
);
const much = rule(
  '[1-9][0-9]+',
  "(te ?veel|alle|allemaal|een hoop|al (zijn|haar|mijn|m'n)|hele|heel (doosje|doos|strip|potje|pot|flesje|fles|pakje|pak)|heel veel|zoveel|voorraad|weekvoorraad|handvol|whole|all (his|her|my|the)|too much|too many|way too|a load of|load of|loads of|bunch of|handful|weeks worth|week's worth|tub|box of|bottle of|(weet|weten) (ik |we )?niet hoeveel|(don't|dont|do not) know how (many|much))",
);
const drowsy = rule(
  "((geen|bijna geen|nauwelijks|amper) (lucht|adem)|alles draait|weet (niet|nie) (meer )?(waar (hij|ze|zij|ik) (is|ben)|wie (hij|ze|zij|ik) (is|ben))|(doesn't|doesnt|does not|don't|dont) know where (he|she|i) (is|am)|duizelig|(nauwelijks|amper|half|bijna niet) (wakker|bij bewustzijn|aanspreekbaar)|schuim\\S*|barely (awake|conscious|breathing)|half (awake|conscious)|(can't|cant|cannot) breathe|out of it|foam\\S*)",
  "(suf|slap|lalt|lallen|dubbele tong|(zakt|zakte|zakken) ~2 weg|wegzakken|praat ~3 (niet|nie) (meer )?normaal|(zie|ziet|zag) ~2 (alles )?dubbel|(seeing|see|sees) (double|things)|(gloeit|gloeien|gloeiend|burning up|overheating)|drowsy|sleepy|(really|very|so) (drowsy|sleepy|out of it)|versuft|slurring|slurred|trilt|trillen|schokt|schokken|hart ~2 (bonkt|bonst|raar|tekeer|snel|racet|gaat tekeer)|(voel|voelt) (me|zich) ~2 raar|doet ~2 raar|traag|niet wakker|ademt|bewusteloos|blauw|kotst|overgeven|drowsy|shaking|twitching|heart ~2 (racing|pounding)|feel(s)? ~2 (weird|strange)|breathing ~2 (slow|weird|strange)|unconscious|blue|vomiting|throwing up|(can't|cant) wake|fitting|seizure)",
);
const says = rule(
  '(texted|messaged|wrote|sent me|dm.?d|snapped|appte|stuurde)',
  '(zegt|zei|zeggen|gezegd|gedreigd|geschreeuwd|gestuurd|schreef|appte|schreeuwen|roepen|dreigen|dreigt|dreigde|roept|riep|schreeuwt|schreeuwde|appjes|appje|berichten|bericht|appt|schrijft|stuurt|sms|says|said|told me|tells me|texts|texting|messages|yelling|shouting|screaming|threatened|threatens|keeps saying)',
);
const harmWords = rule(
  "((wat|iets) aan ~2 (te )?doen|(ga|gaat|gaan|komt|komen|zal|zullen) (je|jou|me|mij|hem|haar|ons|u) ~3 pakken|(sla|slaat|slaan|trap|trapt|schop|schopt) (je|jou|u|hem|haar|me|mij) ~2 (kapot|dood|in elkaar|lens|verrot|bont en blauw|de kop in|het ziekenhuis in)|(smash|kick|bash|cave|beat) (my|your|his|her|ur) (head|face|skull) in|(smash|bash|batter|kick) (me|you|him|her) ~2 (up|in)|(waiting|lurking) (at|outside|by|in front of) (my|the|our) (door|flat|house|building)|(zit|zitten|staat|staan|wacht|wachten) ~4 (buiten|beneden|voor de deur|bij de deur|bij mijn deur) ~2 (te )?(wachten|op (me|mij))|(you're|youre|you are|your|ur|u are) (so )?dead (when|if|as soon as|once|next time)|(je|jij|u) (bent|ben) (zo )?dood (als|zodra|wanneer|de volgende)|(je|jij|u) (bent|ben) (er )?geweest (als|zodra|wanneer))",
  "(kop|hoofd|tanden|smoel|bek|kanis) ~2 (eraf|in|uit|kapot) ~2 (slaan|slaat|trappen|schoppen|meppen|rammen)|(aandoen|neersteekt|neersteken|steekt|steken|doodsteken|doodsteekt|afmaken|afmaakt|af maken|doodmaakt|doodmaken|dood maken|schieten|neerschieten|doodschieten|wurgen|wurgt|kapot ?maakt|kapot ?maken|vermoordt|vermoorden|(wat|iets) aan ?doen|aandoet|het niet overleef|het niet overleeft|niet overleven|opwachten|opwacht|nek breken|dat (ik|je|jij) dood (ben|bent|ga|gaat)|kill|stab|shoot|finish (me|you|him|her) off|break (my|your|his|her) neck|blade|knife|(won't|wont|will not) survive|that (i am|i'm|im) dead|strangle|waiting ~ (for me|with))",
);

/**
 * The signs of a farewell (`self_harm`): two of them together, and no move, holiday or stay in
 * hospital to explain them ("ik verhuis volgende week, bedankt voor alles, doei allemaal").
 */
const farewell = all(
  atLeast(
    2,
    rule(
      'vaarwel|farewell|this is goodbye|(dit|het) is (een |mijn |ons )?afscheid|(neem|nemen) ~3 afscheid|goodbye (all|everyone|everybody|my friends)',
    ),
    rule(
      '(zorg|zorgen|pas|passen) (jij |je |u |jullie |jullie wel |goed )*(voor|op) (mijn|mn|m.n) (hond|honden|kat|katten|kinderen|kids|planten|vissen|konijn|vogel)|(de|mijn|mn|m.n) (hond|kat|katten|honden|vissen|planten) (gaat|gaan) naar|(take care of|look after|feed) my (cat|cats|dog|dogs|kids|children|plants|fish|bird)|(given|gave|gegeven|geef) (my|mijn|mn) (cat|dog|kat|hond|plants|planten|vissen|fish|spullen|things) ~2 (to|aan|weg|away)',
    ),
    rule(
      '(spullen|alles|kleren|meubels|my things|my stuff|my belongings|everything i own|all my) ~3 (weggegeven|weg ?gegeven|given away|gave away)|(given|gave) away (my|all my|everything)|(weggegeven|weg ?gegeven) ~2 (spullen|alles)',
    ),
    rule(
      '(it was|it.s been|its been|was|been) (nice|good|lovely|great|an honour) knowing (you|u|y.all|everyone)|(leuk|fijn|mooi) (je|jullie|u|iedereen) (ge)?kend te hebben',
    ),
    rule(
      'sorry voor alles|vergeef (me|mij)|het spijt me (van|voor) alles|sorry for everything|forgive me|(laatste|last|final) (bericht|berichtje|message|woorden|words|wens|wish)|(dit|this) (\\S+ ){0,2}(de |het |the )?laatste keer|(the )?last time (you.ll|you will) (hear|see)',
    ),
    rule(
      '(ik heb|i.ve|i have|heb) (alles|everything) (\\S+ )?(geregeld|op orde|opgeruimd|sorted|arranged|in order|taken care of)(?! (voor|for|met|with|bij))',
    ),
    rule(
      '(written|wrote|writing|geschreven|schreef|schrijf) ~3 (letters?|notes?|brieven|briefjes|brief) (for|to|voor|aan) (everyone|everybody|all|my|iedereen|mijn|allemaal|de kinderen)',
    ),
    rule(
      'bedankt voor alles|(dank|bedank|bedanken) (je |jullie |u |haar |hem )?voor alles|het is goed zo|(thanks|thank you) (all |everyone |so much )?for everything|het is mooi geweest|(it.s|its) been enough|(no|geen) (point|zin) (meer|anymore|any more)|i love you all|ik hou van jullie (allemaal)?|goodbye|bye|doei|dag allemaal|tot nooit',
    ),
  ),
  not(
    rule(
      'verhuis\\S*|moving|move|moved|new (job|flat|house|place)|nieuwe (baan|woning|flat|huis)|vakantie|holiday|vacation|ziekenhuis|hospital|opname|weekend|weekje\\S*|rehab|kliniek|clinic|op reis|trip|afscheidsfeest\\S*|leaving party|pensioen|retire\\S*|stage|internship|feest\\S*|party|verjaardag\\S*|birthday|bbq|barbecue|uitje|activiteit\\S*|event|bingo|markt|market|(ga|gaan|gaat|going to|go|moving in|move in) ~4 (wonen|live)|afscheid van (de|het|mijn|ons|onze) \\S*(vereniging|groep|club|commissie|bestuur|werk|baan|team|collega\\S*|school|klas)',
    ),
  ),
);

/** Set alight (checked first: it is rare), and what is set alight. */
const setAlight = rule(
  '(aangestoken|steekt ~3 aan|staken ~3 aan|in de (fik|brand) (gestoken|gezet)|set (on )?fire|set alight|torched)',
);
const alightThing = rule(
  '(\\S*vuilnis\\S*|\\S*zak|\\S*zakken|container\\S*|kliko\\S*|\\S*bak|afval|papier|karton|auto|auto.s|scooter\\S*|brommer\\S*|fiets\\S*|\\S*deur|brievenbus\\S*|matras|bank|bin|bins|rubbish|trash|garbage|car|cars|door|mattress|mailbox)',
);
/** Forced open (checked first), and a door, window, lock or storage room. */
const forcedOpen = rule(
  '(opengebroken|ingetrapt|ingeslagen|open ?gebroken|kapot ?getrapt|geforceerd|open gewrikt|open ?getrapt|open ?geramd|open ?geschopt)',
);
const forcedThing = rule('(\\S*deur|\\S*raam|\\S*ruit|berging\\S*|\\S*slot)');

/** Words for a young child. */
const childWord =
  '(kind|kindje|kleintje|kleine|peuter|kleuter|baby|jongetje|meisje|zoontje|dochtertje|zoon|dochter|jongen|broertje|zusje|child|kid|toddler|son|daughter|boy|girl|little one)';
/** A young child, by word or by age ("mijn zoon van 6", "he's 3"), for the rules about a missing child. */
const youngChild = rule(
  '(kind|kindje|kindjes|kleintje|peuter|kleuter|baby|jongetje|meisje|zoontje|dochtertje|kleine|child|kid|toddler|baby|little (one|boy|girl|son|daughter))',
  '(zoon|dochter|jongen|jongetje|meisje|broertje|zusje|neefje|nichtje|son|daughter|brother|sister|boy|girl) ((van|is|of) )?([1-9]|1[0-2])( jaar| years?)?(?! (uur|minuten|dagen|weken|euro|hours|minutes|days|weeks))',
  '(my|our|mijn|ons|onze) ([1-9]|1[0-2]) (year old|jarige)',
  "(he|she|hij|ze|zij) (is|was) ([1-9]|1[0-2])( jaar| years?)?( old)?|(he's|she's|hes|shes) ([1-9]|1[0-2])( years?)?( old)?",
  '([1-9]|1[0-2]) (jaar oud|years old|year old)',
);
/** Someone who cannot find the way back alone: dementia, confused, lost their way. */
const vulnerable = rule(
  '(dement|demente|dementie|alzheimer|alzheimers|dementia|demented|in de war|verward|confused|disoriented|gedesorienteerd|vergeetachtig|forgetful)',
  '(weet|kent|vindt) de weg (niet|nie) (goed |meer |goed meer )?|(forgets|doesn.t know|does not know) (the|his|her) way',
  // Out in night clothes, or unable to say where home is: "op zn pantoffels", "doesn't know our address".
  '(pyjama|pyjamas|pajamas|pantoffels|sloffen|slippers|nachtjapon|nachthemd|nightgown|nightie|dressing gown|ochtendjas|blote voeten|blootsvoets|barefoot)',
  '(weet|kent) (zijn|haar|ons|het|d.r|z.n) (eigen )?adres (niet|nie)|(doesn.t|does not|doesnt) know (her|his|our|the|their) (own )?(address|way home)|autistisch|autistic|(praat|spreekt) (niet|nie)|(doesn.t|does not) (talk|speak)|non.?verbal',
);
/** Who can be the one missing: a child, a pronoun, a relative or a neighbour. */
const missingPerson = `(${childWord.slice(1, -1)}|hij|zij|ze|he|she|moeder|vader|opa|oma|man|vrouw|buurman|buurvrouw|meneer|mevrouw|mum|mom|dad|grandma|grandad|grandpa|husband|wife|neighbour|neighbor)`;
/**
 * The person cannot be found: the person is the subject ("het jongetje van de buren is al een
 * uur zoek"), not a thing they lost ("mijn dochter is haar telefoon kwijt": no possessive or
 * article between the verb and "kwijt"), nor a plain outing ("is weg naar school").
 */
const notFound = rule(
  `${missingPerson} (?:(?!(is|was|are|en|and|maar|but) )\\S+ ){0,4}(is|was|are|has|have) (?:(?!(zijn|haar|z'n|mijn|de|het|his|her|my|the|its) )\\S+ ){0,3}(kwijt|zoek|vermist|verdwenen|weg(?! (naar|met|op|voor|bij|uit|van|gegaan|gebracht|hoor))|missing|gone missing|been missing|disappeared)`,
  '(kind|kindje|kleine|zoontje|dochtertje|peuter|kleuter|toddler) (weg|kwijt|zoek|vermist|missing)',
  '(weggelopen|weg ?gelopen|wandered off|ran off|run off|went missing|gone missing|(slipped|snuck|sneaked|got) out (of )?(the )?(front )?(door|house|flat|gate|garden))',
  `(kan|kon|kunnen|konden|vind|vinden) ((hem|haar|hen|ze) (echt |ook |al |meer )?|(mijn|mn|m'n|ons|onze) ${childWord} (\\S+ )?)(nergens|niet meer) (meer )?(vinden|vind|terugvinden|zien)|nergens (meer )?te (vinden|bekennen|zien)`,
  `(can't|cant|cannot|couldn't|couldnt|could not|can not) (find ((him|her|them)|(my|our) (little )?${childWord}|(my|our) ([1-9]|1[0-2]) (year old|yo))|(find|see) (him|her|them) anywhere)`,
  "(hasn't|has not|didn't|did not|never) (come|came) (back|home)|niet (meer )?terug ?gekomen|niet (meer )?thuis ?gekomen",
  '(nog )?(steeds|altijd) niet (terug|thuis)|(still) (not|isn.t|hasn.t) (back|home|come back)',
  '(de )?\\S*deur uit ?(gelopen|gegaan|gerend|gerent|gerenne|geglipt)|naar buiten (gelopen|gegaan|gerend|gerent|geglipt)|de straat op (gelopen|gegaan|gerend)|(ran|run|running|rushed|bolted|darted) out (of )?(the )?(front |back )?(door|house|flat|building|gate)|niet (meer )?(in|op) (zijn|haar) (woning|huis|kamer|appartement|flat)|(walked|wandered|went) out (of )?(the )?(door|house|flat|building)|(not|nowhere) (in|at) (his|her) (flat|home|room|house)',
  '(ik|we|wij) (zoek|zoeken) (overal|me rot|ons rot)|overal (gezocht|zoeken)|(searched|looked|looking|searching) everywhere',
  '(zie|zien|zag|vind|vinden|vond) ((ik|we|wij|je|jij) )?(hem|haar|hen|ze) (echt |ook |al |meer )?nergens|overal (gekeken|gezocht)|(checked|looked|searched) (every|all the|each) (floor|room|street|where)|(niemand|nobody|no one|noone) (heeft|has) (hem|haar|him|her|them|(mijn|mn|ons|onze|my|our|the|het|de) \\S+) (meer )?(gezien|seen)|(nobody|no one|noone).s seen (him|her|them)|(isn.t|is not|wasn.t|nowhere) (in|at) (the|her|his) (garden|playground|sandpit|room|flat|house|yard)|(niet meer|nergens) (in|op) (de|het|zijn|haar) (tuin|speeltuin|zandbak|kamer|huis|flat|woning)|(walked|wandered|went|ran|slipped) out (at|in|into|this|last|an|half|tonight|earlier|without|alone|on (his|her) own)|(is|was) (weer |opeens |ineens )?de (voor)?deur uit(?! (naar|om|voor|met|gegaan naar))|al (\\S+ )?(uur|uren|hours?) (weg|zoek|kwijt|gone|missing)|alleen (\\S+ ){0,4}weg|(niemand|we|wij|ik) (weet|weten) (niet |nie )?waar (hij|ze|zij) (is|zit|gebleven)|(nobody|no one|noone) knows where (he|she|they) (is|are)|(don.t|dont|do not) know where (he|she) (is|went)',
);

export const described: Record<EmergencyKind, Rule[]> = {
  unresponsive: [
    rule(
      '(krijg|krijgen|kreeg|kregen) ~ niet ~ wakker',
      'niet (meer )?wakker te (krijgen|maken|schudden)',
      // Broken Dutch: "buurman liggen grond, niet wakker".
      '(ligt|liggen|lig|lag) (op )?(de )?(grond|vloer) (\\S+ ){0,2}niet (meer )?wakker',
      `${who} (wordt|word|werd) ~ niet (meer )?wakker`,
      // Broken Dutch without a verb: "buurvrouw niet wakker, ik klop klop" (not "ze niet wakker maken").
      `${who} niet (meer )?wakker(?! (maken|maakt|maak|te|houden|houdt|worden|wordt|word|van|krijgen|liggen))`,
      '(reageert|reageerd|reageerde|reagerd) (nergens|nergens meer|helemaal niet|totaal niet|echt niet) (op|meer)',
      'geen (reactie|teken van leven)',
      '(ademt|ademde|adem|ademen) ~ (niet|nauwelijks|bijna niet|heel raar|raar|vreemd|niet meer|niet goed)',
      'geen adem',
      // Breathing heard to be wrong: "haalt heel raar adem", "ze rochelt".
      '(haalt|haalde) ~2 (raar|vreemd|nauwelijks|amper|bijna geen|geen|piepend|oppervlakkig|onregelmatig) adem|rochelt|rochelde|rochelend|reutelt|(breathing|breathes) ~2 (weird|strange|funny|rattling|gurgling|shallow)|gurgling',
      '(hoor|hoorde|zie|zag|voel|voelde) ~6 (niet meer|niet|nauwelijks|amper|geen) (meer )?(ademen|adem|ademhalen|ademhaling)',
      // Dutch verb-last: "ik denk dat hij niet meer ademt", "de man die nauwelijks ademt".
      `${who} ~2 (niet|nauwelijks|amper|bijna niet|haast niet) (meer )?(ademt|ademde|adem haalt|ademhaalt)`,
      '(grijpt|greep|houdt|hield|pakt|pakte) ~2 (naar|aan|vast aan|om) (zijn|haar|mijn) borst|(clutching|grabbing|holding) (his|her|my) chest',
      '(krijgt|krijg|kreeg) ~2 geen lucht|geen lucht (meer )?(krijgt|krijg|kreeg)|(can.t|cannot|cant) (get|catch) (any |his |her |my )?(air|breath)',
      'ademhaling ~ (gestopt|stopt|raar|vreemd)',
      'blauwe lippen',
      '(lippen|gezicht|hoofd) ~ (blauw|grauw|paars)',
      '(wordt|werd|ziet) ~ (blauw|grauw|lijkbleek)',
      'bewusteloos|bewustloos|buiten bewustzijn|buiten westen',
      'flauw ?gevallen|flauwgevalle',
      'in elkaar (gezakt|gezakd|zakt|zakte|gestort|gestortt)|ineengezakt|ineengestort|zakte ~ in elkaar|zakt ~ in elkaar',
      '(ligt|lag|liggen) ~ (grond|vloer|straat|gang|galerij|hal|trappenhuis|stoep|lift|badkamer|keuken|bank|bed) ~ (beweegt|bewoog|reageert|reageerde|praat|zegt|ademt) ~ niet',
      '(ligt|lag|liggen) ~ (stil|roerloos|levenloos|niet te bewegen)',
      '(beweegt|bewoog) ~ niet (meer)? ~ (ligt|lag)',
      'ogen ~ (draaien|rollen|draaiden|rolden) weg',
      'schuim ~ mond',
      'stuiptrek\\S*|stuipen|epileptische aanval|(heeft|kreeg|krijgt) ~ aanval',
      'hartaanval|hart aanval|hartstilstand|beroerte|pijn op (de|zijn|haar|mijn) borst',
      "(can't|cannot|can not|couldn't|could not|unable to) (wake|get) ~ up",
      "(won't|wont|doesn't|does not|isn't|is not|not|didn't|did not) (wake|waking|woken) up",
      "(not|isn't|is not|doesn't|does not|no longer|stopped|won't) (respond|responding|responds|react|reacting|answering)",
      'unresponsive|unconscious|unconcious|out cold|passed out|fainted|blacked out',
      "(not|isn't|is not|ain't|aint|stopped|barely|hardly|can't|cannot|struggling|doesn't|does not|no longer) (breathing|breathe|breath)",
      '(lips|face|skin) ~ (blue|grey|gray|purple)',
      'turning blue|going blue|blue lips',
      'collapsed|collapse|keeled over',
      "(lying|laying|lies|lay) ~ (floor|ground|hallway|hall|stairs|street|pavement|corridor|bathroom|lift|elevator) ~ (not|isn't|won't|doesn't|no) ~ (moving|move|respond|responding|answer|answering|talking|talk|breathing)",
      "(isn't|is not|not) moving ~ (floor|ground)|(floor|ground) ~ (isn't|is not|not) moving",
      'eyes ~ (rolling|rolled) back',
      'foaming at the mouth|foam ~ mouth',
      'seizure|having a fit|fitting on the|convulsing|convulsions',
      'heart attack|cardiac arrest|a stroke|chest pain|pain in (his|her|my) chest',
      'krijg geen contact|doet ~2 ogen niet (meer )?open|(kan|krijg) ~2 niet (wekken|gewekt)|niet te wekken|geeft geen antwoord meer|weggezakt ~ (geen|niet)',
      "(isn't|isnt|is not|not) opening (his|her) eyes|totally limp|gone limp|went limp|(can't|cant|cannot) rouse",
    ),
    all(lying, noResponse),
    // Dutch word order after "die" / "en": "er ligt een man op de grond die niet reageert".
    all(
      lying,
      rule(
        '(niet|nauwelijks|amper|nergens) (meer )?(reageert|reageerde|ademt|ademde|beweegt|bewoog)',
      ),
    ),
    rule(
      "(can't|cant|cannot|couldn't|couldnt|could not|unable to|won't|wont) (wake|rouse) (him|her|them|my \\S+|the \\S+)(?! (up )?(in the morning|for school|for work|early|on time))",
      "(isn't|isnt|is not|not|aint|ain't) (moving|breathing) ~3 (stairwell|staircase|landing|doorway|entrance|car park|parking|bike shed|garden|kitchen|living room)|(stairwell|staircase|landing|doorway|entrance|car park|bike shed|garden) ~3 (isn't|isnt|is not|not|aint|ain't) (moving|breathing)",
    ),
    // "…en wordt niet wakker (als ik hem schud)": someone else (not "ik word niet wakker van …").
    rule(
      '(?<!ik )(wordt|werd) ~2 niet (meer )?wakker',
      "weet ~2 niet of ~3 (nog )?(ademt|leeft|adem haalt)|(can't|cant|cannot|can not) tell if ~3 (breathing|alive|breathes)|(don't|dont|do not) know if ~3 (breathing|alive|breathes)",
      "(isn't|isnt|is not|not|aint|ain't) moving ~ (stairs|floor|ground|hall|hallway|corridor|bathroom|bed|landing|pavement|street|lift|elevator)|(stairs|floor|ground|hall|hallway|corridor|bathroom|landing|pavement|street|lift|elevator) ~ (isn't|isnt|is not|not|aint|ain't) moving",
      'schuim\\S* ~ (mond|bek)|foam\\S* ~ mouth',
    ),
    all(
      rule('(word|wordt|werd|worden) ~2 niet (meer )?wakker'),
      rule(
        '(hem|haar|schud|schudden|geschud|ligt|lag|wit|bleek|blauw|badkamer|trappenhuis|vloer|grond|vriend|vriendin|buurman|buurvrouw|moeder|vader|man|vrouw)',
      ),
    ),
  ],
  fall: [
    rule(
      '(gevallen|gevalle|gevalen|gestruikeld|gevlogen|gedonderd|neergegaan) ~ (bloed|bloedt|bloed|opstaan|overeind|gebroken|pijn|hoofd|trap|heup|been|arm|niet op)',
      '(bloed|bloedt|hoofd|trap) ~ (gevallen|gestruikeld)',
      'van de trap ~ (gevallen|gevlogen|gedonderd|af|gestruikeld)',
      '(kan|kon) (hij|ze|zij|ik|die|mijn \\S+)? ?niet (meer )?(opstaan|op staan|overeind|omhoog)(?! (in de ochtend|s ochtends|s morgens|uit bed|op tijd))',
      'komt ~ niet (meer )?(overeind|omhoog|op)',
      '(been|arm|heup|pols|enkel|nek|rug) ~ (gebroken|breuk)',
      'bloedt ~ (erg|veel|hard|heel erg|enorm|zo erg|als een rund|flink|overal)',
      '(veel|heel veel|zoveel|overal|een plas|plas) bloed',
      'bloed (overal|uit (zijn|haar|mijn) hoofd)',
      'hoofdwond|gat in (zijn|haar|mijn) hoofd|onderaan de trap',
      "(fell|fallen|slipped|tripped) ~ (can't|cannot|bleeding|blood|broke|broken|hurt|head|stairs|hip|get up|badly|floor)",
      "(can't|cannot|can not|unable to|couldn't) ~2 get (up|him up|her up)(?! (in the morning|early|on time|out of bed))",
      'bleeding ~ (badly|a lot|heavily|everywhere|lot|so much|bad)',
      '(lots of|so much|a lot of|pool of) blood|blood everywhere',
      'broken (leg|arm|hip|wrist|bone|ankle|neck)|broke (his|her|my) (leg|arm|hip|wrist|ankle|neck)',
      'bottom of the stairs|head wound|hit (his|her|my) head',
      "(ik|hij|ze|zij) (bloed|bloedt) (en|heel|erg|zo|veel|hard)|(i am|i'm|im|he is|he's|she is|she's) bleeding",
    ),
    all(fell, injured),
    // Calling for help through a floor, wall or letterbox: someone who cannot get up.
    all(
      rule(
        "(roept|riep|roepen|calling|called|calls|shouting|shouted|yelling) ~6 '?(is daar iemand|is er iemand|help|hallo|anyone there|is anyone|someone)|(roept|riep|called|calls|calling) ~3 (through|door|via) (the |de |het |her |his |haar |zijn )?(floor|vloer|wall|muur|door|deur|letterbox|brievenbus|ceiling|plafond)",
      ),
      rule(
        '(door|through|via) (de |het |the |her |his |haar |zijn )?(vloer|muur|deur|brievenbus|plafond|floor|wall|door|letterbox|ceiling)|(ligt|lying|on the floor|op de grond|op de vloer|kan ~3 niet op|niet (meer )?op kan)',
      ),
    ),
    rule(
      '(been|lying|laying|lain|ligt|lig|lag|gelegen) (\\S+ ){0,3}(on the floor|on the ground|on the gallery|op de grond|op de vloer|op de galerij) (\\S+ ){0,2}(since|sinds|all night|de hele nacht|for hours|uren|al uren)',
      '(kan|kon) (ze|hij|zij|ik) (echt )?niet (meer )?op(?! (tijd|de|het|haar|zijn|een|mijn))',
    ),
    all(
      rule('onderaan (de )?\\S*trap|bottom of the \\S*stairs'),
      rule("niet op|kan niet|pijn|bloed|(can't|cant) get up|pain"),
    ),
  ],
  overdose: [
    rule(
      '(te ?veel|al (zijn|haar|mijn|de)|alle|een hele (strip|doos|pot|fles|zak)|hele strip|handvol|een paar strips|een doos|een pot) ~2 (pillen|pilletjes|pil|tabletten|medicijnen|medicatie|slaappillen|oxazepam|paracetamol|oxy|methadon) ~ (geslikt|ingenomen|genomen|opgegeten|gegeten|naar binnen)',
      '(slikt|slikte|nam|neemt|geslikt|ingenomen|genomen) ~ (te ?veel|al (zijn|haar|mijn|de)|alle|een hele (strip|doos|pot|fles|zak)|hele strip|handvol|een paar strips|een doos|een pot) ~2 (pillen|pilletjes|pil|tabletten|medicijnen|medicatie|slaappillen|oxazepam|paracetamol|oxy|methadon)',
      '(geslikt|ingenomen) ~ (pillen|tabletten|medicijnen)',
      "overdosis|overdose|overdosed|overdosing|od|od'd|od'ed|oding|od'ing",
      'te ?veel (gebruikt|gespoten|gesnoven|geslikt)',
      'te ?veel (drugs|heroine|coke|cocaine|ghb|speed|xtc|g|dope|spul)',
      '(ghb|heroine|drugs|xtc|speed|coke|cocaine|spul|dope|shot|spuit) ~ (wakker|reageert|ademt|blauw|bewusteloos)',
      '(took|taken|swallowed|downed) ~ (all|whole|bunch|too many|lot of|lots of|handful|bottle|box|pack|packet|strip) ~ (pills|tablets|meds|medication|medicine|sleeping pills|painkillers)',
      '(too many|too much) ~2 (pills|tablets|meds|drugs|heroin|ghb|fentanyl|coke)',
      '(pills|tablets|meds) ~ swallowed',
    ),
    all(took, drug, much),
    all(
      rule("(ga|gaan|going to|gonna|will|i'll) ~ (innemen|slikken|nemen|opnemen|take|swallow)"),
      drug,
      much,
    ),
    all(took, drug, drowsy),
    // A whole box or strip finished: "een heel doosje oxazepam op", "ate a whole pack of pills".
    all(
      rule(
        '(heel|hele|een hele|een heel|whole|entire|full) (doosje|doos|strip|strips|potje|pot|flesje|fles|pakje|pak|box|bottle|pack|packet|jar|tub|strip|blister)',
      ),
      pills,
      rule(
        '(op|leeg|opgegeten|gegeten|geslikt|ingenomen|genomen|finished|took|taken|swallowed|ate|had|downed|empty)',
      ),
    ),
    all(took, drug, noResponse),
    all(took, much, drowsy),
    all(
      rule(
        'lege ~1 (doosjes|doosje|strips|strip|potjes|potje|pot|potten|fles|flesje|flessen|verpakkingen|verpakking)|empty ~1 (boxes|box|packs|packets|bottle|bottles|pot|jar|jars|tub|strips|blister|blisters)',
      ),
      drug,
    ),
  ],
  fire: [
    rule(
      'rook (komt|kwam|uit|onder|door|in|bij|overal|uit het|onder de)',
      '(zie|zag|ruik|rook|ruiken|ruikt) ~ rook\\b',
      '(zwarte|dikke|veel|witte|grijze) rook',
      '(vol|vol met|alles vol) rook',
      'het brandt|het brand|staat in (de )?(brand|fik)|in de fik|vlam(men)? ~ (in|uit|slaan|sloegen)',
      'smeult|smeulen',
      '(rookmelder|brandalarm|rookalarm|brandmelder) ~ (af|afgaat|gaat af|loeit) ~ (rook|ruik|brand|vuur|vlam)',
      '(rook|brand|vuur|vlam) ~ (rookmelder|brandalarm|rookalarm) ~ (af|afgaat|loeit)',
      'brandlucht|brand lucht|(ruikt|ruik|stinkt) ~2 (naar )?(verbrand|verbrande|brand|rook|smeulend)|ruik (iets )?(verbrand|branden)',
      '(walm|walmen|rookwalm) ~ (uit|onder|door|in|komt)|(grijze|zwarte|dikke|witte) walm',
      'smoke (coming|pouring|under|from|everywhere|in the|out of|filling)',
      '(komt|kwam|komen|kwamen|trekt|hangt) ~2 (rook|smoke|walm) (uit|onder|door|van|in)',
      '(see|seeing|smell|smells|smelling|saw) ~ smoke',
      '(full of|filled with|black|thick|lots of) smoke',
      '(alarm|smoke alarm|fire alarm) ~ (going off|went off|ringing|goes off) ~ (smoke|fire|flames|burning)',
      'something (is )?burning|smells (like )?burning|burning smell',
      'vlam|vlamme|vlammetjes|vlammetje|blauw van de rook|rook|smoke|rookwolk|rookwolken',
    ),
    rule(
      'vlamt|vlamde|vlammen op|fikt|in vlammen|going up in flames|went up in flames|(bins?|containers?|car|cars|shed|roof|dak|schuur\\S*|flat|building|balcony|balkon|kitchen|keuken|frituurpan|pan) (\\S+ )?(are |is |has )?(going|gone|went) up(?! (stairs|the|to|and down))',
      'verschroeid\\S*|geschroeid\\S*|schroeilucht|(zwarte|zwart|dikke|grijze) (lucht|walm|wolk|wolken)',
    ),
    all(
      rule(
        '(deur|muur|wand|klink|deurklink|door|wall|handle|doorknob) ~4 (heet|gloeiend\\S*|hot|burning|warm)',
      ),
      rule(
        '(ruik|ruikt|smell\\S*|rook|smoke|geroosterd|verschroeid|brand|knettert|crackling|hoor|hear|erachter|behind|binnen|inside)',
      ),
      not(rule('(verwarming|radiator|cv|heater|zon|sun|kachel|oven|stove|fornuis)')),
    ),
    all(
      rule(
        '(lucht|air|hal|gang|trappenhuis|kamer|keuken|stairwell|hallway|corridor) ~3 (blauw\\S*|grijs\\S*|zwart\\S*|grey|gray|hazy|wazig|mistig|blue)',
      ),
      rule(
        '(hoest\\S*|cough\\S*|ogen prikken|prikt|eyes (sting|burning|water)|benauwd|stinkt|ruikt|smell\\S*|adem|breathe)',
      ),
    ),
    // Rubbish, a car or a door set alight: "iemand heeft de vuilniszakken aangestoken".
    near(5, setAlight, alightThing),
  ],
  gas: [
    rule(
      '(rotte eieren|rotte ei|rot ei)',
      '(ruikt|ruik|rook|stinkt|stinken|ruiken) ~ gas',
      'gas ~ (ruiken|geroken|lucht|geur|lekt|lekken|sist)',
      'rotten eggs?',
      '(smell|smells|smelling|smelt|smelled) ~ gas',
      'gas ~ (leak|leaking|smell|hissing)',
      'hissing ~ (gas|meter|pipe|stove|cooker)',
      'gas\\S* ~ (lekt|lek|los(?! van)|sist|ruikt|lucht|stinkt|leaking|leak|hissing|smells)',
      '(gaskraan|gaskranen|gasfornuis|gas) ~2 (open ?gedraaid|open ?gezet|aangezet|laten stromen|open gelaten)|(turned|left) (on )?the gas (on|open)|gas (turned|left) on',
    ),
    all(
      rule(
        '(smell|smells|smelling|stinks|ruikt|ruik|stinkt|lucht) (\\S+ ){0,10}(leak|lek|lekkage|gaslek)',
      ),
      not(
        rule(
          '(water|dak|roof|kraan|tap|toilet|wc|plafond|ceiling|damp|vocht|schimmel|mould|mold|musty|muf|riool|sewer|afvoer)',
        ),
      ),
    ),
    all(
      rule('eieren|eggs|egg'),
      rule('ruikt|ruik|lucht|stinkt|stank|geur|smell|smells|stink|stinks|reeks'),
    ),
    all(
      rule('zwavel|sulfur|sulphur'),
      rule('ruikt|ruik|lucht|stinkt|stank|geur|smell|smells|stink'),
    ),
    all(
      rule('sist|sissen|siste|gesis|hissing|hisses|hiss'),
      rule(
        'fornuis|gas\\S*|kachel|slang|cooker|stove|boiler|meter|pipe|ketel|cv|stinkt|stinks|ruikt|smells',
      ),
    ),
    // Carbon monoxide: a CO alarm that sounds, or a heater, with dizziness, nausea or headache.
    all(
      rule('(koolmonoxide\\S*|co ?melder|co alarm|co ?meter|carbon monoxide|co (detector|alarm))'),
      rule(
        '(piept|piepen|gaat af|ging af|afgaat|loeit|alarm|duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|overgeven|beeping|going off|went off|dizzy|nausea|nauseous|headache|headaches|drowsy|sick|vergiftig\\S*|poisoning)',
      ),
      rule(
        '(duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|overgeven|braken|dizzy|nausea|nauseous|headache|headaches|drowsy|faint|vomiting|throwing up|vergiftig\\S*|poisoning)',
      ),
    ),
    all(
      rule('(cv|ketel|cv ketel|cv-ketel|geiser|kachel|gaskachel|boiler|heater|afzuiging|afvoer)'),
      rule(
        '(duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|dizzy|nauseous|nausea|headache|drowsy|faint)',
      ),
      rule(
        '(we|wij|allemaal|iedereen|kinderen ook|de kinderen|mijn kinderen|ook|allebei|all of us|everyone|the kids|my kids|both of us|we all)',
      ),
      rule(
        '(duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|dizzy|nauseous|nausea|headache|drowsy|faint) ~ (en|and|,)? ?(duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|dizzy|nauseous|nausea|headache|drowsy|faint|ook|too|also|allemaal)|(we|wij|allemaal|iedereen|kinderen|all|everyone|kids) ~3 (duizelig|misselijk|hoofdpijn|suf|slaperig|flauw|dizzy|nauseous|nausea|headache|headaches|drowsy|faint)',
      ),
    ),
  ],
  violence: [
    rule(
      '(slaan|slaat|sloeg|sloegen|schoppen|schopt|schopte|trappen|trapt|trapte|meppen|mept|stompen|stompt|rammen|ramt) ~2 (de|die|een|dat|mijn|mn|zijn|haar|onze) (oude |arme )?(meneer|man|mevrouw|vrouw|jongen|meisje|buurman|buurvrouw|kind|neef|nicht|broer|zus|vader|moeder|opa|oma|vriend|vriendin|zoon|dochter|bewoner|jongen|gast|dakloze)',
      '(zijn|is|zitten|zit|waren) (\\S+ ){1,4}aan het (klappen|slaan|schoppen|trappen|meppen|afrossen|aftuigen|afmaken)|(tuigen|tuigt|tuigden) ~3 af|(getuigd|afgetuigd|afgerost)',
    ),
    rule(
      '(slaat|sloeg|slaan|schopt|schopte|schoppen|trapt|trapte|stompt|stompte|stompen|duwt|duwde|knijpt|kneep|wurgt|wurgde|wurgen|mept|mepte|beukt|beukte) ~2 (hem|haar|elkaar|iemand|mij|me|vrouw|vriendin|vriend|kind|kinderen|man|moeder|vader|zoon|dochter|keel)',
      'in elkaar (slaan|geslagen|getrapt|trappen|aan het slaan|geschopt)',
      '(gillen|gilt|gilde|schreeuwt|schreeuwde|schreeuwen|roept|riep|huilt) ~ (om hulp|help|au|stop|hou op)',
      'hulp hulp|help help',
      // Held and not let go: "hij houdt mij vast en laat niet los".
      "(houdt|hield|pakt|pakte|grijpt|greep) (mij|me|haar|hem) (\\S+ )?vast ~4 (laat|liet) (niet|nie) (meer )?los|(won't|wont|will not) let (me|her|him) go|(holding|grabbed|grabbing) (me|her) ~4 (won't|wont) let go",
      '(zwaait|zwaaide|loopt|liep|staat|stond|rent|rende|komt|kwam|heeft|had|met|dreigt|pakt|pakte|trekt|trok) ~ (mes|messen|bijl|knuppel|honkbalknuppel|pistool|wapen|vuurwapen|machete|stanleymes)',
      '(zwaait|zwaaide|dreigt|dreigde|slaat|sloeg|gooit|gooide|steekt|stak) ~ (schaar|hamer|glas|fles|stoel)',
      'vechtpartij|knokpartij|(zijn|zitten|waren) ~2 aan het (vechten|knokken|matten)|klappen (geven|uitdelen|krijgt|gekregen)',
      // "Er wordt gevochten in de hal": a fight going on now.
      '(wordt|word|worden) (er )?(nu |weer |flink |hard )?(gevochten|geknokt|gematst)',
      '(haar|hem|mij|me|kind|vrouw|vriendin) ~1 (tegen de muur|op de grond|van de trap) ~1 (geduwd|gegooid|gesmeten|geslagen)',
      '(gooit|gooide|smijt|smeet) ~ (haar|hem|iemand|mij|me|kind) ~ (muur|grond|trap|deur)',
      '(hitting|beating|punching|kicking|choking|strangling|attacking|slapping|stabbing) ~2 (her|him|them|each other|someone|somebody|me|his \\S+|a (woman|man|girl|boy|kid|child)|the (woman|man|girl|boy|kid|child|kids))',
      '(hit|hits|beat|beats|punch|punches|punched|kick|kicks|kicked|slap|slaps|slapped|choke|chokes|choked|strangle|strangles) (her|him|me|them|his|each other|someone)',
      '(screaming|shouting|yelling|crying|scream|screams) ~ (for help|help|stop)',
      '(has|had|with|holding|waving|pulled|pulling|carrying|got|grabbed) ~2 (knife|gun|weapon|machete|bat|axe|pistol|crowbar|hammer)',
      "(fight|fighting|brawl) ~ (right now|now|blood|bleeding|knife)|fist ?fight|(are|is|they're|were) fighting (in|on|outside)",
      '(pinned|pushed|threw|thrown|slammed) ~ (her|him|me|someone) ~ (wall|floor|ground|stairs|door)',
      '(pinned|pinning|slammed|holding|holds|held|pressed|pressing) ~4 (against|to|tegen) (the|a|de|het) (wall|floor|ground|door|muur|grond|vloer|deur)|(got|has|had|grabbed|grabs|holding|holds|held|pinned|pins|lifted|dragging) (her|him|me|them|someone|somebody|my \\S+|the \\S+|a \\S+) (\\S+ )?by the throat|(bij|naar|om) (de|zijn|haar|mijn) keel (gegrepen|gepakt|vast|grijpt|greep|knijpt|kneep)|(heeft|pakt|pakte|grijpt|greep|houdt|hield|vliegt|vloog) (haar|hem|me|mij|iemand|mijn \\S+) (\\S+ )?(bij|aan|naar) (de|zijn|haar|mijn) keel|(knijpt|kneep|drukt|drukte) ~2 keel ~2 (dicht|toe)',
      '(sleurt|sleurde|sleept|sleepte|trekt|trok) ~ (haar|hem) ~ (grond|vloer|haren|trap|gang)|bij (haar|zijn|de) haren',
      '(gaat|gaan|ging|gingen) ~ op ~2 (af|los)',
      '(gooit|gooide|smijt|smeet|duwt|duwde|slingert) ~2 (haar|hem|iemand|mij|me|kind|vrouw|vriendin|man|zoon|dochter) ~2 (tegen|op|van|door|over)',
      '(slaan|slaat|sloeg|schoppen|schopt|trappen|trapt) ~2 (mijn|zijn|haar|onze) (?!deur|deuren|raam|ramen|auto|fiets|tijd|kop|bal|hond)\\S+',
      "in elkaar (aan het )?(slaan|trappen|schoppen)|met (zijn|z'n) (drieen|vieren|allen) ~ (op|los)",
      'dragging (her|him|someone)|by (the|her|his) hair|being beaten|beaten up|beating (him|her|someone|each other) up|smashing each other|fighting with (sticks|knives|bats|bottles|a knife)|beat (him|her|me) up|jumped (him|her|me)|(going|went) for (her|him)',
    ),
    rule(
      '(being|getting|been|gets|get) (thrown|pushed|slammed|hit|beaten|kicked|punched|choked|strangled|attacked|stabbed)|(wordt|word|werd|worden) ~2 (geslagen|geschopt|getrapt|gewurgd|gestoken|mishandeld|aangevallen|in elkaar geslagen|tegen de muur (gegooid|geduwd|gesmeten))',
      '(trappen|schoppen|slaan|stompen|meppen|duwen|trapten|schopten|sloegen) ~1 (hem|haar|iemand|elkaar|mij|me|een (man|vrouw|jongen|meisje|kind))',
      '(steken|steekt|stak|staken) ~2 (iemand|hem|haar|mij|me|elkaar|een (man|vrouw|jongen|meisje)) ~1 neer|(stabbing|stabbed|knifing) (someone|somebody|him|her|a (man|woman|guy|kid))',
    ),
    all(
      rule('(fight|fighting|brawl|vechten|vechtpartij|knokken|matten|slaan elkaar)'),
      rule(
        '(come quick|kom snel|hurry|schiet op|right now|nu|snel|help|bloed|blood|gewond|injured|mes|knife)',
      ),
    ),
  ],
  weapon: [],
  threat: [
    rule(
      '(ga|gaat|gaan|ging|zal|zou|wil|komt) ~ (je|jou|hem|haar|me|mij|ons|jullie|iedereen|u) ~ (dood ?maken|doodmaken|vermoorden|afmaken|af maken|neersteken|neer steken|neerschieten|kapot ?maken|steken|wat aandoen|iets aandoen|in elkaar slaan|slaan)',
      '(dreigt|dreigde|dreigen) (me|mij|haar|hem|ons|jullie|iedereen) ~ (te|met)',
      '(dreigt|dreigde) (met|ermee) ~ (mes|slaan|doodmaken|vermoorden|geweld|steken|in elkaar|wapen)',
      'bedreigt|bedreigde|bedreigd',
      'ik weet waar (je|jij|u) woont',
      '(maakt|maak) ~ (me|mij|je|haar|hem|jou) (af|dood)',
      '(maakt|maak|maken) (je|jouw|jullie|haar|zijn|mijn|onze|u) \\S+ (af|dood|kapot)',
      '(steek|steekt|steken|zet|zetten) ~3 (in de fik|in brand)|(burn|burning) (the|this|our|your|my|his|her) (place|house|building|flat|door|home) down|(set|sets|setting) (fire to|the place on fire)',
      "(going to|will|i'll|he'll|she'll|they'll|he'd|she'd|threatens to|threatened to|threatening to|swear|swore) ~2 (kill|stab|shoot|hurt|beat|burn|cut|murder|strangle) (me|you|her|him|us|them|everyone|everybody|my \\S+|his \\S+|her \\S+|your \\S+|our \\S+|the (kids|children|baby|kid|dog|cat|family))",
      '(threatens|threatened|threatening) (to|me|us|her|him)',
      'i know where (you|u) live',
      'death threat|threatening (me|us|her|him)',
      "'?(jij|je|u) (bent|ben) (de |het )?volgende'?(?! (in|op|aan|die|dat|keer|week|maand|beurt|om|voor))|'?(you're|youre|you are|ur) next'?(?! (in|on|to|week|time|door|turn|up|for))",
    ),
    all(says, harmWords),
  ],
  break_in: [
    // A door, window or lock forced open: "de deur van de berging opengetrapt".
    near(4, forcedOpen, forcedThing),
    rule(
      '(trying|tries|tried|proberen|probeert|probeerde) (\\S+ ){0,2}(keys|sleutels|sleutel) (in|op|on) (my|mijn|mn|our|ons|the|de|het) (lock|slot|door|deur|voordeur|front door)',
    ),
    all(
      rule(
        '(iemand|someone|somebody|een man|a man|a guy|een vent) (zit|is|staat|sits|sitting) (\\S+ ){0,2}in (mijn|onze|ons|my|our) (auto|car|busje|van|schuur|berging|shed|garage)',
      ),
      rule('(kapot|ingeslagen|stuk|smashed|broken|nog|still|nu|now|right now|er nog)'),
    ),
    rule(
      '(wordt|word|worden|werd) ~ ingebroken',
      '(iemand|ze|hij|zij|er|someone|somebody|they|he|she) (breekt|breken|forceert|forceren|is breaking|are breaking|is forcing|are forcing) ~3 (deur|voordeur|achterdeur|raam|ramen|slot|door|window|lock)',
      'inbraak (bezig|nu|aan de gang)|inbreken|inbreker|inbrekers|ingebroken ~ (nu|net|op dit moment)',
      'breekt ~2 open|breken ~2 open|(deur|deuren|voordeur|raam|ramen|slot|sloten|achterdeur|balkondeur|berging|bergingen|kluisjes) ~2 open (te )?(breken|wrikken|forceren|trappen|maken)',
      '(probeert|proberen|probeerde) ~ (deur|voordeur|raam|slot|achterdeur) ~ (open|forceren|kapot)',
      '(probeert|proberen|probeerde|wil|willen|probeerden) ~ (binnen|naar binnen|erin) te (komen|breken|dringen|klimmen)',
      '(morrelt|morrelen|rommelt|rommelen|wrikt|wrikken|peutert|peuteren|prutst|prutsen|rammelt|rammelen|frunnikt) ~ (deur|slot|raam|voordeur|deurklink|klink)',
      '(deur|slot|raam|voordeur|klink) ~6 (morrelen|wrikken|peuteren|rammelen|gemorreld|forceren|open te krijgen)',
      '(forceren|forceert|forceerde|forceerden|geforceerd|open ?breken|openwrikken) ~ (deur|slot|raam|berging|fietsenberging|kluis|hek)|(deur|slot|raam|berging|fietsenberging) ~ aan het (forceren|openbreken|wrikken)',
      '(deur|raam|ruit|voordeur) ~ (opengebroken|ingetrapt|ingeslagen|open ?gebroken|kapot ?getrapt|geforceerd|open gewrikt)',
      '(trapt|trappen|trapte|schopt|schoppen|ramt|rammen|beukt|beuken) ~ (deur|raam|voordeur) ~ (in|open|kapot)',
      '(is|zit|staat|loopt) iemand in (mijn|ons) (huis|appartement|woning|kamer|flat)|iemand (is|zit|loopt|staat) (in|binnen in) (mijn|ons) (huis|appartement|woning|kamer|flat)',
      '(klimt|klimmen|klom|klommen) ~6 (naar binnen|door het raam|over het balkon|balkon)',
      '(vreemde|vreemden|onbekende|onbekenden) ~ in (mijn|ons) (huis|appartement|woning)',
      '(breaking|break|broke) (in|into)|broken into',
      'burglar|burglars|burglary|break-in',
      '(trying|tries|tried) to (get|break|climb|force|kick) (in|into|the door)(?! (touch|contact|the activity|the group|the app))',
      '(forcing|forced|jimmying|prying|kicking|kicked|smashing|fiddling) ~ (door|window|lock)',
      "(there's|there is|someone's|someone is|somebody is|somebody's|stranger|strangers|a man is|a guy is) ~1 in my (flat|apartment|house|home|room)",
      'climbing ~ (window|balcony)',
      // Not "vreemde jongens lopen rond in ons portiek": hanging around is a nuisance.
      '(onbekende|vreemde) (vent|man|vrouw|persoon|gast|gasten|mensen|jongens) ((?!rond)\\S+ ){0,4}(door|in) (mijn|ons|onze)',
      '(binnengestormd|binnengevallen|binnengedrongen|stormed in|burst in(?= (and|\\||$))|burst into (my|the|our|her|his) (flat|house|room|home|apartment)|forced their way in)',
      '(openramt|openrammen|openbreken|openbreekt|doorzagen|doorzaagt|openwrikken|openwrikt)|(worden|wordt|word|nu|net|bezig) ~3 (opengeramd|opengebroken|opengewrikt|doorgezaagd|open ?gebroken)|(opengeramd|opengebroken|opengewrikt|doorgezaagd) ~3 (nu|op dit moment|bezig)',
      '(geklommen|geklommen|klom|klimt) ~ (raam|binnen|balkon)|(door|via) (mijn|het|ons) \\S*raam ~ (geklommen|binnen)',
      'mensen in de woning ~ (weg|niet thuis|op vakantie)|bivakmuts|bivakmutsen|balaclava|balaclavas',
      "(someone|somebody|a man|a guy|people) ~ in my (living room|bedroom|kitchen|flat|house|home)|in my (living room|bedroom|kitchen|flat) (i|that i) (don't|dont|do not) know",
      '(prying|jimmying|sawing|forcing|breaking) ~ (open|through|lockers|locks)|(climbed|climbing) (in|through)',
    ),
    all(
      rule(
        '(mensen|iemand|people|someone|somebody) ~6 in (de|het|zijn|haar|die|the) (woning|huis|appartement|flat|apartment|house)',
      ),
      rule('(weg|niet thuis|op vakantie|away|not home|not in|on holiday)'),
    ),
    rule(
      'er (is|zit|loopt|staat) iemand bij (mij|ons|me) (binnen|in (huis|de woning))',
      "(there's|there is) (someone|somebody|a (man|guy|stranger)) (inside|in here|in the house|downstairs) ~ (hear|heard|footsteps)",
    ),
    all(
      rule(
        'iemand ~2 (binnen|in (mijn|ons|het) (huis|woning|flat|appartement|woonkamer|slaapkamer|keuken))(?! (gelaten|laten|komen|mag))',
      ),
      rule(
        '(hoor|hoorde|horen|voetstappen|niet van (mij|ons)|vreemd|onbekend|eng|bang|niemand thuis|alleen thuis)',
      ),
    ),
    // Someone inside a home whose people are away, or who does not belong there.
    all(
      rule(
        '(iemand|mensen|een man|een vrouw|vreemde|vreemden|onbekende|someone|somebody|people|a man|a guy|a stranger|strangers) ~3 (binnen|inside|in (het|de|zijn|haar|hun|the|his|her|their) (huis|woning|appartement|flat|kamer|house|home|apartment))(?! (gelaten|laten|komen|mag|geweest))',
      ),
      rule(
        '(op vakantie|niet thuis|nie thuis|niemand thuis|zijn weg|is weg|die daar (niet|nie) hoort|die (er|daar|hier) (niet|nie) (thuis)?hoort|away|on holiday|on vacation|not home|(does not|doesn.t|doesnt|dont|don.t) belong)',
      ),
    ),
    all(
      rule(
        '(iemand|een man|een vrouw|vreemde|onbekende|hij|ze|someone|somebody|a man|a guy|stranger|he|she)',
      ),
      rule(
        '(trekt|trekken|trok|doorzoekt|doorzoeken|rommelt ~2 in) ~3 (laatjes|lades|la|kasten|kastjes|spullen)(?! (van mij|op zoek))|going through (the|her|his|my|our|their) (drawers|stuff|things|cupboards)|(opening|pulling out) (the )?drawers',
      ),
      rule(
        '(binnen|bij de buren|bij de buurvrouw|bij de buurman|inside|next door|in (her|his|their|the) (flat|house|home|apartment))',
      ),
    ),
    all(
      rule(
        '(hear|heard|hearing|hoor|hoorde|horen) ~3 (someone|somebody|iemand|people|mensen|footsteps|voetstappen|iets)',
      ),
      rule(
        "(live alone|living alone|i'm alone|im alone|i am alone|home alone|on my own|woon alleen|ben alleen|alleen thuis|niemand (anders )?thuis|nobody (else )?(is )?(home|here|in)|(door|deur|doors|deuren) ~2 (locked|op slot|dicht))",
      ),
      rule(
        '(walking|moving|lopen|loopt|rondlopen|rond|binnen|inside|downstairs|upstairs|beneden|boven|in my|in mijn|in de gang|in the hall|in the kitchen|in de keuken|in de woonkamer|in the living room)',
      ),
      not(
        rule(
          '(elke|iedere) (nacht|avond|dag|ochtend)|steeds|altijd|vaak|every (night|day|evening|morning)|always|often',
        ),
      ),
    ),
    all(
      rule(
        '(glas|ruit|ruiten|raam|glass|window) ~3 (breken|brak|breekt|rinkelen|rinkelt|smash|smashing|breaking|shatter|shattering)|(breken|brak|smash|smashing) ~3 (glas|glass|ruit|raam|window)',
      ),
      rule(
        '(op vakantie|niet thuis|niemand thuis|zijn weg|is weg|away|on holiday|on vacation|not home|nobody home)',
      ),
    ),
    all(
      rule('glas|glass|ruit'),
      rule(
        'voetstappen|footsteps|iemand in (mijn|het) huis|someone in|er loopt iemand|loopt iemand|iemand ~2 rond ?(te )?lopen|(someone|somebody) (is )?(walking|moving) around',
      ),
    ),
    all(
      rule(
        'schroevendraaier|koevoet|breekijzer|zaklamp|zaklampen|crowbar|screwdriver|flashlight|torch',
      ),
      rule('(deur|raam|slot|ramen|door|window|lock|huis|woning|house|flat)'),
      rule(
        '(weg|niet thuis|op vakantie|thuis|peuteren|peutert|wrikken|wrikt|forceren|binnen|rondlopen|loopt rond|away|not home|prying|forcing|inside|walking around)',
      ),
    ),
  ],
  self_harm: [
    rule(
      '(wil|wou|wilde) ~2 (niet meer|nooit meer|niet langer|nie meer) (leven|bestaan|wakker worden|wakker|verder(?! met| zo| in| hier)|hier zijn|er zijn)',
      'wil er niet meer zijn|(wil|wou|wilde) ~2 (dood|doodgaan|sterven|verdwijnen voor altijd|weg van deze wereld)',
      '(slapen|inslapen|gaan slapen) ~ nooit meer wakker',
      '(ga|gaan|wil|wou) ~3 (slapen|inslapen) (en )?(\\S+ ){0,2}(niet|nooit) (meer )?wakker (worden|word|te worden)',
      // A leg over the edge of a balcony, roof or railing.
      '(been|benen|voet|voeten|leg|legs|foot|feet) ~3 over (de|het|the) (rand|reling|balustrade|hek|leuning|railing|edge|ledge|rail)',
      'leven (heeft|heb) geen zin|geen zin meer in (het leven|leven)',
      '(iedereen|jullie|ze|mijn familie) ~ (beter af|beter zonder) ~ (zonder mij|zonder me|mij)',
      'niemand (zal|gaat|zou) (me|mij) ~ missen',
      'afscheidsbrief|afscheidsbrieven|afscheidsbriefje|afscheid ~ (nemen|genomen|brief) ~ (voor altijd|iedereen|laatste)|goodbye (letter|letters|note|notes)|suicide note',
      '(morgen|straks|vanavond|vannacht|dan) ben ik er niet meer',
      '(van|vanaf) (het dak|de brug|de flat|het balkon|de galerij) ~ (springen|spring|af|afspringen)',
      '(springen|spring) ~ (van|vanaf) (het |de |een |mijn |zijn |haar )?(\\S+ )?(dak|brug|flat|balkon|galerij|raam|reling|dakrand|flatgebouw|gebouw|verdieping|hoog)|(springen|spring) ~ (naar beneden|eraf|voor de trein)',
      'voor de trein|onder de trein',
      '(mezelf|mijzelf) ~ (ophangen|opknopen|snijden|krassen|gesneden|gekrast|iets aandoen|wat aandoen|pijn doen|pijn gedaan|van kant|dood)',
      // The separable verb with "te": "ik heb zin om mezelf iets aan te doen".
      '(mezelf|mijzelf) (iets|wat) aan te doen',
      // Letters for the family written: "het is op, ik heb de brieven voor mn familie al geschreven".
      "(brieven|brief|briefje|briefjes) (voor|aan) (mijn|mn|m'n|de) (familie|kinderen|kids|moeder|vader|ouders|dochter|zoon|zus|broer|vriendin|vriend) ~3 (geschreven|klaar|neergelegd)|(letters|letter|notes|note) (for|to) my (family|kids|children|mum|mom|dad|parents|daughter|son|sister|brother) ~3 (written|ready|done|left)",
      'me (ophangen|opknopen|van kant maken)',
      '(pillen|medicijnen) ~ (gespaard|verzameld|opgespaard|klaarliggen|klaar)',
      "(mijn|m'n) leven ~ (beeindigen|stoppen|nemen|eindigen)",
      'er (een )?(eind|einde) aan ~ maken|ermee (stoppen|ophouden) ~ (voorgoed|voor altijd)',
      'zie ~ niet meer zitten',
      "(scared|afraid|bang) (of|voor) what (i'll|ill|i will|i might|i could|i may|i'm going to) do|bang (voor )?wat ik (\\S+ )?(ga )?(doe|zal doen|ga doen)|bang dat ik mezelf",
      '(ga|gaat) (ik|hij|ze|zij) (\\S+ ){0,2}van (het|de) (\\S+ )?(dak|brug|flat|balkon|galerij|parkeergarage)|(ik|hij|ze|zij) (ga|gaat) (\\S+ ){0,2}van (het|de) (\\S+ )?(dak|brug|flat|balkon|galerij|parkeergarage)|(going|gonna|go) (off|jump off) (the )?(\\S+ )?(roof|bridge|balcony|car park)',
      "(don't|do not|dont) want to (live|be here|be alive|wake up|exist|go on|be around)",
      '(want|wanted) to (die|end it|end my life|kill myself|disappear forever|not exist)',
      'better off without me|(no|not any|no more) (point|reason) (in |to )?(living|live|going on|being here)',
      '(end|ending|ended) (it all|my life|everything)',
      '(jump|jumping) (off|from) ~ (roof|bridge|building|balcony)',
      '(cut|cutting|hurt|hurting|harm|harming|kill|killing) myself',
      '(nobody|no one|noone) (will|would) (miss|care)',
      'say(ing)? goodbye ~ (forever|for good|everyone)|goodbye forever',
      // A farewell for good: "doei voor altijd", "it was nice knowing you all".
      '(doei|dag|daag|doeg|bye|ciao|tot ziens|vaarwel|houdoe) (voor altijd|voorgoed|forever|for good|for ever)',
      'sleep and never wake',
      'inslaap|inslapen ~ (nooit|niet meer|klaar|voor altijd)|nooit meer (opstaan|wakker|terugkomen|terug)|never wake|never come back',
      'punt achter (zetten|zet)|(het|een) touw|the rope|a rope|rand van (het|de) (balkon|dak|brug)|edge of the (balcony|roof|bridge)',
      "(spullen|alles) weggegeven|gave (my|all my) (things|stuff|belongings) away|ben er (morgen|straks|vanavond) niet meer|(won't|wont|will not) be (here|around) (tomorrow|tonight)",
      "pillen ~ klaar ?(gezet|gelegd|liggen)?|neem ~2 al (mijn|m'n) pillen|taking all my pills|(zich|zichzelf|mezelf) ~ van kant|spoor|treinrails|train tracks|railway|the tracks",
      "niet (meer )?verder (wil|willen) leven|(jump|jumping) off|(end|ending|ended) (her|his|my) (own )?life|(vannacht|vanavond|straks|morgen) doe ik het|tonight i (will|'ll) do it|laatste bericht|last message|final message",
      '(cutting|cuts|cut|hurting|harming|hurt|harm) (herself|himself|themselves)|(snijdt|snijden|krast|krassen) ~2 (zichzelf|haar armen|zijn armen)|zichzelf ~2 (snijden|krassen)',
      "(wil|wou|wilde) er ~2 niet (meer|langer) zijn|(eind|einde) aan (maken|te maken|(mijn|m'n|me) leven)|(snij|snijd|sneed|kras|kraste|snijden|krassen) ~2 (mezelf|mijzelf|mijn armen|mijn polsen|in mijn (arm|armen|pols|polsen))",
      'het hoeft (voor mij |van mij )?(allemaal )?niet meer|hoeft (voor mij|van mij) ~2 niet meer',
      '(pills|meds|tablets|pillen|medicijnen|tabletten) ~2 (lined up|ready|counted out|saved up|stockpiled|klaar|opgespaard|uitgestald|op een rij)',
      '(mezelf|mijzelf) ~ kapot|afscheid genomen|said goodbye|zichzelf ~ (dood|aandoen|aandoet|van kant|ophangen|doodmaakt|doodmaken)|(kill|hurt|hang) (herself|himself)',
    ),
    rule(
      // "ik wil niet meer" as the whole message; with more words it is often about something else.
      "(^| )ik (wil|wou) (gewoon |echt |eigenlijk |gewoon echt )?(niet|nie|nt) meer(?= \\||$)|(^| )i (don't|dont|do not) want to (anymore|any more)(?= \\||$)",
      '(pols|polsen|aders|wrist|wrists|veins) ~2 (open ?gesneden|doorgesneden|opengehaald|open ?gekrast|gesneden|slit|slashed|cut)|(armen|arm) ~2 (opengesneden|opengekrast|opengehaald)|(slit|slashed|cut|sliced|opened) (my|his|her) (wrists|wrist|veins)',
      "(zeg|vertel|tell) ~5 (dat )?(het|dit) niet (zijn|haar|jouw|jullie|hun|je|jou) schuld|(tell|let) ~5 (it's|its|it is|it was) not (his|her|your|their) fault",
      '(wil|wou|wilde|want|wanna|wish i could) ~3 (voor altijd|forever|eeuwig) (slapen|rusten|sleep|rest)|(slapen|sleep|rest) (voor altijd|forever)|eeuwige slaap|never wake up again',
      '(buitenkant|andere kant|verkeerde kant) van (de|het) (reling|balustrade|hek|brugleuning|leuning)|(outside|other side|wrong side) of the (railing|rail|barrier|railings|fence)|over (the|de) (railing|reling) (geklommen|klimt|klom|climbed|climbing)|(climbed|climbing|klimt|klom|geklommen) over (the|de) (railing|reling|balustrade)',
      '(end|ending) it (tonight|today|now|tomorrow|for good|soon|this week)|(going to|gonna|wants to|want to|about to|plans to|planning to) end it(?! (with|between|at|by|early|there|here))',
      'geen zin (meer )?(om te leven|in het leven|in leven|om door te gaan|om verder te gaan|meer in alles)|no (will|desire|wish|reason) (left )?to live',
      '(gesprongen|sprong|jumped) (van|vanaf|uit|off|from|out of) (het |de |the |a |een |zijn |haar |her |his )?(balkon|dak|raam|brug|flat|galerij|window|roof|balcony|bridge|building)',
    ),
    // "Er een eind aan maken" with when it will be: not a nuisance someone wants ended.
    all(
      rule(
        '(eind|einde) aan ~2 (maken|maakt|maak|te maken)|een (eind|einde) maken aan (alles|mijn leven|zijn leven|haar leven)|(maak|maakt|maken) er ~3 (een )?(eind|einde) aan',
      ),
      rule(
        '(vanavond|vannacht|straks|morgen|vandaag|nu|voorgoed|voor altijd|zijn leven|haar leven|mijn leven|alles|afscheid)',
      ),
      not(
        rule(
          '(herrie|lawaai|overlast|ruzie|gedoe|muziek|geluid|troep|rommel|stank|pesterij|pesten|situatie)',
        ),
      ),
    ),
    // Letters for everyone with no point left: a goodbye.
    all(
      rule(
        '(written|wrote|writing|geschreven|schreef|schrijf) ~3 (letters?|notes?|brieven|briefjes|brief) (for|to|voor|aan) (everyone|everybody|all|my|iedereen|mijn|allemaal|de kinderen)',
      ),
      rule(
        '(point|zin|bye|afscheid|niet meer|anymore|no more|forever|voor altijd|vaarwel|goodbye)',
      ),
    ),
    // A high place or the tracks together with jumping or an end.
    all(
      rule(
        "(sta|staat|zit|stond|zat|ben|is|staan|i'm|im|i am|he's|she's|standing|sitting) ~2 (op|bovenop|aan|on|on top of) (het |de |the |a |een |his |her |zijn |haar )?(\\S+ )?(dak|brug|rand|reling|spoor|rails|dakrand|roof|bridge|ledge|edge|tracks|railing)",
      ),
      rule(
        "(spring|springen|jump|jumping|niet meer|hoeft|klaar|einde|eind|dood|afscheid|vaarwel|sorry|done|goodbye|end it|bye|laatste|last|weet (niet|nie) of ik ~3 (naar beneden|terug|leven)|(don't|dont|do not) know if i ~3 (down|back|live|go on))",
      ),
    ),
    all(
      rule('(brug|dak|flat|balkon|spoor|rails|bridge|roof|ledge|tracks|reling|balcony)'),
      rule(
        "(ik spring|ga springen|gaat springen|gaan springen|wil springen|ga ik springen|i'll jump|ill jump|he'll jump|she'll jump|going to jump|gonna jump|about to jump|will jump)",
      ),
    ),
    // A razor out by the bath, or told to someone: not a shave.
    all(
      rule('(razor|razors|scheermes\\S*|mesje|mesjes|blade|blades)'),
      rule(
        '(bath|bad|badkuip|tub|pols|polsen|wrist|wrists|armen|arms|tell someone|told someone|iemand (\\S+ ){0,2}(vertellen|zeggen|laten weten))',
      ),
      not(
        rule('(shave|shaving|scheren|baard|beard|legs|benen|kapper|barber|koop|kopen|buy|bought)'),
      ),
    ),
    // A blade at the wrists or throat; being done with it all, for good.
    rule(
      '(mes|mesje|scheermes|scheermesje|glas) ~3 (pols|polsen|armen|keel)|(blade|knife|razor) ~3 (wrist|wrists|arm|arms|throat)',
    ),
    all(
      rule(
        "(ben|is) er klaar mee|ik (stop|kap|hou|houd) ermee|(i'm|im|i am) done|done with (it all|life|everything)",
      ),
      rule(
        'voorgoed|voor altijd|met (het )?leven|met alles|for good|forever|with life|with everything',
      ),
    ),
    // A goodbye: sorry for everything, and leaving or a last message of love.
    all(
      rule(
        'sorry voor alles|vergeef (me|mij)|het spijt me (van|voor) alles|sorry for everything|forgive me',
      ),
      rule(
        "ik ga nu|ik ben weg|vaarwel|voor altijd|zeg ~4 dat ik ~3 hou|dag allemaal|ik hou van jullie|i'm going now|im going now|goodbye|farewell|for good|tell ~4 (that )?i love|love you all",
      ),
    ),
    // Two signs of a farewell: thanks for everything, the cat handed over, things given away.
    farewell,
    // "Het is mooi geweest" with thanks for everything, or a goodbye: a farewell.
    all(
      rule(
        'het is mooi geweest|het is op|it.s been enough|i.ve had enough of (it all|life|everything)',
      ),
      rule(
        'bedankt voor alles|dank (je |jullie |u )?voor alles|thanks for everything|thank you for everything|vaarwel|doei|dag allemaal|voor altijd|voorgoed|goodbye|bye|farewell|forever|for good',
      ),
    ),
    // "I won't be around anymore" with things given away, pills or thanks for everything; not a move.
    all(
      rule(
        "(won't|wont|will not) be (here|around) (any ?more|much longer|after tonight)|(ben|zal) (er )?(straks |vanavond |morgen )?niet meer (zijn|er zijn|hier zijn)|ben er (straks |vanavond |morgen |dan )?niet meer",
      ),
      rule(
        '(given|gave|gegeven|weggegeven) ~3 (to|aan|away|weg)|pills|pillen|medicijnen|tabletten|sorry|forgive|vergeef|bedankt voor alles|thanks for everything|love you|hou van jullie|vaarwel|goodbye|zorg (jij|je|u|jullie) ~2 voor|take care of my|look after my',
      ),
      not(
        rule(
          'verhuis\\S*|moving|move|moved|new (job|flat|house|place)|nieuwe (baan|woning|flat|huis)|vakantie|holiday|vacation|ziekenhuis|hospital|opname|weekend|week|maand|month|rehab|kliniek|clinic',
        ),
      ),
    ),
    // "Nobody would notice if I was gone": said with a decision or nobody to miss them.
    all(
      rule(
        "(if|when|once) (i|i'm|im|i am) (was |were |am )?gone|als ik (er )?(\\S+ )?(niet meer ben|weg ben|dood ben|er niet meer ben)",
      ),
      rule(
        '(nobody|no one|noone|niemand|better|beter|made up my mind|besloten|notice|merken|missen|miss|care|vanavond|vannacht|straks|tonight|zorg (jij|je|u|jullie) ~2 voor|take care of my|look after my)',
      ),
    ),
  ],
  missing: [
    // A young child or a confused person who cannot be found: "mijn dochter van 4 is weg, ik kan
    // haar nergens vinden", "de buurvrouw is dement en ze is al uren weg". Not a thing someone
    // lost, not a pet, not a child gone out ("is weg naar school").
    // Within 16 words: the child is often named first and the search told later ("mag mn zoontje
    // mee? o nee wacht, hij is net de voordeur uit gerend en ik zie hem nergens").
    near(16, youngChild, notFound),
    near(16, vulnerable, notFound),
    // Suddenly gone where children play or near water: "opeens was Noah weg, het water is vlakbij".
    all(
      rule(
        '(opeens|ineens|plotseling|zomaar) (was|is) (\\S+ ){1,2}(weg|verdwenen|kwijt|zoek)|(suddenly|just) (gone|disappeared|vanished)|(was|is) (\\S+ ){1,2}(opeens|ineens) (weg|verdwenen)',
      ),
      rule(
        '(speeltuin|zandbak|schoolplein|kinderboerderij|playground|sandpit|water|kanaal|gracht|vijver|canal|pond|river|rivier|straat|weg|road|markt|market)',
      ),
    ),
    rule(
      '(ik ben|we zijn|wij zijn|ben|i lost|we lost|lost) (mijn|ons|onze|my|our) (kind|kindje|zoontje|dochtertje|peuter|kleuter|zoon|dochter|little (one|boy|girl)|son|daughter|kid|child) (kwijt|in de|bij de|at the|in the)',
      '(kind|kindje|peuter|kleuter|child|kid|toddler) (is )?(vermist|missing)|vermist (kind|meisje|jongetje)|missing (child|kid|toddler)',
    ),
  ],
  danger: [
    // Something exploded here: "er is iets ontploft in de kelder".
    rule(
      'er is (iets |een \\S+ )?(ontploft|geexplodeerd|gexplodeerd)|(ontploffing|explosie|knal en rook) (in|bij|op) (de|het|mijn|ons|onze)|(something|a \\S+) (just )?(exploded|blew up) (in|at|downstairs|upstairs|next door)|(there was|there.s been) an explosion',
    ),
    rule(
      'bekneld|(zit|zitten|zat|ligt|lag) ~3 (klem|vast) onder|(trapped|pinned|stuck) (under|beneath)',
    ),
    // Fell into the water: "er is een kind in de vijver gevallen", "someone fell into the canal".
    near(
      6,
      rule(
        `(${who.slice(1, -1)}|kind|kindje|peuter|jongetje|child|kid|toddler|boy|girl|a man|a woman)`,
      ),
      rule(
        '(in|into) (het|de|een|the|a) (water|vijver|kanaal|sloot|gracht|zwembad|rivier|haven|pond|canal|river|pool|lake|harbour|ditch) ~2 (gevallen|gesprongen|gegleden|beland|geraakt|fell|fallen|jumped|slipped)|(gevallen|gesprongen|gegleden|fell|fallen|jumped|slipped) (in|into) (het|de|een|the|a) (water|vijver|kanaal|sloot|gracht|zwembad|rivier|haven|pond|canal|river|pool|lake|harbour|ditch)',
      ),
    ),
    // Someone lying or floating in the water: "er ligt een kind in het water van de vijver".
    near(
      4,
      rule(
        `(${who.slice(1, -1)}|kind|kindje|peuter|jongetje|child|kid|toddler|boy|girl|a man|a woman|body|lichaam)`,
      ),
      rule(
        '(ligt|lag|drijft|dreef|spartelt|spartelde|lying|floating|face down) (\\S+ ){0,3}in (het|de|een|the|a) (water|vijver|kanaal|sloot|gracht|zwembad|rivier|haven|pond|canal|river|pool|lake|harbour|ditch)',
      ),
    ),
    // A child left in a hot car.
    all(
      youngChild,
      rule('(in|inside) (een|de|die|a|the|that) (\\S+ )?(auto|car|wagen)'),
      rule(
        '(heet|hete|hitte|warm|warme|zon|zonnig|benauwd|snikheet|bloedheet|hot|heat|sun|sunny|boiling)',
      ),
      rule(
        '(opgesloten|alleen|achtergelaten|niemand|huilt|locked|alone|left|nobody|crying|ramen dicht|windows (up|closed|shut))',
      ),
    ),
    // Something harmful swallowed or drunk, by anyone: "hij heeft een knoopcelbatterij ingeslikt".
    rule(
      '(\\S*schoonmaakmiddel|\\S*ontstopper|chloor|bleekmiddel|bleekwater|ammoniak|lampolie|aanmaakvloeistof|antivries|wasmiddelcapsule|knoopcel\\S*|\\S*batterij\\S*|accuzuur|rattengif|gif|bestrijdingsmiddel) ~ (gedronken|opgedronken|ingeslikt|doorgeslikt|geslikt|opgegeten|gegeten|binnengekregen)',
      '(drank|drunk|drinking|swallowed|swallowing|ate|eaten) ~3 (bleach|drain cleaner|cleaning (fluid|product|stuff)|cleaner|ammonia|lamp oil|lighter fluid|antifreeze|a (button )?battery|button battery|batteries|rat poison|poison|a laundry (pod|capsule)|detergent)',
    ),
    rule(
      '(eet|at|aten|eten|drinkt|dronk|slikt|slikte|sabbelt|kauwt|drinking|eating|ate|swallow\\S*|chewing|biting) (\\S+ ){0,2}(wasmiddel ?capsule\\S*|wasmiddel\\S*|vaatwas\\S*|bleek\\S*|chloor|ontstopper|batterij\\S*|knoopcel\\S*|rattengif|gif|schoonmaakmiddel|lampolie|laundry pod|laundry pods|dishwasher tablet|detergent|bleach|poison)',
      '(fork|knife|finger|fingers|vork|mes|schaar|vinger|vingers|nail|spijker|key|sleutel) (\\S+ ){0,2}(in|into) (the|a|het|de|een) (socket|stopcontact|outlet|plug|power point)',
    ),
    all(
      rule(
        '(kreeg|krijgt|kregen|got|gets|had|has) (een |a |an )?(flinke |harde |big |bad |huge )?(schok|stroomschok|elektrische schok|shock|electric shock) (van|from|door|off)',
      ),
      rule(
        '(trilt|trillen|zwart|verbrand\\S*|bewusteloos|valt|viel|reageert|praat|raar|shaking|black|burn\\S*|unconscious|fell|strange|weird|hart|heart|acting)',
      ),
    ),
    all(
      rule('(knal|knallen|explosie|ontploff\\S*|ontplof\\S*|bang|blast|explosion|exploded|klap)'),
      rule(
        '(ligt|liggen|lying|gewond|verbrande|verbrand|bloed\\S*|injured|burnt|burned|hurt|schreeuwt|screaming|gilt)',
      ),
      rule(
        "(iemand|someone|somebody|someone's|somebody's|een man|een vrouw|a man|a woman|he|she|he's|she's|hij|ze|zij|buurman|buurvrouw|kind|child)",
      ),
    ),
    all(
      rule(
        `(${who.slice(1, -1)}|kind|child|kid) (ligt|lag|zit|zat|is|stuck|trapped|lying|pinned) (\\S+ ){0,2}(onder|eronder|under|underneath|beneath)`,
      ),
      rule(
        '(plafond|muur|kast|boom|auto|balk|puin|stellage|ceiling|wall|wardrobe|tree|car|beam|rubble|shelf|shelves|ingestort|naar beneden|collapsed|fell|came down|gevallen)',
      ),
    ),
    // Danger of no named kind: drowning, a child on a balcony rail, an electric shock, bleeding
    // that will not stop.
    all(
      rule('(vijver|water|kanaal|sloot|gracht|zwembad|pond|canal|river|pool|lake)'),
      rule(
        '(niet meer |niet )?boven (komen|komt|gekomen)|(komt|kwam) (\\S+ )?niet (meer )?boven|(not|isn.t|isnt) (coming|come) (back )?up|kopje onder|zinkt|spartelt|verdrinkt|aan het verdrinken|drijft ~2 (gezicht|hoofd)|gezicht naar beneden|going under|drowning|face down',
      ),
    ),
    all(
      rule(
        '(kind|kindje|peuter|kleuter|baby|jongetje|meisje|zoontje|dochtertje|child|kid|toddler|little (boy|girl))',
      ),
      rule(
        '(hangt|hing|klimt|klom|staat|stond|zit|zat|leunt) ~3 (over|op|aan|buiten) (de |het )?(balkonrand|balkon|reling|rand|vensterbank|raam|dakrand)|(hanging|climbing|standing|sitting|leaning) ~3 (over|on|off|out of) (the )?(balcony|railing|ledge|window)',
      ),
    ),
    // Medical danger as people describe it: choking, an allergic reaction, a stroke, a hypo,
    // a child who swallowed something, no pulse.
    rule(
      'stikt|stikken|aan het stikken|verslikt ~ (lucht|adem|blauw|hoest)|(iets|stuk|brok) ~2 in (zijn|haar|mijn) keel|choking|chokes on|something stuck in (his|her|my) throat',
      'allergische (reactie|shock)|anafyla\\S*|(keel|tong|lippen|gezicht) ~2 (zwelt|zwellen|opgezwollen|dik|dicht)|(throat|tongue|lips|face) ~2 (swelling|swollen|closing)|anaphyla\\S*|epipen',
      '(mond|gezicht) ~2 (scheef|hangt)|(kan|kon) ~2 (arm|been) ~2 niet (meer )?(bewegen|optillen)|(face|mouth) (drooping|droops|droopy)|(can.t|cannot) (lift|move) (his|her|my) (arm|leg)',
      '(hypo|suiker ~2 (te laag|heel laag|veel te laag))|diabe\\S* ~ (suf|verward|wakker|reageert|zweet|trilt|confused|shaking|sweating)',
      '(kind|kindje|peuter|dochter|zoon|baby|child|kid|toddler) ~ (gedronken|opgedronken|opgegeten|ingeslikt|doorgeslikt|drank|swallowed|ate) ~ (\\S*schoonmaakmiddel|\\S*ontstopper|\\S*chloor|bleek|pillen|medicijnen|batterij|knoopcel|bleach|cleaner|pills|battery)',
      'geen (hartslag|pols)|(voel|voelde|vind|vond) ~2 geen (hartslag|pols)|no pulse|(can.t|cannot) (find|feel) a pulse',
      'brandwond\\S* ~ (groot|erg|blaren|heel)|(kokend|kokende|heet|hete) (water|olie) ~ over (zich|zijn|haar|mijn|hem|heen)|(boiling|hot) (water|oil) (all )?over',
    ),
    rule(
      '(schok|stroomschok|stroomstoot) ~ (kabel|draad|stroom|stopcontact|leiding)|onder (de )?stroom (gestaan|staat)|(zit|zat|hangt) ~2 vast aan ~2 (draad|kabel|stroom)|geelektrocuteerd|elektrocutie|electrocuted|electric shock|(stuck|holding) ~2 (live )?(wire|cable)',
      '(bloed|bloeden|bloedt) ~ (houdt|stopt) niet|(houdt|stopt) niet (op )?met bloeden|blijft (maar )?bloeden|(won.t|wont|doesn.t|does not|will not) stop bleeding',
    ),
    rule(
      'noodgeval|noodsituatie|levensgevaar|levensgevaarlijk|ambulance|bel 112|112 bellen|bel de ambulance',
      'call 112|call an ambulance|call 911|need an ambulance',
    ),
  ],
};

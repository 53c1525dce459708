import type { EmergencyKind } from '../actions';
import { thingSmokes } from './not-now';
import { all, near, not, rule, type Rule } from './patterns';

/**
 * Emergencies recognised from word families close together, in any word order (`near`): the
 * same threat is "hij gaat me kapot maken" and "...dat hij me kapot gaat maken"; the same
 * break-in is "iemand wrikt aan de achterdeur" and "ik hoor iemand aan de achterdeur wrikken".
 * Families take stems and compounds (`\S*deur` is voordeur, achterdeur, balkondeur, deurslot),
 * so a rule carries over to words no test set used. Prepared text (`patterns.ts`).
 */

/** Who is threatened: an object pronoun. */
const victim = rule(
  "(me|mij|je|jou|hem|haar|ons|jullie|u|iedereen|iemand|you|him|her|us|them|everyone|someone|somebody|(mijn|m'n|je|jouw|zijn|haar|onze|jullie|my|your|his|her|our) (kinderen|kind|kids|dochter|zoon|vrouw|man|moeder|vader|familie|zus|broer|baby|daughter|son|wife|husband|mother|father|family|sister|brother|children))",
);
/** Said about the future: will, is going to, comes to. */
const future = rule(
  "(ga|gaat|gaan|zal|zullen|zou|zouden|komt|komen|kom|wil|wilt|willen|dreigt|dreigde|terugkomt|terugkomen|terug komt|komt terug|will|going to|coming to|is coming|are coming|coming back|comes back|'ll)",
);
/** Hurting someone, as a threat says it. */
const harm = rule(
  '((kapot|dood|neer|in elkaar|lens|verrot|bont en blauw) (gaat |ga |gaan |zal |zullen |komt |komen |wil |te )?(maken|slaan|steken|schieten|trappen|rammen)|kapot ?maken|dood ?maken|neer ?steken|neer ?schieten|dood ?schieten|dood ?steken|vermoorden|wurgen|(iets|wat) ((gaat|ga|gaan|zal|zullen|wil|komt|komen) )?aan ?doen|te grazen nemen|slaan|neersteken|schieten|kill|stab|shoot|murder|strangle|beat (me|you|him|her|us) up)',
);
/** Something will be done to someone: "hij zegt dat hij mijn kinderen wat gaat doen". */
const doSomethingTo = rule(
  '(wat|iets) ((gaat|ga|gaan|zal|zullen|wil|komt|komen) )?(aan ?doen|doen)(?! (aan|met|tegen|voor|over|om|in|op|bij|leuks|samen))',
);
const doingTogether = rule(
  "met (mijn|m'n|de|je|zijn|haar|onze|jullie) (kinderen|kind|kids|dochter|zoon|vrouw|man|familie)|(leuks|gezelligs|samen)",
);
/** Going to get someone, told to them: "hij zegt dat hij haar gaat pakken" (not the police). */
const goingToGet = rule(
  '(me|mij|je|jou|hem|haar|ons|jullie) (nog |wel |echt |straks |vanavond |zo )*(gaat|ga|gaan|zal|zullen|komt|komen) (pakken|grijpen|krijgen)|(gaat|ga|gaan|zal|zullen|komt|komen) (me|mij|je|jou|hem|haar|ons|jullie) (nog |wel |echt |straks |vanavond |zo )*(pakken|grijpen)',
);
const lawAndOrder = rule(
  '(politie|police|agent|agenten|wijkagent|boa|handhaving|cops|rechter|deurwaarder|belasting|zorgverzekeraar|incasso)',
);

/** Coming to get me: only a threat with "me/ons" ("de politie gaat hem pakken" is not). */
const getMe = rule(
  '(me|mij|ons) ~3 (komen|komt|gaan|gaat|zullen) (pakken|halen|grijpen)|(coming|come|going to come) (for|to get) (me|us)|(gonna|going to) get (me|us)',
);

/** Blowing up or setting fire to a place, and what it would be done with. */
const arson = rule(
  '(opblazen|opblaast|opblies|blaast ~3 op|blaas ~3 op|in de fik (steken|steekt|zetten|zet)|in brand (steken|steekt|zetten|zet)|aansteken|aansteekt|blow ~3 up|blowing ~3 up|burn ~3 down|set fire)',
);
const fuel = rule(
  '(jerrycan|jerrycans|benzine|spiritus|aansteker|lucifers|petrol|gasoline|lighter|fuel|gasfles|gasflessen)',
);
const saying = rule(
  '(zegt|zei|roept|riep|roepen|schreeuwt|schreeuwen|dreigt|dreigde|appt|appje|bericht|briefje|brief|says|said|saying|yells|yelling|shouting|screaming|threatens|texted|keeps saying|note|letter)',
);

/** Doors, windows and locks, compounds too: voordeur, achterdeur, balkondeur, deurslot, keukenraam. */
const opening = rule(
  '(\\S*deur|\\S*deuren|\\S*raam|\\S*ramen|\\S*slot|\\S*sloten|\\S*klink|\\S*ruit|\\S*ruiten|door|doors|window|windows|lock|locks|handle|handles)',
);
/** Forcing a way in: prying, fiddling, rattling at it. */
const forcing = rule(
  '(wrik\\S*|gewrikt|prut\\S*|geprutst|peuter\\S*|gepeuterd|morrel\\S*|gemorreld|forceer\\S*|forceren|geforceerd|force|forced|messing with|fiddling with|rukt|rukken|rukte|trekt aan|trekken aan|trok aan|rammelt|rammelen|rammelde|prying|jimmying|forcing|fiddling|rattling|yanking|jiggling|tampering)',
);
/** Tools that mean breaking in, and the places they are used on. */
const breakTool = rule(
  '(koevoet|koevoeten|breekijzer|breekijzers|betonschaar|kniptang|crowbar|crowbars|bolt ?cutters?)',
);
const storage = rule(
  '(\\S*deur|\\S*raam|\\S*slot|berging\\S*|kelder\\S*|\\S*box|\\S*boxen|stalling|\\S*stalling|schuur|fiets\\S*|scooter\\S*|auto|door|window|lock|storage|shed|locker\\S*|bike\\S*|car)',
);
const breakOpen = rule(
  '(breekt|breken|brak|braken|sloopt|slopen|sloopte|slaat|slaan|sloeg|trapt|trappen|wrikt|wrikken|ramt|rammen|knipt|knippen|zaagt|zagen) ~4 open|(slaan|slaat|sloegen|sloeg|gooien|gooit) ~3 (\\S*ruit|\\S*ruiten|\\S*raam|\\S*ramen) ~2 in',
);
/** Someone inside a room of a home. */
const someoneInRoom = rule(
  '(iemand|een man|mensen|someone|somebody|someones|people|a man|a guy) ~3 (in|inside) (de|het|mijn|ons|onze|the|my|our) (slaapkamer|woonkamer|keuken|gang|kamer|badkamer|zolder|kelder|berging|bedroom|living room|kitchen|hallway|hall|room|attic|basement|community room|buurtkamer)',
);
const sensed = rule(
  '(hoor|hoorde|horen|hear|heard|hearing|zie|zag|see|saw|deur ~3 open|door ~3 open|licht uit|lights off|lades|laden|laatjes|kasten|drawers|cupboards|voetstappen|footsteps)',
);
const drawers = rule(
  '(lades|laden|laatjes|kasten|kastjes|drawers|cupboards) ~2 (open|opening|opened|opentrekken|opengetrokken|opentrekt|slamming|being opened|dicht|gooien)',
);
const climbing = rule(
  '(klimt|klimmen|klom|klommen|geklommen|climbs|climbing|climbed) ~3 (over|op|via) (het|de|een|the|a) (hek|muur|schutting|balkon|regenpijp|fence|wall|balcony|drainpipe)',
);
const intruder = rule(
  '(iemand|een man|een vent|gasten|jongens|mensen|ze|someone|somebody|a man|a guy|guys|people|they)',
);
const inbraak = rule('(inbraak|inbreken|ingebroken|inbreker|break in|breakin)');
const nowHere = rule(
  '(nu|binnen|bezig|aan de gang|gaande|net|hier|help|snel|politie|right now|inside|happening|now)',
);
const habit = rule(
  '(elke|iedere) (nacht|avond|dag|week)|steeds|altijd|vaak|every (night|day|week)|always|often|vorige|last (week|month|year)',
);

/** Taken or mixed: with a sedative and someone barely there, an overdose. */
const takenOrMixed = rule(
  '(gemixt|gemengd|gecombineerd|door elkaar|geslikt|ingenomen|genomen|gebruikt|op|mixed|mixing|combined|took|taken|swallowed|used|popped|had|on)',
);
const sedative = rule(
  '(xanax|alprazolam|fentanyl|tramadol|oxycodon|oxycodone|oxy|codeine|ketamine|keta|benzo|benzos|diazepam|oxazepam|temazepam|lorazepam|slaappillen|slaapmiddel|slaapmiddelen|pijnstillers|methadon|methadone|heroine|heroin|ghb|opiaten|opioids?|sleeping pills|painkillers)',
);
const alcohol = rule(
  '(alcohol|drank|wodka|vodka|whisky|bier|wijn|booze|drinks|drinking|beer|wine)',
);
const barely = rule(
  '(barely|hardly|nauwelijks|amper|bijna niet|not) (talking|awake|breathing|responding|moving|conscious|making sense|praten|wakker|ademen|aanspreekbaar|bij)|(praat|praten|talks|talking) (wartaal|onzin|gibberish|nonsense|raar|weird)|(zakt|zakte|valt|viel|nodding) ~2 (weg|in slaap|off|out)|(niet|nie|not) (meer )?(wakker|aanspreekbaar|te wekken)|(can.t|cannot|cant) (stay awake|keep (his|her|their) eyes open)',
);

/** Lying on the floor and unable to get up, for a while. */
const onFloor = rule(
  '(lig|ligt|lag|liggen|lying|laying) ~3 (op de grond|op de vloer|on the floor|on the ground)',
);
const cannotRise = rule(
  '(kan|kon|kom|komt|kwam) ~2 niet (meer )?(op|overeind|omhoog|opstaan)|al (een|twee|drie|\\S+) (uur|uren|kwartier)|sinds (vannacht|vanochtend|gisteravond|gisteren)|(al )?de hele (nacht|dag|middag|ochtend|avond)|(can.t|cannot|cant|couldn.t) get up|for (an hour|hours|ages)|all (night|day|morning)',
);

/** Jumping from a height, said about oneself or someone close. */
const jumping = rule(
  '(jump|jumping|jumped|springen|spring|springt|sprong|naar beneden (springen|gooien|laten vallen))',
);
const height = rule(
  '(\\S+ (floor|verdieping|hoog)|window|raam|balkon|balcony|roof|dak|flat|brug|bridge|ledge|dakrand|building|gebouw|galerij|reling|railing)',
);
const notSport = rule(
  '(zwembad|trampoline|parachute|bungee|water|sloot|pool|lake|meer|duikplank|springkussen|touwtje|rope skipping|skydiv\\S*|hond|kat|dog|cat|puppy|springt tegen|jumps (up )?at|in de bres|blijdschap|vreugde|joy|excitement|geluk|zwem\\S*|les|sport|gym|hoogspringen|verspringen|dans\\S*|bij (je|jou|u)|binnen ?springen|langs springen|even springen)',
);
const dwelling = rule(
  '(denk|denken|dacht|gedachten|nadenken|thinking|think|thought|thoughts) ~3 (about|over|aan|of) ~2 (jumping|dying|ending it|ending my life|killing myself|springen|doodgaan|er een eind aan|zelfmoord|suicide|mezelf (iets|wat) aan)',
);
/** A message left for the family: a goodbye. */
const passOn = rule(
  '(zeg|vertel|laat ~2 weten|tell|let ~2 know) ~2 (tegen |aan |to )?(\\S+ )?(moeder|mam|mama|ma|vader|pap|papa|pa|kinderen|kids|zoon|dochter|zus|broer|vrouw|man|familie|vriendin|vriend|oma|opa|iedereen|mom|mum|mother|dad|father|son|daughter|sister|brother|wife|husband|family|girlfriend|boyfriend|everyone)',
);
const lastWords = rule(
  '(spijt|sorry|vergeef|vergeven|niet (haar|zijn|jouw|hun|jullie) schuld|forgive|not (her|his|your|their) fault|(hou|houd|love) ~4 (altijd|voor altijd|always|forever))',
);
const smallMatter = rule(
  '(niet kan komen|niet kom|kom niet|te laat|vergeten|verjaardag|feest|etentje|afspraak|come|coming|late|party|birthday|dinner|appointment|forgot)',
);

/** Hiding from someone who hits or wrecks things. */
const hiding = rule('(opgesloten|verstopt|verstop|locked myself|hiding|barricaded|gebarricadeerd)');
const aggressor = rule(
  '(slaat|slaan|sloeg|schopt|trapt|geweld|mes|bang|hit|hitting|kicking|smashing|knife|gun|scared|violent)',
);

/** Gas let loose: a tap or cooker open with a smell, or nobody there. */
const gasOpen = rule(
  '(gaskraan|gaskranen|gasfornuis|gasstel|gaskachel|gasleiding|gas|fornuis|kookplaat|pit|pitten|knop|stove|hob|cooker|burner|burners) ~4 ((staat|staan|stond|stonden|is|was|are|were|left|still) ~2 (open|aan|on)|(open|aan) (laten|gelaten|gezet|gedraaid) ?(staan)?)',
);
const smellOrAbsent = rule(
  '(ruikt|ruik|rook|stinkt|stank|lucht|smell|smells|stinks|niet thuis|is er niet|er niet|weg|niemand|away|not home|nobody)',
);

/** Smoke filling a place: "de gang wordt helemaal grijs". */
const smokyPlace = rule(
  '(gang|hal|trappenhuis|kamer|keuken|lucht|huis|galerij|portiek|hallway|hall|room|kitchen|stairwell|corridor) ~3 (wordt|werd|is|staat|raakt|turning|is getting|getting|went|gone) ~2 (grijs|zwart|mistig|rokerig|grey|gray|black|hazy|smoky)',
);
/** "De lucht is grijs" is the sky too: the weather is no smoke. */
const weather = rule(
  '(regen\\S*|bewolkt|wolken|buien|bui|onweer|sneeuw\\S*|weerbericht|weersverwachting|rain\\S*|weather|cloud\\S*|sky|forecast)',
);
const itSmokes = rule('(het|t|er|dat|alles) (\\S+ )?rookt');
/** Sparks from a socket or a machine. */
const sparks = rule('(vonken|vonkt|vonkjes|sparks|sparking|sparked)');
const sparkSource = rule(
  '(stopcontact\\S*|meterkast|stekker|kabel|snoer|draad|lader|oplader|accu|batterij|apparaat|wasmachine|droger|oven|magnetron|kachel|boiler|fornuis|ketel|lamp|tv|scooter|fiets|socket|plug|outlet|cable|wire|charger|battery|dryer|washing machine|fuse box|heater|microwave|uit|out of|from)',
);
const sparkWork = rule(
  '(vuurwerk|slijp\\S*|las\\S*|welding|grinding|fireworks|kampvuur|campfire|bbq|barbecue|vuurkorf|sterretje\\S*|sparklers?)',
);

/** Shaking or calling someone and getting nothing back. */
const rousing = rule(
  '(schud|schudt|schudden|geschud|roep|roepen|riep|sla ~2 wangen|shake|shaking|shook|call (his|her) name|calling (his|her) name|naam roep|naam geroepen|tap|tapping)',
);
const nothingBack = rule(
  '(niks|niets|nothing|geen reactie|no reaction|no response|reageert (niet|nergens)|doet (niks|niets)|zegt (niks|niets)|(not|isn.t|isnt) (responding|reacting|waking))',
);
/** Things that stop responding without anyone in danger. */
const device = rule(
  '(telefoon|mobiel|gsm|app|computer|laptop|tv|televisie|printer|lamp|apparaat|machine|ding|afstandsbediening|koptelefoon|oortjes|deurbel|intercom|phone|tablet|remote|headphones|doorbell|router|wifi)',
);
/** Saying nothing, together with a sign of the body or lying somewhere. */
const silent = rule(
  '(zegt (niks|niets)|praat niet (meer)?|(not|isn.t|isnt) (saying anything|talking|speaking)|says nothing|(won.t|wont) (talk|speak))',
);
const bodySign = rule(
  '(ogen ~2 dicht|(heel |erg |lijk)?(wit|bleek|grauw|blauw|koud|slap)|(ligt|lag|liggen) (op|in|daar|hier|stil|languit|voorover|onder)|(lying|laying) (on|in|there|still|face)|eyes ~2 (closed|shut)|pale|cold|limp|grey|gray|floor|grond|vloer|trap|stairs)',
);
/** Falling down or becoming unwell, then no reaction. */
const wentDown = rule(
  '(onwel|neergevallen|gevallen|flauw|valt|viel|valt om|viel om|omgevallen|omgeklapt|neergeklapt|in elkaar geklapt|weggezakt|(ligt|lag) (op|in|daar|hier|stil|languit|voorover|onder)|zakte|zakt|in elkaar|ineen ?gestort|in elkaar gestort|collapsed|fell|dropped|went down|is down|(lying|laying) (on|in|there|here|still|face)|keeled)',
);
const noReaction = rule(
  '((hij|zij|ze|die|en) (beweegt|ademt|reageert|praat) (niet|nauwelijks)|zegt (niks|niets) meer(?! (tegen|over|van))|(reageert|reageerd|reageerde) (niet|nergens|nauwelijks|slecht)|reageert op (helemaal |echt |totaal )?(niks|niets|niemand)|praat niet meer|(not talking|stopped talking)|(niet|nauwelijks) (meer )?(reageert|aanspreekbaar)|(not|isn.t|isnt|no longer|stopped) (responding|reacting|moving|breathing)|lying still|(doesn.t|doesnt|does not|won.t|wont) (respond|react|move))',
);
const drifting = rule(
  '(hij|zij|ze|die|he|she|he.s|she.s|hes|shes) ~6 (zakt|zakte|zakken|drifting|slipping|fading) ~2 (weg|away)|(can.t|cannot|cant) get through to (him|her)|(don.t|dont|do not) think (he|she|they) (is|are|.s)? ?(still )?breathing|denk niet dat (hij|ze|zij) (nog )?ademt',
);
const notComingRound = rule(
  '(krijg|krijgen|kreeg|kregen|krijgt) (hem|haar|m|hun|ze) ~2 niet (meer )?bij|komt (maar )?niet (meer )?bij(?! (de|het|mijn|zijn|haar|die|dat))|(niet|nauwelijks) (meer )?bij te krijgen|(he|she|they|he.s|she.s|hes|shes|he is|she is) ~2 (not|isn.t|isnt|won.t|wont|doesn.t) (come|coming) (round|around|to)(?= (and|yet|at all|\\||$))|(gasping|gasps) for (air|breath)|(hapt|happen|hapte) naar (lucht|adem)',
);
const chest = rule(
  '(borst|chest) ~3 (pijn|pain|hurts|knelt|drukt|tight|beklemd)|(pijn|pain) ~3 (borst|chest)',
);
const heartSign = rule(
  '(zweet|bleek|valt om|viel om|grauw|misselijk|linkerarm|kaak|sweating|sweaty|pale|collapsed|jaw|left arm|grey)',
);
/** A person lying somewhere who does nothing: "er ligt een vrouw in de gang, ze doet niks". */
const personLying = rule(
  '(ligt|lag|liggen) (er |daar |hier |der )?(een |n |die )?(man|vrouw|jongen|meisje|kind|persoon|iemand|buurman|buurvrouw|oma|opa|meneer|mevrouw|gast)',
);
const doesNothing = rule(
  '(ze|zij|hij|die|ie) (doet|deed) (niks|niets)(?! (aan|mee|tegen|om|voor|verkeerd|fout|ergs|raars|mis))',
);
/** Going down and then shaking: a seizure. */
const shakingFit = rule(
  '(schokt|schokken|schokte|schokkend|trilt helemaal|stuiptrekt|spasme\\S*|jerking|twitching|convulsing|shaking all over)',
);
const coldStill = rule(
  '(koud|cold) ~4 (beweegt niet|isn.t moving|isnt moving|not moving|doesn.t move)|(beweegt niet|isn.t moving|not moving) ~4 (koud|cold)',
);

/** A fall from a height or an open fracture. */
const fallenFrom = rule(
  '(van|vanaf|uit|off) (het |de |een |zijn |haar )?(\\S+ )?(balkon|raam|dak|ladder|galerij|trap|trappen|steiger) (af )?(gevallen|gevlogen|gedonderd|gekukeld|gesodemieterd|geflikkerd)',
);
const fallFrom = rule(
  '(gevallen|viel|gevlogen|gedonderd|gesprongen|valt|fell|fallen|falls) (van|vanaf|uit|off|from|out of|down) (het |de |the |a |een |zijn |haar |his |her )?(\\S+ )?(balkon|raam|dak|ladder|galerij|trap|trappen|steiger|balcony|window|roof|ladder|stairs|scaffold)',
);
const bone = rule(
  '(steekt|stak|sticking|sticks) ~3 (uit|out) ~3 (been|arm|enkel|leg|ankle|skin|huid)|bot steekt|bone (is )?sticking',
);
const moaning = rule(
  '(ligt|lig|lag) (te )?(kermen|kreunen|jammeren|creperen)|(lying|laying) ~2 (moaning|groaning|screaming in pain)',
);
const crash = rule(
  '(geknald|geklapt|gebotst|aangereden|geschept|hit by a (car|bike|scooter)|run over)',
);
/** Broken-English falls: "man fall stairs, much blood". */
const fallWord = rule('(fall|falls|valt|val|valpartij)');
const hurtSign = rule(
  '(bloed|blood|bleeding|bloedt|(cannot|can.t|cant|kan niet) (stand|walk|get up|staan|lopen|opstaan)|broken|gebroken)',
);

/** Too much taken, in words people use. */
const tooMuch = rule(
  '(volgegooid|vol gegooid|volgestopt|vol gestopt|volgepropt|vol gepropt) ~3 (pillen|pil|medicijnen|tabletten|drugs|spul|pills|meds)|(te ?veel|too much|way too much|too many) ~2 (genomen|ingenomen|gebruikt|gespoten|gesnoven|geslikt|gehad|op(?= (en|\\||$))|taken|took|had|used|injected|snorted|swallowed|g|ghb)|(injected|took|had|used|snorted|taken) ~2 too (much|many)|vol ?gespoten|volgespoten|vol ?gepompt',
);
const numberWord = rule(
  '(tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|ten|twelve|fifteen|twenty|thirty|forty|fifty|dozen|hundred|[1-9][0-9]+)',
);
const pillsNamed = rule(
  '(\\S*pillen|pillen\\S*|pil|pilletjes|\\S*tabletten|medicijn\\S*|medicijnen|medicatie|antidepressiva|paracetamol|oxazepam|diazepam|lithium|insuline|pills|tablets|meds|painkillers|antidepressants|insulin)',
);
const tookWord = rule(
  '(genomen|ingenomen|geslikt|gegeten|opgegeten|op(?= (en|\\||$))|took|taken|swallowed|ate|had)',
);
const tookStrict = rule('(genomen|ingenomen|geslikt|opgegeten|took|taken|swallowed)');
const allOf = rule('(al (zijn|haar|mijn|m.n|de)|alle|all (his|her|my|the|of (his|her|my|the)))');
const usedDrugs = rule(
  '(spuiten|gespoten|spoot|(shot|spuit|shotje) (gezet|genomen)|shooting up|shot up|injected|gesnoven|snorted|gebruikt|using)',
);
const turningBlue = rule(
  '((helemaal |heel )?(blauw|grauw)|turning blue|(is|went) blue|bewusteloos|unconscious|not breathing|ademt (niet|nauwelijks))',
);
const emptied = rule(
  '(lege|leeg|empty|emptied) ~2 (\\S*strips|\\S*doosjes|\\S*doosje|\\S*potjes|\\S*potje|\\S*strip|packets|boxes|bottles|blisters)|(pak|doos|doosje|strip|pot|potje|fles|flesje|box|pack|packet|bottle) (\\S+ ){0,2}(leeg|empty|op)',
);

/** Violence as people tell it: objects thrown at people, a blow just given, a grip on the throat. */
const beatWith = rule(
  '(slaat|slaan|sloeg|sloegen|mept|meppen|ramt|hits|hitting|beating|beats) (\\S+ ){0,3}met (een |zijn |haar )?(\\S+ )?(stok|knuppel|hamer|fles|riem|ketting|stoel|steen|ijzeren staaf|bat|pipe|stick|bottle|belt|chain|chair|brick)',
);
const shots = rule('(schoten|schot|shots|knallen|geknal|gunfire|gunshots?)');
const heardShots = rule('(hoorde|hoor|gehoord|heard|hear|hearing|gelost|fired)');
const someoneDown = rule(
  '(ligt|lag|iemand|someone|down|lying|gewond|bloed|blood|injured|geraakt|hit)',
);
const fireworks = rule(
  '(vuurwerk|fireworks|oud en nieuw|oudjaar|new year|knalvuurwerk|carbid|film|game|movie)',
);
const throwingAt = rule(
  '(gooit|gooien|gooide|smijt|smijten|smeet|throwing|throws|threw|hurling) ~2 (met )?(\\S+ )?(stoelen|stoel|flessen|fles|stenen|steen|glazen|glas|tegels|chairs|chair|bottles|bottle|stones|bricks|glasses) ~3 (naar|at|op) (mensen|iemand|elkaar|people|someone|each other|hem|haar|mij|me|him|her|us)',
);
const blow = rule(
  '(klap|klappen|stomp|stompen|trap|schop|kopstoot|vuistslag) (gegeven|gekregen|verkocht|uitgedeeld)|(got|get|been|just got|getting) (hit|punched|beaten|kicked|slapped|jumped|stabbed|shot)|bij (mijn|zijn|haar|de) (keel|strot|nek) (gepakt|gegrepen)|(pakte|greep|pakt|grijpt) ~2 bij (mijn|zijn|haar|de) (keel|strot)|(grabbed|grabs) ~2 by the (throat|neck)',
);
const objectVictim = rule(
  '(hem|haar|mij|me|iemand|elkaar|zijn vrouw|zijn vriendin|haar man|de vrouw|het kind|de kinderen|zijn kind|de buurman|de buurvrouw)',
);
const hitVerb = rule(
  '(slaat|slaan|sloeg|sloegen|schopt|schoppen|schopte|mept|meppen|stompt|stompen|wurgt|wurgen|wurgde|afrost|aftuigt|mishandelt)',
);
const armed = rule(
  '(hamer|knuppel|honkbalknuppel|stok|machete|bijl|stanleymes|mes|messen|zwaard|baseball bat|bat|axe|knife|crowbar|hammer|pipe)',
);
const roaming = rule(
  '(zoekt|zoeken|loopt|lopen|rent|rennen|zwaait|zwaaien|gaat ~3 op|swinging|waving|walking|running|looking for|roaming|chasing)',
);
const raging = rule('(gaat|ging|gaan) (\\S+ )?tekeer (tegen|op)|going (off|mental|crazy) (on|at)');
const screamStop = rule(
  '(schreeuwt|schreeuwen|gillen|gilt|roept|screaming|shouting|yelling) ~6 (stop|stoppen|ophouden|hou op|help|au|leave me|let go|los)',
);
const fightHere = rule(
  '(there is|there.s|theres|er is|er zijn) (a |een )?(fight|gevecht|knokpartij|vechtpartij|brawl) (in|on|at|outside|bij|op|voor)|(a|een) (gang|groep|group) ~4 (jumping|aan het aftuigen|aan het afmaken|in elkaar)',
);

/** Stones or bottles thrown at windows or a door, or fuel poured over one. */
const throwingAtHome = rule(
  '(stenen|steen|flessen|fles|tegels|bricks?|stones?|bottles?) ~4 (gegooid|gooien|gooit|gooide|smijten|thrown|throwing|throw) ~3 (naar|door|tegen|through|at) ~2 (ramen|raam|ruit|ruiten|deur|voordeur|window|windows|door)|(gegooid|gooien|gooit|gooide|thrown|throwing) ~3 (stenen|flessen|bricks|stones|bottles) ~3 (door|naar|tegen|through|at) ~2 (ramen|raam|ruit|ruiten|window|windows)',
);
const pouredFuel = rule(
  '(benzine|spiritus|aanstekervloeistof|petrol|gasoline|lighter fluid|brandbare vloeistof) ~4 (over|op|door|tegen|on|over|through|onto) (\\S+ ){0,2}(deur|voordeur|brievenbus|huis|auto|gang|trap|door|letterbox|mailbox|house|car|stairs)',
);

/** Someone down on the ground while others go on kicking or hitting. */
const downOnGround = rule(
  '(ligt|lag|liggen|lagen|lying|laying|is down|went down) ~3 (op de grond|op de vloer|op straat|on the floor|on the ground)|(iemand|een man|een vrouw|een jongen|hij|someone|a (man|guy|woman)) (is )?(neergegaan|neer|down)',
);
const keepHitting = rule(
  '(ze|zij|hij|die|they|he|jongens|gasten|mannen) ~2 (blijven|blijft|bleven|bleef|schoppen|schopt|trappen|trapt|slaan|slaat|stompen|keep|kept|kicking|hitting|stomping|punching)',
);
const tantrum = rule(
  '(te (schoppen|trappen|slaan)|driftbui|tantrum|peuter|kleuter|baby|toddler|hond|dog)',
);

/** Threats said about one's life: "ik leef morgen niet meer", "a bullet for you". */
const lifeTaken = rule(
  '(ik|jij|je|you|i) ~3 (morgen|vannacht|straks|tomorrow|tonight)? ?(niet meer (leef|leeft|leven)|dood (ga|gaat)|(won.t|wont|will not) be alive|will die|(am|are|.re) (going to|gonna) die)|(een |a )?(kogel|bullet) (krijg|krijgt|krijgen|for (you|me))|(shank|finish|destroy|end|waste|merk|smoke) (me|you|him|her)|(gezicht|face|kop|hoofd) ~2 (gaat )?(open ?maken|openmaken|openhalen|opensnijden|slice|cut)|(doden|vernietigen|slopen) (en )?(mij|me|jou|je)',
);
const doorBang = rule(
  '(ramt|rammen|beukt|beuken|bonkt|bonken|bonst|schopt|trapt|ramming|banging|pounding|kicking|hammering) ~3 (tegen |op |on |at )?(\\S+ )?(\\S*deur|door)',
);
const openUp = rule(
  '(opendoen|open doen|doe open|open up|let (me|us) in|moet ~2 open|dreigt|threatens|threatening)',
);

/** Someone getting in, or already in, as people tell it. */
const inRoom = rule(
  '(zit|staat|loopt|is|zitten|staan|lopen|there.s|there is|theres) (er )?(iemand|een man|een vreemde|mensen|someone|somebody|a (man|guy|stranger)) ~2 (in|inside) (mijn|ons|onze|my|our|the) (keuken|gang|woonkamer|slaapkamer|kamer|hal|badkamer|berging|flat|huis|woning|kitchen|hallway|hall|living room|bedroom|room|flat|house|home|apartment)|(stranger|strangers|vreemde|vreemden|onbekende) ~2 (inside|binnen|in) (my|our|mijn|ons) (flat|house|home|apartment|huis|woning)',
);
const notLetIn = rule(
  '(niet binnengelaten|niet binnen gelaten|niet van (mij|ons)|(don.t|dont|do not) know (him|her|them)|didn.t let|ken (hem|haar|ze) niet|locked (myself )?in|hiding|verstop|opgesloten|bang|scared|alleen thuis|home alone)',
);
const viaWindow = rule(
  '(via|door|through) (het|de|een|the|a) (\\S+ )?(\\S*raam|\\S*ramen|balkon|balkondeur|achterdeur|window|balcony) ~3 (naar binnen|binnen|in|erin|inside)|(naar binnen|erin|in) ~3 (via|door|through) (het|de|the) (\\S+ )?(\\S*raam|balkon|window|balcony)|(klimt|klom|climbs|climbing|climbed) ~6 (erin|naar binnen|into|in through|through the (window|balcony))',
);
const strangerIn = rule(
  '(stranger|strangers|(een )?(vreemde|onbekende) (man|vrouw|vent|gast|persoon|jongen|kerel|figuur|mensen)|vreemden|onbekenden|indringer|indringers|intruder|intruders) ~3 (inside|binnen|in) (my|our|mijn|ons|onze|the|de|het) (flat|house|home|apartment|huis|woning|kamer|room|keuken|kitchen|gang)',
);
const breakingIn = rule('(breken|breekt|brak|braken) (nu |net |weer |daar )?in (bij|op|aan)');
/** Caught at it: "er zijn gasten de bergingen aan het leeghalen", "stealing bikes right now". */
const emptyingOut = rule(
  '(aan het|bezig met|bezig) (\\S+ ){0,3}(leeghalen|leeg halen|leegroven|leeg roven|plunderen|openbreken|openmaken|opentrekken|stelen|jatten|pikken|slopen)|(leeghalen|leegroven|plunderen|openbreken|stelen|jatten) (nu|op dit moment)|(stealing|nicking|looting|robbing|emptying|clearing out|breaking open) \\S+',
);
const theirPlace = rule(
  '(berging\\S*|\\S*box|\\S*boxen|kelder\\S*|schuur|schuren|fiets\\S*|scooter\\S*|auto|auto.s|brievenbus\\S*|kluis\\S*|locker\\S*|woning|huis|flat|appartement|storage|sheds?|bikes?|cars?|mailbox\\S*|lockers?|flat|house)',
);
const ownWork = rule(
  "(ik ben|ben ik|we zijn|wij zijn|zijn we|i am|i'm|we are|we're|mijn eigen|my own|verhuis\\S*|verhuiz\\S*|opruim\\S*|schoonmaak\\S*|renovatie|verbouwing|sloop|corporatie|aannemer|werklui|werkmannen|monteur\\S*|gemeente|klopt dat|mag dat|mogen ze|moving|tidying|clearing my|renovation|contractors?|workmen|landlord|council|is that (right|allowed|ok))",
);
/** Going along the doors trying each one: a thief looking for one that is open. */
const tryingDoors = rule(
  '(trying|tries|tried|checking|checks|testing|probeert|proberen|probeerde|checkt|voelt aan|voelen aan) (every|all the|all|each|alle|elke|iedere) (\\S+ )?(door|doors|handle|handles|window|windows|car|cars|deur|deuren|deurklink|deurklinken|klink|klinken|raam|ramen|auto|autos|auto.s)',
);
const gotInto = rule(
  '(got|get|gets|getting|went|broke) (in|into) (number|no|nr|flat|apartment|house|the flat|the house|#)|(is|zijn|ging|gingen|kwam) (net |nu |zo )?(binnen|naar binnen) (bij|in) (nummer|nr|huisnummer|de woning|het huis|de flat)|(binnengegaan|binnengekomen|binnengedrongen) (bij|in) (nummer|nr|de woning|het huis)',
);
const roamingDark = rule(
  '(lopen|loopt|rondlopen|walking) (\\S+ ){0,3}(mensen|iemand|people|someone) ~2 (rond|around)|(mensen|iemand|people|someone) ~2 (rond|around) ~3 (donker|dark)',
);
const glass = rule(
  '(glas|ruit|ruiten|glass|window) ~2 (breken|brak|breekt|gebroken|rinkelen|smash|smashing|breaking|break)|(breken|brak|smash|smashing) ~3 (glas|glass|ruit)',
);

/** Self-harm as people say it: stepping out, no way out, done with life, cutting now. */
const stepOut = rule(
  '(ik|i|me) ~4 ((eruit|er uit) stappen(?! (bij|uit|met|van|in|at|from|de|het))|uit het leven stappen|checking out|check out|(see|zie) (no|geen) (way out|uitweg)(?! (meer |more )?(met|in|uit|voor|with|of|for|from))|(want|wil) (dat )?(it all|alles|everything) ~2 (to be over|voorbij is|stopt|ophoudt|to stop|to end)|weg voor altijd|voor altijd weg)',
);
const cuttingNow = rule(
  '(ik ben|ben|i.m|im|i am) (weer |nu |aan het )+(krassen|snijden)|(aan het|ben) krassen|(cutting|harming) (again|right now|now)|(kras|krast|kraste) ~2 (mezelf|mijzelf|weer|mijn)',
);
const goingToJump = rule(
  '(ga|gaat|gaan|going to|gonna|will|.ll|wil|want to|denk erover|denkt erover|thinking of|thinking about) ~3 (springen|jump|jumping|te springen)',
);
const hangsSelf = rule(
  'zich ~3 (ophangt|ophangen|opknoopt|opknopen|ophing)|(hang|hanging|hanged) (himself|herself|myself)',
);
const savedPills = rule(
  '(saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|gespaard|spaar|verzameld|verzamel) (up )?(\\S+ )?(pills|meds|tablets|pillen|medicijnen|tabletten)',
);
/** Not able to go on, with the means at hand: "I can't do this anymore, I have the pills here". */
const cannotGoOn = rule(
  "(can't|cant|cannot) (do this|go on|take (it|this)|cope)( (anymore|any more))?(?! (with|to|for|because of))|ik (kan|trek|hou|houd) (het |dit )?(echt )?(niet|nie) meer( aan| vol)?(?! (betalen|lezen|zien|vinden|doen|maken|overzien|begrijpen|snappen|bijhouden|volgen|horen|uitstaan|met|van|door|om|tegen))|zie het niet meer zitten|(geen|no) (uitweg|way out)",
);
const meansAtHand = rule(
  '(pills|pillen|tabletten|meds|mes|mesje|knife|blade|razor|touw|rope|scheermes\\S*) ~3 (here|hier|ready|klaar|in my hand|in mijn hand|naast me|next to me|gepakt|bij me|with me)|(have|got|heb|pak|pakte|gepakt) (\\S+ )?(the |my |de |mijn |alle |all )?(pills|pillen|tabletten|mes|mesje|knife|blade|touw|rope)(?! (voor|for|van de apotheek|from the pharmacy))',
);
const lookingDown = rule(
  '(sta|staat|zit|stand|standing|sitting) ~3 (op|on) (de|het|the) (\\S+ )?(brug|dak|reling|bridge|roof|ledge|railing) ~6 (water|naar beneden|diepte|down|below|beneden)',
);

/** Bleeding with someone who cannot get up: "vrouw op straat, bloed veel, niet opstaan". */
const bleeding = rule('(bloed|bloedt|bloeden|blood|bleeding)');
const cannotStand = rule(
  '(niet|not|cannot|can.t|cant) (meer )?(opstaan|op staan|overeind|lopen|staan|stand|get up|walk)',
);
/** A whole strip or bottle swallowed. */
const wholePack = rule(
  '(hele|heel|whole|entire|full) (strip|strips|doos|doosje|pot|potje|fles|flesje|pak|pakje|box|bottle|pack|packet|blister)',
);
const swallowed = rule(
  '(doorgeslikt|ingeslikt|gedronken|genomen|geslikt|opgegeten|leeg|op|took|taken|swallowed|downed|drank|ate)',
);
/** Cutting through locks, kicking a door in, hanging from a balcony edge. */
const cutThrough = rule(
  '(door ?knippen|doorgeknipt|door te knippen|knippen ~2 door|door ?zagen|doorgezaagd|door te zagen|zagen ~2 door|cutting (through|off)|cut through|sawing (through|off))',
);
const lockWord = rule('(\\S*slot|\\S*sloten|\\S*ketting|hek|beugel|lock|locks|chain|padlock)');
const kickIn = rule(
  '(kick|kicking|kicked|kicks|smash|smashing|bash|bashing|ram|ramming) (my|the|our|his|her|their|a) (\\S+ )?(door|window) (in|down|open)',
);
const hangingFrom = rule(
  '((iemand|een (man|vrouw|kind|jongen|meisje)|hij|zij|ze|someone|somebody|a (man|woman|child|kid|boy|girl)|he|she|he.s|she.s) (\\S+ )?(hangt|hing|hanging|hangs)|(hangt|hing) (er )?(iemand|een (man|vrouw|kind|jongen|meisje))) (\\S+ ){0,2}(aan|from|off) (de |het |een |the |a )?(\\S+ )?(balkonrand|balkon|rand|dakrand|reling|dakgoot|balcony|ledge|railing|gutter|edge)',
);
/** "Hij zegt dat ik vanavond dood ben." */
const deadTonight = rule(
  '(ik|jij|je|u) (\\S+ )?(vanavond|vannacht|morgen|straks|zo|vandaag) dood (ben|bent|is|zal zijn)|(you.re|youre|you are|i.m|im|i am) (so )?dead (tonight|tomorrow|soon|today)',
);

export const composed: Partial<Record<EmergencyKind, Rule[]>> = {
  unresponsive: [
    all(near(8, rousing, nothingBack), not(device)),
    notComingRound,
    all(
      chest,
      heartSign,
      not(rule('(hoest\\S*|cough\\S*|griep|verkouden|flu|a cold|sporten|workout|gym)')),
    ),
    near(10, silent, bodySign),
    near(10, wentDown, noReaction),
    drifting,
    coldStill,
    all(
      near(10, personLying, doesNothing),
      not(rule('(te (slapen|zonnen|lezen|chillen|rusten)|slaapt|sleeping|tv)')),
    ),
    all(
      near(8, wentDown, shakingFit),
      not(device),
      not(rule('(wasmachine|droger|machine|washing machine|dryer|bus|trein|train|tram)')),
    ),
  ],
  threat: [
    near(4, victim, future, harm),
    getMe,
    all(saying, arson),
    all(
      pouredFuel,
      rule(
        '(gegooid|gegoten|gooit|giet|goot|gieten|gooien|gespoten|spuit|poured|pouring|thrown|throwing|splashed|doused|dousing)',
      ),
      not(rule('(gemorst|morsen|spilled|spill|tank|tanken|getankt|pomp|grasmaaier|lawnmower)')),
    ),
    all(arson, fuel),
    all(saying, lifeTaken),
    all(saying, deadTonight),
    all(near(6, doorBang, openUp), not(habit)),
    all(saying, near(4, victim, future, doSomethingTo), not(doingTogether)),
    all(saying, goingToGet, not(lawAndOrder)),
    // "Dat hij vanavond terugkomt om me kapot te maken."
    rule(
      'om (me|mij|je|jou|hem|haar|ons|jullie|iemand) (\\S+ )?(kapot|dood|neer|in elkaar|lens|verrot|bont en blauw) te (maken|slaan|steken|schieten|trappen)',
    ),
  ],
  break_in: [
    near(4, forcing, opening),
    near(10, breakTool, storage),
    all(breakOpen, not(habit)),
    all(someoneInRoom, sensed),
    all(drawers, intruder),
    all(
      climbing,
      rule(
        '(trekt|trekken|rukt|duwt|probeert|aan de|tries|trying|pulls|pulling) ~3 (\\S*deur|\\S*raam|door|window)',
      ),
    ),
    all(inbraak, nowHere, not(habit)),
    all(inRoom, notLetIn),
    strangerIn,
    // Someone on one's balcony high up, not someone working there.
    all(
      rule(
        '(staat|zit|loopt|klimt|hangt) (er )?(iemand|een man|een vent|een gast|someone|somebody|a man|a guy) (\\S+ )?op (mijn|ons|onze|het) balkon|(someone|somebody|a man|a guy) (is )?(on|in) (my|our) balcony',
      ),
      not(
        rule(
          '(schilder\\S*|glazenwasser|monteur|werklui|aannemer|painter|window cleaner|gevraagd|afgesproken)',
        ),
      ),
    ),
    all(
      viaWindow,
      intruder,
      not(
        rule(
          '(rook|smoke|stank|geur|lucht|smell|water|regen|rain|wind|tocht|muggen|duiven|kat|muis|muizen|pigeons|cat|mouse|mice)',
        ),
      ),
    ),
    breakingIn,
    all(
      near(6, cutThrough, lockWord),
      intruder,
      not(
        rule('(sleutel|kwijt|key|lost|kan iemand|kun je|kunt u|can someone|could someone|mag ik)'),
      ),
    ),
    kickIn,
    all(roamingDark, glass),
    all(emptyingOut, theirPlace, intruder, not(ownWork), not(habit)),
    all(tryingDoors, not(habit), not(ownWork)),
    all(
      gotInto,
      rule(
        '(iemand|man|vent|kerel|gast|gasten|jongen|jongens|mensen|someone|somebody|man|guy|guys|people|he|she|hij|ze|zij)',
      ),
    ),
  ],
  overdose: [
    all(sedative, takenOrMixed, barely),
    all(near(6, sedative, alcohol), barely),
    all(
      tooMuch,
      not(
        rule(
          '(eten|gegeten|snoep|chocola|koffie|food|sugar|coffee|candy|chocolate|gedronken|drunk|drank)',
        ),
      ),
    ),
    near(3, numberWord, pillsNamed, tookWord),
    all(emptied, pillsNamed),
    all(wholePack, pillsNamed, swallowed),
    near(4, allOf, pillsNamed, tookStrict),
    all(usedDrugs, noReaction),
    all(usedDrugs, turningBlue),
  ],
  fall: [
    near(8, bleeding, cannotStand),
    all(onFloor, cannotRise),
    fallFrom,
    fallenFrom,
    bone,
    moaning,
    all(crash, hurtSign),
    near(4, fallWord, hurtSign),
  ],
  self_harm: [
    all(near(6, jumping, height), not(notSport)),
    dwelling,
    all(near(8, passOn, lastWords), not(smallMatter)),
    stepOut,
    cuttingNow,
    all(goingToJump, not(notSport)),
    hangsSelf,
    savedPills,
    lookingDown,
    all(
      cannotGoOn,
      meansAtHand,
      not(
        rule(
          '(elke|iedere) (dag|ochtend|avond)|every (day|morning|night)|apotheek|pharmacy|recept',
        ),
      ),
    ),
  ],
  violence: [
    near(12, hiding, aggressor),
    throwingAt,
    all(
      blow,
      not(rule('(rekening|financ\\S*|geld|money|bill|bills|energie|huur|rent|boete|fine)')),
    ),
    near(2, objectVictim, hitVerb),
    near(6, armed, roaming),
    all(raging, screamStop),
    fightHere,
    all(
      beatWith,
      rule(
        '(op|tegen|naar) (\\S+ ){0,2}(iemand|hem|haar|mij|me|elkaar|buurman|buurvrouw|vrouw|man|jongen|meisje|kind|mensen|people|someone|him|her|each other|guy|woman)|(slaat|slaan|sloeg|mept|hits|hitting|beating) (iemand|hem|haar|mij|me|elkaar|someone|him|her|me)',
      ),
    ),
    all(shots, heardShots, someoneDown, not(fireworks)),
    all(downOnGround, keepHitting, not(tantrum)),
    all(
      throwingAtHome,
      not(rule('(sneeuwballen|sneeuwbal|snowballs?|balletje|bal|ball|eieren|eggs)')),
    ),
  ],
  gas: [all(gasOpen, smellOrAbsent)],
  danger: [hangingFrom],
  fire: [
    all(smokyPlace, not(weather)),
    itSmokes,
    thingSmokes,
    all(near(6, sparks, sparkSource), not(sparkWork)),
  ],
};

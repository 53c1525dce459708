import { rule } from './patterns';

/**
 * What makes danger words *not* an emergency now. Three kinds, each over prepared text:
 * - idioms and harmless uses, cut out of the text before the danger rules look at it ("ik ga
 *   dood van het lachen", "die party was fire", "de lamp brandt niet", "koken op gas");
 * - a calm story about the past ("vorig jaar was er brand in blok B, nu is alles goed");
 * - a question about what to do "if ever" ("wat moet ik doen als er brand is?").
 * The last two only count when nothing says it is happening now ("nu", "weer", "help").
 */

/** Idioms and harmless phrases with a danger word in them: removed before detection. */
export const idioms = new RegExp(
  rule(
    // Dutch "dood" idioms: dead tired, laughing oneself to death, scared to death.
    'dood (moe|ziek|op|eng|gewoon|stil|leuk|serieus|normaal|simpel|jammer|zonde|lekker)',
    '(ga|gaat|gaan|ging|gingen|lag|lig|liggen|bijna) ~2 dood (van|aan) (de |het |mijn |die |dat |al |deze )?(?!pijn|drugs|pillen|bloed|overdosis|gas|rook)\\S+',
    '(lach|lachen|lacht|lachte) (me|mij|je|ons|zich) (helemaal |echt |bijna )?(dood|rot|krom|slap)',
    '(me|mij|je) (helemaal |echt |bijna )?dood ?(gelachen|lachen|geschrokken|geschrokke|verveeld|vervelen|schrikken|schrok|gewerkt|werken|gezocht|zoeken)',
    '(schrok|schrik|schrikt|verveel|verveelde) (me|mij|je) (helemaal |echt |bijna )?dood',
    'doodgaan van (het lachen|de honger|de dorst|verveling)',
    // Slang: "fire" = very good; "killing it"; "to die for".
    '(party|feest|feestje|track|nummer|beat|song|outfit|show|set|dj|muziek|music|album|wedstrijd|avond|night|movie|film|eten|food|that|dat|it|this|dit|die|deze|vibe|vibes|optreden) ~2 (is|was|were|are|klinkt|sounds) (echt |so |really |straight |literally |heel |zo |best )?(fire|vuur)',
    '(?<!(there|er|here|hier|it|het|het huis|the house) )(was|were) (echt |so |really |straight |literally |heel |zo |best |gewoon |pure )?(fire|lit)(?! (in|op|at|on|bij|van|alarm|exit|door|escape|brigade|extinguisher|everywhere|overal|coming|uit|from))',
    'fire (emoji|track|song|beat|outfit|tune)|straight fire|pure fire|echt fire|(its|it.s|thats|that.s|dats|das|da.s|this is|dit is|is echt) (so |really |straight |literally |echt |zo |pure |gewoon )?(fire|vuur|lit)(?! (in|op|at|on|bij|van|alarm|exit|door|escape|brigade|extinguisher))',
    '(killed|killing|kill|kills) it|to die for|dying to (see|know|try|meet|go|hear|join)',
    // The flame a stove or boiler is meant to have: "de vlam op mijn fornuis is oranje".
    '(de |het |mijn |mn |the |my )?(vlam|vlammen|vlammetje|vlammetjes|flame|flames|pilot light|waakvlam) (\\S+ ){0,2}(fornuis|gasfornuis|kookplaat|gaspit|pit|pitje|geiser|boiler|ketel|cv|stove|hob|cooker|burner)(?! (brandt|staat|vat|slaat))|(fornuis|gasfornuis|kookplaat|stove|hob|cooker|boiler|geiser) (\\S+ ){0,2}(vlam|vlammen|vlammetje|flame|flames)(?! (slaat|slaan|overal|everywhere|spread))',
    '(this|that|it|my \\S+|the \\S+) (is|are) (so |really |literally )?killing me',
    'dying (of|from|for) (laughter|laughing|boredom|hunger|thirst|curiosity|a|some|the)',
    'dead (tired|serious|funny|easy|good|boring|bored)|bored to death|scared to death|laughed to death',
    "(i'm|i am|im|ben) (literally |echt |so )?(dead|dood) (lol|haha|hahaha|xd|lmao|omg)",
    "i'd kill for|kill for a|would kill for",
    '(mijn|my) \\S+ (vermoorden|vermoordt|are killing|is killing) (me|mij)',
    '(gevallen|val|viel|vallen) voor (de|het|zijn|haar|die|een) (charme|charmes|lach|ogen|glimlach|mooie|leuke|knappe|nieuwe) ?\\S*|(fell|fallen|falling) for|bloed kruipt|(gevochten|vechten|vecht) (met|tegen) (de|het|die|mijn) (formulier|formulieren|papieren|belasting|slaap|computer|printer|rekeningen)\\S*',
    // "In de brand zitten" = to be in trouble; "brandjes blussen" = sorting out small problems.
    '(zit|zitten|zat|zaten|staan|sta) ~2 in de brand|brandjes blussen|putting out fires',
    // A lamp, candle or stove that burns, or does not: "de lamp in de gang brandt niet".
    'brandt ((soms|vaak|af en toe|nooit|weer|ook|gewoon|meestal|nog steeds) )?(niet|geen|het licht|de lamp|nog|de hele (dag|nacht)|dag en nacht|al dagen|continu|steeds)',
    // A head or a mouth "on fire" from stress or pepper.
    '(hoofd|kop|mond|maag|keel|ogen|huid|voeten|handen|tong|hart|head|mouth|stomach|throat|tongue) (staat|stond|staan|is|was) (\\S+ )?(in brand|in de fik|on fire) (van|door|from|because of|after)',
    // The flame of a cooker or boiler: "het gas brandt wel maar geen warm water", the pilot light.
    'waakvlam\\S*|(gas|pit|pitje|pitten|vlammetje|geiser|ketel|fornuis|kookplaat|brander) (brandt|branden|brand) (wel|niet|gewoon|goed|prima|blauw|geel|oranje|slecht|raar)',
    '(lamp|licht|lampje|lampen|verlichting|kaars|kaarsen|kaarsje|kachel|open haard|houtkachel|candle|candles) ~ (brandt|branden|brand|burning|burns) (niet|al|nog|de hele|weer|continu|steeds|mooi|gezellig|nicely)?',
    // The same at the very end of the message ("de kaars brandt").
    '(lamp|licht|lampje|lampen|verlichting|kaars|kaarsen|kaarsje|kachel|open haard|houtkachel|candle|candles) (\\S+ ){0,2}(brandt|branden|burning|burns)$',
    '(brand|brandt|burning|burn) (van|with) (nieuwsgierigheid|curiosity|verlangen|desire|ongeduld|impatience)',
    "(ik ben|ben|i'm|i am|im|you're|youre|je bent|jij bent|was) (echt |so |really |totally |helemaal )?on fire",
    '(?<!(there|er|here|hier) )(are|is|was|were|zijn) (echt |so |really |straight |literally |heel |zo |best )?fire(?= *(\\||$)| lol| haha| bro| man| fr| ngl| echt| hoor)',
    'messen ~6 bot|knives ~6 (blunt|dull)|bijl ~2 lenen|(lend|borrow) ~2 (axe|knife|knives)|water ?gun|waterpistool|speelgoed\\S*|toy gun|nerf|gas (is |staat )?(afgesloten|off)|gas (is|staat) uit|gas ?(monteur|storing|engineer)|gasman|gas man (komt|kwam|is geweest|geweest|came|comes|is coming)',
    // Fire safety things that are defects or questions, not fires.
    'fire (alarm|door|doors|exit|exits|extinguisher|extinguishers|escape|drill|safety|hazard) ~2 (broken|kapot|beeping|chirping|battery|blocked|missing|check|test|weg|leeg|expired)',
    'smoke (alarm|detector) ~2 (broken|beeping|chirping|battery|kapot|piept|missing|test)',
    // Gas that is not a leak: driving, bills, cooking.
    '(?<!(ruik|ruikt|rook|stinkt|lekt|smell|smells) (\\S+ ){0,3})gas (licht|stroom|elektra|electricity|power|water|en licht|internet)( (en )?(licht|water|stroom|internet|elektra))*',
    'gas (geven|geeft|gegeven|gaf)|geef ~2 gas|(met )?vol gas (\\S+ ){0,3}(tegenaan|vooruit|door|verder|erin|erop)|plankgas|step on the gas|gas (station|bill|bills|pedal|prices|price|stove|cooker|rekening|prijs|prijzen)|gasoline|(cooking|cook) (with|on) gas|koken op gas|op gas (koken|kook)|gas en licht|gas and electricity|gas (en|and) (stroom|water)',
    // Not answering greetings or messages is a worry about someone, not someone unresponsive now.
    "(reageert|reageerde|reageren) ~2 niet (meer )?op (mijn|m'n|de|onze|ons|haar|zijn|z'n|mn) (groet|groeten|gedag|berichten|bericht|appjes|app|brieven|brief|telefoontjes|vragen|mails|post)",
    'ziet (er )?(\\S+ ){0,3}(grauw|bleek|slecht|moe|grijs|ziek)( en \\S+)? uit|ziet ~2 (grauw|bleek|slecht|moe|grijs|ziek) uit|(looks|looking) (pale|grey|gray|tired|unwell|ill)',
    // Burnt food and reading the gas meter.
    '(verbrand|verbrande|aangebrand|aangebrande) (toast|brood|boterham|eten|pan|rijst|popcorn|pizza|tosti|vlees)|aanbranden|aangebrand|burnt (toast|food|popcorn|pizza)|read(ing)? the gas meter|gas meter (reading|reader|readings|number)|meterstand|meter (opnemen|aflezen)',
    // Wanting a nuisance to end: "kan iemand er een eind aan maken, die herrie elke nacht".
    '(eind|einde) aan ~2 (maken|maakt|te maken) ~3 (herrie|lawaai|overlast|ruzie|gedoe|muziek|troep|stank|pesterij|situatie|geluid)|(herrie|lawaai|overlast|ruzie|gedoe|muziek|troep|stank|pesterij|geluid) ~6 (eind|einde) aan ~2 (maken|maakt|te maken)',
    // Said to take the danger away: "geen gas hoor, gewoon riool", "not threatening exactly".
    '(geen|no|nergens|zonder|without|not any|nowhere any) (geweld|gas|gaslucht|gasgeur|brand|rook|vuur|vlam|vlammen|vlammetje|wapen|wapens|mes|inbraak|bloed|gevecht|vechtpartij|violence|gas smell|smell of gas|fire|flame|flames|smoke|weapon|weapons|knife|blood|fighting|fight)',
    'niet (bedreigend|gewelddadig|gevaarlijk|acuut|dringend)( ofzo| hoor| verder)?|(niks|niets) (gevaarlijks|ernstigs|ergs|acuuts)|not (threatening|violent|a threat|dangerous|urgent|an emergency|serious)|nothing (dangerous|serious|urgent|bad)|no emergency',
    // A hazard complained about, not someone in danger now.
    '(levensgevaarlijk|gevaarlijk|dangerous|life threatening) (voor|for) (de |the |onze |our |kleine |little )?(kinderen|kids|children|kinders|kindjes|ouderen|buurt|iedereen|fietsers|voetgangers|everyone|cyclists|pedestrians)',
    // Burning candles, heartburn, a burning question: no fire.
    '(brandende|brandend) (kaars|kaarsen|kaarsje|kaarsjes|lamp|lampen|licht|vraag|vragen|maagzuur|pijn|gevoel|ogen|actueel|dorst|verlangen|sigaret|peuk)|(maagzuur|pijn|ogen|keel) ~2 (brandt|branden|brandend)|fikkie stoken',
    // A boiler or fuse that cuts out: "de geiser slaat steeds af", "de stop slaat door".
    '(slaat|sloeg) (steeds |telkens )?(af|door)',
    // "Mijn hoofd ontploft van al die formulieren."
    '(hoofd|kop|brein|head|brain) ~2 (ontploft|ontploffen|explodeert|exploding|explodes|will explode|is gonna explode)',
    // "I nearly had a heart attack when I saw the price."
    '(bijna|haast|almost|nearly) (een |a )?(hartaanval|hartverzakking|beroerte|heart attack|stroke|passed out|fainted|flauwgevallen|flauw gevallen|flauw|died|dood)',
    // Threatened with a lawyer, the police or a rent rise: no danger.
    '(dreigt|dreigde|dreigen|gedreigd|bedreigd|threatened|threatens|threatening) (\\S+ ){0,3}(met (een |de |het )?(advocaat|politie|rechter|ontruiming|boete|klacht|huisuitzetting|deurwaarder|aangifte|melding|verhuizing|incasso|afsluiting)|te (verhogen|bellen|klagen|melden|ontruimen|verhuizen|stoppen|vertrekken|sluiten|afsluiten|betalen|opzeggen|verkopen|weigeren|verhuren|ontslaan|korten|blokkeren|schrappen)|to (call|sue|report|evict|complain|raise|tell|move|leave|quit|cut|close))',
    // Knives lent, bought, sharpened or played with.
    '(mes|messen|knife|knives) (\\S+ ){0,3}(geleend|lenen|terug|teruggegeven|kopen|gekocht|slijpen|geslepen|afwassen|borrowed|lent|back|bought|sharpen)|(leen|lenen|geleend|borrow|borrowed|lend|lent) ~3 (mes|messen|knife|knives)|met (messen|een mes) ~2 (spelen|speelt|gespeeld)|playing with knives',
    // Devices that stop responding; a mother who "will kill me" over a report; finishing a story.
    '(?<=(laptop|computer|pc|telefoon|mobiel|phone|app|tv|printer|scherm|screen|website|site|game|wifi|router) (\\S+ ){0,3})(not responding|reageert niet|reageert nergens op|doet (niks|niets)( meer)?|is dead|(is )?frozen|hangt|crashed)',
    '(moeder|mama|mam|ma|vader|papa|pap|pa|ouders|vrouw|vriendin|baas|juf|meester|mom|mum|mother|dad|father|parents|wife|girlfriend|boss|teacher) (gaat|gaan|zal|will|is going to|is gonna|are going to) (me|mij|ons|us) (vermoorden|doodmaken|afmaken|kill|murder) (als|wanneer|zodra|if|when)',
    '(je|jouw|zijn|haar|mijn|het|de|dat|dit|ons) (\\S+ )?(verhaal|zin|werk|huiswerk|opleiding|school|studie|boek|taak|klus|project|puzzel|schilderij|bord|eten|cursus|opdracht|story|sentence|homework|job|work) ~2 (afmaken|af maken|afmaakt|afmaak)',
    // Getting into an account is no break-in.
    '(via|in|op|into) (mijn|de|het|ons|my|the|our) (wifi|account|netwerk|computer|systeem|app|website|mail|telefoon|instagram|facebook|network|phone|email)( (\\S+ ){0,2}(binnen|in) te (komen|breken))?',
    // Throwing one's own rubbish: a nuisance.
    '(gooit|gooien|gooide|smijt|smijten|smeet|throws|throwing) (haar|zijn|hun|z.n|d.r|her|his|their) (peuken|afval|vuil|troep|sigaretten|as|spullen|rommel|vuilnis|butts|rubbish|trash|garbage)',
    // A fire brigade's open day, the car out of gas, raising the alarm, toy guns, a memory
    // like a sieve, "I could kill them", the fire inside someone.
    'open dag (bij|van) (de |het )?\\S+|(werkt|werken|werkte|gewerkt) bij de brandweer|brandweer(man|mannen|vrouw|auto|kazerne|oefening)',
    'out of gas|no gas (in|left)|(geen|zonder) benzine|(slaat|sloeg|slaan|sla) (alarm|groot alarm)|raise the alarm',
    'water ?guns?|waterpistool\\S*|nerf ?guns?|toy guns?|speelgoedpistool\\S*|glue ?gun|lijmpistool',
    '(gat|gaten) in (mijn|je|zijn|haar) (hoofd|geheugen) (\\S+ ){0,3}(vergeet|vergeten|geheugen|onthoud|onthouden)',
    '(kan|kon|zou|could) (ze|hem|haar|je|jou|hen|hun|die|him|her|them|you) (\\S+ )?(wel|soms|echt|gewoon)? ?(vermoorden|wurgen|doodmaken|kill|murder|strangle)',
    '(het |mijn |dat )?vuur in (mij|me|hem|haar|je|ons)|(mijn|het) vuur is (weg|uit|gedoofd)',
    // Rubbish thrown, doors slammed, a pan left on the fire, a barbecue that will not light.
    '(gooit|gooien|gooide|smijt|smijten|smeet) (iemand |er )?(\\S+ ){0,2}(\\S*peuken|afval|vuil|troep|sigaretten|as|rommel|vuilnis|eten|brood|butts|rubbish|trash|garbage)',
    '(deuren|deur|ramen) (slaan|dichtslaan|dicht slaan|smijten|knallen)|(slaan|smijten|gooien) met (de )?deuren|slamming (the )?doors?',
    'op het vuur (laten )?(staan|zetten|gezet|laat)|op (een )?(laag|hoog|zacht) vuur|vuur (van|voor|in) (de|het) (barbecue|bbq|open haard|kampvuur|kachel)|(wil|wilde|wou|gaat|ging) niet aan',
    // Calling without an answer; 112 or "emergency" as a topic, not a call for help now.
    '(gebeld|aangebeld|geappt|gemaild|belde|bel|called|rang|texted|messaged|knocked|geklopt|aangeklopt) (\\S+ ){0,5}(geen reactie|no reaction|no answer|geen antwoord|niet (op)?genomen)|(support worker|begeleider|coordinator|coach) ~2 (is not|isn.t|isnt|not) (answering|responding)',
    '(zonder|without) (\\S+ )?(112|911)|(verschil|difference) (tussen|between) ~3 (112|911)|(waarom|why) ~3 (112|911)|(112|911) (heet|called)',
    'emergency (exit|exits|lighting|light|lights|door|doors|number|numbers|contact|contacts|kit|plan|brake|button|stop|fund)|nooduitgang\\S*|noodverlichting|noodnummer\\S*|noodknop|noodrem|noodplan|noodfonds|noodpakket',
    // A warning that something could catch fire later: not a fire now.
    '(straks|anders|voor je het weet|zo meteen|op een dag) (\\S+ ){0,3}(nog )?(ingebroken|inbreken|inbraak|in brand|in de fik|de fik)|(someone|somebody|they|burglars) (will|could|might|are going to|is going to) (\\S+ )?break in|(kan|kunnen|zou|zouden) (\\S+ ){0,3}ingebroken (worden|wordt)|straks (\\S+ ){0,3}(in brand|in de fik|de fik)|(kan|kunnen|zou|zouden|could|might) (\\S+ ){0,3}(in brand (vliegen|raken|gaan|staan)|vlam vatten|catch fire|go up in flames)',
    // Hyperbole: "my landlord is gonna kill me if he sees this", "I'll kill you for spoiling it".
    '(landlord|mum|mom|mother|dad|father|boss|wife|husband|girlfriend|boyfriend|teacher|sister|brother|parents|huisbaas|baas)(.s| is| are| will)? (\\S+ ){0,3}(kill|murder|vermoorden|vermoordt) (me|you|us|mij|me)|(kill|murder|vermoorden) (me|you|him|her|je|jou|hem|haar) (for|omdat) \\S+',
    // Hating something ("de brand hebben aan"), driving like a maniac, a cast, a door that hits.
    '(heb|hebben|had|heeft|hebt) (echt |zo |een )?(de )?(pest|brand) (aan|in)|(rijdt|rijden|reed|rijd|racet|racen|scheurt|scheuren|drives|driving|rides|riding) (\\S+ ){0,3}(levensgevaarlijk|gevaarlijk|dangerous|dangerously)|(deur|liftdeur|lift deur|door|wind|raam|tak) (\\S+ )?(sloeg|slaat|klapte|knalde|hit|hits|slammed) (tegen|dicht|op|on|against|into|shut)',
    // A fire in a fireplace, a campfire, a wood fire.
    'fire in the fireplace|(wood|log|camp|bon|open) ?fire|fire ?(pit|place)|vuurkorf|kampvuur|haardvuur|vuur in de (open haard|houtkachel|kachel|vuurkorf)',
    // Bothered by smoke or a smell from a stove or a neighbour: a nuisance, not a fire.
    '(last|overlast|hinder|klachten|klacht|bothered|annoyed|complain\\S*) (van|over|by|from|about) (de |het |die |the )?(\\S+ )?(rook|smoke|stank|geur|walm)',
    // A balloon, a tyre or a fuse that pops.
    '(ballon\\S*|vuurwerk\\S*|balloons?|fireworks?|band|banden|fietsband|binnenband|tire|tyre|zekering|stop|peertje|lampje|popcorn|ei|egg|bom|bommetje|rotje\\S*|strijker) (\\S+ ){0,3}(ontploft|ontploffen|exploded|blew up|knalde|klapte)',
    // Stung by an insect or a nettle, knocked down in a game.
    '(gestoken|steek|stak|stung|sting) (\\S+ ){0,2}(door|van|by) (een |de |a )?(wesp|wespen|bij|bijen|mug|muggen|kwal|brandnetel\\S*|horzel|wasp|bee|mosquito|jellyfish|nettle)\\S*|(wesp|bij|mug|horzel|wasp|bee) (\\S+ )?(gestoken|stak|stung)',
    // Blood tests and blood pressure.
    'bloed (laten )?prikken|bloedprik\\S*|bloeddruk|bloedsuiker|bloedtest|bloedonderzoek|bloed geven|blood (test|tests|pressure|sugar|donation)|give blood',
    // Sleeping like the dead.
    '(slapen|slaap|geslapen|sliep|sleep|slept|sleeping) (als|like) (een |a |the )?(dode|doden|blok|roos|os|dead|log|baby)',
    // Kitchen knives.
    'mes en vork|messen (slijpen|sharpen)|knife and fork|(bread|butter|kitchen) knife|broodmes|keukenmes (kopen|lenen)',
  ).source,
  'g',
);

/** Laughing: "dood", "dead" and "dying" are idioms in the same message. */
export const laughing = rule(
  'haha|hahaha|hahah|hihi|lol|lmao|rofl|xd|hah|jaja haha|grappig|funny|hilarisch|hilarious',
);
/** Saying it was a joke: then even a fire word was not meant ("my toast is on fire lol jk"). */
export const kidding = rule(
  'grapje|geintje|jk|j k|just kidding|only kidding|kidding|ik maak een grap|(was|is) (maar )?een grap|(als|for a|as a) (een )?(grap|joke)|just joking|joking',
);
export const kiddingIdioms = new RegExp(
  rule('(staat |is |are )?(on fire|in brand|in de fik|brand|fire)').source,
  'g',
);
export const laughingIdioms = new RegExp(
  rule(
    "dood|dead|dying|killing me|kill me|kill you|i'm dead|ga dood|vermoord|vermoorden|in de fik|af ?maken|murder",
  ).source,
  'g',
);

/** A story about what happened before. */
export const past = rule(
  'vorig jaar|vorige (maand|week|zomer|winter|keer|eeuw)|\\S+ (jaar|jaren|maanden|maand|weken) (geleden|terug)|jaren terug|lang geleden|een tijd(je)? (geleden|terug)|toen ik (klein|jong|kind|op straat|dakloos)|ooit eens|vroeger|verleden tijd|in het verleden|(al|sinds) (dagen|weken|maanden) (zo|kapot|stuk)|volgens mij al (dagen|weken)|er (was|waren) (gisteren|gisteravond|eergisteren|vannacht|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(was|were|got) (broken into|burgled|robbed)|(gisteren|gisteravond|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|afgelopen \\S+|vorig weekend|dit weekend) (was|waren|had|hadden|is|zijn) er',
  "last (year|month|summer|winter|time|week)|\\S+ (years|months|weeks) ago|years ago|long ago|a while ago|months ago|weeks ago|when i (was|lived) (young|a kid|little|homeless|on the street)|back in|used to|in the past|once years ago|(thats|that's|that is) in the past|(been )?like (that|this) for (days|weeks)|(yesterday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last night|this weekend|last weekend) there (was|were)|there (was|were) ~6 (yesterday|last night|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
);

/** It is over: nobody hurt, all is well again. */
export const over = rule(
  '(ligt|zit|zat|lag|is) in het gips|gegipst|in (a|the) cast|nu (is|gaat) (het|alles) (weer |wel |al )?(goed|prima|beter|opgelost|rustig)|(het|alles) is (nu |weer |inmiddels )+(goed|prima|opgelost)|gelukkig (was|is) (niemand|er niemand|het)|niemand (was |is |raakte )?gewond|alles (is |was )?(weer )?(goed|ok|oke|in orde|voorbij|opgelost)|niks aan de hand|het is (weer )?voorbij|is al (geblust|uit|opgelost)|loos alarm|vals alarm|bleek ~2 (niks|loos|vals|mee te vallen)|afgehandeld|gaat (nu )?(weer |al )?(goed|beter)|(ben|is) (al lang |nu )?clean|al lang clean|gaat het (nu )?(weer |al )?(goed|beter)|clean sinds|(nu|inmiddels|weer) (is het|is alles) (weer )?(rustig|stil)|(het is|is het|is alles) (nu |weer |inmiddels )+(rustig|stil)|(is|zijn) (weer )?(helemaal )?(beter|hersteld|opgeknapt)(?! (af|zonder|dood))',
  '(brandweer|ambulance|politie|fire brigade|firemen|paramedics|police) (is|zijn|was|has|have|are) (weer |al |allemaal )?(weg|vertrokken|geweest|gone|left|been)|(het )?(was|bleek) (maar|alleen maar|gewoon|gelukkig maar) (\\S+ )?(aangebrand|toast|eten|stoom|damp|oefening|een oefening|loos|vals|kaars|wierook|mist|nevel)|(it was|was|it.s|its|it is) (just|only) (my |the |a |some )?(\\S+ )?(toast|food|steam|burnt|burned|drill|candle|incense|cooking|mist)',
  'now (he|she|they|i|we) ~2 (helps|helping|fine|ok|okay|good|better|clean|sober|works|working|volunteers|recovered)',
  // Lost for a moment, told afterwards; someone who got up and went inside after.
  '(lost|kwijt|gone|missing|misplaced) (\\S+ ){0,4}for a (sec|second|minute|moment|few minutes)|scariest (\\S+ ){0,2}(minutes|moment|seconds)|(even|eventjes|heel even|een paar minuten) kwijt|(is|ging|kwam) (toen|daarna|later|uiteindelijk) (\\S+ ){0,3}(naar binnen|naar huis|opgestaan|weggelopen)|then (went|got up|walked) (inside|home|off|away)',
  // Someone missing who is back: "we hebben hem gelukkig gevonden", "she turned up at a friend's".
  'gelukkig ~3 (gevonden|terug|terecht|thuis)|(weer )?(teruggevonden|terecht ?gekomen|is weer terecht|(is|zijn) weer thuis)|(found|find) (him|her|them) ~3 (luckily|safe|again|fine|ok)|(luckily|thankfully) ~3 found|(turned|showed) up (safe|again|at|fine)|(is|are|was) (back )?home safe',
  "luckily|everything('s| is| was) (fine|ok|okay|alright|sorted)|nobody (was |got )?hurt|no one (was |got )?hurt|all good now|it's over now|was put out|false alarm|turned out|(handled|dealt with) it|(been|i'm|im|am) clean|(he's|hes|she's|shes|i'm|im|he is|she is|they're|theyre) (fine|ok|okay|alright)( now)?(?= *(\\||$))|(he's|hes|she's|shes|i'm|im|he is|she is) (fine|ok|okay) now|just a (scratch|scraped knee|bruise|graze)|alleen (een )?(schaafwond|blauwe plek|krasje|buil)|doing (well|fine|better|good) now|(it's|its|it is|all) (quiet|calm) (now|again)|(is|are) (fully )?(better|recovered) (now|again)",
);

/** A story, a dream, a film, a game or the news: told, not happening here. */
const storyPatterns = [
  '(nachtmerrie\\S*|droom|dromen|droomde|gedroomd|nightmares?|dreams?|dreamt|dreamed) (\\S+ )?(over|about|van|of)|(droomde|droomt|gedroomd|dreamt|dreamed|dream) (\\S+ ){0,3}(dat|that)|van toen|die keer|destijds|back then|at the time|in (de|het|die|een|that|the|a) (film|serie|game|spel|boek|movie|series|show|book|video|aflevering|episode|documentaire|nieuws|news|krant|newspaper|paper)|(las|lees|lazen|read) ~4 (over|about|krant|paper|nieuws|news)|op (tv|netflix|het nieuws|youtube|tiktok|insta|instagram|facebook)|on (tv|netflix|the news|youtube|tiktok|insta|instagram|facebook)|in (het|de) (nieuws|krant)',
  '(game|games|gamen|gaming|videogame|video game|call of duty|fortnite|gta|minecraft|playstation|ps5|xbox|zombies|spelletje|in (mijn|mn|m.n) (game|spel))',
  '(liedje|liedjes|songtekst|songteksten|song|songs|lyrics|album|videoclip|playlist|afspeellijst|karaoke|soap|soaps|gtst|goede tijden|soapserie|aflevering|afleveringen|episode|episodes|seizoen|season finale|kruiswoord\\S*|crossword|puzzel|puzzle|raadsel|riddle)',
  '(serie|film|series|movie|show|docu|documentaire) ~3 (gekeken|gezien|watched|seen|kijken|watching)|(gekeken|gezien|watched|kijk|keek|watching) ~3 (serie|film|series|movie|show|docu|documentaire)',
  '\\S*(film|films|boek|documentaire|serie|documentary|book|movie|series|show|video|artikel|article|nieuws|news|podcast|journaal) (over|about|waar|waarin|where|in which)|(journaal|nos|rtl nieuws|at5)|(zag|las|hoorde) ik(?= (op|in|\\||$))|(heb|had) (je|jij|u) (dat|het) (gezien|gehoord|gelezen)|(did|have) (you|u) (see|seen|hear|heard|read)|(gelezen|gekeken|watched|read|heard) ~ (over|about|documentary|documentaire)',
];
export const story = rule(...storyPatterns);

/** A question about what to do should it ever happen, or how a safety thing works; or a story. */
export const whatIf = rule(
  '(wat|hoe) (moet|doe|kan|moeten|doen|zou|kun) (ik|je|we|u|jullie|men) ~2 (als|bij|wanneer|in geval|mocht)',
  'als er (ooit|eens|een keer)|als (iemand|je|ik|er|hier) ~3 ooit|als er (brand|gas|een brand|rook) is|stel (je voor )?dat|wat als|in (het )?geval (van|dat)|mocht er ooit',
  '(welk|welke|which|what) (\\S+ )?(nummer|telefoonnummer|number)|(doing|held|having|hielden|houden|deden) (a |an |een )?(drill|oefening)|(aan het|were|was) (oefenen|practising|practicing|training)|(moet|moeten|mag|kan|kun) (je|ik|we|u|men) ~2 112 (bellen|bel) ~2 (bij|als|voor|of|wanneer)|wie (moet|kan|bel|bellen) ~2 (bij|als|wanneer|in geval)|wanneer (bel|moet|mag) ~2 112|(waar|hoe) (is|werkt|zit) (de|het) (brandblusser|nooduitgang|brandtrap|blusdeken|rookmelder|brandalarm|verzamelpunt|vluchtroute)|verzamelpunt|vluchtroute|assembly point|escape route|oefening|brandoefening|ontruimingsoefening',
  '(wat|hoe) (ik|je|we|men|jij|u) (moet|moeten|kan|kun|kunt|zou|zouden) ~2 (doen|handelen|reageren|helpen) ~2 (als|bij|wanneer)|(cursus|training|workshop|ehbo|eerste hulp|first aid|course) ~8 (als|bij|wanneer|if|when)|wat (betekent|betekend|is de betekenis van)|what (does|do) ~3 mean|(the )?meaning of|hoe herken|wat te doen (bij|als|in geval)|voor de zekerheid|wil (het )?(gewoon )?weten|is er (ook )?gas|stel dat|suppose|how (do|can|would) (you|i|we) (recognise|recognize|know|spot|tell)|just (want|wanted) to know|what to do (if|in case|when)|(ik vroeg|i asked|i was asking) (alleen|only|just)',
  '(a kid|kids|children|someone|somebody|iemand|kinderen|een kind|people|mensen) (could|might|may|can|kan|kunnen|zou|zouden) (\\S+ ){0,2}(cut|hurt|injure|fall|bezeren|snijden|vallen|verwonden)',
  "what (should|do|can|would|to) (i|we|you|one)? ?do (if|when|in case)|in case (of|there)|what if|if (there is|there's|there ever|ever|someone ever|i ever|a fire|fire)|just in case",
  'who (do|should|can|to) (i|we)? ?(call|phone|ring) (if|when|in case|for)|when (should|do|can) (i|you|we) call|(where|how) (is|does) the (fire extinguisher|emergency exit|fire escape|smoke alarm)|fire drill|evacuation drill',
  "(^| )stel (mijn|m'n|je|de|een|er|nou|dat|iemand)|een keer,? (moet|wat|wie|bel)|(wat|welk) (is )?(het |de )?(nummer|telefoonnummer|number) (voor|van|bij|for|of)|(op|wil) ~2 (opschrijven|noteren)|write (it )?down|(what's|whats|what is) the number (for|of)",
  ...storyPatterns,
);

/**
 * Words that make a what-if plainly hypothetical ("ooit", "voor de zekerheid", "just asking"):
 * then Buurtbot shows who to call instead of asking "Is er nu gevaar?".
 */
export const hypothetical = rule(
  'ooit|(^| )stel|voor de zekerheid|gewoon (weten|vragen|benieuwd)|wil (het )?(graag )?weten|een keer|mocht|eventueel|oefening|opschrijven|noteren|vroeg me af',
  'just (asking|curious|wondering)|cursus|training|course|leren|learn|betekent|betekend|mean|meaning|in case|if ever|ever|suppose|hypothetical|drill|write (it )?down|(want|wanted) to know|wondering',
);

/** Words that say it is happening now, which outweigh a calm story or a what-if. */
export const happeningNow = rule(
  'nu (ligt|lig|is|staat|zit|gebeurt|hoor|zie|ruik|bezig|slaat|slaan)|gebeurt (nu|het nu)|(ze|hij|zij|die) (ademt|reageert|beweegt) (niet|nie) meer|now (someone|somebody|someone.s|somebody.s|a man|a woman|iemand)|nu (ligt|zit|staat) (daar |er )?(iemand|een man|een vrouw)|(she.s|he.s|shes|hes|she is|he is) not breathing|(ik|we|wij) (kijk|keek|kijken|zie|zag|zien|hoor|hoorde|horen|vind|vond|vinden|kom|kwam|ruik|rook) net(?! (als|zo|wat|iets|een|naar|tv|televisie|docu\\S*|\\S*film|\\S*serie))|waar ik (nu )?voor (schrijf|bel|kom|app)|op dit moment|nog steeds(?! (pijn|last|moeite|bang|boos|verdrietig|slecht|niet|geen|zo))|help(?! (met|bij|with))|(?<!(kan|kun|kunt|wil|wilt|zou|zouden) (iemand|je|jij|u|jullie) (me|mij|ons) )helpen(?! (met|bij))|snel|kom snel|schiet op|en nu weer|right now|is happening|happening now|now (he|she|they|there|i|it)|(?<!(marks|stains|damage|traces|spots|scars|smell|sporen|vlekken|schade|plekken|littekens) (are|is|zijn) )still(?! (hurts|hurting|in pain|sore|scared|afraid|upset|struggling|not|no|have|feel|visible|there))|(is|are|it.s|its|he.s|she.s|they.re|hes|shes|theres|there.s) ~2 again|again now|just now|hurry|quick|please help',
);

/** Smoking is not a fire: "ik ruik de rook van zijn sigaretten". */
export const smoking = rule(
  "bbq'en|bbq'n|barbecue'en",
  'smoke break|rookpauze|houtkachel\\S*|houtstook|open haard|vuurkorf|schoorsteen|wood ?stove|wood ?burner|chimney|sigaret|sigaretten|sigaar|wiet|hasj|hash|barbecuet|barbecueen|bbqen|joint|jointje|jointjes|peuk|peuken|roken|rookt|roker|shisha|waterpijp|barbecue|bbq|vape|vapen|cigarette|cigarettes|weed|cigar|smoking|smokes|smoker|grill',
  '(ik|jij|je|we|wij|ze|zij) rook(?! (rook|brand|iets|gas|een brandlucht))|rook (niet|al|graag|buiten)|^rook (ik|jij|je)|(i|we|they|he|she|people|you|neighbours|neighbors|next door|upstairs|downstairs) smoke|smoke (weed|a|cigarettes)',
);
/**
 * A machine or a socket that smokes ("de droger in de waskelder rookt"): a fire starting, which
 * "rookt" as smoking does not explain away.
 */
export const thingSmokes = rule(
  '(stopcontact\\S*|meterkast|apparaat|wasmachine|droger|oven|magnetron|pan|motor|scooter|accu|lader|oplader|batterij|boiler|fornuis|kookplaat|auto|stekker|kabel|snoer|lamp|tv|computer|laptop|ketel|cv|afzuigkap|koelkast|vaatwasser|waterkoker|friteuse|airfryer|broodrooster) (\\S+ ){0,4}(rookt|smeult|vonkt)',
);

/** Words that name a fire outright, which smoking does not explain away. */
export const namedFire = rule(
  'brand|brandt|branden|brandende|brandend|in brand|fik|in de fik|lichterlaaie|vlammen|vlam|vuur|fire|flames|on fire|brandweer|fire brigade|smeult',
);

/** Something that happens every day or night: a nuisance told, not a fire now. */
export const habitual = rule(
  'elke (dag|avond|nacht|ochtend|middag|keer|week)|iedere (dag|avond|nacht|ochtend)|de hele (dag|avond|nacht)|altijd|steeds(?! (meer|erger|dikker|harder|groter|zwarter|verder|dichter))|telkens|every (day|night|evening|morning|time|weekend)|all (day|night)|always|constantly|(at|on|in the) weekends|elk weekend|ieder weekend|in het weekend|weekends',
  '(when|whenever|each time|every time) (i|you|we) (first )?(switch|turn|put) (it|them|the \\S+) on|(als|wanneer|zodra) (ik|je|we) (hem|het|ze|de \\S+) (voor het eerst )?(aanzet|aandoe|aanzetten)|bij het aanzetten|goes away (after|by itself|again)|(gaat|verdwijnt|trekt) (na \\S+ \\S+ |vanzelf )?(weer )?(weg|over)',
);

/** A question that starts with "als" or "if": "als mijn oma valt, moet ik dan 112 bellen?". */
export const conditional = rule('^(als|indien|mocht|stel|if|suppose|in case|say)');

/** Taking medicine as a routine, or asking about a dose: no overdose by itself. */
export const routineDose = rule(
  '(elke|iedere) (dag|ochtend|avond|week)|per dag|dagelijks|daily|every (day|morning|night|evening)|a day|voorgeschreven|prescribed|weekdoos|baxter|pillendoos|apotheek|pharmacy|recept|prescription|(mag|moet) (je|ik) ~3 (nemen|innemen)',
);

/** A broken thing called urgent ("noodgeval: mijn wc is verstopt"): a defect, asked about. */
export const defectWords = rule(
  '(wc|toilet|lift|elevator|verwarming|heating|cv|ketel|boiler|lekkage|lekt|leak|leaking|afvoer|drain(?! ?cleaner)|verstopt|blocked|clogged|kraan|tap|stroom|power|slot|lock|deur klemt|raam|window|wasmachine|riool|dak lekt)',
);

/** Told as a suspicion or hearsay, or as something that happens now and then: asked about. */
export const suspicion = rule(
  'ze zeggen dat|men zegt|ik denk dat|volgens mij|ik weet niet (of|zeker)|weet niet of het waar|blauwe plekken|soms|af en toe|wat kan ik (doen|daaraan doen)|i think|not sure if|people say|they say|bruises|sometimes|now and then|what can i do',
);
/**
 * Gas as a supply or a thing that does not work ("gas werkt niet", "een vraag over gas", "mijn
 * fornuis werkt op gas"): with no smell, leak or hiss it is asked about, not answered with 112.
 */
export const gasUse = rule(
  'werkt|werken|doet het|doet raar|(aan|uit) ?(zetten|zet|gezet|draaien|draai)|zet ~3 (aan|uit)|vraag|vragen|rekening|kosten|prijs|contract|leverancier|afgesloten|aansluiting|aansluiten|op gas|fornuis|geiser|ketel|cv|boiler|warm water|monteur|meter|storing|is op|doesn.t work|not working|bill|supplier|stove|boiler|hot water|how do i|hoe (zet|werkt|moet|kan)',
);
export const gasDanger = rule(
  'ruik|ruikt|ruiken|geroken|rook|stinkt|stinken|stank|\\S*lucht|\\S*geur|\\S*lek|lekt|lekken|sist|sissen|hangt|overal|duizelig|hoofdpijn|misselijk|eieren|smell|smells|leak|leaking|hiss|hissing|everywhere|dizzy|headache|nauseous|eggs|help|snel|nu',
);

/** A smell from the drain or one that has been there for weeks: sewer, asked about. */
export const chronicSmell = rule(
  'afvoer|riool|putje|gootsteen|drain|sewer|al (dagen|weken|maanden)|for (days|weeks|months)|sinds (dagen|weken|maanden)',
);

/** For a threat told as a habit: signs that this time it is here now ("en nu staan ze bij de ingang"). */
export const thisTime = rule(
  '(en|maar) nu|nu (staat|staan|wordt|komt|komen|loopt|lopen|zitten|probeert|proberen|roept|schreeuwt|wacht|wachten)|(staat|staan|zit|zitten|loopt|komt|komen|wacht|wachten) (\\S+ ){0,2}nu|vanavond|vannacht|straks|tonight|and now|right now|(outside|at) (my|the) door|voor (mijn|de) deur|bij de ingang|(ik ben|ben|i.m|im|i am) (zo |heel |echt |erg |really |so )?(bang|scared|afraid|terrified)|doodsbang',
);

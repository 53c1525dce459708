/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: mostly Dutch in many voices (panic, chat spelling, straattaal, older people, Dutch as a second language).
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesNl = String.raw`
# voices-nl.tsv - training data for Buurtbot's danger model: one chat message per line, labelled danger (someone is in danger now) or calm.
# Written on 2026-12-07 by an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; training data for Buurtbot's danger model
# Columns (tab-separated): language<TAB>label<TAB>kinds<TAB>text ; kinds is '-' for calm lines. All names, numbers and places are fictional.
# Counts: 824 lines; danger 437, calm 387; nl 737, en 87
# Danger lines per kind (a line may have several kinds): unresponsive 53, fall 49, overdose 49, fire 50, gas 49, violence 53, threat 48, break_in 48, self_harm 50
nl	danger	unresponsive	ze ademt raar
nl	danger	unresponsive	hij ligt op de bank met zn ogen half open en zegt niks als ik hem schud
nl	danger	unresponsive	kom snel ze is helemaal grauw en wordt niet wakker
nl	danger	unresponsive	Mevrouw van nummer 14 zit al een half uur stil in de hal, ze antwoordt niet en haar lippen zijn blauw
nl	danger	unresponsive	bro hij ligt gwn op de grond en doet niks meer
nl	danger	unresponsive	ik hoor hem snurken maar zo raar gorgelen en hij wordt nie wakker
nl	danger	unresponsive	mijn vriendin zakt in elkaar en ze praat niet meer
nl	danger	unresponsive	Bij de fietsenstalling ligt een man op zijn buik, hij beweegt niet
nl	danger	unresponsive	hij is zomaar omgevallen bij de koffieochtend en nu reageert hij niet
nl	danger	unresponsive	mn moeder doet haar ogen niet open ik roep en roep
nl	danger	unresponsive	ik zie geen borst op en neer gaan
nl	danger	unresponsive	wtf ze ligt helemaal slap in de douche
nl	danger	unresponsive	meneer reageert niet op mijn stem en ook niet als ik in zijn hand knijp
nl	danger	unresponsive	kzit bij Rob hij is wit als papier en hij zegt niks meer
nl	danger	unresponsive	Begeleider hier: cliënt aangetroffen op de vloer van zijn keuken, aanspreekbaar nee, ademhaling onregelmatig
nl	danger	unresponsive	mijn buurman hij valt zomaar en hij doet niet meer wakker
nl	danger	unresponsive	ze schokt helemaal en nu ligt ze stil met schuim bij haar mond
nl	danger	unresponsive	De deur stond open en de bewoner zit onderuitgezakt in zijn stoel, hij reageert nergens op
nl	danger	unresponsive	hij ademt heel langzaam met lange pauzes ertussen
nl	danger	unresponsive	ik krijg hem niet wakker!!!
nl	danger	unresponsive	mattie ligt buiten op het bankje helemaal weg, zn hoofd hangt zo raar
nl	danger	unresponsive	Er ligt iemand op de trap tussen de tweede en derde, ogen dicht, geeft geen antwoord
nl	danger	unresponsive	mijn man is ineens weggezakt aan tafel en hij kijkt dwars door me heen
nl	danger	unresponsive	ze voelt koud aan en ze beweegt niet pls help
nl	danger	unresponsive	hij zakte door zn knieën in de lift en ligt daar nu
nl	danger	unresponsive	kind van de buren ligt in het water bij de vijver en zegt niks
nl	danger	unresponsive	hoor hem niet meer ademen
nl	danger	unresponsive	Ik heb de sleutel gebruikt, buurvrouw ligt naast haar bed en geeft geen teken van leven
nl	danger	unresponsive	hij rochelt heel raar en zn ogen draaien weg
nl	danger	unresponsive	ze heeft een grijze kleur en haar hoofd valt steeds opzij
nl	danger	unresponsive	mn oom is flauwgevallen in de gemeenschappelijke ruimte en komt niet bij
nl	danger	unresponsive	hij ligt in de tuin met zn gezicht in het gras, niet normaal dit
nl	danger	unresponsive	lichaam helemaal slap armen vallen gewoon terug als ik ze optil
nl	danger	unresponsive	ik tik tegen zn wang en niks
nl	danger	unresponsive	die man bij de brievenbussen is ineens weg, hij zit tegen de muur en reageert niet
nl	danger	unresponsive	ze hijgt nog maar heel af en toe
nl	danger	unresponsive	mijn broertje is van zn stoel gegleden en wordt niet wakker
nl	danger	unresponsive	wallah hij beweegt niet meer bro wat moet ik doen
nl	danger	unresponsive	buurman zit al sinds vanochtend op dezelfde plek op het balkon, ik roep hem, hij beweegt niet, zijn gezicht is paars
nl	danger	unresponsive	Mijn vader zakt weg, hij geeft geen antwoord meer en zijn mond hangt scheef
nl	danger	unresponsive	hij ligt daar en zn lippen zijn blauw
nl	danger	unresponsive	ik hoor door de muur iemand vallen en nu hoor ik niks meer, ze doet niet open en ik zie haar door het raam liggen
nl	danger	unresponsive	ze is aan het stikken in een stuk brood en nu wordt ze stil
nl	danger	unresponsive	he's not waking up, ik schud hem maar niks
en	danger	unresponsive	my neighbour is on the floor and won't wake up
en	danger	unresponsive	she's not breathing properly, like gasping
en	danger	unresponsive	guy in the hallway is totally out, eyes rolled back, not reacting
en	danger	unresponsive	yo he's not waking up bro, lips turning blue
en	danger	unresponsive	help my flatmate collapsed and isn't responding
nl	danger	fall	mijn buurman hij valt van de trap en hij bloed veel
nl	danger	fall	oma is gevallen in de badkamer en ze kan niet meer opstaan
nl	danger	fall	zn arm staat helemaal verkeerd om
nl	danger	fall	ik ben gevallen en kom niet meer overeind, ik lig in de gang
nl	danger	fall	Mevrouw de Wit is op de galerij uitgegleden, haar been ligt in een vreemde hoek en ze kermt van de pijn
nl	danger	fall	hij is van de ladder gedonderd en er komt bloed uit zn hoofd
nl	danger	fall	kind is van het klimrek gevallen en huilt en zn pols ziet er echt raar uit
nl	danger	fall	kzit op de grond mn heup doet zo pijn kan nie staan
nl	danger	fall	Hij ligt onderaan de trap, er zit een grote plas bloed bij zijn hoofd
nl	danger	fall	ze is met de rollator omgevallen en haar hoofd ligt open
nl	danger	fall	bro hij viel van z'n scooter voor de deur en zn enkel staat gwn andersom
nl	danger	fall	buurvrouw roept om hulp vanuit haar badkamer ze ligt al uren op de grond zegt ze
nl	danger	fall	Ik hoor iemand roepen in het trappenhuis, een oudere man is gevallen en kan zich niet bewegen
nl	danger	fall	mijn moeder viel net en ze kan haar been niet meer bewegen
nl	danger	fall	hij is van het balkon op de eerste verdieping gevallen en ligt in de struiken te kreunen
nl	danger	fall	er komt heel veel bloed uit zn knie en ik krijg het niet gestopt
nl	danger	fall	Begeleider: bewoner gevallen in de douche, hoofdwond, bloedt flink, kan niet zelfstandig opstaan
nl	danger	fall	ik ben gestruikeld over de drempel en mn pols is helemaal dik en scheef
nl	danger	fall	ze ligt op het ijs bij de ingang en schreeuwt dat haar heup kapot is
nl	danger	fall	mn buurman is van de trap gegaan hij zegt dat hij zn nek niet voelt
nl	danger	fall	Buurman is met fiets en al tegen de stoeprand geklapt, zijn schouder hangt naar beneden en hij is lijkbleek
nl	danger	fall	help ik lig naast mn bed en kan niet omhoog
nl	danger	fall	ze viel met haar gezicht op de tegels en er zit bloed overal
nl	danger	fall	de man van 3 is van de keukentrap gevallen hij ligt te trillen van de pijn
nl	danger	fall	mijn dochter is van de glijbaan gevallen en haar arm hangt slap en ze gilt
nl	danger	fall	Het oude heertje van de overkant is op straat gevallen, hij blijft liggen en zijn hoofd bloedt
nl	danger	fall	ik viel tegen de verwarming en nu gutst het bloed uit mn wenkbrauw
nl	danger	fall	hij kan zn been niet meer strekken na die val, er steekt iets uit
nl	danger	fall	kweet nie wat ik moet doen ze is gevallen en haar pols knakt zo raar
nl	danger	fall	Mijn vrouw is uitgegleden in de keuken, zij kan niet meer staan en zij heeft veel pijn in haar been
nl	danger	fall	mn buurjongen is uit de boom gevallen en hij ligt stil te huilen, zn been ligt raar
nl	danger	fall	wtf hij viel net van de trap ik hoorde iets kraken
nl	danger	fall	iemand ligt onder aan de brandtrap en komt niet omhoog
nl	danger	fall	oud vrouwtje op de stoep gevallen, bloed uit haar neus en ze kan niet opstaan
nl	danger	fall	ik zit vast tussen de wc en de muur na een val en kom er niet uit
nl	danger	fall	zn pols staat in een hoek van 90 graden ofzo
nl	danger	fall	De buurvrouw is over de stofzuigerslang gestruikeld en ze zegt dat ze niks voelt in haar linkerbeen
nl	danger	fall	hij is van de stoel gevallen toen hij een lamp ophing en zn hoofd bloedt echt heel erg
nl	danger	fall	mattie is gevallen met skaten en zn arm is echt kapot osso
nl	danger	fall	Mijn buurman is gevallen. Hij ligt in de hal. Hij zegt dat zijn rug pijn doet en hij kan niet staan.
nl	danger	fall,unresponsive	hij is van de trap gevallen en nu reageert hij niet meer
nl	danger	fall	ze ligt op de grond te kreunen met een gat in haar hoofd
nl	danger	fall	hij kwam verkeerd neer bij het tafeltennissen, zn schouder zit uit de kom en hij wordt helemaal wit
nl	danger	fall	vader gevallen op het balkon, bot steekt door zn huid
en	danger	fall	my neighbour fell down the stairs and her leg is bent the wrong way
en	danger	fall	old man fell outside block C, bleeding from his head, can't get up
en	danger	fall	I fell in the shower and can't get up, phone barely reaching
en	danger	fall	my mum fell and her wrist is like totally bent, she's screaming
nl	danger	overdose	ze heeft net een hele strip pillen genomen
nl	danger	overdose	hij heeft iets gebruikt en nu ademt hij bijna niet meer en zn pupillen zijn piepklein
nl	danger	overdose	mijn buurman heeft een hele fles wodka op en al zijn slaappillen erbij
nl	danger	overdose	Ik vind lege doosjes oxazepam naast haar bed en ze is heel suf
nl	danger	overdose	bro hij heeft te veel gesnoven hij zweet helemaal en zn hart gaat tekeer
nl	danger	overdose	kzit met mn vriend hij heeft GHB genomen en hij is helemaal weggezakt
nl	danger	overdose	Begeleider: cliënt heeft vermoedelijk een overdosis heroïne, lippen blauw, reageert nauwelijks
nl	danger	overdose	mijn zoontje heeft de pillen van opa gevonden en ik weet niet hoeveel hij er op heeft
nl	danger	overdose	ze heeft alle paracetamol uit de la geslikt zegt ze net
nl	danger	overdose	hij spuit en nu valt hij om met die naald nog in zn arm
nl	danger	overdose	wallah mattie heeft 3 pillen op van dat feest en hij is helemaal aan het trillen en gloeit
nl	danger	overdose	ik heb te veel van mn medicijnen genomen en mn hart klopt zo raar
nl	danger	overdose	De bewoner van 22 zit op de galerij, hij heeft iets gespoten en zijn hoofd zakt steeds voorover
nl	danger	overdose	hij heeft coke en pillen door elkaar gedaan en nu krampt hij helemaal
nl	danger	overdose	mijn broer heeft zn methadon van een hele week in 1 keer genomen
nl	danger	overdose	ze kotst en kotst en er liggen overal lege strips
nl	danger	overdose	Meneer heeft volgens mij te veel pillen ingenomen, hij praat met dubbele tong en valt steeds in slaap
nl	danger	overdose	hij heeft iets in zn drank gekregen en nu staat hij te wankelen en ziet wit
nl	danger	overdose	mn vriendin heeft een hele pot antidepressiva leeggegeten
nl	danger	overdose	er ligt een jongen in het fietsenhok met een lepel en aansteker naast zich, hij snurkt raar
nl	danger	overdose	hij is aan het stuiptrekken na die lijn
nl	danger	overdose	kweet nie wat ze heeft gepakt maar ze is bezweet en verward en haar ogen zijn zo groot
nl	danger	overdose	mijn man heeft per ongeluk zijn insuline 2x gespoten en hij wordt heel raar en zweterig
nl	danger	overdose	ik denk dat ik te veel heb gebruikt alles draait en ik krijg geen lucht
nl	danger	overdose	Mijn buurvrouw heeft alle pillen uit haar weekdoos tegelijk genomen, zij is erg slaperig
nl	danger	overdose	peuter heeft een flesje hoestdrank leeggedronken en is heel slap
nl	danger	overdose	gast ligt te schuimbekken na die ballon en die pil
nl	danger	overdose	hij heeft de hele avond gezopen en nu nog een strip diazepam erachteraan gegooid
nl	danger	overdose	kom snel hij heeft fentanyl gerookt denk ik en hij ademt amper
nl	danger	overdose	die jongen van boven is knock na het gebruiken en zn vrienden rennen weg
nl	danger	overdose	ze heeft net 20 slaaptabletten ingenomen en zegt dat ze gaat slapen voor altijd
nl	danger	overdose	mijn moeder weet niet meer hoeveel hartpillen ze vandaag heeft genomen, ze is misselijk en haar hart gaat heel langzaam
nl	danger	overdose	hij heeft speed en alcohol op en hij loopt rood aan en zegt dat zn borst knijpt
nl	danger	overdose	Bewoner aangetroffen met spuit naast zich, ademhaling traag, reageert alleen op pijnprikkel
nl	danger	overdose	kzie overal lege blisters liggen en ze lalt
nl	danger	overdose	mijn kind heeft een paar van mn pillen uit de tas gegeten, weet niet hoeveel, hij is heel sloom
nl	danger	overdose	hij blijft maar overgeven en zegt dat hij een hele doos ibuprofen heeft genomen
nl	danger	overdose	ze heeft te veel ketamine en ligt te schudden op de vloer
nl	danger	overdose	hij heeft net iets geslikt uit een bruin flesje en nu zakt hij weg
nl	danger	overdose,self_harm	ze zegt dat ze alle pillen heeft genomen omdat ze er niet meer wil zijn
nl	danger	overdose	mn maat ligt in de douche met een riem om zn arm, ik krijg geen contact
nl	danger	overdose	help hij heeft paddo's en pillen en hij rent tegen de muren aan en zn hart gaat bizar snel
nl	danger	overdose	Bewoner op 5 heeft een hele fles methadon leeg, hij knikkebolt
nl	danger	overdose,unresponsive	hij heeft iets gespoten en is nu helemaal weg, geen reactie
nl	danger	overdose	na die pillen van de markt is ze heel heet en verward
en	danger	overdose	my friend took too many pills and is barely breathing
en	danger	overdose	he used something and now he's blue and snoring weird
en	danger	overdose	she swallowed the whole bottle of her meds, she told me just now
en	danger	overdose	pls he took like 10 of those pills and he's shaking
nl	danger	fire	rook!!
nl	danger	fire	ik ruik verbrand plastic in de gang en het wordt steeds erger
nl	danger	fire	Er slaan vlammen uit het keukenraam op de tweede verdieping
nl	danger	fire	de vuilcontainer bij de ingang staat in de fik
nl	danger	fire	trappenhuis staat vol rook ik kan niet naar beneden
nl	danger	fire	mn pan met olie staat in brand en het gaat niet uit
nl	danger	fire	ik hoor knetteren achter de muur en er komt een zwarte walm uit het stopcontact
nl	danger	fire	Ik ruik een brandlucht in het trappenhuis en het rookalarm bij de buren gaat al tien minuten af
nl	danger	fire	bro de scooter in de fietsenkelder staat gwn in brand
nl	danger	fire	er komt zwarte rook uit het dak van blok B
nl	danger	fire	zijn bank vat vlam door een sigaret, het gaat zo snel
nl	danger	fire	wtf de hele galerij is grijs van de rook
nl	danger	fire	de e-bike accu op de galerij sist en spuit vonken
nl	danger	fire	mijn gordijnen branden door een kaars help
nl	danger	fire	Er komt een dikke rooklucht uit de meterkast en de lampen knipperen
nl	danger	fire	de buurman staat op het balkon te roepen en achter hem zie ik oranje licht en rook
nl	danger	fire	het ruikt naar smeulend hout en er komt rook uit de zijkant van het dak bij de buren
nl	danger	fire	er brandt iets in de berging ik zie rook door de kieren
nl	danger	fire	de kliko's staan te fikken en het gaat richting de auto's
nl	danger	fire	Mijn wasdroger rookt en er komt een vieze lucht uit, ik zie een vlammetje achterin
nl	danger	fire	kinderen hebben vuur gemaakt in het trappenhuis met papier en het wordt groot
nl	danger	fire	vuur!!! bij de vuilstort
nl	danger	fire	de rookmelder piept en de hele kamer is wazig, kan niks zien
nl	danger	fire	ik zie vlammen achter het raam van de gemeenschappelijke ruimte
nl	danger	fire	Er is iets ontploft bij de buren en nu komt er rook en je hoort knallen
nl	danger	fire	mijn tosti-ijzer staat in de fik en het vuur gaat naar het kastje
nl	danger	fire	de lift ruikt naar schroeiende kabels en er komt rook uit de kier
nl	danger	fire	hij heeft zn matras in brand gestoken en zit ernaast
nl	danger	fire	Begeleider: brand in appartement 3.12, bewoner staat nog binnen, rook op de gang
nl	danger	fire	kzie rook uit de brievenbus van de onderbuurvrouw komen en ze doet niet open
nl	danger	fire	er staat een auto in brand op de parkeerplaats naast de flat
nl	danger	fire	het plafond van de keuken wordt zwart en het knettert
nl	danger	fire	mijn kind heeft met een aansteker gespeeld en het bed brandt
nl	danger	fire	Het ruikt zeer sterk naar brand en de gang wordt donker van de rook
nl	danger	fire	rook komt door het ventilatierooster naar binnen en het stinkt naar rubber
nl	danger	fire	de heg naast het fietsenhok staat helemaal in brand door vuurwerk
nl	danger	fire	kheb water op de frituurpan gegooid en nu is er een vuurbal
nl	danger	fire	mijn telefoonlader smelt en er komen vlammetjes uit
nl	danger	fire	Ik woon op de vierde, onder mij komt rook naar buiten en ik kan de deur niet uit
nl	danger	fire	osso staat in brand bij de buren echt waar
nl	danger	fire,unresponsive	er komt rook uit zn huis en hij ligt op de grond bij de deur en reageert niet
nl	danger	fire	brand op de derde, ik hoor mensen schreeuwen
nl	danger	fire	de afzuigkap brandt en het vuur gaat omhoog
nl	danger	fire	smeulende lucht overal en de muur van de slaapkamer is heet
nl	danger	fire	yo er komt echt smoke uit de kelder bro, zwart
en	danger	fire	fire in the bin room, flames reaching the ceiling
en	danger	fire	I smell burning plastic and the hallway is getting hazy
en	danger	fire	omg smoke everywhere in the hallway can't see the stairs
nl	danger	gas	het stinkt naar rotte eieren in het trappenhuis
nl	danger	gas	ik ruik gas
nl	danger	gas	Ik ruik een vreemde lucht in het trappenhuis, een beetje als zwavel, en het wordt sterker
nl	danger	gas	ik hoor gesis bij de meterkast en het ruikt heel raar
nl	danger	gas	de gaslucht bij nummer 5 is zo sterk dat ik er hoofdpijn van krijg
nl	danger	gas	bro heel de gang ruikt naar gas wallah
nl	danger	gas	mijn fornuis staat open maar er is geen vlam en de hele keuken stinkt
nl	danger	gas	er sist iets achter het fornuis en ik ben duizelig
nl	danger	gas	Buurvrouw heeft het gas aan laten staan zonder vuur, ik ruik het tot op de galerij
nl	danger	gas	ze graven buiten en nu ruikt heel de straat naar gas en het blijft sissen
nl	danger	gas	mijn cv ketel maakt een fluitend geluid en er hangt een zure eierlucht
nl	danger	gas	kzit in de kelder het ruikt echt naar gas wat moet ik
nl	danger	gas	in de gang van blok A ruikt het naar gas, het komt onder de deur van 12 vandaan
nl	danger	gas	wij allemaal hoofdpijn en misselijk en de geiser doet raar
nl	danger	gas	Begeleider: sterke gaslucht in woning 2.04, bewoner wil niet naar buiten
nl	danger	gas	de slang van de gasfles van de buren is los en het sist
nl	danger	gas	ik ruik iets als knoflook en rotte eieren bij de meterkast en het gaat niet weg
nl	danger	gas	het ruikt naar gas en de buurman staat te roken voor zn deur
nl	danger	gas	kinderen zijn slap en misselijk, de kachel brandt met een gele vlam
nl	danger	gas,self_harm	Mijn buurman zegt dat hij het gas heeft opengedraaid en de ramen dicht heeft gedaan
nl	danger	gas	gaslucht! in de lift
nl	danger	gas	heel het portiek stinkt naar gas en de deurbel geeft vonkjes
nl	danger	gas	ik hoor een hard geblaas uit de grond bij de ingang en het stinkt
nl	danger	gas	er ruikt iets naar gas in mijn keuken, ik weet niet waar het vandaan komt en het wordt erger
nl	danger	gas	mn moeder is duf en heeft hoofdpijn en de koolmonoxidemelder piept
nl	danger	gas	de CO melder gaat af en mn vriend valt bijna om
nl	danger	gas	de aannemer heeft een leiding geraakt, je hoort het sissen en de lucht is niet te harden
nl	danger	gas	de buurvrouw heeft de gaskraan van het fornuis open en ze is niet thuis volgens mij, het stinkt door de brievenbus
nl	danger	gas	sterke rotte eierlucht in de bergingen beneden
nl	danger	gas	er komt een sissend geluid uit de muur bij de meterkast en mn ogen prikken
nl	danger	gas	ik rook iets raars bij de trap en nu ruik ik het ook in mijn huis, net gas
nl	danger	gas	Er is een gaslek denk ik. Het ruikt heel sterk in de hal van de flat.
nl	danger	gas	terrasheater van het buurthuis lekt en het ruikt naar gas overal
nl	danger	gas	mijn pitten gaan niet aan maar ik hoor het gas wel stromen en het ruikt heel erg
nl	danger	gas	het stinkt naar zwavel in de gemeenschappelijke keuken
nl	danger	gas	het ventiel van de gasfles onder de barbecue op het balkon blaast en het stinkt enorm
nl	danger	gas	mijn hele huis ruikt naar gas wat nu moet ik ramen open
nl	danger	gas	de geiser ploft en er komt een gele vlam en het ruikt verbrand en naar gas
nl	danger	gas	Het ruikt naar gas bij de brievenbussen, ik durf het licht niet aan te doen
nl	danger	gas	mn hoofd bonkt en ik ruik gas in de badkamer bij de geiser
nl	danger	gas	het sist bij de gasmeter en er hangt een eierlucht
nl	danger	gas	bij de nieuwbouw ernaast stinkt het enorm naar gas en er is niemand van het netbedrijf
nl	danger	gas	iemand heeft de gasleiding in de kelder kapot gemaakt, je hoort het blazen
nl	danger	gas	de lucht van gas komt door het raam van de onderburen, hun gordijnen zijn dicht
en	danger	gas	strong smell of gas on the second floor, like rotten eggs
en	danger	gas	I hear hissing behind the stove and it stinks
en	danger	gas	CO alarm going off and my kid feels dizzy
en	danger	gas	it smells like gas in the whole stairwell, like really bad
nl	danger	violence	ze zijn hem aan het slaan in het portiek
nl	danger	violence	ik hoor gillen en glas breken bij de buren en een man die schreeuwt
nl	danger	violence	er staat een gast met een mes op de galerij
nl	danger	violence	mn buurman slaat zn vrouw ik hoor het door de muur ze huilt en roept stop
nl	danger	violence	bro ze zijn met z'n vieren op 1 jongen aan het schoppen bij het pleintje
nl	danger	violence	Er is een vechtpartij bij de ingang, er ligt iemand op de grond en ze blijven trappen
nl	danger	violence	hij heeft een honkbalknuppel en slaat op iedereen in
nl	danger	violence	mijn ex staat in mijn huis en hij knijpt mijn keel dicht
nl	danger	violence	de man van 7 sleurt zijn vriendin aan haar haren de trap af
nl	danger	violence	wallah er wordt gestoken bij de snackbar
nl	danger	violence	iemand zwaait met een pistool bij de bushalte voor de flat
nl	danger	violence	Ik zie vanuit mijn raam dat twee mannen een oudere vrouw tegen de grond duwen en haar tas pakken
nl	danger	violence	ze slaan elkaar met flessen op de parkeerplaats er is overal bloed
nl	danger	violence	mijn zoon wordt in elkaar geslagen voor de deur kom nou
nl	danger	violence	hij gooit stoelen naar de begeleider in de gemeenschappelijke ruimte
nl	danger	violence	Begeleider: agressie in de huiskamer, bewoner slaat met een fles, collega geraakt
nl	danger	violence	er is een kind dat geslagen wordt door een man in de speeltuin
nl	danger	violence	ik word geslagen door mn vriend ik zit opgesloten in de wc
nl	danger	violence,threat	kheb me in de slaapkamer verstopt hij slaat alles kapot en roept dat hij me gaat vinden
nl	danger	violence	gast staat met een schroevendraaier op iemand in te steken bij de lift
nl	danger	violence	de buurvrouw schreeuwt om hulp en ik hoor klappen
nl	danger	violence	er rollen twee mannen over de grond en de ene heeft een mes
nl	danger	violence	Hij heeft haar net tegen de muur gegooid, ze beweegt nog maar hij gaat door
nl	danger	violence	ze hebben mn maat in de steeg klemgezet en zijn hem aan het rammen
nl	danger	violence	er wordt gevochten in het trappenhuis, bloed op de treden en ze houden niet op
nl	danger	violence	mijn vader slaat mijn moeder, ik ben 12 en ik zit op mijn kamer
nl	danger	violence	Meneer van boven staat met een groot keukenmes op de galerij te zwaaien naar mensen
nl	danger	violence	iemand schopt tegen het hoofd van een jongen die op de grond ligt
nl	danger	violence	mn huisgenoot heeft me net gestoken in mn arm en hij staat nog in de keuken
nl	danger	violence	de hond van de buren valt een kind aan op het grasveld en laat niet los
nl	danger	violence	kzie door het raam een man een vrouw wurgen op de bank
nl	danger	violence	osso ze hebben een vuurwapen getrokken op het pleintje
nl	danger	violence	er vliegen klappen bij de koffieochtend, een man bloedt uit zn neus en de ander gaat door
nl	danger	violence	hij duwt haar van de trap af en schopt haar na
nl	danger	violence	Ik hoor een vrouw gillen "laat me los" en dan een harde bons, op nummer 19
nl	danger	violence	jongens gooien stenen naar die man op de fiets hij bloedt al
nl	danger	violence	mijn buurjongen wordt beroofd met een mes onder de brug achter de flat
nl	danger	violence	ze trekt een mes uit haar tas en rent achter hem aan
nl	danger	violence	hij slaat met zn vuist op haar hoofd
nl	danger	violence	de ruzie bij 14 is uit de hand gelopen hij heeft haar geslagen en nu gooit hij spullen
nl	danger	violence	Twee bewoners vechten in de gang, de een heeft een stuk hout en slaat de ander op zijn rug
nl	danger	violence	die man van de overkant slaat met een hondenriem op een vrouw
nl	danger	violence	kom snel ze steken hem neer
nl	danger	violence,fall	hij is door iemand van de trap geduwd en ligt beneden te bloeden
nl	danger	violence	ze zijn aan het fighten beneden en eentje heeft een knife
en	danger	violence	guy with a knife in the stairwell, he's swinging it at people
en	danger	violence	they're beating someone up outside the entrance right now
en	danger	violence	my boyfriend is hitting me, I'm locked in the bathroom
en	danger	violence	fight downstairs, someone's got a bottle and there's blood
nl	danger	threat	mn buurman staat voor mijn deur en roept dat hij me gaat doodsteken als ik open doe
nl	danger	threat	Hij dreigt zijn vriendin iets aan te doen, ik hoor het door de muur, hij zegt dat ze het niet overleeft
nl	danger	threat	die gast zei net ik steek je lek als ik je nog 1x zie en hij had iets in zn jas
nl	danger	threat	ze krijgt berichtjes van haar ex: ik weet waar je woont ik kom eraan en dan ben je dood
nl	danger	threat,violence	hij staat met een mes in zn hand te zeggen dat hij de begeleider gaat pakken
nl	danger	threat	wallah die jongens zeggen dat ze vannacht zn deur intrappen en hem kapot maken
nl	danger	threat	mijn zoon wordt bedreigd, ze zeggen dat ze hem neerschieten
nl	danger	threat	Een bewoner zegt tegen iedereen in de hal dat hij vandaag iemand gaat vermoorden
nl	danger	threat	hij schreeuwt door de brievenbus dat hij het huis in brand gaat steken met ons erin
nl	danger	threat	mijn vriend zegt dat als ik weg ga hij de kinderen iets aandoet
nl	danger	threat	er staat iemand op de galerij die roept dat hij de eerste die naar buiten komt in elkaar slaat
nl	danger	threat	kzit in mn huis en hij bonkt op de deur en zegt dat ik er geweest ben
nl	danger	threat	Begeleider: bewoner dreigt collega te steken, staat in de gang, we hebben ons opgesloten in kantoor
nl	danger	threat	hij heeft een foto van een pistool gestuurd met je bent de volgende
nl	danger	threat	de man van 9 roept dat hij de buurvrouw gaat wurgen als ze nog 1 keer klaagt en hij loopt nu naar haar deur
nl	danger	threat	ze zeiden letterlijk we wachten je op bij de ingang en dan ben je klaar
nl	danger	threat	mn ex staat beneden en zegt dat hij mn gezicht gaat openhalen
nl	danger	threat	Er hangt een briefje op mijn deur: "vannacht ben je dood". Ik ben bang en alleen.
nl	danger	threat	hij zegt dat hij een bijl gaat halen en dan terugkomt
nl	danger	threat	die jongen dreigt mn dochtertje mee te nemen en pijn te doen
nl	danger	threat	bro hij zegt ik schiet je kop eraf en hij meent het echt
nl	danger	threat	de buurman dreigt de hond van de overkant dood te maken en daarna de eigenaar
nl	danger	threat	ik word gebeld door iemand die zegt dat hij voor mn deur staat en me gaat pakken
nl	danger	threat,violence	Meneer op de derde verdieping schreeuwt dat hij iedereen gaat afmaken, hij heeft iets scherps in zijn hand
nl	danger	threat	ze heeft net gezegd dat ze haar kind iets gaat aandoen
nl	danger	threat	mn stiefvader zegt dat hij me slaat tot ik niet meer opsta als ik thuiskom
nl	danger	threat	er is een man die zegt dat hij het buurthuis opblaast en hij loopt rond met een tas
nl	danger	threat	kreeg net een dm: kijk uit je raam we zien je, vanavond ben je geweest
nl	danger	threat	hij heeft mn telefoon afgepakt en zegt dat ik niet levend weg kom
nl	danger	threat	Hij zegt tegen zijn moeder dat hij haar keel doorsnijdt, ze staat te trillen in de gang
nl	danger	threat	die dealer zegt dat hij vanavond terugkomt met zn jongens om mijn benen te breken
nl	danger	threat	ik hoor de buurman zeggen: als je nu niet je mond houdt maak ik je dood, en de vrouw is stil
nl	danger	threat	iemand zegt dat hij de wijkagent gaat neersteken als die komt
nl	danger	threat	hij dreigt me van het balkon te gooien
nl	danger	threat	ze staan met z'n drieën bij mijn deur en zeggen dat ik eruit moet komen, anders halen ze me
nl	danger	threat	mn buurvrouw wordt al een uur bedreigd door haar zoon die zegt dat hij haar vermoordt als ze geen geld geeft
nl	danger	threat	Hij roept dat hij terugkomt met een mes als ik de politie bel
nl	danger	threat	hij stuurt spraakberichten dat hij mn huis in de fik steekt met mij erin
nl	danger	threat	tering hij zegt dat hij me kapot gaat maken en hij weet waar mn dochter op school zit
nl	danger	threat	die man daar zei net tegen mn kind dat hij haar gaat pakken
nl	danger	threat,violence	hij loopt met een kapotte fles te zwaaien en roept wie nu nog iets zegt gaat eraan
nl	danger	threat	mijn buurman zegt tegen mij: ik kom jou halen vannacht, jij bent dood
en	danger	threat	he says he's going to kill me tonight, he's outside my door
en	danger	threat	guy in block B is shouting he'll stab anyone who comes near
en	danger	threat	my ex texted he's coming to hurt me and the kids, he's on his way
en	danger	threat	bro he said he's gonna shoot me, he's waiting outside
nl	danger	break_in	er staat iemand op het balkon van de benedenburen en ze zijn op vakantie
nl	danger	break_in	ik hoor glas breken beneden en iemand loopt door mijn woonkamer
nl	danger	break_in	iemand staat 's nachts aan mn raam te wrikken
nl	danger	break_in	Er zijn twee mannen met een koevoet bezig bij de deur van nummer 6
nl	danger	break_in	bro er klimt een gast door het raam van de buurvrouw en zij ligt in het ziekenhuis
nl	danger	break_in	ik lig in bed en hoor iemand beneden in mijn keuken rommelen, ik woon alleen
nl	danger	break_in	ze zijn de fietsenkelder aan het openbreken ik hoor de zaag
nl	danger	break_in	Er loopt iemand met een zaklamp door de gemeenschappelijke ruimte, het is 3 uur 's nachts en de deur is geforceerd
nl	danger	break_in	kzie een man met een bivakmuts bij de achterdeur van 11
nl	danger	break_in	mijn voordeur staat open en ik hoor stemmen binnen, ik sta op de galerij
nl	danger	break_in	iemand is aan het boren in het slot van de berging naast de mijne
nl	danger	break_in	ze proberen mijn deur in te trappen, het hout kraakt
nl	danger	break_in	Iemand probeert de deur van mijn buurman te openen met een pasje, buurman is niet thuis
nl	danger	break_in	er klimt iemand langs de regenpijp naar de tweede verdieping
nl	danger	break_in	wtf er staat iemand in mijn tuin met een schroevendraaier bij het raam
nl	danger	break_in	ik hoor gerommel in het huis van de buren, die zijn naar hun familie in Marokko
nl	danger	break_in	Begeleider: melding dat iemand bezig is in te breken bij bewoner op 1.08, bewoner zit binnen
nl	danger	break_in	er schijnt een lampje rond in het kantoor van de woonvereniging en de deur is kapot
nl	danger	break_in	jongens zijn het raam van de bovenbuurman aan het openwrikken, ik zie ze vanaf de overkant
nl	danger	break_in	er staat een bus voor de deur en ze dragen de tv van de buren naar buiten terwijl die weg zijn
nl	danger	break_in	ik zit in de badkamer opgesloten want er is iemand mn huis binnengekomen
nl	danger	break_in	iemand rammelt al 5 min aan mn deurklink en zegt niks
nl	danger	break_in	Mijn kinderen zeggen dat er een man in de gang staat die wij niet kennen
nl	danger	break_in	de achterdeur van de flat is opengebroken en ik hoor mensen in de bergingen
nl	danger	break_in	iemand heeft net mn keukenraam ingegooid en klimt naar binnen
nl	danger	break_in	ze breken de brievenbussen open beneden met een breekijzer
nl	danger	break_in	er zit iemand in de auto van de buurman te frummelen met een draad aan het slot, nu
nl	danger	break_in	mn hond blaft als een gek en ik zie de deurklink bewegen
nl	danger	break_in	Ik zie een man over het hek van de binnentuin klimmen en hij gaat naar de openstaande balkondeur van nummer 2
nl	danger	break_in	er staat een ladder tegen de gevel en er is iemand bij het raam van de bejaarde mevrouw
nl	danger	break_in	zij zijn bezig met een breekijzer bij het kantoor van de begeleiders
nl	danger	break_in	hoor kraken bij de balkondeur en het licht van een telefoon, kzit stil in bed
nl	danger	break_in	iemand is de scooterbox aan het slopen beneden
nl	danger	break_in	ze zijn binnen!! de buurman en ik horen ze lopen
nl	danger	break_in	gasten bezig bij de container met fietsen, de sloten knippen ze door, nu
nl	danger	break_in	Ik hoor iemand in het lege appartement naast mij rondlopen en dingen slopen, de sleutel ligt bij de corporatie
nl	danger	break_in	een man probeert via het kattenluik de deur open te krijgen bij de buren
nl	danger	break_in	mn voordeur is net opengetrapt en er staan twee mannen in mn gang
nl	danger	break_in	er staat een raam open bij nummer 4 en er komt iemand met een rugzak uit, bewoner is weg
nl	danger	break_in	iemand zit aan de achterkant van de woningen met een breekijzer bij de schuifpui
nl	danger	break_in	het alarm bij de buren loeit en ik zie een schim binnen terwijl zij op hun werk zijn
nl	danger	break_in	er loopt een onbekende door het huis van mijn opa, hij doet kastjes open, opa zit verstijfd in zijn stoel
nl	danger	break_in	kheb net gezien dat iemand het slot van de deur naast me kapot draait, het is 2 uur
nl	danger	break_in,violence	ze zijn binnengedrongen en slaan mn vader
en	danger	break_in	someone is breaking into the flat downstairs, I hear glass and footsteps
en	danger	break_in	there's a man at my window at night trying to open it
en	danger	break_in	burglars in the bike cellar right now, cutting locks
en	danger	break_in	someone is in my flat rn, I'm hiding in the bedroom
nl	danger	self_harm	ik heb mn spullen weggegeven, hoeven jullie niet meer op mij te letten
nl	danger	self_harm	Mijn buurman staat op de rand van het dak en zegt dat het genoeg is geweest
nl	danger	self_harm	kheb me gesneden en het bloed stopt niet
nl	danger	self_harm	het heeft geen zin meer, vanavond maak ik er een eind aan
nl	danger	self_harm	sorry voor alles. dag allemaal. zorg goed voor mn kat
nl	danger	self_harm	ze zit met een scheermesje in de badkamer en huilt
nl	danger	self_harm	mn vriend zegt dat hij gaat springen van de brug bij het kanaal en hij neemt niet meer op
nl	danger	self_harm	ik sta op het balkon en ik denk erover om te springen
nl	danger	self_harm	Begeleider: bewoner heeft afscheidsbrief op tafel gelegd en is niet bereikbaar, deur op slot
nl	danger	self_harm	iedereen is beter af zonder mij, ik heb al besloten
nl	danger	self_harm	ik hoef morgen niet meer wakker te worden
nl	danger	self_harm	mijn dochter krast in haar armen met een schaar en het is diep
nl	danger	self_harm	de buurvrouw heeft een touw aan de trapleuning vastgemaakt en staat op een stoel
nl	danger	self_harm	bro ik ben er klaar mee ik ga er vanavond uit stappen voor altijd
nl	danger	self_harm	Meneer van 16 heeft zijn sleutels en zijn portemonnee bij mij gebracht en zei dat hij ze niet meer nodig heeft
nl	danger	self_harm	hij loopt op de spoorlijn achter de flat en zegt dat de trein hem mag hebben
nl	danger	self_harm	kan niet meer. wil niet meer. dit is mijn laatste bericht
nl	danger	self_harm	ze slaat met haar hoofd tegen de muur en houdt niet op
nl	danger	self_harm	mijn zoon heeft een riem om zn nek gedaan in de kast
nl	danger	self_harm	Ik heb alles geregeld, mijn testament ligt in de la. Het is goed zo.
nl	danger	self_harm	ik wil slapen en nooit meer wakker worden, heb de pillen al klaar liggen
nl	danger	self_harm	ik doe het vanavond echt, ik heb genoeg van dit leven
nl	danger	self_harm	mn buurjongen zit op de vensterbank op de vijfde met zn benen naar buiten en zegt dat niemand hem mist
nl	danger	self_harm,gas	mn zus heeft alle pitten opengezet zonder vuur en ligt op de keukenvloer te wachten
nl	danger	self_harm	ik brand mezelf met sigaretten, ik kan niet stoppen
nl	danger	self_harm	wil dood
nl	danger	self_harm	ik heb een mes in mn hand en ik wil het in mezelf zetten
nl	danger	self_harm	hij stuurde net: zeg tegen mama dat ik van haar hou. en nu neemt hij niet op
nl	danger	self_harm	Mijn broer zit in de auto in de dichte garage met de motor aan
nl	danger	self_harm	het is te zwaar, ik stop ermee, ik heb mn kat naar de buren gebracht
nl	danger	self_harm	ik heb het mes al gepakt, niemand hoeft nog te komen
nl	danger	self_harm	wallah ik ben het leven zat, ik ga van de flat af
nl	danger	self_harm	ze zegt dat ze niet meer wil leven en loopt naar het water
nl	danger	self_harm	ik ben een last voor iedereen en vannacht los ik dat op
nl	danger	self_harm	er loopt bloed langs haar polsen ze heeft zichzelf gesneden in de wc
nl	danger	self_harm	mn vriendin stuurt foto's van haar armen vol sneden en zegt dat het niet genoeg is
nl	danger	self_harm	Een bewoner staat buiten op de brandtrap op de bovenste verdieping, aan de verkeerde kant van het hek
nl	danger	self_harm	ik neem afscheid van jullie, dank voor alles buurtje
nl	danger	self_harm	heb een touw gekocht en weet waar ik het ga doen
nl	danger	self_harm	mijn moeder zegt dat ze haar leven wil beëindigen en ze heeft de deur op slot gedaan
nl	danger	self_harm	ik zit op het spoor te wachten
nl	danger	self_harm	mijn kamergenoot bonkt zn hoofd tegen de wastafel en er zit overal bloed
nl	danger	self_harm	kvoel niks meer, ik ga gewoon het kanaal in lopen
en	danger	self_harm	he's standing on the roof edge saying nobody would miss him
en	danger	self_harm	gave away all my stuff today, this is goodbye
en	danger	self_harm	can't do this anymore, said goodbye to my sister, it's done tonight
nl	calm	-	ik lag dood van het lachen bij die film gisteren
nl	calm	-	die party vrijdag was echt fire
nl	calm	-	ik word gek van die herrie van de bovenburen
nl	calm	-	ik vermoord je als je mijn patat pakt haha
nl	calm	-	ik ga dood van de honger, hoe laat begint de kookavond?
nl	calm	-	die nieuwe schoenen van jou zijn echt killing bro
nl	calm	-	kgooi mezelf van het balkon als ik nog 1 keer dat liedje hoor 😂
nl	calm	-	mijn telefoon is dood, kan iemand me morgen herinneren aan de koffieochtend
nl	calm	-	ik schrok me dood toen de kat ineens op het aanrecht sprong
nl	calm	-	die kapsalon van de snackbar is moordend lekker
nl	calm	-	dat optreden op het plein was bloedheet, echt vuur in die band
nl	calm	-	mijn baas maakt me nog eens af met die roosters lol
nl	calm	-	wallah die tafeltennisser van 12 is een killer, ik had geen kans
nl	calm	-	ik sterf bijna van verveling op zondag, is er niks te doen?
nl	calm	-	ze is helemaal in vuur en vlam voor die nieuwe moestuin
nl	calm	-	die quiz was een bloedbad, wij werden laatste
nl	calm	-	ik krijg een hartaanval als ik mn energierekening zie
nl	calm	-	die muziek van gisteravond was een bom bro
nl	calm	-	ik ben kapot na het voetballen, ga lekker slapen
nl	calm	-	je maakt me dood met die grappen Kees
nl	calm	-	bro dat nummer gaat hard, het is echt een banger
nl	calm	-	mn buurvrouw was woest omdat ik haar plantje vergeten was, we hebben er nu om gelachen
nl	calm	-	dat eten bij de walking dinner was de bom
nl	calm	-	die outfit is fire mattie
nl	calm	-	hij kan doodvallen met zijn parkeerplek, ik zet mn fiets wel ergens anders neer
nl	calm	-	we hebben ze afgeslacht met FIFA gisteravond, 5-0
nl	calm	-	ik stik van de lach als ik aan die barbecue van vorig jaar denk
nl	calm	-	ik verdrink in de papieren van de gemeente, kan iemand helpen
nl	calm	-	je bent echt een held dat je mn boodschappen deed, ik zou je wel kunnen zoenen
nl	calm	-	ik heb me rot gelachen bij de filmavond
nl	calm	-	mijn planten zijn allemaal doodgegaan in de vakantie haha
nl	calm	-	die quizmaster schoot echt met scherp vanavond, wat een moeilijke vragen
nl	calm	-	ik ben op van de zenuwen voor mn sollicitatie morgen
nl	calm	-	de buurt staat in vuur en vlam over het nieuwe hondenveld 😅
nl	calm	-	ik breek mn nek nog eens over die fietsen in de gang, kunnen die ergens anders staan
nl	calm	-	dat was een moordfeest gisteren, dank aan de woonvereniging
nl	calm	-	ik kan hem wel wurgen, hij heeft mn pakketje weer niet aangenomen lol
nl	calm	-	mn hoofd ontploft bijna van al die regels over de huurtoeslag
nl	calm	-	osso die soep van Fatima is echt fire
nl	calm	-	die snackbar is een moordaanslag op je lijn hahah
nl	calm	-	jullie zijn gestoord, ik doe niet mee met dat zwemmen in ijskoud water haha
nl	calm	-	hij sloeg de spijker op zn kop met die opmerking op de vergadering
nl	calm	-	ik ben helemaal gesloopt na de opruimactie, wel leuk was het
nl	calm	-	dat filmpje van de kat die in de bak valt, ik lag dubbel
nl	calm	-	ik stik hier van de hitte, kan de verwarming in de hal lager?
nl	calm	-	mijn broer zegt altijd dat hij me vermoordt als ik zijn kleren leen, gewoon broers
nl	calm	-	die game was echt insane, ik ben zo vaak gekilld lol
nl	calm	-	bro die bbq was lit, next time weer
nl	calm	-	ik heb zin om te gillen van blijdschap, ik heb een baan!
nl	calm	-	mijn laptop is gecrasht en alles is dood
en	calm	-	that party was fire last night
en	calm	-	I'm dying to try that new kebab place
en	calm	-	lol I'll kill you if you spoil the series
en	calm	-	my phone died, can someone text me the time of the film night
en	calm	-	bro that goal was insane, I nearly died
en	calm	-	I'm dead tired after the cleanup walk haha
en	calm	-	lol my nan is killing it at bingo
nl	calm	-	vorige maand was er brand in blok B, zijn ze al klaar met de schade?
nl	calm	-	vorig jaar is er iemand van de trap gevallen hier, misschien kan er een leuning bij?
nl	calm	-	gisteren hadden we ruzie maar het is weer goed tussen ons
nl	calm	-	die gaslucht van vorige week was de aannemer, het is nu opgelost
nl	calm	-	mn buurman is vorige maand opgenomen geweest na een overdosis, hij is weer thuis en doet het goed
nl	calm	-	Er is vorige week ingebroken in de fietsenkelder. Is de deur al gerepareerd?
nl	calm	-	vorige week is er bij mij ingebroken, moet ik dat nog ergens melden voor de verzekering
nl	calm	-	een paar jaar terug had ik het heel zwaar en wilde ik niet meer, nu gaat het gelukkig veel beter
nl	calm	-	toen ik nog op straat sliep ben ik een keer in elkaar geslagen, daarom schrik ik van harde geluiden
nl	calm	-	mijn oma is vorig jaar gevallen en heeft toen haar heup gebroken, ze loopt nu weer
nl	calm	-	de brandweer is gisteren geweest voor die kliko, alles is weer rustig
nl	calm	-	die vechtpartij van zaterdag, weet iemand of die jongen weer oké is?
nl	calm	-	afgelopen nacht ging het brandalarm af maar het was loos alarm, kan dat nagekeken worden
nl	calm	-	de politie heeft die man die mensen bedreigde vorige maand meegenomen, sindsdien is het rustig
nl	calm	-	Vorige winter hebben we koolmonoxide binnengekregen door de oude geiser, is de nieuwe al gekeurd?
nl	calm	-	mijn vader is vroeger een keer flauwgevallen door de hitte, nu drinkt hij altijd veel water
nl	calm	-	in 2019 is er een hele flat afgebrand in mijn oude wijk, vandaar dat ik zo op rookmelders let
nl	calm	-	die jongen die gisteren op de bank lag te slapen is opgehaald door zijn begeleider, alles goed
nl	calm	-	vanochtend stond er een ambulance bij nummer 3 maar het was voor een geplande rit naar het ziekenhuis
nl	calm	-	we hebben vorige maand gehoord dat er gestoken is bij het station, komen er meer camera's?
nl	calm	-	ik had vroeger een verslaving maar ben al twee jaar clean, trots op mezelf
nl	calm	-	kzag gister een brandweerauto bij de school, was gewoon een oefening
nl	calm	-	de opengebroken schuur van vorige week is nog steeds niet gemaakt
nl	calm	-	eergisteren viel de stroom uit en rook het even naar verbrand, maar de monteur zegt dat alles in orde is
nl	calm	-	mijn ex heeft me jaren geleden bedreigd, hij woont nu ver weg en ik voel me hier veilig
nl	calm	-	vorige zomer stond de berm naast de flat in brand door een peuk, misschien een bordje?
nl	calm	-	die ruzie op het pleintje laatst is uitgepraat met de buurtbemiddeling
nl	calm	-	ik heb het gisteren met Ahmed uitgepraat over die deuk in zijn auto, is geregeld
nl	calm	-	van de week stond er een ladder tegen de gevel, bleek de glazenwasser te zijn haha
nl	calm	-	vorig jaar zat ik in een crisis, toen hebben jullie me goed geholpen, dankjewel
nl	calm	-	mijn buurvrouw was vorige week in het ziekenhuis na een val, ze is nu weer thuis en het gaat prima
nl	calm	-	de gasstoring van dinsdag is voorbij, we kunnen weer koken
nl	calm	-	ik was van de week even flauw door de griep, maar gaat nu wel weer
nl	calm	-	die brand op het nieuws gisteren, was dat niet vlakbij de Lindelaan?
nl	calm	-	de inbraak bij de buren van vorige week, is de dader al gepakt?
nl	calm	-	na de inbraak wil ik graag een extra slot, betaalt de corporatie dat?
nl	calm	-	er zijn afgelopen maand veel fietsen gestolen uit de kelder, kan er een camera komen
nl	calm	-	ik denk dat mijn fiets gisteren gestolen is, moet ik aangifte doen?
nl	calm	-	mijn oom is vorige maand overleden, de begrafenis is vrijdag
en	calm	-	there was a fire in block B last month, are the repairs done yet?
en	calm	-	someone broke into my storage last week, who do I report that to for insurance?
en	calm	-	back when I was homeless I overdosed once, I've been clean for 3 years now
en	calm	-	the gas smell on Tuesday was the workers, all fixed now
en	calm	-	I fell off my bike last week, just bruises, healing fine
nl	calm	-	stel dat er brand uitbreekt, waar is de nooduitgang?
nl	calm	-	als iemand ooit flauwvalt in de hal, waar hangt de AED?
nl	calm	-	wat moet je doen als je buurman een overdosis heeft? vraag voor de cursus
nl	calm	-	hoe herken je een overdosis, ik wil het weten voor het geval dat
nl	calm	-	is er een cursus reanimatie in het buurthuis?
nl	calm	-	Wat is het beste om te doen als er iemand gaat vechten in de gemeenschappelijke ruimte?
nl	calm	-	als er ooit ingebroken wordt, bel ik dan 112 of de wijkagent?
nl	calm	-	wat moet ik doen als mijn vriend zegt dat hij dood wil? nu gaat het goed met hem hoor, ik wil het gewoon weten
nl	calm	-	hoe blus je een pan met olie, ik wil het weten voor als het ooit gebeurt
nl	calm	-	waar zit de hoofdkraan van het gas, voor als er ooit iets is
nl	calm	-	stel mn oma valt en kan niet opstaan, wie bel ik dan?
nl	calm	-	moet je bij brand de ramen open of dicht doen? gewoon benieuwd
nl	calm	-	kunnen we een keer oefenen wat we doen bij brand in de flat
nl	calm	-	wat is het nummer van de wijkagent, voor het geval er ooit iemand dreigt
nl	calm	-	hoe weet je of iemand gewoon slaapt of bewusteloos is? vraag ik me af sinds die EHBO les
nl	calm	-	Wat doet de begeleiding als iemand zegt dat hij een einde aan zijn leven wil maken? Ik vraag het voor de folder.
nl	calm	-	als de koolmonoxidemelder ooit afgaat, wat moet ik dan doen?
nl	calm	-	mag je iemand die gevallen is zelf optillen of moet je wachten?
nl	calm	-	stel er staat s nachts iemand op mijn balkon, wat doe ik dan
nl	calm	-	wat moet ik doen als ik zie dat iemand gaat slaan? ik wil voorbereid zijn
nl	calm	-	waar kan ik een brandblusser kopen voor thuis?
nl	calm	-	hoe vaak moet je een rookmelder testen?
nl	calm	-	ik wil graag die cursus mental health first aid doen, hoe meld ik me aan
nl	calm	-	als iemand een epileptische aanval krijgt, moet je dan iets in zn mond doen?
nl	calm	-	is naloxon hier ergens te krijgen voor noodgevallen?
nl	calm	-	kan de buurtkaart ook uitleggen wat je doet bij een gaslek
nl	calm	-	welk nummer bel ik als er iets is maar het geen spoed is
nl	calm	-	stel ik val in de badkamer, kan ik dan op een knopje drukken?
nl	calm	-	wat als de lift blijft steken met iemand erin, wie bel je dan
nl	calm	-	moet ik 112 bellen als ik een brandlucht ruik of eerst zelf kijken? gewoon een vraag
nl	calm	-	hoe kan ik zien of iemand te veel heeft gedronken of iets anders heeft genomen?
nl	calm	-	kunnen we afspreken wat we doen als er ooit ruzie uit de hand loopt bij een activiteit
nl	calm	-	ik wil me aanmelden voor de EHBO cursus
nl	calm	-	moet de woonvereniging geen EHBO-doos in de gemeenschappelijke ruimte hebben?
nl	calm	-	de wijkagent heeft tips gegeven tegen inbraak, staan die op de buurtkaart?
nl	calm	-	wat doe ik als mijn buurvrouw ooit niet opendoet terwijl ze wel thuis zou moeten zijn?
en	calm	-	is there a first aid course coming up? I want to learn CPR
en	calm	-	what's the number for non-emergency police?
en	calm	-	if someone ever collapses in the common room, where's the defibrillator?
en	calm	-	how do I know if someone's overdosing, asking for the training
nl	calm	-	de brandblusser op de tweede verdieping is verlopen
nl	calm	-	mijn gasfornuis doet het niet, de pitten willen niet aan en ik ruik niks
nl	calm	-	de gasmeter in de meterkast geeft een foutcode op het schermpje, kan iemand kijken
nl	calm	-	het brandalarm in de gemeenschappelijke ruimte gaat steeds vanzelf af als we koken
nl	calm	-	de nooduitgang bij blok C klemt, die moet gemaakt worden
nl	calm	-	rookmelder hangt los van het plafond
nl	calm	-	de deur van de fietsenkelder sluit niet meer, iedereen kan erin
nl	calm	-	het noodlampje boven de trap knippert
nl	calm	-	De koolmonoxidemelder in mijn keuken geeft een foutmelding, moet hij vervangen worden?
nl	calm	-	de kookplaat in de gezamenlijke keuken wordt niet heet meer
nl	calm	-	mijn nieuwe oven ruikt een beetje naar plastic bij de eerste keer aanzetten, dat schijnt normaal te zijn toch?
nl	calm	-	de haspel van de brandslang is weg uit de kast op de gang
nl	calm	-	mijn voordeur gaat niet goed dicht, het slot hapert
nl	calm	-	de geiser slaat af en toe niet aan, kan er een monteur komen
nl	calm	-	de buitenlamp bij de ingang brandt de hele dag, ook overdag
nl	calm	-	mijn rookmelder gaat af als ik een eitje bak, kan hij verplaatst worden?
nl	calm	-	het glaasje van de brandmeldknop in de hal is gebroken, iemand heeft er een bal tegen geschopt
nl	calm	-	mijn deur klemt zo erg dat ik hem met mijn schouder open moet duwen
nl	calm	-	de brandtrap is glad van het mos, kan die schoongemaakt worden
nl	calm	-	de rookmelders in blok A zijn nog nooit getest volgens mij
nl	calm	-	de deurdranger van de hoofdingang is kapot, de deur slaat keihard dicht
nl	calm	-	ik kreeg een klein schokje van de lamp in de badkamer, niks aan de hand maar die moet gemaakt
nl	calm	-	er komt stoom uit de waterkoker en hij slaat niet meer af, kapot denk ik
nl	calm	-	hoe vaak moet de cv ketel onderhouden worden?
nl	calm	-	is het normaal dat de gasvlam blauw is?
nl	calm	-	de gasleverancier stuurt een brief over een nieuwe meter, wat moet ik ermee
nl	calm	-	het ruikt naar riool bij de putjes in de binnentuin, kan de gemeente dat doorspuiten
nl	calm	-	mijn insuline moet in de koelkast maar die is kapot, wat nu
nl	calm	-	de batterij van mijn scooter is leeg, mag ik hem in de kelder opladen?
en	calm	-	the smoke alarm in my hallway keeps beeping, battery I guess
en	calm	-	fire extinguisher on floor 3 is expired
en	calm	-	my stove won't light, can someone fix it
en	calm	-	the light in the stairwell isn't working
en	calm	-	the door to the bin room won't shut, can someone look at it
en	calm	-	my front door won't close properly, can someone come fix it
nl	calm	-	ik heb mn rijst laten aanbranden, de hele gang ruikt het nu haha sorry
nl	calm	-	mn pannenkoeken zijn zwart geworden, ben geen kok
nl	calm	-	filmavond vrijdag: welke film? ik stem voor een actiefilm met veel explosies
nl	calm	-	die horrorfilm gisteren was zo eng, die man met het mes overal
nl	calm	-	in dat spel ging ik de hele tijd dood bij de eindbaas
nl	calm	-	wie speelt er mee met Call of Duty vanavond
nl	calm	-	heb je het nieuws gezien over die brand in Amsterdam, verschrikkelijk
nl	calm	-	Ajax heeft ze afgemaakt gisteren, 4-0
nl	calm	-	de scheidsrechter werd bijna gelyncht op tv haha, wat een wedstrijd
nl	calm	-	mn kip in de oven is verbrand aan de buitenkant en rauw van binnen, tips?
nl	calm	-	we gaan in het buurthuis pizza bakken in de steenoven, wie komt er
nl	calm	-	bij de kookavond heb ik geflambeerd, iedereen schrok van de steekvlam maar het hoorde erbij
nl	calm	-	dat boek over een moord in een flat, heeft iemand dat uit?
nl	calm	-	serietip: een thriller over een inbreker, echt spannend
nl	calm	-	in Fortnite heb ik net 12 kills gehaald
nl	calm	-	wie kijkt er mee naar het boksgala zaterdag in de huiskamer
nl	calm	-	dat nieuws over dat steekincident in de stad, weet iemand meer?
nl	calm	-	de tafeltennis was top vandaag, ik heb hem ingemaakt
nl	calm	-	ik heb zuurkool gemaakt en nu stinkt mijn huis naar rotte eieren hahaha
nl	calm	-	spruitjes gekookt, sorry voor de lucht in de gang
nl	calm	-	in de film ging de held aan het eind dood, ik moest janken
nl	calm	-	die documentaire over de brandweer was heel interessant
nl	calm	-	Ik heb soep gemaakt met veel knoflook, wil iemand een bakje?
nl	calm	-	mijn frituur staat aan, wie wil er patat, deur staat open
nl	calm	-	ik heb een schietspel gedownload maar snap de besturing niet
nl	calm	-	die politieserie op tv, ze vallen een huis binnen met geweren, zo spannend
nl	calm	-	ik heb de gourmetset aan, het ruikt naar vlees op de galerij
nl	calm	-	gisteren op het journaal: gaslek in Utrecht, hele straat ontruimd, hier gelukkig niks
nl	calm	-	ik heb de hele avond naar een haardvuur op youtube zitten kijken, zo rustgevend
nl	calm	-	mijn vriend is ambulancebroeder, hij vertelt de heftigste verhalen
nl	calm	-	ik ben vrijwilliger bij de brandweer, wil graag een keer voorlichting geven in het buurthuis
nl	calm	-	mijn dochter heeft een waterpistool en schiet iedereen nat 😂
nl	calm	-	mn vriend heeft een nieuwe tattoo van een pistool haha
nl	calm	-	ik droomde dat er brand was, werd zwetend wakker, gelukkig niks
en	calm	-	I burnt my toast again, the whole flat smells lol
en	calm	-	who wants to watch the match in the common room on Saturday?
en	calm	-	got killed 20 times in that game tonight haha
en	calm	-	did you see the news about that fire in Rotterdam? awful
en	calm	-	making curry tonight, sorry if the hallway smells
en	calm	-	watched a horror movie, now I'm scared of every noise in the hallway haha
nl	calm	-	ik heb mn buurman al een week niet gezien, de post stapelt zich op
nl	calm	-	buurvrouw van 10 lijkt de laatste tijd erg in de war, ze vergeet dingen
nl	calm	-	meneer van 4 zit veel alleen, kan iemand een keer langs
nl	calm	-	ik maak me een beetje zorgen om Jan, hij komt niet meer naar de koffieochtend
nl	calm	-	sinds een paar dagen brandt er geen licht meer bij de overburen, misschien op vakantie?
nl	calm	-	De gordijnen bij nummer 21 zijn al dagen dicht. Zou iemand eens willen aanbellen?
nl	calm	-	mijn buurman drinkt de laatste tijd veel, ik zie veel flessen bij het afval
nl	calm	-	ze ziet er slecht uit, erg mager geworden, kan de begeleider eens kijken
nl	calm	-	hij ruikt niet fris meer en zijn huis is rommelig, ik denk dat het niet goed met hem gaat
nl	calm	-	ik hoor de buurvrouw vaak huilen 's avonds, misschien heeft ze iemand nodig om mee te praten
nl	calm	-	die nieuwe jongen op de derde groet niemand en zit altijd binnen, kan iemand hem uitnodigen
nl	calm	-	Mevrouw Bakker loopt de laatste tijd in haar pyjama naar de supermarkt, ik weet niet of dat goed gaat
nl	calm	-	mn buurman praat in zichzelf op de galerij, niet eng ofzo maar misschien zit hij niet lekker
nl	calm	-	ik zie de buurvrouw niet meer buiten sinds haar hond dood is
nl	calm	-	hij heeft zn begeleider denk ik al een tijd niet gezien, hij klinkt somber
nl	calm	-	ik heb al drie dagen niks gehoord van de bovenbuurman, normaal hoor ik hem altijd, zou iemand willen kijken?
nl	calm	-	ze haalt haar boodschappen niet meer, de koelkast is leeg volgens mij
nl	calm	-	mijn buurman lijkt weer te gebruiken, hij is erg onrustig de laatste weken
nl	calm	-	de vuilniszakken staan al dagen voor zijn deur, dat is niks voor hem
nl	calm	-	mn buurjongen heeft het moeilijk sinds hij zijn baan kwijt is, ik wou het even melden
nl	calm	-	mijn overbuurman is vaak dronken maar hij doet niemand kwaad, misschien kan iemand eens met hem praten
nl	calm	-	mijn buurman heeft zijn arm gebroken vorige week en zit in het gips, kan iemand zijn boodschappen doen
nl	calm	-	mijn buurvrouw zit elke avond in het donker, ze zegt dat ze zo stroom bespaart
en	calm	-	haven't seen my neighbour in a week, mail is piling up
en	calm	-	I'm a bit worried about the lady at 14, she seems confused lately
en	calm	-	the guy upstairs seems really down lately, maybe someone can visit him
en	calm	-	my neighbour looked pale yesterday but she said she's fine, maybe someone can check in this week
nl	calm	-	die klootzak van 12 draait weer keiharde muziek om 2 uur 's nachts
nl	calm	-	ik word helemaal gestoord van die blaffende hond
nl	calm	-	elke avond geschreeuw bij de buren over de afwas, het moet echt een keer ophouden
nl	calm	-	ze gooien hun vuilnis gewoon van het balkon, walgelijk
nl	calm	-	die gasten hangen elke avond bij de ingang en blowen, je ruikt het overal
nl	calm	-	ruikt weer naar wiet in het trappenhuis, irritant
nl	calm	-	de bovenbuurman loopt 's nachts op hakken, ik krijg geen oog dicht
nl	calm	-	de buurman is al de hele dag aan het timmeren en boren, wanneer stopt dat
nl	calm	-	de buren maken elke dag ruzie over geld, alleen harde woorden, maar ik word er moe van
nl	calm	-	ze slaan elke avond de deur zo hard dicht dat mijn glazen rammelen
nl	calm	-	De jongeren op het pleintje zijn erg luidruchtig en intimiderend, ik durf er 's avonds niet langs. Kan de wijkagent eens langskomen?
nl	calm	-	de buurvrouw kijkt me altijd vuil aan en scheldt soms, niet leuk
nl	calm	-	die scooters racen elke avond door de straat, iemand gaat er nog eens aan
nl	calm	-	wtf die muziek weer bij nummer 7, elke nacht hetzelfde
nl	calm	-	bro die buurman rookt zn sigaretten op het balkon en het komt allemaal bij mij binnen
nl	calm	-	Ik wil graag een melding doen over geluidsoverlast van de benedenburen, al weken lang
nl	calm	-	die buurman staart zo naar mijn dochter, ik vind het niet prettig, kunnen jullie eens met hem praten
nl	calm	-	iemand gooit steeds peuken van boven op mijn balkon
nl	calm	-	mijn buurman schreeuwt tegen zijn tv bij het voetbal, elke zondag lol
nl	calm	-	die jongens schelden mij uit als ik langs loop, ik wil het melden
nl	calm	-	de buurman heeft een drumstel, ik word er echt gestoord van
nl	calm	-	buren hebben een feestje en het is 3 uur, kan iemand vragen of ze zachter doen
nl	calm	-	ik ben zo klaar met die rommel in de gang, iemand breekt er nog zijn nek over
nl	calm	-	kan er iets gedaan worden aan de vieze lucht uit de afvoer
nl	calm	-	die buurvrouw gaat de hele dag tekeer tegen haar kinderen, alleen schreeuwen hoor, maar het is zo veel
nl	calm	-	ik vind het eng als er mensen dronken in de hal hangen, kan daar iets aan gedaan worden
nl	calm	-	mijn buurvrouw rookt sigaren en dat ruik je in de hele gang
nl	calm	-	er ligt een dode duif op de galerij, wie ruimt dat op
en	calm	-	music at number 12 again at 2am, it's driving me mad
en	calm	-	the whole stairwell stinks of weed again
en	calm	-	neighbour's been drilling all day, when does it stop
en	calm	-	someone keeps dumping rubbish by the bike shed
nl	calm	-	ik voel me rot vandaag
nl	calm	-	ik ben moe van alles maar het gaat wel
nl	calm	-	kvoel me een beetje eenzaam, kan iemand me bellen
nl	calm	-	het gaat niet zo lekker met me, kan mijn begeleider deze week langskomen
nl	calm	-	ik heb een slechte dag, maar ik red me wel, ga zo een stukje lopen
nl	calm	-	soms zie ik het even niet zitten met de schulden, ik wil gewoon hulp met de brieven
nl	calm	-	ik ben verdrietig want mijn kat is dood, wil iemand koffie drinken
nl	calm	-	ik slaap slecht en pieker veel, is er iemand om mee te praten?
nl	calm	-	voel me een beetje down, niks ernstigs, gewoon de winter
nl	calm	-	het is zwaar sinds mijn moeder overleden is, maar ik kom er wel
nl	calm	-	ik heb het even gehad met deze week, volgende week beter
nl	calm	-	ik ben gespannen over de rechtszaak, kan ik met iemand praten
nl	calm	-	mn hoofd zit vol, ik wil graag een afspraak met de begeleider
nl	calm	-	ik voel me niet zo lekker, griep denk ik, kan iemand boodschappen doen
nl	calm	-	ik ben somber maar ik heb morgen een afspraak bij de huisarts, dat helpt
nl	calm	-	ik zit er een beetje doorheen, maar ik heb mijn zus gebeld en dat hielp
nl	calm	-	vandaag voelt alles zwaar, ik blijf lekker in bed met een serie
nl	calm	-	ik wil er vandaag even niet zijn voor de mensen, ik heb rust nodig, morgen kom ik weer naar de koffie
nl	calm	-	ik moest vandaag huilen bij de begeleider maar het lucht wel op
nl	calm	-	ik ben zo moe, de hele nacht wakker gelegen door de buren
nl	calm	-	ik ben al weken niet mezelf, ik zou graag een gesprek met iemand hebben
nl	calm	-	ik wil weten of er een maatje is die mee wil naar de verslavingszorg
nl	calm	-	ik ben gestopt met blowen sinds een maand, voel me beter
en	calm	-	feeling a bit down today but I'm ok
en	calm	-	I'm lonely, could someone give me a call sometime
en	calm	-	rough week, tired of everything, but I'll be fine
nl	calm	-	ik ben net uitgegleden op de natte vloer in de hal, niks aan de hand maar kan daar een bordje staan?
nl	calm	-	ik struikelde over een losse tegel voor de deur, geen pijn maar die tegel moet gemaakt
nl	calm	-	oma zakte even door haar knie maar staat alweer, ze wil wel een stoel in de hal
nl	calm	-	viel bijna van de trap want de lamp is kapot, gelukkig had ik de leuning vast
nl	calm	-	mn buurman is gevallen met zn boodschappen, eieren kapot maar hij is oké
nl	calm	-	ik gleed uit op het ijs, beetje blauwe plek, verder prima
nl	calm	-	Mijn vrouw is vanmorgen gevallen, de huisarts is geweest en het valt mee, alleen gekneusd
nl	calm	-	ik ben met de rolstoel tegen de drempel gebotst, niks ergs maar die drempel is te hoog
nl	calm	-	hij lag op de grond maar hij was gewoon zijn sleutel onder de kast aan het zoeken haha
nl	calm	-	de kleine is uit bed gerold, schrok zich rot maar alles is goed
nl	calm	-	ik viel van de laatste tree, alleen mn trots is gekrenkt
nl	calm	-	ik ben gevallen met voetbal maar niks aan de hand, alleen een schaafwond
nl	calm	-	ik heb mn hoofd gestoten aan het kastje, bult maar verder oké
nl	calm	-	ik sneed me in mn vinger bij het uien snijden, pleister erop, klaar
nl	calm	-	mn neus bloedt even, gebeurt vaker als het droog is, gaat zo weer over
nl	calm	-	ik heb een tatoeage laten zetten, het bloedt een beetje, dat is normaal toch
nl	calm	-	mijn kat is van het balkon gesprongen maar hij is oké, het was de eerste verdieping
en	calm	-	slipped on the wet floor in the lobby, I'm fine but please put up a sign
en	calm	-	my kid fell off his bike, just a scraped knee, all good
nl	calm	-	ik heb mijn medicijnen vergeten vanochtend, moet ik ze nu nog nemen?
nl	calm	-	waar kan ik mijn oude pillen inleveren?
nl	calm	-	mijn weekdoos is leeg, de apotheek brengt morgen nieuwe
nl	calm	-	ik neem elke avond een slaappil van de dokter, is dat erg?
nl	calm	-	de methadon ophalen lukt me niet morgen, kan iemand mee
nl	calm	-	hoe laat komt de wijkverpleging voor mijn oogdruppels
nl	calm	-	ik heb een paracetamol genomen voor mijn hoofdpijn, hopelijk gaat het over
nl	calm	-	de dokter heeft mijn antidepressiva verhoogd, ik ben een beetje duf maar het went
nl	calm	-	mag ik alcohol drinken met mijn antibiotica? vraag voor de zekerheid
nl	calm	-	Kan iemand mij helpen met het bijhouden van mijn pillen? Ik raak soms het overzicht kwijt.
nl	calm	-	mijn buurvrouw heeft naloxon in huis gekregen van de begeleiding, goed idee
en	calm	-	forgot to take my meds this morning, should I take them now?
en	calm	-	where can I drop off old medicine?
nl	calm	-	oud en nieuw: mogen we vuurwerk afsteken op het pleintje?
nl	calm	-	die knallen buiten zijn gewoon vuurwerk, iedereen is al bezig
nl	calm	-	wie doet er mee met de barbecue zondag, ik neem de kolen mee
nl	calm	-	de barbecue van de buren rookt flink maar het ruikt wel lekker
nl	calm	-	ik heb kaarsjes aan op het balkon, zo gezellig
nl	calm	-	mag je een vuurkorf in de gezamenlijke tuin gebruiken?
nl	calm	-	het is weer zover, de kinderen gooien met rotjes, wanneer houdt dat op
nl	calm	-	gelukkig nieuwjaar buren! wat een vuurwerk was het
nl	calm	-	de scouting heeft een kampvuurtje bij de vijver, met leiding erbij hoor
nl	calm	-	er hangt een wietlucht in de lift, weer
nl	calm	-	de buurman is aan het hameren sinds 8 uur, hij verbouwt zijn keuken
nl	calm	-	mijn deur wil niet dicht, kan de corporatie een monteur sturen
nl	calm	-	de sauna in het sportcentrum was zo heet ik dacht dat ik smolt
nl	calm	-	pakjesavond met kaarsjes en de open haard aan, heerlijk
nl	calm	-	de rookmachine bij de disco-avond laat het brandalarm toch niet afgaan?
nl	calm	-	bij de buren knalt het, ze zijn vuurpijlen aan het testen voor oud en nieuw
nl	calm	-	de nieuwe buren zijn aan het klussen, veel geboor en geklop
nl	calm	-	mijn wierook liet de rookmelder afgaan, sorry voor het gepiep
nl	calm	-	de tuinman verbrandt snoeiafval bij de volkstuin, ruikt naar kampvuur
nl	calm	-	we gaan marshmallows roosteren bij de vuurschaal, wie komt
nl	calm	-	ik hoor iemand zagen in de berging, hij maakt een kast denk ik
nl	calm	-	er staan buiten mensen te schreeuwen maar het is voor de voetbal, Nederland scoorde
nl	calm	-	carbidschieten op oudjaarsdag, mag dat hier ook?
nl	calm	-	ze schoten de vuurpijl voor het buurtfeest af, prachtig
nl	calm	-	ik heb een nieuwe brandblusser gekocht en in de keuken gehangen
nl	calm	-	ik heb het rookalarm in het buurthuis getest, werkt prima
nl	calm	-	ik heb ingebroken in mn eigen huis want ik was mijn sleutels kwijt haha, het raam stond open
nl	calm	-	mn buurman sliep op de bank in de hal, ik heb hem wakker gemaakt en hij is naar binnen gegaan
nl	calm	-	hij ligt buiten in het gras te zonnen, ziet er relaxed uit
nl	calm	-	ik hoorde een knal maar het was een fietsband die klapte
nl	calm	-	er was net een harde klap, bleek een vaas die omviel, sorry buren
nl	calm	-	ik zag rook maar het was gewoon stoom uit de ventilatie van de wasserette
nl	calm	-	ik zag iemand op de galerij bij het raam maar het was de glazenwasser
nl	calm	-	dat was geen schot, het was een uitlaat van een oude brommer
nl	calm	-	de jongen op de bank in het park slaapt gewoon, ik zag hem ademen en hij draaide zich om
nl	calm	-	de kinderen spelen politie en boef in de gang, beetje luid maar schattig
nl	calm	-	die honden op het grasveld spelen zo wild, leuk om te zien
nl	calm	-	het kind van de buren huilt al een tijdje, denk dat het tandjes krijgt
nl	calm	-	mijn goudvis is dood 😢
nl	calm	-	ik ben vergeten mn deur op slot te doen, kan iemand met de sleutel even checken
nl	calm	-	hoeveel kost een brandverzekering ongeveer
nl	calm	-	hoe hoog is de gasrekening tegenwoordig, schrikken hoor
nl	calm	-	de brandweer komt voorlichting geven in het buurthuis, leuk!
en	calm	-	fireworks outside, happy new year everyone
en	calm	-	who's coming to the bbq on Sunday? I'll bring sausages
en	calm	-	the neighbour's hammering again, he's redoing his kitchen
en	calm	-	lit some candles for my mum's birthday, the smoke alarm went off lol
en	calm	-	someone's hammering upstairs, think they're hanging paintings
en	calm	-	is it normal the boiler makes a whistling sound when it heats up? no smell or anything
`;

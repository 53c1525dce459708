/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: older residents' formal Dutch, Dutch as a second language, formerly homeless residents, support workers and the caretaker, people writing for a child or a parent.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesC = String.raw`
# voices-c.tsv: danger-classifier corpus for Buurtbot (is someone in danger right now?)
# Voices: older residents writing formal Dutch, Dutch as a second language (Arabic, Turkish, Polish, Tigrinya, Somali speakers),
# formerly homeless residents, support workers and the caretaker (huismeester), people writing for a child or an elderly parent.
# Written on 2026-12-07 by an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; training data for Buurtbot's danger model
# All names, numbers and places are fictional.
# Format: language<TAB>label<TAB>kinds<TAB>text ; kinds is '-' for calm lines.
# Counts: 813 lines; danger 427, calm 386; nl 689, en 124
# Danger lines per kind (a line may carry several kinds): unresponsive 49, fall 50, overdose 47, fire 47, gas 49, violence 53, threat 49, break_in 48, self_harm 52
nl	danger	unresponsive	Geachte heer/mevrouw, mijn buurvrouw mevrouw De Wit ligt in de hal bij de brievenbussen en zij reageert niet wanneer ik haar naam roep, ik weet niet wat ik moet doen.
nl	danger	unresponsive	Mijn buurman meneer Van Rooijen zit al een kwartier in zijn stoel in de gemeenschappelijke ruimte met de ogen half open en hij geeft geen antwoord meer, zijn lippen zien er blauwachtig uit.
nl	danger	unresponsive	buurman ligt op grond in lift hij doet ogen niet open, ik schud hem, niks
nl	danger	unresponsive	mijn man hij valt om in de keuken en praat niet meer, hij ademt heel raar, help aub
nl	danger	unresponsive	die gast van 14 ligt in het fietsenhok, zit onder z'n eigen kots en ik krijg hem niet wakker
nl	danger	unresponsive	huismeester: bewoner nr 22 aangetroffen op galerij, niet aanspreekbaar, ademhaling oppervlakkig
nl	danger	unresponsive	Begeleider hier. Cliënt reageert niet op pijnprikkel, ligt op bed, voordeur stond open.
nl	danger	unresponsive	mijn moeder van 84 zit op de bank en ze zegt niks meer, haar gezicht hangt aan een kant en ze reageert niet als ik haar hand pak
nl	danger	unresponsive	ik bel al tien minuten aan bij mn vader, ik zie hem door het raam op de vloer liggen en hij beweegt niet
nl	danger	unresponsive	Er ligt een man op het bankje in de tuin, het vriest, hij reageert nergens op en zijn handen zijn ijskoud.
nl	danger	unresponsive	mijn zoon (7) vond de buurjongen op de trap, die ademt niet geloof ik, ik ben er nu bij
nl	danger	unresponsive	vrouw van nummer 3 zakte net in elkaar bij de koffieochtend en ze is helemaal slap
nl	danger	unresponsive	Ik zie door de brievenbus mevrouw Jansen op de gang liggen, zij geeft geen antwoord als ik roep.
nl	danger	unresponsive	hij ligt daar zo stil, borst gaat niet op en neer, wat moet ik doen
nl	danger	unresponsive	Zeer dringend: de heer Bakker van de tweede verdieping is tijdens het kaarten van zijn stoel gezakt en komt niet meer bij.
nl	danger	unresponsive	wallah die man in portiek is helemaal grijs en hij doet niks, ik denk hij is weg
nl	danger	unresponsive	buurvrouw is flauw gevallen bij de lift en ze komt niet bij, ze is al een paar minuten buiten westen
nl	danger	unresponsive	ze lag in bad toen ik binnenkwam en ze reageert niet, ik hou haar hoofd boven water
nl	danger	unresponsive	mijn oma zit in haar stoel, ogen dicht, ik roep en knijp maar ze wordt niet wakker
nl	danger	unresponsive	maat van me uit de nachtopvang ligt op z'n matras en snurkt heel raar, krijg hem niet wakker, lippen paars
nl	danger	fall,unresponsive	huismeester meldt: persoon onderaan trappenhuis blok B, bewusteloos, hoofdwond
nl	danger	unresponsive	dit is voor mijn vader, hij zit op de wc en hij wordt niet wakker, hij is koud en zweet
nl	danger	unresponsive	buurman van 31 ligt al uren op zijn balkon in de zon en als ik roep doet hij niks, hij is helemaal rood
nl	danger	unresponsive	pols voel ik bijna niet, hij reageert niet meer op me, ik ben in de recreatieruimte
nl	danger	unresponsive	mevrouw Yilmaz is net omgevallen, ze schokt niet meer maar ze is niet wakker
nl	danger	unresponsive	mijn vriend zakt steeds weg, ogen draaien weg, nu reageert hij helemaal niet meer
nl	danger	unresponsive	Ik kwam binnen voor de medicatie en meneer ligt naast zijn bed, hij antwoordt niet en ademt met lange pauzes.
nl	danger	unresponsive	die vrouw in de wasruimte ligt op de vloer, haar ogen zijn open maar ze kijkt nergens naar en zegt niks
nl	danger	fall,unresponsive	de jongen van boven ligt op de stoep onder zijn raam, hij beweegt niet
nl	danger	unresponsive	baby van mijn zus is helemaal slap en blauw, hij huilt niet meer
nl	danger	unresponsive	Buurman zat te eten en ineens viel hij met zijn hoofd op tafel, sindsdien geen enkele reactie.
nl	danger	unresponsive	ik heb haar geroepen, geschud, water in gezicht, maar ze komt niet bij en nu ademt ze ook bijna niet
nl	danger	unresponsive	Het lijkt of mijn schoonvader niet meer ademt, hij zit in zijn stoel voor de televisie.
nl	danger	unresponsive	zuster kom snel, mijn buurvrau doet niks meer, zij ligt op de bank, ik praat en zij hoort niet
nl	danger	unresponsive	ligt een maat van me achter de container bij de ingang, helemaal out, geen reactie, ademt amper
nl	danger	fall,unresponsive	mijn moeder is gevallen in de douche en geeft geen antwoord meer, ik hoor alleen het water lopen
nl	danger	unresponsive	de oude man van de hoek ligt in de lift, de deur gaat steeds open en dicht tegen zijn benen en hij beweegt niet
nl	danger	unresponsive	dochter belt mij, ze zegt papa ligt op de grond en praat niet, ik ben op werk, blok c nr 40, kan iemand gaan
nl	danger	unresponsive	Tijdens de bingomiddag is mevrouw Smit voorover gezakt en zij reageert op niets, zij heeft een rochelende ademhaling.
nl	danger	unresponsive	hij doet niet meer mee, ogen open maar geen reactie, kwijlt, ik weet niet wat hij heeft
en	danger	unresponsive	my neighbour is lying in the hallway and she doesnt answer when i shake her
en	danger	unresponsive	man collapsed in the common room, not breathing i think, please someone come
en	danger	unresponsive	my father is on the floor of his kitchen, eyes closed, he dont wake up
en	danger	unresponsive	guy in the bike shed is out cold and his lips are going blue
en	danger	unresponsive	Support worker: resident found slumped in chair, no response to voice or touch, breathing slow.
en	danger	unresponsive	she fainted by the lift and still hasnt come round, its been like 5 minutes
en	danger	unresponsive	my mum is very cold and not responding on the sofa, I am calling from abroad, she lives in number 18, my cousin is with her
nl	danger	fall	Geachte, ik ben zojuist in mijn badkamer gevallen en kan niet meer opstaan, mijn heup doet vreselijk pijn. Ik typ dit vanaf de vloer.
nl	danger	fall	mijn buurvrouw mevrouw Hendriks is van de trap gegleden en haar been ligt in een rare hoek
nl	danger	fall	ik val van stoel bij gordijn ophangen, mijn arm is krom, heel veel pijn
nl	danger	fall	kzit op de grond in mn gang en kom niet meer overeind, knie helemaal dik, niemand hoort me
nl	danger	fall	buurman is op het ijs bij de ingang uitgegleden en bloedt uit zijn hoofd, veel bloed
nl	danger	fall	huismeester: bewoner gevallen in trappenhuis, hoofdwond, bloedt flink, niet mobiel
nl	danger	fall	mijn moeder is vannacht naast haar bed gevallen en ligt daar nu al uren, ze kan niet opstaan
nl	danger	fall	kind van de buren viel van het klimrek in de tuin, hij schreeuwt en zijn pols staat helemaal scheef
nl	danger	fall	Mijn man is van de ladder gevallen bij het snoeien, hij kan zijn been niet bewegen en hij is lijkbleek.
nl	danger	fall	ik ben gestruikeld over de drempel, mijn pols staat raar en ik krijg de telefoon bijna niet vast
nl	danger	fall	opa ligt onder aan de trap en roept dat zijn heup kapot is
nl	danger	fall	buurvrouw zit in de douchebak, kan niet meer omhoog, ze heeft een snee in haar hoofd
nl	danger	fall	Ik hoorde een harde klap en nu ligt meneer Dijkstra voor de lift met bloed op de tegels.
nl	danger	fall	die gozer is van z'n fiets geflikkerd voor de deur, z'n bot steekt door z'n broek
nl	danger	fall	mijn vader is gevallen in de badkamer, hij zegt dat hij zijn schouder niet voelt en hij kan niet opstaan
nl	danger	fall	Ik ben een oude dame van 88 en ik ben bij het ophalen van de post gevallen, ik krijg mijzelf niet meer omhoog en mijn enkel is opgezet.
nl	danger	fall	buurman viel van zijn balkon in de struiken beneden, hij leeft maar kan niet bewegen
nl	danger	fall	vrouw in rolstoel is omgekiept op de helling bij de fietsenstalling, ze bloedt aan haar arm en komt niet los
nl	danger	fall	mijn vrouw valt op trap, haar hoofd bloed veel, ze huilt, kom snel
nl	danger	fall	ik lig in de gang, been gebroken denk ik, alleen mijn telefoon bij me, deur zit op slot
nl	danger	fall	begeleider: cliënt gevallen in de keuken, vermoedelijk heup gebroken, kan niet staan, veel pijn
nl	danger	fall	zoon van 5 is van het stapelbed gevallen en hij heeft een gat in zijn hoofd, het blijft bloeden
nl	danger	fall	Meneer van driehoog is op de galerij over zijn rollator gevallen en hij ligt te kreunen, ik durf hem niet te verplaatsen.
nl	danger	fall	vrouw gevallen in de lift toen die schokte, ze heeft pijn in haar rug en kan niet op
nl	danger	fall	ik kan niet opstaan na val, mijn alarmknopje werkt niet, ik lig bij de voordeur
nl	danger	fall	Mevrouw Koster is bij het bankje in de tuin gestruikeld, haar pols is gezwollen en haar lip bloedt.
nl	danger	fall	ben op mn plaat gegaan in de fietsenkelder, enkel knakte, kan er niet op staan
nl	danger	fall	mijn schoonmoeder is uit bed gegleden, ze ligt klem tussen bed en muur en zegt dat haar been pijn doet, we krijgen haar niet omhoog
nl	danger	fall	buurjongen is van de schutting gevallen, zijn arm hangt er raar bij en hij ziet wit
nl	danger	fall	ik ben gevallen op de trap naar de kelder, mijn hoofd bloedt en ik ben een beetje duizelig
nl	danger	fall	ze is met haar hoofd tegen de verwarming gevallen, er ligt een plas bloed
nl	danger	fall	Goedenavond, ik schrijf u vanuit mijn slaapkamer, ik ben gevallen en kan alleen nog kruipen, mijn rechterbeen draagt mij niet.
nl	danger	fall	broer van mij is van steiger gevallen bij onze flat, hij heeft pijn in de nek en kan niet bewegen
nl	danger	fall	hij is met z'n scooter tegen de paal geknald bij de ingang en z'n been ligt verkeerd
nl	danger	fall	buurvrouw bij de containers uitgegleden, ze heeft een snee in haar hand en zegt dat haar heup kraakt
nl	danger	fall	kleine meid van nr 9 viel met haar gezicht op de stoeprand, tanden eruit, bloed overal
nl	danger	fall	Ik ben de huismeester, er is een schilder van zijn trap gevallen in het trappenhuis en hij kan zijn arm niet meer gebruiken.
nl	danger	fall	mijn moeder ligt op de badkamervloer, ze is gevallen en zegt dat ze niet meer omhoog kan, ik heb haar aan de telefoon
nl	danger	fall	tante is gevallen en zegt haar been voelt dood, zij kan niet staan, ik ben bij haar nu
nl	danger	fall	wij zijn met z'n tweeën maar krijgen meneer niet overeind, hij is gevallen en schreeuwt bij elke beweging
en	danger	fall	my neighbour slipped in the shower and cant get up, she says her hip is broken
en	danger	fall	I fell in the stairwell and my ankle is really swollen, can't walk, please send someone
en	danger	fall	old man fell off the bench in the garden and his head is bleeding a lot
en	danger	fall	my mother fell next to her bed, she is lying there and cannot stand up, i'm not home, she lives in block A
en	danger	fall	kid fell from the balcony railing onto the grass, he is crying and his leg look broken
en	danger	fall	fell down the stairs at the entrance, blood everywhere from my chin and i think my wrist is broke
en	danger	fall	Caretaker here, a tenant fell in the bike shed and has an open wound on his shin, he cannot stand.
nl	danger	overdose,self_harm	Geachte, mijn buurman heeft mij zojuist verteld dat hij de hele strip slaappillen heeft ingenomen en hij wordt nu erg suf.
nl	danger	overdose	mijn maat heeft net geshot en ligt nu te gorgelen, hij is helemaal blauw rond z'n mond
nl	danger	overdose	gast van 12 heeft veel te veel gebruikt, hij zweet als een gek, hart gaat tekeer en hij is paranoïde, ik denk hij gaat eraan
nl	danger	overdose	mijn moeder heeft per ongeluk drie keer haar hartpillen genomen vandaag, ze is nu heel duizelig en misselijk en haar hart gaat traag
nl	danger	overdose	mijn kind van 3 heeft pillen uit oma d'r tas opgegeten, weet niet hoeveel, hij is raar slaperig
nl	danger	overdose	Begeleider: vermoeden overdosis bij cliënt, speldenprikpupillen, ademfrequentie laag, lege verpakkingen naast bed.
nl	danger	overdose	hij heeft methadon en pillen door elkaar genomen en nu zakt hij steeds weg
nl	danger	overdose	buurvrouw heeft een fles wijn en een hele doos oxazepam op, ze praat met dubbele tong en valt steeds om
nl	danger	overdose,unresponsive	vriend van mij heeft GHB genomen en ligt nu te schokken op de bank, we krijgen hem niet wakker
nl	danger	overdose	ik heb te veel genomen, alles draait en mn hart bonkt, ik ben bang
nl	danger	overdose	mijn zus heeft een strip paracetamol leeg gegeten, 20 stuks, ze zegt dat het wel meevalt maar het zijn er 20
nl	danger	overdose	In de gemeenschappelijke ruimte ligt een jongen met de spuit nog in zijn arm en hij ademt heel langzaam.
nl	danger	overdose	die gast hier is aan het wegzakken na het roken van bruin, pupillen piepklein, ademt niet goed, in de opvang zag ik dit vaker
nl	danger	overdose	buurman kotst en schokt, hij heeft iets genomen uit een zakje, ik weet niet wat
nl	danger	overdose	mijn vader is dement en hij heeft de weekdoos met pillen in één keer leeg gegeten
nl	danger	overdose	Mijn buurvrouw heeft al haar insuline tegelijk gespoten zegt ze, ze is nu aan het zweten en trillen.
nl	danger	overdose	zit met een vriendin, ze heeft xtc en speed gedaan en is gloeiend heet en verward, ze wil niks drinken
nl	danger	overdose	mijn zoon heeft pillen van mij gepakt, ik weet niet hoeveel, hij is 15 en hij praat raar en is heel slap
nl	danger	overdose	kerel op de trap heeft te veel gespoten, ik heb geen narcan, hij snurkt heel diep en wordt grauw
nl	danger	overdose	Ik ben de huismeester, bij de vuilcontainers ligt een man met naalden naast zich, ademhaling heel zwak.
nl	danger	overdose	buurvrouw drinkt al sinds vanmiddag met pillen erbij, nu kotst ze in bed terwijl ze op haar rug ligt
nl	danger	overdose	mijn man heeft morfinepleisters, hij heeft er vier tegelijk opgeplakt en is nu heel suf en ademt traag
nl	danger	overdose	ik heb vanavond weer gebruikt na lang clean, veel te veel, ik voel mijn benen niet en mijn hart doet raar
nl	danger	overdose,unresponsive	zus van mijn vriendin heeft veel slaapmedicijn genomen, ze slaapt en wij kunnen haar niet wakker maken
nl	danger	overdose	hij heeft alle pillen die zijn begeleider had klaargezet in één keer ingenomen zegt hij, en lacht erbij, hij wordt nu slaperig
nl	danger	overdose	Mevrouw, mijn buurman heeft volgens mij zijn gehele voorraad pijnstillers opgemaakt, de lege doosjes liggen op tafel en hij is nauwelijks aanspreekbaar.
nl	danger	overdose	die jongen heeft een of ander nieuw spul gerookt en nu komt er schuim uit zn mond
nl	danger	overdose	mijn oma dacht dat ze haar pillen vergeten was en heeft ze nog twee keer genomen, nu is ze heel raar en valt bijna om
nl	danger	overdose	peuter heeft uit de fles methadon van zijn vader gedronken, hij is heel slaperig
nl	danger	overdose	ik heb een hele fles wodka op en nog valium erbij, ik zie dubbel en ik moet steeds overgeven
nl	danger	overdose	maat van me wordt niet lekker na coke, hij pakt zijn borst vast en zegt dat zijn arm pijn doet
nl	danger	overdose	broer heeft te veel spice gerookt in de kelderbox, hij schudt heel erg en reageert raar
nl	danger	overdose	Vermoedelijke overdosis in de fietsenkelder, man van ongeveer 40, lepel en aansteker naast hem, hij is blauw.
nl	danger	overdose	ze heeft zichzelf volgespoten en ligt in de douche te ijlen, ik krijg haar niet rechtop
nl	danger	overdose	mijn buurman zegt dat hij alle pillen van de apotheek van deze week heeft genomen om te slapen, hij praat heel langzaam
nl	danger	overdose	vriendin heeft te veel ketamine genomen en ligt in de hoek, ze kan niet praten en haar adem gaat raar
nl	danger	overdose,self_harm	ik vind mijn vader met lege pillendoosjes om hem heen, hij is wakker maar heel suf en hij zegt alleen maar sorry
nl	danger	overdose	buurjongen heeft iets genomen op het feestje boven en nu heeft hij een toeval in de gang
nl	danger	overdose	mn kamergenoot van de opvang woont nu hier, hij heeft weer gebruikt na maanden, z'n tolerantie is weg en hij valt steeds weg
nl	danger	overdose	Zij heeft alle oxycodon van haar moeder gepakt en ingenomen, zij is 17 en wordt nu slap.
en	danger	overdose	my friend took too much heroin and he's snoring weird and going blue
en	danger	overdose	i think my neighbour overdosed, pills everywhere and he is barely breathing
en	danger	overdose	my son swallowed a lot of my sleeping pills, he is very sleepy and I cannot keep him awake
en	danger	overdose	Support worker: suspected opioid overdose in flat 7, pinpoint pupils, slow breathing, no naloxone on site.
en	danger	overdose	she mixed alcohol and xanax all evening and now she's vomiting while lying on her back
en	danger	overdose	i took too much, heart is racing like crazy and my chest hurts, please help
en	danger	overdose	my grandmother took her blood thinners three times today by mistake, now her nose is bleeding and not stop
nl	danger	fire	Geachte, er komt rook onder de deur van mijn buurvrouw mevrouw De Wit vandaan en ik ruik iets verbrands, zij doet niet open.
nl	danger	fire	vlammen uit de keuken van 2 hoog, ik zie ze vanaf de parkeerplaats
nl	danger	fire	trappenhuis staat vol rook, ik kan niet naar beneden, ik zit op de 4e
nl	danger	fire	pan met olie is in brand en het gaat de afzuigkap in
nl	danger	fire	buurman rookt in bed en nu smeult zijn matras, hij is stomdronken
nl	danger	fire	in fietsenhok brand een scooter, veel zwarte rook, het gaat naar de ramen
nl	danger	fire	Huismeester: brand in de afvalruimte blok A, rook in het trappenhuis, bewoners worden naar buiten gestuurd.
nl	danger	fire	er is vuur in de container naast de ingang en het slaat over op de heg
nl	danger	fire	mijn moeder belt dat haar keuken vol rook staat en ze vindt de deur niet, ze woont op nummer 15
nl	danger	fire	rookmelder gaat af bij de buren en ik zie grijze rook uit het klepraampje komen, niemand thuis
nl	danger	fire	ik ruik brandend plastic en de gang wordt steeds waziger, ik zie niet waar het vandaan komt
nl	danger	fire	de kerstboom in de recreatieruimte staat in de fik
nl	danger	fire	balkon onder mij brandt, de vlammen komen tot bij mijn balkon, ik heb kind bij mij
nl	danger	fire	Melding: rook uit de meterkast in de gang van de tweede verdieping, het knettert.
nl	danger	fire	oplader van de e-bike is geknald in de gang en alles staat in brand
nl	danger	fire	mijn zoon speelde met aansteker en de gordijnen branden, we zijn buiten maar de kat is nog binnen
nl	danger	fire	Er slaan vlammen uit de schoorsteen van de woning naast de onze en er vallen vonken op het dak.
nl	danger	fire	buurvrouw vergeet haar pan, heel veel rook, zij zit binnen en hoest, deur is dicht
nl	danger	fire	kamer van die gast staat blauw van de rook, hij heeft kaarsen laten branden en ligt te pitten
nl	danger	fire	er brandt iets in de liftschacht, rook komt tussen de liftdeuren door
nl	danger	fire	de wasdroger in de wasruimte is in brand gevlogen
nl	danger	fire	ik zit op de wc en de hele gang is zwart van de rook, ik durf niet naar buiten
nl	danger	fire	Goedemiddag, ik zie vanuit mijn raam dat de schuur van de buren in lichterlaaie staat en de wind waait het richting de flat.
nl	danger	fire	brand in de bovenste woning, ik hoor glas knappen en mensen schreeuwen
nl	danger	fire	vader is dement, hij heeft een theedoek op het fornuis laten liggen met de pit aan, nu brandt het, ik ben er over 10 min
nl	danger	fire	vuur vuur bij nummer 8, de rook komt uit de brievenbus
nl	danger	fire	kinderen hebben fik gestookt in het hok achter de flat, nu gaat de schutting ook
nl	danger	fire	de bank in de gemeenschappelijke ruimte smeult en stinkt, er komt steeds meer rook
nl	danger	fire	ik ben in de slaapkamer en rook komt door de kier onder de deur, de deur is warm
nl	danger	fire	Waarde buurtbot, het stopcontact achter mijn televisie geeft vonken en er komt een zwarte walm uit.
nl	danger	fire	brand op de galerij, iemand heeft iets in de fik gestoken voor de deur van 19
nl	danger	fire	het elektrische kacheltje van mijn oma is omgevallen en het tapijt vat vlam
nl	danger	fire	buurman z'n frituurpan vlamt en hij gooit er water op, nu is het veel erger
nl	danger	fire	rook komt uit het ventilatierooster in de badkamer, ruikt naar brand, het wordt meer
nl	danger	fire	de vuilniszakken in de kelder branden, de rook trekt naar boven
nl	danger	fire	ik zie vlammen achter het raam van de woning onder mij en de rookmelder piept daar
nl	danger	fire	mijn dochter belt me dat het bij haar in de keuken brandt en ze krijgt de deur niet open
nl	danger	fire	scooteraccu in de fietsenstalling zit te sissen en er komen vlammen uit
nl	danger	fire	Er hangt een dikke rooklucht op de derde verdieping en de deur van 33 is heet als ik hem aanraak.
nl	danger	fire	Buurman van boven heeft iets op het vuur laten staan en is weggegaan, er komt rook uit zijn raam en het alarm loeit.
en	danger	fire	fire in the stairwell, lots of black smoke, we can't get down
en	danger	fire	smoke is coming from under my neighbours door and the alarm is going off inside
en	danger	fire	my kitchen is on fire, the pan, i cant put it out
en	danger	fire	the bins behind the building are burning and flames are reaching the balconies
en	danger	fire	there is smoke coming out of the lift and a burning smell on the 2nd floor
en	danger	fire	e-bike battery exploded in the hallway, everything burning
en	danger	fire	my mum says her living room is full of smoke and she cannot see the door, she is on 3rd floor flat 31
nl	danger	gas	Geachte, in het portiek van ons blok ruik ik sinds een kwartier een sterke gaslucht, het wordt steeds erger.
nl	danger	gas	ruikt naar rotte eieren in de hele gang bij de meterkasten
nl	danger	gas	het gasfornuis sist maar brandt niet en de keuken stinkt naar gas
nl	danger	gas	mijn moeder heeft het gas open laten staan zonder vlam, ik ruik het al bij de voordeur
nl	danger	gas	gaslucht in kelder, heel sterk, ik word duizelig
nl	danger	gas	Huismeester: sterke gaslucht rond de cv-ruimte blok C, meerdere bewoners melden het.
nl	danger	gas	buurvrouw heeft hoofdpijn en is misselijk, bij haar binnen stinkt het naar gas
nl	danger	gas	het ruikt hier naar gas en ik hoor sissen achter het fornuis
nl	danger	gas	ik ruik gas bij de deur van 14 maar hij doet niet open
nl	danger	gas	graafmachine voor de flat heeft een leiding geraakt, het sist en ruikt naar gas
nl	danger	gas	Het stinkt in het trappenhuis naar gas, mag ik het licht aandoen of niet, het is donker
nl	danger	gas	mijn vader zegt hij ruikt gas bij zijn geiser, hij is 90 en woont alleen
nl	danger	gas	de hele galerij ruikt naar gas en iemand staat buiten te roken
nl	danger	gas	gas lucht bij mij in huis, kinderen slapen, ik weet niet waar het komt
nl	danger	gas,self_harm	het komt uit de flat van die gast die zei dat hij er een eind aan wil maken, het ruikt naar gas en hij doet niet open
nl	danger	gas	buurman heeft de gasslang van zijn fornuis eraf gehaald, het stinkt verschrikkelijk
nl	danger	gas	Ik ruik een zware gaslucht in mijn woonkamer en mijn hond gedraagt zich vreemd en ligt te hijgen.
nl	danger	gas	cv ketel maakt rare geluiden en het ruikt naar gas in de badkamer
nl	danger	gas	in de lift is ruik gas heel sterk en ook in de hal
nl	danger	gas	mn oma zit te suffen en in haar keuken ruik je gas, knop van het fornuis staat open
nl	danger	gas	het ruikt zwavelachtig in de recreatieruimte bij het keukenblok, volgens mij is het gas
nl	danger	gas	kom net thuis, deur open en wow gaslucht, ik ga niet naar binnen
nl	danger	gas	kinderen zeggen het stinkt naar gas buiten bij de meterkast in de tuin, ik ruik het nu ook
nl	danger	gas	gasgeur bij de fietsenberging naast de hoofdkraan, het sist een beetje
nl	danger	gas	Mijn buurvrouw mevrouw Peters van nummer 6 klaagt over hoofdpijn en er hangt een doordringende gaslucht bij haar in de gang.
nl	danger	gas	buren zijn weg op vakantie en uit hun brievenbus komt gasgeur
nl	danger	gas	ruik gas bij de aansluiting achter het fornuis in de gemeenschappelijke ruimte en iemand is daar aan het koken
nl	danger	gas	er was een knal bij de geiser en nu sist het en ruikt het naar gas
nl	danger	gas	ik heb gas geroken in mijn keuken en een raam opengedaan, maar het wordt niet minder
nl	danger	gas,threat	buurman zegt hij draait het gas open en steekt dan een sigaret op, ik ruik het al in het trappenhuis
nl	danger	gas	gaslucht overal op 3 hoog, ik hoor gesis uit de meterkast van 32
nl	danger	gas	begeleider ter plaatse: duidelijke gaslucht in woning cliënt, knoppen fornuis open, cliënt verward
nl	danger	gas	lucht van gas komt uit de put op straat voor de deur, heel sterk
nl	danger	gas	mijn dochter van 10 belt dat het thuis naar gas ruikt en ze is alleen
nl	danger	gas	ik word wakker van gaslucht, het is overal in mijn slaapkamer
nl	danger	gas	gaskachel bij de buurvrouw brandt niet en het ruikt heel sterk naar gas, zij ligt te slapen
nl	danger	gas	het stinkt echt naar gas in de kelderboxen, niet normaal
nl	danger	gas	ruikt als rotte eieren bij de geiser van mijn moeder en ze is heel moe en duizelig
nl	danger	gas	Ik ruik al de hele avond gas in mijn bovenwoning en nu heb ik ook hoofdpijn gekregen.
nl	danger	gas	de slang van de gasfles van de barbecue op het balkon lekt, het sist en stinkt, buurman staat ernaast te roken
en	danger	gas	strong smell of gas in the corridor on the first floor, getting worse
en	danger	gas	it smells like rotten eggs in my kitchen and the stove is hissing
en	danger	gas	gas smell in the basement near the meters, i feel dizzy
en	danger	gas	my neighbours flat stinks of gas and she is not opening the door
en	danger	gas	Caretaker: gas leak suspected at block B boiler room, hissing sound, evacuating floor.
en	danger	gas	smell gas very strong in the lift and hall, what to do
en	danger	gas	my father calls me, he smells gas at home and feels sick, he lives alone in number 27
nl	danger	violence	Geachte, op dit moment wordt in het trappenhuis een jonge vrouw door een man geslagen en geschopt, zij ligt op de grond.
nl	danger	violence	twee gasten vechten in de tuin, een van hun heeft een mes
nl	danger	violence	buurman slaat zijn vrouw, ik hoor haar gillen en dingen breken
nl	danger	violence	ze zijn met z'n drieën één jongen aan het inschoppen bij het fietsenhok
nl	danger	violence	mijn ex staat in mijn huis en hij slaat me, ik zit in de badkamer op slot
nl	danger	violence	Huismeester: vechtpartij in de hal, een persoon bloedt uit het gezicht, er worden flessen gegooid.
nl	danger	violence	man met honkbalknuppel slaat op de deur van 11 en nu ook op de bewoner
nl	danger	violence	mijn vader word geslagen door mijn broer, hij is oud, kom aub
nl	danger	violence	in de lift drukt een man een vrouw tegen de wand en knijpt haar keel dicht
nl	danger	violence	die vent van 5 heeft een mes en zwaait ermee op de galerij, iedereen rent weg
nl	danger	violence	buurman wordt beroofd bij de ingang, ze slaan hem, hij is oud
nl	danger	violence	ik word gevolgd en ze duwen en slaan me, ik sta nu bij de brievenbussen
nl	danger	violence	er wordt iemand in elkaar getrapt op het grasveld voor blok b, hij beweegt amper
nl	danger	violence	mijn moeder wordt door haar vriend geslagen, ik ben 12 en zit in mijn kamer
nl	danger	violence	die gozer die hier komt dealen heeft net iemand gestoken, er ligt bloed op de stoep
nl	danger	violence	begeleider: cliënt wordt in zijn woning mishandeld door bezoek, wij staan buiten en horen hem schreeuwen
nl	danger	violence	twee vrouwen trekken aan elkaars haren en een slaat met een schoen, ook kinderen erbij
nl	danger	violence	iemand schopt de hond en daarna de buurvrouw, ze gilt om hulp
nl	danger	violence	buurjongen wordt door zijn vader met de riem geslagen, ik hoor het door de muur, het kind huilt heel hard
nl	danger	violence	man loopt met een pistool in de gemeenschappelijke ruimte, ik zit onder de tafel
nl	danger	violence	Mevrouw Visser wordt op dit moment door een bezoeker aan de haren door de gang gesleurd.
nl	danger	violence	ze slaan mijn zoon in fietsenhok, vier jongens, hij is 14
nl	danger	violence	vechten op balkon boven, iemand hangt bijna over de reling
nl	danger	violence	man duwt buurvrouw van de trap en slaat haar nog, ik sta boven
nl	danger	violence	Er is een man die met een fles op het hoofd van een ander slaat, vlak voor de ingang van de flat.
nl	danger	violence	hij heeft me net neergestoken, ik bloed in mijn zij, zit op de trap
nl	danger	violence	ik hoor klappen en een man die 'hou op' schreeuwt bij de buren, het gaat al 5 minuten door
nl	danger	violence	mijn dochter belt, haar vriend slaat haar, zij woont in blok a, ik ben ver weg
nl	danger	violence	ze houden iemand tegen de grond bij de containers en schoppen tegen z'n hoofd
nl	danger	violence	kerel met een schroevendraaier valt de huismeester aan in de kelder
nl	danger	violence	dronken man trekt kind mee aan de arm en slaat het, in de tuin bij de schommel
nl	danger	violence	buurman zwaait met een hamer naar zijn bezoek en heeft hem al geraakt
nl	danger	violence	vrouw van boven wordt gewurgd denk ik, ik hoor gekreun en gebonk op de vloer
nl	danger	violence	ze gooien stoelen naar elkaar in de recreatieruimte, een oude man is geraakt
nl	danger	violence	Mijn buurvrouw staat bloedend voor mijn deur, haar man heeft haar geslagen en hij komt achter haar aan.
nl	danger	violence	ik word in mijn eigen huis aangevallen door mijn huisgenoot, hij heeft een stok
nl	danger	violence	in de opvang had je dit ook maar nu hier: een gast slaat z'n vriendin in de portiek, zij valt steeds
nl	danger	violence	iemand is met een mes aan het steken in de gang, ik hoor gillen, ik doe mijn deur niet open
nl	danger	violence	oudere man wordt door jongeren met stenen bekogeld in de tuin, hij bloedt aan zijn hoofd
nl	danger	violence	de buurman sleurt zijn moeder over de galerij en schopt haar
nl	danger	violence	proszę, man slaat mijn man met fles, in hal beneden, veel bloed
en	danger	violence	two men fighting in the hallway and one has a knife
en	danger	violence	my neighbour is beating his wife right now, i hear her screaming
en	danger	violence	someone is being kicked on the ground near the bike shed
en	danger	violence	my daughter's boyfriend is hitting her, she just texted me, flat 12 block C
en	danger	violence	man with a bat attacking people at the entrance
en	danger	violence	he is choking her in the stairwell, please send police
en	danger	violence	Support worker: client is being assaulted by a visitor in his flat, we can hear it, police needed.
nl	danger	threat	Geachte, de bewoner van nummer 12 staat voor mijn deur en roept dat hij mij vannacht zal vermoorden.
nl	danger	threat	hij zegt hij gaat me steken als ik naar buiten kom, hij wacht bij de lift
nl	danger	threat	buurman dreigt dat hij vanavond de hele flat in de fik steekt, hij is nu aan het schreeuwen op de galerij
nl	danger	threat	mijn ex stuurt berichten dat hij me komt afmaken, hij zegt dat hij al in de straat is
nl	danger	threat,violence	die gozer laat een mes zien en zegt 'jij bent de volgende', ik zit nu binnen
nl	danger	threat	Huismeester: bewoner bedreigt medewerker met de dood, staat agressief in de hal, schopt tegen de deur.
nl	danger	threat	man zegt hij schiet mijn hond en daarna mij, hij is heel boos en staat op balkon naast mij
nl	danger	threat	buurjongen schreeuwt tegen zijn moeder dat hij haar kapot maakt, ze is doodsbang
nl	danger	threat	Er staat een man bij de speeltuin die dreigt de kinderen iets aan te doen als ze niet weggaan.
nl	danger	threat	hij zei ik sla je hoofd in als je nog een keer klaagt, en hij staat nu voor mijn raam
nl	danger	threat	mijn vader van 80 wordt bedreigd door een man die geld wil, hij zegt ik kom terug en dan ben je dood
nl	danger	threat,violence	buurvrouw roept dat ze haar man vanavond vermoordt, ze heeft een mes uit de keuken gepakt
nl	danger	threat	Begeleider: cliënt dreigt begeleider te slaan, zeer geagiteerd, wij wachten buiten de woning.
nl	danger	threat	er staat een gast voor de deur die zegt hij gaat me lek steken, ik durf niet open
nl	danger	threat	hij belt me elke minuut, zegt dat hij met zijn vrienden komt om mij te pakken, vanavond nog
nl	danger	threat	mijn zoon (16) wordt bedreigd, jongens zeggen ze wachten bij het fietsenhok om hem te slaan
nl	danger	threat	man van boven zegt: als je de politie belt ben je dood. hij bonkt op mijn deur
nl	danger	threat	iemand heeft een briefje onder mijn deur geschoven 'vanavond brand je', en ik ruik benzine bij de deur
nl	danger	threat,violence	buurman staat met een bijl op de galerij en roept dat hij iedereen gaat pakken
nl	danger	threat	mijn schoonzoon dreigt mijn dochter wat aan te doen, hij is nu bij haar, ze fluistert aan de telefoon
nl	danger	threat	die gast roept dat hij de begeleider gaat opwachten en hem in elkaar slaat
nl	danger	threat	Een onbekende man schreeuwt in het trappenhuis dat hij de eerste die naar buiten komt zal neersteken.
nl	danger	threat	broer van buurvrouw zegt hij maakt haar dood als ze niet betaalt, hij staat nog in de gang
nl	danger	threat	ik word bedreigd door dealers van vroeger, ze staan beneden en zeggen ze weten waar ik woon en komen naar boven
nl	danger	threat	hij zegt hij gooit mij van balkon als ik niet weg ga
nl	danger	threat	man met hond dreigt de hond op mijn kind te zetten, hond gromt en trekt aan de lijn
nl	danger	threat,violence	buurvrouw bedreigt mijn moeder met een schaar en zegt ik prik je ogen uit
nl	danger	threat	ze sturen een foto van mijn voordeur met een pistool ernaast en 'tot zo'
nl	danger	threat	Mijn buurman heeft mij zojuist bij de brievenbussen toegesist dat ik het einde van de week niet haal, hij liep weg richting zijn woning met iets in zijn jas.
nl	danger	threat	hij dreigt dat hij het kind meeneemt en mij iets aandoet, hij staat bij het raam te kloppen
nl	danger	threat	die vent roept dat hij terugkomt met een wapen, hij is net weggereden, zo terug zegt hij
nl	danger	threat	buurman zegt tegen mijn oma 'ik steek je huis in de brand met jou erin', ze zit te trillen
nl	danger	threat,violence	iemand bedreigt de huismeester met een stuk hout, hij zegt ik sla je dood
nl	danger	threat	mijn ex-vriend zegt als ik niet opendoe trapt hij de deur in en vermoordt hij mij
nl	danger	threat	hij houdt een aansteker bij de gordijnen van de gemeenschappelijke ruimte en zegt dat hij het gaat doen
nl	danger	threat	man zegt hij gaat mijn vrouw verkrachten en hij loopt achter haar aan naar de lift
nl	danger	threat	ik heb schuld bij iemand en hij staat nu beneden, hij zegt hij breekt vanavond mijn benen
nl	danger	threat,gas,self_harm	buurman dreigt zichzelf en zijn vrouw wat aan te doen, hij is dronken en heeft het gas open gezet
nl	danger	threat	een jongen zegt tegen mijn dochter (9) dat hij haar gaat pakken na school, hij wacht bij de ingang
nl	danger	threat	hij zegt dat hij me in het fietsenhok opwacht met zijn vrienden en dat ik er niet levend uitkom
nl	danger	threat	abi die man zegt hij gaat mij doodmaken, hij staat bij mijn deur, valla ik ben bang
en	danger	threat	he says he will kill me if i come out, he is waiting at the lift
en	danger	threat	my neighbour is threatening to stab his girlfriend, shouting it in the corridor
en	danger	threat	a man at the entrance says he will burn the building down with us inside, he has a can of petrol
en	danger	threat	my ex keep messaging he will come and hurt me tonight, he is outside now
en	danger	threat	Caretaker: resident threatening to kill staff member, very aggressive, in the lobby now.
en	danger	threat	guy says he will break my legs if i dont pay, he is banging on my door
en	danger	threat	someone is shouting they will shoot the first person who opens the door
nl	danger	break_in	Geachte, ik hoor op dit moment iemand aan mijn voordeur morrelen en er wordt met iets aan het slot gewrikt, ik ben alleen thuis.
nl	danger	break_in	er is iemand in mijn huis, ik hoor lopen beneden, ik zit boven in de slaapkamer
nl	danger	break_in	twee mannen breken bij de buren in, ze zijn net door het raam geklommen
nl	danger	break_in	mensen slopen het fietsenhok open, ik hoor een slijptol, nu op dit moment
nl	danger	break_in	iemand probeert mijn balkondeur open te breken, ik zie een schaduw
nl	danger	break_in	Huismeester: inbraak gaande in de kelderboxen, deur geforceerd, persoon nog binnen.
nl	danger	break_in	mijn moeder belt, er is iemand binnen bij haar die dingen pakt, ze zit op de wc
nl	danger	break_in	er klimt een man over het balkon van de buurvrouw, zij is op vakantie
nl	danger	break_in	ik hoor glas breken bij de gemeenschappelijke ruimte en er lopen mensen binnen met zaklampen
nl	danger	break_in	iemand is bezig bij de deur van nummer 4 met een koevoet
nl	danger	break_in	ze breken de deur van het kantoortje van de woonvereniging open, ik hoor het vanaf de trap
nl	danger	break_in	buurman is weg en er zijn twee mannen in zijn huis, ik zie ze door het raam met tassen
nl	danger	break_in	ik kom thuis en de deur is open en ik hoor nog iemand in de slaapkamer
nl	danger	break_in	iemand staat aan mijn raam te wrikken met een schroevendraaier, het is 3 uur in de nacht
nl	danger	break_in	mijn oma zegt er zit een man in haar huis die ze niet kent, hij doorzoekt de kasten
nl	danger	break_in	in het fietsenhok is iemand bezig de sloten door te knippen, nu
nl	danger	break_in	Er is zojuist een ruit ingegooid bij de benedenwoning en ik zie iemand naar binnen klimmen.
nl	danger	break_in	die gasten van vroeger staan in mijn gang, ze hebben de deur open getrapt
nl	danger	break_in	ik hoor iemand op het dak en nu aan het dakraam van de bovenbuurman, die is niet thuis
nl	danger	break_in	de deur van de buren staat open, slot kapot, en ik hoor iemand binnen rommelen
nl	danger	break_in	twee jongens zijn de brievenbussen in de hal open aan het breken
nl	danger	break_in	iemand is net door het keukenraam van de vrouw op nummer 2 gegaan, zij is 90 en ligt te slapen
nl	danger	break_in	ze zijn de bus van de schilder aan het leeghalen op de parkeerplaats, ramen kapot
nl	danger	break_in	man met capuchon zit aan de achterdeur van blok d met een breekijzer
nl	danger	break_in	Ik ben begeleider, bij de woning van mijn cliënt is het raam eruit gehaald en er is iemand binnen, cliënt ligt in het ziekenhuis.
nl	danger	break_in	mijn zoontje zegt er is iemand in de gang beneden, ik hoor ook iets, we zijn alleen
nl	danger	break_in	er zit iemand in mijn auto in de garage onder de flat, het alarm gaat
nl	danger	break_in	ik hoor boren aan het slot van de berging naast de mijne, middernacht
nl	danger	break_in	iemand klimt langs de regenpijp naar het balkon van 2 hoog
nl	danger	break_in	inbreker in huis, ik heb me opgesloten in de badkamer, hij is in de woonkamer
nl	danger	break_in	de voordeur van de flat wordt opengebroken met een breekijzer, het hout splintert
nl	danger	break_in	iemand heeft de deur van de kelder ingetrapt en sjouwt fietsen naar buiten
nl	danger	break_in	de sleutelkluis bij de ingang wordt opengebroken door een vrouw met een hamer
nl	danger	break_in	buurvrouw hoort iemand binnenkomen terwijl ze in bed ligt, ze appt me, ik woon naast haar
nl	danger	break_in	er is iemand in de woning van mevrouw Blom en zij is in het verpleeghuis, licht gaat aan en uit
nl	danger	break_in	ik heb mijn deur op de ketting en iemand probeert hem open te duwen met een stuk metaal
nl	danger	break_in	ze zijn binnen bij de kapper onder ons, ik hoor ze met spullen slepen
nl	danger	break_in	Thans wordt er ingebroken in de berging onder mijn woning; ik hoor gekraak en gefluister.
nl	danger	break_in	man zit bij mijn raam en hij heeft zijn hand al binnen op de klink
nl	danger	break_in	ik zie nu iemand met een zaklamp in de woning van de buren, die zijn een maand in Marokko
nl	danger	break_in	iemand maakt mijn deur open met iets, ik ben in bed, ik hoor het klik klik, bitte help, ik ben alleen
en	danger	break_in	someone is breaking into my flat right now, i hear them at the back door
en	danger	break_in	two guys are breaking in to the neighbours place through the window
en	danger	break_in	there is a stranger inside my mothers flat going through her drawers
en	danger	break_in	someone is cutting the locks in the bike shed right now
en	danger	break_in	I'm hiding in the bathroom, a burglar is in the living room
en	danger	break_in	Caretaker: break-in in progress at the storage units, door forced, suspect still inside.
en	danger	break_in	somebody kicked in the door of flat 9 and is inside, owner not home
nl	danger	self_harm	Geachte, ik wil u laten weten dat ik mijn zaken heb geregeld en mijn poes aan mevrouw De Wit heb gegeven; na vanavond hoeft niemand zich meer zorgen om mij te maken.
nl	danger	self_harm	ik ben iedereen tot last, het is beter als ik er morgen niet meer ben
nl	danger	self_harm	mijn buurman gaf me net zijn hond en zei 'zorg goed voor hem, ik ga weg', hij keek zo raar en hij heeft geen familie
nl	danger	self_harm	ik zit op de rand van het balkon en ik denk erover om te springen
nl	danger	self_harm	kzit met een mes en ik heb mezelf al gesneden, het bloedt veel
nl	danger	self_harm	buurvrouw staat op het dak van de flat en zegt dat ze gaat springen
nl	danger	self_harm	Begeleider: cliënt uit concrete suïcidale uitingen, heeft een touw in huis, ik ben onderweg, hij is alleen.
nl	danger	self_harm	ik heb alle pillen voor me op tafel gelegd, ik zit ze te tellen
nl	danger	self_harm	mijn vader zegt aan de telefoon dat hij iedereen bedankt en afscheid neemt, hij klinkt heel rustig, hij woont alleen op nummer 19
nl	danger	self_harm	ik heb geen zin meer om wakker te worden, vanavond maak ik het af
nl	danger	self_harm	ik heb brieven geschreven voor mn zus en mn begeleider, ze liggen op tafel. ik ben klaar
nl	danger	self_harm	zoon van 15 heeft zich opgesloten in de badkamer en zegt dat hij zich gaat snijden, ik hoor niks meer
nl	danger	self_harm	buurman loopt met een touw naar de zolder, hij zei net 'doe mama de groeten'
nl	danger	self_harm	ik sta bij het spoor achter de flat. sorry voor alles
nl	danger	self_harm	ik heb alles weggegeven, mijn tv, mijn kleren, vanaf morgen heb ik niks meer nodig
nl	danger	self_harm	Mijn moeder van 79 zegt al de hele ochtend dat ze bij papa wil zijn en ze heeft al haar pillen in een schaaltje gedaan.
nl	danger	self_harm	niemand zou het merken als ik weg ben. ik heb het mes al gepakt
nl	danger	self_harm	ik ben niks waard, ik ga vannacht van de brug, zeg tegen mijn dochter dat ik van haar hou
nl	danger	self_harm	ze heeft haar polsen opengesneden in de douche, ze is nog wakker maar het bloed stopt niet
nl	danger	self_harm	mijn buurvrouw bracht me net de sleutel van haar huis en haar sieraden en zei dat ze het niet meer nodig heeft
nl	danger	self_harm,gas	ik ben zo moe van alles, ik heb de gaskraan open gezet en ik ga liggen
nl	danger	self_harm	ik wil niet meer leven, ik heb niks meer, ik sta nu op de bovenste galerij
nl	danger	self_harm	die gast van 3 zit op de reling van zijn balkon met zijn benen naar buiten, dronken, hij roept dat het klaar is
nl	danger	self_harm	ik heb de hele dag naar het touw in de schuur gekeken, vanavond doe ik het
nl	danger	self_harm	mijn vriendin stuurt mij een afscheidsbericht en een foto van pillen, zij woont in blok b, ik krijg haar niet te pakken
nl	danger	self_harm	het heeft toch allemaal geen zin meer, ik heb mijn kat naar het asiel gebracht en nu ga ik slapen voor altijd
nl	danger	self_harm	Ik schrijf u omdat ik het niet meer kan opbrengen; ik heb besloten vannacht een einde aan mijn leven te maken.
nl	danger	self_harm	mijn broer heeft zich weer gekrast met een scheermes, nu diep, en hij zegt dat hij dood wil
nl	danger	self_harm	ik kan niet meer, dit is mijn laatste bericht, bedankt voor alles buurtbot
nl	danger	self_harm	in mn kop ben ik weer op straat, alles kwijt, kzit met een zak pillen en een fles en ik wil gewoon weg, voorgoed
nl	danger	self_harm	mijn buurman vroeg me of ik zijn planten wil, want vanaf vanavond is hij er niet meer, hij huilde
nl	danger	self_harm	mijn dochter van 13 schrijft dat ze niet meer wakker wil worden en ze doet haar deur niet open
nl	danger	self_harm	ik brand mezelf met sigaretten, ik wil de pijn voelen, ik stop niet
nl	danger	self_harm	de vrouw naast mij heeft haar kinderen bij oma gebracht en zei 'het is beter zo', nu zit ze op het dak
nl	danger	self_harm	ik wil weg van deze wereld, vandaag stond ik al hoog op de flat, nu sta ik er weer
nl	danger	self_harm	buurman zit in zijn auto in de garage met de motor aan en een slang door het raampje
nl	danger	self_harm	ik heb mijn testament op tafel gelegd en mijn hond bij de buren gelaten, ik ga nu
nl	danger	self_harm	mijn broer zegt tegen mij in het Somalisch dat hij zichzelf gaat doden, hij is op zijn kamer en zegt nu niks meer
nl	danger	self_harm	ik heb niemand meer en niemand mist mij, ik ga vannacht het water in bij de vaart
nl	danger	self_harm	ik ben iedereen alleen maar tot last, mijn begeleider ook. ik heb het raam al open, ik woon op de zesde
nl	danger	self_harm	ik heb geen leven meer hier, mijn familie in Eritrea weet niet, ik heb touw gekocht, vanavond ik ga
en	danger	self_harm	i dont want to live anymore, i'm standing on the balcony
en	danger	self_harm	my neighbour gave me his cat and said goodbye like he is going away forever, he has no family
en	danger	self_harm	i have cut myself and it is not stopping bleeding
en	danger	self_harm	everyone would be better off without me. tonight i end it
en	danger	self_harm	my brother sent me a goodbye text and a photo of a rope, he lives in flat 21, he dont answer
en	danger	self_harm	Support worker: client expresses acute suicidal intent, has collected medication, I am on my way, please alert on-call.
en	danger	self_harm	this is my last message. thank you for everything
nl	calm	-	Die nieuwe koffiemachine in de recreatieruimte is werkelijk de bom, mijn complimenten aan de woonvereniging.
nl	calm	-	ik lag dubbel bij de filmavond, ik ging echt dood van het lachen
nl	calm	-	ik sta in vuur en vlam voor de tafeltennisclub, mag ik meedoen
nl	calm	-	die vergadering van gisteren, ik ben er nog kapot van, zo lang duurde het
nl	calm	-	mijn rug vermoordt me na het bladeren harken, maar het was wel gezellig
nl	calm	-	Geachte heer, ik ben mij doodgeschrokken van de afrekening servicekosten, kunt u mij uitleggen waarom die zo hoog is?
nl	calm	-	de vis beet als een gek bij de vismiddag, ik was helemaal in de wolken
nl	calm	-	ik krijg de kriebels van dat piepende hek bij de tuin, kan dat gesmeerd worden
nl	calm	-	De lamp in de hal brandt niet meer sinds maandag.
nl	calm	-	het lampje in de lift brandt al weken niet, is die kapot
nl	calm	-	mijn telefoon is dood, ik kan pas morgen mijn begeleider bellen
nl	calm	-	ik schrok me dood toen de kat van de buren ineens op mijn balkon sprong, haha
nl	calm	-	die bingo was echt moordend spannend, volgende week weer
nl	calm	-	ik heb een moordhonger na het zwemmen, is er nog soep over van de eetavond
nl	calm	-	mijn kleinzoon zegt dat mijn nieuwe jas 'fire' is, wat betekent dat eigenlijk
nl	calm	-	hij is een beetje heetgebakerd, mijn buurman, maar hij meent het nooit kwaad
nl	calm	-	De verwarming in mijn slaapkamer wordt niet warm, het is hier om dood te vriezen.
nl	calm	-	ik ben kapot van de verhuizing, maar alles staat nu op zijn plek
nl	calm	-	ik heb me een ongeluk gelachen om die clown op het buurtfeest
nl	calm	-	ik ben helemaal uitgeblust na de schoonmaakactie, morgen doe ik niks
nl	calm	-	mijn buurvrouw kan vuur spuwen als het over de vuilnis gaat, hoe bespreek ik dat rustig met haar
nl	calm	-	ik ga nog dood aan die formulieren van de gemeente, kan iemand helpen met invullen
nl	calm	-	ik ben een wrak na de nachtdienst, maar verder prima hoor
nl	calm	-	die soep van de Eritrese avond was zo pittig, mijn mond stond in brand, heerlijk
nl	calm	-	die wedstrijd gisteren was een slachtpartij, 7-0, we hebben gehuild van het lachen in de recreatieruimte
nl	calm	-	bij de vergadering over de tuin sloeg de vlam even in de pan, maar het is weer goedgemaakt
nl	calm	-	ik zit er helemaal doorheen met mijn administratie, kan iemand eens meekijken naar de brieven
nl	calm	-	ik ben zo'n beetje verslaafd aan de puzzels in de nieuwsbrief
nl	calm	-	De vijver in de tuin is zo goed als dood, al het water is groen. Wie gaat daarover?
nl	calm	-	ik kreeg een hartverzakking van de nieuwe huur, is dat normaal zoveel verhoging
nl	calm	-	ik vermoord die buurman nog eens met zijn boormachine op zondagochtend, kan iemand het hem vriendelijk zeggen
nl	calm	-	er is een spin zo groot als mijn hand in de wasruimte, ik ga dood, wie haalt hem weg
nl	calm	-	mijn buurjongen zei 'ik maak je af' bij het schaken, en toen won hij ook nog, haha
nl	calm	-	die tuinman heeft de heg netjes afgemaakt, ziet er mooi uit
nl	calm	-	ik ben bijna gestikt in een stuk stokbrood, maar het is er al uit, schrok wel even, haha
en	calm	-	I'm dying to know when the next film night is
en	calm	-	that karaoke night was fire, thanks to the organisers
en	calm	-	the bingo killed me, so funny, same time next week?
en	calm	-	my phone is dead, can someone from support call me tomorrow instead
en	calm	-	I could murder a coffee, is the coffee morning still on Tuesday
en	calm	-	this heat is killing me, can we get a fan in the common room
en	calm	-	the light in the stairwell is out again, it does not burn anymore
nl	calm	-	Vorig jaar brandde het in het andere blok, gelukkig is iedereen toen goed weggekomen. Zijn er inmiddels nieuwe rookmelders geplaatst?
nl	calm	-	in 2019 had ik een overdosis, nu ben ik al vier jaar clean en ik wil graag vrijwilliger worden
nl	calm	-	twee weken geleden is mijn buurvrouw gevallen, ze is nu weer thuis en het gaat goed met haar
nl	calm	-	Er is vorige week bij mij ingebroken in de berging, de politie is al geweest. Kan het slot vervangen worden?
nl	calm	-	vorige maand was er ruzie in de hal maar ze hebben het uitgepraat, wilde ik even laten weten
nl	calm	-	mijn opa is vorig jaar overleden, ik zoek nog een plek voor zijn rollator, heeft iemand interesse?
nl	calm	-	toen ik op straat leefde heb ik veel maten zien gaan aan drugs, daarom wil ik iets vertellen bij de cursus
nl	calm	-	de brandweer was gisteren hier voor een oefening, was best spannend voor de kinderen
nl	calm	-	vorige winter is er een gaslek geweest in blok c, is dat nu helemaal gemaakt
nl	calm	-	De inbraak bij nummer 7 van afgelopen dinsdag heeft mij aan het denken gezet, kan er meer licht bij de achterdeur?
nl	calm	-	mijn broer heeft jaren geleden een poging gedaan, nu gaat het goed met hem, maar ik wil de cursus mentale eerste hulp doen
nl	calm	-	vroeger in de nachtopvang werd er elke nacht gevochten, hier is het echt rustig, fijn
nl	calm	-	ik heb zes jaar op straat geslapen, nu mijn eerste kerst in een eigen huis, wil iemand komen eten
nl	calm	-	gisteren was ik flauwgevallen bij de bakker, dokter zegt bloedsuiker, nu alles weer goed
nl	calm	-	afgelopen zomer brandde er een auto in de straat, weet iemand of de camera ooit gemaakt is
nl	calm	-	de politie heeft vorige week die dealer meegenomen, het is nu veel rustiger in het portiek
nl	calm	-	mijn moeder is vorig jaar van de trap gevallen, daarom vraag ik of er een extra leuning kan komen
nl	calm	-	die vechtpartij van zaterdag, daar is de wijkagent toch al mee bezig?
nl	calm	-	mijn vader heeft als kind het bombardement op Rotterdam meegemaakt, hij vertelt er graag over bij de koffieochtend
nl	calm	-	de ruit van de recreatieruimte is vorige week ingegooid, er zit nu een plaat voor, wanneer komt er nieuw glas
nl	calm	-	Er heeft gisteravond een brandweerwagen voor de deur gestaan, maar het bleek loos alarm door aangebrand eten. Is alles in orde bij de buren?
nl	calm	-	in de oorlog in mijn land ik heb veel gezien, nu hier is rustig, dank u voor het huis
nl	calm	-	vorige maand heeft de huismeester de ambulance gebeld voor meneer van 10, hij is nu weer thuis en maakt het goed
nl	calm	-	de man die vorige week in het fietsenhok lag is nu in de opvang, ik heb hem gisteren nog gesproken
en	calm	-	last year my flat was broken into, now i want to know if we can get a better lock
en	calm	-	my neighbour fell last week but she is fine now, she just has a bruise
en	calm	-	the fire in block B was years ago, is the fire escape still checked
en	calm	-	I used heroin when I lived on the street, clean for 2 years now, can I help with the peer group
en	calm	-	there was a fight at the entrance on Saturday, nobody got hurt, but can we get a camera
nl	calm	-	wat moet ik doen als ik ooit gas ruik in de kelder
nl	calm	-	Geachte, wat is de juiste handelwijze indien ik mijn buurvrouw ooit bewusteloos zou aantreffen? Ik wil graag voorbereid zijn.
nl	calm	-	stel dat er 's nachts brand uitbreekt, waar is de verzamelplek
nl	calm	-	als iemand een overdosis heeft, mogen wij dan naloxon geven? is daar een cursus voor
nl	calm	-	wat doe ik als mijn moeder valt en ik ben niet thuis, bestaat er een alarmknop
nl	calm	-	hoe weet ik of het echt gas is wat ik ruik of gewoon het riool
nl	calm	-	als er ooit ingebroken wordt, wie moet ik dan eerst bellen, de politie of de huismeester
nl	calm	-	wat zeg ik tegen de buurman als hij weer zo dreigend kijkt, zonder dat het ruzie wordt
nl	calm	-	is er een nummer voor als iemand zegt dat hij niet meer wil leven? voor later, niet voor nu
nl	calm	-	moet ik 112 bellen als iemand dronken op de bank in de hal ligt te slapen maar wel gewoon ademt en terugpraat
nl	calm	-	hoe werkt een brandblusser eigenlijk, kan iemand dat uitleggen bij de koffieochtend
nl	calm	-	wat moet je doen als een kind iets giftigs inslikt, ik wil het weten voor als mijn kleinkinderen komen
nl	calm	-	mag ik iemand die in het fietsenhok slaapt wakker maken of moet ik de huismeester bellen
nl	calm	-	Wat is het nummer van de wijkagent? Voor het geval dat.
nl	calm	-	als ik ooit een mes zie bij iemand in de hal, wat moet ik dan doen
nl	calm	-	wat als mijn buurman weer gaat gebruiken, wie mag ik bellen zonder dat hij in de problemen komt
nl	calm	-	is het slim om een rookmelder in de keuken te hangen of gaat die dan steeds af
nl	calm	-	Hoe kan ik als oudere dame het beste handelen als ik ooit val en niet meer overeind kom? Mijn kinderen maken zich zorgen.
nl	calm	-	hoe herken je een beroerte, ik wil het leren
nl	calm	-	als er iemand aan mijn deur komt die dreigt, mag ik dan gewoon niet opendoen
nl	calm	-	als ik zelf weer slechte gedachten krijg, wie kan ik dan 's nachts bellen? nu gaat het goed
nl	calm	-	wat moet ik doen bij een gaslek, ramen open toch en geen licht aan?
nl	calm	-	bestaat er een EHBO cursus hier in de buurt, ik wil leren reanimeren
nl	calm	-	waar hangt de AED in ons complex
nl	calm	-	als het brandt, mag ik dan de lift nemen met mijn rolstoel of niet
nl	calm	-	stel mijn vader van 87 valt 's nachts, kan hij dan de begeleiding bereiken met een knop
nl	calm	-	wat is beter bij een vlam in de pan, deksel erop of blusdeken? vraag voor de kookgroep
en	calm	-	what should i do if i ever smell gas in the hallway
en	calm	-	if someone overdoses, is there naloxone somewhere in the building
en	calm	-	where is the assembly point in case of fire
en	calm	-	who do i call if there is ever a break-in at night, police or caretaker
en	calm	-	what if my mother falls when I'm at work, is there an alarm she can wear
nl	calm	-	de rookmelder in mijn gang piept elke minuut, batterij leeg denk ik
nl	calm	-	rookmelder gaat steeds af als ik douche, kan die verplaatst worden
nl	calm	-	Geachte, de brandblusser op de tweede verdieping is volgens het label over datum. Wie dient deze te vervangen?
nl	calm	-	de brandblusser in de recreatieruimte is weg, iemand heeft hem meegenomen
nl	calm	-	mijn cv ketel doet het niet, geen warm water sinds gisteren
nl	calm	-	de geiser slaat steeds af, kan de monteur komen
nl	calm	-	gasmeter maakt een tikkend geluid, is dat normaal? ik ruik helemaal niks
nl	calm	-	de deur van de meterkast is kapot, hij valt steeds open
nl	calm	-	de brandtrap achter het gebouw staat vol met fietsen, dat mag toch niet
nl	calm	-	het bordje nooduitgang brandt niet meer in de kelder
nl	calm	-	rookmelder hangt los aan het plafond, hij bungelt aan een draadje
nl	calm	-	de brandmelder in de hal knippert rood, maar er is niks aan de hand, klopt dat
nl	calm	-	ketel zegt storing E133, wat betekent dat
nl	calm	-	mijn gasfornuis klikt maar de pit gaat niet aan, ik ruik geen gas, kan iemand kijken
nl	calm	-	de branddeur in het trappenhuis valt niet meer goed dicht
nl	calm	-	er zit een barst in het glaasje van de brandmelder bij de lift
nl	calm	-	het lampje van de koolmonoxidemelder knippert geel, wat betekent dat
nl	calm	-	de noodverlichting in het trappenhuis is uit sinds de stroomstoring
nl	calm	-	Wanneer worden de rookmelders gecontroleerd? Die van mij is nog nooit getest sinds ik hier woon.
nl	calm	-	brandslanghaspel op de 3e is kapot, er drupt water uit
nl	calm	-	de cv ketel maakt 's nachts een gierend geluid, ik kan niet slapen
nl	calm	-	de lift staat stil op de 4e met de deuren open, er zit niemand in
nl	calm	-	mijn rookmelder is wit geworden van de verf, de schilder heeft eroverheen gesmeerd, werkt hij nog
nl	calm	-	de kraan van de gemeenschappelijke keuken lekt, ook de gaskraan daaronder zit los denk ik, niks te ruiken, maar kan iemand kijken
nl	calm	-	ik heb de rook melder batterij eruit gehaald want hij piept, mag dat, ik weet niet waar nieuwe batterij
nl	calm	-	kachel is kapot, het is koud, mijn kinderen ziek, kan iemand snel komen, de verwarming doet niks
en	calm	-	the smoke alarm in my flat keeps beeping, I think the battery is low
en	calm	-	fire extinguisher on floor 2 is missing
en	calm	-	my boiler is not working, no hot water since yesterday
en	calm	-	the gas meter cupboard door is broken and won't close
en	calm	-	the emergency light in the stairwell doesn't work
en	calm	-	my carbon monoxide detector chirps every minute, how to change the battery
nl	calm	-	ik heb mijn pannenkoeken laten aanbranden, hele huis stinkt, ramen staan open haha
nl	calm	-	mag ik op het balkon barbecueën of is dat verboden
nl	calm	-	kaarsjes aan voor de kerstborrel in de recreatieruimte, mag dat of liever ledlichtjes
nl	calm	-	mijn rookmelder ging af door de tosti, alles is goed, maar hoe zet ik hem uit
nl	calm	-	de buren steken elke avond vuurwerk af in de tuin, het is pas december, heel irritant
nl	calm	-	wie kookt er mee voor de eetavond, ik maak soep met een hoop knoflook
nl	calm	-	Oud en nieuw nadert: waar mogen wij vuurwerk afsteken zonder dat de bewoners met honden er last van hebben?
nl	calm	-	de barbecue van zaterdag, moet ik zelf houtskool meenemen
nl	calm	-	ik heb gekookt met kerrie en nu ruikt de hele gang ernaar, sorry buren
nl	calm	-	mijn kaars is omgevallen op tafel, nu een zwarte plek op het kleed, verder niks, hoe krijg ik dat eruit
nl	calm	-	buurman bakt elke ochtend vis, het stinkt door de ventilatie naar binnen
nl	calm	-	ik mis het vuurtje stoken van vroeger op straat, mogen we een vuurkorf in de tuin zetten
nl	calm	-	mijn oven rookte een beetje van oude vetresten, ik heb hem schoongemaakt, moet ik dat nog melden?
nl	calm	-	mijn zoon wil sterretjes aansteken op oudjaar op het balkon, mag dat
nl	calm	-	iemand rookt op de galerij en de peuken liggen steeds bij mijn deur, kan dat stoppen
nl	calm	-	ik wil een workshop kaarsen maken organiseren in de gemeenschappelijke ruimte
nl	calm	-	harde knallen gehoord gisteravond, bleek vuurwerk van de jongeren op het veld
nl	calm	-	wie heeft er een fonduestel te leen voor kerst? zo een met een gelbrander
nl	calm	-	vuurwerkresten liggen nog overal op het grasveld, wie ruimt dat op
nl	calm	-	ik dacht gisteren dat ik gas rook maar het was de spruitjes die ik kookte, sorry voor de paniek
nl	calm	-	de brandweer heeft net de rookmelder bij nr 5 uitgezet, was een lege batterij, iedereen kan weer slapen
nl	calm	-	iemand heeft zijn fiets tegen de nooduitgang gezet, dat is gevaarlijk als er ooit brand is
nl	calm	-	ik maak injera voor het buurtfeest, mag ik de grote pan van de woonvereniging lenen
nl	calm	-	wij vieren Suikerfeest, mogen we zaterdag de gemeenschappelijke ruimte gebruiken voor eten
nl	calm	-	de buurkinderen hebben een kampvuurtje gemaakt in de vuurschaal onder toezicht van hun vader, heel gezellig
en	calm	-	i burned my toast and the alarm went off, all fine, how do I reset it
en	calm	-	can we have a barbecue in the garden on Saturday
en	calm	-	the fireworks outside every night are driving my dog crazy, can the officer do something
en	calm	-	is it allowed to light candles in the common room for the Christmas drinks
nl	calm	-	hebben jullie de film over die hotelbrand gezien, ik was er stil van
nl	calm	-	voor de filmavond stel ik een thriller voor, met een moord in een flat, is dat te eng
nl	calm	-	op het nieuws zag ik een gasexplosie in een andere stad, vreselijk, hopelijk gebeurt dat hier nooit
nl	calm	-	in mijn serie werd iemand neergestoken en ik kon niet slapen, iemand tips voor een vrolijke serie
nl	calm	-	Ik las in de krant dat er in de regio vaker wordt ingebroken in bergingen. Kunnen wij daar als woonvereniging iets mee?
nl	calm	-	op tv was een docu over verslaving, ik herkende veel van mezelf van vroeger, mooi gemaakt
nl	calm	-	mijn kleinzoon speelt een spelletje waar je mensen moet neerschieten, moet ik me zorgen maken
nl	calm	-	het boek voor de leesclub gaat over een vrouw die zelfmoord pleegt, misschien kiezen we beter een ander boek?
nl	calm	-	ik keek een detective en de moordenaar was de buurman, haha, gelukkig niet hier
nl	calm	-	mijn kinderen spelen brandweertje in de tuin met de tuinslang, zo schattig
nl	calm	-	bij het verkleedfeest was mijn zoon een boef die inbreekt en zijn zus de agent, haha
nl	calm	-	bij de EHBO cursus hebben we geoefend op een pop die niet ademde, heel leerzaam
nl	calm	-	we doen een moordspel op de spelletjesavond, wie doet er mee
nl	calm	-	de schietpartij in het computerspel van mijn neefje is niks voor mij, ik speel liever rummikub
en	calm	-	watched a movie about a gas explosion, scary, do we even have gas in this building?
en	calm	-	for film night can we watch something funny, not another murder mystery
en	calm	-	saw on the news about stabbings in the city, is our area safe?
nl	calm	-	ik heb mijn buurvrouw al vijf dagen niet gezien en haar post puilt uit de brievenbus, kan iemand eens gaan kijken
nl	calm	-	Geachte, mijn buurman meneer Pauwels laat zich sinds vorige week niet meer zien bij de koffie, dat is niets voor hem. Zou een begeleider eens bij hem langs kunnen gaan?
nl	calm	-	de man van 17 zie ik nooit meer, gordijnen al dagen dicht, zou het goed met hem gaan
nl	calm	-	buurvrouw lijkt een beetje verward de laatste tijd, ze vroeg me twee keer welke dag het was
nl	calm	-	mijn buurman is erg mager geworden en ik zie hem geen boodschappen meer doen
nl	calm	-	die jongen van boven is zo stil sinds zijn moeder is overleden, misschien kan iemand met hem praten
nl	calm	-	ik zie licht bij de buurman en hoor zijn tv, maar hij doet al dagen niet open als ik aanbel
nl	calm	-	ik maak me een beetje zorgen om de mevrouw van 2, ze loopt in haar pyjama naar de supermarkt
nl	calm	-	het is opeens heel stil bij de buren en hun kat miauwt veel, zijn ze misschien op vakantie
nl	calm	-	mijn buurvrouw zegt dat ze weinig eet want het geld is op, kan iemand haar helpen
nl	calm	-	vrouw van 8 heeft al een week dezelfde kleren aan en ruikt een beetje, ik weet niet hoe ik dat moet zeggen
nl	calm	-	buurman zit elke dag alleen op het bankje, misschien wil hij mee met vissen
nl	calm	-	Mijn moeder woont in uw complex op nummer 24 en neemt al twee dagen haar telefoon niet op, ik woon ver weg. Zou iemand eens kunnen aanbellen?
nl	calm	-	ik zie mijn buurman niet meer bij de voedselbank, hij was er altijd op dinsdag
nl	calm	-	buurvrouw huilt vaak 's avonds, ik hoor het door de muur, ik wil me niet bemoeien maar ik maak me zorgen
nl	calm	-	de post van nummer 12 ligt al een week in de hal op de grond
nl	calm	-	man van de hoek is vergeetachtig, hij laat vaak zijn deur open staan, misschien heeft hij hulp nodig
nl	calm	-	de nieuwe bewoner komt nooit buiten, kan iemand hem welkom heten
nl	calm	-	mijn buurman zijn brievenbus zit vol en zijn fiets staat al dagen op dezelfde plek, hij is vast bij zijn zus maar ik wil het even melden
nl	calm	-	mevrouw van 21 is vergeten wie ik ben, vorig week was goed, nu niet, kan begeleider kijken
en	calm	-	haven't seen my neighbour for a week, her mail is piling up, could someone check on her
en	calm	-	the man next door looks very thin and tired lately, maybe a support worker can visit
en	calm	-	my neighbour seems confused, she asked me three times where she lives
en	calm	-	I worry about the guy in 15, curtains closed for days, but I hear music sometimes
nl	calm	-	die klootzak van 14 zet elke nacht zijn muziek keihard, ik word er gek van
nl	calm	-	Geachte heer, het is werkelijk onverdraaglijk: de hond van de bovenburen blaft van de vroege ochtend tot de late avond.
nl	calm	-	die hond van hiernaast poept elke dag voor mijn deur, ik ben het zo zat
nl	calm	-	de buren schreeuwen de hele avond tegen elkaar, geen klappen ofzo, wel heel hard, elke dag weer
nl	calm	-	iemand rookt wiet in het trappenhuis, het stinkt tot in mijn woonkamer
nl	calm	-	ik word helemaal gestoord van die scooters die door de tuin scheuren
nl	calm	-	die vent op 3 kijkt me altijd vuil aan, ik voel me er niet fijn bij, maar hij doet verder niks
nl	calm	-	mijn buurman gooit zijn vuilnis gewoon van het balkon, walgelijk
nl	calm	-	de jongeren hangen elke avond in het portiek, veel lawaai en rommel
nl	calm	-	buurvrouw laat haar was op de galerij hangen, het blokkeert de doorgang met de rollator
nl	calm	-	het stinkt naar pis in de lift, wie doet dat
nl	calm	-	die gasten maken me kapot met hun gebonk om 2 uur 's nachts, kan iemand het zeggen
nl	calm	-	als die bal nog één keer tegen mijn raam knalt word ik gek, kunnen de kinderen ergens anders spelen
nl	calm	-	de buurvrouw heeft twaalf katten en het stinkt vreselijk in de gang
nl	calm	-	Het is een schande hoe de gemeenschappelijke tuin erbij ligt; overal blikjes en peuken.
nl	calm	-	jij moet tegen nummer 6 zeggen muziek zacht, het is elke nacht, ik kan niet slapen, mijn kinderen ook niet
nl	calm	-	buurman scheldt me uit voor van alles als ik langs loop, al weken, niet gevaarlijk maar ik ben het zat
nl	calm	-	die dealer komt hier elke dag langs, ik wil het melden maar niet bij de politie, wat kan ik doen
nl	calm	-	wie heeft mijn fiets uit het hok gehaald en in de bosjes gegooid, ik word er chagrijnig van
nl	calm	-	buren laten de hoofdingang steeds open staan, iedereen kan zo binnenlopen
nl	calm	-	die herrie van de feestjes bij de studenten elk weekend, mijn moeder van 90 kan niet slapen
nl	calm	-	er stond gisteren een rare man bij de ingang naar de ramen te kijken, misschien niks, kan de huismeester er eens op letten
nl	calm	-	ik hoor de buren boven altijd ruziën over geld, niet eng, wel zielig
nl	calm	-	die gast van de overkant parkeert zijn busje voor mijn raam, ik zie niks meer, echt asociaal
nl	calm	-	de vrouw beneden zegt altijd lelijke dingen over mijn hoofddoek, niet gevaarlijk, maar ik voel me niet welkom
en	calm	-	my upstairs neighbour plays loud music every night until 3, I am going crazy
en	calm	-	someone keeps leaving rubbish bags in the stairwell, it smells terrible
en	calm	-	the guy downstairs swears at me every time I pass, it's annoying but he never does anything
en	calm	-	people smoking weed in the lift, disgusting
nl	calm	-	ik voel me een beetje somber de laatste tijd, kan mijn begeleider eens bellen deze week
nl	calm	-	Geachte, sinds het overlijden van mijn man voel ik mij erg eenzaam. Is er een activiteit waar ik mensen kan ontmoeten?
nl	calm	-	ik ben moe en slaap slecht, maar het gaat wel, wilde het even kwijt
nl	calm	-	vandaag is een rotdag, alles zit tegen, maar ik ga zo een stukje wandelen
nl	calm	-	ik mis de straat soms, daar had je tenminste mensen om je heen, hier is het zo stil
nl	calm	-	ik heb een dipje, geen gekke dingen in mijn hoofd hoor, gewoon moe
nl	calm	-	mijn hoofd zit vol met schulden, ik slaap er slecht van, kan iemand meekijken naar de brieven
nl	calm	-	ik ben alleen met kerst, wie is er ook alleen, samen eten?
nl	calm	-	ik ben niet depressief maar wel heel moe van alles, is er deze week iemand om mee te praten
nl	calm	-	soms denk ik aan vroeger en dan word ik verdrietig, maar mijn hond helpt mij erdoorheen
nl	calm	-	ik ben zo verdrietig want mijn kat is gisteren doodgegaan, hij was 16
nl	calm	-	mijn zoon van 16 zit veel op zijn kamer en is chagrijnig, hoort dat bij de leeftijd of moet ik hulp vragen
nl	calm	-	Ik heb de laatste tijd weinig zin in dingen. Mijn dochter zegt dat ik er eens met iemand over moet praten.
nl	calm	-	ik heb trek in gebruiken, maar ik doe het niet, ik ga vanavond naar de groep. wilde het alleen even zeggen
nl	calm	-	ik ben al een half jaar clean en vandaag was zwaar, maar ik hou vol
nl	calm	-	heimwee naar Eritrea, mijn familie is ver, soms ik huil, maar het gaat wel
nl	calm	-	ik schaam me een beetje dat ik hulp nodig heb met geld, kan iemand mij bellen
nl	calm	-	ik voel me nutteloos sinds mijn pensioen, is er vrijwilligerswerk in het complex
nl	calm	-	ik ben heel moe van mijn nieuwe medicatie, kan de begeleider met de dokter bellen
nl	calm	-	ik ben blij met mijn huis maar ik ben vaak alleen, ik wil graag een maatje
nl	calm	-	ik ben iedereen tot last met mijn vragen, sorry, maar hoe werkt de wasmachine in de wasruimte
nl	calm	-	soms voel ik me een last voor mijn kinderen omdat ze alles voor me doen, kunnen vrijwilligers boodschappen doen
nl	calm	-	mijn moeder zegt vaak 'ik ben te oud, ik hoef niet meer zo nodig', maar ze geniet wel van de bingo, moet ik me zorgen maken
nl	calm	-	ik ben kapot van het nieuws over mijn familie in Somalië, ik wil praten met iemand, niet dringend
nl	calm	-	sinds ik hier woon voel ik me soms opgesloten, vroeger was ik altijd buiten, kunnen we samen wandelen
en	calm	-	feeling a bit down today, can my support worker call me this week
en	calm	-	I'm tired and lonely, is there any activity where I can meet people
en	calm	-	I had a craving today but I went to my meeting instead, just wanted to share
en	calm	-	I miss my family in Somalia, sometimes I feel sad, but I am ok
nl	calm	-	ik ben vanmorgen over de deurmat gestruikeld, niks aan de hand, maar die mat moet weg
nl	calm	-	mijn moeder is even gevallen in de tuin maar ze staat alweer, alleen een vieze broek
nl	calm	-	Geachte, ik ben gisteren op de gladde tegels bij de ingang uitgegleden. Ik heb niets gebroken, maar het is gevaarlijk; kunt u laten strooien?
nl	calm	-	kleine viel van zijn fiets, paar schaafwondjes, pleister erop, hij speelt alweer
nl	calm	-	opa is uit zijn stoel gegleden maar we hebben hem samen opgetild, hij lacht erom
nl	calm	-	ik viel bijna van de trap want een traptree zit los, kan de huismeester komen
nl	calm	-	buurvrouw is gestruikeld bij de lift, ik heb haar overeind geholpen, ze is ok, alleen geschrokken
nl	calm	-	ik struikel steeds bijna over de kabel in de gang van de recreatieruimte
nl	calm	-	mijn dochter is van het klimrek gevallen, blauwe plek, verder prima, maar er ligt te weinig zand
nl	calm	-	ik heb een snee in mijn vinger van het groente snijden, pleister erop, waar is de EHBO-doos van de recreatieruimte
nl	calm	-	ik ben gisteren flauwgevallen bij het bloedprikken, maar nu gaat alles weer goed
nl	calm	-	mijn kind van 4 heeft vorige week een knikker ingeslikt, kwam er gewoon weer uit, dokter zei ok
en	calm	-	I slipped at the entrance but I'm fine, the floor is very slippery when it rains
en	calm	-	my dad slid off his chair, we helped him up, no injury, he is laughing about it
nl	calm	-	mijn moeder vergeet soms haar pillen, is er een medicijndoos met alarm te krijgen
nl	calm	-	kan de begeleider mijn medicijnen ophalen bij de apotheek, ik lig met griep
nl	calm	-	ik haal elke ochtend mijn methadon bij de apotheek, kan ik de koffieochtend daarna nog halen?
nl	calm	-	Ik heb gisteren mijn bloeddrukpillen vergeten; moet ik nu twee nemen of beter de huisarts bellen?
nl	calm	-	hoeveel paracetamol mag je per dag, ik heb al twee dagen hoofdpijn
nl	calm	-	waar kan ik oude medicijnen inleveren, ik heb een hele la vol
nl	calm	-	mijn insuline moet in de koelkast maar die is kapot, kan die snel gemaakt worden
nl	calm	-	de weekdoos van mijn vader staat klaar, wie kan zondag even checken of hij ze inneemt
nl	calm	-	mijn nieuwe antidepressiva maken me slaperig, dokter zegt dat dat went
nl	calm	-	ik heb naloxon gekregen van de verslavingszorg, waar bewaar ik het het beste
nl	calm	-	begeleider: medicatie van cliënt op nummer 5 is klaargezet voor het weekend, graag even afvinken
nl	calm	-	ik ben gestopt met de pillen van de dokter want ik voel me beter, moet ik dat aan iemand zeggen
nl	calm	-	mijn vader krijgt morfine van de huisarts tegen de pijn, mag de thuiszorg de sleutel van de hal hebben
nl	calm	-	ik slik al jaren slaappillen, nu wil ik afbouwen, is daar begeleiding voor
en	calm	-	my mother sometimes forgets her pills, can someone help set up a reminder
en	calm	-	where can I drop off old medicine
en	calm	-	I pick up my methadone every morning, can the coffee morning start a bit later
nl	calm	-	vorige week is er ingebroken in mijn berging, fiets weg, aangifte gedaan, wat nu met het slot
nl	calm	-	sinds de inbraak van laatst slaap ik wat onrustig, kan er een extra slot op mijn deur
nl	calm	-	de inbrekers van vorige maand zijn gepakt zegt de wijkagent, fijn
nl	calm	-	Nadat er vorige week bij mevrouw Kok is ingebroken, zou ik graag willen weten of er camera's in de hal kunnen komen.
nl	calm	-	mijn scooter is vannacht gestolen uit de stalling, hij is gewoon weg, ik wil aangifte doen, hoe moet dat
nl	calm	-	mijn brievenbus is dit weekend opengebroken, er is niemand meer, hoe krijg ik een nieuwe
nl	calm	-	bij mij is twee maanden terug ingebroken, ik heb nu een alarm, wil iemand weten welk merk
en	calm	-	there was a break in at my storage last week, how do I report it to the housing corporation
en	calm	-	after the burglary two weeks ago I want a better lock, who pays
nl	calm	-	de buurman zit elke middag met een blikje op het bankje, hij is aardig en zingt, gewoon gezellig
nl	calm	-	buurman was gisteren flink dronken maar vanochtend zag ik hem weer gewoon boodschappen doen
nl	calm	-	mijn buurvrouw drinkt graag een wijntje op het balkon, ze is gezellig, ik wil haar meevragen naar de bingo
nl	calm	-	man van 16 drinkt veel maar hij is vriendelijk, hij helpt mij altijd met mijn tassen
nl	calm	-	die kerel van 3 had gister een stuk in z'n kraag en zat te zingen in de tuin, vond het eigenlijk wel grappig
nl	calm	-	ik zie buurman vaak met bier, niet erg, maar hij laat de lege flessen in de hal staan
nl	calm	-	ik heb gisteren op een feestje te veel gedronken, vandaag katterig, ik kom niet naar de koffieochtend
en	calm	-	my neighbour drinks a lot but he is always friendly and fine, just noisy sometimes
en	calm	-	the guy next door was drunk last night singing in the garden, he's ok today
nl	calm	-	begeleider: hoe zet ik een melding op opgelost na contact met de bewoner
nl	calm	-	Hoe claim ik als begeleider een zorgsignaal uit de lijst?
nl	calm	-	wie heeft dit weekend bereikbaarheidsdienst, ik moet een overdracht doen
nl	calm	-	kan ik als begeleider zien welke meldingen nog open staan voor blok b
nl	calm	-	hoe draag ik een cliënt warm over aan een nieuwe collega in het systeem
nl	calm	-	signaleringsplan van bewoner op nr 9 moet worden bijgewerkt, waar doe ik dat
nl	calm	-	huismeester: lamp in trappenhuis blok A vervangen, melding mag dicht
nl	calm	-	huismeester: lift is weer in orde na de storing, graag doorgeven aan de bewoners
nl	calm	-	welke activiteiten staan er deze maand, ik wil een cliënt koppelen aan het vissen
nl	calm	-	begeleider hier, is er een wachtlijst voor de cursus mentale eerste hulp
nl	calm	-	hoe vaak plannen we waakvlamcontact na afronding van de begeleiding
nl	calm	-	wie is de contactpersoon bij de woningcorporatie voor overlast in blok c
nl	calm	-	bewoner wil een burenbericht sturen maar kan niet goed lezen, mag ik dat namens hem doen
nl	calm	-	cijfers over opgeloste meldingen van dit kwartaal, waar vind ik die
nl	calm	-	huismeester: rookmelders in blok d getest, twee vervangen, rest in orde
nl	calm	-	huismeester: gaslucht bij nummer 4 bleek de riolering, netbeheerder is geweest, alles veilig
nl	calm	-	begeleider: cliënt op nr 11 meldde vandaag een terugval, is veilig en heeft afspraken gemaakt, graag morgen nabellen
nl	calm	-	begeleider: de wijkagent heeft de melding van gisteren afgehandeld, bewoner is tevreden
nl	calm	-	huismeester: brandblussers gekeurd op alle verdiepingen, stickers zijn bijgewerkt
nl	calm	-	begeleider: nachtelijke melding van gisteren bij nr 14 is afgesloten, was een misverstand, niemand in gevaar
nl	calm	-	wat is de procedure als een bewoner zijn sleutel kwijt is en de huismeester is er niet
en	calm	-	Support worker here: how do I close a concern after talking to the resident
en	calm	-	who is on call this weekend for the night service
en	calm	-	Caretaker: smoke detectors in block C tested, all working
en	calm	-	how can I see which care signals are still unclaimed
nl	calm	-	ik wil me aanmelden voor het vissen zaterdag, samen met mijn kleinzoon
nl	calm	-	Goedemorgen, ik wil mij graag aanmelden voor de wandeling van zondag, samen met mijn buurvrouw mevrouw De Wit.
nl	calm	-	ik wil een kookles organiseren, Eritrees eten, mag dat in de gemeenschappelijke ruimte
nl	calm	-	dzień dobry, ik wil graag meedoen met de zwerfvuil wandeling, kan ik nog aanmelden
nl	calm	-	merhaba, wanneer is weer de kookavond, mijn vrouw wil börek maken
nl	calm	-	ik mijn brief van gemeente niet begrijp, wat moet ik doen, kan iemand helpen lezen
nl	calm	-	Zeer geachte woonvereniging, hartelijk dank voor de prachtige kerstmiddag, het heeft mij bijzonder goed gedaan.
en	calm	-	can i sign up for fishing on Saturday with my son
en	calm	-	what activities are there this week
en	calm	-	I can't come to the film night, please cancel
nl	calm	-	de brandweer geeft een voorlichting over brandveiligheid, kan ik me aanmelden
nl	calm	-	wie helpt mee met de rookmelderactie van de woonvereniging
nl	calm	-	mijn vader loopt met een rollator en wil mee met de wandeling, is het pad vlak genoeg
nl	calm	-	buurvrouw heeft een terrasverwarmer op gas onder het afdak gezet, mag dat eigenlijk
nl	calm	-	ik heb een messenset gewonnen bij de bingo, wie wil mijn oude messen hebben
nl	calm	-	mijn hond heeft een bot gevonden in de tuin, ik hoop dat het van een kip is haha
nl	calm	-	ik rook weer na vijf jaar, baal ervan, is er een stoppen-met-roken groep
nl	calm	-	de politie was vanochtend bij nummer 10 voor een praatje, niks ergs, de nieuwe wijkagent stelde zich voor
nl	calm	-	het gas wordt volgende week afgesloten voor werkzaamheden, moeten wij iets doen
nl	calm	-	mijn buurman gaat verhuizen en geeft zijn spullen weg, ik mag zijn bank hebben, heel aardig van hem
nl	calm	-	mijn tante gaf haar hond aan mij omdat ze naar een verpleeghuis gaat, hij heet Bobbie, zijn honden toegestaan?
nl	calm	-	ik neem afscheid van de woonvereniging, ik ga bij mijn dochter wonen, bedankt voor alles en tot ziens
nl	calm	-	ik hoorde een harde klap vannacht, bleek de container die omwaaide door de storm
nl	calm	-	er lag gisteren een man te slapen op de bank in de hal, de huismeester heeft hem naar de opvang gebracht, het gaat goed met hem
nl	calm	-	er slaapt 's nachts een gast in het fietsenhok, niet gevaarlijk, maar misschien kan iemand hem helpen naar de opvang
nl	calm	-	mijn moeder wil een alarmknop om haar nek, hoe regel ik dat
nl	calm	-	mijn broer is net uit de kliniek, hij logeert bij mij, mag dat voor een paar weken
nl	calm	-	kan de woonvereniging een cursus zelfverdediging voor vrouwen organiseren
nl	calm	-	de kat van mijn buurvrouw is dood gevonden in de tuin, ze is heel verdrietig, misschien kan iemand langsgaan
nl	calm	-	de elektrische deken van mijn moeder wordt erg heet, is dat gevaarlijk? ze gebruikt hem nu niet meer
nl	calm	-	mijn buurvrouw belde me net huilend, maar het was van geluk, ze wordt oma
nl	calm	-	het is ijskoud in de hal, de deur gaat niet dicht, kan de huismeester komen
nl	calm	-	ik geef mijn oude fiets weg aan wie hem wil, hij staat in het hok, ik heb een nieuwe
nl	calm	-	mijn buurman zei gisteren gedag alsof het voor altijd was, maar hij gaat drie maanden naar Turkije, ik zal hem missen
nl	calm	-	mijn vader is vorige week overleden, ik wil zijn spullen weggeven aan bewoners die het nodig hebben
nl	calm	-	ik heb vanavond een afscheidsfeestje voor mijn begeleider, zij gaat met pensioen, wie komt er
nl	calm	-	mijn zoon heeft de hele middag geschoten op de kermis, hij heeft een grote beer gewonnen
nl	calm	-	ik heb gisteren de hele dag geslapen, ik was kapot van de nachtdienst, geen zorgen
nl	calm	-	de ambulance stond vanochtend voor de deur, ik heb gehoord dat het om een geplande rit naar het ziekenhuis ging
nl	calm	-	waarom gaat het brandalarm elke eerste maandag van de maand af om 12 uur
nl	calm	-	iemand heeft graffiti op de muur van het fietsenhok gespoten, met een doodshoofd erop, kan dat weg
nl	calm	-	ik ben zo moe dat ik om 8 uur al in bed lig, is dat normaal op mijn leeftijd, ben 82
nl	calm	-	mijn buurvrouw mevrouw Van Dam heeft een nieuwe heup gekregen en is vandaag thuisgekomen, wie wil een kaartje tekenen
nl	calm	-	in de recreatieruimte staat de kachel op vol en het raam open, zonde van het gas
nl	calm	-	ik was vroeger brandweerman, kan ik helpen bij de voorlichting
en	calm	-	my neighbour is moving out and giving away his furniture, anyone want a table
en	calm	-	the fire alarm test is every first Monday, can we get a reminder in the newsletter
en	calm	-	someone sprayed a skull on the bike shed wall, can the caretaker remove it
`;

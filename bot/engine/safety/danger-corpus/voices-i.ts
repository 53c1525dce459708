/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: witnesses in
 * the shared places of a housing block (stairwell, lift, gallery, bike shed, courtyard), at night,
 * typing in a hurry, the place before what happens, sounds through a wall or a ceiling, what is
 * seen from a window or a balcony; calm lines from the same places and the same hurry.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesI = String.raw`
# voices-i.tsv - danger-model training lines for Buurtbot
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; date 2026-12-07
# voices: witnesses in shared places of a housing block (stairwell, lift, gallery, bike shed, courtyard, laundry room, parking garage, playground, community room) at night and early morning; hurried one-hand typing, messages cut off halfway, place-first messages; sounds heard through walls and ceilings; neighbours looking from a window or balcony. Calm look-alikes come from the same places and hurry.
# format: language<TAB>label<TAB>kinds<TAB>text; language nl|en; label danger|calm; kinds comma-separated from unresponsive,fall,overdose,fire,gas,violence,threat,break_in,self_harm, or - for calm; all names, numbers and places fictional
# counts: total=838 danger=442 calm=396 nl=527 en=311; per kind (a line may have several kinds): break_in=48 overdose=50 unresponsive=54 fire=50 fall=48 self_harm=52 threat=49 violence=51 gas=49 
nl	danger	unresponsive	trappenhuis 3e verdieping, man ligt tegen de muur en reageert niet als ik hem aanspreek
nl	danger	unresponsive	lift staat open op de begane grond en er ligt iemand in, ogen dicht, krijg hem niet wakker
nl	danger	unresponsive	fietsenstalling, vrouw op de grond tussen de fietsen, ik schud aan haar schouder maar er gebeurt niks
nl	danger	unresponsive	galerij 2 hoog bij nr 14 zit een jongen onderuitgezakt, zn lippen zijn blauw
nl	danger	unresponsive	wasruimte kelder: buurvrouw ligt naast de droger, ademt heel zwaar en raar, reageert nergens op
nl	danger	unresponsive	parkeergarage -1 bij de uitrit ligt een man op zn buik, al 10 min geen beweging
nl	danger	unresponsive	kom snel speeltuin achter blok b, er ligt iemand op het bankje die niet wakker wordt
nl	danger	unresponsive	buurman ligt op zn balkon, ik zie het vanuit mn keukenraam, hij beweegt niet en ik roep al de hele tijd
nl	danger	unresponsive	hij stond te praten in de gang en viel ineens om, nu zegt hij niks meer
nl	danger	unresponsive	gemeenschapsruimte, meneer van de koffieochtend zakt weg op zn stoel en reageert niet meer
nl	danger	unresponsive	kzit bij m in de lift hij ademt niet volgens mij wat moet ik doen
nl	danger	unresponsive	er ligt iemand in het portiek, voelt koud aan en hij reageert nergens op
nl	danger	unresponsive	binnenplaats bij de containers, man op de grond, ogen half open maar hij kijkt nergens naar en geeft geen antwoord
nl	danger	unresponsive	door het raam van nr 8 zie ik de buurvrouw op de keukenvloer liggen, ze beweegt helemaal niet
nl	danger	unresponsive	sta met de kinderwagen in de hal en hier ligt een vrouw die niet reageert, help
nl	danger	unresponsive	hij snurkt heel raar en ik krijg hem niet wakker, trappenhuis bij de 5e
nl	danger	unresponsive	begane grond bij de brievenbussen, iemand tegen de deur aan gezakt, lijkbleek, hij
nl	danger	unresponsive	galerij 4 hoog er ligt een man en hij
nl	danger	unresponsive	buurjongen in elkaar gezakt op de trap, ik hou zn hoofd vast maar hij zegt niks, zn ogen zijn weg
nl	danger	unresponsive	6u smorgens, kelderbox open en daar ligt iemand op de grond, ademt nog een beetje maar reageert niet
nl	danger	unresponsive	bons tegen mn muur en daarna 20 min doodstil, door de kier van haar deur zie ik haar arm op de vloer
nl	danger	unresponsive	buurvrouw van 11 ligt in haar deuropening, ik roep haar naam, geen enkele reactie
nl	danger	unresponsive	mn buurman viel bij het fietsen wegzetten gewoon om en hij ademt niet goed, krijg geen contact
nl	danger	unresponsive	ligt al sinds vanavond op de bank in de gemeenschapsruimte en nu krijg ik hem echt niet meer wakker
nl	danger	unresponsive	ik knijp in zn hand en roep maar hij doet niks, ligt naast de lift op 2
nl	danger	unresponsive	harde klap boven om 4 uur en daarna niks meer, door de brievenbus zie ik haar benen in de gang liggen
nl	danger	unresponsive	hond van nr 3 blijft janken, door het raam zie ik de baas op de grond, hij beweegt niet
nl	danger	unresponsive	mevrouw zat op het muurtje bij de speeltuin en is achterover gevallen, ze geeft geen antwoord meer, ogen dicht
nl	danger	unresponsive	buurman ligt met zn gezicht in de sneeuw op de binnenplaats, ik draai hem om en hij reageert niet
nl	danger	unresponsive	heeft ie een hartaanval ofzo?? hij greep naar zn borst in de hal en nu ligt ie stil
nl	danger	unresponsive	portiek c: vrouw zit tegen de radiator, hoofd op haar borst, ik tik haar aan en ze is slap
nl	danger	fall	trappenhuis tussen 1 en 2, oude man van de trap gevallen, bloed aan zn hoofd en hij komt niet overeind
nl	danger	fall	buurvrouw uitgegleden in de wasruimte, natte vloer, haar been ligt helemaal verkeerd
nl	danger	fall	meisje bij de hellingbaan van de stalling van haar fiets gevallen, pols staat scheef en ze gilt
nl	danger	fall	ik hoor boven me een harde val en dan iemand huilen dat ze niet meer op kan staan
nl	danger	fall	keldertrap, man naar beneden gekukeld, kan zn arm niet bewegen en bloedt uit zn wenkbrauw
nl	danger	fall	speeltuin, kind van het klimrek gevallen, ligt te huilen, arm ziet er gebroken uit
nl	danger	fall	mevrouw van 6 ligt in de hal, over de mat gestruikeld, ze zegt dat haar heup kapot is
nl	danger	fall	ijzel op de binnenplaats, buurman plat gegaan, hoofd open, zit nu te bloeden op de stoep
nl	danger	fall	vanaf mn balkon zie ik iemand bij de ingang van het trapje gevallen, hij blijft liggen en houdt zn been vast
nl	danger	fall	parkeergarage, vrouw tussen twee autos gevallen, kan niet meer opstaan, heel veel pijn
nl	danger	fall	buurman roept door de muur help ik lig op de grond en kom niet meer omhoog
nl	danger	fall	liftdeur ging dicht op haar rollator en ze is gevallen, knie bloedt en ze kan niet staan
nl	danger	fall	hij is met de boodschappen van de trap gegaan, bloedt uit zn mond en zegt dat zn rug heel zeer doet
nl	danger	fall	gemeenschapsruimte, meneer van de stoel gevallen bij het slingers ophangen, pols kapot denk ik
nl	danger	fall	buurvrouw 3 hoog roept al 10 min om hulp, ze is in de badkamer gevallen en de deur zit op slot
nl	danger	fall	oudje voor de ingang gevallen met zn hoofd op de stoeprand, heel veel bloed
nl	danger	fall	fietsenstalling, jongen struikelde over een kettingslot, enkel staat raar en hij kan niet lopen
nl	danger	fall	kzag m van de ladder vallen op de binnenplaats, hij ligt nu en zn arm staat verkeerd
nl	danger	fall	gekerm in het trappenhuis, onderaan de trap ligt een vrouw met bloed op haar gezicht
nl	danger	fall	buurman van 80 gevallen bij de brievenbussen, hij trilt en zn pols is dik en blauw
nl	danger	fall	bij de containers uitgegleden, ze zit in de sneeuw en kan haar been niet belasten, huilt van de pijn
nl	danger	fall	ik lig onderaan de trap in de kelder en ik kan niet meer opstaan, mn been
nl	danger	fall	hele harde bonk op de galerij, ik kijk naar buiten en de buurman ligt met zn fiets, zn hoofd bloedt en hij blijft liggen
nl	danger	fall	ze is van de trap gevallen met de wasmand, haar schouder ziet er raar uit en ze kan haar arm niet optillen
nl	danger	fall	jongetje van het speeltoestel af, ligt op zn rug, zegt dat zn nek pijn doet en durft niet te bewegen
nl	danger	fall	vrouw viel op de roltrap bij de garage, flinke snee in haar kin, ze krijgt zichzelf niet omhoog
nl	danger	fall	buurman ligt in de douche gevallen, ik hoor hem door het plafond kreunen dat hij niet op kan
nl	danger	fall	ben gevallen in het portiek, denk dat mn enkel gebroken is, kan iemand komen ik zit hier
nl	danger	fall	overbuurvrouw is van haar krukje gevallen bij het ramen lappen, ik zie haar liggen en ze houdt haar heup vast
nl	danger	fall,unresponsive	buurvrouw van de trap gevallen met haar hoofd op de tegels en ze reageert niet meer
nl	danger	overdose	kelderbox, jongen met de naald nog in zn arm, zn ogen draaien weg
nl	danger	overdose	trappenhuis boven, meisje zegt dat ze net een hele strip pillen heeft genomen en ze wordt steeds slaperiger
nl	danger	overdose	fietsenstalling: man op de grond naast een lepel en een aansteker, hij ademt heel traag
nl	danger	overdose	buurman zegt dat ie alles heeft ingenomen wat er in zn medicijnkastje lag, nu praat hij heel raar
nl	danger	overdose	parkeergarage, twee gasten, eentje is weggegleden na een lijntje en schuimt uit zn mond
nl	danger	overdose	vanuit mn raam zie ik iemand op de galerij met lege doosjes medicijnen naast zich, hij knikkebolt en valt opzij
nl	danger	overdose	buurvrouw belt aan, helemaal grauw, ze zegt dat ze te veel van die pillen heeft gepakt
nl	danger	overdose	lift: vrouw zit op de vloer met een leeg flesje methadon, praat niet meer normaal
nl	danger	overdose	ze heeft een fles wodka met slaappillen op, ik zit naast haar op de trap en ze zakt steeds weg
nl	danger	overdose	wc van de gemeenschapsruimte, iemand op de grond met spullen om zich heen, pupillen piepklein
nl	danger	overdose	hij heeft iets gesnoven op de binnenplaats en nu trilt hij helemaal en zn hart gaat tekeer
nl	danger	overdose	door de muur hoor ik hem kotsen en kreunen, eerder zei hij dat hij al zn oxy in 1 keer zou nemen
nl	danger	overdose	speeltuin bij de bankjes, jongen met wit poeder onder zn neus ligt te schokken
nl	danger	overdose	vond haar in de wasruimte met lege strips paracetamol, zeker 30 stuks, ze is heel suf
nl	danger	overdose	buurjongen van 17 heeft G genomen op het balkon en is nu helemaal weg, ik zie hem daar liggen
nl	danger	overdose	hij blijft spuiten en zegt dat hij niks meer voelt, lippen worden blauw
nl	danger	overdose	meisje bij de ingang heeft volgens haar vriend 3 pillen genomen, ze gloeit en praat wartaal
nl	danger	overdose	kzit bij m, hij heeft zn hele weekdoos medicatie in 1 keer leeggegeten, wat moet ik doen
nl	danger	overdose	door het raam bij de buren zie ik hem op de bank met een naald, hij valt opzij
nl	danger	overdose	trappenhuis, man in elkaar gedoken, ademt heel oppervlakkig, naast hem zilverpapier en een pijpje
nl	danger	overdose	buurvrouw heeft vanavond een pot slaaptabletten leeggegooid zegt haar dochter, ze ligt nu te mompelen op de gang
nl	danger	overdose	hij heeft te veel van die spuit genomen en
nl	danger	overdose	binnenplaats, jongen wit weggetrokken naast een lachgascilinder en een zak pillen, hij reageert heel traag
nl	danger	overdose	ze zegt steeds ik heb ze allemaal opgegeten en wijst naar de lege potjes, ze kan niet meer rechtop zitten
nl	danger	overdose	mn huisgenoot heeft coke en pillen door elkaar en zegt dat zn borst ontploft, ligt op de galerij
nl	danger	overdose	in de parkeergarage zit een vrouw in haar auto met een injectiespuit op schoot, ze hangt over het stuur te ademen als een zaag
nl	danger	overdose	vriend van de buurman is na een shot op de keukenvloer gegleden, hij gorgelt
nl	danger	overdose	fietsenhok ligt weer iemand, rode vlekken, schokt, er liggen spuiten naast
nl	danger	overdose	ik heb mn dubbele dosis en nog een halve strip oxazepam genomen en nu draait alles en mn hart bonkt
nl	danger	overdose,unresponsive	buurman ligt naast een lege pillenpot op de trap en ik krijg hem niet wakker
nl	danger	fire	trappenhuis vol rook, ik kom niet naar beneden vanaf de 4e
nl	danger	fire	rookmelder bij nr 22 gaat al een kwartier en het ruikt naar verbrand plastic op de hele galerij
nl	danger	fire	er komt rook onder de deur van de wasruimte door, de droger draait nog
nl	danger	fire	vlammen in de fietsenstalling!! er staat een scooter te branden
nl	danger	fire	parkeergarage -1 er brandt een auto, zwarte rook komt de liftschacht in
nl	danger	fire	vanaf mn balkon zie ik vlammen uit het keukenraam aan de overkant, 3e verdieping
nl	danger	fire	container op de binnenplaats staat in de fik en het vuur gaat richting de schuurtjes
nl	danger	fire	melder boven me houdt niet op en ik ruik echt iets smeulen, buurman doet niet open
nl	danger	fire	grijze rook komt uit het ventilatierooster van nr 5 en het ruikt naar brand
nl	danger	fire	galerij 2 hoog, balkon van de buren staat in brand, bbq omgevallen
nl	danger	fire	lift blijft hangen en er komt rook uit het plafond van de lift
nl	danger	fire	gemeenschapsruimte, stekkerdoos in de keuken vlamt en het gordijn vat vlam
nl	danger	fire	brand in de kelderboxen, de hele gang staat blauw van de rook
nl	danger	fire	speeltuin, iemand heeft het klimhuisje aangestoken, de vlammen slaan eruit
nl	danger	fire	door het plafond hoor ik de melder piepen en door mn afzuigkap komt brandlucht, ik krijg niemand boven te pakken
nl	danger	fire	pan in de fik bij de buren en ze gooit er water op
nl	danger	fire	er ligt een matras te fikken in het portiek
nl	danger	fire	kom snel rook op de galerij ik zie niks meer
nl	danger	fire	e-bike accu ontploft in de stalling, harde knal en een steekvlam
nl	danger	fire	brandlucht in het trappenhuis en de deur van de meterkast is heet
nl	danger	fire	sta in mn pyjama op straat, hele blok ruikt naar rook, buurvrouw van 3 is er nog niet uit
nl	danger	fire	vanuit mn raam zie ik oranje licht in de kelder flikkeren en er komt rook uit de roosters
nl	danger	fire	wakker van de melder in de gang, het stinkt naar brand en er hangt rook tegen het plafond
nl	danger	fire	buurman zn afzuigkap staat in de fik, ik zie het door zn raam, hij staat ernaar te kijken
nl	danger	fire	uit de brievenbus van 12 komt rook en ik hoor de melder binnen gillen
nl	danger	fire	knetteren achter de muur en de stopcontacten worden zwart, het ruikt naar geschroeid
nl	danger	fire	papiercontainer bij de ingang brandt, de deur naar het trappenhuis staat open en de rook trekt naar binnen
nl	danger	fire	de kerstboom van de buren staat in lichterlaaie ik zie het vanaf de overkant
nl	danger	fire	droger in de wasruimte rookt en er komen vlammetjes uit de achterkant
nl	danger	fire,unresponsive	rook uit nr 9 en de buurman ligt in de gang, hij reageert niet
nl	danger	gas	trappenhuis ruikt super sterk naar gas, vooral bij de meterkasten op de 2e
nl	danger	gas	ik ruik gas op de galerij bij nr 16 en het wordt steeds sterker
nl	danger	gas	stinkt naar rotte eieren in de kelder, bij de leidingen sist iets
nl	danger	gas	parkeergarage: hele sterke gaslucht bij de deur van de ketelruimte
nl	danger	gas	fornuis van de buurvrouw staat open zonder vlam, ik ruik het door de deur en ze doet niet open
nl	danger	gas	gaslucht in de lift en de hele hal ruikt ernaar
nl	danger	gas	net wakker, hele gang stinkt naar gas en mn ogen prikken
nl	danger	gas	binnenplaats, graafmachine heeft een leiding geraakt, je hoort het sissen en ruikt gas overal
nl	danger	gas	in de wasruimte ruikt het naar gas bij de geiser en er staat iemand te wassen
nl	danger	gas	gaslucht komt via mn badkamerafvoer binnen, de buren boven zijn weg
nl	danger	gas	door de brievenbus van nr 4 komt gaslucht en de tv staat keihard aan
nl	danger	gas	het hele portiek ruikt naar gas, moet ik iedereen wakker maken
nl	danger	gas	ik sta bij de meterkast en hoor gesis en het ruikt zo vies zwavelig
nl	danger	gas	keuken gemeenschapsruimte, gaskraan stond open toen ik binnenkwam, het ruikt nog steeds heel sterk
nl	danger	gas	3e etage, gaslucht bij de deur van de buurman, hij rookt altijd binnen
nl	danger	gas	sterke gaslucht bij de ingang en er staat gewoon iemand te roken
nl	danger	gas	ruikt naar gas in mn hal, het komt van de buren, hun geiser blijft tikken zonder aan te slaan
nl	danger	gas	gaslucht bij de cv ruimte naast de fietsenstalling
nl	danger	gas	galerij 1e, alle ramen dicht bij nr 3 en voor de deur hangt een zware gaslucht
nl	danger	gas	ik kwam thuis van de nachtdienst en het hele trappenhuis ruikt naar gas, hoofdpijn meteen
nl	danger	gas	buurman was aan het klussen aan zn kookplaat en nu ruik ik gas tot op de galerij
nl	danger	gas	de lucht van gas wordt erger, het lijkt uit de kruipruimte te komen, ik zit met mn kinderen
nl	danger	gas	portiek b ruikt naar gas, ik doe niks met licht aan of uit toch?? wat nu
nl	danger	gas	ik ruik het echt, gas, op de 2e, bij de bovenburen ook
nl	danger	gas	kelder sist en stinkt, denk dat de gasleiding lekt, buurvrouw wil met haar aansteker kijken
nl	danger	gas	vanaf het balkon ruik ik gas uit het raam van de benedenburen, ze liggen te slapen denk ik
nl	danger	gas	iemand heeft in de stalling met een gasfles zitten kloten, die lekt en sist nu
nl	danger	gas	in de lift gaslucht, op de 4e nog sterker
nl	danger	gas,self_harm	buurman zegt door de deur dat hij het gas heeft opengedraaid en er niet meer wil zijn, ik ruik het tot in de gang
nl	danger	violence	trappenhuis, twee mannen slaan elkaar in elkaar, eentje ligt al
nl	danger	violence	op de galerij trapt hij haar, ze ligt op de grond
nl	danger	violence	door de muur klappen en een vrouw die gilt hou op hou op, glas breekt
nl	danger	violence	fietsenstalling, jongen wordt beroofd met een mes op zn keel
nl	danger	violence	parkeergarage, er staat er een met een honkbalknuppel op iemand in te slaan
nl	danger	violence	binnenplaats, groepje schopt een man die op de grond ligt
nl	danger	violence	vanaf mn balkon zie ik de buurman zn vriendin tegen de reling duwen en aan haar haren trekken
nl	danger	violence	in de lift slaat hij haar, ik hoor het door de liftdeur heen
nl	danger	violence	gemeenschapsruimte, ruzie uit de hand, iemand krijgt een stoel tegen zn hoofd
nl	danger	violence	speeltuin, vader slaat zn kind heel hard, het kind bloedt uit zn neus
nl	danger	violence	door het plafond: gebonk, gegil, iemand wordt tegen de vloer gesmeten
nl	danger	violence	portiek, man met mes zwaait naar een vrouw
nl	danger	violence	er wordt gevochten in de wasruimte, bloed op de vloer
nl	danger	violence	buren gaan elkaar te lijf op de gang met een fles
nl	danger	violence	ze schreeuwt help help vanuit nr 19 en ik hoor klappen
nl	danger	violence	hij knijpt hem de keel dicht op de trap
nl	danger	violence	2 gasten met messen op de binnenplaats, eentje bloedt al
nl	danger	violence	man slaat met zn vuist op de buurvrouw bij de brievenbussen
nl	danger	violence	kzit op de wc en boven wordt gevochten, hard gebonk en ze huilt
nl	danger	violence	jongen in de hal wordt in elkaar getrapt, 4 tegen 1
nl	danger	violence	hij heeft een pistool bij de ingang en zwaait ermee
nl	danger	violence	glasgerinkel, gegil, een bons en nu huilt een kind keihard bij de buren
nl	danger	violence	buurvrouw komt bebloed de galerij op rennen en hij rent achter haar aan
nl	danger	violence	ik hoor door de muur dat hij haar hoofd tegen de kast slaat, ze smeekt
nl	danger	violence	gast staat in het trappenhuis met een mes en heeft iemand al gestoken, die zit tegen de muur
nl	danger	violence	2 hoog achter het raam zie ik hem haar slaan, steeds weer
nl	danger	violence	ze vechten bij de lift, eentje heeft een schroevendraaier
nl	danger	violence	parkeergarage, vrouw wordt in een auto getrokken en ze schopt en gilt
nl	danger	violence	buurman slaat de hond dood op de galerij en nu gaat hij op zn vrouw af
nl	danger	violence	ik hoor boven iemand gillen au au en dan weer een klap, al 5 minuten
nl	danger	violence	ze slaan de begeleider in de gemeenschapsruimte, kom nu
nl	danger	violence,break_in	inbreker betrapt op de galerij, hij slaat nu met een koevoet op de buurman in
nl	danger	threat	buurman staat voor mn deur te schreeuwen dat hij me vanavond gaat afmaken
nl	danger	threat	op de galerij zegt hij tegen haar als je weggaat steek ik je neer
nl	danger	threat	man met een hamer in het trappenhuis roept dat hij nr 8 kapotslaat zodra die naar buiten komt
nl	danger	threat	door de muur hoor ik hem zeggen ik maak je dood ik zweer het, daarna huilt ze
nl	danger	threat	bij de lift zei een gast net tegen mij ik wacht op je en dan snij ik je open
nl	danger	threat	briefje onder mn deur: vannacht ben je dood. en nu staat er iemand op de galerij te wachten
nl	danger	threat	parkeergarage, man blokkeert mn auto en zegt dat hij me gaat kapotslaan
nl	danger	threat	hij zegt tegen de buurvrouw dat hij haar huis in de fik steekt met haar erin
nl	danger	threat	buurjongen appt me ik kom naar je toe en dan ben je klaar, en ik hoor hem nu op de trap
nl	danger	threat	op de binnenplaats roept een man dat hij de begeleider neersteekt als die terugkomt
nl	danger	threat	gast in de fietsenstalling zegt ik schiet je kapot en doet alsof hij iets uit zn jas pakt
nl	danger	threat	mn ex staat beneden bij de deur en schreeuwt dat hij me gaat vermoorden
nl	danger	threat	hij bonkt op mn muur en roept dat hij me vannacht komt halen, ik durf niet te slapen
nl	danger	threat	gemeenschapsruimte, man staat vlak voor de vrijwilliger en dreigt haar met een stoel te slaan
nl	danger	threat	buurman roept tegen zn vrouw ik breek je nek, letterlijk, ik hoor het door het plafond
nl	danger	threat	iemand heeft ik vermoord je op mn deur gekrast en hij staat nu op het balkon naast me te staren
nl	danger	threat	als je de politie belt ben je dood zei hij net bij de brievenbussen
nl	danger	threat	hij zei je bent de volgende en loopt nu achter me aan de trap op
nl	danger	threat	ik hoor door de deur: doe open of ik trap hem in en dan sla ik je dood
nl	danger	threat	hij houdt een schaar omhoog in de wasruimte en zegt dat hij haar gezicht openhaalt als ze nog 1 woord zegt
nl	danger	threat	die vent van 2 hoog staat bij de speeltuin en zegt tegen de kinderen dat hij ze gaat pakken
nl	danger	threat	hij sms't me al de hele avond dat hij me komt afmaken en nu staat zn scooter beneden
nl	danger	threat	onderbuurman schreeuwt door het plafond dat hij naar boven komt en me een mes in mn rug zet
nl	danger	threat	buurvrouw durft haar deur niet uit, haar zoon staat op de galerij te roepen dat hij haar vermoordt
nl	danger	threat	man in de hal zegt tegen de postbode ik sla je hersens in, en hij pakt een fles
nl	danger	threat	hij dreigt mn hond van het balkon te gooien en daarna mij, hij staat nu voor mn deur
nl	danger	threat	vannacht kom ik je halen, zei hij, en hij heeft een sleutel van de gemeenschappelijke deur
nl	danger	threat	hij zegt dat hij vanavond met een mes terugkomt voor de hele galerij
nl	danger	threat	ik ben bang, hij zegt de hele tijd dat hij me kapot gaat maken en staat in de gang
nl	danger	threat	op de trap bij de 3e staat een man die zegt dat hij iedereen gaat neerschieten die langskomt
nl	danger	threat,violence	hij heeft haar vast bij haar keel op de galerij en roept dat hij haar eraf gooit
nl	danger	break_in	iemand morrelt aan het slot van nr 14 en het is 3 uur snachts, bewoner is op vakantie
nl	danger	break_in	fietsenstalling, twee gasten knippen sloten door, nu
nl	danger	break_in	glas breekt beneden in de gemeenschapsruimte en er loopt iemand met een zaklamp
nl	danger	break_in	parkeergarage, iemand slaat een autoraam in en zit nu in de auto
nl	danger	break_in	er klimt iemand via het balkon bij de buren naar binnen, zij zijn er niet
nl	danger	break_in	ik hoor iemand in mijn hal, ik ben alleen en de deur zat op slot
nl	danger	break_in	kelderboxen: deur geforceerd, ik hoor nog gerommel binnen
nl	danger	break_in	door de muur hoor ik laden opentrekken bij de flat naast me, buurvrouw ligt in het ziekenhuis
nl	danger	break_in	vanuit mn raam zie ik een man met een koevoet bij de achterdeur van het blok
nl	danger	break_in	iemand heeft de voordeur van nr 2 opengebroken en is nog binnen
nl	danger	break_in	wasruimte: muntautomaat wordt opengebroken, ik hoor ze nu bezig
nl	danger	break_in	er zit iemand op mn balkon en hij probeert de schuifpui open te wrikken
nl	danger	break_in	twee mannen met bivakmuts op de galerij schoppen tegen een deur
nl	danger	break_in	ze zijn binnen bij de buren, iemand rent net met een tv de trap af
nl	danger	break_in	inbraak bezig in het portiek, de glazen deur ligt eruit
nl	danger	break_in	voetstappen op de zolder boven mij terwijl daar niemand hoort te zijn en het hangslot is stuk
nl	danger	break_in	buurman is weg en ik zie zaklampen in zn woonkamer
nl	danger	break_in	jongen zit met een schroevendraaier aan de deur van de berging te wrikken
nl	danger	break_in	4 uur, iemand loopt alle deuren op de galerij af en probeert de klinken
nl	danger	break_in	ik hoor beneden in mn eigen keuken iemand, ik lig boven, ik durf niet te kijken
nl	danger	break_in	kluis in het kantoortje van de woonvereniging wordt opengeslepen, ik hoor de slijptol
nl	danger	break_in	man hangt half door het wc raampje van de benedenburen naar binnen
nl	danger	break_in	garagebox 7 staat open en er laden twee mannen spullen in een busje, eigenaar zit op vakantie
nl	danger	break_in	de lift gaat steeds naar de 6e en daar staat de deur van de lege flat open, ik hoor gerommel
nl	danger	break_in	vannacht wordt er ingebroken bij de overburen, ik zie ze nu met tassen door de tuin gaan
nl	danger	break_in	er schijnt een zaklamp door de brievenbus van nr 5 en ik hoor het slot kraken
nl	danger	break_in	iemand zit aan mn voordeur te peuteren, ik sta erachter, wat moet ik doen
nl	danger	break_in	het raam van de gemeenschapsruimte is ingegooid en er klimt net een vent naar binnen
nl	danger	break_in	in de fietsenstalling slaan ze de kooi open, het knalt door het hele blok
nl	danger	break_in	hoor ze door de muur bij de buurman, die zit in de gevangenis dus er hoort niemand te zijn, kasten gaan open en dicht
nl	danger	self_harm	kzit op het dak van het blok en ik ga springen, niemand mist me toch
nl	danger	self_harm	buurjongen zit op de reling van de galerij 6 hoog met zn benen naar buiten
nl	danger	self_harm	buurvrouw zegt op de trap dat dit haar laatste nacht is, ze heeft afscheidsbriefjes geschreven
nl	danger	self_harm	door de muur hoor ik haar aan de telefoon zeggen dat ze er vannacht een eind aan maakt
nl	danger	self_harm	hij staat bovenaan de hellingbaan van de parkeergarage en zegt dat hij niet meer wil
nl	danger	self_harm	de pillen liggen klaar en vannacht stop ik ermee
nl	danger	self_harm	sorry allemaal ik wil gewoon niet meer wakker worden
nl	danger	self_harm	buurman snijdt zichzelf in de wasruimte, overal bloed
nl	danger	self_harm	meisje in de speeltuin zit met een scheermesje aan haar armen te krassen
nl	danger	self_harm	buurvrouw belt aan, ze heeft haar polsen opengesneden
nl	danger	self_harm	vanaf mn balkon zie ik iemand op het balkon boven met een touw bezig
nl	danger	self_harm	hij zegt dat hij voor de trein gaat en loopt nu richting het spoor
nl	danger	self_harm	ik ben er klaar mee, jullie hoeven morgen niet meer voor me te zorgen
nl	danger	self_harm	zit in de lift met een mes, ik wil dat het gewoon stopt
nl	danger	self_harm	mn spullen heb ik weggegeven, ik sta op de bovenste verdieping, het heeft geen zin meer
nl	danger	self_harm	buurman heeft een afscheidsbericht in de groepsapp gezet en doet niet open
nl	danger	self_harm	kan iemand komen ik heb mezelf weer gesneden en het stopt niet met bloeden
nl	danger	self_harm	ik hoor haar door de muur zeggen dat ze het niet meer trekt en dat ze nu de pillen neemt
nl	danger	self_harm	zeg tegen mn moeder dat het me spijt
nl	danger	self_harm	buurman staat op de vensterbank van zn open raam op de 8e
nl	danger	self_harm	tis beter als ik er niet meer ben, vanavond regel ik het
nl	danger	self_harm	ik wil dood, echt, geen grap
nl	danger	self_harm	ze bonkt met haar hoofd tegen de muur in het trappenhuis en stopt niet, ze bloedt al
nl	danger	self_harm	alles is geregeld, dit is mn laatste berichtje hier
nl	danger	self_harm	hij zit op de rand van het dak van de fietsenstalling en zegt kijk maar niet
nl	danger	self_harm	ik heb het touw al in de berging hangen
nl	danger	self_harm	meisje van 4 hoog zegt dat ze gaat springen als haar vriend niet terugkomt, ze klimt over het hek
nl	danger	self_harm	mn buurman heeft zn arm helemaal opengehaald met glas in de hal, hij zegt laat me
nl	danger	self_harm	niemand hoeft me nog te bellen, morgen ben ik er niet meer
nl	danger	self_harm	ik zit in de auto in de garage met de motor aan en ik doe de deur niet meer open
nl	danger	self_harm	sta op het balkon van de 9e en kijk naar beneden, het zou zo makkelijk zijn, ik doe het
nl	danger	self_harm	ik kan niet meer, ik ga het water in bij de vijver achter het blok
nl	danger	self_harm,overdose	buurvrouw zegt dat ze al haar pillen heeft ingenomen omdat ze dood wil
nl	calm	-	trappenhuis 3e verdieping, de lamp brandt niet, al 3 dagen donker
nl	calm	-	rookmelder in de gang piept elke minuut, batterij leeg denk ik, wie vervangt die
nl	calm	-	de brandblusser bij de lift is verlopen volgens het kaartje, kan iemand dat doorgeven
nl	calm	-	wasruimte: droger ruikt een beetje verbrand naar stof, heb m uitgezet, niks aan de hand maar moet ff nagekeken
nl	calm	-	lift staat weer stil op de 4e, niemand in, gewoon kapot
nl	calm	-	fietsenstalling deur sluit niet meer, slot hangt los
nl	calm	-	parkeergarage -1 lampen flikkeren de hele nacht, is eng maar verder niks
nl	calm	-	haha ik lag dubbel in de gemeenschapsruimte, ik ging echt dood van het lachen bij die quiz
nl	calm	-	dat feestje gisteren in de tuin was echt fire
nl	calm	-	vorig jaar brandde er een container op de binnenplaats, toen kwam de brandweer heel snel, dat was wel fijn
nl	calm	-	wat moet ik doen als ik ooit gas ruik in het trappenhuis? wil het gewoon weten
nl	calm	-	wie moet ik bellen als er ooit iemand in de lift vast zit?
nl	calm	-	net op de trap uitgegleden met mn boodschappen, eieren kapot maar ik heb niks, haha
nl	calm	-	ben van de fiets gevallen bij de stalling maar alleen mn broek is gescheurd, gaat prima
nl	calm	-	mn kleine is van de glijbaan gegleden op zn billen, huilde ff maar speelt alweer
nl	calm	-	het ruikt naar wiet in het hele trappenhuis, elke avond weer
nl	calm	-	hele galerij stinkt naar vis, de buren bakken haring denk ik
nl	calm	-	in de kelder ruikt het muf en vochtig, schimmel op de muur bij de boxen
nl	calm	-	vuilniszakken staan weer naast de container en het stinkt verschrikkelijk
nl	calm	-	boven wordt al de hele ochtend geboord en gebonkt, verbouwen ze?
nl	calm	-	buren boven kijken een horrorfilm met het geluid keihard, steeds gegil, kan niet slapen
nl	calm	-	ik hoor door de muur iemand schreeuwen dood hem dood hem, maar het is een game, ze zitten te fortniten
nl	calm	-	buren hebben weer ruzie, veel geschreeuw over geld, maar verder rustig, kan iemand er eens mee praten
nl	calm	-	voel me een beetje down vandaag, kan mn begeleider me vanmiddag bellen
nl	calm	-	kzit niet zo lekker in mn vel sinds de verhuizing, niks ergs, wil gewoon ff praten met iemand
nl	calm	-	er slaapt iemand in het portiek, ik heb gevraagd of het goed ging en hij zei ja, kan iemand naar hem kijken morgen
nl	calm	-	buurman ligt te slapen op het bankje bij de speeltuin, snurkt lekker, zwaaide net naar me
nl	calm	-	geiser slaat niet aan, geen warm water, al sinds gisteren
nl	calm	-	gaskookplaat wil niet ontsteken, tikt alleen maar, gas ruik ik niet hoor
nl	calm	-	cv ketel in de gemeenschapsruimte geeft storing, het is daar ijskoud
nl	calm	-	de bbq op de binnenplaats rookt behoorlijk maar het is gewoon van de worstjes, gezellig komen jullie ook
nl	calm	-	toast aangebrand, melder ging af, raam open, alles weer stil en oké
nl	calm	-	sorry voor het piepen vanochtend op de 2e, mn rookmelder ging af door het douchen, is al uit
nl	calm	-	die nieuwe begeleider is echt een killer, supergoed gesprek gehad
nl	calm	-	ik vermoord je als je weer mn wasmand pakt haha grapje, staat ie nog in de wasruimte?
nl	calm	-	mijn telefoon is dood, kan iemand het nummer van de wijkagent sturen naar mn mail
nl	calm	-	de kerstverlichting in de hal brandt niet meer
nl	calm	-	wanneer is de eerstehulp cursus, wil graag leren wat je doet als iemand niet reageert
nl	calm	-	de brandtrap achter het blok staat vol fietsen, mag dat eigenlijk
nl	calm	-	afgelopen zomer was er een inbraak in de berging, is er nu een beter slot?
nl	calm	-	glas gebroken in de wasruimte, iemand heeft een fles laten vallen, ik heb het opgeveegd
nl	calm	-	klap op de galerij, bleek een bloempot die van de reling was gewaaid, niemand geraakt
nl	calm	-	harde knal in de parkeergarage maar het was een band die klapte van een busje
nl	calm	-	vuurwerk op de binnenplaats om 2 uur snachts, weer die jongens, kan dat gemeld worden
nl	calm	-	het intercomsysteem van portiek b doet het niet, mn bezoek kan er niet in
nl	calm	-	lekkage in het plafond van de lift, druppelt op je hoofd
nl	calm	-	voordeur van het blok blijft open staan, klemt, iedereen kan zo naar binnen
nl	calm	-	wie heeft de sleutel van de gemeenschapsruimte, ik wil de koffieochtend klaarzetten
nl	calm	-	kan ik me aanmelden voor de filmavond vrijdag, met mn zus erbij
nl	calm	-	ff chillen in de tuin wie komt er, zon is heerlijk
nl	calm	-	ik kan niet meer van het lachen, de buurkat zit weer in de lift
nl	calm	-	mn benen zijn dood na die wandeling van vanmiddag maar was super
nl	calm	-	pfff deze trap is echt moord met die boodschappen, lift weer stuk
nl	calm	-	ik sterf van de hitte in het trappenhuis, kunnen die ramen open
nl	calm	-	mijn plantjes op het balkon zijn allemaal dood gegaan door de vorst haha
nl	calm	-	film vanavond in de gemeenschapsruimte gaat over een brand in een flat, is wel heftig, leuk om na te praten
nl	calm	-	boven horen we elke nacht gebonk, ik denk dat ze de wasmachine laat centrifugeren om 1 uur
nl	calm	-	gegil op de speeltuin maar het zijn gewoon kinderen die tikkertje spelen
nl	calm	-	hond van de buren blaft de hele dag als ze weg zijn, arm beest
nl	calm	-	buurvrouw huilt vaak door de muur, ik maak me zorgen, zou de begeleiding eens langs kunnen
nl	calm	-	ik heb de buurman al een week niet gezien en zn post stapelt zich op
nl	calm	-	iemand heeft overgegeven in de lift, ranzig, kan de schoonmaak komen
nl	calm	-	spuit gevonden in de zandbak van de speeltuin, heb m niet aangeraakt, wie ruimt dat op
nl	calm	-	in de fietsenstalling liggen weer lachgaspatronen overal
nl	calm	-	weer zilverpapiertjes en aanstekers onder de trap, niemand erbij, kunnen we er iets aan doen
nl	calm	-	vorige maand is er iemand van de trap gevallen hier, hebben we nu een leuning aan beide kanten?
nl	calm	-	er hangt een raar lucht in de hal, een soort wierook of kaarsjes, niet erg hoor, gewoon benieuwd
nl	calm	-	ruikt naar verf in het trappenhuis, ze zijn de deuren aan het schilderen
nl	calm	-	kelder ruikt naar riool, denk een afvoer verstopt
nl	calm	-	het stinkt naar chloor in de wasruimte, iemand heeft te veel bleek gebruikt
nl	calm	-	stomende putdeksel op de binnenplaats, is dat normaal, het is gewoon waterdamp denk ik
nl	calm	-	mn buurman rookt op de galerij en alles komt bij mij naar binnen, hoe los ik dat op
nl	calm	-	buren boven hebben een feestje, muziek tot 4 uur, voor de derde keer deze maand
nl	calm	-	de scootmobiel van meneer van 1 staat in de brandgang, kan hij die ergens anders kwijt
nl	calm	-	hoe werkt die blusdeken in de keuken van de gemeenschapsruimte eigenlijk, wil het voor de zekerheid weten
nl	calm	-	als er ooit brand is, waar verzamelen we dan? staat dat ergens
nl	calm	-	wat als ik iemand in de stalling vind die niet wakker wordt, wie bel ik dan eerst
nl	calm	-	deze week oefening met het brandalarm, dus niet schrikken als ie om 10 uur afgaat
nl	calm	-	ontruimingsoefening was top, iedereen binnen 4 minuten buiten
nl	calm	-	brandalarm in de gang gaat al de hele ochtend zonder reden af, er is echt niks aan de hand, storing denk ik
nl	calm	-	melder in de wasruimte gaat steeds af door de stoom van de droger, kan die verplaatst worden
nl	calm	-	de gaskraan in de gemeenschapsruimte zit zo stroef, krijg m niet open voor de thee
nl	calm	-	mn oven doet het niet meer, is gas, kan de corporatie iemand sturen
nl	calm	-	onderhoudsmonteur van de cv komt morgen, kan iemand de kelder opendoen
nl	calm	-	schrok me rot, iemand stond in het donker in de fietsenstalling, bleek de conciërge
nl	calm	-	er stond een vreemde man bij de brievenbussen, maar hij bleek de nieuwe bezorger
nl	calm	-	iemand heeft gisteravond mn fiets gejat uit de stalling, slot doorgeknipt, is al aangifte gedaan
nl	calm	-	er is vorige week ingebroken in de berging van nr 9, spullen weg, is het slot al vervangen
nl	calm	-	mn ex scheldt me uit via de app, vervelend maar hij woont in een andere stad, wil er gewoon iets mee
nl	calm	-	buurjongen zei dat ie me zou slopen met fifa vanavond haha
nl	calm	-	ik schiet je dood met mn waterpistool zei mn zoontje tegen de buurjongen, gezellige middag gehad in de tuin
nl	calm	-	die jongens op de binnenplaats spelen weer dat ze elkaar neerschieten met stokken, kunnen ze ergens anders spelen
nl	calm	-	tweede keer deze week dat iemand tegen mn deur schopt en wegrent, kinderen denk ik
nl	calm	-	verschrikkelijk moe, ik ben echt kapot na de nachtdienst, iemand een idee waarom de lift weer stil staat
nl	calm	-	ik ben helemaal kapot van die verhuizing, maar het is gelukt, bedankt voor het helpen
nl	calm	-	ik heb geen zin meer in die wasmachine die steeds mn sokken opeet
nl	calm	-	ik wil dood van schaamte, ik heb per ongeluk de hele wasruimte blauw gemaakt met een nieuwe spijkerbroek
nl	calm	-	ik ben er klaar mee met die kapotte lift, wanneer komt de monteur nou
nl	calm	-	gisteren een zware dag gehad maar vandaag gaat het beter, fijn dat de begeleider belde
nl	calm	-	soms voel ik me alleen hier, is er iets van een maatje of zo
nl	calm	-	kan iemand mij helpen met die brief van de gemeente, snap er niks van
nl	calm	-	ik lig al twee dagen ziek op de bank met griep, niemand hoeft te komen hoor, wou het laten weten voor de koffieochtend
nl	calm	-	heb mn knie gestoten tegen de fietsenrekken, blauwe plek, niks bijzonders
nl	calm	-	buurvrouw struikelde over de drempel maar ik ving haar op, alles goed
nl	calm	-	de drempel bij de ingang van de lift steekt uit, bijna gevallen, kan dat gerepareerd worden
nl	calm	-	de trap in het trappenhuis is spekglad na het dweilen, iemand gaat nog vallen
nl	calm	-	galerij 2e, er ligt een dode duif voor de deur van nr 10, wie haalt die weg
nl	calm	-	dode muis in de wasruimte, gadver
nl	calm	-	binnenplaats: iemand heeft zn matras bij de container gezet, staat er al een week
nl	calm	-	parkeergarage, er staat al weken een auto zonder kenteken op de invalidenplek
nl	calm	-	fietsenstalling puilt uit met weesfietsen, kunnen die gelabeld worden
nl	calm	-	speeltuin, de schommel is kapot, ketting gebroken, kinderen niet op laten
nl	calm	-	gemeenschapsruimte is vies achtergelaten na de verjaardag gisteren
nl	calm	-	buurman zegt steeds dat hij de politie belt als mijn kinderen buiten spelen, is dat intimidatie
nl	calm	-	buurvrouw van 7 schreeuwt altijd naar de kinderen op de galerij, wordt er niet blij van
nl	calm	-	ff snel: lift stinkt naar pies, alweer
nl	calm	-	trappenhuis 2e, iemand heeft met stift op de muur geschreven
nl	calm	-	kan de woonvereniging een wasrooster maken, altijd gedoe om de machines
nl	calm	-	wie heeft er vanavond zin om te tafeltennissen in de gemeenschapsruimte
nl	calm	-	ik wil een visochtend organiseren zondag, wie gaat er mee naar de vijver
nl	calm	-	zet mij maar op de lijst voor de zwerfafvalwandeling
nl	calm	-	kan niet komen naar de koffieochtend, moet naar de tandarts
nl	calm	-	wat is er deze week te doen in de gemeenschapsruimte
nl	calm	-	wat is het nummer van de begeleiding snachts
nl	calm	-	bedankt voor de hulp gisteren met de kast, top buren
nl	calm	-	goeiemorgen allemaal, wat een mooie zonsopgang vanaf de galerij
nl	calm	-	ik ruik iets raars in de hal, ah nee het is de kaas van de buurman die zn boodschappen heeft laten staan haha
nl	calm	-	ruikt naar brand buiten maar het is de open haard van de huizen aan de overkant, elke winter
nl	calm	-	rook bij de speeltuin, was de rookmachine van het kinderfeestje, geen paniek
nl	calm	-	er komt stoom uit het rooster van de wasruimte, is gewoon de afvoer van de droger
nl	calm	-	buurman is op het balkon aan het roken, de rook komt bij mij binnen, mag dat
nl	calm	-	het ruikt naar gebakken uien in het hele trappenhuis, krijg er honger van
nl	calm	-	ruikt naar benzine in de parkeergarage, iemand was zn scooter aan het tanken met een jerrycan, is al weg
nl	calm	-	zwavellucht bij de vijver, dat zijn de eieren die iemand heeft weggegooid denk ik, smerig
nl	calm	-	brandlucht van gisteravond hangt nog in de gang, was van die kaarsen bij nr 4, allemaal opgelost
nl	calm	-	de gasmeter in de meterkast op de galerij staat open, deurtje is kapot
nl	calm	-	monteur van de gas komt dinsdag de meters vervangen, er gaat dan 2 uur geen gas, is het wel bekend?
nl	calm	-	buurvrouw vraagt of iemand weet hoe je het waakvlammetje van haar oude geiser aansteekt
nl	calm	-	de afzuigkap in de keuken van de gemeenschapsruimte maakt een raar geluid
nl	calm	-	wat doe ik eigenlijk als mijn rookmelder afgaat en ik ben niet thuis, hoort iemand dat
nl	calm	-	hoe weet ik of mn rookmelder nog werkt, er zit een knopje op
nl	calm	-	is er een aed in het gebouw en waar hangt ie
nl	calm	-	waar hangt de brandslang, staat niet op de plattegrond
nl	calm	-	voor de nieuwsbrief: brandweer komt 12 maart uitleg geven over brandveiligheid
nl	calm	-	bij de ehbo cursus hebben we geleerd wat je moet doen als iemand niet ademt, superleerzaam, aanrader
nl	calm	-	mn oma is gisteren gevallen thuis in een andere stad, ligt in het ziekenhuis maar gaat goed, wou het ff delen
nl	calm	-	vorige winter gleed ik uit op de ijzel bij de ingang, kan er dit jaar eerder gestrooid worden
nl	calm	-	zoontje viel met de step op de binnenplaats, pleister erop, alweer aan het racen
nl	calm	-	ik viel bijna uit bed van schrik door het vuurwerk haha
nl	calm	-	ben gestruikeld in de wasruimte over een wasmand, alleen mn trots is gekrenkt
nl	calm	-	mn been slaapt van het lange zitten bij de bingo, verder topavond
nl	calm	-	ik lag languit op de galerij te zonnen, iemand dacht dat ik flauwgevallen was haha
nl	calm	-	meneer van 5 zit elke ochtend op de trap te dutten in de zon, zwaait altijd als ik langs loop
nl	calm	-	er ligt een dronken jongen te slapen in de hal, hij praat wel terug en zegt dat zn maat hem komt halen
nl	calm	-	iemand ligt in de speeltuin te slapen in een slaapzak, is al een paar nachten, wie kan er eens mee praten
nl	calm	-	ik slaap slecht door het gebonk van de buurman, hij sport om middernacht
nl	calm	-	klappen door de muur elke avond om 11, hij is aan het boksen op zn bokszak
nl	calm	-	gegil bij de buren maar ze zijn gewoon aan het lachen met vrienden, klinkt alleen hard door de muur
nl	calm	-	de buren hadden een flinke ruzie gisteravond, deuren dicht gesmeten, nu is het weer stil en rustig
nl	calm	-	buurman en buurvrouw schreeuwen tegen elkaar over de afwas, niemand raakt elkaar, is meer irritant
nl	calm	-	glas gerinkel bij de glasbak om 7 uur smorgens, kan dat niet na 9 uur
nl	calm	-	een bonk op het plafond en daarna hoorde ik de buurman vloeken, hij had zn kast laten vallen, hij riep dat het goed ging
nl	calm	-	heel lang stil boven, ben ff gaan kijken, ze was gewoon op vakantie, kan me nog steeds zorgen maken om niks
nl	calm	-	jongens in de parkeergarage zijn aan het rappen over messen en schieten, is muziek, maar wel hard
nl	calm	-	die serie over die brandweer in chicago is echt goed, wie kijkt er mee in de gemeenschapsruimte
nl	calm	-	de kinderen spelen politie en boef in het trappenhuis en roepen handen omhoog, haha
nl	calm	-	was aan het gamen en schreeuwde iets van ik ben dood, sorry als dat hard was buren
nl	calm	-	buurjongen zei vanochtend ik maak je af bij het pingpong vanavond, laat hem maar komen
nl	calm	-	ik schrok me dood toen de lift ineens stopte, maar hij ging gelukkig weer verder
nl	calm	-	doodmoe, ga slapen, trusten allemaal
nl	calm	-	de wasmachine in de kelder is dood, doet niks meer
nl	calm	-	dat nieuwe bankje bij de speeltuin is echt fire, heerlijk zitten
nl	calm	-	mijn hart stond stil toen ik de huur zag, maar goed, ik wil ff met iemand over mn schulden praten
nl	calm	-	ik voel me de laatste tijd vaak somber, wil graag een gesprek met mijn begeleider
nl	calm	-	soms denk ik wat doe ik hier nog in deze buurt, maar ik ga gewoon verhuizen volgend jaar
nl	calm	-	ik mis mn moeder vandaag, is haar sterfdag, wou het gewoon ff kwijt
nl	calm	-	vroeger wilde ik niet meer leven, nu gaat het goed, ik zou graag ervaringsdeskundige worden hier
nl	calm	-	slecht geslapen en piekeren over geld, kan iemand van de begeleiding morgen langskomen
nl	calm	-	ik heb mn pillen vanochtend vergeten, mag ik ze vanavond nog nemen of beter niet
nl	calm	-	welke apotheek is er snachts open, ik heb paracetamol nodig voor de koorts van mn kind
nl	calm	-	hoeveel paracetamol mag je eigenlijk per dag, heb zo'n hoofdpijn
nl	calm	-	mn medicatie is op en de huisarts is dicht, wie kan me helpen aan een recept
nl	calm	-	iemand heeft lege medicijnstrips in de container bij de wasruimte gegooid, hoort dat bij de apotheek?
nl	calm	-	snel ff, iemand heeft zn sleutels in de lift laten liggen, liggen nu bij mij op nr 12
nl	calm	-	portiek a 4e, de deurbel van nr 18 zoemt constant, kortsluiting denk ik
nl	calm	-	het alarm van een auto in de garage gaat al een half uur, weet iemand wiens auto dat is
nl	calm	-	inbraakalarm van de gemeenschapsruimte ging af maar het was de schoonmaker die de code vergat
nl	calm	-	ik hoorde iemand aan mn deur, bleek de buurvrouw die zich vergist had van verdieping
nl	calm	-	iemand probeerde mn fietsslot open te krijgen, was mn eigen zoon die de sleutel kwijt was
nl	calm	-	de voordeur van nr 6 staat al de hele dag open, maar ik zie hem binnen gewoon stofzuigen
nl	calm	-	de buurman zit buitengesloten op de galerij, slotenmaker is onderweg, hebben we een reservesleutel?
nl	calm	-	wat doe je als je een inbreker betrapt, vraag voor de buurtapp nieuwsbrief
nl	calm	-	vorig jaar is er bij mij ingebroken, sindsdien slaap ik slecht, is er hulp voor
nl	calm	-	ik heb mn eigen deur moeten openbreken met een pasje haha, sleutel binnen laten liggen
nl	calm	-	de balkondeur sluit niet goed meer, wil het voor de zekerheid laten maken
nl	calm	-	de hangsloten van de kelderboxen roesten, kan de woonvereniging nieuwe bestellen
nl	calm	-	kan de camera in de fietsenstalling weer aan, sinds de verbouwing is ie uit
nl	calm	-	6u galerij: er zit een vos bij de containers haha, prachtig beest
nl	calm	-	een egel in de fietsenstalling, heb m in de tuin gezet
nl	calm	-	meeuwen krijsen de hele nacht op het dak, klinkt echt als een kind dat huilt
nl	calm	-	katten vechten op de binnenplaats, wat een gekrijs om 3 uur
nl	calm	-	iets gilde in het park achter de flat, bleek een vos, klinkt echt als een mens
nl	calm	-	de buurvrouw zegt dat ze het niet meer trekt met die herrie van de steigers, wanneer zijn ze klaar
nl	calm	-	ik kan niet meer met die buurman die steeds zn afval op de galerij laat staan
nl	calm	-	die rapper op de radio zei ik ga je killen, mn zoon vroeg wat dat betekent, lol
nl	calm	-	oefening van de brandweer in de parkeergarage vandaag, dus rook en sirenes maar het is oefening
nl	calm	-	rook uit de schoorsteen van de stookruimte, is dat normaal in de winter? het is witte damp denk ik
nl	calm	-	de nieuwe bewoner op 3 heeft een rookmachine voor zn feestje, het hele trappenhuis was mistig maar geen brand
nl	calm	-	kaarsen in de gemeenschapsruimte tijdens de herdenking, mogen die eigenlijk
nl	calm	-	het spuitje van de diabetes van meneer lag in de gemeenschapsruimte, heb het in de la gelegd
nl	calm	-	meneer van de bingo kreeg een suikerdip maar heeft een mars gegeten en is alweer oké
nl	calm	-	buurvrouw werd even duizelig bij de brievenbussen, heeft water gedronken, gaat goed en ze is naar boven
nl	calm	-	ik viel even flauw van de hitte in de tuin, voel me nu prima, ga binnen zitten
nl	calm	-	wat een klap was dat, ah het was de vuilniswagen die een container liet vallen
nl	calm	-	bij de buren ging het brandalarm af, ik heb aangeklopt, ze waren pannenkoeken aan het bakken, alles goed
nl	calm	-	zag rook uit het raam van de overburen maar het bleek stoom van de kookpan, ze zwaaiden naar me
nl	calm	-	parkeergarage ruikt naar uitlaatgassen, iemand liet zn motor een kwartier draaien, is nu weg
nl	calm	-	ochtend 7u, op de galerij staat een tas met kleren, van wie is die
nl	calm	-	binnenplaats: bankje is omgegooid vannacht, niemand gewond, wel kapot
nl	calm	-	mn buurman riep vanaf zn balkon dat hij me gaat vermoorden als ik weer wint met klaverjassen, hahaha
nl	calm	-	ik hoorde een gil in het trappenhuis, het was de buurvrouw die een spin zag
nl	calm	-	iemand liep om 5 uur te zingen en te brullen op de galerij, was gewoon vrolijk dronken, liep zo naar binnen
nl	calm	-	zat vanochtend vast in de lift, na 10 min ging ie weer, wil het wel melden
nl	calm	-	kinderen bellen aan bij iedereen en rennen weg, de hele avond
nl	calm	-	fietsenstalling, iemand heeft een band van mn fiets lek gestoken, flauw
nl	calm	-	ik hoor al dagen een piepje in de meterkast, geen idee wat het is
nl	calm	-	vanaf mn balkon zie ik rook bij de volkstuinen maar ze zijn gewoon blad aan het verbranden, mag dat eigenlijk
nl	calm	-	wasruimte: iemand heeft z'n wasgoed 2 dagen in de machine laten liggen, stinkt
nl	calm	-	hoe maak ik een afspraak met de wijkagent over die jongens bij de ingang, niet dringend
nl	calm	-	was zo bang gisteravond door die herrie in de gang, bleek een verhuizing, kan dat niet overdag
en	danger	unresponsive	bottom of the fire stairs, bloke curled up, cold hands, no reaction when i rub his chest
en	danger	unresponsive	she's on the laundry room floor with the washing still in her arms and won't come round
en	danger	unresponsive	courtyard by the benches, man's gone grey and floppy, i'm shaking him and nothing
en	danger	unresponsive	garage level 2, lady slumped over her steering wheel, door open, no answer
en	danger	unresponsive	my neighbour opened the door and just dropped, now he's on the mat and not answering
en	danger	unresponsive	help playground now, teen lying by the swings, eyes shut, won't respond to anything
en	danger	unresponsive	can see him through his kitchen window lying on the floor, been banging on the glass, he doesn't move
en	danger	unresponsive	thump on my ceiling ages ago and not a sound since, she's not answering phone or door and her radio's stopped
en	danger	unresponsive	gallery 3, man sitting against the wall, chin on chest, i can't see him breathing
en	danger	unresponsive	community room, the lady from knitting club slid off her chair and isn't responding
en	danger	unresponsive	woke up early and there's a guy in the lift who won't wake up, just riding up and down
en	danger	unresponsive	bike shed, someone lying between the racks, making a snoring gurgle, can't rouse him
en	danger	unresponsive	he went down on the stairs mid sentence and now his eyes are open but he's not there
en	danger	unresponsive	his face is purple and he's not breathing i think, 1st floor by the mailboxes
en	danger	unresponsive	old man in the doorway of 17, one slipper off, not moving, no answer
en	danger	unresponsive	my housemate won't wake up, i've been shaking him for ages, he's really pale
en	danger	unresponsive	girl collapsed in the lobby and isnt
en	danger	fall	ground floor steps, granny tripped and smashed her face, bleeding loads and can't get up
en	danger	fall	my neighbour went over on the wet gallery and says he heard his ankle crack
en	danger	fall	he missed the last rung on the shed ladder and his arm is bent in the middle
en	danger	fall	can hear someone crying help i've fallen from the flat below, been going a while
en	danger	fall	boy fell off the wall by the playground, blood pouring from his chin and he can't stand on his foot
en	danger	fall	lady tumbled down the garage ramp with her trolley, gash on her head, stuck on the ground
en	danger	fall	fell over in the bathroom, can't get up, hip really hurts, door's on the latch
en	danger	fall	through my window i can see the man from 3 on the path where he slipped, he's trying to crawl
en	danger	fall	caretaker fell from the stepladder in the stairwell, landed on his shoulder, he's white and shaking
en	danger	fall	woman went down hard on the icy courtyard, can't move her wrist, teeth are bleeding
en	danger	fall	my dad's fallen in the lift, his knee's gone and there's blood on the floor
en	danger	fall	stumbled on the broken step by the bins and i think my leg's broken, i'm stuck here
en	danger	fall	someone fell down a whole flight in block d, i can hear groaning and she says her back
en	danger	fall	old fella came off his mobility scooter at the kerb, cut head and he can't get back up
en	danger	fall	kid fell from the top of the climbing net onto the concrete edge, screaming about his arm
en	danger	fall	neighbour slipped in the shower, through the wall i hear her shouting she can't get out
en	danger	fall	fell off the balcony chair reaching for the washing, i'm on the floor and my arm looks wrong
en	danger	overdose	lad in the bike shed went blue after a hit, he's snoring weird
en	danger	overdose	she says she's taken all her quetiapine and washed it down with gin, she's sitting on the stairs swaying
en	danger	overdose	guy in the garage stairwell after smoking something, he's twitching and his eyes are rolled up
en	danger	overdose	my neighbour took loads of his heart pills by mistake, now he's confused and his pulse is weird
en	danger	overdose	empty blister packs all over her kitchen table, she's on the sofa mumbling, i can see through the window
en	danger	overdose	the girl in the community room toilet has been in there ages, i can hear her being sick and there's a needle cap on the floor
en	danger	overdose	he had a bag of pills at the party on the gallery and now he's burning hot and jerking
en	danger	overdose	man on the courtyard bench with a spoon and lighter, breathing slows down and stops and starts
en	danger	overdose	friend of 19 took way too much ketamine, he's lying in the lift not making sense and can't move his legs
en	danger	overdose	teen on the playground drank a whole bottle of cough syrup and some pills, she's out of it
en	danger	overdose	my brother just told me he swallowed everything in the medicine cabinet, he's in the hall and getting sleepy
en	danger	overdose	lips blue, pinhole pupils, needle next to him, basement corridor
en	danger	overdose	she took a load of tramadol and is now having some sort of fit by the washing machines
en	danger	overdose	he's been chewing his methadone and drinking, won't stay awake on the landing
en	danger	overdose	too many pills she says and her speech is going
en	danger	overdose	guy behind the bins keeps nodding out between hits, he's grey and i can barely see him breathing
en	danger	overdose	can see through next door's window, he's sprawled with a tourniquet still on his arm
en	danger	fire	thick smoke pouring down the stairwell from somewhere above the 6th
en	danger	fire	dryer in the laundry room is on fire, flames out the door
en	danger	fire	orange flicker in the bike shed and i can smell burning rubber
en	danger	fire	can see flames through the basement window by the bins
en	danger	fire	the detector next door has been screaming for ages and there's smoke creeping out round her door frame
en	danger	fire	someone's sofa on the gallery is alight and it's right under the windows
en	danger	fire	the kitchen in the community room is full of smoke and the microwave is burning
en	danger	fire	car on fire in the garage, tyres popping
en	danger	fire	fire in the rubbish chute, smoke coming out on every floor
en	danger	fire	i can hear crackling behind my wall and the plug is smoking
en	danger	fire	flames on the balcony two floors down from me, someone's washing caught
en	danger	fire	alarm going on the 3rd, smells like an electrical fire, hallway hazy
en	danger	fire	fire fire fire block b stairs
en	danger	fire	the lift shaft is smoking and the buttons are melting
en	danger	fire	woke up coughing, smoke in my flat coming in under the front door
en	danger	fire	can't get out the front way, the stairwell is black with smoke
en	danger	fire,unresponsive	smoke pouring out of 20 and there's someone lying in the hall not moving
en	danger	gas	stairwell b stinks of gas, worst near the 4th floor meter cupboards
en	danger	gas	massive gas smell on the landing and i can hear a hiss behind number 9's door
en	danger	gas	my eyes are watering from the gas smell in the basement
en	danger	gas	neighbour's cooker ring is on but not lit, he's asleep, i can smell it through the letterbox
en	danger	gas	the whole lift stinks of gas this morning, worse on the 3rd
en	danger	gas	smell of gas in the bike shed right next to the boiler room vent
en	danger	gas	courtyard digging, they've hit a gas main, it's roaring and the smell is everywhere
en	danger	gas	gas smell coming up through my floor from the flat below, they're away
en	danger	gas	reek of gas in the community kitchen, someone left a knob turned and the flame's out
en	danger	gas	strong rotten egg smell in the garage by the meter room, getting worse
en	danger	gas	the gas smell in the hallway is making me dizzy
en	danger	gas	gas leaking from the bbq bottle on the balcony next door, hissing
en	danger	gas	smell gas in the stairwell and a guy is about to light up
en	danger	gas	came in from night shift, whole gallery smells of gas, nobody's up
en	danger	gas	my kitchen smells of gas suddenly and i haven't touched the cooker
en	danger	gas	gas smell gallery 2
en	danger	gas	strong smell of gas outside 14, her cat is yowling inside and she won't answer
en	danger	violence	two lads laying into each other by the bike racks, one's bleeding from the head
en	danger	violence	he's punching her in the lift, i can see through the glass
en	danger	violence	screaming and crashing next door, sounds like he's throwing her into the furniture
en	danger	violence	man stabbed in the stairwell, the other guy still has the knife
en	danger	violence	bunch of kids stamping on someone's head in the courtyard
en	danger	violence	guy in a balaclava with a machete chasing someone through the garage
en	danger	violence	brawl in the community room, chairs flying, one man on the floor
en	danger	violence	upstairs someone keeps getting hit, i can hear the smacks and her begging
en	danger	violence	woman getting her head banged against the mailboxes right now
en	danger	violence	he's got a broken bottle at the entrance and he's slashing at a guy
en	danger	violence	mum on the playground is shaking her toddler really violently
en	danger	violence	somebody's choking his girlfriend on the gallery, i can see it from my balcony
en	danger	violence	they're fighting in the laundry room and someone got hit with an iron
en	danger	violence	guy just got hit with a bike lock in the shed
en	danger	violence	a man is beating his dog and now his kid on the balcony across from me
en	danger	violence	sounds of a fight and then someone screaming i'm bleeding, flat below me
en	danger	threat	guy at the mailboxes just told me he'll slit my throat if i report him
en	danger	threat	my neighbour is on the gallery yelling he'll put a bullet in me tonight
en	danger	threat	he's saying through the door he'll set fire to my flat with me in it
en	danger	threat	man in the car park shouting he'll kill the next person who touches his car, he's got a wrench
en	danger	threat	she just heard him say through the wall he's going to strangle her when she sleeps
en	danger	threat	someone's waiting by the lift saying he'll stab the caretaker when he shows up
en	danger	threat	he pushed a note through my door saying you're dead tonight, now he's outside
en	danger	threat	my dealer says if i don't pay by morning he'll break my legs and he's in the stairwell now
en	danger	threat	the man from 11 is shouting at the kids in the playground that he'll smash their heads in
en	danger	threat	ex boyfriend downstairs saying he'll kill me and my mum, he's trying the door
en	danger	threat	he told the volunteer in the community room he'll come back with a knife and do her
en	danger	threat	bloke keeps saying through the wall i'm going to finish you, getting louder
en	danger	threat	guy in the bike shed says he'll cut anyone who comes near, waving a blade around
en	danger	threat	he keeps texting that he knows which flat i'm in and he's coming to kill me, i heard the lift
en	danger	threat	my neighbour said he'll throw me off the gallery if i complain again, he's standing there
en	danger	threat	man in the lobby threatening to shoot up the building, says he's got a gun in his bag
en	danger	break_in	someone's crowbarring the door of 12 right now, she's at work
en	danger	break_in	bike shed cage being cut open with a grinder, sparks everywhere
en	danger	break_in	i can hear someone walking around inside next door, they moved out last week
en	danger	break_in	guy climbing up the drainpipe to the 1st floor balcony and pulling at the window
en	danger	break_in	two men smashing the glass of the community room door and going in
en	danger	break_in	someone's in my kitchen, i'm hiding in the bedroom, i didn't let anyone in
en	danger	break_in	in the garage someone's going car to car trying doors and just got into one
en	danger	break_in	basement storage locks snapped, and there's a light and voices in unit 8
en	danger	break_in	someone is kicking my front door trying to get in right now
en	danger	break_in	from my window i see a man with a torch inside the caretaker's office
en	danger	break_in	letterbox of 5 is rattling and someone's using a tool on the lock, she's away
en	danger	break_in	they're emptying the washing machines' coin boxes with a screwdriver in the laundry room
en	danger	break_in	man on next door's balcony taking the sliding door off its rails
en	danger	break_in	someone is in the flat above me and the tenant is in hospital
en	danger	break_in	guys carrying a tv out of number 2, the door frame is splintered
en	danger	break_in	hooded guy jimmying the gallery windows one by one
en	danger	self_harm	i'm on the top floor gallery and i'm climbing over, sorry
en	danger	self_harm	neighbour is sitting on the garage roof edge saying nobody would notice if he went
en	danger	self_harm	she texted me goodbye and her door's locked, i can hear her crying inside
en	danger	self_harm	i can't do this anymore, the pills are in front of me
en	danger	self_harm	he's cutting his arms with glass in the stairwell and won't let me near
en	danger	self_harm	girl on the bridge by the block says she's going to jump, i'm standing next to her
en	danger	self_harm	through the wall i heard him say this is the last time you'll hear from me, then a chair scraping
en	danger	self_harm	there's no point anymore, i'm going to the tracks now
en	danger	self_harm	my neighbour just said she's going to end it tonight and walked off towards the canal
en	danger	self_harm	everything's sorted for after i'm gone, please look after my cat
en	danger	self_harm	i cut too deep and i can't stop it
en	danger	self_harm	man on the 10th floor balcony with one leg over the railing
en	danger	self_harm,overdose	i just want to sleep and not wake up, i've taken some already and i'm taking the rest
en	danger	self_harm	lad in the lift with a rope asking me how high the roof is
en	danger	self_harm	won't be here tomorrow, don't come looking
en	danger	self_harm	i'm standing in the stairwell window on the 8th and it's open
en	calm	-	block c stairs, the motion sensor light cuts out halfway up, nearly missed a step
en	calm	-	the detector outside 31 has a red light blinking every few seconds, is that normal or does it need a new battery
en	calm	-	someone let off the extinguisher in the garage as a prank, white powder everywhere, nobody hurt but who cleans it
en	calm	-	lift making a grinding noise between 2 and 3, still moving but sounds awful
en	calm	-	quick one, shed gate is jammed open again
en	calm	-	i'm starving, is there any soup left from the walking dinner
en	calm	-	you lot are killing me with these memes in the group chat
en	calm	-	that new table tennis table is sick
en	calm	-	remember the blaze in the flats on linden road two years ago? my nan still talks about it
en	calm	-	random question, if my smoke alarm goes off at night, do i ring 112 straight away or check first
en	calm	-	is the gas in our block even still on, or is it all electric now
en	calm	-	tripped over the hose in the courtyard, landed on the grass, all fine, just wet
en	calm	-	missed the bottom step in the dark, twisted nothing, just swore a lot
en	calm	-	my son face planted on the trampoline, laughing his head off
en	calm	-	someone's cooking curry on the 4th and the whole lift smells amazing
en	calm	-	there's a sour smell coming from the rubbish chute
en	calm	-	garage stinks of diesel today, a lorry was parked with the engine running for ages, gone now
en	calm	-	smells of burnt sugar in the hallway, somebody's making caramel, yum
en	calm	-	someone's hoovering at 6am above me, every single day
en	calm	-	hearing muffled thumps next door, it's their kids jumping off the sofa, they do it every evening
en	calm	-	the couple downstairs had a shouting match in the car park, then drove off together, all calm now
en	calm	-	people arguing in the laundry room about who left wet clothes in the machine, bit heated, nothing more
en	calm	-	some days i just feel flat, not in danger or anything, would like to talk to someone next week
en	calm	-	been a bit teary since my dog died, just needed to say it somewhere
en	calm	-	a homeless guy is sheltering in the bike shed from the rain, he's chatty and fine, can support look in on him tomorrow
en	calm	-	old man from 2 asleep in his deckchair in the courtyard again, mouth open, snoring, bless him
en	calm	-	radiator in the lobby is stone cold
en	calm	-	boiler pressure keeps dropping, have to top it up every day
en	calm	-	the cooker in the community kitchen only lights on one ring
en	calm	-	the pilot light on my water heater keeps going out, no smell, just annoying
en	calm	-	smoke alarm went off because i fried bacon, silenced it, sorry to whoever heard
en	calm	-	neighbour's candle set off her alarm, she opened the window, she's fine, she laughed about it
en	calm	-	our caretaker is an absolute legend, fixed my door in 5 minutes
en	calm	-	this heat is killing me, can we get a fan in the community room
en	calm	-	i'd kill for a coffee right now, anyone awake
en	calm	-	that curry at the dinner nearly killed me, so spicy, loved it
en	calm	-	my laptop's dead and i can't print the form, can anyone help
en	calm	-	the exit sign above the stairwell door isn't lit
en	calm	-	anyone know if the defibrillator in the lobby is checked regularly
en	calm	-	first aid refresher on tuesday in the community room, 7pm, tea provided
en	calm	-	there was a stabbing in the film we watched last night, bit much for film night maybe?
en	calm	-	the lads watching boxing in the community room were screaming at the telly, loads of fun
en	calm	-	shout out to whoever helped the old lady up when she stumbled by the bins, she was fine and very grateful
en	calm	-	crash from upstairs, turned out he dropped his weights, he shouted sorry down the balcony
en	calm	-	sudden silence next door after weeks of music, bliss
en	calm	-	a bottle got smashed on the playground overnight, glass all over, mind the kids
en	calm	-	someone's car alarm keeps going off in the garage every time a lorry drives past
en	calm	-	the doorbell on the intercom panel is stuck, buzzing nonstop, driving everyone nuts
en	calm	-	the lock on my letterbox is broken, post keeps going missing
en	calm	-	back door to the courtyard doesn't close anymore, the closer is broken
en	calm	-	water coming through the ceiling of the laundry room after the rain
en	calm	-	can i book the community room for my daughter's birthday on saturday
en	calm	-	put me down for fishing on sunday, i've got my own rod
en	calm	-	can't make the coffee morning after all, sorry, doctor's appointment
en	calm	-	anything on this weekend for the kids?
en	calm	-	i want to start a board games evening, who's in
en	calm	-	thanks so much for the soup yesterday, made my week
en	calm	-	morning all, frost on the gallery, mind your step
en	calm	-	the cleaner left the stairwell floor soaking wet, someone's going to slip one day
en	calm	-	the ramp to the bike shed is like an ice rink this morning, can someone grit it
en	calm	-	can we get a railing on the steps down to the garage, they're steep
en	calm	-	guy from 14 keeps parking his scooter in the hallway, blocks the way
en	calm	-	neighbour on the 5th shakes her rugs off the balcony onto my washing
en	calm	-	who keeps leaving the laundry room lights on all night
en	calm	-	pigeons nesting on my balcony again, any tips
en	calm	-	a fox screaming in the courtyard at 3am sounds exactly like a woman, freaked me out for a sec
en	calm	-	owls hooting near the playground all night, lovely actually
en	calm	-	the cats downstairs had a proper scrap in the bike shed, fur everywhere, both ran off fine
en	calm	-	the kids on the 3rd had a nerf war on the gallery, screaming you're dead at each other, cute but loud
en	calm	-	rap music from a car in the car park with lyrics about guns, bass shakes my windows
en	calm	-	my brother said he'd murder me if i spoiled the match result lol
en	calm	-	she said she'd kill me if i was late for bingo again, so i'm running
en	calm	-	a guy in the lift gave me a dirty look and muttered something, made me uneasy, nothing happened though
en	calm	-	neighbour shouted at me for parking in his spot, rude but he went back inside
en	calm	-	got a nasty note under my door about my bike in the hall, a bit upsetting, can someone mediate
en	calm	-	there's a bloke who hangs around the garage entrance a lot, not doing anything, just makes me nervous
en	calm	-	i heard glass shatter outside at 5am, looked out, it was the recycling truck emptying the bottle bank
en	calm	-	big bang on the roof this morning, the workers dropped a scaffold pole, all fine
en	calm	-	loud thud in the stairwell, someone dropped a fridge while moving in, it's in one piece, so are they
en	calm	-	long silence from my chatty neighbour today, knocked, she's fine, had a migraine
en	calm	-	woman upstairs cried for a while last night, this morning she said she'd had a bad phone call, she's ok
en	calm	-	i've been in a bit of a dark mood but i've got an appointment with my gp on monday
en	calm	-	honestly some nights i can't sleep for worrying about money, can a support worker help with debts
en	calm	-	finally sleeping better since the noise stopped, thank you all
en	calm	-	i forgot if i took my evening tablets, i'll just skip it, right?
en	calm	-	my neighbour asked me to pick up her prescription, which pharmacy is open sunday
en	calm	-	where do you drop off old medicine, i have a bag full
en	calm	-	found a little bag of white powder by the bins, nobody around, who do i hand it to
en	calm	-	smell of cannabis in the garage stairwell, someone smokes there every night
en	calm	-	people doing nitrous in a car in the garage, leaving canisters, can security come by
en	calm	-	someone's been drinking on the playground benches, empty cans left everywhere
en	calm	-	a drunk guy sang in the stairwell till 2am, went home eventually
en	calm	-	burglar alarm of the shop across the street going off since 4am, nobody around, just noise
en	calm	-	someone tried my door handle, turned out to be the new neighbour on the wrong floor, we laughed
en	calm	-	police checked the garage yesterday about the car break ins, any news?
en	calm	-	can we get a camera over the bike shed after all the thefts this year
en	calm	-	6am in the garage and the ventilation fans are roaring like a jet, is that a fault
en	calm	-	the smoke vent on top of the stairwell is open and won't close, it's freezing
en	calm	-	heard hissing from the pipes in the basement, it's the water softener, caretaker says it's normal
en	calm	-	gas meter reading man is coming thursday, he needs access to all cupboards on the gallery
en	calm	-	what does a gas leak actually smell like? i've never smelled one and want to be sure
en	calm	-	is it safe to use a gas heater on the balcony, asking before i buy one
en	calm	-	our cooker hood light has been flickering, ordered a new bulb
en	calm	-	the smoke detector in the community room is hanging off the ceiling by its wires
en	calm	-	my flat smells like wet dog, that's just my wet dog
en	calm	-	bonfire smell drifting over from the allotments, they're burning leaves again
en	calm	-	someone's doing a barbecue on their balcony on the 6th, smoke drifting past my window, smells lovely
en	calm	-	the dryer filter in the laundry room is full of fluff, someone should clean it before it causes trouble
en	calm	-	our lift announces the wrong floors, it's hilarious
en	calm	-	fell asleep on the bus and ended up at the depot, what a night haha
en	calm	-	slipped on a banana peel in the lobby, like a cartoon, only my ego is bruised
en	calm	-	my toddler bumped her head on the table in the community room, little bump, she's eating biscuits now
en	calm	-	grandad took a tumble on the grass last week, he's fully recovered now
en	calm	-	a lady fell off her scooter outside yesterday, ambulance came, she's home now and doing ok
en	calm	-	we had a fire in our old building when i was a kid, still nervous about alarms
en	calm	-	my cousin overdosed years ago, that's why i want to do the naloxone training, is it on this year
en	calm	-	i used to self harm but i'm years clean now, happy to talk to anyone struggling
en	calm	-	in the past i didn't want to live anymore but i'm in a good place now, just grateful for this place
en	calm	-	mood's up and down this week, nothing dangerous, just want my support worker's number
en	calm	-	i get anxious at night in the flat alone, is there someone i can call who isn't 112
en	calm	-	don't feel like going to the coffee morning, too tired, maybe next time
en	calm	-	i'm fed up with everything today, rain, bills, broken lift, rant over
en	calm	-	my life is a mess this month but i'll survive, just need help with my rent letter
en	calm	-	kill me now, i have to do my tax return
en	calm	-	i'm so dead, forgot my mum's birthday
en	calm	-	this boiler will be the death of me
en	calm	-	that exam absolutely destroyed me
en	calm	-	the new series on netflix is about a serial killer in a block of flats, creepy, anyone watched it?
en	calm	-	watching a war film next door, explosions and gunfire all evening through my wall
en	calm	-	my neighbour plays shooters with his headset and screams at his team all night
en	calm	-	halloween party in the community room, fake blood everywhere, cleaners be warned
en	calm	-	kids wrote i will kill you in chalk on the playground, probably a game but not nice to read
en	calm	-	two teens squaring up in the courtyard, lots of talk, then they shook hands and left
en	calm	-	heated argument at the residents meeting about the parking, no one was rude really
en	calm	-	my neighbour and i fell out over the hedge, could someone help us talk it through
en	calm	-	the guy next door bangs on the wall when my baby cries, it's intimidating but he's never said anything
en	calm	-	a man in a hoodie was checking bikes in the shed, turned out he was looking for his own
en	calm	-	the back door to the garage was wedged open with a brick all night, security risk
en	calm	-	the lock on the community room was forced sometime last weekend, nothing taken, can it be fixed
en	calm	-	i lost my key and had to climb in through my own balcony, don't worry if you saw that
en	calm	-	is it ok to leave my window open at night on the ground floor, worried about burglars
en	calm	-	somebody left the basement storage wide open, all the padlocks are fine though
en	calm	-	the playground gate squeaks like someone screaming every time it swings
en	calm	-	strange tapping in the walls at night, i think it's the heating pipes
en	calm	-	the wind howls through the lift shaft, sounds like a ghost
en	calm	-	woke at 5 to a thump on the balcony, it was a pigeon hitting the window, it flew off
en	calm	-	my upstairs neighbour dropped something heavy and then laughed, so i guess all good
en	calm	-	shouting in the car park at midnight but it was a bunch of lads celebrating a football win
en	calm	-	someone was crying in the stairwell, i sat with her for a bit, she'd had a breakup, she's gone home to her sister
en	calm	-	there's a man asleep in the community room after the film, snoring, should we lock up around him lol
en	calm	-	guy passed out drunk on the bench but his mates are with him and walking him home now
en	calm	-	hey does anyone know a good locksmith, my key snapped in the lock
nl	danger	fire	rook!! trappenhuis
nl	danger	gas	gas op 2
nl	danger	violence	help hij steekt
nl	danger	unresponsive	ze ademt niet
nl	danger	break_in	inbreker binnen nu
nl	danger	self_harm	hij springt
nl	danger	gas	kelder gaslucht, sterk
en	danger	fire	smoke everywhere, 4th
en	danger	threat	he'll kill me
en	danger	overdose	od in shed
nl	danger	fall	gevallen, bloedt, kan niet op
nl	danger	threat	hij zegt ik maak je af, staat voor de deur
nl	danger	unresponsive	ok ik ben nu in de kelder bij de wasmachines en er zit een man op de grond tegen de muur, ik dacht eerst dat hij sliep maar ik roep en tik op zn wang en er komt helemaal niks, zn handen zijn koud
nl	danger	fire	ik werd wakker om half 5 van een piep die maar doorging in de flat onder mij, eerst dacht ik batterij maar nu ruik ik echt brand en er komt een grijze waas door de kieren van mn vloer, beneden doet niemand open
en	danger	violence	i'm on my balcony and in the courtyard below there are three guys kicking one who's curled up on the ground, one of them just picked up a paving stone, nobody else is around and it's still dark
nl	danger	self_harm	ik wil niemand tot last zijn maar ik kan echt niet meer, ik zit nu boven op de galerij van de 9e en het is zo stil hier, ik denk dat het zo beter is voor iedereen, sorry
en	danger	gas	came down to the bike shed at 6 for my early shift and the whole basement corridor reeks of gas, there's a hissing from behind the boiler room door and the light switch by the door is one of those old sparky ones
nl	calm	-	rookmelder piept weer
nl	calm	-	trusten buren
nl	calm	-	ik sterf lol
nl	calm	-	lamp galerij stuk
nl	calm	-	thanks, top geregeld
en	calm	-	lift's dead again
en	calm	-	dying lol
en	calm	-	morning neighbours
nl	calm	-	even een lang verhaal maar ik wil het toch kwijt: vannacht om 3 uur hoorde ik een harde klap boven en daarna gehuil, ik ben naar boven gegaan en de buurvrouw had haar vaas laten vallen en had heimwee, we hebben thee gedronken, alles is goed
en	calm	-	not urgent at all, but last night the alarm in the hallway kept chirping every thirty seconds from about midnight until the morning, there was no smoke or smell of anything, i think the battery is low, can someone replace it please
nl	calm	-	voor wie het zich afvroeg: die rook gisteravond bij de fietsenstalling was de oefening van de brandweer met een rookmachine, ze hadden het in de nieuwsbrief gezet maar niet iedereen leest die, er is dus niks gebeurd
en	calm	-	just to say the screaming from the community room tonight was the horror film night, it got very loud at the end and a few people on the 1st floor messaged me worried, sorry, everyone is fine and we're eating popcorn
`;

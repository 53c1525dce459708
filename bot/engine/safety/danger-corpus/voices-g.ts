/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: residents who
 * lived on the street, in addiction or in psychiatric care, and their friends (drug and street slang,
 * fragments, anger, dark humour, wishes to die said indirectly), with calm look-alikes in the same voice.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesG = String.raw`
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md (no other files read)
# date: 2026-12-07
# voices: residents who lived on the street, in addiction or in psychiatric care, and their friends (drug and street slang, fragments, anger, swearing, dark humour, distrust of care workers, hopelessness); calm look-alikes in the same voice
# format: language<TAB>label<TAB>kinds<TAB>text ; language nl|en ; label danger|calm ; kinds comma-separated emergency kinds for danger, - for calm ; all names, numbers and places fictional
# counts: 804 messages; danger 427 (nl 293, en 134), calm 377 (nl 261, en 116); kinds (a line can have several): unresponsive 51, fall 48, overdose 48, fire 47, gas 47, violence 47, threat 49, break_in 47, self_harm 51
nl	danger	unresponsive	mn maat ligt op de bank en ik krijg hem niet wakker, ik schud en schud
nl	danger	unresponsive	ze reageert nergens op, ogen half open, helemaal slap
nl	danger	unresponsive	jo kom ff helpen nr 14 hij ademt echt raar en doet niks
nl	danger	unresponsive	kzit hier met Ronnie hij is gewoon weggezakt en komt niet meer bij
nl	danger	unresponsive	ligt in het trappenhuis met zn gezicht op de grond, zegt niks als ik roep
nl	danger	unresponsive	hij is blauw om zn lippen en ik hoor hem niet ademen
nl	danger	unresponsive	ik heb op de deur gebonkt, ik zie hem door het raam naast de bank liggen en hij beweegt niet
nl	danger	unresponsive	Sandra is ineens omgevallen in de keuken en doet haar ogen niet open
nl	danger	unresponsive	wakker worden gast kom op... hij reageert niet, wat moet ik doen
nl	danger	unresponsive	buurman ligt al een uur op de stoep voor de deur, hij geeft geen reactie als ik hem aanspreek
nl	danger	unresponsive	help ze is helemaal slap en ik voel bijna niks aan haar pols
nl	danger	unresponsive	hij zakte zomaar in elkaar bij de brievenbussen en ligt daar nu stil
nl	danger	unresponsive	er ligt een man bij de fietsenstalling, beweegt niet, zn hoofd ligt in zn eigen kots
nl	danger	unresponsive	hij snurkt zo raar en ik krijg hem echt niet wakker, ook niet met koud water
nl	danger	unresponsive	dringend!! nr 3 ligt op de vloer, niet aanspreekbaar
nl	danger	unresponsive	ze ademt heel langzaam en haar ogen draaien weg, ze zegt niks meer
nl	danger	unresponsive	kheb m geknepen en geroepen maar er komt niks
nl	danger	unresponsive	die jongen van boven ligt in de lift en reageert nergens meer op
nl	danger	unresponsive	ik dacht ie sliep maar hij is koud en slap en wordt niet wakker
nl	danger	unresponsive	mn vriendin zakte net weg op de wc, deur zit op slot en ze geeft geen antwoord
nl	danger	unresponsive	hij valt steeds weg en nu komt ie niet meer terug
nl	danger	unresponsive	ademt niet meer denk ik!!! kom nou
nl	danger	unresponsive	wie kan reanimeren?? ze ligt hier in de gang en ademt niet
nl	danger	unresponsive	ik schud aan haar schouders maar ze doet niks, helemaal grauw
nl	danger	unresponsive	Kees zit onderuit in zn stoel, mond open, reageert niet op zn naam
nl	danger	unresponsive	hij ligt al sinds vanochtend op dezelfde plek en ik krijg hem niet wakker, dit is niet normaal
nl	danger	unresponsive	midden in het gesprek viel ze stil en nu is ze weg, ogen dicht, ik krijg geen contact
nl	danger	unresponsive	kom snel, achterom bij de containers ligt iemand die niet beweegt
nl	danger	unresponsive	eerst kreunde hij nog, nu zelfs dat niet meer
nl	danger	unresponsive	zwaar ademen en dan niks. paar tellen niks. en weer. ik krijg hem niet wakker
nl	danger	unresponsive	ze ligt en beweegt niet
nl	danger	unresponsive	niet wakker te krijgen. help. nr 8
en	danger	unresponsive	my mate is on the floor and wont wake up
en	danger	unresponsive	she's not responding at all, eyes rolled back
en	danger	unresponsive	guy collapsed by the bins, not moving, im shaking him nothing
en	danger	unresponsive	he's breathing weird and i cant wake him up pls someone come
en	danger	unresponsive	found my neighbour slumped on the stairs, no answer when i shout
en	danger	unresponsive	not breathing?? i cant tell. lips going grey
en	danger	unresponsive	bro just dropped in the hallway and isnt getting up or talking
en	danger	unresponsive	shes out cold on the bathroom floor, door was open
en	danger	unresponsive	tried cold water, slapping his face, nothing. hes still out
en	danger	unresponsive	my friend nodded off hours ago and now i cant rouse him at all
en	danger	unresponsive	someone lying in the lift not reacting, block b
en	danger	unresponsive	he went limp in my arms
en	danger	unresponsive	she's not waking up and her breathing is so slow
en	danger	unresponsive	mate's passed out in the garden n i cant get him to respond, face is pale
en	danger	unresponsive	hes just lying there staring, not blinking, not answering me
nl	danger	fall	ik ben van de trap gevallen en kan niet meer opstaan, mn been ligt raar
nl	danger	fall	buurvrouw gevlogen op de stoep, bloed uit haar hoofd
nl	danger	fall	mn moeder is gevallen in de douche en roept dat ze haar heup niet kan bewegen
nl	danger	fall	kom ff help, Henk ligt onderaan de trap en zn arm staat helemaal scheef
nl	danger	fall	gevallen met de fiets voor de deur, knie open, veel bloed, kan niet staan
nl	danger	fall	ik lig op de badkamervloer sinds vannacht, kom niet overeind
nl	danger	fall	hij is van de steiger gevallen bij het achterhuis, hij kreunt en bloedt
nl	danger	fall	ze gleed uit op de natte tegels, pols dik en blauw, ze huilt van de pijn
nl	danger	fall	kzit vast tussen bed en muur na vallen, krijg me niet omhoog en mn hoofd bloedt
nl	danger	fall	oude man gevallen bij de bushalte, bloed op zn gezicht, hij is in de war
nl	danger	fall	Marco is dronken van het balkon gevallen, 1e verdieping, hij ligt in de tuin te schreeuwen
nl	danger	fall	gestruikeld over de mat en nu kan ik niet op mn enkel staan, zit alleen op de grond
nl	danger	fall	ik denk dat mn been gebroken is, ik hoorde iets kraken toen ik viel
nl	danger	fall	ze is achterover gevallen met haar hoofd op de tafelrand, het blijft maar bloeden
nl	danger	fall	gevallen op het ijs voor de ingang. kan niet op. pijn in rug
nl	danger	fall	buurman ligt in de gang, is gevallen, zegt dat hij zn been niet voelt
nl	danger	fall	hulp!! moeder gevallen, bloedt bij oor
nl	danger	fall	mn vriend is van de trap af gedonderd, stoned, en nu hangt zn schouder er raar bij
nl	danger	fall	ik lig naast mn rolstoel en kom niet meer omhoog, mn hand doet zo zeer
nl	danger	fall	die ouwe van nr 5 is in de lift gevallen, bloedt uit zn neus en kan niet opstaan
nl	danger	fall	van de ladder gevallen bij het schilderen, pols staat krom
nl	danger	fall	kheb me lelijk verstapt op de trap, enkel dik, kan geen stap zetten en niemand is thuis
nl	danger	fall	ze ligt in het fietsenhok na een val, hoofdwond, ze praat wel maar heel traag
nl	danger	fall	ze viel van haar scooter voor het complex en haar been zit eronder klem
nl	danger	fall	uitgegleden in de douche, snee in mn hoofd, duizelig, ik lig nog
nl	danger	fall	mn buurjongen is van de schutting gevallen en houdt zn arm vast, er steekt iets uit
nl	danger	fall	opa van boven ligt op de overloop, gevallen, hij roept au au en kan niet bewegen
nl	danger	fall	gevallen. heup. kan niet op. deur staat op de klink
nl	danger	fall	ik hoorde een klap in het trappenhuis en nu ligt de vrouw van 9 daar met bloed op de treden
nl	danger	fall	struikelde over de stoeprand, hoofd open, bloedt als een gek
nl	danger	fall	ik ben gevallen en mn arm voelt gebroken, kan mn telefoon bijna niet vasthouden
nl	danger	fall	ligt onderaan de keldertrap, raar gedraaid, kreunt alleen maar
en	danger	fall	fell down the stairs and i cant get up, my ankle is twisted wrong
en	danger	fall	my neighbour slipped on the ice and hit her head, theres blood everywhere
en	danger	fall	old guy fell outside the shop on the corner of Lindelaan, cant stand, bleeding from his hand
en	danger	fall	i think my wrist is broken, came off my bike right by the door
en	danger	fall	been on the kitchen floor since last night after a fall, cant reach anything
en	danger	fall	he fell off the balcony, hes screaming about his leg
en	danger	fall	she tripped in the hallway and cant move her hip
en	danger	fall	took a tumble in the shower, gash on my head, feel dizzy
en	danger	fall	mate fell through the shed roof, blood on his face, leg bent wrong
en	danger	fall	fell over pissed, smashed my face on the curb, bleeding a lot
en	danger	fall	mum went down hard in the garden and says she cant feel her arm
en	danger	fall	slipped on the wet stairs, back hurts so bad i cant get up
en	danger	fall	he fell off the ladder doing the gutters, cant put any weight on his foot
en	danger	fall	cant get up off the floor. fell. knee swelling like crazy
en	danger	fall	lady from nr 11 fell down the last steps, bleeding from her knee, crying
nl	danger	overdose	hij heeft te veel genomen, ligt te schokken op de grond
nl	danger	overdose	ze heeft een hele strip pillen genomen met drank, ze praat heel sloom
nl	danger	overdose,unresponsive	gast heeft te veel ghb gedaan en gaat helemaal onderuit, ik krijg m niet wakker
nl	danger	overdose,unresponsive	mn maat heeft net een shotje gezet en nu wordt ie blauw en reageert niet
nl	danger	overdose	ze heeft ALLE oxazepam van de week in 1 keer genomen
nl	danger	overdose	te veel coke, zn hart bonkt als een gek en hij zegt dat hij doodgaat
nl	danger	overdose	kheb teveel ket gehad ik zie niks meer mn lijf voelt vreemd help
nl	danger	overdose	terugval vannacht, na maanden clean heeft ze weer gebruikt, zelfde dosis als vroeger, en nu is ze helemaal weg
nl	danger	overdose	hij heeft al mn methadon opgedronken, de hele fles
nl	danger	overdose	ze zegt dat ze een uur geleden 30 slaappillen heeft genomen
nl	danger	overdose,unresponsive	heeft iemand narcan? hij ligt hier en ademt bijna niet na die heroine
nl	danger	overdose	bolletjes te veel gedoseerd, hij ligt met kleren aan in de douche te trillen
nl	danger	overdose	pillen en wodka door elkaar en nu kotst ie en valt steeds in slaap
nl	danger	overdose	wtf hij heeft die hele zak speed naar binnen gewerkt, zweet als een otter en schudt helemaal
nl	danger	overdose	kom snel hij doet weird na die pillen, stuiptrekkingen
nl	danger	overdose	overdosis denk ik, kamer 4, schuim op zn mond
nl	danger	overdose	mn vriendin heeft op een lege maag dubbel ghb genomen en ze reageert bijna niet
nl	danger	overdose	hij heeft tramadol en oxy gemixt en praat niet meer normaal, pupillen zo klein als speldenprikken
nl	danger	overdose	ik heb per ongeluk te veel van mn medicatie genomen, ik word heel draaierig en mn hart slaat raar
nl	danger	overdose	ze heeft de pillen van haar moeder gepakt en allemaal opgegeten
nl	danger	overdose	gozer in het portiek heeft gespoten en nu ademt ie heel raar, rochelend
nl	danger	overdose	de hele avond lijnen getrokken en nu pijn op de borst, hij zegt dat zn arm tintelt
nl	danger	overdose	die nieuwe pillen waren veel te sterk, hij ligt te ijlen en is gloeiend heet
nl	danger	overdose	heeft te veel genomen. hoeveel weet ik niet. ziet er slecht uit
nl	danger	overdose	ze heeft net al haar lithium in een keer ingenomen
nl	danger	overdose	kzit met een vriend die gebruikt heeft en hij kotst en valt steeds weg
nl	danger	overdose	hij is groen in zn gezicht en reageert traag na die lijn, dit is niet goed
nl	danger	overdose	tweede keer g binnen een uur, ze ligt te schokken in de woonkamer
nl	danger	overdose	hij heeft paracetamol gegeten als snoep, 2 doosjes
nl	danger	overdose	net uit de kliniek en meteen vol erin gegaan, nu ligt ze weg met kleine pupillen
nl	danger	overdose	ze heeft alle pillen. alles. strip leeg
nl	danger	overdose	die xtc was te sterk, ze is oververhit en verward en praat wartaal
nl	danger	overdose	hij heeft met pillen en bier zitten klooien en nu krijgt ie geen adem
en	danger	overdose	he took way too much, hes foaming at the mouth
en	danger	overdose	my mate mixed g and booze and now hes twitching on the floor
en	danger	overdose	she swallowed a whole pack of her meds with vodka
en	danger	overdose,unresponsive	think hes OD'ing, lips blue, breathing like snoring
en	danger	overdose	anyone got naloxone?? guy in the stairwell used and went down
en	danger	overdose	too much coke, chest pain, heart racing, he says he feels like hes dying
en	danger	overdose	she relapsed tonight after 8 months clean and used the same amount as before, now shes barely there
en	danger	overdose	he took a bunch of pills i dont know what, hes really out of it and sweating
en	danger	overdose	i took too many of my sleeping pills by accident and i feel really weird
en	danger	overdose	mate did way too much ket and cant move or talk
en	danger	overdose	found her with an empty pill bottle next to her, shes drowsy and mumbling
en	danger	overdose	overdose i think. flat 6. hurry
en	danger	overdose	he keeps fitting after snorting that stuff
en	danger	overdose	double dosed on the g, she wont stay awake
en	danger	overdose	he shot up in the toilet and hasnt come out, i can hear gurgling
nl	danger	fire	er komt rook onder de deur van nr 7 uit
nl	danger	fire	het vlamt in de keuken van de buren, ik zie het door het raam
nl	danger	fire	brand!! trappenhuis staat vol rook
nl	danger	fire	mn pan staat in de fik en het gaat naar de kastjes
nl	danger	fire	iemand heeft de container bij de ingang in brand gestoken, vlammen tot aan de ramen
nl	danger	fire	ik ruik verbrande lucht en er komt zwarte rook uit de kelder
nl	danger	fire	zn matras smeult, hij is in slaap gevallen met een peuk
nl	danger	fire	het balkon boven mij staat in brand, er vallen brandende stukken naar beneden
nl	danger	fire	de scooteraccu in de gang staat te sissen en te roken, vonken
nl	danger	fire	de hele gang is grijs van de rook, ik kan niet naar buiten
nl	danger	fire	mn buurman rookte in bed en nu brandt zn dekbed
nl	danger	fire	er brandt iets in de meterkast, ik zie oranje licht en ruik gesmolten plastic
nl	danger	fire	vuur in de fietsenstalling, meerdere fietsen staan te branden
nl	danger	fire	er komt rook uit het raam van de 3e verdieping en niemand doet open
nl	danger	fire	hij heeft met een aansteker lopen kutten en nu staan de gordijnen in brand
nl	danger	fire	rookmelder piept EN ik zie echt rook uit de deur van 12 komen
nl	danger	fire	de frituurpan vatte vlam, vlammen tot aan het plafond
nl	danger	fire	fikkie! schuur achter de flat, hoge vlammen
nl	danger	fire	ze heeft kaarsen aangelaten en nu staat de bank in de fik, ze zit nog binnen
nl	danger	fire	rook rook rook in de liftschacht
nl	danger	fire	dikke rooklucht op de 2e en het wordt erger, de deur van 21 wordt zwart aan de randen
nl	danger	fire	het stopcontact vonkt en de muur begint te smeulen
nl	danger	fire	iemand heeft iets brandends door de brievenbus van nr 4 gegooid, de mat brandt
nl	danger	fire	mn kamer staat vol rook ik krijg het raam niet open
nl	danger	fire	die gast stookt een vuurtje in de hal en het slaat over naar de prullenbak
nl	danger	fire	vlammen uit de schoorsteen van het achterhuis
nl	danger	fire	rook onder de deur en ik hoor iemand hoesten binnen
nl	danger	fire	de droger staat te branden in het washok
nl	danger	fire	kom help, er brandt een auto naast het gebouw en het vuur gaat naar de heg
nl	danger	fire	het ruikt naar verbrand en de deur van de kelder is heet
nl	danger	fire	zwarte rook uit de ventilatie in de badkamer
nl	danger	fire	vlammen!! achter het raam bij Joyce, zij is thuis denk ik
en	danger	fire	smoke coming out from under the door at number 15
en	danger	fire	my kitchen is on fire i cant put it out
en	danger	fire	the bins by the entrance are burning, flames are huge
en	danger	fire	theres black smoke in the stairwell i cant see the steps
en	danger	fire	his mattress is smouldering, he fell asleep with a fag
en	danger	fire	flames coming from the balcony above mine
en	danger	fire	the e-bike battery in the hall just caught fire
en	danger	fire	fire in the basement, smoke coming up through the floor
en	danger	fire	my curtains caught fire from a candle and its spreading
en	danger	fire	i smell burning plastic and the socket is sparking and smoking
en	danger	fire	someone just set the bike shed on fire
en	danger	fire	smoke pouring out of a window on the 4th floor and nobody is answering
en	danger	fire	the whole hallway is filling up with smoke
en	danger	fire	pan on fire!! flames up to the ceiling
en	danger	fire	its hot and smoky in my flat, alarm screaming, i can see smoke coming from the wall socket
nl	danger	gas	het stinkt hier naar gas in het trappenhuis
nl	danger	gas	ik ruik gas bij de meterkast, heel sterk
nl	danger	gas	buurvrouw heeft het gas open laten staan, de hele gang ruikt ernaar
nl	danger	gas	rotte eieren lucht in de kelder, volgens mij is het gas
nl	danger	gas	ik hoor gesis bij de gasleiding en het ruikt raar
nl	danger	gas	het ruikt hier naar gas en ik krijg hoofdpijn en word misselijk
nl	danger	gas	de kookplaat staat open zonder vlam, hij ligt te slapen, de hele keuken ruikt naar gas
nl	danger	gas	gaslucht op de 3e, ik durf het licht niet aan te doen
nl	danger	gas	buiten bij de stoep ruikt het heel sterk naar gas, ze waren net aan het graven
nl	danger	gas	kzweer het ruikt naar gas bij nr 9, al een half uur, en het wordt erger
nl	danger	gas	het ruikt naar gas onder zn deur en hij doet niet open
nl	danger	gas	gasgeur in de lift en het portaal
nl	danger	gas	die geiser stinkt naar gas en het sist
nl	danger	gas	de hele flat ruikt naar gas!! wat moet ik doen
nl	danger	gas	iemand heeft de gasslang van de kachel losgetrokken, het sist
nl	danger	gas	mn kop tolt en het ruikt naar gas in huis
nl	danger	gas	sterke gaslucht bij de achteringang
nl	danger	gas	ruik gas. overal. 2e verdieping
nl	danger	gas	kom ff ruiken bij 6 want dat is echt gas wat ik ruik
nl	danger	gas	ze hebben een gasleiding geraakt bij de werkzaamheden voor ons blok, je ruikt het tot binnen
nl	danger	gas	in de keuken van de buren ruikt het naar gas, deur staat open maar niemand thuis
nl	danger	gas	gaslek denk ik, het sist achter het fornuis
nl	danger	gas	het ruikt naar rotte eieren bij de cv-ketel en het wordt niet minder
nl	danger	gas	ik kom net thuis en het hele huis stinkt naar gas
nl	danger	gas	hij heeft alle pitten opengedraaid zonder ze aan te steken en zit erbij
nl	danger	gas	gasgeur in het trappenhuis, de kids van boven klagen over hoofdpijn
nl	danger	gas	gasgeur bij de fietsenstalling, echt heel sterk
nl	danger	gas	ik ruik gas en mn buurman staat net een sigaret op te steken op de galerij
nl	danger	gas	het stinkt naar gas in de kelderbox, echt niet normaal
nl	danger	gas	gaslucht!! nr 17
nl	danger	gas	stinkt naar gas bij de ingang en het wordt steeds sterker
nl	danger	gas	ik ruik gas en ik durf niks aan te zetten, ook de bel niet
nl	danger	gas,self_harm	hij zegt dat ie het gas open heeft gezet en de deur op slot heeft gedaan, hij wil er een eind aan maken
en	danger	gas	it smells of gas in the stairwell
en	danger	gas	strong gas smell in my kitchen, i turned everything off and it still smells
en	danger	gas	rotten egg smell near the meter cupboard
en	danger	gas	i can hear hissing from the gas pipe behind the cooker
en	danger	gas	the whole corridor stinks of gas
en	danger	gas	neighbour left the gas on, you can smell it through the door
en	danger	gas	gas smell outside, they were digging in the street
en	danger	gas	smells like gas in here and im getting a headache
en	danger	gas	theres a gas leak i think, boiler room
en	danger	gas	gas smell on the 2nd floor and someone is about to light up
en	danger	gas	smells like gas in the lift
en	danger	gas	my flat reeks of gas, just got home
en	danger	gas	think the hob is leaking gas, its hissing
en	danger	gas	strong smell of gas by the back door, getting worse
nl	danger	violence	ze slaat hem met een fles, er is bloed
nl	danger	violence	mn ex is binnen en slaat me, ik zit nu opgesloten in de wc
nl	danger	violence	twee gasten op de galerij aan het vechten, een heeft een mes
nl	danger	violence	hij schopt haar terwijl ze op de grond ligt
nl	danger	violence	kom nu, er wordt gestoken bij de ingang
nl	danger	violence	ik hoor haar gillen en klappen door de muur, hij slaat haar
nl	danger	violence	mn dealer en zn maat hebben me net in mn gezicht geslagen en staan nog voor de deur
nl	danger	violence	vechtpartij in de hal, iemand ligt op de grond en ze blijven trappen
nl	danger	violence	hij heeft een mes en rent achter zn vriendin aan in de tuin
nl	danger	violence	die jongens gaan met een honkbalknuppel op de buurman af
nl	danger	violence	ze trekt hem aan zn haren door de gang en slaat zn hoofd tegen de muur
nl	danger	violence	er wordt een vrouw gewurgd, ik zie het door het raam van nr 20
nl	danger	violence	iemand zwaaide net met een mes naar mn vriend, hij bloedt aan zn hand en die gast staat er nog
nl	danger	violence,threat	hij heeft een pistool in zn broek en staat te duwen en te schreeuwen bij de voordeur
nl	danger	violence	gevecht bij de containers, flessen kapot, bloed
nl	danger	violence	mijn vriend slaat me en ik durf niet naar buiten
nl	danger	violence	hij zit bovenop hem en ramt op zn gezicht
nl	danger	violence	kom snel ze vechten met een schroevendraaier
nl	danger	violence	buurman slaat zn zoontje met een riem, ik hoor het kind krijsen
nl	danger	violence	hij gooit stoelen naar haar en ze bloedt aan haar hoofd
nl	danger	violence	bij de bushalte ligt een jongen met een steekwond en de dader loopt nog rond
nl	danger	violence	iemand slaat met een stuk hout op een man op de parkeerplaats
nl	danger	violence	mn huisgenoot heeft me geduwd en staat nu te beuken op de deur waar ik achter zit
nl	danger	violence	hij drukt haar tegen de grond met zn knie op haar nek
nl	danger	violence	ruzie uit de hand, ze steken elkaar
nl	danger	violence	ze hebben me beroofd en geslagen in de lift, ze zijn nog in het gebouw
nl	danger	violence	die gast is met een mes binnengekomen en zwaait ermee rond
nl	danger	violence	hij heeft haar een kopstoot gegeven, ze ligt te bloeden
nl	danger	violence	vechten met messen in het trappenhuis, veel geschreeuw
nl	danger	violence	er wordt op iemand ingeslagen met een ijzeren staaf bij de garageboxen
en	danger	violence	someone is getting beaten up outside the entrance
en	danger	violence	two guys fighting on the landing, one has a knife
en	danger	violence	he's hitting her, i can hear it through the wall
en	danger	violence	my boyfriend is hitting me and wont let me leave
en	danger	violence	they're kicking a guy on the ground by the bins
en	danger	violence	man with a machete in the courtyard
en	danger	violence	she just smashed a bottle over his head
en	danger	violence	fight in the hallway, blood all over
en	danger	violence	hes choking her, please send someone
en	danger	violence	kid being attacked by a group at the bus stop
en	danger	violence	someone got stabbed by the shop and the guy is still around
en	danger	violence	my flatmate is punching me, i locked myself in the bathroom
en	danger	violence,threat	guy with a gun in the stairwell waving it around
en	danger	violence	theyre beating him with a bat
en	danger	violence,fall	he threw her down the stairs and is still going at her
nl	danger	threat	hij zegt dat hij me vannacht komt afmaken
nl	danger	threat	mn ex appt dat ze mn huis in de fik steekt met mij erin
nl	danger	threat	die gozer van 8 stond net voor mn deur te schreeuwen dat hij me kapot steekt
nl	danger	threat	ik ga hem echt vermoorden als hij nog 1 keer aan mn spullen zit, ik sta nu voor zn deur met een mes
nl	danger	threat	hij dreigt dat hij zn vriendin iets aandoet als ze weggaat
nl	danger	threat	"ik weet waar je woont, vanavond ben je d'r geweest" stuurt hij me net
nl	danger	threat	hij schreeuwt door de brievenbus dat hij iedereen hier gaat neersteken
nl	danger	threat	mn dealer zegt dat als ik morgen niet betaal hij mn benen breekt
nl	danger	threat	die buurman staat met een hamer te roepen dat hij de kop van de begeleider inslaat
nl	danger	threat	ik hou het niet meer, ik sla die gast echt dood zodra hij thuiskomt
nl	danger	threat	hij heeft gezegd dat hij terugkomt met een mes en dat ik dan dood ben
nl	danger	threat	er staat iemand op de galerij die roept dat hij de hele flat opblaast
nl	danger	threat	kreeg net een spraakbericht: je bent dood als ik je zie
nl	danger	threat	hij zegt dat ie me gaat pakken als ik naar de politie ga
nl	danger	threat	ze dreigt met een kapotte fles dat ze me openhaalt
nl	danger	threat	word bedreigd door die gast van de overkant, hij zegt dat hij me vannacht in elkaar laat slaan
nl	danger	threat	die gast stuurt foto's van een pistool en zegt "tot vanavond"
nl	danger	threat	kzweer het als ze die deur opendoet ga ik haar wat aandoen
nl	danger	threat	hij staat buiten te brullen dat hij mij en mn hond kapot maakt
nl	danger	threat	hij dreigt de begeleider neer te steken als ze morgen weer komt
nl	danger	threat	ik ben bang, hij zei letterlijk ik maak je af en hij staat nog in het trappenhuis
nl	danger	threat	ze roept dat ze benzine heeft en dat ze het huis van haar ex gaat aansteken
nl	danger	threat	die jongens zeggen dat ze me na het donker opwachten om me te slopen
nl	danger	threat	mn broer heeft een mes gepakt en zegt dat hij pa gaat afmaken
nl	danger	threat	iemand uit de straat stuurt me op insta dat ik dood ben en dat hij vanavond langskomt
nl	danger	threat	als die klootzak nog 1 woord zegt steek ik hem neer. ik meen het
nl	danger	threat	mn buurman dreigt me te vermoorden om die parkeerplek en staat nu met een ijzeren staaf voor mn raam
nl	danger	threat	ze zegt ik laat je kapotschieten, ze heeft neven die dat doen
nl	danger	threat	ik hoorde net door de muur dat hij zegt dat hij zn vrouw vanavond dood maakt
nl	danger	threat	hij zegt dat ie me levend verbrandt
nl	danger	threat	ze sturen me berichten dat ik morgen niet meer leef
nl	danger	threat	wacht maar tot ik die begeleider te pakken krijg, die gaat eraan, ik ben onderweg
en	danger	threat	he says hes going to kill me tonight
en	danger	threat	my ex just texted that shes coming to burn my flat down with me in it
en	danger	threat	guy at number 9 is screaming through my door that hell stab me
en	danger	threat	im gonna kill him when he gets home i swear, got the knife ready
en	danger	threat	my dealer said hell break my legs tomorrow if i dont pay
en	danger	threat	he keeps saying hes going to hurt the kids if she leaves
en	danger	threat	someone on the landing shouting he'll blow the whole building up
en	danger	threat	got a voicemail saying youre dead when i see you
en	danger	threat	hes threatening to smash the support worker's head in
en	danger	threat	he said he'll come back with his mates tonight and do me over
en	danger	threat	she's saying she'll cut me if i open the door
en	danger	threat	neighbour says hes gonna shoot me, says he knows where i live
en	danger	threat	they said theyre waiting outside to jump me
en	danger	threat	he told me hed kill my girlfriend if i go to the cops
en	danger	threat	i'll end him, i mean it, hes got it coming tonight
nl	danger	break_in	er is iemand in mn huis, ik hoor hem in de woonkamer, ik zit in de slaapkamer
nl	danger	break_in	twee gasten zijn aan het wrikken aan de deur van nr 10
nl	danger	break_in	iemand probeert mn voordeur open te breken, ik hoor een koevoet
nl	danger	break_in	de deur van de kelderboxen is opengebroken en er zijn nog mensen binnen
nl	danger	break_in	er klimt iemand via het balkon naar binnen bij de buren, die zijn op vakantie
nl	danger	break_in	ik hoor glas breken beneden en voetstappen, ik woon alleen
nl	danger	break_in	die gast is bij de buurvrouw binnen via het raam, ik zie hem met haar tas
nl	danger	break_in	ze staan in de fietsenstalling sloten door te knippen, nu
nl	danger	break_in	er zit iemand aan mn slot te prutsen, het is 3 uur 's nachts
nl	danger	break_in	inbraak bezig bij nr 15, zaklamp binnen en niemand thuis
nl	danger	break_in	mn raam is net ingegooid en er staat iemand in mn keuken
nl	danger	break_in	ik hoor iemand in mn gang rommelen, ik werd net wakker
nl	danger	break_in	2 mannen met capuchon dragen een tv uit het huis van de buren, die zijn weg
nl	danger	break_in	iemand heeft de deur van de gezamenlijke ruimte geforceerd en is nog binnen
nl	danger	break_in	ze zijn bezig de achterdeur in te trappen
nl	danger	break_in	er loopt een vreemde vent door mn tuin en hij probeert de schuifpui open te krijgen
nl	danger	break_in	ik kom thuis, mn deur staat open en ik hoor iemand boven lopen
nl	danger	break_in	boven mij wordt ingebroken, ik hoor boren en gerommel en de bewoner ligt in het ziekenhuis
nl	danger	break_in	iemand zit in de auto van de buurman te graaien, ruit ingeslagen
nl	danger	break_in	er probeert iemand via het keukenraam binnen te komen, ik zie een hand
nl	danger	break_in	inbrekers in het complex, ze gaan de deuren langs op de 2e
nl	danger	break_in	er staat een gozer in mn woonkamer die ik niet ken en hij pakt mn spullen
nl	danger	break_in	ze zijn de containerruimte aan het openbreken, je hoort het kraken
nl	danger	break_in	mn ex is via het balkon mn huis binnengedrongen en zit nu in mn kamer
nl	danger	break_in	de brievenbus wordt opengewrikt en ik zie een haak door de opening
nl	danger	break_in	ik hoor ze aan de deur wrikken, ze weten niet dat ik thuis ben
nl	danger	break_in	zaklampen in het huis van Fatima terwijl zij in Marokko zit
nl	danger	break_in	nu!! iemand breekt in bij de tandarts beneden, alarm loopt
nl	danger	break_in	hoor iemand op de trap in mijn huis, ik heb mn slaapkamerdeur dichtgedaan
nl	danger	break_in	er is ingebroken en ze zitten er nog, ik hoor ze praten
nl	danger	break_in	iemand staat in mijn hal met een breekijzer
nl	danger	break_in	ze zijn de deur van de schuur aan het opentrekken, ik zie ze vanaf mn balkon
en	danger	break_in	someone is in my flat right now, i can hear them downstairs
en	danger	break_in	two guys trying to force the door of number 12
en	danger	break_in	theres someone climbing in through my neighbours window, theyre away
en	danger	break_in	i can hear someone jimmying my lock, its 4am
en	danger	break_in	break in happening at the storage units right now
en	danger	break_in	my window just got smashed and someone's climbing in
en	danger	break_in	guys cutting locks in the bike shed as we speak
en	danger	break_in	came home and my door is open, someone is still inside
en	danger	break_in	someone is kicking in the back door
en	danger	break_in	theres a stranger in my kitchen going through the drawers
en	danger	break_in	torches moving around inside the empty flat on 3
en	danger	break_in	someone prised open the community room door and is still in there
en	danger	break_in	glass breaking downstairs and footsteps, i live alone
en	danger	break_in	burglars going door to door on the second floor
en	danger	break_in	hes trying the balcony door, i can see him from here
nl	danger	self_harm	ik zie het niet meer zitten
nl	danger	self_harm	het hoeft voor mij niet meer
nl	danger	self_harm	ze zijn beter af zonder mij
nl	danger	self_harm	ik heb de pillen klaarliggen en vannacht ga ik het doen
nl	danger	self_harm	ik sta op het dak en ik twijfel niet meer
nl	danger	self_harm	kzit in bad met een mesje, ik wil gewoon dat het stopt
nl	danger	self_harm	niemand gaat me missen. dit is mn laatste bericht
nl	danger	self_harm	ik loop naar het spoor, ik ben klaar met alles
nl	danger	self_harm	ik heb weer gesneden en het stopt niet met bloeden
nl	danger	self_harm	na die terugval wil ik gewoon niet meer wakker worden
nl	danger	self_harm	mn maat zegt dat hij vanavond een eind aan zn leven maakt en hij neemt niet meer op
nl	danger	self_harm	zeg tegen mn moeder dat het me spijt
nl	danger	self_harm	ik heb een touw gekocht. ik weet wat ik ga doen
nl	danger	self_harm	wat heeft het nog voor zin, ik ben alleen maar een last voor iedereen
nl	danger	self_harm	begeleiding boeit me niet meer, morgen ben ik er toch niet meer
nl	danger	self_harm	mn vriendin staat op het balkon aan de verkeerde kant van het hek
nl	danger	self_harm	hij heeft zn armen opengehaald en zit in de badkamer, zegt dat ie niet meer wil
nl	danger	self_harm	kheb al mn spullen weggegeven, ik heb niks meer nodig waar ik heen ga
nl	danger	self_harm	ik ben zo moe van leven, ik wil slapen en nooit meer opstaan
nl	danger	self_harm	10 jaar op straat, nu een huis en nog steeds kut. ik stop ermee, voorgoed
nl	danger	self_harm	ik hou het niet meer vol, ik ga mezelf iets aandoen
nl	danger	self_harm	het mes ligt naast me en ik kijk er al een uur naar
nl	danger	self_harm	ik heb afscheidsbriefjes geschreven, ze liggen op tafel
nl	danger	self_harm	sorry voor alles jongens. echt. tot nooit
nl	danger	self_harm	mn huisgenoot zegt steeds dat ze van de brug wil springen en nu is ze weg met haar jas
nl	danger	self_harm	iedereen zou beter af zijn als ik er niet meer was. en dat gaat ook gebeuren
nl	danger	self_harm	ik ga de hele doos nemen, dan is het klaar
nl	danger	self_harm	niemand belt. niemand. dus ik stop. dan hebben jullie er ook geen last meer van
nl	danger	self_harm	ik krab mezelf open met een scherf, nu, dan voel ik tenminste iets
nl	danger	self_harm	wil er niet meer zijn
nl	danger	self_harm	hij staat op de brug bij het kanaal en zegt dat dit zn laatste avond is
nl	danger	self_harm	die stemmen zeggen dat ik moet springen en ik sta al bij het raam
nl	danger	self_harm	ik ben het zat, zat, zat. vanavond is het afgelopen met mij
nl	danger	self_harm	laat de hulpverleners maar, die kunnen niks. ik regel het zelf wel, voorgoed
en	danger	self_harm	got the pills lined up, tonight's the night
en	danger	self_harm	im standing on the roof and i'm not scared anymore
en	danger	self_harm	cut myself again and it wont stop bleeding
en	danger	self_harm	whats the point. im done. for good this time
en	danger	self_harm	my mate just sent me a goodbye text and wont pick up
en	danger	self_harm	i wrote letters for everyone, theyre on the table
en	danger	self_harm	i just want to go to sleep and never wake up
en	danger	self_harm	theres a rope in my room and im thinking about it right now
en	danger	self_harm	tell my sister im sorry
en	danger	self_harm	relapsed again. cant do this anymore. going to end it
en	danger	self_harm	she's on the bridge saying she's going to jump
en	danger	self_harm	nobody would even notice if i was gone. gonna make sure of it tonight
en	danger	self_harm	i keep looking at the knife. i want it over
nl	calm	-	vandaag 2 jaar clean, taart bij de NA meeting vanavond
nl	calm	-	vroeger gebruikte ik elke dag, nu drink ik alleen nog koffie lol
nl	calm	-	vorig jaar een overdosis gehad, nu 9 maanden schoon en best trots
nl	calm	-	iemand zin om mee te gaan naar de AA meeting donderdag in het buurthuis?
nl	calm	-	kheb vroeger zoveel pillen geslikt dat ik hele jaren kwijt ben haha
nl	calm	-	afkicken was het zwaarste wat ik ooit gedaan heb, maar ik sta er nu
nl	calm	-	toen ik op straat leefde sliep ik in het fietsenhok van het station. nu heb ik een bed. voelt nog steeds raar
nl	calm	-	terugval vorige maand, maar ik zit weer bij de verslavingszorg en het gaat beter
nl	calm	-	mn begeleider vroeg of ik nog ghb gebruik. nee dus. al anderhalf jaar niet
nl	calm	-	mn oude nummer gewist zodat mn dealer me niet meer kan bereiken, goed he
nl	calm	-	shotjes zet ik al jaren niet meer, ik zet alleen nog koffie
nl	calm	-	de ervaringsdeskundige bij de meeting vertelde hoe ze in 2015 drie keer gereanimeerd is. heftig verhaal, goed om te horen
nl	calm	-	100 dagen zonder ket, hoeveel is dat in jaren? lol ik kan niet rekenen
nl	calm	-	weet iemand waar de NA groep nu zit nu het wijkcentrum verbouwd wordt
nl	calm	-	coke heeft me mn huis, mn vrouw en mn tanden gekost. mn humor niet
nl	calm	-	zin om te gebruiken vandaag maar ik heb mn sponsor gebeld en we gaan wandelen. komt goed
nl	calm	-	craving gehad, overleefd, pizza gegeten
nl	calm	-	vroeger zat ik elke avond met een fles onder de brug, nu met thee op mn balkon
nl	calm	-	lang geleden ben ik een keer wakker geworden in het ziekenhuis na te veel genomen te hebben. nu ben ik gestopt
nl	calm	-	de methadonpost gaat vanaf volgende week om 9 uur open ipv 8, ff doorgeven
nl	calm	-	kan iemand me dinsdag naar de kliniek brengen voor mn intake, mn fiets is kapot
nl	calm	-	5 jaar geleden lag ik in de goot. nu lig ik in mn eigen bed. vooruitgang
nl	calm	-	van de pillen van de psychiater word ik zo suf, ik ga het vragen bij de volgende afspraak
nl	calm	-	die terugvalpreventie cursus is echt goed trouwens, aanrader
nl	calm	-	ik mis het gebruiken niet eens, ik mis de mensen. die zijn meestal dood of zitten vast
nl	calm	-	mn oude maat van straat is vorig jaar overleden aan een overdosis. vandaag zn verjaardag. ff stil moment
nl	calm	-	ik heb een muntje gekregen voor 6 maanden, past precies in mn portemonnee
nl	calm	-	het eerste jaar clean was alsof ik opnieuw moest leren lopen
nl	calm	-	had gisteren een slip, 1 biertje, heb het meteen bij mn begeleider gemeld. vandaag weer dag 1
nl	calm	-	mn maat is gisteren uit de kliniek gekomen en hij ziet er goed uit
nl	calm	-	bij de meeting ging het over rouw en dood, goed gesprek, beetje moe nu
nl	calm	-	ik heb ooit gezeten voor een vechtpartij, dat ben ik nu niet meer
nl	calm	-	wiet vroeger, pfff. nu lach ik gewoon zonder
nl	calm	-	vroeger at ik uit containers, nu eet ik mee met het walking dinner. zelfde sfeer trouwens haha
nl	calm	-	mn lever heeft me een bedankkaartje gestuurd
nl	calm	-	ik zet mn clean datum op de koelkast, 14 maart, dan vergeet ik het niet
nl	calm	-	wie wil er mee naar de herstelgroep op woensdag, het is gratis en er is soep
nl	calm	-	in de meeting zei iemand: je bent niet je verslaving. bleef de hele dag in mn hoofd hangen
nl	calm	-	mn tanden zijn eindelijk gemaakt, na al die jaren speed. kan weer lachen op foto's
nl	calm	-	kreeg vandaag mn depot prik, ben daarna altijd een beetje sloom, niks aan de hand
nl	calm	-	mn slaappillen zijn op, kan de begeleider de apotheek bellen?
nl	calm	-	ik ben mn pillen vergeten vanochtend, is dat erg als ik ze nu neem?
nl	calm	-	de apotheek heeft verkeerde pillen in mn baxterrol gedaan, ik heb ze niet ingenomen. wie moet ik bellen
nl	calm	-	ik word een beetje suf van de nieuwe medicatie maar verder ok
nl	calm	-	geen geld voor de eigen bijdrage van mn medicijnen, kan iemand met me meekijken
nl	calm	-	kut dag. echt. alles gaat mis vandaag
nl	calm	-	ik ben er klaar mee met die fiets, derde lekke band deze week
nl	calm	-	ik ben er helemaal klaar mee, dat formulier van de gemeente snap ik echt niet
nl	calm	-	die begeleiders luisteren nooit, ik word er gek van
nl	calm	-	tering zeg, weer een boete van die parkeerwachter
nl	calm	-	ik zit er helemaal doorheen maar ik ga nu slapen, morgen nieuwe dag
nl	calm	-	mn uitkering is weer te laat, ik kan wel janken
nl	calm	-	hoe vaak moet ik nog zeggen dat die brief niet voor mij is pff
nl	calm	-	ik wil niet meer... naar die saaie dagbesteding. kan ik iets anders doen
nl	calm	-	ik haat maandagen, ik haat regen en ik haat de bus. verder alles prima
nl	calm	-	niemand begrijpt me vandaag, ik ga lekker met de kat op de bank
nl	calm	-	jezus wat een dag, wil iemand koffie met me drinken? heb ff gezelschap nodig
nl	calm	-	ik voel me kut en eenzaam, kan mn begeleider me deze week bellen?
nl	calm	-	ik vertrouw die hulpverleners voor geen meter, elke keer een nieuwe en dan moet ik mn hele verhaal weer doen
nl	calm	-	ben pissig op de woningcorporatie, al 3 weken wachten op een monteur
nl	calm	-	ik gooi mn telefoon nog eens door het raam met die bank app
nl	calm	-	gvd die wasmachine heeft mn enige nette broek verpest
nl	calm	-	kzit zo in de put vandaag maar ik red me wel, heb muziek op
nl	calm	-	slecht geslapen, chagrijnig wakker geworden. zegt niks, gaat wel over
nl	calm	-	ik ben die meldingen van die app echt zat, hoe zet ik ze uit
nl	calm	-	mn psychiater heeft mn afspraak weer verzet. 4e keer. ik kook
nl	calm	-	iedereen kan de pot op vandaag. behalve jij buurtbot
nl	calm	-	zit me al de hele dag op te vreten over dat gesprek bij de schuldhulp, maar het gaat wel
nl	calm	-	ik ben kapot, 8 uur gewerkt bij de voedselbank
nl	calm	-	ik ben er doodop van, al die verhuisdozen
nl	calm	-	mn hoofd kookt over dus ik ga gewoon een blokje om
nl	calm	-	zo boos op mn broer dat ik hem maar ff niet bel. beter voor iedereen
nl	calm	-	ik ben er klaar mee met die lift, 4 trappen op met boodschappen
nl	calm	-	ik kap ermee, met die app. te moeilijk voor mij
nl	calm	-	ik stop ermee. met roken dan he haha. dag 3
nl	calm	-	ik geef het op met die puzzel, 1000 stukjes lucht
nl	calm	-	het hoeft voor mij niet meer, dat bingo gedoe. ga liever vissen
nl	calm	-	ik zie het niet meer zitten met die tuin, alles onkruid. wie heeft een schoffel
nl	calm	-	ze zijn beter af zonder mij in het voetbalteam, ik raak de bal niet eens haha
nl	calm	-	ik wil er niet meer heen, naar die vergadering van de woonvereniging. 3 uur over de fietsenstalling
nl	calm	-	klaar mee. met die formulieren. wie kan me helpen met de huurtoeslag
nl	calm	-	weer een brief van het cjib. ik word er zo moe van
nl	calm	-	niks lukt vandaag, koffie omgegooid, bus gemist, sleutel kwijt. lachen toch
nl	calm	-	ik zit met mn handen in mn haar over die schulden, kan iemand van de schuldhulp me bellen
nl	calm	-	kweet niet, gewoon een rotweek. morgen ga ik vissen, dat helpt altijd
nl	calm	-	ik ben boos. heel boos. op niemand in het bijzonder. ga een stuk fietsen
nl	calm	-	godverdomme die printer
nl	calm	-	ik wil mn printer vermoorden
nl	calm	-	al die hulpverleners met hun formulieren, ik kan ze wel schieten. nou ja niet echt he
nl	calm	-	die nieuwe begeleider is een killer trouwens, echt goed, eindelijk iemand die luistert
en	calm	-	18 months sober today, not bad for a guy who used to kip in a car park
en	calm	-	anyone fancy the NA meeting thursday? free coffee and biscuits
en	calm	-	i OD'd twice back in the day. now i help run the recovery group. life is mad
en	calm	-	used to do g every weekend, now i do sudoku every weekend lol
en	calm	-	had a craving today but rang my sponsor, went for a walk, fine now
en	calm	-	my relapse last spring taught me more than the whole clean year before it
en	calm	-	my support worker asked if im still using. no mate. 2 years
en	calm	-	lost my best mate to heroin in 2019. thinking of him today, but im ok
en	calm	-	rehab intake is tuesday, can someone give me a lift
en	calm	-	methadone clinic has new hours from monday, fyi
en	calm	-	300 days clean and i still hate mondays
en	calm	-	i remember overdosing in a squat in 2014, woke up with paramedics round me. never again
en	calm	-	used to shoot up in stairwells like this one. weird to live here now, in a good way
en	calm	-	forgot my meds this morning, is it bad if i take them now
en	calm	-	the pharmacy put the wrong pills in my pack, i didnt take them, who do i ring
en	calm	-	new meds make me a bit drowsy but otherwise ok
en	calm	-	my liver sent me a thank you card
en	calm	-	got my 1 year keyring at the meeting last night, proper chuffed
en	calm	-	slipped up last night, one beer, told my worker this morning. back to day one, no drama
en	calm	-	they said at group that the first step is admitting it. i admitted i ate all the biscuits
en	calm	-	im so done with this bike, third flat tyre this week
en	calm	-	absolutely done with this benefits form, cant make head or tail of it
en	calm	-	shit day. just a shit day. going to bed
en	calm	-	support workers change every 3 months, why should i trust any of them
en	calm	-	fuming at the housing corp, still no repair guy after 3 weeks
en	calm	-	feeling low today, could my support worker ring me sometime this week
en	calm	-	everyone can piss off today except the cat
en	calm	-	so angry i could scream, the job centre lost my papers again
en	calm	-	bad day but ive had worse. way worse. ill live
en	calm	-	lonely tonight, anyone up for a brew tomorrow?
en	calm	-	my head is a mess today but im ok, just needed to vent
en	calm	-	i want to throw my phone in the canal every time the bank app logs me out
en	calm	-	i'm done. with this jigsaw. 1000 pieces of sky
en	calm	-	cant do this anymore... the lift is broken AGAIN, 5 floors with shopping
en	calm	-	theyre better off without me on the quiz team honestly, i know nothing
en	calm	-	i give up on this garden, weeds won
en	calm	-	quitting. smoking that is. day 3 and i hate everyone
en	calm	-	i want to murder my printer
en	calm	-	my new support worker is a killer, honestly the best one yet
en	calm	-	the psych asked if i have dark thoughts. only about the tax office lol
en	calm	-	used to sleep with a knife under my pillow on the street, now its a teddy. growth
en	calm	-	not trusting the care lot after last time but ill go to the appointment
en	calm	-	fucking hell what a week. pub quiz saved it
en	calm	-	i hear voices. oh wait, its just the neighbours
en	calm	-	i'm dying of laughter at this group chat
en	calm	-	starving to death here, who's got a sandwich
en	calm	-	my legs are dead after that walk
en	calm	-	killed it at darts night, you lot are going down next week
en	calm	-	this coffee is so weak it needs CPR
en	calm	-	all my plants died again, im a serial plant killer
en	calm	-	my mum's gonna murder me when she sees my haircut
en	calm	-	that exam absolutely destroyed me
en	calm	-	im a walking corpse today, 3 hours sleep
en	calm	-	this track is straight fire, listen
en	calm	-	the bus never comes, ill die of old age at this stop
en	calm	-	could kill for a kebab right now
en	calm	-	im dead lol
en	calm	-	that new album kills
en	calm	-	watching a film where they break into a bank, so tense
en	calm	-	playing Fortnite, just got killed by a 12 year old again
en	calm	-	that documentary about overdoses was hard to watch but really good
en	calm	-	film night should be a horror, something with a killer in a cabin
en	calm	-	my character just died and i lost all my loot, rage
en	calm	-	this song is about burning the house down, absolute banger
en	calm	-	smoke alarm in the hall keeps beeping, battery i think
en	calm	-	the light in the stairwell doesn't work
en	calm	-	fire extinguisher on the 3rd floor is missing
en	calm	-	the fire alarm went off again because someone burnt toast, no fire
en	calm	-	my gas meter is making a clicking noise, no smell though, is that normal
en	calm	-	fire door on the ground floor wont close properly
en	calm	-	smoke detector goes off every time i shower
en	calm	-	emergency exit sign isn't lit anymore
en	calm	-	my boiler keeps showing an error code, no hot water
en	calm	-	gas engineer came, boiler passed, all safe
en	calm	-	bought a blowtorch for creme brulee, wish me luck
en	calm	-	what do i do if someone ever ODs in front of me? asking for the course
en	calm	-	if i ever smell gas, who do i call
en	calm	-	whats the number for the community police officer, just to have it
en	calm	-	is there a first aid course? want to learn CPR just in case
en	calm	-	if someone ever says they want to die, what should you say to them?
en	calm	-	where do i get naloxone to keep at home, just in case
en	calm	-	tripped over the doormat, no harm done, just embarrassing
en	calm	-	fell off my bike, ripped jeans, im fine
en	calm	-	slipped in the rain but got straight back up, all good
en	calm	-	the back steps are really slippery, someone's going to fall, can they be gritted
en	calm	-	the couple upstairs had a screaming match again, just shouting, its gone quiet now
en	calm	-	had a massive row with my brother on the phone, hung up, fine now
en	calm	-	me and my support worker had a proper shouting match, sorted it over tea
en	calm	-	neighbours yell at each other about the bins every night, can someone mediate
en	calm	-	stairwell smells of weed every evening
en	calm	-	someone smokes on the balcony and it comes straight into my bedroom
en	calm	-	drain in my bathroom smells like sewage
en	calm	-	neighbours bbq smoke all over my washing again
en	calm	-	loud music from number 12 till 3am again
en	calm	-	bins stink, nobody collects them
en	calm	-	the scars on my arms are old, from years ago. not hiding them anymore
en	calm	-	got stabbed when i was sleeping rough in 2016, scar's still there, good conversation starter
en	calm	-	there was a fire in the other block last year, did they ever fix that flat?
en	calm	-	tried to end it 3 years ago. im in a much better place now, just wanted to say that
en	calm	-	got burgled at my old place years back, thats why i have 3 locks
en	calm	-	feeling a bit down, miss my kids. could someone call me
en	calm	-	low week, but my meds got changed so fingers crossed
en	calm	-	lonely, anyone want to go for a walk tomorrow
en	calm	-	my teenager wont wake up, its 1pm, classic
en	calm	-	mate's asleep on my sofa after night shift, snoring like a train
en	calm	-	burnt my hand on the oven, ran it under cold water, its fine
en	calm	-	cut my finger chopping onions, plaster on, all good
en	calm	-	police were at number 4 earlier, everything seems calm now
en	calm	-	ambulance was outside this morning, hope whoever it was is ok
en	calm	-	my bike got nicked from the shed last night
en	calm	-	someone broke into the shed last week, police have been already
en	calm	-	locked myself out, had to climb in through my own window lol
en	calm	-	fireworks at 2am, its june people
en	calm	-	lighting the bbq in the garden at 6, bring sausages
en	calm	-	candle lit for my mate who passed, miss you bro
nl	calm	-	ik ga dood van de honger, wie heeft er een broodje
nl	calm	-	die soep van de inloop, daar ga je spontaan van dood lol
nl	calm	-	lachen, ik lag dubbel, ik ging echt dood
nl	calm	-	mn benen zijn dood na die wandeling
nl	calm	-	die nieuwe rapper is echt sick, hij slaat alles kapot
nl	calm	-	dat nummer brandt echt, moet je horen
nl	calm	-	ik sterf van de dorst in deze hitte
nl	calm	-	die vent van de corporatie? die bestook ik met klachtenbrieven tot hij erbij neervalt haha
nl	calm	-	mijn plantjes zijn weer allemaal dood. ik ben een seriemoordenaar voor planten
nl	calm	-	kben zo moe, ik ben een wandelend lijk vandaag
nl	calm	-	als m'n moeder dit kapsel ziet vermoordt ze me lol
nl	calm	-	we gaan knallen vanavond met darten, jullie gaan eraan
nl	calm	-	dat gesprek bij de uwv heeft me gesloopt
nl	calm	-	de koffie hier is zo slap, die moet gereanimeerd worden
nl	calm	-	zo verkouden, ik lig op sterven. man flu haha
nl	calm	-	die bus komt nooit. ik word hier oud en grijs op die bushalte
nl	calm	-	koppijn alsof er een bom in mn kop ontploft. paracetamol genomen, gaat wel weer
nl	calm	-	ik kan mezelf wel voor mn kop slaan, sleutels weer binnen laten liggen
nl	calm	-	die kat van hiernaast gaat eraan als hij weer in mn plantenbak poept. grapje he
nl	calm	-	we hebben de tent in de fik gezet op karaoke avond, iedereen ging los
nl	calm	-	die ggz wachtlijst, daar word je toch depressief van. nou ja, was ik al haha
nl	calm	-	kzit stuk van het lachen
nl	calm	-	ik word er gek van, maar ik ben al gek dus maakt niet uit haha
nl	calm	-	ik hoor stemmen. o nee, het zijn de buren lol
nl	calm	-	mn psychiater zegt dat ik vooruitgang boek. ik zeg dat ie een nieuwe bril nodig heeft
nl	calm	-	ggz vroeg of ik donkere gedachten heb. alleen over mn printer
nl	calm	-	ik sla mn hoofd nog tegen de muur met die belastingdienst
nl	calm	-	ik schiet mezelf nog eens in mn voet met dat contract, ik teken altijd te snel
nl	calm	-	jongens ik ben dood, ga slapen. tot morgen
nl	calm	-	dat was een moordfeest gisteren bij de buurtbarbecue
nl	calm	-	die pannenkoeken waren om een moord voor te doen
nl	calm	-	ik zweer het, als ik nog 1 keer die wachtmuziek hoor van de gemeente spring ik uit mn vel
nl	calm	-	mn telefoon is dood, accu leeg, daarom reageerde ik niet
nl	calm	-	de wifi ligt plat, het internet is dood, ik ga gek
nl	calm	-	die tosti is verbrand, zwart als mn ziel haha
nl	calm	-	hij is een bom, die nieuwe pingpong tafel, kom spelen
nl	calm	-	mn kat is een moordenaar, weer een muis op de mat
nl	calm	-	gister filmavond: die scene waar ze hem neersteken, echt heftig gemaakt
nl	calm	-	ik zit GTA te spelen en heb de hele politie achter me aan haha
nl	calm	-	iemand nog Call of Duty vanavond? ik schiet jullie allemaal kapot
nl	calm	-	in die serie gaat iedereen aan de drugs dood, beetje te dichtbij voor mij, heb hem uitgezet
nl	calm	-	welke film is het op de filmavond? als het een horror is met een seriemoordenaar ben ik erbij
nl	calm	-	in die docu over ghb zag je echt hoe iemand in coma ging. leerzaam voor de jongeren hier
nl	calm	-	mn personage in het spel is net doodgegaan, 3 uur werk weg. ik ben woest
nl	calm	-	we keken Trainspotting, hele avond gelachen en gehuild. herkenbaar
nl	calm	-	die brandweerman in die serie is echt mn crush
nl	calm	-	nieuw nummer van mn favoriete band heet Brand in mijn hoofd, echt goed
nl	calm	-	in het boek dat ik lees pleegt de hoofdpersoon een inbraak, spannend man
nl	calm	-	de rookmelder in de gang piept al 2 dagen, batterij leeg denk ik
nl	calm	-	de lamp in het portiek brandt niet
nl	calm	-	de brandblusser op de 2e is weg, iemand heeft hem meegenomen
nl	calm	-	brandalarm ging af omdat iemand onder de melder stond te roken, geen brand hoor
nl	calm	-	mn gasmeter maakt een tikkend geluid, is dat normaal? ik ruik niks
nl	calm	-	de meteropnemer komt dinsdag, wie is er thuis om de kelder open te doen
nl	calm	-	het licht op de galerij brandt de hele dag, zonde van de stroom
nl	calm	-	rookmelder in mn keuken gaat af als ik een ei bak, kan die ergens anders hangen
nl	calm	-	brandblusser in de hal is verlopen volgens het kaartje
nl	calm	-	mn gasfornuis wil niet aan, klik klik maar geen vlam. ruik geen gas hoor
nl	calm	-	nooduitgang lampje boven de achterdeur brandt niet meer
nl	calm	-	de deur van de brandtrap klemt, kan iemand daar naar kijken
nl	calm	-	het brandalarm ging vannacht weer af voor niks, 3e keer, kan dat gemaakt worden
nl	calm	-	de brandmelder bij de lift hangt los aan zn draadje
nl	calm	-	mn kachel brandt niet meer, het waakvlammetje gaat steeds uit. ruik verder niks raars
nl	calm	-	lamp boven de voordeur knippert en dan brandt ie niet meer
nl	calm	-	rookmelders moeten getest worden volgens de brief, wanneer komen ze
nl	calm	-	de gasman is geweest, ketel goedgekeurd, alles veilig
nl	calm	-	de deur van de kelderbox is al een week kapot, iedereen kan erin, kan dat gemaakt worden
nl	calm	-	het slot van de fietsenstalling is stuk, hij gaat niet meer op slot
nl	calm	-	de brandblusser in de gemeenschappelijke ruimte hangt scheef, valt er bijna af
nl	calm	-	rookmelder op zolder is van het plafond gevallen, wie hangt hem terug
nl	calm	-	wat moet ik doen als iemand ooit een overdosis heeft? wil het gewoon weten
nl	calm	-	als ik ooit gas ruik, moet ik dan 112 bellen of de netbeheerder?
nl	calm	-	wat is het nummer als er ooit brand is? 112 toch?
nl	calm	-	wie geeft er een cursus reanimeren? wil het leren voor het geval dat
nl	calm	-	heeft iemand naloxon in huis voor als het ooit misgaat? vroeg mn begeleider
nl	calm	-	wat te doen als je buurman gevallen is en niet op kan? voor de zekerheid vragen
nl	calm	-	stel er wordt ingebroken als ik op vakantie ben, wie moet ik dan bellen
nl	calm	-	hoe herken je een overdosis ghb? volgende week hebben we een ehbo cursus
nl	calm	-	kan de wijkagent op de buurtkaart? voor als er ooit iets is
nl	calm	-	als iemand zegt dat ie dood wil, wat zeg je dan? wil mn maat beter kunnen helpen
nl	calm	-	mag ik vragen wat ik moet doen als mn buurvrouw weer valt? vorige keer wist ik het niet
nl	calm	-	waar kan ik die cursus mentale ehbo doen, ik wil weten hoe ik iemand in crisis help
nl	calm	-	bijna op mn bek gegaan op de natte trap, niks aan de hand, alleen schrik
nl	calm	-	ik viel van mn fiets lol, broek gescheurd, verder prima
nl	calm	-	ben gevallen maar sta alweer, alleen mn trots is gekneusd
nl	calm	-	mn buurvrouw gleed uit maar ze zei dat het goed ging en liep gewoon door
nl	calm	-	gestruikeld over de kat, op de bank geland. de kat is boos
nl	calm	-	vorige maand gevallen, gips is er nu af, kan weer fietsen
nl	calm	-	de trap bij de achteringang is spiegelglad, straks gaat er iemand onderuit, kan er zout op
nl	calm	-	van de stoep gestapt en door mn enkel gegaan, beetje pijn, ijs erop, loop alweer
nl	calm	-	mn buren hadden weer keiharde ruzie, alleen geschreeuw, nu is het stil
nl	calm	-	ik heb net flink staan schreeuwen tegen mn broer aan de telefoon. opgehangen. alles ok
nl	calm	-	ruzie met mn vriendin, ze is naar haar moeder. balen, maar ok
nl	calm	-	die twee op de galerij schelden elkaar al een uur uit over een fiets, kan iemand er wat van zeggen
nl	calm	-	kwam er met de begeleider niet uit, flink tegen elkaar geroepen, nu drinken we koffie
nl	calm	-	tering herrie van boven, ze schreeuwen naar elkaar over de afwas. elke avond
nl	calm	-	ik was zo boos dat ik de deur heb dichtgesmeten, sorry buren
nl	calm	-	heb me kwaad gemaakt op de kassa bij de appie, beetje te hard geroepen. schaam me nu wel
nl	calm	-	het stinkt naar wiet in het trappenhuis, elke avond
nl	calm	-	vieze lucht uit de afvoer in de badkamer, riool denk ik
nl	calm	-	het ruikt naar aangebrande toast bij de buren, die kunnen gewoon niet koken haha
nl	calm	-	iemand rookt op de galerij en het komt zo mn raam in, irritant
nl	calm	-	de bbq van de buren walmt mn slaapkamer in
nl	calm	-	de vuilniszakken bij de container stinken vreselijk
nl	calm	-	rare lucht in de lift, volgens mij heeft daar iemand gepist
nl	calm	-	keiharde muziek bij nr 12 tot 3 uur 's nachts
nl	calm	-	die hond blaft de hele dag als zn baasje weg is
nl	calm	-	er komt rook uit de schoorsteen bij de buren, houtkachel aan, mn was stinkt ernaar
nl	calm	-	vuurwerk om 2 uur 's nachts, jongens het is juni
nl	calm	-	de buurman boort elke zondagochtend om 8 uur, ik word er gek van
nl	calm	-	het ruikt hier naar schimmel in de badkamer, kan iemand komen kijken
nl	calm	-	mn littekens op mn armen zijn van lang geleden, ik schaam me er niet meer voor
nl	calm	-	ik heb nog een litteken van een mes uit mn straattijd, goed verhaal voor de koffieochtend haha
nl	calm	-	vorig jaar was er brand in het andere blok, weet iemand of die woning al opgeknapt is?
nl	calm	-	2 jaar geleden heb ik geprobeerd er een eind aan te maken, nu sta ik op mn eigen benen. wil dit gewoon ff delen
nl	calm	-	toen ik 19 was ben ik neergestoken in de stad. littekens. gaat prima nu
nl	calm	-	in 2018 is er bij mn oude woning ingebroken, sindsdien heb ik 3 sloten lol
nl	calm	-	ik dacht vroeger heel vaak aan dood gaan, nu niet meer, therapie helpt echt
nl	calm	-	mn tattoo zit over een oud litteken heen, niemand ziet het meer
nl	calm	-	ik voel me somber vandaag maar ik ga straks naar de koffieochtend
nl	calm	-	beetje down, mis mn kinderen. kan iemand me bellen
nl	calm	-	eenzaam, niemand om mee te praten. wie wil morgen wandelen
nl	calm	-	mn hoofd zit vol vandaag. zou graag met iemand praten, niet dringend
nl	calm	-	weer een depressieve week maar mn pillen zijn aangepast, ben benieuwd
nl	calm	-	kweet niet wat ik met mezelf aan moet vandaag, verveel me dood. iemand tafeltennis?
nl	calm	-	het gaat niet super, maar het gaat. dat is ook wat
nl	calm	-	mn zoon van 16 is niet wakker te krijgen, het is 13u. pubers
nl	calm	-	mn maat ligt op de bank te slapen na zn nachtdienst, hij snurkt als een beer
nl	calm	-	de kat ligt al de hele dag te slapen en reageert nergens op, typisch kat
nl	calm	-	hij is helemaal van de wereld na die lange dag, ligt voor de tv te pitten
nl	calm	-	ik ben voor 10 uur niet aanspreekbaar, eerst koffie
nl	calm	-	ik ben een keer flauwgevallen bij het bloedprikken haha, vandaag ging het goed
nl	calm	-	snee in mn vinger van het aardappels schillen, pleister erop
nl	calm	-	mond verbrand aan de soep, eigen schuld
nl	calm	-	hand verbrand aan de oven, beetje rood, koud water erover, gaat wel
nl	calm	-	de politie was vanmiddag bij nr 4, weet iemand wat er was? nu is alles rustig
nl	calm	-	ambulance stond vanochtend voor de deur, hoop dat het goed gaat met diegene
nl	calm	-	mn fiets is vannacht uit de stalling gejat, balen
nl	calm	-	vorige week is er ingebroken in de schuur, politie is al geweest
nl	calm	-	sleutels binnen laten liggen, moest bijna inbreken in mn eigen huis lol
nl	calm	-	de buurman klom via het balkon naar binnen omdat hij zn sleutels kwijt was, was wel een show
nl	calm	-	we steken om 6 uur de barbecue aan in de tuin, wie komt
nl	calm	-	kampvuur op het visweekend, wie neemt er hout mee
nl	calm	-	heeft iemand een aansteker? wil een kaarsje branden voor mn moeder, vandaag haar sterfdag
nl	calm	-	kaarsje aan voor mn overleden maat. ff zn nummer draaien. rust zacht bro
nl	calm	-	mn sigaret viel gisteren op de mat, gaatje erin, meteen uitgetrapt. wel een lelijke mat nu
nl	calm	-	rookmelder ging af omdat ik mn tosti liet aanbranden, raam open, alles goed
nl	calm	-	ik heb een gasbrander gekocht voor creme brulee, duim voor me
nl	calm	-	yo buurtbot ff vragen, wanneer is de filmavond
nl	calm	-	zet me op de lijst voor het vissen zaterdag, ik neem mn maat mee
nl	calm	-	bedankt he, jullie hebben me echt geholpen
nl	calm	-	kan ik me afmelden voor het pingpongen, rug doet zeer van het tillen
nl	calm	-	ik wil een wandelgroep beginnen voor mensen die clean zijn, zondagochtend, wie doet mee
nl	calm	-	wie is de wijkagent hier en hoe bereik ik hem
nl	calm	-	goeiemorgen allemaal, zon schijnt, ik ben clean, koffie staat klaar
nl	calm	-	dankjewel voor gister, die buurvrouw die mn brief voorlas. top mens
nl	calm	-	kan ik iemand meenemen naar de walking dinner? mn maatje van de meeting
nl	calm	-	ik ben gek op vissen, wie wil er een keer mee naar het kanaal
nl	calm	-	kan mn begeleider me morgen bellen over mn schulden, niet dringend
nl	calm	-	ik snap die brief van de woningcorporatie niet, over omklappen van het contract
nl	calm	-	wat is er deze week te doen? ik verveel me rot
nl	calm	-	heb een ervaringsdeskundige nodig om mee te praten, waar vind ik die
nl	calm	-	wanneer is die mentale ehbo cursus, ik wil me aanmelden
nl	calm	-	dat was lachen gisteren bij het tafeltennis, ik heb verloren maar ik ga niet dood
nl	calm	-	kheb vannacht gedroomd dat mn huis in brand stond, zweet wakker geworden. alles gewoon ok
nl	calm	-	nachtmerrie over mn straattijd weer, ben er nu wel weer uit. thee gezet
nl	calm	-	mn ex stuurt weer boze berichten, niks ergs, alleen gezeik over de kat
nl	calm	-	die buurvrouw kijkt me altijd aan alsof ik een junk ben. ben ik niet meer hoor mevrouw
nl	calm	-	ze praten over me in de lift, dat ik vroeger op straat leefde. doet pijn maar ik laat het
`;

/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: very short messages, voice-to-text, young people's slang, rushed phone typing, emoji, British and American English, Dutch-English mix.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesD = String.raw`
# voices-d.tsv - danger-classifier training lines for Buurtbot (neighbourhood chat bot in mixed-living housing projects).
# Voices: very short messages, voice-to-text without punctuation, teenagers and young adults (Dutch youth slang, Surinamese/Moroccan-Dutch street words, English gaming/internet slang), rushed phone typing with autocorrect errors, oddly split messages, emoji-heavy messages, British and American English, Dutch-English mix.
# Written on 2026-12-07 by an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; training data for Buurtbot's danger model
# Format: language<TAB>label<TAB>kinds<TAB>text ; label danger = someone in danger now (docs/bot-intents.md emergency), calm = not in danger now; kinds '-' for calm lines. All names, numbers and places are fictional.
# Counts: 808 lines; danger 426, calm 382. Language column: nl 502, en 306. By voice: Dutch 400, English 289, Dutch-English mixed 119 (mixed lines carry their dominant language: 102 nl, 17 en).
# Danger lines per kind (a line can have more than one kind): unresponsive 50, fall 48, overdose 48, fire 48, gas 47, violence 49, threat 48, break_in 47, self_harm 48.
nl	danger	unresponsive	ze reageert gwn niet
nl	danger	unresponsive	hij wordt niet wakker
nl	danger	unresponsive	mn buurman ligt op de grond en zegt niks
nl	danger	unresponsive	hij ligt in de gang met zn ogen open maar reageert nergens op
nl	danger	unresponsive	buurvrouw van 14 zit in haar stoel helemaal grauw, ik krijg geen contact met r
nl	danger	unresponsive	ik schud aan hem maar er gebeurt niks
nl	danger	unresponsive	hij is ineens omgevallen bij de brievenbussen en ligt stil
nl	danger	unresponsive	z'n lippe zijn blauw en hij beweegt niet
nl	danger	unresponsive	broer ligt gwn stil op de bank ik krijg hem niet wakker wollah
nl	danger	unresponsive	mattie is flauwgevallen in de lift hij doet zn ogen niet meer open
nl	danger	unresponsive	Help. Meneer van 3. Ligt in de hal. Zegt niks.
nl	danger	unresponsive	ik sta bij de voordeur van de buurman hij ligt op de vloer en ik hoor hem niet meer ademen wat moet ik doen
nl	danger	unresponsive	ze haalt heel raar adem en reageert niet op haar naam
nl	danger	unresponsive	hij zakte net in elkaar bij de koffieochtend en is helemaal weg
nl	danger	unresponsive	ze lag in bad en ze reageert niet meer
nl	danger	unresponsive	ik zie door het raam iemand op de keukenvloer liggen, bonk op de ruit maar niks
nl	danger	unresponsive	buurman ligt voor de deur. ogen dicht. voelt koud.
nl	danger	unresponsive	hij zit tegen de muur en zn hoofd hangt, geen reactie
nl	danger	unresponsive	ff snel man in het fietsenhok ligt er al tijden ademt bijna niet
nl	danger	unresponsive	mijn buurvrouw is bewustzijnloos ofzo ze zegt helemaal niks
nl	danger	unresponsive	😨😨 hij is niet meer aanspreekbaar
nl	danger	unresponsive	ze gaf net nog antwoord en nu ineens niks meer, ogen draaien weg
nl	danger	unresponsive	hij heeft liggen schokken en nu ligt hij stil en reageert niet
nl	danger	unresponsive	ik voel geen hartslag bij hem
en	danger	unresponsive	shes not responding
en	danger	unresponsive	he wont wake up
en	danger	unresponsive	guy collapsed outside flat 9 not moving
en	danger	unresponsive	she's gone really pale and floppy, can't get her to answer me
en	danger	unresponsive	bro just dropped and hes not breathing right
en	danger	unresponsive	my neighbour is on the floor and I can't wake him. please
en	danger	unresponsive	found my flatmate on the bathroom floor, eyes half open, nothing
en	danger	unresponsive	my neighbor is laying on the kitchen floor and he is not answering me I keep calling his name
en	danger	unresponsive	Mate's passed out cold on the stairs and won't come round
en	danger	unresponsive	she stopped breathing i think
en	danger	unresponsive	no pulse?? i cant feel anything
en	danger	unresponsive	hes gone grey and his chest isnt moving
en	danger	unresponsive	old lady at number 6 slumped over in her chair, not answering the door or me
en	danger	unresponsive	can't get a response. he's just lying there.
en	danger	unresponsive	fam he fainted n hes not getting up
en	danger	unresponsive	he's unconscious in the lift
nl	danger	unresponsive	help mn buurman is unconscious en ik weet niet wat ik moet doen
nl	danger	unresponsive	ze is out, echt out, ze reageert op niks bro
en	danger	unresponsive	yo hij ligt daar gwn and he aint moving at all
nl	danger	unresponsive	ik heb 3x haar naam geroepen, no response
nl	danger	unresponsive	hij is collapsed bij de ingang 😰
nl	danger	unresponsive	ze breathed heel raar en nu niet meer
nl	danger	fall	mn oma is gevallen en kan niet opstaan
nl	danger	fall	ze is van de trap gevallen, bloed aan haar hoofd
nl	danger	fall	help. buurvrouw. trap. bloed.
nl	danger	fall	hij is van de ladder gekukeld en zn been staat raar
nl	danger	fall	been staat helemaal scheef
nl	danger	fall	ze ligt onderaan de trap te kreunen, ze komt niet overeind
nl	danger	fall	meneer is uitgegleden in de douche en komt niet meer omhoog
nl	danger	fall	hij is van zn fiets geknald voor de deur, er steekt een botje uit zn arm
nl	danger	fall	oma ligt in de badkamer, al uren zegt ze, kan niet op
nl	danger	fall	mijn buurvrouw is gevallen in de hal en ze heeft haar heup gebroken denk ik ze schreeuwt van de pijn
nl	danger	fall	gevallen van het balkon 1 hoog, hij beweegt wel maar bloedt heel erg
nl	danger	fall	broer is van de muur gesprongen en zn enkel is echt kapot hij kan niet staan
nl	danger	fall	kind van boven is van het klimrek gevallen arm hangt raar
nl	danger	fall	kan niet opstaan. lig in de keuken. heup.
nl	danger	fall	hij is uitgegleden op het ijs bij de ingang en zn hoofd ligt open
nl	danger	fall	gevallen met rollator, ze ligt op straat en huilt van de pijn
nl	danger	fall	buurman op de galerij gestruikeld, gezicht onder het bloed
nl	danger	fall	zn pols staat de verkeerde kant op na die smak
nl	danger	fall	mn moeder is van de keukentrap gevallen ze kan haar been niet bewegen
nl	danger	fall	meid van 3 hoog is van de trap gedonderd en er is overal bloed
nl	danger	fall	hij viel achterover op de stoeprand en er komt bloed uit zn oor
nl	danger	fall	Ze lig op de grond ze kan niet op staan ze heef heel veel pijn
nl	danger	fall	opa is uit bed gerold en ligt klem tussen bed en muur, kan niet op
nl	danger	fall	smak gemaakt van de trap, kan mn arm niet meer bewegen en ik zit alleen
en	danger	fall	my nan fell and cant get up
en	danger	fall	he fell down the stairs theres blood everywhere
en	danger	fall	she slipped in the shower and her leg looks broken
en	danger	fall	Fell off a ladder in the courtyard, his arm's bent wrong
en	danger	fall	bro ate pavement on his scooter and his knee is literally open, you can see bone
en	danger	fall	mr de wit tripped on the landing, bleeding from his head and he cant stand
en	danger	fall	i fell and i think i broke my hip i cant move
en	danger	fall	she's on the floor by the lift, took a tumble, can't put weight on her ankle and it's swelling like mad
en	danger	fall	fell from the balcony
en	danger	fall	dude fell off the bike shed roof, he's screaming and holding his back
en	danger	fall	my neighbour fell in the stairwell, lots of blood from her chin and she's dizzy
en	danger	fall	old guy went down hard on the ice outside, cant get him up
en	danger	fall	i cant get up off the floor, been here since last night
en	danger	fall	she fell n hit her head on the radiator, bleeding bad
en	danger	fall	his leg is at a weird angle after the fall
en	danger	fall	took a nasty fall down the steps, can't feel my foot
nl	danger	fall	ze is gevallen en her wrist is echt broken
nl	danger	fall	mn opa ligt naast zn rollator, he can't get up en zn hand bloedt 😭
nl	danger	fall	bro viel van de trap en zn arm is fucked
en	danger	fall	valpartij bij de entree, he's bleeding from his head
nl	danger	fall	fell van de trap, kan niet lopen
nl	danger	fall	buurvrouw gevallen 🩸🩸 ze kan niet staan
nl	danger	fall	help mn buurvrouw is fallen en ze kan niet op
nl	danger	overdose	hij heeft net een hele strip pillen genomen
nl	danger	overdose	ze heeft al haar medicijnen in 1 keer geslikt
nl	danger	overdose	te veel gebruikt denk ik, hij zit te kwijlen en zn ogen draaien weg
nl	danger	overdose	mattie heeft te veel gesnoven hij trilt en zweet als een gek
nl	danger	overdose	ze heeft pillen met drank genomen en wordt steeds suffer
nl	danger	overdose,unresponsive	hij ligt raar te snurken na de heroïne en zn lippen worden blauw
nl	danger	overdose,unresponsive	buurman heeft een pot slaappillen leeg en ik krijg hem bijna niet wakker
nl	danger	overdose	overdosis denk ik bij nr 22
nl	danger	overdose	ze heeft ghb gehad en ze gaat steeds weg
nl	danger	overdose	te veel g genomen op het feestje boven, ze reageert amper
nl	danger	overdose	hij heeft paracetamol geslikt, heel veel, de doosjes liggen leeg
nl	danger	overdose	had zn methadon en daarna nog spul gepakt, nu is hij heel traag en blauwig
nl	danger	overdose	ze heeft te veel xtc op, ze is gloeiend heet en verward
nl	danger	overdose	kheb te veel pillen genomen ik voel me heel raar
nl	danger	overdose	hij spuit en nu valt ie om
nl	danger	overdose	mijn vriend heeft te veel pillen genomen met alcohol en hij praat niet goed meer en hij valt steeds in slaap
nl	danger	overdose	broer heeft iets geslikt wat hij van straat had hij schuimt bij zn mond
nl	danger	overdose	lege doosjes oxazepam naast haar bed en ze is heel suf
nl	danger	overdose	strip leeg, fles wodka leeg, hij ligt te lallen op de vloer
nl	danger	overdose	hij zegt dat hij net 20 tramadol heeft genomen
nl	danger	overdose	ze zit vol coke en haar hart gaat tekeer ze grijpt naar haar borst
nl	danger	overdose	ik denk dat hij een shot te veel heeft gezet
nl	danger	overdose	zoontje heeft de pillen van oma opgegeten
nl	danger	overdose,self_harm	k heb alles genomen wat in de medicijnkast lag
en	danger	overdose	he took a whole bottle of pills
en	danger	overdose	shes od'ing i think
en	danger	overdose	bro took too much, eyes rolling back
en	danger	overdose,unresponsive	my mate mixed xans and lean and now he's barely breathing
en	danger	overdose	he's overdosed in the stairwell, needle still in his arm
en	danger	overdose	she swallowed all her meds at once
en	danger	overdose	took too many pills, feels like my heart is going to explode
en	danger	overdose	guy in flat 11 is gurgling and grey after using
en	danger	overdose	my flatmate downed a load of paracetamol an hour ago, says she's fine but she's not
en	danger	overdose	too much ket, hes completely gone and drooling
en	danger	overdose	she's having a bad reaction to whatever she snorted, shaking and can't talk
en	danger	overdose	he ate like 10 edibles plus vodka and keeps passing out and throwing up
en	danger	overdose	pretty sure it's an OD, pinpoint pupils, really slow breathing
en	danger	overdose	dude took fent by accident i think, he's going blue
en	danger	overdose	my brother took a handful of his sleeping tablets with beer
en	danger	overdose	she's fitting after taking something at the party
nl	danger	overdose	hij heeft zn hele prescription opgegeten
nl	danger	overdose	ze is aan het oden bro, help
en	danger	overdose	te veel gebruikt, he's turning blue
nl	danger	overdose	overdose bij de bankjes achter het gebouw
nl	danger	overdose	k denk dat hij too much heeft gedaan, zn ogen rollen weg
nl	danger	overdose	💊💊💊 alles op, ze reageert slecht
nl	danger	overdose	mn zus heeft een handvol pillen gepakt with wine
en	danger	overdose	ik heb alles gesnoven wat ik had, heart racing like crazy
nl	danger	fire	vlammen!! 3b
nl	danger	fire	brand op de 3e
nl	danger	fire	rook kringelt onder de deur van 7 door en het ruikt geschroeid
nl	danger	fire	rook in het trappenhuis je ziet geen hand voor ogen
nl	danger	fire	de pan staat in de fik
nl	danger	fire	het ruikt verbrand en er komt zwarte rook uit het raam van boven
nl	danger	fire	de vuilcontainer staat in de fik en het slaat over op de schuur
nl	danger	fire	scootmobiel in de gang vat vlam
nl	danger	fire	mn buurman zn balkon staat in lichterlaaie
nl	danger	fire	de meterkast vonkt en er komt rook uit
nl	danger	fire	er brandt iets in de kelder, stinkt naar plastic en dikke rook
nl	danger	fire	er is brand bij de buren de vlammen slaan uit het raam
nl	danger	fire	wollah alles staat in de fik bij de fietsenstalling
nl	danger	fire	rookmelder gaat af en ik zie echt flammen in de keuken
nl	danger	fire	e-bike accu ontploft in de gang en het brandt
nl	danger	fire	De bank staat in brand, ik krijg het niet uit
nl	danger	fire	gang vol rook, kan niet naar beneden
nl	danger	fire,violence	hij heeft net de matras van zn buurman aangestoken terwijl die erop lag
nl	danger	fire	frituurpan in brand bij nr 18 en ze gooien er water op
nl	danger	fire	ik zit vast op mn kamer er komt rook binnen
nl	danger	fire	zie oranje gloed en rook bij de container achter
nl	danger	fire	de auto voor de deur staat in brand naast de gevel
nl	danger	fire	vuur!! 3 hoog!!
nl	danger	fire	brabd bij de buren!!
en	danger	fire	theres smoke pouring out of flat 4
en	danger	fire	kitchen's on fire
en	danger	fire	flames!!! in the bin room
en	danger	fire	smells like burning plastic and the hallway is full of smoke
en	danger	fire	the flat above me is on fire, i can see flames out the window
en	danger	fire	someone set the bins alight and its spreading to the fence
en	danger	fire	cant get out, smoke everywhere
en	danger	fire	the chip pan caught and its going up
en	danger	fire	lads theres actual fire by the bike shed, not a joke
en	danger	fire	sparks and smoke from the plug socket, now theres a flame
en	danger	fire	fire fire fire
en	danger	fire	the sofa downstairs is burning and the corridor is black
en	danger	fire	there is a fire in the building next door and the smoke is coming in our windows
en	danger	fire	scooter battery exploded in the hall and its burning
en	danger	fire	curtains caught fire from a candle, it's spreading up the wall
nl	danger	fire	het brandt echt hier, not a joke
nl	danger	fire	yo de keuken is on fire
nl	danger	fire	rook overal, ik cant breathe
nl	danger	fire	🔥🔥🔥 bij nr 12 echt brand
en	danger	fire	flat 5 staat in de fik bro, flames everywhere
nl	danger	fire	smoke uit het dak 😱
nl	danger	fire	brand in de kelder, send help
nl	danger	fire	yo er komt smoke uit de meterkast, echt veel
nl	danger	gas	ruik gas
nl	danger	gas	ik ruik gas bij de buren en ze doen niet open
nl	danger	gas	sissend geluid bij de gasmeter en het ruikt naar rotte eieren
nl	danger	gas	het ruikt naar rotte eieren in de hele gang, echt heel sterk
nl	danger	gas	iemand heeft de gaskraan open laten staan het ruikt heel erg
nl	danger	gas	gaslek denk ik bij nr 9
nl	danger	gas	gas lucht bij de ketel en ik word duizelig
nl	danger	gas	mijn fornuis staat open en ik ruik gas maar ik krijg m niet dicht
nl	danger	gas	bouwvakkers hebben de gasleiding geraakt op straat het sist heel hard
nl	danger	gas	het ruikt hier heel erg naar gas in de kelder bij de bergingen
nl	danger	gas	stinkt naar gas wollah kom ff
nl	danger	gas	het ruikt naar gas en er staat iemand te roken in de gang
nl	danger	gas,threat	buurman heeft het gas opengedraaid en roept dat hij alles opblaast
nl	danger	gas	sterke gaslucht bij de meterkast, kinderen zijn binnen
nl	danger	gas	hoofdpijn en misselijk en het ruikt hier naar gas
nl	danger	gas	heel sterke gasgeur bij de cv
nl	danger	gas	ik hoor gas sissen in de keuken van de buren
nl	danger	gas	geur van gas komt onder de deur door van 2b
nl	danger	gas	gas ruik ik. sterk. hal.
nl	danger	gas	het ruikt naar gaz bij de ketel echt heel erg
nl	danger	gas	de pitten staan open zonder vlam, hele huis stinkt
en	danger	gas	i smell gas
en	danger	gas	strong gas smell in the corridor
en	danger	gas	it smells like rotten eggs in the whole building
en	danger	gas	i think theres a gas leak next door
en	danger	gas	hissing noise from the gas pipe
en	danger	gas	the hob is hissing but theres no flame and it stinks
en	danger	gas	gas smell is really bad on the 2nd floor
en	danger	gas	whole stairwell reeks of gas
en	danger	gas	smells like gas and my head is pounding
en	danger	gas	workmen hit a gas main outside the flats
en	danger	gas	smell of gas coming from under her door and she wont answer
en	danger	gas	gas!!! can smell it everywhere
en	danger	gas	I can smell gas really strong in the basement near the meters
en	danger	gas	mate the whole landing stinks of gas, proper strong
en	danger	gas	gas leak in flat 3 i think
en	danger	gas	there's a gas smell by the boiler and the pilot light is out
nl	danger	gas	ruik echt gas hier, like heavy
nl	danger	gas	gaslucht in de hal, what do i do
nl	danger	gas	het stinkt naar gas bro, serious
nl	danger	gas	smell gas bij de ingang 😷
en	danger	gas	gas smell at nr 16, super strong
nl	danger	gas	yo het ruikt naar gas bij de meters
nl	danger	gas	kan iemand komen, gas smell in de keuken
nl	danger	gas	gas smell wordt steeds erger, kinderen slapen boven
nl	danger	violence	hij heeft een mes!!
nl	danger	violence	ze slaan hem in elkaar op de gang
nl	danger	violence	vechtpartij voor de deur
nl	danger	violence	hij trapt haar, ze ligt op de grond
nl	danger	violence	er wordt iemand mishandeld op de galerij
nl	danger	violence	ik hoor haar gillen en klappen, hij slaat haar
nl	danger	violence	twee gasten rollen over straat en eentje heeft een mes
nl	danger	violence	buurman zwaait met een honkbalknuppel naar mensen
nl	danger	violence	hij heeft haar bij de keel
nl	danger	violence	gast met een mes in de lift
nl	danger	violence	er staat iemand met een pistool bij de ingang
nl	danger	violence	hij slaat zn kind, ik hoor het door de muur
nl	danger	violence	ze zijn met 5 man op hem aan het inrammen
nl	danger	violence	ze trekken een mes broer, echt
nl	danger	violence	bloed op de gang en hij slaat nog steeds door
nl	danger	violence	mn vriend slaat me
nl	danger	violence	hij sloeg me net en staat nog voor mn deur
nl	danger	violence	er zijn twee mannen aan het vechten in het trappenhuis en eentje heeft een mes
nl	danger	violence	ze gooien flessen naar zn hoofd
nl	danger	violence,fall	hij duwt haar net van de trap af
nl	danger	violence	gevecht. parkeerplaats. mes.
nl	danger	violence	ik word geslagen help
nl	danger	violence	meisje wordt aangevallen bij de bushalte voor het complex
nl	danger	violence	mijn buurman heeft een mens in zn hand en hij loopt naar haar toe
en	danger	violence	hes got a knife
en	danger	violence	theres a fight outside and someone's getting stabbed
en	danger	violence	he's beating her up in the hallway
en	danger	violence	guy with a machete on the stairs
en	danger	violence	my boyfriend is hitting me
en	danger	violence	they're kicking him on the ground
en	danger	violence	someone's being jumped by the bins
en	danger	violence	man waving a gun in the car park
en	danger	violence	he just punched her and she's bleeding
en	danger	violence	he's strangling her i can hear it through the wall
en	danger	violence	mandem are fighting with blades outside
en	danger	violence	proper kicking off downstairs, bottles flying, one's on the floor
en	danger	violence	he's choking me
en	danger	violence	there's a man attacking a woman in front of the building please send someone
en	danger	violence	hes smashing her head against the door
en	danger	violence	kid getting battered by three older lads at the playground
nl	danger	violence	bro die gast trekt een knife bij de lift
nl	danger	violence	ze zijn aan het fighten en er is bloed
nl	danger	violence	gast slaat haar echt hard, help
en	danger	violence	guy met mes at nr 2, he's swinging it
nl	danger	violence	🔪🔪 bij de ingang hij zwaait ermee
nl	danger	violence	ze wordt geslagen, i can hear it
nl	danger	violence	stabbing bij de flat, iemand ligt
en	danger	violence	bro ze hebben hem gestoken, he's bleeding out
nl	danger	threat	hij zegt dat hij me gaat vermoorden
nl	danger	threat	buurman schreeuwt dat hij me afmaakt als ik de deur opendoe
nl	danger	threat	ik krijg berichten dat ze me vanavond komen steken
nl	danger	threat	hij staat voor mn deur en roept ik maak je dood
nl	danger	threat	ze dreigt mn kind iets aan te doen
nl	danger	threat	hij zegt dat hij het huis in de fik steekt met ons erin
nl	danger	threat	hij zei net dat ie terugkomt met een mes
nl	danger	threat	ik word bedreigd door de man van 4, hij zegt dat hij me kapot maakt
nl	danger	threat	hij bonkt op mn deur en zegt dat hij me gaat slachten
nl	danger	threat	mn ex zegt dat hij me komt halen en dan ben ik er geweest
nl	danger	threat	buurjongen dreigt zn pitbull op me af te sturen, hond staat al te grommen
nl	danger	threat	hij zegt letterlijk ik schiet je neer
nl	danger	threat	de man van boven zegt dat hij mij gaat vermoorden als ik nog een keer klaag
nl	danger	threat	ze appen me: we weten waar je woont, je gaat bloeden
nl	danger	threat	hij zegt dat hij de begeleider morgen gaat neersteken
nl	danger	threat	ik ben bang hij zegt dat hij me gaat wurgen
nl	danger	threat	hij schreeuwt op de galerij dat iedereen hier dood moet
nl	danger	threat	je bent dood als ik je zie, roept hij steeds
nl	danger	threat	buurvrouw dreigt mijn kat te vergiftigen en mij erbij
nl	danger	threat	hij zegt: ik wacht op je beneden en dan steek ik je
nl	danger	threat	wollah die gast zegt hij gaat mn moeder iets aandoen
nl	danger	threat	hij dreigt met een vuurwapen, zegt dat hij er een in zn jas heeft
nl	danger	threat	ik krijg dms dat ze me gaan opwachten en slopen na school
nl	danger	threat	mn stiefvader zegt dat hij me de trap afgooit als ik thuiskom
en	danger	threat	he says hes going to kill me
en	danger	threat	my neighbour just threatened to stab me
en	danger	threat	he's outside my door screaming he'll do me in
en	danger	threat	they said theyre coming back tonight to hurt me
en	danger	threat	ex keeps texting that hes going to kill me and hes on his way
en	danger	threat	guy upstairs said he'll shoot anyone who knocks
en	danger	threat	he said he'll burn the place down with us inside
en	danger	threat	im getting threats, they say im dead the moment i leave the flat
en	danger	threat	he told my kid he'd slit her throat
en	danger	threat	bloke from no 8 said he'll smash my head in if i call anyone
en	danger	threat	she's threatening to hurt the baby
en	danger	threat	he says he's got a gun and he'll use it on me
en	danger	threat	man says he's waiting downstairs to kill me
en	danger	threat	got a voice note saying they'll cut me tonight
en	danger	threat	he just said i'm going to kill you and he meant it
en	danger	threat	he threatened to throw me off the balcony
nl	danger	threat	hij zegt he's gonna kill me
nl	danger	threat	ze zeggen i'm done for als ik buiten kom
nl	danger	threat	bro hij dreigt me te shanken vanavond
en	danger	threat	hij zegt he will come back and hurt me, he's still in the hall
nl	danger	threat	threats van buurman, zegt hij gaat me neersteken
nl	danger	threat	💀🔪 appt hij me, zegt ik ben next
nl	danger	threat	die gast zegt hij gaat me murderen als ik praat
nl	danger	break_in	er is iemand in mn huis
nl	danger	break_in	er breekt iemand in bij de buren
nl	danger	break_in	ik hoor glas breken en iemand in de woonkamer
nl	danger	break_in	iemand probeert mn deur open te breken
nl	danger	break_in	er staan twee gasten aan de achterdeur te wrikken
nl	danger	break_in	inbraak bezig bij nr 11
nl	danger	break_in	ze zijn de bergingen aan het openbreken
nl	danger	break_in	iemand klimt via het balkon naar binnen bij de buurvrouw
nl	danger	break_in	kzit in de slaapkamer en hoor iemand beneden rommelen, ik woon alleen
nl	danger	break_in	raam kapot en er loopt iemand rond in het huis van boven, ze zijn op vakantie
nl	danger	break_in	er is een vreemde man binnengekomen en hij pakt spullen
nl	danger	break_in	ze zitten aan mn slot te pielen
nl	danger	break_in	voordeur van de buren staat open en er zijn vreemde stemmen binnen, zij zijn weg
nl	danger	break_in	er zijn mensen aan het inbreken bij het appartement naast mij ik hoor ze boren in het slot
nl	danger	break_in	ik hoor iemand boren in de voordeur om 3 uur snachts
nl	danger	break_in	inbrekers!! op de galerij
nl	danger	break_in	iemand in de tuin met een koevoet bij de achterdeur
nl	danger	break_in	de deur van de gemeenschappelijke ruimte is opengebroken en ze zijn er nog
nl	danger	break_in	ik zie met mn zaklamp iemand in de kelderboxen die er niet hoort
nl	danger	break_in	ze zijn binnen. ik zit op de wc. help
nl	danger	break_in	iemand met bivakmuts probeert het raam van nr 5 open te krijgen
nl	danger	break_in	wollah er zit iemand in de woning van mn buurman, en hij ligt in het ziekenhuis
nl	danger	break_in	Er is iemand in mijn huis ik hoor laatjes open gaan
nl	danger	break_in	iemand heeft het raampje ingetikt en steekt zn arm naar binnen bij het slot
en	danger	break_in	someones in my flat
en	danger	break_in	someone's breaking into next door
en	danger	break_in	i can hear someone trying to jimmy my door
en	danger	break_in	guy climbing in through the window at number 3
en	danger	break_in	burglars in the building right now
en	danger	break_in	theres someone moving around downstairs and i live alone
en	danger	break_in	two lads with a crowbar on the back door
en	danger	break_in	someone smashed the window and is inside
en	danger	break_in	someones going through my stuff in the next room
en	danger	break_in	they kicked in the door of flat 6, they're still in there
en	danger	break_in	theres a man with a torch in the empty flat
en	danger	break_in	someone is drilling the lock at 3am
en	danger	break_in	hiding in the bathroom, someones broken in
en	danger	break_in	somebody is trying to get in through the balcony door right now
en	danger	break_in	break in happening in the bike storage
en	danger	break_in	i woke up and there's a stranger in my kitchen
nl	danger	break_in	iemand is mn huis binnengekomen, i'm hiding under the bed
nl	danger	break_in	inbraak bij de buren, they're still inside
nl	danger	break_in	yo iemand breekt in bij de berging rn
nl	danger	break_in	someone in mn huis 😰😰
nl	danger	break_in	ze breken de deur open, help pls
nl	danger	break_in	break-in bij nr 20 bezig
en	danger	break_in	some guy klimt over het hek and he's smashing the window
nl	danger	self_harm	ik kan echt niet meer, ik wil er niet meer zijn
nl	danger	self_harm	dit is mn laatste bericht hier
nl	danger	self_harm	zeg tegen iedereen dat het me spijt
nl	danger	self_harm	ik sta op het dak en ik ga springen
nl	danger	self_harm	ik heb mezelf gesneden en het blijft bloeden
nl	danger	self_harm	ik heb het touw al klaarliggen
nl	danger	self_harm	niemand gaat me toch missen. dag
nl	danger	self_harm	ik stop ermee. met alles.
nl	danger	self_harm	buurman staat op de balkonrand en zegt dat ie springt
nl	danger	self_harm	mn kamergenoot zit zich te snijden in de badkamer
nl	danger	self_harm	ik heb mn pillen gespaard voor vanavond
nl	danger	self_harm	als ik er morgen niet meer ben, zorg dan voor mn kat
nl	danger	self_harm	ik sta bij het spoor
nl	danger	self_harm	ik zit op de brug en kijk naar het water, ik durf bijna
nl	danger	self_harm	mattie zegt dat hij er vanavond een einde aan maakt
nl	danger	self_harm	het heeft geen zin meer, ik ga ermee kappen voorgoed
nl	danger	self_harm	ik heb een mes in mn hand en ik wil mezelf pijn doen
nl	danger	self_harm	ik wil niet meer leven het is allemaal te veel ik heb de pillen hier
nl	danger	self_harm	ik ben iedereen tot last, beter als ik weg ben
nl	danger	self_harm	sorry voor alles mam
nl	danger	self_harm	buurvrouw zegt dat ze zichzelf iets gaat aandoen en doet de deur op slot
nl	danger	self_harm	kbn klaar met leven
nl	danger	self_harm	ik ga nu de snelweg op lopen
en	danger	self_harm	im done. with everything. bye
en	danger	self_harm	tell everyone im sorry x
en	danger	self_harm	this is my last message
en	danger	self_harm	ive cut myself and it wont stop
en	danger	self_harm	im on the roof and im going to jump
en	danger	self_harm	i've got the blade out again
en	danger	self_harm	goodbye everyone, love you all x
en	danger	self_harm	my flatmate locked herself in and says she wants to die
en	danger	self_harm	ive written the notes, its tonight
en	danger	self_harm	gonna end it tonight
en	danger	self_harm	i want to kms
en	danger	self_harm	kms fr not joking this time
en	danger	self_harm	i just want it all to stop for good
en	danger	self_harm	theres no point anymore, i've got the rope
nl	danger	self_harm	ik wil echt kms bro
nl	danger	self_harm	dit is goodbye, sorry voor alles
nl	danger	self_harm	ik ben done met leven
en	danger	self_harm	i'm gonna end it, niemand mist me toch
nl	danger	self_harm	zeg mn moeder dat ik van haar hou. bye.
nl	danger	self_harm	ik wil niet meer wakker worden, fr
nl	danger	self_harm	ik hou het niet meer vol, this is it, sorry
en	calm	-	im dead 💀💀 who sent this
en	calm	-	that beat is fire fr
en	calm	-	we got wrecked last night lol
en	calm	-	bro you killed it on stage
en	calm	-	this song slaps
en	calm	-	im literally dying 😂😂
en	calm	-	that exam murdered me
en	calm	-	i could murder a cuppa right now
en	calm	-	he's gonna kill me if i'm late again haha
en	calm	-	that fit goes hard, no cap
en	calm	-	ngl that pizza was fire
en	calm	-	lmao i'm deceased
en	calm	-	she absolutely slayed the karaoke
en	calm	-	can't walk, leg day destroyed me 💀
en	calm	-	the mandem got smoked at footy today
en	calm	-	bruv that tune is a banger, proper sick
en	calm	-	we're gonna destroy them at the pub quiz
en	calm	-	she shot me down when i asked her out haha
en	calm	-	that joke killed 💀💀
en	calm	-	dead tired, going to bed
en	calm	-	knock em dead at your interview tomorrow
en	calm	-	the brownies are to die for
en	calm	-	bro got cooked in the group chat lmao
en	calm	-	yo that verse was straight up murder
en	calm	-	ur gonna get smoked in mario kart
en	calm	-	i'm starving, could eat a horse
en	calm	-	my legs are wrecked after that hike, in a good way
en	calm	-	the comments section is a bloodbath rn
en	calm	-	he's on fire today, scored three goals
en	calm	-	i swear i'm gonna throw this laptop out the window
en	calm	-	nearly fainted when i saw the rent increase
en	calm	-	i'm gonna pass out from boredom in this meeting
en	calm	-	my plants are all dead, i killed them again
en	calm	-	the battery on my scooter died halfway home
en	calm	-	the car's out of gas, can anyone give me a lift to the shops
en	calm	-	gas prices are insane rn
en	calm	-	overdosed on coffee this morning, i'm vibrating lol
en	calm	-	i fell for it lol, good prank
en	calm	-	my jaw literally dropped
en	calm	-	break a leg tonight at the show!
en	calm	-	we broke into the biscuit tin at the coffee morning, no regrets
en	calm	-	she broke into song halfway through bingo
en	calm	-	shoot me a text when you're here
en	calm	-	shoot, forgot my keys again
en	calm	-	arsenal got battered lol
en	calm	-	we smashed it at the litter pick, 20 bags!
en	calm	-	the bake sale killed it, raised 200 quid
en	calm	-	the quiz was brutal
en	calm	-	dead serious, the pancakes at the coffee morning are the best
en	calm	-	on god the film night was fun
en	calm	-	stop capping bro
en	calm	-	it's boiling today
en	calm	-	just got headshot for the 10th time in valorant
en	calm	-	my squad got wiped in warzone
en	calm	-	gg ez, we destroyed them
en	calm	-	he dies at the end of the film, i'm still not over it
en	calm	-	the zombie level keeps killing me
en	calm	-	watching a true crime doc about a break-in, so creepy
en	calm	-	that horror movie had so much blood omg
en	calm	-	i respawned like 40 times lol
en	calm	-	we played among us and i got stabbed in electrical
en	calm	-	the villain burns down the whole town, best episode
en	calm	-	just finished the book, the detective caught the poisoner
en	calm	-	minecraft creeper blew up my house again 😤
en	calm	-	the drill track goes crazy, all about knives but it's just bars
en	calm	-	lost my hardcore world, fell in lava
en	calm	-	there was a small kitchen fire last month but it's all sorted now
en	calm	-	my neighbour fell last week but she's recovering well
en	calm	-	someone broke into the sheds last winter, we got new locks after
en	calm	-	back in the day i overdosed once, been clean 3 years now
en	calm	-	remember when the fire alarm went off at 4am last year lol
en	calm	-	that fight outside on saturday got sorted by the police, all quiet now
en	calm	-	the gas smell yesterday turned out to be the drains, engineer checked it
en	calm	-	my dad collapsed at work years ago, he's totally fine now
en	calm	-	we had a break-in at my old place, glad i moved
en	calm	-	i used to self harm as a teen, doing loads better now
en	calm	-	what do i do if i ever smell gas?
en	calm	-	where's the nearest defibrillator?
en	calm	-	how do you put out a chip pan fire, asking for the cooking class
en	calm	-	who do i call if someone ever breaks in, 112 or the local police?
en	calm	-	what should i do if my neighbour falls and can't get up?
en	calm	-	is there a first aid course coming up?
en	calm	-	hypothetically if someone ODs what's the first thing to do
en	calm	-	is naloxone available here?
en	calm	-	what's the fire escape route on the 4th floor
en	calm	-	can someone show me how the smoke alarm test button works
en	calm	-	the smoke alarm keeps chirping, needs a new battery
en	calm	-	boiler's broken again, no hot water
en	calm	-	fire extinguisher on floor 2 is missing
en	calm	-	the fire door on the landing won't close properly
en	calm	-	gas meter reading form, where do i send it
en	calm	-	the fire alarm went off cause someone burnt toast lol
en	calm	-	light in the stairwell isn't working
en	calm	-	the boiler pressure is low, how do i top it up
en	calm	-	carbon monoxide alarm beeps once a minute, battery i guess
en	calm	-	these wings are hot hot hot 🔥🔥
en	calm	-	the bbq is smoking nicely, come round at 6
en	calm	-	nicked my finger chopping onions, plaster on, all good
en	calm	-	the curry is so spicy i'm sweating buckets
en	calm	-	the kitchen smells like burnt popcorn, sorry neighbours
en	calm	-	set the smoke alarm off making stir fry, nothing on fire though
en	calm	-	anyone got a lighter
en	calm	-	my vape's dead, need to charge it
en	calm	-	the smoke from next door's shisha is coming through my window, bit annoying
en	calm	-	lit some candles, cosy night in
en	calm	-	going out for a smoke brb
en	calm	-	those bangs are just fireworks right
en	calm	-	fireworks display was lush last night
en	calm	-	kids letting off bangers in the car park again, so annoying
en	calm	-	bonfire night at the park, anyone coming?
en	calm	-	campfire songs friday night in the courtyard
en	calm	-	twisted my ankle at five-a-side, just icing it
en	calm	-	got a black eye at boxing training, worth it
en	calm	-	pulled a hamstring, resting for a week
en	calm	-	took a ball to the face in dodgeball, i'm good
en	calm	-	slipped in the rain, bruised my bum, pride hurts more
en	calm	-	feeling a bit low today but i'm ok
en	calm	-	i'm so done with this week lol, weekend pls
en	calm	-	i'm done with my shift, heading home
en	calm	-	bit lonely tonight, anyone up for a chat
en	calm	-	sad my cat passed away, gonna plant something for her
en	calm	-	i'm knackered, proper shattered
en	calm	-	not in a great headspace but i'm safe, could someone call me tomorrow
en	calm	-	me and my sister had a massive row but we're fine now
en	calm	-	the couple upstairs are arguing again, just loud
en	calm	-	neighbour had a go at me about the bins, bit rude
en	calm	-	touch my fries and you're dead lol
en	calm	-	i will end you at monopoly
en	calm	-	ill fight you for the last slice 😤😂
en	calm	-	if you spoil the ending i'm coming for you
en	calm	-	i locked myself out, had to climb in through the window lol
en	calm	-	someone left the front door propped open again
en	calm	-	my parcel got nicked from the hallway yesterday
en	calm	-	the guy at 5 is using a drill at 8am, so loud
en	calm	-	my dad dozed off on the sofa after the match, snoring away lol
en	calm	-	baby finally asleep, don't ring the bell pls
en	calm	-	haven't seen the lady at no 7 for days, her curtains are always shut, bit worried
en	calm	-	ice on the path by the entrance, someone might slip
en	calm	-	the cpr dummy at first aid class was so creepy
en	calm	-	can you tell me when the film night is please I want to bring my son
en	calm	-	all good here 👍
en	calm	-	need my prescription renewed, who do i ask
en	calm	-	knife skills workshop at the community kitchen, sign me up
nl	calm	-	die beat is echt fire bro
nl	calm	-	im dead 💀 om die video
nl	calm	-	2k online straks? je wordt gecooked
nl	calm	-	we got wrecked met voetbal, 7-1 lol
nl	calm	-	die drip is crazy, no cap 🔥
nl	calm	-	lmao ik sterf
nl	calm	-	mn battery is dying, later ff bellen
nl	calm	-	die tiktok killt me 😂
nl	calm	-	bro ik ben deceased
nl	calm	-	ze slayde die presentatie
nl	calm	-	bro ik werd gekilld door een noob in fortnite
nl	calm	-	gg, we hebben ze gewiped
nl	calm	-	die netflix serie over de opioid crisis is echt goed
nl	calm	-	fifa avond? ik ga je humiliaten
nl	calm	-	ik ben doodgegaan in elden ring voor de 50e keer
nl	calm	-	vorige week was er een fire drill, iedereen moest naar buiten lol
nl	calm	-	die inbraak was in 2023, nu is alles safe
en	calm	-	hij was gisteren gevallen but he's fine now, walking around
nl	calm	-	de brand van vorige maand, weet iemand wat de oorzaak was?
nl	calm	-	als er ooit fire is, waar moeten we heen?
en	calm	-	what if iemand flauwvalt tijdens de activiteit?
nl	calm	-	hoe zit het met een first aid kit in de gezamenlijke ruimte
nl	calm	-	de smoke detector piept, battery is leeg
nl	calm	-	boiler kapot weer, geen warm water bro
nl	calm	-	fire alarm test vandaag om 10 uur zegt de corporatie
nl	calm	-	mn noodles zijn burnt 😂
nl	calm	-	die hot sauce is next level, mn mond staat in brand
en	calm	-	bbq tonight in the garden, bring your own vlees
nl	calm	-	mn vape doet het niet meer, is de juice op?
nl	calm	-	wie heeft een lighter voor de bbq
nl	calm	-	vuurwerk in de bosjes gehoord, no worries, gewoon kids
nl	calm	-	happy new year iedereen 🎆🎆 wat een vuurwerk
en	calm	-	scraped my knee met basketbal, all good
nl	calm	-	ik ben gevallen met mn board but im fine lol
nl	calm	-	ik voel me kinda down maar het gaat wel
nl	calm	-	so tired, ik ga pitten
nl	calm	-	im done met deze dag lol, netflix en bed
nl	calm	-	beetje drama in de groepsapp, not a big deal
nl	calm	-	ze hadden beef maar het is squashed
nl	calm	-	als je mn charger weer jat ben je dead meat 😂
nl	calm	-	bro ik ga je killen als je spoilt
nl	calm	-	ik ben on fire vandaag, alles lukt
nl	calm	-	deadass de beste kapsalon van de stad
nl	calm	-	ze was killing it op de open mic
en	calm	-	my phone's dood, charging it nu
nl	calm	-	ik denk dat ze weer gebruikt, she looks rough, kan de begeleider langs?
nl	calm	-	fell asleep in de bus en mijn halte gemist 🙃
nl	calm	-	ik ga je slopen met fifa vanavond
nl	calm	-	ik sterf van de honger, hoe laat begint de walking dinner
nl	calm	-	ga dood van het lachen 😂😂
nl	calm	-	die nieuwe track van hem is echt vuur
nl	calm	-	wollah die kapsalon was moordend lekker
nl	calm	-	ik ben kapot na die dienst, ff bank
nl	calm	-	hij heeft me gisteren afgemaakt met schaken, 3 keer op rij
nl	calm	-	die outfit is hard mattie
nl	calm	-	tering warm vandaag man
nl	calm	-	mn telefoon is dood, laad ik effe op
nl	calm	-	die kapper heeft me vermoord met dit kapsel 😭
nl	calm	-	ik ga je killen met pingpong morgen bij de activiteit
nl	calm	-	we hebben ze afgeslacht met zaalvoetbal, 6-0
nl	calm	-	deze hitte maakt me kapot
nl	calm	-	ik stik van het lachen om die meme
nl	calm	-	mn moeder gaat me vermoorden als ik weer te laat thuis ben lol
nl	calm	-	die film was zo eng ik ging bijna dood van schrik
nl	calm	-	wallah die jongen is een beest aan de pingpongtafel
nl	calm	-	ik heb mn benen eraf gefietst vandaag
nl	calm	-	die ruzie in de groepsapp was een bloedbad haha
nl	calm	-	sma je bent gestoord met die beat
nl	calm	-	ik verzuip in het werk deze week
nl	calm	-	die mop was echt moordend 😂
nl	calm	-	ik schrik me elke keer dood van die nieuwe deurbel
nl	calm	-	ik ben doodmoe
nl	calm	-	die wedstrijd gisteren was oorlog, mooi potje
nl	calm	-	de dj zette de zaal in vuur en vlam gister
nl	calm	-	ze heeft me laten stikken met de afwas
nl	calm	-	mn hoofd ontploft van die belastingbrief
nl	calm	-	bro je gaat eraan met die quiz vanavond
nl	calm	-	die rapper brandt iedereen af in zn nieuwe track
nl	calm	-	ik ga je afmaken met rummikub, let maar op
nl	calm	-	hij is echt een moordenaar op de gitaar
nl	calm	-	sahbi ik ben gesloopt na de sportschool
nl	calm	-	ik lig dubbel
nl	calm	-	ik sta in vuur en vlam voor dat plan van de moestuin
nl	calm	-	ik kook van woede om die parkeerboete
nl	calm	-	ik ontplof bijna van die buurman met zn harde muziek
nl	calm	-	kheb zin om die printer uit het raam te gooien
nl	calm	-	die nieuwe buurman is een bom 😍
nl	calm	-	we gaan knallen vanavond op de dansvloer
nl	calm	-	de sfeer was explosief bij de vergadering van de woonvereniging haha
nl	calm	-	fa waka mati, alles chill?
nl	calm	-	ewa sahbi, kom je pingpongen?
nl	calm	-	mattie je bent gek geworden met die skills
nl	calm	-	gas geven! we zijn te laat voor de bus
nl	calm	-	vol gas vanavond met de voorbereidingen van het buurtfeest
nl	calm	-	ik heb een overdosis netflix gehad dit weekend
nl	calm	-	ik viel bijna flauw van de prijs van de boodschappen
nl	calm	-	ik ben van mn stoel gevallen van het lachen
nl	calm	-	ik ben gevallen voor die nieuwe buurman 🙈
nl	calm	-	vallen en opstaan, zo gaat het leven
nl	calm	-	ik schiet in de stress van die brief, kan iemand meelezen
nl	calm	-	schiet op joh we gaan beginnen
nl	calm	-	ik heb 20 kills gehaald in fortnite
nl	calm	-	in die serie schiet hij iedereen neer, zo goed gemaakt
nl	calm	-	wie kijkt er mee naar de film vanavond, is een thriller met veel bloed
nl	calm	-	ik zit vast bij de eindbaas, hij blijft me doodmaken
nl	calm	-	mn character is doodgegaan en ik ben al mn loot kwijt
nl	calm	-	in gta heb ik een heel politiebureau opgeblazen haha
nl	calm	-	die podcast over moordzaken is echt goed, aanrader
nl	calm	-	minecraft huis van mn broertje is afgebrand door lava lol
nl	calm	-	we speelden weerwolven in de gemeenschappelijke ruimte, ik werd als eerste vermoord
nl	calm	-	cluedo avond: het was de dominee met de kandelaar
nl	calm	-	in de film van gister vloog het hele huis de lucht in door een gaslek, zo nep
nl	calm	-	mn sims zijn verbrand in de keuken omdat ik geen rookmelder had gekocht 😂
nl	calm	-	hij rapt over messen maar hij is echt de liefste jongen van de straat
nl	calm	-	cod met de boys, ik ben 5 keer achter elkaar gesniped
nl	calm	-	weet iemand nog die schoorsteenbrand bij de bakker in 2022? toen was de hele straat afgezet
nl	calm	-	mn buurman is vorige maand gevallen maar hij loopt alweer rond
nl	calm	-	er was twee jaar geleden een inbraak in de berging, sindsdien zit er een nieuw slot op
nl	calm	-	de gaslucht van vorige week bleek gewoon het riool te zijn
nl	calm	-	gister was er ruzie op straat maar de wijkagent heeft het opgelost
nl	calm	-	mijn oom is vorig jaar overleden aan een overdosis, ik denk er vaak aan
nl	calm	-	toen ik op straat leefde werd ik vaak in elkaar geslagen, nu gaat het goed gelukkig
nl	calm	-	de ambulance van gisteravond was voor iemand met een gebroken been, hij is alweer thuis
nl	calm	-	was laatst flauwgevallen bij het bloedprikken, verder alles oké
nl	calm	-	de brandweer was hier vorige week voor een oefening
nl	calm	-	die jongen die gisteren flauwviel is weer helemaal prima, heb hem net gesproken
nl	calm	-	ik had vroeger zelfmoordgedachten maar met hulp gaat het nu veel beter
nl	calm	-	jaren terug ben ik van mn fiets gevallen, daar heb ik dit litteken van
nl	calm	-	er is vorige week ingebroken bij de fietsen, politie heeft aangifte opgenomen
nl	calm	-	wat is het nummer als er brand is?
nl	calm	-	stel dat iemand flauwvalt in de lift, wie bel ik dan?
nl	calm	-	hoe werkt een brandblusser eigenlijk
nl	calm	-	moet ik bij een inbraak 112 bellen of de wijkagent?
nl	calm	-	wat doe je als iemand te veel heeft gebruikt? vraag voor de cursus
nl	calm	-	waar zit de hoofdkraan van het gas in mijn huis, wil het weten voor de zekerheid
nl	calm	-	is er hier een cursus reanimeren?
nl	calm	-	wat als mn buurman valt en niemand het merkt, kan hij een alarmknop krijgen?
nl	calm	-	hoe herken je een overdosis? wil het leren
nl	calm	-	wie moet ik bellen als ik me ooit niet veilig voel
nl	calm	-	hangt er een aed in ons gebouw
nl	calm	-	als iemand dreigt, bel ik dan politie of de begeleider?
nl	calm	-	brandblusser in de gang is verlopen
nl	calm	-	het brandalarm ging af door iemand die tosti's maakte
nl	calm	-	de tl-buis in de fietsenkelder brandt niet meer, knippert alleen
nl	calm	-	de gasrekening is echt hoog deze maand
nl	calm	-	cv-ketel maakt een raar tikgeluid maar werkt wel
nl	calm	-	de rookmelder op de gang hangt los aan het plafond
nl	calm	-	ketel geeft storing code e1
nl	calm	-	deur van de brandtrap klemt
nl	calm	-	noodverlichting bij de trap is kapot
nl	calm	-	het alarm van de berging gaat steeds vals af
nl	calm	-	lampje van de rookmelder knippert rood, is dat normaal
nl	calm	-	branddeur valt niet meer in het slot
nl	calm	-	piep piep piep die rookmelder de hele nacht 😩
nl	calm	-	de verwarming is kapot, het is ijskoud in mijn huil
nl	calm	-	de lift is weer kapot en mijn moeder kan niet naar boven met haar rollator
nl	calm	-	mn rijst is aangebrand haha hele huis ruikt ernaar
nl	calm	-	pizza laten verbranden, zwart als kool
nl	calm	-	sambal is vuurheet, pas op
nl	calm	-	wie heeft er een brander voor crème brûlée
nl	calm	-	de oven rookt een beetje want er zit vet in, ga hem schoonmaken
nl	calm	-	de pannenkoeken zijn mislukt en de rookmelder ging af, verder alles goed
nl	calm	-	ik heb me gebrand aan de pan, koud water erover, valt mee
nl	calm	-	uien snijden en ik huil alsof er iemand dood is
nl	calm	-	ik ben gestopt met roken, dag 12!
nl	calm	-	vuurkorf aan in de tuin, kom erbij
nl	calm	-	de barbecue wil niet aan, iemand aanmaakblokjes?
nl	calm	-	die knallen buiten zijn vuurwerk toch? oud en nieuw komt eraan
nl	calm	-	kinderen steken rotjes af bij de speeltuin, best irritant
nl	calm	-	mag je hier sterretjes afsteken met oud en nieuw?
nl	calm	-	ik schrok me rot van een cobra bij de ingang, gewoon jongens aan het klooien
nl	calm	-	enkel verzwikt met voetbal, koelen en rusten
nl	calm	-	ik ben gevallen met skaten maar alleen een schaafwond
nl	calm	-	pols beetje gekneusd van pingpong haha, niks ergs
nl	calm	-	gestruikeld bij het hardlopen, knie geschaafd, pleister erop
nl	calm	-	mn vinger opengehaald aan een papiertje lol
nl	calm	-	ik ben zo moe vandaag
nl	calm	-	voel me wat down, kan iemand me morgen bellen
nl	calm	-	ik mis mn moeder, ze is vorig jaar overleden
nl	calm	-	het is soms zwaar maar ik red me wel
nl	calm	-	beetje eenzaam vanavond, iemand zin in koffie?
nl	calm	-	ik heb een rotdag gehad maar morgen beter
nl	calm	-	slecht geslapen, ben een zombie
nl	calm	-	ik ben het zat met die schulden, wie kan me helpen
nl	calm	-	ik huil veel de laatste tijd maar ik praat erover met mn begeleider
nl	calm	-	ik zit in een dip, maar heb donderdag een afspraak met mn begeleider
nl	calm	-	buren hebben ruzie over een parkeerplek, veel geschreeuw maar niks ergs
nl	calm	-	mn vriend en ik hadden ruzie, maar het is alweer goed
nl	calm	-	ze schreeuwen weer tegen elkaar boven, elke avond hetzelfde gezeur
nl	calm	-	in de groepsapp is het oorlog over de vuilnisbakken
nl	calm	-	ik vermoord je als je mn chips opeet 😂
nl	calm	-	haha je bent zo dood als je dit aan mam vertelt
nl	calm	-	als je weer te laat bent sla ik je met een pannenkoek
nl	calm	-	ik heb mezelf buitengesloten lol, heeft iemand de reservesleutel?
nl	calm	-	moest door het raam naar binnen klimmen want sleutel vergeten 🙈
nl	calm	-	slotenmaker is net geweest, ik kan weer naar binnen
nl	calm	-	mn fiets is vannacht gejat, waar doe ik aangifte
nl	calm	-	mijn hond heeft de bank gesloopt
nl	calm	-	de kat heeft een muis vermoord en op de mat gelegd 🤢
nl	calm	-	er valt niks te redden aan mn plantjes, allemaal dood
nl	calm	-	iemand heeft mn instagram gehackt
nl	calm	-	rotte eieren in mn koelkast haha tijd om op te ruimen
nl	calm	-	het ruikt naar wiet in het trappenhuis, elke avond
nl	calm	-	mijn buurvrouw slaapt de hele middag, ze had nachtdienst
nl	calm	-	opa doet een dutje, ff niet aanbellen
nl	calm	-	al een tijdje de buurvrouw van 12 niet gezien, haar rolluik blijft dicht, kan iemand een keer aanbellen?
nl	calm	-	mijn buurvrouw lijkt de laatste tijd wat verward
nl	calm	-	ik denk dat hij weer veel drinkt, ik maak me zorgen
nl	calm	-	er ligt een kabel over de gang, straks struikelt er iemand
nl	calm	-	ijzel op de stoep bij de ingang, kan iemand zout strooien
nl	calm	-	de trap is glad door de regen, pas op
nl	calm	-	bij de ehbo cursus oefenden we op een pop die niet ademde
nl	calm	-	moet ik mn pillen voor of na het eten nemen?
nl	calm	-	hoi. vraagje. koffieochtend. hoe laat?
nl	calm	-	yo. pingpong. morgen. wie?
nl	calm	-	🎉🎉 feestje in de tuin zaterdag 🍕🥤
nl	calm	-	💀💀💀 hahaha kijk deze video
nl	calm	-	😂😂😂 ik ga kapot
nl	calm	-	hallo ik wil graag weten wanneer de koffie ochtend is want ik wil me aanmelden met mijn buurvrouw
nl	calm	-	ik heb een vraag over de brand verzekering van mijn huis
nl	calm	-	sorry autocorrect, ik bedoelde koffie niet kogel
nl	calm	-	ff checken of alles goed is met iedereen, bij mij wel
nl	calm	-	nee hoor, niks aan de hand
nl	calm	-	kom zo
nl	calm	-	de brandweer kwam net de rookmelders checken 👍
nl	calm	-	hij maakte een bommetje in het zwembad 😂
nl	calm	-	sorry voor het lawaai, we waren aan het klussen met de boor
nl	calm	-	wie heeft er een scherp mes voor de taart van de koffieochtend
nl	calm	-	die kip uit de oven was om te sterven zo lekker
nl	calm	-	die horror game is echt scary, ik scream elke keer lol
nl	calm	-	bro ik was dead inside bij die wiskundetoets haha
en	calm	-	we went crazy op de dansvloer, everyone was lit
nl	calm	-	fire alarm ging af tijdens de filmavond maar het was de popcornmachine
nl	calm	-	mn oma zegt dat ik gas moet geven met solliciteren, ok boomer
nl	calm	-	ik got jumpscared door mn eigen kat 💀
`;

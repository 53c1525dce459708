/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: low literacy and
 * dyslexic spelling, autocorrect, capitals in panic, Flemish, Surinamese, Antillean and regional Dutch,
 * parents and children, Gen-Z English.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesH = String.raw`
# voices-h.tsv - danger-model training lines for Buurtbot, written by an AI helper given only docs/bot-intents.md and docs/DOMAIN.md, 2026-12-07
# voices: low literacy / dyslexia spelling, autocorrect slips, ALL CAPS panic, cut-off messages; Flemish; Surinamese/Antillean Dutch; regional Dutch (Brabants, Limburgs, Gronings, Rotterdams, Amsterdams); parents about children; children/teens about a parent; Gen-Z English
# format: language<TAB>label<TAB>kinds<TAB>text ; language nl|en ; label danger|calm ; kinds comma-separated emergency kinds for danger, - for calm ; all names, numbers and places fictional
# counts: 808 lines; danger 423, calm 385; nl 488, en 320; per kind (multi-kind lines count once per kind): unresponsive 49, fall 47, overdose 48, fire 47, gas 47, violence 47, threat 47, break_in 47, self_harm 47
nl	danger	unresponsive	mn buurman ligt opde grond en hij zegt niks meer
nl	danger	unresponsive	ze word nie wakker!!! ik heb aan r geschud
nl	danger	unresponsive	HIJ REAGEERT NIET MEER HELP
nl	danger	unresponsive	amai mijn gebuur ligt in de gang en ge krijgt geen woord uit hem
nl	danger	unresponsive	mi tante valt zomaar neer en ze doet no ogen niet open
nl	danger	unresponsive	mn moeder ligt opde bank en ze word nie wakker ik ben bang
nl	danger	unresponsive	papa ademt raar en hij hoort me niet als ik roep
nl	danger	unresponsive	de man van nr 14 zit in de lift helemaal slap en zn lippen zijn blauw
nl	danger	unresponsive	ik hoor em nie meer ademen
nl	danger	unresponsive	buurvrouw ligt al de hele tijd opt balkon en beweegt nie, ik zie het vanaf mn raam
nl	danger	unresponsive	hij zakte in elkaar bij de brievenbussen en reageert niet
nl	danger	unresponsive	ik heb geklopt en geroepen door de brievenbus, ik zie r liggen op de vloer maar ze reageert nie
nl	danger	unresponsive	mijn zoontje van 4 is helemaal slap en reageert niet op me
nl	danger	unresponsive	ons kleintje ademt bijna nie meer en is zo bleek
nl	danger	unresponsive	Ej die jongen bij de fietsenstalling ligt daar al en zegt niks, ogen dicht, ik krijg hem nie wakker
nl	danger	unresponsive	mien man ligt op de grond in de keuken en hai zegt gain woord meer
nl	danger	unresponsive	Ze ligt daar mar en ze doet niks, ik krijg er gin beweging in
nl	danger	unresponsive	hij is flauwgevallen en komt nie meer bij
nl	danger	unresponsive	effe snel help mn opa is ingezakt aan tafel en zn ogen draaien weg
nl	danger	unresponsive	Nee nee nee ze ademt nie
nl	danger	unresponsive	WORD NIET WAKKER
nl	danger	unresponsive	Allez kom, de vent van hiernaast ligt in de trapzaal en ge ziet hem nie ademen
nl	danger	unresponsive	mi broer ligt op de vloer en hij reageert no, wat moet ik doen
nl	danger	unresponsive	mn buurman zijn hoofd hangt zo opzij, zn ogen zijn open maar hij kijkt nergens naar
nl	danger	unresponsive	ik schud aan hem en er gebeurt niks
nl	danger	unresponsive	me moeder ken ik nie wakker krijge ze is zo koud
nl	danger	unresponsive	ze zakte weg tijdens het bellen en nu hoor ik niks meer alleen de tv op de achtergrond
nl	danger	unresponsive	kmn buurvrouw ligt in de wasruimte en ze zegt nikssss
en	danger	unresponsive	bro just dropped in the hallway and hes not answering at all
en	danger	unresponsive	my mum wont wake up
en	danger	unresponsive	SHES NOT BREATHING
en	danger	unresponsive	guy on the bench outside block B is grey and not moving ngl im scared
en	danger	unresponsive	my dad collapsed in the kitchen and hes not responding to me
en	danger	unresponsive	ok this is not a joke my roommate is passed out and i cant wake him up fr
en	danger	unresponsive	the baby went floppy and wont open his eyes
en	danger	unresponsive	neighbour at 7 is lying face down on the landing, called his name like 10 times nothing
en	danger	unresponsive	lowkey panicking my friend is on the floor and his breathing is weird and slow
en	danger	unresponsive	he was talking and then just fell sideways and now he wont answer
en	danger	unresponsive	lady in the laundry room is slumped over and her lips look blue
en	danger	unresponsive	cant wake my little brother up hes so pale
en	danger	unresponsive	Old man in the lift not moving pls
en	danger	unresponsive	shes not responding to anything i pinch her and nothing
en	danger	unresponsive	i think hes not breathing what do i
en	danger	unresponsive	my neighbours kid found his mom on the floor, she's not waking up, he's at my door crying
en	danger	unresponsive	bro is not ok, eyes half open, not reacting to anything
en	danger	unresponsive	my gran went limp in her chair and wont talk
en	danger	unresponsive	the man in 2B is on the bathroom floor making a snoring sound and doesnt answer
nl	danger	fall	mn oma is gevalle van de trap en ze ken nie meer opstaan
nl	danger	fall	buurman is gevallen en er komt bloed uit zn hoofd
nl	danger	fall	ik ben gevalle in de douche en ik kom nie meer overeind
nl	danger	fall	AU MN BEEN STAAT HELEMAAL KROM ben van de trap gevallen
nl	danger	fall	mijn dochter is van het klimrek gevallen en haar arm staat raar
nl	danger	fall	de vrouw van nr 22 ligt onderaan de trap, ze huilt en kan haar heup nie bewegen
nl	danger	fall	amai, ons moeder is gevallen in de keuken en ze bloedt zo hard aan haar hoofd
nl	danger	fall	ik lig opde grond al een uur en kan nie opstaan
nl	danger	fall	mi oma ba, ze is gevallen en nu ze kan no lopen, haar been is helemaal dik
nl	danger	fall	me vader is van de ladder afgedonderd en ie ken z'n arm nie meer bewege
nl	danger	fall	buurvrouw is uitgegleden op het ijs bij de ingang en ze kan nie op d'r been staan
nl	danger	fall	Jong die man is van zn scooter gevallen voor de deur en ligt te bloeden op de stoep
nl	danger	fall	mn zoon is met zn hoofd op de stoeprand geklapt en het bloed stopt niet
nl	danger	fall	kzit vast opde wc vloer gevallen heup doet zo zeer
nl	danger	fall	Hij is van t balkon gevalle, 1e verdieping, ligt in de tuin te schreeuwen
nl	danger	fall	mien mam is gevalle en zeet dat t kraakt in heur pols, ze kan niks vasthouwe
nl	danger	fall	ons mam is gevalle op de stoep en d'r knie ligt hillemaal open
nl	danger	fall	de oude meneer van beneden roept om hulp, hij is gevallen en kan nie opstaan
nl	danger	fall	ze viel met de rolstoel van de oprit en ze bloedt aan r gezicht
nl	danger	fall	kheb ma been gebroke denk ik kan er nie op staan
nl	danger	fall	ik val en mn pols staat helemaal scheef
nl	danger	fall	Me broertje is van het stapelbed gevallen en zn arm hangt zo slap naar beneden
nl	danger	fall	buurvrouw is achterover gevallen en d'r hoofd bloedt, ze is wel wakker maar duizelig
nl	danger	fall	opa is in de badkamer gevallen ik hoor hem roepen maar de deur zit op slot
nl	danger	fall	Allez hij is van de trap gesukkeld en zijn enkel staat helemaal verkeerd
nl	danger	fall	mn knie is kapot bloed overal ik kan nie lopen
nl	danger	fall	mama gevallen ze huilt en kan nie op
nl	danger	fall	Buurman ligt nog onder de ladder, ze been ziet er raar uit en hij kreunt
en	danger	fall	my nan fell in the bathroom and cant get up
en	danger	fall	I slipped on the stairs and i think my ankle is broken i cant move it
en	danger	fall	HE FELL OFF THE BALCONY
en	danger	fall	the old lady next door fell and theres blood all over the floor
en	danger	fall	my son fell off his bike and his arm is bent the wrong way
en	danger	fall	fell in the shower hit my head cant stand up
en	danger	fall	bro fell down the whole staircase and hes screaming about his leg
en	danger	fall	neighbour on the 3rd floor is calling for help, she fell and cant reach her phone
en	danger	fall	my mum tripped over the cat and her wrist is swollen and purple and she cant move it
en	danger	fall	guy just wiped out on the wet floor in the lobby, head is bleeding a lot
en	danger	fall	i fell and i cant get up and nobody is home
en	danger	fall	my little girl fell from the top bunk and shes crying and wont move her arm
en	danger	fall	dad fell off the ladder in the garden, hes awake but says he cant feel his leg
en	danger	fall	not me falling down the stairs fr, bone is literally poking out help
en	danger	fall	old man fell outside the shop, cut on his head wont stop bleeding
en	danger	fall	She's on the floor by the lift with a gash on her head, fell 5 mins ago
en	danger	fall	grandpa fell and his hip hurts so bad he cant even sit up
en	danger	fall	fell off my scooter outside block C knee is open and i feel sick
en	danger	fall	my neighbour fell trying to change a bulb, theres blood on the stairs and shes confused
nl	danger	overdose	mn broer heeft allemaal pillen genomen ik weet nie hoeveel
nl	danger	overdose	ze heeft de hele strip van haar medicijnen opgegeten net
nl	danger	overdose	hij heeft te veel gebruikt en hij schuimt uit zn mond
nl	danger	overdose	de buurman heeft iets gespoten en ligt nu te trillen op de trap
nl	danger	overdose	mn moeder heeft al haar slaappillen genomen met wijn
nl	danger	overdose	ik denk dat hij een od heeft hij is helemaal weg
nl	danger	overdose	ik heb te veel genomen en mn hart gaat zo snel ik ben bang
nl	danger	overdose	mijn dochter van 3 heeft van de pillen van oma gegeten, het potje is half leeg
nl	danger	overdose	m'n zoon van 16 kwam thuis en hij is helemaal weg, pupillen zo klein, hij heeft wat genomen
nl	danger	overdose	amai die jongen van hierboven heeft zoveel gesnoven, hij weet nie meer waar hij is en zijn hart bonkt
nl	danger	overdose	mi zus ba, ze heeft alle pillen van de doos genomen en nu praat ze raar
nl	danger	overdose	ie hep te veel van dat spul genomen en ie ligt te kotsen en te schokken
nl	danger	overdose	vriend heeft g genomen en gaat nu helemaal onderuit
nl	danger	overdose	begeleiding is weg en buurvrouw zit suf met lege pillenpotjes naast d'r
nl	danger	overdose	OVERDOSIS HELP hij ademt heel langzaam
nl	danger	overdose	er liggen lege doordrukstrips overal en ze is zo suf
nl	danger	overdose	mn vader heeft zn methadon en nog andere dingen genomen en is nie goed aanspreekbaar
nl	danger	overdose	zit met ene op de trap die heeft iets geslikt en ie draait z'n ogen weg
nl	danger	overdose	hij zegt dat hij 20 paracetamol heeft genomen een uur geleden
nl	danger	overdose	mn kleine heeft het vitaminepotje leeg gegeten, allemaal ijzertabletten
nl	danger	overdose	ik heb iets in mn drankje gekregen denk ik en ik word heel raar en duizelig
nl	danger	overdose,unresponsive	ze heeft alles door elkaar genomen, pillen drank en coke, en nu is ze blauw om de lippen en zegt niks
nl	danger	overdose	de jongen in de portiek heeft te veel heroine gehad denk ik hij reageert nog een beetje
nl	danger	overdose	mien man het aal zien pillen innomen en hai is hail roar
nl	danger	overdose	Hij he t'n hele potje leeggetrokke en lig nou te zweten en te trillen
nl	danger	overdose	m'n maat is aan t flippen van te veel xtc en zn hart gaat tekeer
nl	danger	overdose	ze heeft een hele fles van haar antidepressiva leeggegeten
nl	danger	overdose	hij heeft net 3 pillen extra genomen bovenop de rest en hij praat nie meer normaal
en	danger	overdose	my friend took way too many pills and hes not making sense
en	danger	overdose	she swallowed a whole bottle of her meds
en	danger	overdose	i think bro overdosed hes foaming at the mouth
en	danger	overdose,unresponsive	neighbour shot up and now hes gurgling on the stairs and wont answer
en	danger	overdose	my toddler got into the paracetamol, the bottle is empty
en	danger	overdose	took too much idk what it was my heart is racing so fast i cant breathe properly
en	danger	overdose	she mixed xans and alcohol and now shes barely awake
en	danger	overdose	guy in the stairwell od'ing i think, lips going blue
en	danger	overdose	my mum took all her sleeping pills and shes really drowsy
en	danger	overdose	he said he took like 30 of his tablets an hour ago
en	danger	overdose	my teen son took something at a party and cant stop shaking, his jaw is going crazy
en	danger	overdose	ngl my roommate did way too much ket and is just gone
en	danger	overdose	OD at number 5 help
en	danger	overdose	my brother took something with fentanyl in it i think and his breathing is slowing down
en	danger	overdose	she drank a lot and took pills on top, shes vomiting and confused
en	danger	overdose	someone spiked my drink and i feel like im going to pass out
en	danger	overdose	my dad doubled his heart meds by accident and now hes dizzy and his pulse is all over the place
en	danger	overdose	empty pill packets everywhere and my flatmate is so out of it
en	danger	overdose	bro popped like 6 pills at once and now hes seizing
nl	danger	fire	er komt rook onder de deur van nr 8 uit
nl	danger	fire	ik zie vlamme uit het raam van de buren
nl	danger	fire	de pan staat in de fik en het gaat nie uit
nl	danger	fire	het stinkt heel erg naar rook in de gang en ik zie grijs spul bij het plafond
nl	danger	fire	amai, den container staat in brand tegen de gevel
nl	danger	fire	mn kamer staat vol rook ik kan nie ademen
nl	danger	fire	het fietsenhok staat in de fik!!
nl	danger	fire	er brand iets op het balkon boven ons, er valt as naar beneden
nl	danger	fire	de scooter in de gang vliegt in brand
nl	danger	fire	mijn zoontje heeft met de aansteker gespeelt en het gordijn brand
nl	danger	fire	zwarte rook uit het dak van blok C
nl	danger	fire	dr komt rook uit het stopcontact en het knettert
nl	danger	fire	de keuken staat in brand ba ik weet nie wat ik moet doen
nl	danger	fire	de vlamme sloegen uit de frituur en nu staat de hele keuken
nl	danger	fire	me moeder haar kaarsje is omgevallen en de bank brand
nl	danger	fire	het fikt bij de buurvrouw, de rookmelder piept en ze doet nie open
nl	danger	fire	Ut brandt hier, de meterkast rookt
nl	danger	fire	Da's gein geintje, t hiel trapgat hingk vol rook
nl	danger	fire	er staat een auto in brand naast de ingang en het komt dichterbij de gevel
nl	danger	fire	Er komt rook uit de wasdroger in de gezamelijke ruimte en het ruikt verbrand
nl	danger	fire	kan nie naar buiten de trap is vol rook
nl	danger	fire	de vuilnisbak naast de voordeur staat in lichterlaaie
nl	danger	fire	ik ruik brand en de muur is heet
nl	danger	fire	mn pa ligt te slapen met een peuk en nu smeult de bank
nl	danger	fire	FIK FIK FIK bij nummer 30
nl	danger	fire	de pannenlap vatte vlam en nu brand het keukenkastje ook
nl	danger	fire	vonken en vlammen bij de elektriciteitskast in de hal
en	danger	fire	my pan caught fire and its spreading to the cupboards
en	danger	fire	flames coming out of the bins behind block A
en	danger	fire	the whole hallway is full of smoke i cant see
en	danger	fire	smells like burning plastic and theres smoke coming from the socket
en	danger	fire	bro set the microwave on fire fr theres actual flames
en	danger	fire	my kids room is on fire my son was playing with a lighter
en	danger	fire	the balcony upstairs is burning and bits are dropping onto ours
en	danger	fire	e-bike battery just went pop in the hall and its burning
en	danger	fire	cant get out the front door theres smoke everywhere
en	danger	fire	car on fire right next to the building
en	danger	fire	black smoke pouring out of the window at 12
en	danger	fire	the curtains caught the candle and the whole wall is going up
en	danger	fire	laundry room dryer is smoking and theres a flame inside
en	danger	fire	lowkey theres a fire in the park and its getting really close to the sheds
en	danger	fire	the neighbours kitchen is on fire and hes not answering the door
en	danger	fire	smoke alarm going off and i can see orange light flickering under the door at 4
en	danger	fire	somethings burning in the wall its hot and crackling
nl	danger	gas	ik ruik gas bij de buurman zn deur
nl	danger	gas	GASLUCHT IN DE KEUKEN
nl	danger	gas	ruikt naar rotte eieren in de hele gang
nl	danger	gas	amai, hier hangt zo'n gaslucht, ik krijg er koppijn van
nl	danger	gas	de kookplaat staat open maar er is geen vlam en het ruikt heel sterk
nl	danger	gas	mn hoofd tolt en het ruikt raar naar gas in mn kamer
nl	danger	gas	bij de meterkast ruikt het heel sterk naar gas en ik hoor gesis
nl	danger	gas	de buurvrouw heeft het gas open laten staan denk ik het stinkt onder haar deur door
nl	danger	gas	t rukt hier noar gas, hail sterk
nl	danger	gas	t ruukt hiej hiel vies nao gas in de kelder
nl	danger	gas	mi ta ruik gas ba, heel sterk bij de deur van nr 6
nl	danger	gas	het ruikt hier naar gas en mn moeder zegt ik moet nie overdrijven maar het is echt heel sterk
nl	danger	gas	bouwvakkers hebben een leiding geraakt en het ruikt overal naar gas op straat
nl	danger	gas	ik ruik zoiets als zwavel in het portiek en het word erger
nl	danger	gas	mn mama is nie thuis en ik ruik gas in de keuken
nl	danger	gas	de knop van het fornuis is afgebroke en het gas blijft eruit komen
nl	danger	gas	het ruik naar gas en de kachel maakt een raar geluid
nl	danger	gas	iedereen in de gang heeft hoofdpijn en het ruikt naar gas
nl	danger	gas	dr hangt een gaslucht bij de lift en het word sterker
nl	danger	gas	Ut stinkt hier naar gas, echt waar ut stinkt
nl	danger	gas	gas ruik ik, heel veel
nl	danger	gas	ik ruk gas in de keuken help
nl	danger	gas	de geiser stinkt naar gas en de waakvlam is uit
nl	danger	gas	ik heb de boiler aangezet en nu ruikt het hele huis naar gas
nl	danger	gas	dr is een gaslek denk ik, het sist buiten bij de gevel
nl	danger	gas	vreemde lucht van rotte eieren uit de kelder en mn kind is misselijk
en	danger	gas	it smells like gas in the hallway
en	danger	gas	strong gas smell coming from flat 9
en	danger	gas	GAS SMELL EVERYWHERE
en	danger	gas	smells like rotten eggs in the stairwell and its getting worse
en	danger	gas	i can hear hissing behind the stove and it stinks of gas
en	danger	gas	the hob is on but no flame and the kitchen reeks
en	danger	gas	ngl the whole floor smells like gas rn
en	danger	gas	my head hurts and my room smells like gas
en	danger	gas	workers hit a pipe outside and theres gas smell all down the street
en	danger	gas	theres a sulphur smell near the meter cupboard
en	danger	gas	my mum left the gas on and went out, the smell is strong
en	danger	gas	bro the basement smells so much like gas im not going down there
en	danger	gas	neighbour is not home and gas smell coming from under her door
en	danger	gas	smell gas near the boiler and its making a whistling noise
en	danger	gas	Smells like gas in the lift lobby, pretty strong
en	danger	gas	me and my sister both feel dizzy and it smells weird like gas
en	danger	gas	gas leak i think, hissing sound by the entrance
en	danger	gas	the oven knob snapped off and gas keeps coming out
en	danger	gas	rotten egg smell in the laundry room, really strong
nl	danger	violence	ze zijn aan het vechten voor de deur
nl	danger	violence	hij slaat r, ik hoor haar gillen
nl	danger	violence	er staat een man met een mes in de gang
nl	danger	violence	MN VADER SLAAT MN MOEDER
nl	danger	violence	twee jongens slaan een oude man bij de bushalte
nl	danger	violence	buurman schopt zn vriendin op de grond
nl	danger	violence	amai, daar zijn ze mekaar aan het afmaken op de parking, met een stok
nl	danger	violence	hij heeft een mes en zwaait ermee
nl	danger	violence	mn moeder word geslagen door r vriend, ik zit in mn kamer
nl	danger	violence	er word iemand in elkaar getrapt bij de fietsenstalling
nl	danger	violence	iemand slaat de buurvrouw met een riem ik hoor het door de muur
nl	danger	violence	ze heeft een kapotte fles in haar hand en ze steekt ermee
nl	danger	violence	die gast heeft een pistool ik zag het in zn broek en hij duwt iemand tegen de muur
nl	danger	violence	mi buurman slaat zijn vrouw ba, ik hoor ze schreeuwen en dingen breken
nl	danger	violence	een groep jongens slaat mijn zoon in elkaar voor onze deur
nl	danger	violence	Daor bin ze an't vechte bij de snackbar, ene bloedt
nl	danger	violence	me broer word gestoke ik zie bloed
nl	danger	violence	hij pakt haar bij de keel en duwt haar tegen de muur
nl	danger	violence	in de portiek slaan ze een jongen met een honkbalknuppel
nl	danger	violence	mn stiefvader slaat me en ik zit nu op de wc opgesloten
nl	danger	violence	gevecht op het pleintje met messen
nl	danger	violence	de man van boven trekt zn vrouw aan haar haren over de galerij
nl	danger	violence	HELP ze slaan hem dood
nl	danger	violence	iemand word beroofd en geslagen voor de supermarkt
nl	danger	violence	ie staat met een mes te zwaaien in de hal, iedereen rent weg
nl	danger	violence	t buurjongetje word geslagen door zn vader, ik hoor hem huilen en klappen
nl	danger	violence	mn ex staat binnen en slaat me
nl	danger	violence	ze hebben hem op de grond en schoppen tegen zn hoofd
en	danger	violence	theres a fight outside and someone is bleeding
en	danger	violence	guy with a knife in the lobby
en	danger	violence	HES HITTING HER
en	danger	violence	my dad is beating my mum rn
en	danger	violence	two dudes jumping an old guy by the bus stop
en	danger	violence	someone's getting stabbed behind the shops
en	danger	violence	bro got hit with a bottle and theyre still kicking him
en	danger	violence	my neighbour is choking his girlfriend i can see it through the window
en	danger	violence	my stepdad hit me and hes still here im locked in the bathroom
en	danger	violence	theres a man waving a gun at people in the car park
en	danger	violence	theyre beating up a kid in the stairwell
en	danger	violence	i can hear someone being slapped and screaming next door, sounds really bad
en	danger	violence	my ex forced his way in and is punching me
en	danger	violence	gang of teens kicking a guy on the ground near block D
en	danger	violence	she just smashed a glass into his face
en	danger	violence	someone is being attacked with a bat outside number 3
en	danger	violence	neighbour dragging his wife by her hair across the landing
en	danger	violence	fight in the corridor, one guy has a screwdriver
en	danger	violence	my brother is getting jumped outside fr come quick
nl	danger	threat	hij zegt dat ie me gaat vermoorde
nl	danger	threat	buurman staat voor mijn deur en roept dat hij me kapot gaat maken
nl	danger	threat	ze appt me dat ze me vanavond komt steken
nl	danger	threat	mn ex zegt dat hij mijn kinderen iets gaat aandoen, hij is onderweg
nl	danger	threat	IK KRIJG DOODSBEDREIGINGEN van de man van nr 5
nl	danger	threat	hij zei ik maak je dood als je de politie belt
nl	danger	threat	amai, de gast van boven staat te roepen dat hij mijn kop gaat inslaan
nl	danger	threat	ze schreeuwt dat ze het huis in brand steekt met ons erin
nl	danger	threat	hij staat met een hamer voor de deur en zegt ik kom binnen en dan ben je dood
nl	danger	threat	mn vader zegt dat hij mama gaat afmaken als ze weggaat
nl	danger	threat	die jongens zeggen dat ze mn zoon gaan pakken na school vandaag
nl	danger	threat	mi buurman ba, hij zeg hij komt mi doodmaken vannacht
nl	danger	threat	mn huisgenoot zegt dat ie me gaat steken, hij heeft het mes al gepakt
nl	danger	threat	Ie roept dat ie me vanavond komp opwachte en me kapot maak
nl	danger	threat	krijg net een bericht: jij bent de volgende, ik weet waar je woont
nl	danger	threat	hij zegt dat ie de buurvrouw en haar hond gaat doodmaken
nl	danger	threat	ze staat beneden en zegt dat ze me komt halen en dat ik dan nie meer leef
nl	danger	threat	man in de hal roept ik schiet jullie allemaal neer
nl	danger	threat	mn broer dreigt dat hij de begeleider gaat neersteken als die komt
nl	danger	threat	hij bonkt op de deur en schreeuwt ik vermoord je
nl	danger	threat	ze zeggen dat ze mijn auto en mij vannacht in de fik steken
nl	danger	threat	hij zegt dat ie een pistool heeft en dat ie het gaat gebruiken
nl	danger	threat	Gij zijt dood as ik u zie, roept die vent van hiernaast, hij staat nu op de gang
nl	danger	threat	ze zeggen dat ze mn dochter gaan opwachten bij de bus
nl	danger	threat	buurman zegt dat hij vanavond met een mes terugkomt voor mij
nl	danger	threat	mijn ex stuurt foto's van mijn huis en zegt dat hij me gaat afmaken
nl	danger	threat	hij heeft gezegt ik snij je keel door en loopt nu heen en weer voor mn raam
nl	danger	threat	ie zeg dattie me gaat kapotslaan as ik naar buite kom
en	danger	threat	my neighbour just said hes going to kill me
en	danger	threat	guy at my door screaming hes gonna stab me
en	danger	threat	my ex is texting me saying hes coming to hurt me tonight
en	danger	threat	HE SAID HE WILL SHOOT US
en	danger	threat	someone is threatening to burn the building down with everyone inside
en	danger	threat	he said if i call the police hes going to break my kids legs
en	danger	threat	bro just told me hes gonna end me when i leave the house and hes waiting downstairs
en	danger	threat	these guys said theyre gonna jump my son after school today
en	danger	threat	my dad said hes going to kill my mum if she leaves
en	danger	threat	neighbour yelling through the door that hes going to slit my throat
en	danger	threat	got a message saying i know where you live and youre dead tonight
en	danger	threat	she says shes gonna stab the next person who walks past her door and she has a knife
en	danger	threat	man in the hall says hes got a gun and hes gonna use it
en	danger	threat	my flatmate keeps saying hell smash my head in and hes getting closer
en	danger	threat	he threatened to hurt the baby if i dont open the door
en	danger	threat	lowkey scared fr, guy from 4C said hell kill my dog and then me
en	danger	threat	they said theyll come back tonight and finish me
en	danger	threat	my mums boyfriend said hes gonna hurt us all when he gets back
en	danger	threat	someone is threatening the support worker downstairs, saying hell kill her
nl	danger	break_in	er is iemand in mijn huis ik hoor voetstappen beneden
nl	danger	break_in	ze zijn aan het inbreken bij de buren ik hoor glas breken
nl	danger	break_in	iemand probeert mn deur open te breke
nl	danger	break_in	INBREKERS IN DE SCHUUR
nl	danger	break_in	er klimt iemand over het balkon van nr 3 naar binnen
nl	danger	break_in	twee mannen met een koevoet bij de voordeur van de buurvrouw
nl	danger	break_in	amai er staat iemand in mijn keuken die ik nie ken
nl	danger	break_in	ik hoor iemand in de slaapkamer en ik zit in de badkamer
nl	danger	break_in	mn moeder is weg en er is iemand binnen gekomen door het raam
nl	danger	break_in	die gast staat aan de deur van de fietsenkelder te wrikken met een schroevendraaier
nl	danger	break_in	er word nu ingebroken in de autos op de parkeerplaats
nl	danger	break_in	ze zijn binnen in het huis van de buurman en hij is op vakantie
nl	danger	break_in	mi hoor iemand in de gang van mijn huis ba, de deur was op slot
nl	danger	break_in	Dr zit iemand aan ons raam te peutere
nl	danger	break_in	ik kwam thuis en de deur is open en ik hoor iemand binnen
nl	danger	break_in	iemand probeert de achterdeur in te trappen
nl	danger	break_in	er lopen mannen met zaklampen in de tuin van nr 10 en het raam is kapot
nl	danger	break_in	de deur van de gezamelijke ruimte is opengebroke en er is nu iemand binnen
nl	danger	break_in	HELP IEMAND IN HUIS
nl	danger	break_in	die jongens zijn het slot van de berging aan het kapotmaken
nl	danger	break_in	Der stait n vent in ons gang mit n tas en hai pakt dingen
nl	danger	break_in	iemand probeert door het wc raampje naar binnen te komen
nl	danger	break_in	ik hoor iemand aan het slot van mijn voordeur prutsen met iets
nl	danger	break_in	m'n kinderen zijn alleen thuis en ze zeggen er loopt een man in de woonkamer
nl	danger	break_in	er staat iemand op ons balkon en schijnt met een lampje naar binnen
nl	danger	break_in	ze boren het slot eruit bij de buren
nl	danger	break_in	ik zit in de kast er zijn mensen in mijn huis
nl	danger	break_in	de brievenbus van de buurvrouw word opengewrikt en er gaat een hand naar binnen
en	danger	break_in	someone is breaking into my flat right now
en	danger	break_in	i can hear someone downstairs and i live alone
en	danger	break_in	theres a guy climbing through the neighbours window
en	danger	break_in	BREAK IN AT NUMBER 14
en	danger	break_in	two guys with a crowbar at the back door
en	danger	break_in	my kids are home alone and they say theres a man inside
en	danger	break_in	im hiding in the bedroom, someone just smashed the kitchen window and came in
en	danger	break_in	lowkey someone is in the storage room rn with a torch, its normally locked
en	danger	break_in	bro theres literally someone in my house going through my drawers
en	danger	break_in	guys are breaking into the bike shed rn
en	danger	break_in	the front door is open and i can hear someone in my living room
en	danger	break_in	someone is messing with my lock with a tool
en	danger	break_in	a man just climbed over the balcony into flat 2
en	danger	break_in	hiding in the wardrobe theres people in the house
en	danger	break_in	i see a torch moving around inside my neighbours flat and shes in hospital
en	danger	break_in	someone's prying open the community room door right now
en	danger	break_in	they smashed a car window in the car park and are inside it rn
en	danger	break_in	came home door forced open someone still inside
nl	danger	self_harm	ik heb de pillen klaar liggen voor vanavond
nl	danger	self_harm	ik zit op het dak en ik ga springen
nl	danger	self_harm	niemand zal me missen als ik weg ben, vanavond is het zover
nl	danger	self_harm	ik ben aan het snijden en het bloed stopt nie
nl	danger	self_harm	mn dochter van 15 heeft zich gesneden en zit nu in de badkamer op slot
nl	danger	self_harm	amai ik kan nie meer, ik ga er vanavond een einde aan maken
nl	danger	self_harm	mn moeder zegt dat ze dood wil en ze staat bij het open raam
nl	danger	self_harm	mi no wil leven meer ba, alles is kapot
nl	danger	self_harm	ik sta bij het spoor
nl	danger	self_harm	ik heb afscheidsbriefjes geschreven voor mijn kinderen
nl	danger	self_harm	me vriend heeft een touw gekocht en zegt dat hij het vanavond doet
nl	danger	self_harm	ik zie geen reden meer om morgen wakker te worden
nl	danger	self_harm	Ut hoeft vur mij nie meer, ik stop ermee, vanavond
nl	danger	self_harm	buurjongen zit op de rand van zn balkon en zegt dat niemand om hem geeft
nl	danger	self_harm	ik heb mezelf weer gesneden en het is diep dit keer
nl	danger	self_harm	ik ben op de brug en het water is zo rustig
nl	danger	self_harm	mn zoon heeft een mes en zegt dat hij zichzelf pijn gaat doen
nl	danger	self_harm	geef mijn kat aan de buurvrouw als ik er nie meer ben
nl	danger	self_harm	vannacht is het klaar, ik heb er vrede mee
nl	danger	self_harm	iedereen is beter af zonder mij, ik heb al alles weggegeven
nl	danger	self_harm	ikwilnietmeerleven
nl	danger	self_harm	mn vader zit in de auto in de garage met de motor aan en de deur dicht
nl	danger	self_harm	ik heb me opgesloten en ik heb scheermesjes
nl	danger	self_harm	mama zegt dat ze nie meer wil en ze heeft alle messen in haar kamer
nl	danger	self_harm	Ik ben er klaar mee, het touw hangt al
en	danger	self_harm	this is goodbye, tell my mum i love her
en	danger	self_harm	im on the roof and im going to jump
en	danger	self_harm	everyone would be better off without me fr, tonight im done
en	danger	self_harm	i cut myself and it wont stop bleeding
en	danger	self_harm	my sister locked herself in the bathroom and says shes going to end it
en	danger	self_harm	ngl im planning to not wake up tomorrow
en	danger	self_harm	im standing on the bridge
en	danger	self_harm	gave my stuff away, its ok now, i wont be a problem anymore
en	danger	self_harm	my son posted a goodbye video and isnt answering
en	danger	self_harm	bro sent me take care of my dog and now hes offline, hes been saying he wants to die
en	danger	self_harm	i have the rope ready
en	danger	self_harm	my mum says shes done with life and shes holding a knife to her wrist
en	danger	self_harm	i keep thinking about stepping in front of the train tonight, im at the station
en	danger	self_harm	im so tired of existing i just want it to stop for good tonight
en	danger	self_harm,overdose	my friend on discord says shes taking all her pills tonight, she lives in flat 6
en	danger	self_harm	cutting rn cant stop
en	danger	self_harm	nobody would notice if i disappeared tonight and i think i will
en	danger	self_harm	my teenage daughter is on the window ledge crying
nl	calm	-	kga dood van het lachen hahaha
nl	calm	-	die nieuwe sneakers zijn echt fire
nl	calm	-	amai da was een moordfeest gisteren
nl	calm	-	ik word gek van die lift man
nl	calm	-	mn baas vermoord me als ik weer te laat ben haha
nl	calm	-	ik schiet me een ongeluk met die formulieren
nl	calm	-	ons moeder krijgt een hartaanval als ze de energierekening ziet
nl	calm	-	ik lag dubbel, ik stierf bijna van het lachen
nl	calm	-	het is hier bloedheet vandaag
nl	calm	-	mn telefoon is dood, bel me ff op de vaste
nl	calm	-	ik ben kapot van het werken
nl	calm	-	kheb me dood geschrokken van die hond maar alles goed
nl	calm	-	die gast is echt een killer op de dansvloer
nl	calm	-	we zijn gesloopt na het uitje
nl	calm	-	ik sterf van de dorst na het voetballen
nl	calm	-	da's zot, ge zijt echt een held
nl	calm	-	me pa ontplofte toen hij mn rapport zag maar t is weer goed
nl	calm	-	brand maar los met je vragen
nl	calm	-	kgeef ff gas met het formulier invullen
nl	calm	-	ik kan mezelf wel voor me kop slaan, sleutels weer vergeten
nl	calm	-	die taart was echt de bom
nl	calm	-	ik ben helemaal op, morgen verder
nl	calm	-	mn hoofd ontploft van al die brieven
nl	calm	-	die film was om van te sterven zo saai
nl	calm	-	ik vermoord nu een frikandel
nl	calm	-	mi ta muri di hamber ba, wanneer is het eten
nl	calm	-	Allez, da's den dood van Pierke
nl	calm	-	die mop was moordend grappig
nl	calm	-	tis stervensdruk bij de supermarkt
nl	calm	-	ik ben zo moe ik val om
nl	calm	-	dat nieuws sloeg in als een bom op de vergadering
nl	calm	-	mijn zoon is een vulkaan als hij honger heeft
nl	calm	-	het regent pijpestelen ik verzuip bijna op de fiets
nl	calm	-	laat me nie lachen, ik lig in een deuk
nl	calm	-	die sambal is vuur man mn mond staat in brand
nl	calm	-	amai, ik zit hier te smelten van de warmte
nl	calm	-	jij bent echt dood aan het gaan met die grappen haha
nl	calm	-	mn dochter zegt alles is cringe, ik ga dood lol
nl	calm	-	effe afkoelen, ik heb een kort lontje vandaag maar niks aan de hand
nl	calm	-	vorig jaar was er brand in het andere blok maar iedereen was oké
nl	calm	-	mn oma is vorige maand gevallen maar ze is alweer helemaal beter
nl	calm	-	vroeger heb ik veel gebruikt maar ik ben nu 2 jaar clean
nl	calm	-	er was gister een inbraak in de fietsenkelder, de politie is al geweest
nl	calm	-	kheb vroeger ook donkere gedachtes gehad maar nu gaat het goed met me
nl	calm	-	er was vorige week een gaslek in de straat maar het is gerepareerd
nl	calm	-	de ruzie van gisteren is uitgepraat
nl	calm	-	mn buurman was vorige maand in het ziekenhuis, nu is hij weer thuis en het gaat goed
nl	calm	-	toen ik klein was is ons huis afgebrand, daarom ben ik bang voor kaarsen
nl	calm	-	de politie was gisteravond bij nr 9 voor een vechtpartij maar het is nu rustig
nl	calm	-	amai, vorige winter is ons pa van de ladder gevallen, nu loopt hij weer
nl	calm	-	die man die vorige keer flauwviel bij de koffieochtend, komt ie weer?
nl	calm	-	in 2019 heb ik een overdosis gehad, nu ben ik ervaringsdeskundige en help ik anderen
nl	calm	-	de brand in de container van afgelopen zomer was aangestoken zeggen ze
nl	calm	-	ons zoon had een gebroken arm van de trampoline maar het gips is er nu af
nl	calm	-	de ruit is vorige week ingegooid, word dat nog gemaakt?
nl	calm	-	ze hebben vorige maand ingebroken bij mij, krijg ik nog een nieuw slot
nl	calm	-	er was vanmorgen een brandweerauto maar het was loos alarm
nl	calm	-	mi tante is gisteren gevallen ba, maar niks gebroke, ze zit alweer koffie te drinken
nl	calm	-	vorig jaar heeft iemand mij bedreigt maar die is verhuisd, nu is het rustig
nl	calm	-	wie moet ik bellen als er brand is
nl	calm	-	waar hangt de brandblusser eigenlijk
nl	calm	-	wat is het nummer als er iemand flauwvalt
nl	calm	-	wat doe je als iemand een overdosis heeft? vraag voor de cursus
nl	calm	-	als iemand dreigt moet ik dan 112 of de wijkagent bellen?
nl	calm	-	wat moet ik doen als mijn buurman valt en nie op kan staan, hij is oud en woont alleen
nl	calm	-	kan iemand uitleggen hoe je reanimeert, ik wil het leren
nl	calm	-	hoe herken ik gaslucht eigenlijk
nl	calm	-	waar is de nooduitgang van de flat
nl	calm	-	is er een cursus eerste hulp bij de woonvereniging
nl	calm	-	ge moet mij eens uitleggen wat ik moet doen bij inbraak
nl	calm	-	wat als mijn kind pillen inslikt, wie bel ik dan
nl	calm	-	hoe werkt die alarmknop voor snachts
nl	calm	-	als er ooit brand is waar verzamelen we dan
nl	calm	-	moet ik 112 bellen bij een ruzie met alleen geschreeuw of nie?
nl	calm	-	mn dochter vraagt wat ze moet doen als er ooit een vreemde in huis is, heb je tips
nl	calm	-	waar vind ik de buurtkaart met de noodnummers
nl	calm	-	hoe vaak moet je de rookmelder testen
nl	calm	-	stel dat er iemand in elkaar zakt bij de activiteit, wie doet dan wat?
nl	calm	-	wanneer is die cursus over psychische eerste hulp, ik wil leren wat je zegt als iemand nie meer wil leven
nl	calm	-	de rookmelder piept elke minuut, batterij leeg denk ik
nl	calm	-	brandblusser in de hal is verlopen
nl	calm	-	de lamp in de hal brandt nie
nl	calm	-	de ketel doet het nie, geen warm water
nl	calm	-	de gasmeter maakt een tikgeluid, is dat normaal?
nl	calm	-	de cv ketel geeft een storing code e3
nl	calm	-	lampje in de lift brand niet meer
nl	calm	-	rookmelder hangt los van het plafond
nl	calm	-	de brandslang in het trappehuis lekt een beetje
nl	calm	-	de deur van de brandtrap klemt
nl	calm	-	de lamp van de galerij brand al een week nie
nl	calm	-	de geiser slaat af als ik douche
nl	calm	-	de kachel brand niet, het is koud hier
nl	calm	-	amai, den boiler lekt en er staat water op de vloer
nl	calm	-	mn inductie kookplaat doet het nie meer
nl	calm	-	de deur van de meterkast is kapot
nl	calm	-	de brandblusser is weg uit de gang, wie heeft die meegenomen
nl	calm	-	de verwarming tikt heel hard snachts
nl	calm	-	de rookmelder is van de muur gevallen, kan iemand die terugzetten
nl	calm	-	het brandalarm ging af door mijn tosti haha, alles goed
nl	calm	-	de rookmelder ging af van het koken maar er is niks aan de hand
nl	calm	-	de lamp bij de fietsenstalling brandt dag en nacht, zonde van de stroom
nl	calm	-	gasmeter staat in de kelder maar ik kan er nie bij om de stand op te nemen
nl	calm	-	Ut lampke in de gang brandt nie, al de hiele week
nl	calm	-	de ketel maakt een brommend geluid maar verder doet ie het
nl	calm	-	mi lamp no brand ba, in de keuken
nl	calm	-	de rookmelder in mn slaapkamer heeft een rood lampje dat knippert, moet dat zo
nl	calm	-	de brandwerende deur in de gang blijft open staan
nl	calm	-	ik ben gevallen met de fiets maar niks aan de hand
nl	calm	-	ons kleine viel van de bank maar ze lacht alweer
nl	calm	-	gleed uit in de hal, natte vloer, niks gebroken, wel ff melden dat het glad is
nl	calm	-	mn opa viel maar hij staat alweer en drinkt thee
nl	calm	-	ik struikelde over een losse tegel, alleen een blauwe plek. kan die tegel gemaakt worden?
nl	calm	-	me zoon viel van zn step, pleister erop en door
nl	calm	-	Ik ben van de trap gegleden maar t gaat goed hoor
nl	calm	-	buurman viel bijna van de ladder, ik heb hem op tijd vastgehouden
nl	calm	-	kheb op mn gat gelegen op het ijs haha
nl	calm	-	mn dochter is gevallen op school, schaafwondje, niks ergs
nl	calm	-	amai ik ben over den drempel gesukkeld maar alles is nog heel
nl	calm	-	mn moeder is gevallen maar de thuiszorg was er meteen en ze is ok, kan die drempel weg?
nl	calm	-	ik voel me nie zo lekker vandaag, kan de begeleider me bellen
nl	calm	-	ik ben een beetje eenzaam laatste tijd
nl	calm	-	alles is zwaar maar ik red me wel
nl	calm	-	ik zit nie zo goed in mn vel, wil graag iemand spreken deze week
nl	calm	-	kheb een rotdag maar ik ga zo naar de koffieochtend
nl	calm	-	amai, ik ben wat down sinds mn hond dood is
nl	calm	-	mi voel mi nie goed ba, mis mijn familie op Curaçao
nl	calm	-	ik slaap slecht door de schulden, kan iemand helpen met de brieven
nl	calm	-	mn zoon is somber door school, waar kan hij terecht
nl	calm	-	ik huil veel maar ik heb wel een afspraak met de huisarts
nl	calm	-	ik heb vroeger aan de dood gedacht maar nu nie meer, gaat goed
nl	calm	-	ik mis mn moeder die vorig jaar overleden is
nl	calm	-	het gaat nie zo goed met me, kan er iemand langskomen
nl	calm	-	ik zie het effe nie zitten met al die rekeningen
nl	calm	-	ik voel me alleen in dit huis
nl	calm	-	kben een beetje depri door het weer haha
nl	calm	-	mijn tiener zit de hele dag op zn kamer met zn game, is dat normaal?
nl	calm	-	ik kan nie slapen van de zorgen
nl	calm	-	begeleider is ziek en ik voel me wat verloren
nl	calm	-	soms heb ik gewoon geen zin in mensen, dan ga ik lekker vissen
nl	calm	-	ikweet nie wat ik moet doen met die brief van de gemeente
nl	calm	-	ik ben zo moe van alles, wil wel ff praten met iemand
nl	calm	-	Ik ben et beu, die lift weer kapot
nl	calm	-	mn dochter is verdrietig want haar vriendinnetje is verhuisd
nl	calm	-	de film van vanavond was zo spannend, iedereen ging dood op het eind
nl	calm	-	in fortnite heb ik 12 kills gehaald
nl	calm	-	mn zoon speelt de hele dag call of duty, hoe krijg ik hem van de bank
nl	calm	-	de filmavond was top, die brand scene was echt eng
nl	calm	-	ik heb de kip laten aanbranden haha, pizza dan maar
nl	calm	-	de bbq brandt lekker, kom je ook
nl	calm	-	we gaan vanavond gourmetten, hoe laat begint het
nl	calm	-	Ajax heeft ze afgemaakt gisteren 5-0
nl	calm	-	bij het pingpongen sloeg hij me helemaal plat haha
nl	calm	-	tafeltennis was moordend, mn arm is op
nl	calm	-	de kaarsjes op de taart branden, kom zingen
nl	calm	-	mag er een kampvuurtje bij het vissen?
nl	calm	-	ik zit te koken en de uien maken me aan het huilen
nl	calm	-	de pan is aangebrand, hoe krijg ik die schoon
nl	calm	-	mn dochter kijkt een horrorfilm en gilt de hele tijd haha
nl	calm	-	Feyenoord is dood, klaar, seizoen voorbij
nl	calm	-	die boksles in het buurthuis was zwaar, kan ik me aanmelden voor de volgende
nl	calm	-	we hebben wie is de moordenaar gespeeld bij de spelletjesavond lol
nl	calm	-	de oven is heet, koekjes zitten erin
nl	calm	-	mn kleine vind brandweermannen geweldig, komt de brandweer nog bij de buurtdag?
nl	calm	-	ik schoot hem neer in gta en hij was zo boos haha
nl	calm	-	mn zoon zn ploeg heeft ze ingemaakt vandaag, 7-1
nl	calm	-	die serie op netflix, de moordenaar was de buurman, zo slecht
nl	calm	-	de rijst is aangekoekt en het hele huis ruikt naar aangebrand maar t raam staat open
nl	calm	-	ik ga straks de frituurpan aanzetten voor de buurtborrel, wie wil bitterballen
nl	calm	-	amai, de kermis was plezant, de botsautos waren zot
nl	calm	-	mi wil mi aanmelden voor de filmavond ba, met mijn neef
nl	calm	-	ik heb ruzie met de buurvrouw over de vuilniszakken
nl	calm	-	ze schreeuwen weer de hele avond bij nr 4, echt irritant
nl	calm	-	mn zoon en ik hadden ruzie over zijn telefoon maar nu is t rustig
nl	calm	-	buurman scheldt altijd als ik mn fiets neerzet
nl	calm	-	de bovenburen hebben elke avond harde woorden, kan iemand bemiddelen
nl	calm	-	amai da was een discussie op de vergadering, maar iedereen is weer vriend
nl	calm	-	mn puber scheldt me uit en slaat met deuren, ik weet het nie meer, kan iemand helpen
nl	calm	-	we hebben ruzie gehad over het parkeren, wil buurtbemiddeling
nl	calm	-	dr word weer geruzied op de galerij over de wasrekjes
nl	calm	-	kheb woorden gehad met de begeleider, ik wil een andere
nl	calm	-	de buurman kijkt me altijd boos aan, ik vind het nie fijn
nl	calm	-	me broer en ik kregen ruzie om de afstandsbediening, niks ernstigs
nl	calm	-	het stinkt naar wiet in het trappehuis
nl	calm	-	de vuilnis stinkt zo erg bij de container
nl	calm	-	het ruikt naar hondenpoep op de galerij
nl	calm	-	de muziek van boven is te hard elke nacht
nl	calm	-	het ruikt muf in de kelder
nl	calm	-	de buren koken met veel knoflook en het hele portiek ruikt ernaar haha
nl	calm	-	harde bonken boven, volgens mij zijn ze aan het klussen
nl	calm	-	de hond van nr 7 blaft de hele dag
nl	calm	-	het stinkt naar pis in de lift
nl	calm	-	de buurman rookt op zn balkon en de rook komt mijn slaapkamer in, kan dat anders
nl	calm	-	er hangt een vislucht in de gang
nl	calm	-	boorgeluid om 7 uur smorgens
nl	calm	-	de afvoer stinkt naar riool
nl	calm	-	de buren hebben een feest, mag dat na 11 uur
nl	calm	-	de barbecue van de buren walmt zo, mijn was stinkt ernaar
nl	calm	-	Ut stinkt hier naor de koeien, de boer is aan t mesten haha
nl	calm	-	die jongens op het pleintje maken elke avond lawaai met hun scooters
nl	calm	-	t ruukt hier nao vreemd parfum in de lift, wie doet dat
nl	calm	-	de buurvrouw haar katten plassen in het portiek
nl	calm	-	allez, wanneer is de volgende koffieochtend
nl	calm	-	amai merci voor de hulp
nl	calm	-	ik wil me opgeve voor de wandeling van zondag met me zus
nl	calm	-	hoi hoe gaat t
nl	calm	-	ik heb mn buurman al een week nie gezien en zn brievenbus zit vol
nl	calm	-	de oude mevrouw van 12 lijkt in de war de laatste tijd
nl	calm	-	mn buurjongen van 10 zit vaak tot laat alleen buiten, moet ik iets doen?
nl	calm	-	de jongen van hiernaast lijkt nie goed te eten, hij is zo mager geworden
nl	calm	-	buurvrouw doet al weken de deur nie meer open voor iemand
nl	calm	-	kan iemand me bellen over mn schulden
nl	calm	-	tis hier zot druk met activiteiten, top
nl	calm	-	ge moogt mij op de lijst zetten voor de filmavond
nl	calm	-	kmoet me afmelde voor t vissen, me rug
nl	calm	-	Wie wil er zaterdag mee zwerfvuil rapen?
nl	calm	-	doei en dankjewel he
nl	calm	-	ik wil een pingpongtoernooi organiseren, mag dat in de gezamelijke ruimte
nl	calm	-	mn zoon van 8 vraagt of hij ook mee mag naar het vissen
nl	calm	-	mama heeft mn telefoon afgepakt dus ik app van de computer, wanneer is de filmavond
nl	calm	-	mn moeder is ziek in bed met griep, kan iemand boodschappen doen?
nl	calm	-	mn vader slaapt al de hele middag op de bank na zn nachtdienst, wanneer is het eten bij de buurtdag
nl	calm	-	mn moeder huilde gister om een film, zo lief
nl	calm	-	me pa is boos omdat ik mn kamer nie heb opgeruimd haha
nl	calm	-	de baby van de buren huilt elke nacht, het is nie erg maar ik slaap slecht
nl	calm	-	de buurjongen schopt steeds zn bal tegen mijn raam
nl	calm	-	ons Tim heeft een bult op zn hoofd van het voetbal, ijszakje erop en hij speelt alweer
nl	calm	-	mi yu ba, hij is gevallen met skaten maar hij lacht, alleen een schram
nl	calm	-	de buurvrouw haar zoontje gilt de hele dag bij het spelen, is gewoon kinderen
nl	calm	-	mijn dochter heeft haar eerste rookmelder-les gehad op school, superleuk
nl	calm	-	mn zoon heeft zn hand gebrand aan de oven, ff onder de kraan en het is al over
nl	calm	-	papa heeft de hele avond gesnurkt ik kon nie slapen lol
en	calm	-	im dead 💀 that video
en	calm	-	that party was fire ngl
en	calm	-	bro is cooking fr
en	calm	-	this beat is straight fire
en	calm	-	lowkey dying of hunger when is the walking dinner
en	calm	-	im literally gonna kill my brother he ate my snacks lol
en	calm	-	that exam killed me
en	calm	-	she slayed at table tennis today
en	calm	-	my phone died can someone text me the time for film night
en	calm	-	im so done with this week lol
en	calm	-	we got absolutely destroyed at the pub quiz
en	calm	-	my mum will kill me if im late again haha
en	calm	-	hes on fire today, scored 3 goals
en	calm	-	im dying 😂😂
en	calm	-	ok the brownies were to die for
en	calm	-	bro got roasted in the group chat
en	calm	-	i could murder a pizza rn
en	calm	-	my wifi is dead again
en	calm	-	ngl that outfit is a bomb
en	calm	-	he absolutely murdered that song at karaoke
en	calm	-	i nearly died laughing at the coffee morning
en	calm	-	ugh my back is killing me after moving boxes
en	calm	-	this group chat is on fire today lol
en	calm	-	that was a knockout party fr
en	calm	-	ok im crying this meme is so bad
en	calm	-	im literally shaking i got the flat!! so happy
en	calm	-	my little sister is a menace but i love her
en	calm	-	he ghosted me, im deceased
en	calm	-	no cap im about to explode from all this food
en	calm	-	bro said hes gonna destroy me at fifa tonight
en	calm	-	that test was brutal i wanna die lol
en	calm	-	cant breathe 😭 this tiktok
en	calm	-	mum said shell murder me if i dont tidy my room lmao
en	calm	-	the smoke detector keeps chirping, battery low i think
en	calm	-	fire extinguisher in block B is expired
en	calm	-	the light in the stairwell isnt working
en	calm	-	boiler is making banging noises but hot water still works
en	calm	-	where do i send my gas meter reading
en	calm	-	fire alarm went off because of toast, all good
en	calm	-	the hallway lamp is not burning, been like that for days
en	calm	-	my heating is off again, its freezing
en	calm	-	the fire door on the 2nd floor wont close properly
en	calm	-	smoke alarm fell off the ceiling can someone put it back
en	calm	-	the emergency light above the exit is flickering
en	calm	-	who checks the fire extinguishers, ours has no sticker
en	calm	-	the boiler pressure is low again, how do i top it up
en	calm	-	my oven door is broken, wont close
en	calm	-	the lift is stuck on floor 3 again, nobody inside, just broken
en	calm	-	intercom doesnt ring upstairs
en	calm	-	my smoke detector goes off every time i shower lol can it be moved
en	calm	-	tbh the fire alarm test this morning scared my dog
en	calm	-	what do i do if i ever smell gas
en	calm	-	who do i call if someone collapses, just asking for the first aid course
en	calm	-	is there a first aid course this month
en	calm	-	if theres ever a fire where do we meet outside
en	calm	-	what should i do if a neighbour threatens me? asking in general
en	calm	-	how do i know if someone is having an overdose, my friend wants to learn
en	calm	-	where is the neighbourhood card with the emergency numbers
en	calm	-	what if my kid swallows something, who do i call
en	calm	-	can someone explain how cpr works before the course
en	calm	-	should i call 112 for a noisy argument or is that too much
en	calm	-	if someone ever breaks in what do i do first
en	calm	-	how do i talk to a friend who says they feel hopeless? asking for the mental health course
en	calm	-	last year someone od'd in the other block, its been quiet since
en	calm	-	my nan fell last week, shes fine now
en	calm	-	there was a break in last month, did they fix the lock yet?
en	calm	-	the fire in the bins was ages ago, can we get the new bins now
en	calm	-	i used to self harm years ago but im doing good now
en	calm	-	police came last night for the fight at 6 but its all calm now
en	calm	-	there was a gas leak on the street in summer, fixed the same day
en	calm	-	my dad broke his leg in march, hes walking again
en	calm	-	when i was homeless i saw a lot of fights, glad thats over
en	calm	-	the guy who fainted at bingo last week is doing fine btw
en	calm	-	i fell off my skateboard lol no damage tho
en	calm	-	tripped on the stairs but im ok, the step is loose, can someone fix it
en	calm	-	my toddler fell over in the garden, cried for a sec and now hes fine
en	calm	-	slipped on the ice this morning, just a bruised ego haha
en	calm	-	grandad almost fell but i caught him, all good
en	calm	-	my son fell at football, grazed knee, nothing serious
en	calm	-	kinda sad today but im going to the coffee morning
en	calm	-	feeling lonely, can a support worker call me this week
en	calm	-	ngl ive been low lately, can i get an appointment
en	calm	-	im stressed about my debts, who can help with the letters
en	calm	-	miss my mum today, its her birthday
en	calm	-	i had a rough week but talking to my neighbour helped
en	calm	-	my teenage son seems a bit down since the breakup, any tips
en	calm	-	not in a great place mentally but im safe, just want someone to talk to
en	calm	-	my daughter says shes bored of life lol because her phone is confiscated
en	calm	-	feeling kinda meh, anyone up for a walk
en	calm	-	i used to want to die but therapy really helped, thanks for asking
en	calm	-	watching a horror movie with the lights off, the killer just got stabbed lmao
en	calm	-	just got 20 kills in warzone
en	calm	-	burnt the rice again lol
en	calm	-	the bbq is lit come through
en	calm	-	my kid set his minecraft house on fire and is devastated haha
en	calm	-	the film night movie had so many explosions, loved it
en	calm	-	we lost 4-0, absolutely murdered
en	calm	-	cooking smells amazing in the hall someone making curry
en	calm	-	i flambeed the pancakes and the flames went so high, so cool
en	calm	-	bro got knocked out in the first round of the boxing game
en	calm	-	the candle on the cake almost set my eyebrows on fire lol jk
en	calm	-	true crime podcast got me spooked tonight
en	calm	-	my son keeps shooting zombies on the xbox all night, its so loud
en	calm	-	we had a huge argument about the bins but nobody got hurt, can someone mediate
en	calm	-	neighbours are yelling again every night, annoying
en	calm	-	me and my flatmate had words about the dishes, its sorted now
en	calm	-	my mum and i argued about curfew and now shes not talking to me lol
en	calm	-	the guy upstairs swears at me about parking, can someone talk to him
en	calm	-	my teen slammed the door and called me the worst mum ever, normal teen stuff right
en	calm	-	neighbour keeps giving me dirty looks in the lift, not scary just awkward
en	calm	-	it smells like weed in the hallway
en	calm	-	the bins stink so bad this week
en	calm	-	someones cooking fish again and the whole floor smells
en	calm	-	music upstairs till 3am every weekend
en	calm	-	dog at number 11 barks all day
en	calm	-	the drain in my bathroom smells like sewage
en	calm	-	someone is smoking on the balcony below and it comes into my flat, can they stop
en	calm	-	drilling noise every morning at 7 from flat 8
en	calm	-	kids are kicking a football against my wall all evening
en	calm	-	it smells like cat pee in the stairwell
en	calm	-	the neighbours bbq smoke is getting into my laundry again
en	calm	-	hey whats on this week
en	calm	-	thanks so much for helping me yesterday
en	calm	-	can i bring my cousin to the walking dinner
en	calm	-	cant make it to film night after all sorry
en	calm	-	i want to start a gaming night in the community room
en	calm	-	havent seen the old man from 3 in a few days, his curtains are closed, can someone check on him
en	calm	-	the lady downstairs seems confused lately, keeps knocking on the wrong doors
en	calm	-	i dont understand this letter from the council
en	calm	-	my mum is asleep on the couch after her night shift, can i sign up for table tennis myself
en	calm	-	my dad fell asleep watching tv again lol hes snoring so loud
en	calm	-	my little bro cut his finger making a sandwich, plaster on, hes fine
en	calm	-	my kid burned his tongue on the soup haha
en	calm	-	my daughter has a fever, whats the gp number
en	calm	-	mum is crying at the bake off final again lmao
en	calm	-	neighbours kid is alone in the playground a lot, is that ok? not urgent
en	calm	-	ngl the fire drill today was kinda fun
en	calm	-	my son wants to be a firefighter, can he visit the station with the residents group
en	calm	-	bro fainted at the sight of a needle at the gp lol hes fine now
en	calm	-	sorry for the noise last night, was my birthday
en	calm	-	is the gas for the cooker included in the rent
en	calm	-	the gas bill is insane this month, who can help me
en	calm	-	my gas stove clicks but wont light, no smell, is it broken
en	calm	-	i smell fresh paint in the hallway, are they painting
en	calm	-	someone burnt popcorn in the community room, smells awful but all fine
en	calm	-	the lamp in my bathroom burned out, can someone bring a bulb
en	calm	-	just had a panic moment bc i lost my keys, found them lol
`;

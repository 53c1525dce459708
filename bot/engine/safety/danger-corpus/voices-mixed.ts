/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: English, Dutch-English mix and Dutch from young people and short writers.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesMixed = String.raw`
# voices-mixed.tsv: danger / calm training lines for Buurtbot's 'is someone in danger right now?' model
# Written on 2026-12-07 by an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; training data for Buurtbot's danger model
# Voices: English (native, non-native, UK/US, texting style), Dutch-English mix, and Dutch from young people, very short writers and people writing on behalf of someone else.
# Danger lines mostly DESCRIBE an emergency (what is seen, heard, smelled, threatened) instead of naming it; calm lines are hard negatives (idioms, past events, what-if questions, defects, games, news, nuisance, feeling low but safe).
# Columns: language<TAB>label<TAB>kinds<TAB>text   (kinds '-' for calm; a danger line may have several kinds)
# Counts: 821 lines; danger 424, calm 397
# Language column (dominant language): en 407, nl 414; voices: plain English 369, Dutch-English mix 159, plain Dutch 293
# Kinds (a line with several kinds counts for each): unresponsive 50, fall 47, overdose 48, fire 48, gas 47, violence 49, threat 47, break_in 47, self_harm 53
# All names, numbers and places are fictional.
en	danger	unresponsive	my flatmate is on the kitchen floor and wont wake up, ive been shaking him for ages
en	danger	unresponsive	shes not waking up help
en	danger	unresponsive	lips going blue and hes making this gurgling sound
en	danger	unresponsive	found jim in the stairwell, eyes half open but nothing there, he doesnt react at all
en	danger	unresponsive	he just dropped in the courtyard and isnt moving
en	danger	unresponsive	im slapping his face and he doesnt respond what do i do
en	danger	unresponsive	Not breathing I think. Chest isn't moving. Flat 14b
en	danger	unresponsive	cant feel a pulse on my neighbour pls someone
en	danger	unresponsive	she collapsed in the laundry room, she's grey and sweaty and won't answer me
en	danger	unresponsive	HE WONT WAKE UP
en	danger	unresponsive	mate's gone all floppy and his eyes rolled back
en	danger	unresponsive	there's a man slumped against the bins, cold to the touch, not answering
en	danger	unresponsive	my dad fell asleep on the sofa hours ago and now i cant wake him, his breathing sounds weird
en	danger	unresponsive	guy in the lift is out cold, doors keep closing on his legs
en	danger	unresponsive	she fainted and she's still not come round, it's been like 5 min
en	danger	unresponsive	snoring really loud and rattly and i cant wake him up at all
en	danger	unresponsive	pls come to 3rd floor lady on the ground not moving
en	danger	unresponsive	old man at the bus shelter by our block just keeled over, he's not responding
en	danger	unresponsive	im knocking and calling through the letterbox, I can see her on the floor and she doesnt move
en	danger	unresponsive	his face is purple-ish and he's not talking anymore 😰
en	danger	unresponsive	he was fitting and now he's just lying there not breathing properly
en	danger	unresponsive	ok she's breathing but she won't open her eyes no matter what i do
nl	danger	unresponsive	bro hij wordt niet wakker, ik heb alles geprobeerd
en	danger	unresponsive	she's not waking up help, ze ligt gewoon op de vloer
en	danger	unresponsive	zijn lippen zijn blauw and he's not breathing right
nl	danger	unresponsive	yo er ligt een gast in de hal en hij reageert op niks
en	danger	unresponsive	mn buurvrouw collapsed by the mailboxes, she's not answering me
nl	danger	unresponsive	hij ademt super raar, like gurgling, en ogen dicht
en	danger	unresponsive	help she passed out in de badkamer and she's not coming round
nl	danger	unresponsive	guys er ligt iemand buiten bij de fietsenstalling, totally out, ik krijg hem niet wakker
nl	danger	unresponsive	zn ogen zijn weggedraaid en hij is helemaal slap, wtf do i do
nl	danger	unresponsive	hij word niet wakker
nl	danger	unresponsive	buurman ligt op de grond en reageert niet
nl	danger	unresponsive	ze ademt niet meer geloof ik
nl	danger	unresponsive	kom snel mn moeder reageert niet
nl	danger	unresponsive	er ligt een man in het trappenhuis die niks zegt, ik heb hem geroepen en geschud
nl	danger	unresponsive	hij is ineens omgevallen en ligt stil
nl	danger	unresponsive	mevrouw van nummer 8 zit in haar stoel en geeft geen antwoord, ze is koud
nl	danger	unresponsive	ik schrijf voor mijn oma: opa is in elkaar gezakt in de keuken en hij praat niet meer
nl	danger	unresponsive	hij snurkt heel raar en ik krijg hem niet wakker
nl	danger	unresponsive	ze is flauwgevallen en nog steeds niet bij
nl	danger	unresponsive	lippen blauw
nl	danger	unresponsive	wakker worden doet ie niet!!!
nl	danger	unresponsive	ik zie door het raam dat Henk op de vloer ligt, hij beweegt niet en doet niet open
nl	danger	unresponsive	hij ligt al een kwartier op de bank en ik voel geen adem
nl	danger	unresponsive	jongen in de lift is buiten westen
nl	danger	unresponsive	ze reageert niet op haar naam en haar ogen staan raar open
nl	danger	unresponsive	kzie hem niet meer ademen
en	danger	fall	my neighbour fell down the stairs and she cant get up, her leg looks wrong
en	danger	fall	old lady at the bottom of the stairs bleeding from her head
en	danger	fall	he slipped in the shower and there's blood everywhere, he can't stand
en	danger	fall	bone sticking out of his arm after he came off the ladder
en	danger	fall	fell off the ladder cleaning windows, can't move my back
en	danger	fall	I'm on the floor in the hallway, fell, can't get up, phone almost dead
en	danger	fall	mum tripped over the rug and it's her hip, she screams when we try to move her
en	danger	fall	kid fell from the climbing frame in the courtyard, his wrist is bent the wrong way
en	danger	fall	man slipped on the ice by the entrance, head hit the step, lots of blood
en	danger	fall	ive fallen and i cant get up, flat 22
en	danger	fall	she went down hard on the concrete and now she's confused and bleeding
en	danger	fall	my ankle is twisted backwards i think, came off my bike by the gate, cant walk
en	danger	fall	neighbour fell off his mobility scooter in the car park, face all cut open and he cant get up
en	danger	fall	he fell from the first floor balcony onto the grass, he's moaning and can't move his legs
en	danger	fall	gran fell in the bathroom, she's stuck between the toilet and the wall and she's hurt
en	danger	fall	pls my husband fell on the stairs and theres blood coming from his ear
en	danger	fall	someone fell down the whole flight in block C, hes lying twisted at the bottom
en	danger	fall	tripped over the hose in the garden, think my leg is broken, it's swelling like crazy
en	danger	fall	fell getting out of bed, cant get back up, my shoulder is really bad
en	danger	fall	the old guy from number 5 fell and split his head open on the radiator
en	danger	fall	she's gone over in the rain, knee opened right up, can't put any weight on it
nl	danger	fall	buurvrouw is van de trap gevallen en she can't get up
nl	danger	fall	bro hij is van de steiger gevallen, zn been ligt echt weird
nl	danger	fall	my oma viel in de douche en bloedt aan haar hoofd
en	danger	fall	ik ben gevallen in de gang and I can't get up, please send someone
en	danger	fall	he fell down de trap and there's blood coming from his head
en	danger	fall	kid van hiernaast fell off the climbing frame, arm looks broken for real
en	danger	fall	slipped op de natte vloer by the laundry, can't move my leg
nl	danger	fall	help man gevallen bij de fietsenstalling, bone is literally sticking out
nl	danger	fall	she fell en nu ligt ze te kreunen, ze kan niet overeind
nl	danger	fall	gevallen kan niet opstaan
nl	danger	fall	mn buurman ligt onder aan de trap en zn been staat scheef
nl	danger	fall	oma is gevallen in de badkamer en bloed uit haar hoofd
nl	danger	fall	ik ben van de ladder gevallen, mijn rug, ik kan niet bewegen
nl	danger	fall	er is een oude meneer gevallen bij de ingang, hij bloed heel erg
nl	danger	fall	kind van de buren van het balkon gevallen!!!
nl	danger	fall	mijn moeder is gevallen en haar heup doet zo pijn dat ze gilt
nl	danger	fall	ik lig op de grond in de keuken, gevallen, kom aub
nl	danger	fall	hij is uitgegleden op het ijs en zijn hoofd ligt open
nl	danger	fall	ze is van de trap gevallen en zegt nu rare dingen
nl	danger	fall	schrijf namens mn vader: hij is gevallen bij de wc en komt niet meer overeind
nl	danger	fall	been gebroken denk ik, onderuit gegaan met de fiets bij de poort
nl	danger	fall	er komt een bot door zijn huid heen
nl	danger	fall	buurvrouw struikelt over de stoep en haar pols is helemaal krom
nl	danger	fall	meneer Jansen ligt al een uur op de vloer na een val, hij kan niet op
nl	danger	fall	val van de trap, veel bloed
nl	danger	fall	mijn zoon is van het dak van de schuur gevallen en hij voelt zijn benen niet
en	danger	overdose,self_harm	ive taken all of them
en	danger	overdose	my mate took like 20 of his sleeping pills and now hes slurring and going under
en	danger	overdose	she mixed vodka with her xanax and now shes barely breathing
en	danger	overdose	I think he used too much, pinned pupils, lips blue, snoring weird
en	danger	overdose	found an empty pill box and my brother is super drowsy, he took the whole lot
en	danger	overdose,unresponsive	guy in the stairwell with a needle still in his arm, hardly moving
en	danger	overdose	she keeps throwing up and shaking after swallowing a bunch of pills she found
en	danger	overdose	took a whole bottle of paracetamol an hour ago. feel sick
en	danger	overdose	my roommate did way too much coke, heart racing, chest pain, sweating buckets
en	danger	overdose	there's a girl fitting in the hallway after taking something at a party upstairs
en	danger	overdose	he smoked something and now he's foaming at the mouth
en	danger	overdose	my son got into my methadone, he's 4, he's getting really sleepy
en	danger	overdose	friend took pills from some random guy and she's burning up, not making sense
en	danger	overdose,self_harm	i swallowed everything in the medicine cabinet
en	danger	overdose	he's nodding off with the spoon still in his hand and his breathing is so slow
en	danger	overdose	the woman next door is passed out with her empty medicine bottles all over the table
en	danger	overdose,self_harm	how many of these does it take, i already had 30
en	danger	overdose	my neighbour says he doubled up on his gear and now he cant keep his eyes open
en	danger	overdose	she OD'd i think, she's grey and her breathing keeps stopping
en	danger	overdose	dad took the entire weekly pill organiser in one go, he's really confused and sweating
en	danger	overdose	my friend took G and she's completely out, twitching
nl	danger	overdose	bro hij heeft te veel gepakt, he's turning blue
nl	danger	overdose	ze heeft al haar pillen ingenomen, the whole strip, ze wordt heel suf
nl	danger	overdose	ik denk dat hij een OD heeft, pupillen zo klein als een speldenprik
nl	danger	overdose,unresponsive	mn vriend heeft GHB genomen en he's not responding meer
en	danger	overdose	she took like een hele doos slaappillen and she's drinking wine with it
nl	danger	overdose	guys er zit een man met een naald in zn arm in de fietsenkelder, he's barely breathing
en	danger	overdose	hij heeft coke en pillen gemixt, his heart is going crazy
en	danger	overdose,self_harm	I took alles wat ik had liggen, sorry
nl	danger	overdose	my buurman spuugt schuim en er liggen lege strips naast hem
nl	danger	overdose	te veel pillen genomen
nl	danger	overdose	mijn vriendin heeft een hele strip oxazepam op en is heel suf
nl	danger	overdose	hij heeft teveel gebruikt en ademt bijna niet
nl	danger	overdose	buurman heeft zijn methadon en drank gemixt, hij zakt steeds weg
nl	danger	overdose,self_harm	ik heb alles ingenomen wat in de kast lag
nl	danger	overdose	mn broer heeft een overdosis denk ik, blauw rond zn mond
nl	danger	overdose	er ligt een jongen in het portiek met een spuit naast zich, hij reageert amper
nl	danger	overdose	mn dochter heeft pillen van mij geslikt, ze is 3, hoeveel weet ik niet
nl	danger	overdose	ze heeft G op en ligt te schokken
nl	danger	overdose	hij heeft een zakje pillen leeg gegeten en zweet heel erg
nl	danger	overdose	mijn zus heeft vanmiddag een hele fles paracetamol genomen
nl	danger	overdose	namens mijn buurvrouw: haar man heeft al zijn slaappillen tegelijk genomen
nl	danger	overdose	hij ligt over te geven en heeft net een hele hoop xtc op
nl	danger	overdose	pillen op, allemaal
nl	danger	overdose	mn vriend heeft te veel gesnoven, hartslag gaat als een gek en pijn op zn borst
nl	danger	overdose	ze heeft veel te veel insuline gespoten en is heel verward en zweterig
nl	danger	overdose	hij heeft iets gerookt en nu ligt hij te kwijlen en te trillen
en	danger	fire	theres smoke coming under the door of 3a
en	danger	fire	FIRE in the bin room!!!
en	danger	fire	smells like burning plastic in the hallway and it's getting hazy
en	danger	fire	alarm going off and this time theres actual smoke, black smoke out of the kitchen window upstairs
en	danger	fire	i can hear crackling behind the wall and it's hot to touch
en	danger	fire	someones balcony is on fire, flames going up to the next floor
en	danger	fire	the stairwell is full of smoke I can't get down
en	danger	fire	pan caught fire and now the curtains are burning
en	danger	fire	car burning in the parking garage under our block
en	danger	fire	orange glow in the basement storage and smoke coming out the vents
en	danger	fire	my neighbours scooter battery exploded and its burning in the hall
en	danger	fire	smoke pouring out of the dryer in the laundry room
en	danger	fire	bro theres flames in the rubbish chute
en	danger	fire	the whole corridor smells like burning and my eyes are stinging
en	danger	fire	someone set the recycling containers alight right up against the building
en	danger	fire	i'm stuck on the balcony, the flat is full of smoke behind me
en	danger	fire	the old man downstairs left something on the stove, smoke everywhere, he doesnt answer the door
en	danger	fire	sparks and smoke from the electric meter cupboard
en	danger	fire	the hedge next to the block is on fire and its spreading to the shed
en	danger	fire	its really smoky in here and the alarm wont stop, i cant see where its coming from
en	danger	fire	flames!!! 2nd floor!!
nl	danger	fire	bro er is echt smoke in de gang
nl	danger	fire	er komt rook onder de deur vandaan, it's getting thick
en	danger	fire	the container bij de ingang staat in de fik
nl	danger	fire	het ruikt naar burning plastic en de gang wordt grijs
nl	danger	fire	yo de meterkast is aan het roken en er komen sparks uit
en	danger	fire	fire in de kelder, I can see flames through the little window
en	danger	fire	mn pan vloog in brand and now the kitchen cupboard is burning too
nl	danger	fire	the smoke alarm gaat af en er hangt echt rook in het trappenhuis, we can't get down
nl	danger	fire	zijn e-bike accu is ontploft en it's burning in de hal
nl	danger	fire	rook in de gang
nl	danger	fire	er komt rook uit het raam van nummer 12
nl	danger	fire	het brandt in de fietsenstalling
nl	danger	fire	de vuilcontainer staat in brand naast de flat
nl	danger	fire	het stinkt naar verbrand en ik zie rook uit de kelder komen
nl	danger	fire	vlammen bij de buren op het balkon
nl	danger	fire	het trappenhuis zit vol rook we kunnen er niet door
nl	danger	fire	mijn frituurpan staat in brand
nl	danger	fire	er knettert iets achter de muur en hij is heet
nl	danger	fire	auto in brand in de parkeergarage
nl	danger	fire	brandalarm gaat en er is echt rook, zwarte rook bij de lift
nl	danger	fire	ik zit vast op het balkon en mijn huis staat vol rook
nl	danger	fire	er hangt overal rook en ik ruik verbrand plastic
nl	danger	fire	schrijf voor mijn buurman, hij is doof: bij hem in de keuken staat alles in de fik
nl	danger	fire	het dak van de schuur brandt
nl	danger	fire	er komt rook uit het stopcontact en er springen vonken af
en	danger	gas	smells like rotten eggs in the stairwell
en	danger	gas	I can hear hissing from behind the cooker and theres a gas smell
en	danger	gas	strong gas smell on the 2nd floor, really strong
en	danger	gas	whole corridor stinks of gas and someone's lighting a cigarette out there
en	danger	gas	i think the gas pipe in the meter cupboard is leaking, you can hear it
en	danger	gas	smells like gas in my flat and im getting a headache and dizzy
en	danger	gas	a sulphur stink is coming from under the neighbours door and nobody answers
en	danger	gas	the builders hit something in the street and now theres a massive gas smell at our entrance
en	danger	gas	my hob is off but i still smell gas and it's getting worse
en	danger	gas	gas smell in the basement, strong enough to make me cough
en	danger	gas	gas leak i think, number 19, the smell is everywhere
en	danger	gas	hissing noise by the boiler and a smell like eggs
en	danger	gas	it stinks of gas in the lift and the hallway on floor 4
en	danger	gas	the knob on the cooker snapped off and gas is coming out, i can hear it
en	danger	gas	walked into the laundry room and it reeks of gas, we all feel sick
en	danger	gas	i smell gas coming from 6b and the guy inside is not answering
en	danger	gas	my neighbour left his gas on and went out, you can smell it strongly through his door
en	danger	gas	strong smell of gas outside near the meter box, like it's coming out of the ground
en	danger	gas	eggy smell in the kitchen and my kid's feeling faint
en	danger	gas	someones camping gas canister in the storage room is hissing
en	danger	gas	we smell gas all over the ground floor, should we get out??
nl	danger	gas	het ruikt hier echt naar gas, like really strong
en	danger	gas	i smell gas in het trappenhuis, rotten egg kind of smell
nl	danger	gas	bro er sist iets achter het fornuis en het stinkt naar gas
nl	danger	gas	gaslucht bij nummer 7 en ze doen niet open, what do we do
nl	danger	gas	yo de hele hal ruikt naar gas en iemand staat daar te roken
nl	danger	gas	strong gas smell in de kelder, mn ogen tranen en ik word duizelig
nl	danger	gas	de gasfles op het balkon van de buren is aan het sissen, it's leaking
en	danger	gas	mn kookplaat staat uit but i still smell gas
nl	danger	gas	ze zijn aan het graven op straat en now there's a gas smell bij de voordeur
nl	danger	gas	ruikt naar gas
nl	danger	gas	gaslucht in de gang
nl	danger	gas	het stinkt naar rotte eieren in het portiek
nl	danger	gas	ik hoor sissen bij de meterkast en het ruikt naar gas
nl	danger	gas	gaslek denk ik
nl	danger	gas	de hele 3e verdieping ruikt naar gas
nl	danger	gas	bij de buurvrouw ruikt het door de deur heen naar gas en ze reageert niet
nl	danger	gas	het ruikt naar gas en ik word duizelig en misselijk
nl	danger	gas	de knop van het fornuis is afgebroken en er komt gas uit
nl	danger	gas	sterke gaslucht bij de ketel, mijn hoofd bonkt
nl	danger	gas	namens mevrouw de Wit: het ruikt in haar keuken heel sterk naar gas
nl	danger	gas	gas lucht in de kelder, heel erg
nl	danger	gas	het sist bij de cv ketel en ik ruik gas
nl	danger	gas	het ruikt buiten bij de ingang naar gas, ze hebben net de stoep opengebroken
nl	danger	gas	gas!! in de hal
nl	danger	gas	de gasfles in de berging lekt, je hoort het gewoon
nl	danger	gas	we ruiken allemaal gas op de benedenverdieping
en	danger	violence	hes got a knife
en	danger	violence	they're kicking him on the ground outside block B
en	danger	violence	two guys beating someone up in the courtyard right now
en	danger	violence	my neighbour is hitting his girlfriend, i can hear her screaming and things smashing
en	danger	violence	someone's being stabbed by the bins i think, theres blood and shouting
en	danger	violence	a man is chasing a woman down the gallery with a bat
en	danger	violence	there's a huge fight in the hall, bottles flying
en	danger	violence	he's strangling her, i can see it through the window
en	danger	violence	guy pulled a knife on the delivery driver downstairs
en	danger	violence	screams from 4c, sounds like someone is getting hit over and over
en	danger	violence	they're stamping on his head
en	danger	violence	my ex is here banging on the door, he already punched me once, he's trying to get in
en	danger	violence	someone just got glassed outside the front door
en	danger	violence	neighbour is attacking the support worker in the common room
en	danger	violence	a group of lads jumped a kid by the bike racks, he's on the floor and they wont stop
en	danger	violence	he has a gun, i saw it in his waistband, he's shouting at people in the lobby
en	danger	violence	my dad is hitting my mum again, please
en	danger	violence	someone is dragging a woman by her hair across the car park
en	danger	violence	hes smashing everything in the flat and he just threw a chair at me
en	danger	violence	fight on the stairs, one guy's bleeding from his face and the other one keeps going
en	danger	violence	man with a machete in the stairwell
nl	danger	violence	bro ze zijn hem aan het schoppen buiten
en	danger	violence	he's got a mes and he's standing by the lift
nl	danger	violence	er is een vechtpartij in de hal, someone's bleeding
nl	danger	violence	mn buurman slaat zn vriendin, ik hoor haar screamen
nl	danger	violence	yo twee gasten beuken iemand in elkaar bij de fietsenstalling
en	danger	violence	she's being hit, I can hear it through de muur, really hard
en	danger	violence	guy met een honkbalknuppel is smashing windows and going at people
nl	danger	violence	hij heeft een mes getrokken in de gemeenschappelijke ruimte, please hurry
nl	danger	violence	my ex staat voor de deur en slaat me, help
nl	danger	violence	hij heeft een mes
nl	danger	violence	ze slaan hem in elkaar
nl	danger	violence	er wordt gevochten op de galerij
nl	danger	violence	de buurman slaat zijn vrouw, ik hoor gillen
nl	danger	violence	iemand is neergestoken bij de flat
nl	danger	violence	er staat een man met een mes in de hal
nl	danger	violence	ze zijn iemand aan het schoppen die op de grond ligt
nl	danger	violence	mijn vader slaat mijn moeder help
nl	danger	violence	een groep jongens valt een jongen aan bij het speeltuintje
nl	danger	violence	hij wurgt haar!!!
nl	danger	violence	er wordt met flessen gegooid en iemand bloedt
nl	danger	violence	hij slaat alles kapot en gooit met stoelen naar mij
nl	danger	violence	man met pistool bij de ingang
nl	danger	violence	bewoner gaat de begeleider te lijf in de keuken
nl	danger	violence	ik schrijf voor mijn buurvrouw, ze durft niet: haar zoon slaat haar nu
nl	danger	violence	steekpartij buiten!!
nl	danger	violence	ze sleurt haar aan de haren over de stoep
en	danger	threat	he says hell come back and finish it
en	danger	threat	my neighbour just told me he's going to kill me tonight
en	danger	threat	guy downstairs keeps texting me he knows where i live and he's coming with his boys
en	danger	threat	he said if i call anyone he'll burn my flat down with me in it
en	danger	threat	my ex says he'll stab me the moment I step out the door
en	danger	threat	he stood at my door and said I'm dead tomorrow, not joking, he meant it
en	danger	threat	neighbour threatened to throw acid in my face
en	danger	threat	someone left a note on my door saying they'll hurt my kids
en	danger	threat	he's outside yelling that he'll kill everyone in this building
en	danger	threat,violence	he showed me a knife and said next time he'll use it
en	danger	threat	man in 2c says he'll shoot the support worker if she comes back
en	danger	threat	they said they're going to break my legs if i dont pay by tonight
en	danger	threat,fire	he keeps saying he'll set fire to the building, and he's got a jerry can
en	danger	threat	my flatmate says she'll smash my head in when I'm asleep
en	danger	threat,self_harm	she's screaming she'll kill herself and the baby
en	danger	threat	he said "you won't see morning" and walked off towards the stairwell
en	danger	threat	guy in the lobby threatening to slit the caretaker's throat
en	danger	threat	I'm scared, he messaged me 'i'm coming to get you, you're finished'
en	danger	threat	he said he'll come back with a gun
en	danger	threat	someone's threatening to push my neighbour off the gallery
en	danger	threat	they keep saying they'll hurt me if I tell anyone what happened
nl	danger	threat	hij zegt dat hij me gaat killen als ik naar buiten kom
nl	danger	threat	bro die gast zei i'm gonna stab you en liep weg richting de kelder
nl	danger	threat	my ex stuurt berichten dat hij vannacht komt en me pijn gaat doen
nl	danger	threat	hij schreeuwt dat ie het hele gebouw in de fik steekt, and he's got a lighter
nl	danger	threat	buurman zegt dat hij mijn hond kapot maakt en daarna mij, he's not joking
en	danger	threat	she said ik maak je af, and she meant it
en	danger	threat	he's threatening to hit de begeleider with a chair
nl	danger	threat	die jongens zeggen they're coming back om hem af te maken
nl	danger	threat	i'm scared, hij zegt dat ik morgen dood ben
nl	danger	threat	hij zegt dat hij me vermoordt
nl	danger	threat	mn buurman dreigt me neer te steken
nl	danger	threat	hij heeft gezegd dat hij terugkomt om het af te maken
nl	danger	threat	ze dreigen mijn huis in brand te steken vannacht
nl	danger	threat	ik krijg berichten dat ze me komen halen
nl	danger	threat	hij schreeuwt door de brievenbus dat hij me kapot maakt
nl	danger	threat	mijn ex zegt dat hij me wat aan gaat doen als ik de deur uit ga
nl	danger	threat	die man zegt dat hij de wijkagent gaat neerschieten
nl	danger	threat	hij dreigt mijn kinderen iets aan te doen
nl	danger	threat	ze zeggen dat ik dood ben als ik praat
nl	danger	threat,violence	hij zwaait met een mes en zegt dat hij me te pakken krijgt
nl	danger	threat	bewoner dreigt de begeleider iets aan te doen, hij staat nu voor haar deur
nl	danger	threat	namens mijn moeder: de buurman heeft net gezegd dat hij haar gaat slaan
nl	danger	threat	hij zegt dat hij terugkomt met een pistool
nl	danger	threat	ik word bedreigd, hij staat beneden
nl	danger	threat	ze dreigt de buurman van de galerij te duwen
nl	danger	threat	ze zeiden dat ze mijn benen breken als ik vandaag niet betaal
en	danger	break_in	someone is prying my neighbours door open with a crowbar right now
en	danger	break_in	window smashed downstairs and there's someone inside with a torch
en	danger	break_in	i can hear someone in my kitchen and i live alone
en	danger	break_in	two guys trying to kick in the door of 5d, the owner is away
en	danger	break_in	someone is climbing up the balcony to the first floor flat
en	danger	break_in	there's a man going through the storage cellars with bolt cutters
en	danger	break_in	the glass in the front door just went and I can hear people coming up the stairs
en	danger	break_in	someone's fiddling with my lock, the handle is moving
en	danger	break_in	guys breaking into the bike shed right now, they cut the padlock
en	danger	break_in	I'm hiding in the bathroom, someone broke in
en	danger	break_in	someone's in the community room at 3am going through the cupboards, it was locked
en	danger	break_in	they're trying my door handle, it's 2 am, im scared
en	danger	break_in	my upstairs neighbour is on holiday but i hear someone walking around and drawers opening
en	danger	break_in	dude just smashed a car window in the parking garage and he's reaching in
en	danger	break_in	somebody is drilling out the lock of the flat next door, no one lives there right now
en	danger	break_in	a guy climbed in through the back window of the ground floor flat, I saw his legs disappear
en	danger	break_in	intruder in my flat
en	danger	break_in	someone's jimmying the window at 1a
en	danger	break_in	heard glass break and now someone's rummaging in the office downstairs
en	danger	break_in	people are inside the empty flat, they forced the door
en	danger	break_in	someone's breaking into my car right outside, they're sitting in the front seat
nl	danger	break_in	er is iemand in mijn huis, i can hear him downstairs
nl	danger	break_in	bro ze breken in bij de buren, ze zijn met een koevoet bezig
en	danger	break_in	someone is trying to open mijn deur, the handle is moving
nl	danger	break_in	ruit ingeslagen bij nummer 3 en er loopt iemand binnen met een flashlight
nl	danger	break_in	guys ze zijn de fietsenberging aan het openbreken right now
nl	danger	break_in	ik zit in de wc opgesloten, someone broke in
nl	danger	break_in	er klimt een gast over het balkon bij de benedenburen, they're not home
nl	danger	break_in	iemand zit aan het slot te prutsen, it's 3am
nl	danger	break_in	de deur van de kelderbox is opengebroken en they're still inside
nl	danger	break_in	er wordt ingebroken
nl	danger	break_in	inbreker in mijn huis
nl	danger	break_in	iemand breekt de deur open bij de buren
nl	danger	break_in	ze zijn het raam aan het openbreken op de begane grond
nl	danger	break_in	ik hoor iemand in mijn woonkamer en ik ben alleen
nl	danger	break_in	er klimt iemand naar binnen bij nummer 4
nl	danger	break_in	ruit kapot en er is iemand binnen
nl	danger	break_in	twee mannen zijn de bergingen aan het openbreken
nl	danger	break_in	iemand zit aan mijn voordeur te wrikken
nl	danger	break_in	er zijn mensen in het lege huis hiernaast, de deur is geforceerd
nl	danger	break_in	inbraak bij de buurvrouw, zij is op vakantie maar ik hoor laden open gaan
nl	danger	break_in	ik hoor glas breken en gestommel in de keuken
nl	danger	break_in	ze zagen nu het hangslot van de fietsenstalling door
nl	danger	break_in	er staat iemand op mijn balkon te morrelen aan de deur
nl	danger	break_in	namens mn opa: er is iemand bij hem binnen en hij kent hem niet
nl	danger	break_in	inbrekers in het kantoor van de woonvereniging, nu
nl	danger	break_in	er loopt iemand met een breekijzer bij de achterdeuren te rommelen
en	danger	self_harm	i just want to sleep and not wake up
en	danger	self_harm	tell my mum sorry
en	danger	self_harm	im on the roof and i dont want to come down
en	danger	self_harm	cut myself again and it won't stop bleeding
en	danger	self_harm	i've written letters for everyone. this is goodbye
en	danger	self_harm	no point anymore, i've got the rope ready
en	danger	self_harm	everyone would be better off without me, tonight's the night
en	danger	self_harm	im standing on the bridge over the canal
en	danger	self_harm	my neighbour's sitting on the balcony railing saying she's going to jump
en	danger	self_harm	I can't do this anymore. I'm done. Sorry for everything
en	danger	self_harm	he's got a belt around his neck in the bathroom, I can't get the door open
en	danger	self_harm,overdose	my friend texted me goodbye and now she's not picking up, she said she had pills
en	danger	self_harm	hurting myself feels like the only thing left, theres blood on the sheets
en	danger	self_harm	give my cat to Sam pls
en	danger	self_harm	im going to end it
en	danger	self_harm	dont want to be here anymore. not tomorrow not ever
en	danger	self_harm	i've been cutting deep, deeper than usual, i feel dizzy
en	danger	self_harm	the guy in 6e says he's going to walk in front of a train tonight, he's heading out now
en	danger	self_harm	nobody will miss me when im gone, i'm ready
en	danger	self_harm	i keep looking at the knife in the drawer and tonight i'm going to do it
en	danger	self_harm	it's my last night, just wanted someone to know
nl	danger	self_harm	ik wil gewoon slapen en niet meer wakker worden, sorry
nl	danger	self_harm	tell my mum sorry, ik kan niet meer
nl	danger	self_harm	ik sta op het dak en i don't want to come down
nl	danger	self_harm	ze zit op de rand van het balkon en zegt dat ze gaat springen, please
nl	danger	self_harm	bro ik heb mezelf gesneden en het stopt niet met bloeden
nl	danger	self_harm	no point meer, vanavond is het klaar
nl	danger	self_harm	hij heeft afscheidsbrieven geschreven and he's locked himself in
en	danger	self_harm	everyone is better off zonder mij, I'm going to do it
nl	danger	self_harm	zorg dat mn hond goed terechtkomt, I'm done
nl	danger	self_harm	zeg tegen mn moeder dat het me spijt
nl	danger	self_harm	ik heb mezelf gesneden en het bloed blijft komen
nl	danger	self_harm	vannacht maak ik er een einde aan
nl	danger	self_harm	ik sta op de brug en ik spring
nl	danger	self_harm	het hoeft niet meer voor mij, ik heb het touw al
nl	danger	self_harm	mijn buurman zegt dat hij zich van kant gaat maken, hij zit op de rand van de galerij
nl	danger	self_harm	iedereen is beter af zonder mij. dag
nl	danger	self_harm	ik kan niet meer, het is genoeg geweest, ik stop ermee
nl	danger	self_harm	mn vriendin stuurde een afscheidsbericht en neemt niet op
nl	danger	self_harm	ik ben aan het krassen en het is dieper dan anders
nl	danger	self_harm	mijn zus zegt dat ze voor de trein gaat, ze is net de deur uit
nl	danger	self_harm	dit is mijn laatste bericht
nl	danger	self_harm	namens mijn buurvrouw: haar zoon heeft zich opgesloten en zegt dat hij er een eind aan maakt
nl	danger	self_harm	niemand gaat me missen als ik er niet meer ben
en	calm	-	this song is fire 🔥🔥
en	calm	-	you absolutely killed it at karaoke last night
en	calm	-	my boss will kill me if i'm late again
en	calm	-	lmaooo i'm literally dying
en	calm	-	that new kebab place is fire no cap
en	calm	-	i'm starving, could eat a horse
en	calm	-	this heat is killing me, can someone open the windows in the common room
en	calm	-	ugh my feet are killing me after the litter picking walk
en	calm	-	she's gonna murder me when she sees what i did to her plant
en	calm	-	he's on fire today at table tennis, won every game
en	calm	-	that film night was lit
en	calm	-	we're dying to know when the next walking dinner is
en	calm	-	if I have to hear that karaoke machine one more time I swear I'll scream
en	calm	-	i could kill for a coffee rn
en	calm	-	my phone is dead, can someone tell Mark I'll be late
en	calm	-	the plant by the lift is dead, who's going to water the new one
en	calm	-	this quiz is murder, who wrote these questions 😭
en	calm	-	lol you're killing me with these memes
en	calm	-	that joke was so bad i want to die 😂
en	calm	-	bro roasted me so hard in the group chat
en	calm	-	the chili at the coffee morning was smoking hot 🌶️
en	calm	-	my mum's going to kill me, I forgot her birthday
en	calm	-	traffic was a nightmare, i'm dead tired
en	calm	-	the wifi in the common room keeps dying
en	calm	-	i'm drowning in paperwork from the council, can a support worker help
en	calm	-	honestly the mould in my bathroom is killing me, when are they fixing it
en	calm	-	i nearly died laughing at the film night
en	calm	-	that sunset over the canal was fire tonight
en	calm	-	she slayed at the talent show
en	calm	-	got absolutely smashed at the pub quiz, came last 😂
en	calm	-	my phone just exploded with notifications lol
en	calm	-	the fishing trip was a blast
en	calm	-	shoot me a message when the coffee is ready
en	calm	-	break a leg at your job interview tomorrow!
en	calm	-	this weather makes me want to stay under the duvet till spring lol
en	calm	-	my tomatoes on the balcony are dying, anyone good with plants?
en	calm	-	last year there was a fire in the other block, everyone got out fine
en	calm	-	someone broke into the bike shed last week, has the lock been replaced yet?
en	calm	-	when my neighbour fell in march she was fine after a few days, she says thanks for the flowers
en	calm	-	there was a fight outside the chip shop on saturday, police sorted it, just letting you know
en	calm	-	my brother overdosed years ago, that's why I want to do the first aid course
en	calm	-	back when I was sleeping rough I got beaten up a lot. it's nice to have a door that locks now
en	calm	-	the gas smell yesterday was the engineer testing the boiler, all sorted
en	calm	-	the smoke in the hall this morning was just burnt toast from 2b, they aired it out
en	calm	-	we had an attempted break-in back in 2024, can we get a camera at the entrance
en	calm	-	i used to self harm as a teen, doing much better now, happy to share my story at the group
en	calm	-	the ambulance yesterday was for the lady at 15, she's back home and doing ok
en	calm	-	the fire brigade came for a false alarm last night, it was the sensor in the lift lobby
en	calm	-	someone threatened me last month but it's settled now, we talked it out with mediation
en	calm	-	a knife was found in the bushes last week, police already took it away
en	calm	-	my grandad passed away last year, it still hits me sometimes
en	calm	-	what should I do if someone collapses in the hallway?
en	calm	-	if there's ever a fire, where is the meeting point?
en	calm	-	what do you do if you smell gas? just asking for the newsletter
en	calm	-	who do i call if a neighbour threatens me? nothing going on, just want to know
en	calm	-	is there a naloxone kit in the building in case someone overdoses
en	calm	-	what's the procedure if a resident says they want to die? asking as a new support worker
en	calm	-	how do I put someone in the recovery position? want to be prepared
en	calm	-	if someone breaks in while I'm on holiday who should the neighbours call
en	calm	-	does the first aid course also cover what to do after a fall?
en	calm	-	can we get a sign in the stairwell with the emergency number, in case of fire
en	calm	-	where is the defibrillator in our building?
en	calm	-	support worker here: what's the escalation route for a threat outside office hours?
en	calm	-	begeleider question: when a neighbour reports a gas smell at night, do we ring the corporation or 112 first?
en	calm	-	what if someone has a seizure at the coffee morning, does anyone know first aid?
en	calm	-	do we have an evacuation plan for block B?
en	calm	-	could the community officer come to the residents meeting to talk about break-ins
en	calm	-	is it true you shouldn't use the lift when there's a fire?
en	calm	-	what's the number for the non-emergency police line
en	calm	-	smoke detector in my hallway keeps beeping, i think the battery is flat
en	calm	-	the fire extinguisher on floor 2 is missing
en	calm	-	fire alarm went off for no reason again, no smoke at all, can someone check the sensor
en	calm	-	my gas boiler is making a clicking noise and there's no hot water
en	calm	-	the fire door on the 3rd floor doesn't shut properly
en	calm	-	the emergency exit sign above the back door is broken
en	calm	-	heating not working since yesterday, freezing in here
en	calm	-	the lift is stuck on the ground floor again, nobody inside
en	calm	-	the smoke alarm in 12 has been chirping all night, the resident is away
en	calm	-	the light in the stairwell is broken, it's pitch black at night
en	calm	-	lock on the main entrance is broken, the door just stays open
en	calm	-	the fire blanket in the shared kitchen was used and never replaced
en	calm	-	intercom doesn't work, delivery drivers can't get in
en	calm	-	there's a leak from the ceiling in the bathroom, dripping onto the floor
en	calm	-	the pilot light on my boiler keeps going out
en	calm	-	the door of the fire hose cupboard is hanging off its hinges
en	calm	-	burnt the rice again lol whole flat smells like it, all good now
en	calm	-	anyone want some chili? made way too much
en	calm	-	setting off the smoke alarm is how I know dinner's ready 😂
en	calm	-	bbq in the courtyard at 6, bring your own meat
en	calm	-	the stir fry was so spicy i was crying
en	calm	-	who left the smoked salmon in the shared fridge
en	calm	-	my smoothie exploded all over the blender lol
en	calm	-	can I borrow a frying pan, mine's ruined
en	calm	-	we got killed in the last round of cod 😤
en	calm	-	just watched a horror film where the guy gets stabbed, can't sleep now lol
en	calm	-	headshot! finally
en	calm	-	anyone want to play fortnite tonight, i keep dying in the storm
en	calm	-	film night suggestion: Die Hard
en	calm	-	the fire scene in that movie was insane
en	calm	-	my character OD'd on potions in the game lmao
en	calm	-	in GTA I broke into like 20 cars today 😂
en	calm	-	that zombie show last night, they just shot everyone, so good
en	calm	-	can we watch something that isn't a murder documentary for once
en	calm	-	saw on the news there was a gas explosion in Rotterdam, scary stuff
en	calm	-	did you read about the stabbing in the city centre? terrible
en	calm	-	news says there's a storm coming tonight, tie down your balcony stuff
en	calm	-	there was a huge fire at the industrial estate on tv
en	calm	-	haven't seen the lady from 7 for a few days, her post is piling up
en	calm	-	the guy upstairs seems really down lately, maybe someone could check in on him
en	calm	-	my neighbour's curtains have been closed all week, not urgent but i'm a bit worried
en	calm	-	is Karin ok? she hasn't come to the coffee morning for weeks
en	calm	-	the man at 4 seems confused lately, he asked me the same thing three times
en	calm	-	the neighbour's dog has been barking a lot and i haven't seen him walk it for a couple of days
en	calm	-	my neighbour seems to be drinking more again, thought a support worker should know
en	calm	-	the new resident at 14 looks lonely, maybe invite him on the fishing trip?
en	calm	-	the guy in 3b doesn't seem to be eating, he's lost a lot of weight
en	calm	-	the music from 8a is killing me every single night
en	calm	-	my neighbour screams at his tv all night, drives me insane
en	calm	-	someone keeps dumping rubbish next to the bins, absolutely disgusting
en	calm	-	the lads on the bench keep shouting till 3am, it's doing my head in
en	calm	-	the smell of weed in the stairwell is unreal again
en	calm	-	who the hell parks their car in front of the fire exit
en	calm	-	kids were letting off fireworks in the courtyard again, scared my dog half to death
en	calm	-	my neighbour's dog howls like it's being murdered every time someone walks past
en	calm	-	I'm going to lose my mind if the drilling doesn't stop
en	calm	-	upstairs stomping around at 2am like elephants, again
en	calm	-	someone smokes on the balcony below and it all drifts into my bedroom
en	calm	-	they had another screaming match next door, it's over now but it happens every weekend
en	calm	-	feeling a bit low today, can a support worker give me a call this week
en	calm	-	i'm so lonely since i moved in, don't really know anyone
en	calm	-	bad day, just needed to say it, i'll be ok
en	calm	-	been struggling with sleep, can we talk about it at my next appointment
en	calm	-	anxious about the letter from the tax office, can someone help me read it
en	calm	-	some days are just heavy you know, but i'm getting through
en	calm	-	not doing great mentally but i have my appointment on thursday
en	calm	-	i feel down but i'm safe, just want someone to talk to
en	calm	-	slipped on the wet floor in the hall, I'm fine, but can someone put up a sign
en	calm	-	tripped on the loose tile by the entrance, no harm done but it needs fixing
en	calm	-	my little one fell off the slide, just a scraped knee, he's fine now
en	calm	-	fell off my bike lol only my pride is hurt
en	calm	-	the old lady from 6 had a tumble but got up by herself and says she's fine, just letting her begeleider know
en	calm	-	i need to pick up my meds at the pharmacy, can someone come with me
en	calm	-	forgot to take my pills this morning, should i take them now or wait till tonight?
en	calm	-	my methadone pickup has moved to tuesdays
en	calm	-	doctor upped my antidepressants, feeling a bit sleepy, is that normal
en	calm	-	has anyone got a paracetamol, bad headache
en	calm	-	where can I drop off old medicine
en	calm	-	are we allowed to do fireworks on new year's eve in the courtyard?
en	calm	-	candles at the memorial evening, is that ok with the fire rules?
en	calm	-	can we have a campfire at the summer party
en	calm	-	the smoke from the barbecue is blowing into the hallway, could they move it a bit
en	calm	-	bonfire night was great, thanks to everyone who helped
en	calm	-	someone's incense is really strong in the hall
en	calm	-	my shed was broken into last week, police report is done, just wanted to say
en	calm	-	any news on the guys who broke into the bike storage?
en	calm	-	support worker here, who's on the night rota this week?
en	calm	-	can someone from the corporation pick up the boiler case for number 11?
en	calm	-	begeleider here: I'm doing the mental health first aid course next week, any tips?
en	calm	-	how do I close an escalation once it's resolved?
en	calm	-	thanks for the help yesterday ❤️
en	calm	-	good morning everyone ☀️
en	calm	-	help me pick a name for the newsletter pls
en	calm	-	HELP i can't figure out how to sign up for the walk
en	calm	-	urgent!!! who has a spare phone charger
en	calm	-	emergency: we ran out of coffee for the coffee morning 😂
en	calm	-	someone help, my cat won't come down from the tree
en	calm	-	I was stuck in the lift for a minute lol, it's moving again
en	calm	-	bleeding from a paper cut, tragic 😅
en	calm	-	burned my finger on the oven tray, nothing serious
en	calm	-	my nose bleeds sometimes in winter, dry air, is there a humidifier for the common room
en	calm	-	gonna crash early tonight, knackered
en	calm	-	night all, I'm out like a light
en	calm	-	the new guy at 9 is a killer at darts
en	calm	-	ngl that exam destroyed me
en	calm	-	my sister's wedding was so beautiful I nearly died
en	calm	-	the heating's stuck on max, it's like a sauna in here, we're melting
en	calm	-	he got absolutely battered at chess by an 8 year old 😂
en	calm	-	i got stung by a wasp at the picnic, it's swollen but fine
nl	calm	-	i'm dead 😂 die video van de koffieochtend
nl	calm	-	dit nummer is echt fire bro
nl	calm	-	je hebt het gekilled bij de pubquiz
nl	calm	-	mn baas gaat me killen als ik weer te laat ben
nl	calm	-	bro ik ga dood van de honger, when is dinner
en	calm	-	that party was fire, volgende keer weer
nl	calm	-	we got killed in cod, die kids zijn te goed
nl	calm	-	the smoke detector in mn gang piept steeds, battery leeg denk ik
nl	calm	-	de brandblusser op de 2e is weg, can someone check
nl	calm	-	heb de rijst laten aanbranden lol, alles stinkt maar het is fine
nl	calm	-	mn phone is dood, bel me later ok
nl	calm	-	de lamp in het trappenhuis brandt niet, super dark at night
nl	calm	-	vorig jaar was er een fire in het andere blok, iedereen was oké
en	calm	-	what should i do als iemand flauwvalt in de gang? just wondering
nl	calm	-	wat als er ooit gas lekt, who do we call
nl	calm	-	het ruikt weer naar weed in de hal, so annoying
nl	calm	-	kids aan het vuurwerk afsteken op het plein, mn hond freaks out
en	calm	-	bbq op zaterdag, who's bringing the charcoal?
nl	calm	-	buurman heeft zn muziek zo hard, I'm literally losing it
nl	calm	-	ik heb die lady van 9 al een paar dagen niet gezien, not urgent maar ik maak me wel zorgen
nl	calm	-	feeling kinda down vandaag, kan een begeleider me bellen deze week
nl	calm	-	ik viel van de trap lol maar niks aan de hand, just a bruise
en	calm	-	moet mn meds ophalen, can someone come with me
nl	calm	-	last week was er ingebroken in de fietsenstalling, is het slot al gemaakt?
nl	calm	-	de cv ketel maakt een raar geluid, no hot water sinds gisteren
nl	calm	-	brandalarm ging af maar er was geen rook, sensor is broken denk ik
nl	calm	-	die horror film gisteren was sick, iedereen ging dood haha
nl	calm	-	kaarsjes aansteken bij de herdenking, mag dat in de common room?
nl	calm	-	zag op het nieuws een gasexplosie in Den Haag, crazy
en	calm	-	ik ben zo moe, I could sleep for a week
en	calm	-	this heat is killing me, kan de airco aan in de huiskamer?
nl	calm	-	support worker hier: wat is de procedure als een bewoner zegt dat hij dood wil?
nl	calm	-	je bent echt on fire vandaag met tafeltennis
nl	calm	-	mn plants gaan dood in deze hitte
nl	calm	-	lol ik ga dood van het lachen
nl	calm	-	ze gaat me vermoorden als ze ziet dat ik haar fiets heb geleend haha, sorry sis
nl	calm	-	ik heb me gisteren gesneden met het aardappelmesje, pleister erop, all good
nl	calm	-	de noodverlichting bij de achteruitgang is kapot, can someone fix it
nl	calm	-	bro die buren schreeuwen elke avond, it's doing my head in
en	calm	-	the fire door op de derde doesn't close properly
nl	calm	-	wie heeft er een pan voor me, mijn pan is burnt to death lol
nl	calm	-	de rookmelder ging af door mijn pizza 😂 everything's fine
en	calm	-	is er een AED in ons gebouw? just in case
nl	calm	-	mn oma is vorig jaar gevallen, she's doing the fall prevention class now
nl	calm	-	de lift is weer kapot, ik moet met boodschappen 5 trappen op, kill me 😩
nl	calm	-	smoking hot deze chili, wie wil proeven
nl	calm	-	heb een hangover van hier tot tokio, never again
en	calm	-	ze hebben gisteren een steekpartij gehad in de stad, saw it on the news
nl	calm	-	vuurkorf op het plein met oud en nieuw, is that allowed?
nl	calm	-	de wifi is dood in de huiskamer again
nl	calm	-	kan iemand me helpen met die brief van de gemeente, ik snap er niks van honestly
nl	calm	-	i'm so bored ik ga dood
nl	calm	-	de politie was gisteren hier voor een ruzie, het is nu rustig, just fyi
en	calm	-	wanneer is de volgende EHBO cursus, I want to learn how to help if someone overdoses
nl	calm	-	mn vriend had vroeger een overdosis, daarom wil ik die naloxone training doen
nl	calm	-	gister knalde er iets, turned out to be vuurwerk van de kids
nl	calm	-	in GTA heb ik een bank beroofd haha, beste avond ooit
en	calm	-	mn begeleider komt morgen, I'm kinda nervous but it's ok
nl	calm	-	de buurman van 11 lijkt een beetje verward laatst, can someone check in when they have time
en	calm	-	ik heb mn sleutel verloren, locked out, who has the spare?
nl	calm	-	de kat van mn buurvrouw is dood, she's heartbroken, misschien een kaartje?
nl	calm	-	dat was een killer workout in het park
nl	calm	-	shoot, ik ben de koffieochtend vergeten
nl	calm	-	bro mn laptop is gecrasht, alles kwijt
nl	calm	-	die inbreker in de film gisteren was zo dumb lol
en	calm	-	heb vanochtend mn pillen vergeten, should I still take them?
nl	calm	-	het rook naar gas bij het fornuis omdat ik het pitje niet goed aanstak, it's fine now, raam staat open
nl	calm	-	mijn buurman had vorige week een epileptische aanval maar hij is weer thuis en ok
nl	calm	-	ik voel me lonely sinds ik hier woon, is er een activiteit om mensen te leren kennen?
nl	calm	-	help me pls, ik snap de app niet
nl	calm	-	mijn keel brandt van die pepers lol
nl	calm	-	dat feest bij de buren was wild, maar om 12 uur was het stil, fair enough
nl	calm	-	de jongens bij het bankje zijn luid maar niet gevaarlijk, just annoying
en	calm	-	who's joining het vissen op zondag, I'll bring bait
en	calm	-	my sister broke her arm skiing last month, mag ze mee met de wandeling met een mitella?
nl	calm	-	rook van de bbq van de buren komt mn slaapkamer in, can they move it?
nl	calm	-	ik heb die hele serie gebinged, I'm dead inside nu hij af is 😭
nl	calm	-	bro de nieuwe drill track van hem is echt een banger, hij slaat hard
nl	calm	-	ik ga dood van de hitte
nl	calm	-	die film was echt vet
nl	calm	-	mn baas vermoordt me als ik te laat kom
nl	calm	-	het licht bij de ingang brandt niet meer sinds zaterdag
nl	calm	-	de rookmelder piept, batterij leeg denk ik
nl	calm	-	brandblusser is weg op de tweede verdieping
nl	calm	-	brandalarm ging af maar er was niks, al de derde keer deze week
nl	calm	-	de cv ketel doet het niet, geen warm water
nl	calm	-	de branddeur valt niet dicht
nl	calm	-	vorig jaar was er brand in het andere blok, nu is alles weer goed
nl	calm	-	vorige week is er ingebroken in de berging, is er al een nieuw slot?
nl	calm	-	wat moet ik doen als iemand niet meer wakker wordt? vraag het voor de zekerheid
nl	calm	-	wie moet ik bellen als ik ooit gas ruik?
nl	calm	-	waar hangt de AED?
nl	calm	-	als er brand is, waar moeten we dan verzamelen?
nl	calm	-	ik heb mn buurvrouw al een paar dagen niet gezien, de post stapelt op
nl	calm	-	de meneer van 6 ziet er slecht uit de laatste tijd, kan iemand eens langs
nl	calm	-	mijn buurman lijkt verward, hij loopt 's nachts rondjes op de galerij
nl	calm	-	ik voel me rot vandaag, kan mijn begeleider bellen?
nl	calm	-	ik ben eenzaam, ken hier niemand
nl	calm	-	ik ben gevallen maar er is niks aan de hand hoor
nl	calm	-	struikelde over de losse tegel bij de deur, niks gebroken, maar die tegel moet gemaakt
nl	calm	-	moet mn medicijnen ophalen bij de apotheek
nl	calm	-	ben mn pillen vergeten vanochtend
nl	calm	-	waar kan ik oude medicijnen inleveren
nl	calm	-	mag ik vuurwerk afsteken op het plein met oud en nieuw?
nl	calm	-	barbecue zaterdag om 5 uur op het binnenplein
nl	calm	-	het ruikt naar wiet in het trappenhuis, elke dag
nl	calm	-	de buren hebben weer de hele nacht muziek aan, ik word gek
nl	calm	-	de jongens op het bankje schreeuwen de hele avond, zo irritant
nl	calm	-	iemand zet steeds zijn vuilniszakken naast de container
nl	calm	-	hun hond blaft de hele dag, niet normaal
nl	calm	-	ik heb de aardappelen laten aanbranden, hele huis stinkt haha
nl	calm	-	rookmelder ging af door mn tosti
nl	calm	-	wie wil er soep, heb te veel gemaakt
nl	calm	-	we werden afgemaakt in fortnite
nl	calm	-	ik ben 5 keer doodgegaan in dat level
nl	calm	-	gisteren een horrorfilm gekeken, iedereen ging eraan
nl	calm	-	op het nieuws: grote brand in Amersfoort
nl	calm	-	er was een steekpartij in de stad zag ik op het journaal
nl	calm	-	kaarsjes in de huiskamer, mag dat?
nl	calm	-	de politie was hier gisteren maar het is weer rustig
nl	calm	-	dat feest was echt de bom
nl	calm	-	je bent een held, dank je
nl	calm	-	ik kan niet meer van het lachen 😂
nl	calm	-	ik ben kapot na het werk
nl	calm	-	ik ben helemaal gesloopt van de wandeling
nl	calm	-	die vis was echt top, volgende keer weer vissen
nl	calm	-	hij is doodop, slaapt al
nl	calm	-	mn telefoon is bijna leeg
nl	calm	-	de printer in de huiskamer is dood
nl	calm	-	de plant in de hal is dood
nl	calm	-	de lift is weer stuk
nl	calm	-	ik heb me gesneden bij het groente snijden, pleister erop, gaat prima
nl	calm	-	mn dochter viel van haar fiets, alleen een schaafwond
nl	calm	-	het stonk gisteren bij de container, was de kliko, nu is het weg
nl	calm	-	de kachel van de buren stinkt een beetje als hij aangaat, kan dat gecontroleerd worden
nl	calm	-	de gasfles van de bbq is leeg, wie heeft een nieuwe
nl	calm	-	mag ik een vuurkorf op mijn balkon?
nl	calm	-	wanneer komt de monteur voor de cv?
nl	calm	-	als begeleider: wat is de procedure bij een melding van huiselijk geweld buiten kantoortijd?
nl	calm	-	wie heeft er deze week nachtdienst?
nl	calm	-	kan de wijkagent op de bewonersavond komen praten over inbraken?
nl	calm	-	de buurvrouw heeft een zwaar jaar gehad, misschien kunnen we een kaartje sturen
nl	calm	-	ik heb vroeger op straat geleefd en ben toen vaak in elkaar geslagen, nu gaat het goed
nl	calm	-	mijn broer is jaren geleden overleden aan een overdosis, daarom doe ik mee aan de EHBO cursus
nl	calm	-	ik had vroeger zelfmoordgedachten, nu gaat het veel beter, ik wil graag ervaringsdeskundige worden
nl	calm	-	die film op de filmavond was om te janken
nl	calm	-	ik vermoord je als je weer mijn koekjes opeet haha
nl	calm	-	kapot van het lachen
nl	calm	-	dood moe
nl	calm	-	wanneer is de koffieochtend
nl	calm	-	ff vragen, wie heeft de sleutel van de huiskamer
nl	calm	-	kzat even vast in de lift haha maar hij doet het weer
nl	calm	-	help wat is het nummer van de wijkagent
nl	calm	-	hulp nodig met een brief
nl	calm	-	ik snap die brief van de belasting niet
nl	calm	-	kan iemand me helpen met verhuizen
nl	calm	-	de buurman maakt ruzie met iedereen, echt vervelend
nl	calm	-	ze schelden me steeds uit als ik langsloop, kan iemand daar iets aan doen
nl	calm	-	buurman dreigde vorige maand de politie te bellen om mijn hond, is opgelost
nl	calm	-	iemand heeft mijn fiets gejat vannacht, slot doorgeknipt, aangifte gedaan
nl	calm	-	de buurjongen rookt joints op de galerij, stinkt
nl	calm	-	het is hier heet als de hel
nl	calm	-	die muziek is echt vuur 🔥
nl	calm	-	pffff ik sterf van de verveling
nl	calm	-	ik ga dood als ik deze quiz verlies haha
nl	calm	-	die pepers zijn niet normaal, mijn mond staat in brand
nl	calm	-	we hebben gister de sterren van de hemel gespeeld bij tafeltennis
nl	calm	-	laat maar, ik vermoord die plant toch altijd
nl	calm	-	ik ben mn sleutel kwijt
nl	calm	-	het raam in de gang gaat niet dicht
nl	calm	-	er zit schimmel in de badkamer
nl	calm	-	het lekt bij de buren van boven
nl	calm	-	de intercom doet het niet
nl	calm	-	de voordeur van de flat sluit niet meer, iedereen kan zo naar binnen
nl	calm	-	ik hoorde gisteravond een knal maar dat was vuurwerk
nl	calm	-	ik heb slecht geslapen, de buren waren aan het ruziën maar nu is het stil
nl	calm	-	ik hoop dat mijn buurman ok is, hij is zo stil de laatste tijd
nl	calm	-	schrijf namens mijn moeder: ze wil zich aanmelden voor de wandeling
nl	calm	-	namens mijn buurman: zijn kraan lekt
nl	calm	-	mijn opa heeft zijn pillen in een weekdoos, kan de begeleider helpen met vullen?
nl	calm	-	mijn moeder valt soms, vandaag niet hoor, is er een alarmknop te krijgen?
nl	calm	-	ik slik elke dag mijn medicijnen, alles goed
nl	calm	-	methadon ophalen is nu op dinsdag
nl	calm	-	is er een EHBO cursus waar je leert wat je moet doen bij een overdosis?
nl	calm	-	wat moet ik doen als de buren gaan vechten? gebeurt nu niet hoor, maar het was vaker
nl	calm	-	vorige week was er een vechtpartij voor de supermarkt, ik zag het vanaf de overkant
nl	calm	-	iemand heeft tegen de deur geschopt vannacht, er zit een deuk in
nl	calm	-	er zit een barst in mijn raam, door de storm denk ik
nl	calm	-	de brandtrap staat vol met fietsen
nl	calm	-	rook van de bbq van de buren waait bij mij naar binnen
nl	calm	-	iemand rookt in de lift, het stinkt
nl	calm	-	er brandt de hele dag licht in de berging, zonde
nl	calm	-	de kaarsen bij de herdenking waren mooi
nl	calm	-	mijn kat is overleden, ben er verdrietig van
nl	calm	-	balen vandaag, maar het komt goed
nl	calm	-	ik heb nergens zin in vandaag
nl	calm	-	ik zit niet lekker in mn vel, kan ik een afspraak maken
nl	calm	-	kom ff koffie drinken
nl	calm	-	de jongens gaan los met de playstation, is gezellig
nl	calm	-	haha je hebt me echt afgemaakt met die grap
nl	calm	-	dat oliebollenvet in de pan stinkt zo, ik zet het raam open
nl	calm	-	ik moest huilen bij de film, zo mooi
nl	calm	-	wat een moordweer vandaag ☀️
nl	calm	-	de buren gooien peuken van het balkon naar beneden
nl	calm	-	afmelden voor de filmavond
nl	calm	-	de wekker van de buurman gaat al een uur af en hij is niet thuis
nl	calm	-	mn hoofd ontploft van al die formulieren
nl	calm	-	ik ben helemaal op, ga vroeg slapen
nl	calm	-	die wiet van de buren komt door de ventilatie, mijn kinderen ruiken het
nl	calm	-	kan iemand zeggen wanneer de schoorsteenveger komt
nl	calm	-	ik wil me aanmelden voor de cursus brandveiligheid
nl	calm	-	nee hoor, niks aan de hand, ik lag gewoon te slapen toen je belde
nl	calm	-	sorry dat ik niet opendeed, ik lag in bad
`;

/**
 * Training utterances (language, intent, text), tab-separated, written on 2026-12-07 by a helper given
 * only docs/bot-intents.md and docs/DOMAIN.md: young people's chat spelling and straattaal, very short
 * and one-word messages, voice-to-text, emoji, blunt and low-literacy writing, Dutch-English mix and
 * Gen-Z English. Parsed by `tab-separated.ts`, merged in `index.ts`; the header lines below are the
 * writer's own.
 */
export const voicesB = String.raw`
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md (no other files read, no search tools, lines from own knowledge of chat writing)
# date: 2026-12-07
# voices: young people and young adults with chat spelling (ff, mn, kzit, idd, wnr, hoelaat, plz), straattaal (mattie, wollah, doekoe, fissa, chill, kapot = very), very short and one-word messages, voice-to-text without punctuation, typos and missing spaces, emoji, blunt formerly homeless residents, low literacy / phonetic spelling, Dutch-English mix, Gen-Z English
# format: one message per line, tab-separated: language<TAB>intent<TAB>text; language nl or en (dominant language); intent per the 12 definitions in docs/bot-intents.md; all names, numbers and places fictional
# final counts: total 1014 lines (nl 665, en 349); activity.cancel 61, activity.create 61, activity.list 61, activity.signup 71, card.show 61, care.signal 91, concern.report 121, defect.report 122, emergency 61, greeting 81, help.request 132, unknown 91
nl	emergency	brand!! rook uit de kelder
nl	emergency	er komt rook onder de deur van nr 7 uit help
nl	emergency	kom snel mn buurman ligt op de grond en hij reageert niet
nl	emergency	ruik gas in het trappenhuis heel sterk
nl	emergency	wollah er staat een gast met een mes beneden in de hal
nl	emergency	ze slaan elkaar helemaal in elkaar op de galerij nu
nl	emergency	mattie van 2hoog heeft te veel pillen genomen volgens mij hij is helemaal weg
nl	emergency	kan niet meer ik wil dood
nl	emergency	ik wil er niet meer zijn vannacht maak ik er een eind aan
nl	emergency	iemand probeert nu de deur van het fietsenhok open te breken
nl	emergency	er is iemand in mijn huis ik hoor hem in de slaapkamer
nl	emergency	buurvrouw gevalle van de trap bloed overal ze kan niet opstaan
nl	emergency	mn vriend ademt niet meer wat moet ik doen
nl	emergency	vlammen uit het raam op de derde
nl	emergency	zijn keuken staat in de fik!!!
nl	emergency	hij zegt dat hij me gaat afmaken als ik naar buiten kom
nl	emergency	kzit opgesloten in de badkamer hij staat met een schaar voor de deur
nl	emergency	gaslucht in de kelder echt sterk moet ik iedereen eruit halen?
nl	emergency	ze heeft zich gesneden in haar armen er is veel bloed
nl	emergency	jongen op het bankje bij de ingang reageert niet zn lippen zijn blauw
nl	emergency	rookmelder gaat af en de gang staat vol rook
nl	emergency	de moeder van mn buurjongen is van de trap gevallen en haar been ligt helemaal raar
nl	emergency	die gast op 9 slaat zn vriendin ik hoor haar gillen NU
nl	emergency	hij liet net een pistool zien en zegt dat hij terugkomt
nl	emergency	ik heb al mn pillen ingenomen
nl	emergency	wrm ruikt het zo naar gas in de lift ????
nl	emergency	iemand zit aan mn voordeur te wrikken met een breekijzer
nl	emergency	heb er geen zin meer in ik spring van het balkon
nl	emergency	oude man van nr 3 ligt in de tuin en hij word niet wakker
nl	emergency	ze heeft iets gespoten en nu schokt ze helemaal en reageert niet
nl	emergency	de schuur van de buren brandt helemaal
nl	emergency	broer van de buurman bedreigt ons hij zegt ik steek jullie allemaal neer
nl	emergency	vechtpartij bij de container 4 man bezig eentje ligt al op de grond
nl	emergency	buurman is flauwgevallen in de lift
nl	emergency	krijg mn buurvrouw niet wakker na die pillen ze valt steeds weg
nl	emergency	hoor nu gerammel bij de kelderboxen denk dat er ingebroken wordt
nl	emergency	er brandt iets in de meterkast zwarte rook
nl	emergency	jongen op 1hoog staat op de rand van zn balkon en zegt dat hij gaat springen
nl	emergency	hij ligt op de grond na een val en zn hoofd bloedt kapot veel
nl	emergency	ik hou het niet meer vol ik ga een eind aan mijn leven maken
en	emergency	FIRE in the hallway on 2nd floor smoke everywhere
en	emergency	my neighbour collapsed and isnt breathing pls help
en	emergency	smells like gas really bad near the mailboxes
en	emergency	guy outside has a knife and hes chasing someone
en	emergency	someone is breaking into the bike shed rn
en	emergency	he said hes gonna kill me tonight and he knows where i live
en	emergency	lady from 4b fell in the stairwell, her wrist looks broken and shes crying
en	emergency	theres smoke coming out of the laundry room
en	emergency	two guys fighting in the courtyard one is bleeding
en	emergency	bro my roommate took like 20 pills what do i do
en	emergency	someone just smashed the window of no 11 and climbed in
en	emergency	i cut myself again and it wont stop bleeding
en	emergency	gas smell in the community room kitchen and the stove is off
en	emergency	the man downstairs isnt responding, eyes open but nothing
en	emergency	neighbour is hitting his girlfriend with a bat right now
en	emergency	im gonna end it tonight nobody would even care
en	emergency	flames in the bin room and its spreading
en	emergency	old guy slipped in the shower cant get up theres blood
en	emergency	some dude is threatening to stab my neighbour if he comes outside
nl	concern.report	elke nacht harde muziek bij nr 12 kan niet slapen
nl	concern.report	die buurman op 5 laat zn hond overal poepen in het gras
nl	concern.report	vuilniszakken staan alweer naast de container, zijn van nr 8
nl	concern.report	kan iemand wat doen aan die bassen van boven? kapot irritant
nl	concern.report	buren schreeuwen elke avond tegen elkaar tot 3 uur
nl	concern.report	ruikt de hele gang naar wiet vanaf 2hoog
nl	concern.report	iemand parkeert zn scooter steeds voor de nooduitgang
nl	concern.report	die gasten in het portiek blowen en laten hun troep achter
nl	concern.report	mn bovenbuurman stampt de hele nacht ik word er gek van
nl	concern.report	wollah die muziek van nr 14 om 4 uur snachts is niet normaal
nl	concern.report	kan iemand ff zeggen tegen de buren dat ze hun fietsen niet in de gang moeten zetten
nl	concern.report	overlast van nr 3, elke avond bezoek tot laat en deuren knallen
nl	concern.report	de kat van de buren pist op mn deurmat
nl	concern.report	buurman gooit peuken van zn balkon op mijn balkon
nl	concern.report	die vrouw op 6 scheldt me uit als ik langs loop, elke keer weer
nl	concern.report	jongens hangen elke avond bij de ingang en roepen dingen naar me, voel me niet fijn
nl	concern.report	stank uit het appartement naast me, vuilnis staat al weken op hun balkon
nl	concern.report	wil een melding doen over geluidsoverlast
nl	concern.report	boven mij word elke dag geboord ook op zondag
nl	concern.report	auto van nr 10 staat steeds op de invalidenplek
nl	concern.report	iemand laat zn was dagenlang in de machine liggen in de washok
nl	concern.report	buurman op 7 rookt in de lift de hele lift stinkt
nl	concern.report	die hond van hiernaast blaft de hele dag als ze weg is
nl	concern.report	mensen gooien hun afval gewoon uit het raam
nl	concern.report	kunnen jullie anoniem iets sturen naar nr 15? tv keihard tot diep in de nacht
nl	concern.report	elk weekend fissa bij de buren tot 5 uur, kapot irritant
nl	concern.report	die man op 2 loopt steeds te roepen in de gang, doet niks maar ik schrik er wel van
nl	concern.report	er word gedeald in de fietsenkelder denk ik, steeds vreemde mensen
nl	concern.report	mn buurvrouw zet haar afval in het trappenhuis het stinkt
nl	concern.report	vriend van de buurman pit elke nacht op de trap in de gang, ligt overal troep
nl	concern.report	kheb al 3x gevraagd of ze zachter doen, ze lachen me gewoon uit
nl	concern.report	buren laten de deur van de hal steeds openstaan met een steen ertussen, iedereen loopt zo naar binnen
nl	concern.report	die gast van 4hoog spuugt elke keer voor mijn deur
nl	concern.report	wie kan er iets doen aan die brommers die over het fietspad scheuren
nl	concern.report	nr 9 voert de duiven op het balkon en nu zit alles bij mij onder de poep
nl	concern.report	kinderen van hiernaast voetballen de hele middag tegen mijn raam
nl	concern.report	buurman hamert om 7 uur s ochtends elke dag
nl	concern.report	hoe meld ik overlast van de buren
nl	concern.report	iemand gooit steeds glas naast de container, scherven overal waar de kids spelen
nl	concern.report	ze zetten grof vuil bij de ingang, bank en matras staat er al een week
nl	concern.report	buren op 11 hebben weer ruzie, schreeuwen en deuren slaan, al de 4e keer deze week
nl	concern.report	nr 13 laat zn hond los lopen op het speelveld en die springt tegen kinderen op
nl	concern.report	muziek keihard met ramen open wollah heel de straat hoort het
nl	concern.report	busje van de buurman staat elke dag half op de stoep ik kan er met mn rolstoel niet langs
nl	concern.report	die man van nr 20 zegt steeds dingen tegen mn dochter als ze langs loopt, vind ik niet oke
nl	concern.report	kan iemand ff met die gast op 5 praten hij maakt steeds ruzie met mensen in de lift
nl	concern.report	mensen roken jointjes op het speelplein waar de kids spelen
nl	concern.report	wasmachine van de buren centrifugeert om 2 uur snachts elke nacht
nl	concern.report	overlast van scooters bij de ingang elke avond, toeteren en gassen
nl	concern.report	ik durf niet zelf aan te bellen, kan het anoniem? ze zingen karaoke elke vrijdag tot laat
nl	concern.report	bewoner van nr 4 zet winkelwagens vol rommel in de gang
nl	concern.report	die gast loopt steeds dronken te brullen in de hal, word er bang van
nl	concern.report	mn buurman bonkt op de muur als ik gewoon tv kijk om 8 uur savonds
nl	concern.report	ze laten hun kat op de galerij poepen en ruimen niks op
nl	concern.report	barbecue op het balkon elke dag, alle rook komt bij mij naar binnen
nl	concern.report	geluidsoverlast nr 16
nl	concern.report	de jongens van de 3e verdieping maken de lift vies met chips en blikjes
nl	concern.report	iemand zet steeds zn vuilniszak voor mijn deur ipv bij de container
nl	concern.report	die vrouw met die 3 honden laat ze de hele dag janken
nl	concern.report	kzweer als die bas vannacht weer aangaat bel ik de politie, doe er iets aan plz
nl	concern.report	mn onderburen roken op hun balkon en het komt allemaal mijn slaapkamer in
nl	concern.report	buurjongen staat elke avond met zn maten te chillen voor mn raam, herrie tot 2 uur
nl	concern.report	die man op 22 heeft een papegaai die de hele dag krijst
nl	concern.report	ik wil klagen over mn buurman
nl	concern.report	klacht over herrie
nl	concern.report	ze laten troep achter in de gezamenlijke ruimte na hun feestje, alles plakt
nl	concern.report	buurman komt steeds heel dicht bij me staan en zegt dat ik moet oppassen, voel me geintimideerd
nl	concern.report	geblaf geblaf geblaf die hond van nr 2 stopt nooit
nl	concern.report	elke nacht om 3 uur staat iemand boven me te douchen en te zingen
nl	concern.report	die vent van hiernaast zet zn bus steeds voor mijn poort
nl	concern.report	er word op de galerij gepist door bezoek van nr 19
nl	concern.report	mensen gooien brood op straat voor de meeuwen nu komen er ratten op af
nl	concern.report	zijn bezoek belt steeds bij mij aan midden in de nacht
nl	concern.report	buurman heeft zn boxen tegen mijn muur gezet denk ik, alles trilt
nl	concern.report	bovenbuurvrouw gooit haar sigaretten in mijn plantenbak
nl	concern.report	kun je een burenbericht sturen naar 2B, ze laten hun vuilnis op de galerij staan
nl	concern.report	de buure make elke nacht herrie ik kan nie slape mijn kinderen ook nie
nl	concern.report	ja hallo ik wil even melden dat de buurman van nummer 18 elke avond met zijn vrienden op de galerij staat te schreeuwen en te drinken en dat is nu al weken zo
en	concern.report	neighbour at 12 blasting music every night again
en	concern.report	the dog next door barks for hours when they leave
en	concern.report	someone keeps dumping trash bags next to the bins, pretty sure its 4a
en	concern.report	upstairs guy stomping around at 3am every night, cant sleep
en	concern.report	whole hallway smells like weed coming from the 2nd floor
en	concern.report	can u send a message to no 8 to turn the tv down, dont want them to know its me
en	concern.report	people smoking in the elevator smh
en	concern.report	my neighbour yells at me every time i walk past, not dangerous but its a lot
en	concern.report	theres a car on the disabled spot every single day, belongs to no 10
en	concern.report	lowkey uneasy about the guys hanging at the entrance every night, they make comments
en	concern.report	want to report noise
en	concern.report	neighbours partying every weekend till 5am, its too much
en	concern.report	cat from next door keeps pooping in my balcony plants
en	concern.report	someone left a mattress and a couch by the front door a week ago
en	concern.report	bro upstairs is drilling at 7am on a sunday
en	concern.report	neighbours screaming at each other again, like every night this week
en	concern.report	the kids next door kick a ball against my window all afternoon
en	concern.report	guy on 3rd floor flicks his cigarette butts onto my balcony
en	concern.report	neighbour leaves their bike in the hallway and i cant get past with my stroller
en	concern.report	how do i file a complaint about my neighbour
en	concern.report	the smell from next door is unbearable, they never take their trash out
en	concern.report	someone keeps propping the front door open with a brick, random people walk in
en	concern.report	no 15 plays drums at midnight istg
en	concern.report	a guy keeps following me to the elevator and staring, its creepy
en	concern.report	bass from downstairs is shaking my floor every night
en	concern.report	neighbours bbq on their balcony every day and the smoke comes in my flat
en	concern.report	noise complaint flat 7
en	concern.report	pretty sure ppl are dealing in the bike cellar, strangers going in and out all day
en	concern.report	my neighbours visitors keep ringing my bell at 2am
en	concern.report	neighbour's dog jumped at my kid in the courtyard, they never use a leash
en	concern.report	they leave their laundry in the shared machine for days
en	concern.report	someone keeps parking their scooter in front of the emergency exit
en	concern.report	the couple next door fight loudly all the time, doors slamming, its exhausting
en	concern.report	neighbour feeds pigeons and now my balcony is covered in poop
en	concern.report	people leave beer cans and chips all over the common room after parties
en	concern.report	guy next door bangs on the wall whenever i play music at like 8pm
en	concern.report	random ppl peeing in the stairwell, visitors of no 19
en	concern.report	upstairs neighbour vacuums at 1am every night why
en	concern.report	can u do smth about the scooters racing on the footpath
en	concern.report	i dont want to confront them myself, can someone else tell them to keep it down
en	concern.report	someone keeps putting their trash in front of MY door
en	concern.report	karaoke next door every friday till 3am im losing it
nl	care.signal	buurman op 14 al een week niet gezien en zn brievenbus puilt uit
nl	care.signal	mn buurvrouw doet al dagen de deur niet open, gordijnen dicht
nl	care.signal	die jongen op 3 ziet er slecht uit de laatste tijd, kapot mager geworden
nl	care.signal	maak me zorgen om nr 9, hij praat in zichzelf en weet niet welke dag het is
nl	care.signal	post stapelt zich op bij nr 2, niemand gezien
nl	care.signal	de oude mevrouw van beneden liep gister in haar pyjama buiten en wist de weg niet meer
nl	care.signal	mattie van me op 4hoog komt zn huis niet meer uit, neemt zn telefoon niet op
nl	care.signal	ik hoor de buurvrouw heel vaak huilen door de muur
nl	care.signal	buurman drinkt weer denk ik, zag hem gister helemaal lam in de hal
nl	care.signal	iemand moet ff checken bij nr 11 hij leek gister helemaal in de war
nl	care.signal	bij de buurman zijn de gordijnen al 3 dagen dicht en het licht brand de hele tijd
nl	care.signal	de nieuwe bewoner op 6 zit elke dag alleen, praat met niemand, lijkt me eenzaam
nl	care.signal	mn buurjongen eet niet meer goed volgens mij, zie alleen lege blikjes bier bij zn deur
nl	care.signal	mevrouw op 1 ziet er verwaarloosd uit, volgens mij doet ze geen boodschappen meer
nl	care.signal	buurman loopt al een week in dezelfde kleren en ruikt niet fris, maak me zorgen
nl	care.signal	die man op 8 was altijd zo vrolijk nu zegt ie niks meer
nl	care.signal	zorgsignaal nr 21
nl	care.signal	kan iemand bij mn buurvrouw langs, ze is zo stil de laatste tijd
nl	care.signal	brieven liggen al dagen op de mat bij nr 5 zie ik door het raampje
nl	care.signal	hij doet raar de laatste tijd, roept dingen die niet kloppen en zit uren in het trappenhuis
nl	care.signal	volgens mij glijdt mn buurman weer af, hij is nooit meer thuis en ziet er uit als toen hij op straat leefde
nl	care.signal	mn buurvrouw zit binnen met haar jas aan, denk dat ze de stookkosten niet kan betalen
nl	care.signal	buurjongen heeft al dagen zn licht niet aan, is ie wel ok?
nl	care.signal	heb geen goed gevoel over nr 17, hij mompelt alleen nog
nl	care.signal	die vrouw van boven vergeet steeds haar sleutels en staat dan uren buiten te huilen
nl	care.signal	kzag mn buurman gister, hij had allemaal blauwe plekken en wou niks zeggen
nl	care.signal	mn overbuurvrouw zet al een week haar vuilnis niet buiten en haar planten zijn allemaal dood, is ze wel oke
nl	care.signal	de meneer van 3B weet niet meer wie ik ben, vorige maand wist ie dat nog gewoon
nl	care.signal	ik maak me zorgen over mn buurvrouw ze is heel erg mager en zit alleen binnen
nl	care.signal	die jongen van 12 komt alleen nog snachts naar buiten en ziet er helemaal op uit
nl	care.signal	bewoner op 2 heeft geen eten in huis zag ik, koelkast helemaal leeg
nl	care.signal	kan een begeleider ff kijken bij nr 7, ze reageert al dagen niet op appjes
nl	care.signal	hij zit elke dag op het bankje voor de deur te staren, zegt tegen niemand meer wat
nl	care.signal	buurman huilt vaak op de galerij, weet niet wat ik moet doen
nl	care.signal	die oude man van 4 loopt steeds de verkeerde voordeur in, lijkt in de war
nl	care.signal	ze heeft haar huis helemaal vol laten lopen met spullen, je kan bijna niet meer naar binnen
nl	care.signal	buurvrouw zegt dat ze stemmen hoort die haar uitschelden, maak me zorgen om haar
nl	care.signal	wollah die gast op 5 is echt niet meer zichzelf, zit alleen maar binnen met de gordijnen dicht
nl	care.signal	mn buurman krijgt al weken geen bezoek meer en ziet er echt slecht uit
nl	care.signal	niemand heeft nr 16 gezien sinds zaterdag
nl	care.signal	krant en reclame ligt al 5 dagen voor de deur van de buren
nl	care.signal	maak me zorgen om de buurvrouw
nl	care.signal	kan iemand naar nr 23 gaan, hij ziet er niet goed uit maar wil geen dokter
nl	care.signal	ik denk dat mn buurjongen weer gebruikt, hij is heel onrustig en vermagerd
nl	care.signal	de buurman is gestopt met zn medicijnen zegt ie, en nu doet ie heel vreemd
nl	care.signal	nr 30 laat zn hond niet meer uit, ik denk dat het niet goed gaat met hem zelf
nl	care.signal	die meid van hiernaast heeft vaak rare wonden en zegt steeds dat ze gevallen is
nl	care.signal	mn buurman zei dat hij de huur niet meer kan betalen, hij zit er helemaal doorheen
nl	care.signal	de vrouw van 2A heb ik sinds kerst niet meer gezien
nl	care.signal	buurman is net uit het ziekenhuis en woont alleen, redt ie het wel?
nl	care.signal	mijn buurvrouw lijkt heel verward, ze belde 3x aan om te vragen welk jaar het is
nl	care.signal	kzie die jongen van 1hoog steeds in dezelfde kleren, kan iemand hem helpen
nl	care.signal	is er iemand die bij mn buurman kan kijken? hij klinkt zo somber
nl	care.signal	buurvrouw zegt dat ze niet meer eet en de hele dag slaapt
nl	care.signal	mn buurman doet zn deur al een week niet open, weet niet eens of ie er is
nl	care.signal	zag de nieuwe buurman in zn onderbroek op de galerij in de kou, leek niet te snappen waar ie was
nl	care.signal	buurman van 6 kwam altijd naar de koffieochtend maar al maanden niet meer
nl	care.signal	die man van 18 zit hele dagen in het donker, hoor geen geluid meer bij hem
nl	care.signal	ik zie me buurvrouw nooit meer buite ze was altijd in de tuin nu nie meer
en	care.signal	havent seen my neighbour in like a week and his mail is piling up
en	care.signal	lady next door doesnt open her door anymore, curtains closed for days
en	care.signal	kinda worried about the guy in 9, he seems really confused lately
en	care.signal	my neighbour lost so much weight, i think hes not eating
en	care.signal	i hear her crying through the wall almost every night
en	care.signal	can someone check on no 5? she hasnt answered her phone in 4 days
en	care.signal	the old man downstairs walked outside in his slippers in the rain and didnt know where he was going
en	care.signal	guy upstairs seems really isolated, never talks to anyone
en	care.signal	i think my neighbour is drinking again, saw him stumbling in the hall yesterday
en	care.signal	newspapers stacking up outside 14, nobody's seen him
en	care.signal	he used to come to coffee mornings every week and now he just stays inside
en	care.signal	my neighbour hasnt left her flat since sunday, lights on 24/7
en	care.signal	idk if its my business but the lady in 3b looks really neglected
en	care.signal	neighbour told me he hears voices, im worried about him
en	care.signal	the new guy on the 2nd floor is always alone, looks lonely af
en	care.signal	worried about my neighbour
en	care.signal	guy next door seems super down, barely says hi anymore
en	care.signal	my neighbour keeps forgetting where she lives, she knocked on my door twice today
en	care.signal	saw bruises on my neighbour's arms and she wouldnt talk about it
en	care.signal	can a support worker stop by no 12, hes not himself lately
en	care.signal	neighbour just came home from the hospital and lives alone, not sure hes coping
en	care.signal	her flat is full of stuff up to the ceiling, i dont think she's ok
en	care.signal	think my neighbour is using again, hes super restless and skinny
en	care.signal	he stopped taking his meds and now hes acting strange
en	care.signal	no one has seen the woman in 7a since christmas
en	care.signal	my neighbour's fridge is empty and he says hes fine but hes clearly not
en	care.signal	the guy in 18 sits in the dark all day, its been weeks
en	care.signal	neighbour seems off lately, keeps muttering to himself in the elevator
en	care.signal	my neighbour wears the same clothes every day, i think he needs someone to check on him
en	care.signal	the girl next door just stays in bed for weeks her mum says, im worried
en	care.signal	ngl im worried about my neighbour, he said he cant pay rent and he looks wrecked
en	care.signal	her dog hasnt been walked in days and i havent seen her either
nl	help.request	kan mn begeleider me ff bellen plz
nl	help.request	ik snap deze brief van de gemeete niet
nl	help.request	heb een brief van de belastingdienst gekregen kan iemand ff meekijken
nl	help.request	kzit met schulden en weet niet meer wat ik moet doen
nl	help.request	doekoe is op en het is pas de 10e
nl	help.request	kheb geen geld voor eten deze week
nl	help.request	ik voel me kut vandaag wil ff praten met iemand
nl	help.request	voel me zo alleen hier
nl	help.request	kan iemand me helpen met een formulier voor de toeslag
nl	help.request	deurwaarder heeft een brief gestuurd help
nl	help.request	wnr komt mn begeleider weer
nl	help.request	kan ik een afspraak maken met mn begeleider
nl	help.request	ik moet naar de huisarts maar durf niet alleen kan iemand mee
nl	help.request	kzit er ff doorheen, niet gevaarlijk ofzo maar wil wel praten
nl	help.request	mn uitkering is gestopt snap niet waarom
nl	help.request	iemand die me kan helpen met digid
nl	help.request	huur achterstand 2 maanden wat moet ik doen
nl	help.request	wie kan me helpen met verhuisdozen dragen zaterdag
nl	help.request	kan niet slapen al dagen, pieker heel veel
nl	help.request	help mij met mn post aub ik kan het niet goed lezen
nl	help.request	brief gekrege snap er niks van wat moet ik doen
nl	help.request	ik wil ff iemand spreken van de begeleiding
nl	help.request	mattie ik ben blut kan iemand me helpen mn geld te regelen
nl	help.request	voel me eenzaam sinds ik hier woon ken niemand
nl	help.request	mn telefoon abbonement word afgesloten heb schuld bij ze
nl	help.request	kan er iemand met mij naar het uwv
nl	help.request	weet niet hoe ik mn huur moet betalen deze maand
nl	help.request	kan iemand me uitleggen hoe die toeslagen werken
nl	help.request	moet een formulier invullen voor de zorgverzekering snap het niet
nl	help.request	ik wil weer terug naar de schuldhulp kan iemand dat regelen
nl	help.request	heb een boete gekregen en kan hem niet betalen
nl	help.request	kben mn bankpas kwijt en weet niet hoe ik een nieuwe aanvraag
nl	help.request	zit de hele dag thuis, kom niet meer buiten, wil wel maar het lukt niet
nl	help.request	kan iemand me helpen met boodschappen ben ziek ff
nl	help.request	ik ben bang dat ik weer ga drinken wil met iemand praten
nl	help.request	heb een maatje nodig om mee te wandelen, voel me alleen
nl	help.request	wie helpt mij met mn energierekening die is veel te hoog
nl	help.request	snap mn loonstrook niet
nl	help.request	krijg steeds aanmaningen wat moet ik daarmee
nl	help.request	ik wil praten met een ervaringsdeskundige
nl	help.request	kan er iemand ff bij me langs komen
nl	help.request	ik voel me niet goed in mn hoofd laatste tijd, wil hulp
nl	help.request	kheb niemand om mee te praten
nl	help.request	kan mn begeleider mee naar de afspraak bij de woningcorporatie
nl	help.request	mn huurcontract gaat omklappen maar wat moet ik dan allemaal regelen
nl	help.request	moet een nieuwe id kaart aanvragen maar heb geen geld
nl	help.request	help met brief cjib
nl	help.request	iemand die goed nederlands kan lezen voor mij? brief van de rechtbank
nl	help.request	kben heel gestrest door geld
nl	help.request	ik wil mijn begeleider spreken het gaat niet zo goed
nl	help.request	wil ff praten niet via de app, kan iemand bellen
nl	help.request	mn koelkast is leeg en ik krijg pas volgende week geld
nl	help.request	hoe vraag ik bijzondere bijstand aan
nl	help.request	kan iemand me helpen met solliciteren, cv maken enzo
nl	help.request	ik weet niet hoe ik de wasmachine hier moet gebruiken kan iemand het laten zien
nl	help.request	heb hulp nodig met internet aansluiten in mn huis
nl	help.request	voel me al weken down, wil wel hulp maar weet niet bij wie
nl	help.request	mn moeder is overleden en ik weet niet wat ik allemaal moet regelen
nl	help.request	ben bang in mn eigen huis sinds ik hier woon, kan iemand met me praten
nl	help.request	kan er iemand voor mij de zorgverzekering bellen, ik durf niet
nl	help.request	schulden bij de zorgverzekeraar, ze dreigen met incasso
nl	help.request	heb geen meubels, waar kan ik een bed krijgen
nl	help.request	kan iemand me helpen met koken, ik eet alleen maar chips
nl	help.request	ik heb paniekaanvallen snachts, kan iemand mij morgen bellen
nl	help.request	brief van de woningcorporatie over huurverhoging snap het niet
nl	help.request	ik kan niet meer tegen het alleen zijn, wil iemand spreken
nl	help.request	yo kan mn begeleider vandaag nog langskomen
nl	help.request	ik moet een ww aanvraag doen kan iemand helpen
nl	help.request	mn ex belt me steeds, wil daar met iemand over praten
nl	help.request	wil mn schulden op een rijtje zetten
nl	help.request	hebeen afspraak nodig met mn begeleider
nl	help.request	help mn stroom word afgesloten
nl	help.request	kan iemand met mij mee naar het gemeentehuis voor mn paspoort
nl	help.request	ik wil stoppen met blowen maar lukt niet alleen
nl	help.request	kheb een brief van de rechtbank over een oude schuld, ik raak in paniek
nl	help.request	mijn begeleider neemt niet op, kan iemand anders me bellen
nl	help.request	heb vandaag echt een slechte dag, kan iemand ff appen of bellen
nl	help.request	ik voel me heel leeg maar ben niet in gevaar ofzo, wil alleen praten
nl	help.request	kan ik hulp krijgen met mn administratie
nl	help.request	ik snap de app van de bank niet
nl	help.request	kan iemand me leren hoe ik een mail moet sturen
nl	help.request	sorry dat ik stoor maar ik weet het even niet meer met mn geld
nl	help.request	ik heb een brief van de gemeente en daar staat iets in over mijn bijstand maar ik begrijp niet wat ze willen kan iemand mij helpen
nl	help.request	kan iemant mij helpe met papiere
en	help.request	can someone call me
en	help.request	i dont understand this letter from the council
en	help.request	got a letter from the tax office, can someone help me read it
en	help.request	i have debts and idk what to do anymore
en	help.request	money's gone and its only the 12th
en	help.request	feeling really lonely here, dont know anyone
en	help.request	can my support worker call me back today
en	help.request	need help filling in a form for housing benefit
en	help.request	im not in danger or anything, just feeling really low and want to talk
en	help.request	when is my support worker coming again
en	help.request	i need help with my digid login
en	help.request	behind on rent 2 months what do i do
en	help.request	can someone come with me to the doctor, i get anxious
en	help.request	can someone help me move a couch on saturday
en	help.request	i cant sleep, overthinking everything, need someone to talk to
en	help.request	bailiff sent me a letter help
en	help.request	i need help
en	help.request	my benefits stopped and i dont know why
en	help.request	can i make an appointment with my support worker
en	help.request	scared im gonna relapse, can i talk to someone
en	help.request	no food in the house till next week
en	help.request	can someone explain the healthcare allowance thing to me
en	help.request	my phone contract is getting cut off cause i owe them money
en	help.request	could someone come over for a chat, feeling isolated
en	help.request	having a rough day fr, can someone text me
en	help.request	how do i apply for emergency financial assistance
en	help.request	i need help with my cv and job applications
en	help.request	dont know how to use the washing machine in my building lol help
en	help.request	got a fine i cant pay
en	help.request	lowkey struggling w my mental health, would like some support
en	help.request	my energy bill is insane and i cant pay it
en	help.request	lost my bank card and idk how to order a new one
en	help.request	i want to sort out my debts, where do i start
en	help.request	can someone go with me to the job centre
en	help.request	i dont read dutch well, can someone explain my post to me
en	help.request	want to talk to someone with lived experience
en	help.request	my support worker isnt picking up, can someone else call me
en	help.request	i need furniture, where can i get a bed
en	help.request	panic attacks at night again, can someone call me tomorrow
en	help.request	my ex keeps messaging me and its stressing me out, need to talk to someone
en	help.request	can someone help me set up internet in my flat
en	help.request	feel so empty lately, not gonna do anything stupid, just want some support
en	help.request	help with paperwork pls
en	help.request	need a buddy to go on walks with, i barely go out
en	help.request	the landlord sent me something about a rent increase and i dont get it
nl	activity.list	hoelaat is de filmavond
nl	activity.list	wnr is de volgende koffieochtend
nl	activity.list	is er iets leuks dit weekend
nl	activity.list	wat voor activiteiten zijn er hier
nl	activity.list	is er nog tafeltennis op woensdag
nl	activity.list	yo is er vanavond iets in de gezamenlijke ruimte
nl	activity.list	welke film draaien ze vrijdag
nl	activity.list	wat is er zaterdag
nl	activity.list	hoe laat begint het zwerfafval prikken
nl	activity.list	komt er binnenkort weer die cursus eerste hulp bij psychische problemen
nl	activity.list	agenda deze maand?
nl	activity.list	wat kan ik hier in de buurt samen met anderen doen
nl	activity.list	zijn er activiteiten voor jongeren
nl	activity.list	wnr is de volgende fissa in de buurtkamer
nl	activity.list	is er iets met eten deze week
nl	activity.list	heeft iemand het programma van deze maand
nl	activity.list	kan ik zien wat er allemaal komt
nl	activity.list	is de koffieochtend nog steeds op dinsdag
nl	activity.list	gaat de filmavond deze week wel door
nl	activity.list	waar is de filmavond eigenlijk
nl	activity.list	is er nog plek bij het vissen
nl	activity.list	wat voor dingen organiseren jullie hier
nl	activity.list	zijn er sportdingen
nl	activity.list	komt er weer een spelletjesavond
nl	activity.list	iets te doen vanavond?
nl	activity.list	wat is er in de kerstvakantie
nl	activity.list	is er ook iets voor kinderen
nl	activity.list	wanneer is de buurtbarbecue
nl	activity.list	hoelaat moet ik er zijn voor de koffie morgen
nl	activity.list	welke dagen is er tafeltennis
nl	activity.list	wat is het volgende uitje
nl	activity.list	kan ik een lijst krijgen van alle activiteiten
nl	activity.list	is er een voetbal ding ofzo
nl	activity.list	wat gebeurt er allemaal de komende weken
nl	activity.list	watiser vandaag te doen
en	activity.list	what time is movie night
en	activity.list	is there anything for young people
en	activity.list	what can i do here to meet people
en	activity.list	activities list pls
en	activity.list	is table tennis still on wednesdays
en	activity.list	anything happening tonight in the common room
en	activity.list	what movie are we watching friday
en	activity.list	when is the walking dinner
en	activity.list	any events this weekend or nah
en	activity.list	whats planned for next month
en	activity.list	where is the film night
en	activity.list	is the mental health first aid course happening again
en	activity.list	what time does the litter picking start
en	activity.list	any games night coming up
en	activity.list	is there something for kids during the holidays
en	activity.list	is coffee morning still on tuesday
en	activity.list	upcoming events?
nl	activity.signup	zet mij op de lijst voor de filmavond
nl	activity.signup	ik doe mee met vissen
nl	activity.signup	kom ook naar de koffieochtend
nl	activity.signup	ik ben erbij zaterdag + 2 matties
nl	activity.signup	wilme aanmelden voor tafeltennis
nl	activity.signup	aanmelden walking dinner
nl	activity.signup	mag ik mee met zwerfafval prikken
nl	activity.signup	ik wil meedoen aan die ehbo cursus voor psychische dingen
nl	activity.signup	schrijf mij in voor de barbecue, mn vriendin komt ook
nl	activity.signup	kzou graag mee willen vissen zondag
nl	activity.signup	doe mij maar voor de filmavond
nl	activity.signup	ik kom! met mn zus
nl	activity.signup	count me in voor de spelletjesavond
nl	activity.signup	mag ik nog mee doen met het wandelen of is het al vol
nl	activity.signup	ik wil op de wachtlijst voor het vissen
nl	activity.signup	zet me erbij voor koffie dinsdag
nl	activity.signup	ik en mn buurman willen mee met de tafeltennis
nl	activity.signup	aanmelden voor de buurtbbq, 3 personen
nl	activity.signup	ik kom vrijdag naar de film, mag mn dochter mee?
nl	activity.signup	jaa ik wil mee naar het vissen
nl	activity.signup	wil me graag inschrijven
nl	activity.signup	ik ben er morgen bij de koffie
nl	activity.signup	plek voor 2 bij de walking dinner?
nl	activity.signup	kan ik meedoen met de schoonmaakwandeling
nl	activity.signup	mn mattie en ik komen naar de fifa avond
nl	activity.signup	ik wil als vrijwilliger helpen bij de buurtbarbecue
nl	activity.signup	zet mn naam neer voor de kookworkshop
nl	activity.signup	aanmelde voor film
nl	activity.signup	ik wil mee doen met tafeltenis woensdag
nl	activity.signup	schrijf me in voor de kerstlunch pls
nl	activity.signup	ik kom ook gezellig naar de koffieochtend
nl	activity.signup	wil mee met het dierentuin uitje
nl	activity.signup	meld mij maar aan voor die wandeling zondag
nl	activity.signup	doe mij 1 plekje bij de filmavond
nl	activity.signup	mag ik mijn vriend meenemen naar de bbq, dan zijn we met 2
nl	activity.signup	ik ben erbij met het vissen, neem mn eigen hengel mee
nl	activity.signup	ook voor mij aub die cursus
nl	activity.signup	wollah ik wil ook mee met dat voetbaltoernooi
nl	activity.signup	ben erbij vrijdag
nl	activity.signup	ik wil meedoen met de moestuin
nl	activity.signup	hoe meld ik me aan voor de koffieochtend
nl	activity.signup	inschrijven spelletjesavond 4 man
nl	activity.signup	zet me op de lijst voor zwerfvuil prikken zaterdagochtend
nl	activity.signup	ik doe mee met yoga in de buurtkamer
nl	activity.signup	kmoet mee naar die filmavond, zet me erop
nl	activity.signup	ik wil mij aanmelde voor het koke samen met de buure
en	activity.signup	put me down for movie night
en	activity.signup	count me in for fishing
en	activity.signup	me + 2 friends for the bbq
en	activity.signup	i wanna join table tennis
en	activity.signup	can i come to the walking dinner
en	activity.signup	i'd like to do the mental health first aid course
en	activity.signup	add me to the litter picking walk on saturday
en	activity.signup	im in for games night
en	activity.signup	can i bring my girlfriend to the film night? so 2 of us
en	activity.signup	waitlist for fishing pls
en	activity.signup	sign up for the cooking workshop
en	activity.signup	i'll come to coffee tomorrow
en	activity.signup	yes i want to join the football tournament
en	activity.signup	how do i sign up for the bbq
en	activity.signup	can me and my neighbour join table tennis
en	activity.signup	register me for the christmas lunch
en	activity.signup	add 3 people to the walking dinner under my name
en	activity.signup	i'd love to join the gardening group
en	activity.signup	reserve a spot for me at the film night
en	activity.signup	im down for the zoo trip
en	activity.signup	wanna volunteer at the neighbourhood bbq
en	activity.signup	put my name on the list for friday
en	activity.signup	can i still join the walk on sunday
en	activity.signup	sign me and my son up for the litter walk
nl	activity.cancel	kan toch niet komen naar de filmavond
nl	activity.cancel	meldme af voorhet vissen
nl	activity.cancel	ik kom morgen niet naar de koffie
nl	activity.cancel	afmelden tafeltennis
nl	activity.cancel	sorry ben ziek kan niet naar de walking dinner
nl	activity.cancel	haal me ff van de lijst voor zaterdag
nl	activity.cancel	mn mattie en ik komen toch niet bij de bbq
nl	activity.cancel	kan niet meer mee met zwerfafval prikken, moet werken
nl	activity.cancel	schrap mij maar voor de cursus
nl	activity.cancel	ik zeg af voor vrijdag
nl	activity.cancel	toch niet voor mij die filmavond
nl	activity.cancel	kom vrijdag niet sorry
nl	activity.cancel	wil me afmelde voor de kookworkshop
nl	activity.cancel	mn dochter komt toch niet mee naar de film, alleen ik dan
nl	activity.cancel	ik moet afzeggen voor de spelletjesavond
nl	activity.cancel	kan niet naar het vissen zondag want mn begeleider komt
nl	activity.cancel	uitschrijven voor de kerstlunch
nl	activity.cancel	ik trek me terug van het voetbaltoernooi
nl	activity.cancel	lukt me niet meer om te komen dinsdag koffie
nl	activity.cancel	doe mij maar van de lijst
nl	activity.cancel	zet me uit de bbq
nl	activity.cancel	we zijn met 1 minder bij de walking dinner
nl	activity.cancel	kan morgen toch niet naar de koffieochtend heb tandarts
nl	activity.cancel	sorry jongens, ik haak af voor het uitje
nl	activity.cancel	kheb geen zin meer in die cursus, schrijf me maar uit
nl	activity.cancel	ik hoef zondag niet meer mee te wandelen
nl	activity.cancel	heb me aangemeld voor film maar kan niet meer
nl	activity.cancel	cancel mijn plek bij het tafeltennis
nl	activity.cancel	mn kind is ziek dus ik kom niet naar de moestuin dag
nl	activity.cancel	kunnen jullie me afmelden voor vrijdag, het gaat niet lukken
nl	activity.cancel	ik ga toch niet mee naar de dierentuin
nl	activity.cancel	wollah ik vergeet het steeds, ik kan morgen niet bij de yoga
nl	activity.cancel	zeg mn plek bij de bbq maar af
nl	activity.cancel	deze week kom ik niet naar de koffieochtend, volgende keer wel
nl	activity.cancel	geef mijn plekje maar aan iemand van de wachtlijst
nl	activity.cancel	kga niet naar fifa avond
nl	activity.cancel	ik ben verhinderd voor het vissen
nl	activity.cancel	per ongeluk aangemeld voor de kerstlunch, haal me eraf
nl	activity.cancel	ik kan nie kome zaterdag met dat prikke van afval
en	activity.cancel	cant make it to movie night anymore
en	activity.cancel	cancel my spot for fishing
en	activity.cancel	not coming to coffee tomorrow sorry
en	activity.cancel	take me off the list for saturday
en	activity.cancel	sick, wont make the walking dinner
en	activity.cancel	i need to drop out of the first aid course
en	activity.cancel	me and my friend wont come to the bbq after all
en	activity.cancel	gotta work, cant do the litter picking
en	activity.cancel	unregister me from table tennis
en	activity.cancel	something came up, i cant come friday
en	activity.cancel	pls remove me from games night
en	activity.cancel	my son cant come to the film anymore, just me
en	activity.cancel	i'll skip the zoo trip, sorry
en	activity.cancel	give my spot to someone on the waitlist
en	activity.cancel	signed up for the film but cant go now
en	activity.cancel	cancel my signup
en	activity.cancel	not feeling it today, i wont come to the coffee morning
en	activity.cancel	i'm out for the football tournament
en	activity.cancel	accidentally signed up for the christmas lunch, remove me
en	activity.cancel	cant join the walk on sunday anymore
en	activity.cancel	withdraw me from the cooking workshop pls
nl	activity.create	ik wil een wandeling organiseren zondag
nl	activity.create	zullen we een fifa toernooi doen in de gezamenlijke ruimte, ik regel de ps
nl	activity.create	kan ik een bbq organiseren voor de buurt
nl	activity.create	wil een visdag opzetten met wie zin heeft
nl	activity.create	ik wil een kookavond doen, surinaams eten maken voor iedereen
nl	activity.create	idee: elke vrijdag samen voetballen op het veldje, ik regel de bal
nl	activity.create	mag ik een spelletjesavond organiseren
nl	activity.create	ik kan knippen, wil een gratis kappersmiddag doen
nl	activity.create	wil een filmavond maken met een horrorfilm
nl	activity.create	wil een buurtfeest organiseren in de buurtkamer
nl	activity.create	laten we zwerfafval prikken zaterdag, ik neem zakken mee
nl	activity.create	ik wil een muziek jamsessie starten, heb een gitaar
nl	activity.create	ik wil een welkomstborrel voor de nieuwe bewoners organiseren
nl	activity.create	ik kan koken, kan ik een walking dinner opzetten
nl	activity.create	wil een workout groep starten in het park, elke ochtend 8u
nl	activity.create	kheb een idee voor een activiteit
nl	activity.create	kunnen we een tafeltennis toernooi doen, ik organiseer het
nl	activity.create	ik wil een moestuin beginnen op het grasveld met buren
nl	activity.create	zullen we een keer samen naar het strand, ik regel een busje
nl	activity.create	ik wil een breiclub starten
nl	activity.create	wie wil er met mij een rap workshop doen, ik wil dat opzetten
nl	activity.create	ik organiseer vrijdag een kaartavond, klaverjassen
nl	activity.create	ik wil een ruilmarkt voor kleren houden in de hal
nl	activity.create	kan ik een dansles geven aan de kids hier
nl	activity.create	ik heb een bootje, wil een vistochtje organiseren voor 4 man
nl	activity.create	wil een schildermiddag organiseren, verf regel ik
nl	activity.create	ik wil ook op zaterdag een koffieochtend gaan doen
nl	activity.create	kan ik een bingo avond regelen
nl	activity.create	iftar samen met de buurt, dat wil ik organiseren
nl	activity.create	ik wil een fietsreparatie middag doen, ben handig met fietsen
nl	activity.create	wandeling naar het bos plannen voor volgende week?
nl	activity.create	wil een activiteit toevoegen aan de agenda
nl	activity.create	ik ga een pubquiz maken voor de buurt, wie helpt
nl	activity.create	samen voetbal kijken bij de wk wedstrijd, ik zet de beamer neer
nl	activity.create	ik wil een eigen activiteit beginnen
nl	activity.create	wollah laten we een barbecue doen bij het veldje, ik neem de kip mee
nl	activity.create	wil een kerstmarkt in de hal organiseren
nl	activity.create	ik wil een schaakclub opzetten
nl	activity.create	ik wil wat organisere voor de buurt maar weet nie hoe dat moet
en	activity.create	i want to organise a walk on sunday
en	activity.create	can i host a fifa tournament in the common room
en	activity.create	thinking of starting a football thing on fridays, who's in? i'll organise it
en	activity.create	wanna set up a cooking night, i'll make jollof for everyone
en	activity.create	i'd like to start a book club
en	activity.create	can i organise a bbq for the block
en	activity.create	let's do a beach day, i can arrange a van
en	activity.create	i want to host a games night next week
en	activity.create	idea: welcome drinks for the new residents, i can set it up
en	activity.create	i can cut hair, would like to do a free haircut afternoon
en	activity.create	want to start a morning workout group in the park
en	activity.create	create new activity
en	activity.create	i wanna plan a fishing trip for like 5 people
en	activity.create	how do i set up my own activity
en	activity.create	can we do a clothes swap in the hall, i'll organise
en	activity.create	i want to run a music jam, got a guitar and a speaker
en	activity.create	i'd like to organise a litter pick this saturday
en	activity.create	i'll host a pub quiz if people are interested
en	activity.create	wanna start a community garden, can i set that up
en	activity.create	planning a movie marathon in the common room, can i put it in the calendar
en	activity.create	i want to teach a dance class for the kids here
nl	defect.report	lift zit vast tussen 2 en 3
nl	defect.report	er staat water op mn keukenvloer en het komt van onder het aanrecht
nl	defect.report	voordeur beneden gaat niet meer dicht
nl	defect.report	verwarming blijft koud al 3 dagen
nl	defect.report	lamp in de gang brandt niet
nl	defect.report	intercom doet het niet, hoor niks als ze aanbellen
nl	defect.report	schimmel op mn badkamer plafond heel zwart
nl	defect.report	mn wc blijftmaar doorlopen
nl	defect.report	raam gaat niet meer open in de slaapkamer
nl	defect.report	de lift doet niks als ik op de knop druk
nl	defect.report	er lekt water door het plafond bij mij
nl	defect.report	slot van mn voordeur draait niet meer
nl	defect.report	sleutel past niet meer in de deur van het fietsenhok
nl	defect.report	licht op de galerij is al een week uit
nl	defect.report	douche word niet warm
nl	defect.report	stopcontact in de keuken vonkt een beetje als ik iets insteek
nl	defect.report	afvoer van de douche is verstopt, water blijft staan
nl	defect.report	brandblusser in de gang is leeg
nl	defect.report	rookmelder piept de hele tijd
nl	defect.report	lekkage bij de aansluiting van de wasmachine
nl	defect.report	trapverlichting knippert steeds
nl	defect.report	cv ketel geeft een foutcode en ik heb geen warm water
nl	defect.report	tocht door mn voordeur, er zit een kier van 2 cm
nl	defect.report	de deur van de gezamenlijke ruimte klemt, krijg hem niet open
nl	defect.report	vochtplekken op de muur in de slaapkamer
nl	defect.report	de deur van het fietsenhok sluit niet, iedereen kan erin
nl	defect.report	mn balkondeur klemt
nl	defect.report	muizen in de keuken
nl	defect.report	wc spoelt niet door
nl	defect.report	radiator in de woonkamer tikt en word niet warm
nl	defect.report	kraan druppelt de hele nacht
nl	defect.report	er hangt een draad uit het plafond in de hal
nl	defect.report	de automatische deur beneden blijft open staan
nl	defect.report	bel beneden doet raar, gaat vanzelf af
nl	defect.report	mn rolluik zit vast
nl	defect.report	lift staat stil sinds vanochtend, moet met de trap naar de 6e
nl	defect.report	mn kamer is ijskoud verwarming doet niks
nl	defect.report	buitenlamp bij de ingang is al weken donker
nl	defect.report	gootsteen loopt niet weg
nl	defect.report	raam in het trappenhuis is ingegooid, glas ligt er nog
nl	defect.report	iemand heeft het slot van mn brievenbus eruit gesloopt
nl	defect.report	spiegel in de lift is eraf gevallen
nl	defect.report	schimmel achter mn kast, ruikt muf
nl	defect.report	mn keukenkastje hangt los
nl	defect.report	dak lekt bij de slaapkamer als het regent
nl	defect.report	het licht in de kelder gaat niet aan
nl	defect.report	afzuiging in de badkamer doet niks meer en alles beslaat
nl	defect.report	de lift maakt een raar geluid en stopt steeds op de verkeerde verdieping
nl	defect.report	water op de vloer bij de meterkast
nl	defect.report	verwarming staat op 25 maar het blijft koud
nl	defect.report	het fornuis van de woning doet het niet, pitten gaan niet aan
nl	defect.report	de wasmachine in de gezamenlijke ruimte pompt niet af
nl	defect.report	poort van de binnentuin gaat niet op slot
nl	defect.report	de trapleuning zit los, gevaarlijk
nl	defect.report	mijn voordeur sluit niet goed meer, moet er met mn schouder tegenaan
nl	defect.report	lichtknopje in de gang doet niks
nl	defect.report	gat in de muur bij de plint, daar komen de muizen door
nl	defect.report	kheb geen stroom in de slaapkamer, de rest wel
nl	defect.report	intercom piept maar de deur gaat niet open als ik op het knopje druk
nl	defect.report	de tafeltennistafel in de buurtkamer is ingezakt
nl	defect.report	beamer voor de filmavond doet het niet meer
nl	defect.report	stoelen in de buurtkamer wiebelen, de poten zitten los
nl	defect.report	mn douchekop spuit alle kanten op
nl	defect.report	kapot raam in de hal
nl	defect.report	warm water is op, koud douchen al 2 dagen
nl	defect.report	lift zit vast en ik sta erin
nl	defect.report	nooduitgang deur gaat niet open van binnen
nl	defect.report	de sleutel is afgebroken in het slot
nl	defect.report	er groeit schimmel op mn raamkozijn
nl	defect.report	gang ruikt naar riool
nl	defect.report	verwarming maakt heel veel lawaai en blijft lauw
nl	defect.report	de lamp in de lift flikkert
nl	defect.report	het hek bij de fietsen hangt scheef en gaat niet meer dicht
nl	defect.report	kastdeurtje in de badkamer is uit zn scharnier
nl	defect.report	vloer in de gang is omhoog gekomen, ik struikel er steeds over
nl	defect.report	de verwarming doet het nie en het is zo kout in huis
nl	defect.report	hallo ik wil melden dat er bij mij in de badkamer water uit de muur komt bij de douche en de vloer is helemaal nat
en	defect.report	elevator stuck between floors 2 and 3
en	defect.report	water all over my kitchen floor coming from under the sink
en	defect.report	front door downstairs wont close
en	defect.report	radiator is cold since monday
en	defect.report	hallway light is out for days
en	defect.report	intercom doesnt work, cant hear anyone
en	defect.report	black mould on my bathroom ceiling
en	defect.report	bedroom window wont open
en	defect.report	leak in my ceiling, dripping into a bucket rn
en	defect.report	my key doesnt turn in the lock anymore
en	defect.report	shower drain is clogged
en	defect.report	fire extinguisher in the hall is empty
en	defect.report	smoke detector keeps beeping every minute
en	defect.report	crack in my living room window
en	defect.report	the boiler shows an error and the heating is off
en	defect.report	draft coming under my front door, its freezing
en	defect.report	common room door is stuck
en	defect.report	damp patches on my bedroom wall
en	defect.report	bike shed door doesnt lock
en	defect.report	tap drips all night
en	defect.report	loose wire hanging from the ceiling in the hall
en	defect.report	outside light at the entrance has been dark for weeks
en	defect.report	brown water coming out of the tap
en	defect.report	sink wont drain
en	defect.report	someone smashed the stairwell window, glass still on the floor
en	defect.report	roof leaks above my bed when it rains
en	defect.report	basement light doesnt turn on
en	defect.report	bathroom fan stopped working, everything fogs up
en	defect.report	lift keeps stopping at the wrong floor
en	defect.report	mice in my kitchen
en	defect.report	the projector for movie night isnt working
en	defect.report	handrail on the stairs is loose
en	defect.report	half my flat has no power
en	defect.report	buzzer goes but the door doesnt open when i press the button
en	defect.report	the shared washing machine doesnt drain
en	defect.report	the garden gate doesnt close
en	defect.report	my balcony door is jammed
en	defect.report	hallway smells like sewage
en	defect.report	the heating makes banging noises and stays lukewarm
en	defect.report	socket in the kitchen sparks a bit when i plug stuff in
nl	card.show	wie moet ik bellen voor lekkage
nl	card.show	nummer van de woningcorporatie?
nl	card.show	wie bel ik snachts als er iets is
nl	card.show	tel nummer huisartsenpost
nl	card.show	wat moet ik doen als er ooit brand is
nl	card.show	wie is de wijkagent hier
nl	card.show	tips om met mn buurman te praten over herrie
nl	card.show	wie moet ik bellen als de lift een keer vastzit
nl	card.show	nummers van alles pls
nl	card.show	wie moet ik appen voor de woonvereniging
nl	card.show	waar kan ik terecht voor schuldhulp, heb je een nummer?
nl	card.show	is er een nummer voor als je je snachts slecht voelt
nl	card.show	hoe kan ik de woonvereniging bereiken
nl	card.show	welk nummer is voor storingen aan de cv
nl	card.show	tips voor als je buren te harde muziek hebben
nl	card.show	wie bel je als je buiten staat zonder sleutel
nl	card.show	mailadres van de corporatie
nl	card.show	wat is het nummer van de nachtdienst
nl	card.show	kan je het nummer van de wijkagent sturen
nl	card.show	wie is er verantwoordelijk voor het afval hier
nl	card.show	is er een lijstje met belangrijke nummers
nl	card.show	waar vind ik de huismeester
nl	card.show	wat doe je als je gas ruikt, vraag het voor later
nl	card.show	wie bel ik voor ongedierte
nl	card.show	hoe heet mn begeleider ook alweer en hoe bel ik die
nl	card.show	tips om nieuwe mensen te leren kennen hier
nl	card.show	wie moet ik hebben voor een nieuwe sleutel
nl	card.show	telefoonnummer wijkteam
nl	card.show	wie kan ik bellen als ik me onveilig voel in de buurt
nl	card.show	nummer van de crisisdienst voor als het ooit nodig is
nl	card.show	welke nummers moet ik opslaan als nieuwe bewoner
nl	card.show	buurtkaart sturen aub
nl	card.show	wie mot ik belle as er wat is met me huis
en	card.show	whats the number of the community police officer
en	card.show	who do i call for a leak
en	card.show	housing corporation phone number?
en	card.show	who do i contact at night if something happens
en	card.show	what do i do if theres ever a fire
en	card.show	tips for talking to my neighbour about noise
en	card.show	number for neighbourhood mediation
en	card.show	who fixes stuff here
en	card.show	list of important numbers pls
en	card.show	how do i reach the residents association
en	card.show	who do i call if im locked out
en	card.show	whats the out of hours number for support
en	card.show	email of the landlord?
en	card.show	who handles pest control
en	card.show	gp out of hours number
en	card.show	who do i talk to for a new key
en	card.show	any tips to meet people here
en	card.show	what to do if i smell gas, just asking for the future
en	card.show	who can i call if i feel unsafe in the area
en	card.show	number for the caretaker
nl	greeting	dankje mattie
nl	greeting	hoe gaat ie
nl	greeting	chill dank je
nl	greeting	wollah je bent de beste bot
nl	greeting	met mij gaat het goed en met jou
nl	greeting	super geholpen dank je
nl	greeting	jaaa
nl	greeting	fawaka
nl	greeting	sorry voor het storen, bedankt
nl	greeting	die filmavond gister was echt fire
nl	greeting	ik ga dood van de slaap haha, welterusten
nl	greeting	kapot lekker was het eten gisteren, dank jullie
nl	greeting	lachen gister bij het vissen, ik lag dood haha
nl	greeting	heb je een fijn weekend gehad
nl	greeting	helder
nl	greeting	gaat goed hoor
nl	greeting	haha
nl	greeting	ik zie je later
nl	greeting	respect voor jullie
nl	greeting	goed bezig
nl	greeting	dankjewel voor het regelen van de reparatie
nl	greeting	is goed
nl	greeting	hoi buurtbot
nl	greeting	bedankt voor je hulp, ben er blij mee
en	greeting	cya
en	greeting	hru
en	greeting	okay cool
en	greeting	appreciate it
en	greeting	thanks a lot that helped
en	greeting	have a good one
en	greeting	night night
en	greeting	that movie night was fire ngl
en	greeting	the food yesterday was so good i'm literally dead 😂
en	greeting	hey im new here
en	greeting	sounds good
en	greeting	gm
en	greeting	wassup
en	greeting	im good wbu
en	greeting	nice weather today
en	greeting	thank u for fixing the light so fast
en	greeting	you're a lifesaver fr
nl	unknown	wie heeft er gister gewonnen ajax of psv
nl	unknown	fiets
nl	unknown	kan je een pizza voor me bestellen
nl	unknown	hoeveel is 12 keer 14
nl	unknown	jjjjjjjjjjj
nl	unknown	wanneer komt de nieuwe gta uit
nl	unknown	ik ga dood van de honger wollah
nl	unknown	vorig jaar was er brand in het andere blok, weet je dat nog
nl	unknown	mn pc is zo traag hoe los ik dat op
nl	unknown	sleutel
nl	unknown	wat kost een big mac
nl	unknown	lol wat
nl	unknown	ik wil een tattoo
nl	unknown	hoeveel kost een nieuwe iphone
nl	unknown	spreek jij arabisch
nl	unknown	ff kijken wat dit doet
nl	unknown	dfhsjsdf kzie niks
nl	unknown	waar kan ik goedkope sneakers kopen
nl	unknown	wie is de burgemeester van amerika lol
nl	unknown	boeie
nl	unknown	bro wat
nl	unknown	kan je een liedje voor me zingen
nl	unknown	hoe maak ik een tiktok account
nl	unknown	bank
nl	unknown	wanneer is het suikerfeest dit jaar
nl	unknown	hoe lang moet ik een ei koken
nl	unknown	die gast op insta is echt kapot grappig
nl	unknown	mn telefoon is bijna leeg
nl	unknown	kzag gister een vos in het park
nl	unknown	welke voetbalclub is de beste
nl	unknown	hoeveel graden is het nu in marokko
nl	unknown	ik heb een nieuwe hond, hij heet rocky
nl	unknown	wat betekent yapper
nl	unknown	wie is er nog wakker
nl	unknown	ik wil een pizza
nl	unknown	rij jij ook auto
nl	unknown	wat is mn wachtwoord van insta
nl	unknown	sinterklaas bestaat niet
nl	unknown	ik heb de lotto gewonnen haha grapje
nl	unknown	pardon?
nl	unknown	kan ik hier mn scooter verkopen
nl	unknown	wat is de uitslag van feyenoord
nl	unknown	zin in kapsalon
nl	unknown	mwah
nl	unknown	weet jij waar mijn oplader is
nl	unknown	die nieuwe schoenen van mij zijn echt te ziek
en	unknown	who won the game last night
en	unknown	sdkjfhsdk
en	unknown	what's 15 x 23
en	unknown	whats the capital of canada
en	unknown	when does gta 6 come out
en	unknown	bus times to the city centre?
en	unknown	im dying of hunger fr
en	unknown	bro what
en	unknown	are you chatgpt
en	unknown	best place to buy cheap sneakers
en	unknown	how do i make a tiktok
en	unknown	my cat is named biscuit
en	unknown	how long do u boil an egg
en	unknown	there was a fire in the other block last year btw
en	unknown	my phone is dying
en	unknown	skibidi
en	unknown	rate my outfit
en	unknown	who's better drake or kendrick
en	unknown	how much is an iphone 16
en	unknown	what time is it
en	unknown	i saw a fox in the park lmao
en	unknown	translate this to spanish pls
en	unknown	whats the wifi password at mcdonalds
en	unknown	random but do u like pineapple on pizza
en	unknown	idk
en	unknown	banana
`;

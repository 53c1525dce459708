/**
 * Training utterances (language, intent, text), tab-separated, written on 2026-12-07 by a helper given
 * only docs/bot-intents.md and docs/DOMAIN.md: older residents and formal Dutch with "u", long
 * messages that tell a story before the request, Dutch and English as a second language, support
 * workers or family writing for a resident, angry or upset people, expats and students. Parsed by
 * `tab-separated.ts`, merged in `index.ts`; the header lines below are the writer's own.
 */
export const voicesA = String.raw`
# intents-a.tsv - training data for the Buurtbot intent classifier
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md (no other files, no search); every line written from own knowledge of how people write in chat apps
# date: 2026-12-07
# voices: older residents and formal Dutch with "u", long story-first messages, Dutch as a second language (grammar errors, wrong articles, simple words around unknown ones), support workers and family writing on behalf of a resident, angry or upset residents, English-speaking expats and international students, non-native English
# format: one message per line, tab-separated, 3 columns: language<TAB>intent<TAB>text; language = nl or en (dominant language); intent labelled by the definitions in docs/bot-intents.md; all names, house numbers and places fictional
# counts: total 1000 (nl 649, en 351); emergency 60, concern.report 120, care.signal 90, help.request 130, activity.list 60, activity.signup 70, activity.cancel 60, activity.create 60, defect.report 120, card.show 60, greeting 80, unknown 90
nl	emergency	Goedemiddag, ik schrijf u omdat mijn buurman van nummer 14 in de gang op de grond ligt en hij reageert niet als ik hem roep. Wat moet ik doen?
nl	emergency	Help alstublieft, er komt rook onder de deur van de buren vandaan en ik ruik iets branden.
nl	emergency	Ik ruik heel sterk gas in het trappenhuis, al sinds een paar minuten. Moet ik iedereen naar buiten sturen?
nl	emergency	mijn buurvrouw is gevallen in de badkamer, ze bloed aan haar hoofd en kan niet opstaan
nl	emergency	Meneer op 3 hoog heeft denk ik te veel pillen genomen, hij praat heel raar en valt steeds in slaap. De strips liggen leeg op tafel.
nl	emergency	Er staan twee mannen te vechten voor de ingang, een van hen heeft een mes. Snel!
nl	emergency	Ik ben de dochter van mevrouw Verhoef op nummer 8. Ze belde mij net huilend dat er iemand bij haar in huis is die ze niet kent. Ik zit zelf in Amersfoort. Kan er iemand heen?
nl	emergency	De buurman schreeuwt dat hij mij gaat vermoorden als ik nog één keer bij zijn deur kom. Hij staat nu in de gang met een stok. Ik durf niet naar buiten.
nl	emergency	Ik wil niet meer leven. Ik heb er echt genoeg van en ik heb vanavond alles klaargelegd.
nl	emergency	Excuseer, ik ben niet goed in Nederlands. Mijn buurman ligt op de vloer, hij ademt niet goed, zijn lippen is blauw. Wat ik moet doen?
nl	emergency	In de gemeenschappelijke ruimte staat de prullenbak in brand, het vuur wordt groter
nl	emergency	Begeleider hier. Cliënt op de Lindelaan 22 heeft me net een bericht gestuurd dat ze afscheid wil nemen en dat het klaar is. Ik krijg haar niet meer aan de telefoon. Graag direct opschalen.
nl	emergency	Er wordt ingebroken in de fietsenkelder, ik hoor ze nu met een breekijzer aan de deur bezig
nl	emergency	Mijn man is van de trap gevallen, zijn been ligt helemaal raar, hij heeft veel pijn en kan niet bewegen.
nl	emergency	Ik hoor de buurvrouw gillen en het klinkt alsof ze geslagen wordt, er valt steeds iets hard tegen de muur.
nl	emergency	Gas! Het ruikt naar rotte eieren bij de meterkast op de tweede verdieping.
nl	emergency	De oude meneer van hiernaast zit in zijn stoel en ik krijg hem niet wakker, ik heb hard geroepen en aan zijn schouder geschud.
nl	emergency	Beste mensen, ik zie vanuit mijn raam vlammen uit het balkon van de flat tegenover ons komen, nummer 31 denk ik. Is de brandweer al gebeld?
nl	emergency	iemand in de lift heeft zich in de arm gesneden en het bloedt heel erg, hij zegt dat hij het expres deed
nl	emergency	Mijn zoon woont in jullie complex op nummer 5. Hij stuurde me net: "sorry mam, ik kan dit niet meer, ik stop ermee." Hij neemt niet op. Kan er AUB iemand gaan kijken?
nl	emergency	Er is een man met een pistool in het portiek, ik zit opgesloten in mijn wc
nl	emergency	Die jongen van boven is woedend en roept tegen iedereen dat hij het hele gebouw in de fik steekt, hij heeft een jerrycan bij zich
nl	emergency	Ik woon hier kort. Er is grote rook in de keuken van de buurman, de alarm gaat piep piep, niemand doet open.
nl	emergency	Mevrouw is in de tuin gevallen en zegt dat haar heup gebroken is, ze ligt al een tijd in de kou. Ambulance?
nl	emergency	Mijn buurman heeft iets gespoten en nu ligt hij te schokken op de bank, zijn ogen draaien weg
nl	emergency	Ze slaan elkaar helemaal verrot op het pleintje, er ligt er al een op de grond
nl	emergency	Er zit iemand op de rand van het dak van blok B en hij roept dat hij gaat springen.
nl	emergency	Ik heb net al mijn slaappillen ingenomen, ik weet niet waarom ik dit nu typ
nl	emergency	Het ruikt hier heel sterk naar gas en de buurvrouw wil toch een sigaret aansteken, wat moet ik doen
nl	emergency	Ik ben bang, de ex van mijn buurvrouw staat met een hamer op haar deur te slaan en schreeuwt dat hij haar afmaakt.
nl	emergency	Er hangt een vreemde brandlucht in de gang en de rookmelder bij de trap gaat af, ik zie grijze rook bij de meterkast
nl	emergency	Mijn vader (meneer Bakkum, nr 17) neemt niet op en de thuiszorg ziet hem door het raam op de grond liggen achter de deur, ze kunnen er niet in.
nl	emergency	help de man van 2b is ingestort bij de brievenbussen hij is helemaal wit en zegt niks
nl	emergency	Er zijn nu mensen aan het inbreken bij mijn buren, die zijn op vakantie. Ik zie zaklampen binnen bewegen.
nl	emergency	Ik denk dat ik mezelf iets ga aandoen als er niemand komt. Ik zit alleen en het gaat niet meer.
nl	emergency	Ik sta bij het fietsenhok en die man daar bedreigt me met een mes, hij wil mijn tas
nl	emergency	Mijn buurvrouw heeft een hele fles wodka gedronken met pillen erbij, ze zegt niks meer
nl	emergency	De frituurpan van de buren staat in de fik, er komt zwarte rook uit het raam
nl	emergency	Het kind van de benedenburen is van het balkon gevallen, hij huilt en zijn arm staat helemaal scheef
en	emergency	There's smoke pouring out of flat 9 and nobody answers the door, please help
en	emergency	My neighbour collapsed in the hallway and he's not breathing properly, what do I do
en	emergency	Hello, I am a student from Italy living on the second floor. There is a very strong smell of gas in the corridor since ten minutes. Should I call someone?
en	emergency	Someone is breaking into the storage room right now, I can hear them smashing the lock
en	emergency	I think my flatmate took way too many pills, he's barely awake and mumbling
en	emergency	Two guys are fighting outside the main entrance and one of them has a knife
en	emergency	I don't want to be alive anymore. I've been thinking about it all week and tonight I'm going to do it.
en	emergency	The old lady at number 4 fell down the stairs, she's bleeding from her head and can't stand up
en	emergency	My neighbour just told me he will kill me if I report him again. He is standing at my door now.
en	emergency	Fire in the kitchen of the community room!! flames coming off the stove
en	emergency	I'm a support worker. My client at Populierstraat 3 just texted that she has cut herself badly and can't stop. I'm 40 minutes away.
en	emergency	Excuse me, the man in the lift is lying down and not answer, eyes closed, I touch him and nothing.
en	emergency	I can hear a woman screaming next door and loud bangs like someone is being hit
en	emergency	My brother lives in your building, flat 12. He sent me a goodbye message and now his phone is off. Please send someone.
en	emergency	Strong burning smell and the ceiling in the stairwell is turning black, smoke alarm going off
en	emergency	guy on the 4th floor is waving a gun around in the corridor, everyone is hiding
en	emergency	My husband slipped on the wet balcony and I think his wrist is broken, he is in a lot of pain and bleeding
en	emergency	He injected something and now he's blue and not waking up
en	emergency	Sorry my English. Somebody is inside my apartment now, I hear him, I am in the bedroom and lock the door.
en	emergency	I keep thinking everyone would be better off without me. I have the pills right here.
en	emergency	There's a man threatening to stab the caretaker in the lobby, he's shouting and holding a screwdriver
nl	concern.report	Goedenavond. Ik wil graag een melding maken over de buren op nummer 12. Al weken staat daar elke nacht tot twee, drie uur harde muziek aan. Ik moet om zes uur op voor mijn werk. Wilt u hier iets mee doen?
nl	concern.report	De hond van de buren blaft de hele dag als ze weg zijn, mijn oren tuiten ervan
nl	concern.report	Iemand zet steeds zijn vuilniszakken naast de container in plaats van erin, nu zitten de meeuwen erin en ligt de rommel over de stoep
nl	concern.report	Bovenburen schuiven elke avond met meubels en lopen op hakken, ik word er gek van
nl	concern.report	Mag ik u vragen om de bewoner van nummer 7 aan te spreken? Hij rookt wiet op het balkon en de lucht komt bij mij in de slaapkamer. Ik heb astma.
nl	concern.report	er staat al drie dagen een busje voor mijn uitrit geparkeerd, ik kan mijn auto niet uit
nl	concern.report	Die man van de derde verdieping scheldt mij steeds uit als ik langs loop. Niet gevaarlijk, maar wel heel vervelend. Ik durf hem zelf niet aan te spreken.
nl	concern.report	Ik ben een buurtbewoner van de overkant. Er wordt 's avonds veel geschreeuwd op de binnenplaats van jullie complex, vaak tot laat. Kunnen jullie daar iets aan doen zonder dat ik naar de politie moet?
nl	concern.report	De katten van de buurvrouw poepen elke dag in mijn plantenbakken
nl	concern.report	Sorry, mijn Nederlands is niet zo goed. Buurman maakt altijd lawaai met boor op zondag heel vroeg. Ik heb kleine baby. Kan iemand zeggen tegen hem?
nl	concern.report	De buren hebben weer een feest en het is nu half één, al de derde keer deze week
nl	concern.report	Op de galerij staan overal fietsen en een oude bank van nummer 20, je kunt er met de rollator niet meer langs
nl	concern.report	Er wordt in het trappenhuis gerookt, de hele gang stinkt naar sigaretten
nl	concern.report	Ik heb het al drie keer vriendelijk gevraagd maar die buurjongen laat zijn scooter steeds voor de deur stationair draaien, die stank komt zo mijn huis in
nl	concern.report	Ik ben het zat!! Elke nacht die bas door de muur, ik slaap al twee weken slecht. Doe er wat aan of ik bel zelf de corporatie.
nl	concern.report	Er hangt een vieze afvallucht op de galerij omdat de buren van 14 hun vuilniszakken nooit naar beneden brengen. Ze wonen er gewoon hoor, ze zijn alleen lui.
nl	concern.report	Beste woonvereniging, in de gezamenlijke tuin liggen steeds blikjes en peuken van de groep die daar 's avonds zit. Wie spreekt hen daarop aan?
nl	concern.report	De buurman parkeert zijn auto altijd op de invalidenplek terwijl hij geen kaart heeft
nl	concern.report	Kunt u een burenbericht sturen naar nummer 3? Hun wasmachine staat midden in de nacht te centrifugeren.
nl	concern.report	Een paar jongens hangen elke avond in de hal rond en maken opmerkingen naar vrouwen die binnenkomen. Het voelt intimiderend.
nl	concern.report	Buurvrouw gooit broodkorsten van het balkon voor de duiven, nu zit mijn balkon onder de poep
nl	concern.report	Mijn moeder van 84 woont op nummer 11. Ze vertelt mij dat de bovenbuurman vaak 's nachts op de vloer bonkt en schreeuwt. Ze is er erg van geschrokken en slaapt slecht. Ik zou graag willen dat daar iemand naar kijkt.
nl	concern.report	die muziek van hiernaast maakt me echt dood, elke avond hetzelfde liedje op vol volume
nl	concern.report	Er wordt gedeald bij de achteringang, ik zie steeds auto's kort stoppen. Ik wil niet dat mijn naam genoemd wordt.
nl	concern.report	De honden van nummer 9 lopen los over het speelveldje en springen tegen de kinderen op
nl	concern.report	Iemand zet steeds de deur van de fietsenstalling open met een steen ertussen, zo komt iedereen binnen
nl	concern.report	Er staat al twee weken grofvuil op de stoep, een matras en een kast, van de nieuwe bewoner denk ik
nl	concern.report	De buren maken elke avond heel hard ruzie. Geen geweld volgens mij hoor, maar wel veel geschreeuw en deuren die slaan.
nl	concern.report	Ik word gek van de bovenbuurman, hij loopt om drie uur 's nachts nog heen en weer met zijn schoenen aan en zet de tv keihard
nl	concern.report	Hallo, ik ben begeleider van een bewoner op de Esdoornhof. Mijn cliënt vertelt dat de buren haar steeds uitlachen en haar naam roepen in de gang. Ze wil dit graag melden maar durft niet zelf.
nl	concern.report	In de lift is weer op de grond geplast. Dit is de derde keer deze maand. Wie doet dat toch?
nl	concern.report	Er staat elke nacht iemand op de parkeerplaats muziek te draaien uit zijn auto met de ramen open
nl	concern.report	Mijn buurman barbecuet elke dag op zijn balkon, de walm trekt zo mijn slaapkamer in
nl	concern.report	Ik wil anoniem melden dat de vrouw van nummer 15 haar hond veel te lang alleen laat, hij janket de hele dag
nl	concern.report	zeg die gasten op 4 hoog dat ze moeten ophouden met dat gebonk, het is zondagochtend
nl	concern.report	Er worden vaak dingen uit het raam gegooid, gisteren lag er een lege fles naast mijn auto
nl	concern.report	Ik woon op de begane grond en de mensen van boven schudden hun kleedjes uit boven mijn terras. Alles ligt vol stof en kruimels.
nl	concern.report	De nieuwe buurman kijkt mij altijd heel boos aan en komt dicht achter me staan bij de brievenbus. Ik voel me er niet prettig bij, kan er iemand met hem praten?
nl	concern.report	Al dat geschreeuw op de galerij 's nachts, ik krijg er hoofdpijn van
nl	concern.report	Ik, buurvrouw van 23, nooit zeggen goedemorgen, altijd afval voor mijn deur zetten. Ik wil klacht maken.
nl	concern.report	Mijn buurman heeft zijn balkon helemaal vol met spullen staan en nu zitten er muizen, die komen naar mijn kant
nl	concern.report	Graag wil ik een melding doen van geluidsoverlast. Iedere vrijdag en zaterdag van elf tot vier uur 's nachts harde muziek en gelach bij nummer 36. Ik heb al eens aangebeld maar er werd niet opengedaan.
nl	concern.report	Iemand zet elke keer zijn winkelwagentje in de hal, je kan er bijna niet langs
nl	concern.report	De jongen van 8 rijdt met zijn scooter over de stoep en door de binnentuin, daar spelen kinderen
nl	concern.report	Het stinkt naar hasj in het hele portiek, iedere avond weer
nl	concern.report	Ik wil niet moeilijk doen, maar de bezoekers van mijn buurman bellen steeds bij mij aan midden in de nacht omdat hij niet opendoet
nl	concern.report	Buurman houdt een haan in de tuin, die kraait om vijf uur 's ochtends
nl	concern.report	De parkeerplaatsen bij de ingang worden steeds bezet door busjes van een klusbedrijf, de bewoners kunnen nergens staan
nl	concern.report	Er wordt op het balkon boven mij gerookt en de as valt op mijn wasgoed
nl	concern.report	Mijn buurvrouw zegt steeds lelijke dingen over mijn afkomst als ik de trap op loop. Ik wil dat het stopt.
nl	concern.report	De kinderen van nummer 2 voetballen tegen mijn raam, ik heb er al wat van gezegd maar ze lachen me uit
nl	concern.report	Iemand dumpt zijn restafval in de papiercontainer, nu zit die vol vieze luiers
nl	concern.report	Het is een gekkenhuis hier, die bovenburen zijn elke nacht aan het feesten, ik ga er echt aan onderdoor
nl	concern.report	Sinds een maand woont er iemand op nummer 40 die de hele dag op zijn trompet oefent. Leuk dat hij muziek maakt, maar om tien uur 's avonds hoeft het niet meer.
nl	concern.report	De buren hebben hun kerstboom sinds januari op de galerij laten staan, het ligt vol naalden en het is glad
nl	concern.report	ik krijg elke dag de sigarettenpeuken van de buren op mijn balkon, ze gooien ze gewoon naar beneden
nl	concern.report	Er komen steeds vreemde mensen het gebouw in via de achterdeur, iemand laat ze binnen. Ik voel me niet veilig meer.
nl	concern.report	Graag een gesprekje met de buurman over zijn vogels, ze krijsen vanaf zes uur 's ochtends
nl	concern.report	Meneer op de eerste etage laat zijn hond in het trappenhuis plassen
nl	concern.report	Er is iemand die 's nachts aan mijn deurklink rammelt en dan wegloopt. Nu niet hoor, maar het gebeurt al een week.
nl	concern.report	De jongeren op het bankje bij de ingang zijn erg brutaal, ze roepen dingen en gooien met eieren
nl	concern.report	Bij nummer 19 wordt ook 's nachts geklust met een zaagmachine
nl	concern.report	Ik ben het echt beu, de buurvrouw laat haar katten op de galerij en die krabben aan mijn deurmat en deur
nl	concern.report	U zult het wel druk hebben, maar ik wil toch melden dat de benedenburen 's avonds in de tuin een vuurkorf stoken en de rook komt zo bij mij naar binnen.
nl	concern.report	Mensen laten hun fietsen in de hal staan, de vluchtroute is helemaal geblokkeerd
nl	concern.report	Buren schreeuwen tot drie uur 's nachts tegen hun computer bij het gamen, de muren zijn zo dun
nl	concern.report	Ik heb een vraag: kan ik een klacht indienen zonder dat de buurman weet dat ik het ben? Het gaat om zijn harde muziek.
nl	concern.report	mijn buurman heeft ruzie met mij over de parkeerplek en hij zet nu expres zijn auto schuin zodat ik er niet in kan
nl	concern.report	Iemand gooit etensresten in de gemeenschappelijke tuin, nu zijn er ratten gezien
nl	concern.report	Een bewoner gebruikt de gezamenlijke ruimte als zijn eigen huiskamer en laat er elke keer vieze borden en bierblikjes achter
nl	concern.report	Mijn buurman heeft een camera opgehangen die precies op mijn voordeur gericht staat. Ik vind dat niet prettig.
nl	concern.report	Het is echt niet normaal meer, elke zaterdag een feest op het plein met een geluidsinstallatie
nl	concern.report	Ik wil melden dat de jongen van nummer 27 steeds mijn pakketjes aanneemt en ze dan dagen niet teruggeeft
nl	concern.report	De man hiernaast belt om twee uur 's nachts heel hard op het balkon, iedere nacht
nl	concern.report	Bij de containers staat een bank met een grote vlek en een stoel, gedumpt door iemand van hier
nl	concern.report	Goedemorgen, ik ben vrijwilliger bij de woonvereniging. Meerdere bewoners klagen over de harde muziek bij de bankjes in de tuin op woensdagavond. Hoe kunnen we dat rustig oplossen?
nl	concern.report	Buurman laat zijn afvalzakken op de galerij staan tot ze gaan stinken, al weken
nl	concern.report	Er wordt op de parkeerplaats 's nachts met auto's geracet en met banden gepiept
en	concern.report	Hi, my upstairs neighbours play loud music until 3am almost every night. I'm an exchange student and I have exams. Can someone talk to them please?
en	concern.report	The guy in flat 14 keeps leaving his rubbish bags outside his door, the whole corridor smells
en	concern.report	Someone parks in my spot every single day, it's getting really annoying
en	concern.report	There's constant shouting from the apartment next to mine, mostly arguments, it goes on for hours
en	concern.report	The neighbour's dog barks nonstop when they're at work, I work from home and can't take calls
en	concern.report	People smoke weed in the stairwell and the smell gets into my flat, my kids breathe that in
en	concern.report	Dear sir/madam, I would like to file a complaint about the residents of number 33. They hold parties in the shared garden every weekend and leave glass bottles everywhere. I have spoken to them once but nothing changed.
en	concern.report	My neighbour always stares at me in a threatening way and blocks the corridor when I walk past. Not dangerous yet but I feel uncomfortable.
en	concern.report	This bass is killing me, every night from 11 onwards, same neighbour, flat 6
en	concern.report	some kids from the building keep throwing stuff off the balconies onto the bikes
en	concern.report	Excuse me, I am from Syria, my English also not perfect. The neighbour above make very much noise at night, walking and hammering. My children cannot sleep. Please help to talk with him.
en	concern.report	Can you send an anonymous message to the people in 21? Their TV is so loud I can hear every word of the news
en	concern.report	Someone keeps dumping old furniture next to the bins, there's a whole sofa there now
en	concern.report	My neighbour's cat keeps coming into my flat through the balcony and peeing on the carpet
en	concern.report	Guys hanging around the entrance every evening, catcalling women and making people uncomfortable
en	concern.report	The man next door drills every Sunday morning at 8. Every. Sunday.
en	concern.report	I'm writing on behalf of my mother who lives at no. 5. She says her neighbour keeps knocking on her door late at night asking for money. She finds it scary but doesn't want the police involved.
en	concern.report	Loud arguments and doors slamming upstairs, it's been like this for a month
en	concern.report	There's dog poo all over the grass by the playground, I think it's from the big dog at number 30
en	concern.report	The smell of cigarette smoke from the balcony below is coming into my bedroom all night
en	concern.report	I'm so done with this. Third complaint about the noise from 42. Nobody does anything.
en	concern.report	A neighbour's car has been blocking the bike shed door for days
en	concern.report	Someone is feeding pigeons on the roof terrace, it's covered in droppings and feathers
en	concern.report	I'm a bit embarrassed to ask, but the couple next door are very loud at night, if you know what I mean. Could someone say something discreetly?
en	concern.report	Neighbour plays drums in the afternoon, fine, but also at 11 pm which isn't fine
en	concern.report	Our neighbour keeps putting his recycling in our bin, so ours is always full
en	concern.report	People keep letting strangers into the building through the back door, I don't feel safe anymore
en	concern.report	There's a group of teens smoking and spitting in the lift every evening
en	concern.report	The resident across the hall yells insults at me when I come home. I'd like to report it but I don't want to make it worse.
en	concern.report	Somebody is running a car repair business in the parking lot, oil everywhere and engines revving all day
en	concern.report	the people above me hang their wet laundry over the railing and it drips on my balcony all day
en	concern.report	Hello, I'm Polish and live here one year. Neighbour have many visitors at night, they ring my bell wrong always, 2, 3 o'clock. Very tiring.
en	concern.report	The party in the courtyard was fire last night but it went on until 4 and I had work at 7
en	concern.report	Neighbours fry fish on their balcony every day and my whole flat stinks
en	concern.report	There are cigarette butts and beer cans everywhere in the shared garden after the weekend, can someone address this with the people who hang out there?
en	concern.report	The new neighbour has three big dogs and doesn't keep them on a leash in the hallway, my son is scared
en	concern.report	The neighbour downstairs bangs on the ceiling with a broom every time I walk around in my own flat, it's intimidating
en	concern.report	Can I report noise without giving my name? It's the flat directly above me.
en	concern.report	A scooter is parked in the hallway every night, blocking the escape route
en	concern.report	Someone keeps taking the newspaper out of my mailbox, I'm pretty sure it's the guy next door
en	concern.report	Neighbours play video games shouting at the screen until 2am, walls are paper thin
en	concern.report	There's a strong smell of cat litter from flat 18's door, they have like six cats and the corridor reeks
nl	care.signal	Ik maak me een beetje zorgen om mijn buurvrouw van nummer 4. Ik heb haar al een week niet gezien en haar brievenbus puilt uit.
nl	care.signal	Goedendag, ik schrijf namens mijn moeder. Zij woont naast meneer De Wit op de Kastanjelaan. Volgens haar doet hij de laatste tijd vreemd, hij loopt in zijn pyjama buiten en weet niet meer welke dag het is.
nl	care.signal	De buurman op 3 hoog komt nooit meer naar buiten, zijn gordijnen zijn al dagen dicht. Ik hoor wel de tv. Misschien kan iemand eens kijken?
nl	care.signal	Ik heb het gevoel dat het niet goed gaat met de jongen van nummer 12, hij is heel mager geworden en zegt niks meer als ik groet
nl	care.signal	buurvrouw loopt steeds te huilen op de galerij, weet niet wat er is
nl	care.signal	Meneer van hiernaast ruikt erg en zijn kleren zijn vies, vroeger was hij altijd zo netjes. Ik wil hem niet kwetsen maar ik denk dat hij hulp nodig heeft.
nl	care.signal	Mijn buurman heeft sinds een paar dagen geen licht meer in huis, ik denk dat hij de rekening niet kan betalen. Hij zit 's avonds in het donker.
nl	care.signal	Ik weet niet of dit de bedoeling is maar ik wil graag iets doorgeven over mijn bovenbuurvrouw. Ze heeft vorige week haar man verloren en sindsdien doet ze de deur niet meer open. Ik heb soep neergezet maar die staat er nog.
nl	care.signal	De oude mevrouw van nummer 1 is de laatste tijd erg in de war. Gisteren stond ze om elf uur 's avonds bij mij aan te bellen omdat ze haar eigen huis niet kon vinden.
nl	care.signal	Mijn buurman drinkt veel meer dan vroeger, ik zie elke dag een tas met flessen naar binnen gaan en hij praat onduidelijk. Niet gevaarlijk, maar ik maak me zorgen.
nl	care.signal	Zijn er begeleiders die even bij nummer 18 kunnen langsgaan? De post ligt tot in de gang en ik hoor al dagen niks.
nl	care.signal	Ik werk zelf in de zorg en woon ook hier. Ik zie dat de nieuwe bewoner van 2c zich erg terugtrekt. Zou iemand van het project contact met hem kunnen zoeken?
nl	care.signal	buurman eet denk ik niet genoeg, zn koelkast is leeg zei hij, hij ziet er slecht uit
nl	care.signal	Mijn buurvrouw vertelde gisteren dat ze wakker ligt van haar schulden en niet meer weet hoe ze rond moet komen. Ze was heel somber. Kan iemand haar eens bellen?
nl	care.signal	Ik zie al dagen de hond van de buurman niet uitgelaten worden en de buurman zelf ook niet. Hij is nogal eenzaam geloof ik.
nl	care.signal	De jongen naast mij heeft sinds een week dag en nacht de radio aan en reageert niet als ik aanbel. Ik hoor hem wel rondlopen.
nl	care.signal	Buurman praat de hele tijd tegen zichzelf en denkt dat de buren hem afluisteren. Ik ben niet boos op hem, ik denk alleen dat het niet goed met hem gaat.
nl	care.signal	Mevrouw Jansen van hiernaast heeft al twee weken dezelfde kleren aan en haar planten zijn allemaal dood. Vroeger was ze zo actief.
nl	care.signal	Mijn vriendin woont op nummer 22 en ze belt mij de laatste tijd midden in de nacht om niks. Ze klinkt erg eenzaam. Kan haar begeleider daar iets mee?
nl	care.signal	Ik ken de buurman niet goed, ik zie hem weinig. Wel zie ik dat er al een tijd brieven van deurwaarders uit zijn brievenbus steken.
nl	care.signal	er staat al 3 dagen een volle boodschappentas voor de deur van 9, niemand pakt hem op
nl	care.signal	De meneer van de hoek zit hele dagen op het bankje in de kou zonder jas, volgens mij durft hij niet naar binnen
nl	care.signal	Mijn buurman is net uit het ziekenhuis maar ik zie niemand bij hem langskomen. Hij kan amper lopen. Wie helpt hem met boodschappen?
nl	care.signal	Onze buurvrouw is zwanger en volgens mij helemaal alleen, ze ziet er erg moe en verdrietig uit. Kan er iemand eens langs?
nl	care.signal	Sorry voor mijn slecht Nederlands. Mijn buurman, de oude man, ik zie hem niet meer, vijf dagen. Zijn lamp altijd aan, ook overdag. Ik ben ongerust.
nl	care.signal	Ik heb het idee dat de buurjongen weer gebruikt, hij is heel onrustig en loopt de hele nacht op en neer. Ik wil hem niet verraden, ik wil gewoon dat hij hulp krijgt.
nl	care.signal	Mijn buurvrouw zei dat ze tot het eind van de maand geen eten meer heeft. Ik heb haar wat gegeven maar ik denk dat er meer nodig is.
nl	care.signal	Zou u eens willen kijken bij meneer Kooistra? Hij heeft al lang geen bezoek meer gehad en hij klonk laatst erg verward aan de deur.
nl	care.signal	De buurman vergeet steeds zijn sleutels en staat dan uren buiten. Vandaag al de tweede keer. Volgens mij wordt hij vergeetachtig.
nl	care.signal	Mijn buurvrouw heeft een blauw oog en zegt dat ze tegen de deur liep. Dat is al de tweede keer deze maand. Ik weet niet wat ik ermee moet.
nl	care.signal	Ik hoor mijn buurvrouw 's nachts vaak heel hard huilen door de muur
nl	care.signal	Het huis van nummer 30 is erg vervuild, je ruikt het bij de deur en binnen staan overal volle zakken. Ik denk dat hij het niet meer aankan.
nl	care.signal	De buurman heeft zijn telefoon verkocht en nu kan niemand hem meer bereiken, hij lijkt me erg gestrest
nl	care.signal	Iemand moet echt even naar de jonge vrouw op de eerste verdieping kijken. Voor zover ik weet is ze sinds de verhuizing nog nooit buiten geweest.
nl	care.signal	Onze oude buurman zegt steeds dat hij zijn pillen kwijt is en hij weet niet meer welke hij moet nemen
nl	care.signal	Mijn buurman stond net in zijn onderbroek bij de brievenbussen, hij wist niet goed waar hij was. Nu is hij weer binnen.
nl	care.signal	Hoi, ik woon naast Sander op 14. Hij kwam altijd naar de koffieochtend maar al een maand niet meer, en hij neemt zijn telefoon niet op. Zou de begeleiding eens kunnen bellen?
nl	care.signal	ik maak me zorgen om mn buurvrouw, ze lacht niet meer en zit de hele dag achter het raam
nl	care.signal	Graag uw aandacht voor de bewoner van nummer 6. Zijn voordeur staat al twee dagen op een kier en als ik roep zegt hij alleen dat ik weg moet gaan.
nl	care.signal	Buurman heeft sinds de winter zijn verwarming niet aan, hij zit binnen in zijn jas. Volgens mij heeft hij geen geld voor het gas.
nl	care.signal	Mijn nicht woont in jullie complex. Ik krijg haar al een week niet te pakken terwijl ze normaal elke dag appt. Haar begeleider is met verlof. Weet iemand hoe het met haar gaat?
nl	care.signal	De buurvrouw heeft volgens mij haar huur niet betaald, er hing een brief op de deur. Ze schaamt zich denk ik om hulp te vragen.
nl	care.signal	Meneer op nummer 2 valt de laatste tijd vaak, gisteren zat hij op de trap bij te komen. Hij zegt dat het gaat maar ik vertrouw het niet.
nl	care.signal	Ik zie de buurman de laatste tijd veel vreemde mensen binnenlaten en hij lijkt zelf bang. Misschien wordt er misbruik van hem gemaakt?
nl	care.signal	mijn buurvrouw zegt dat ze stemmen hoort, ze is wel rustig maar ik denk dat ze iemand nodig heeft
nl	care.signal	De kinderen van hiernaast lopen vaak 's avonds laat nog alleen buiten en hebben honger, ze vragen mij om brood
nl	care.signal	Mijn overbuurman was altijd gezellig, maar sinds zijn vriendin weg is zit hij alleen maar binnen en ziet hij er slecht uit
nl	care.signal	Een bewoner hier heeft volgens mij al dagen geen water meer in huis, hij vult flessen bij de kraan in de tuin. Hij wil er niks over zeggen.
nl	care.signal	Beste begeleiders, de mevrouw op 1b heeft zich erg teruggetrokken na het incident van vorige maand. Misschien goed om eens contact te zoeken.
nl	care.signal	Ik weet niet of het mijn zaak is, maar de jongen van 10 ligt vaak overdag te slapen op de bank voor het gebouw. Hij heeft toch een huis hier.
nl	care.signal	Mijn buurman belt me soms tien keer per dag om te vragen hoe laat het is. Ik denk dat hij aan het dementeren is.
nl	care.signal	Kan er iemand bij de buurvrouw van nummer 16 langs? Ze is gisteren thuisgekomen uit de kliniek en is heel stil.
nl	care.signal	Mijn oude buurman is zo mager geworden, ik schrik elke keer als ik hem zie.
nl	care.signal	Mijn buurvrouw verwaarloost haar kat en zichzelf ook, volgens mij. Het ruikt niet fris en ze reageert nauwelijks als ik aanbel.
nl	care.signal	ik zie mn buurman al dagen niet meer, normaal staat ie altijd te roken op t balkon
nl	care.signal	Een bewoner van het complex zit al een paar avonden buiten op de stoep voor zich uit te staren. Hij zegt dat hij zijn sleutel kwijt is, maar ik denk dat er iets anders speelt.
nl	care.signal	Vanuit mijn raam zie ik dat de buurman overdag zijn rolluiken niet meer opendoet. Hij is ook al een tijd niet meer bij het klaverjassen geweest.
nl	care.signal	Ik wil geen klacht indienen hoor, ik maak me gewoon zorgen om de vrouw boven mij. Ze schreeuwt soms tegen niemand en lijkt heel angstig.
en	care.signal	I haven't seen my neighbour in flat 7 for over a week and there's a pile of mail in front of his door
en	care.signal	The elderly gentleman next door seems very confused lately, he knocked on my door asking for his wife, who passed away years ago
en	care.signal	I'm worried about the girl across the hall. She used to say hi, now she avoids everyone and looks like she hasn't slept in days.
en	care.signal	Hi, I'm an international student. My neighbour always had music on, now it's completely silent for 5 days and the curtains are closed. I don't know him well but it feels strange.
en	care.signal	My neighbour told me she hasn't eaten properly in days because she's out of money. I gave her some bread but maybe someone can check on her?
en	care.signal	The man upstairs has been drinking a lot more recently. He's not aggressive, he just looks really unwell and lost.
en	care.signal	Could someone from support check on the lady in 3A? Her newspapers have been piling up since Monday.
en	care.signal	I'm writing on behalf of my dad's neighbour, Mr. Hoekstra. He seems to be neglecting himself, same clothes every day, and the flat smells. He won't accept help from me.
en	care.signal	not sure who to tell but my neighbour has been crying a lot, I can hear it through the wall every evening
en	care.signal	There's a guy on our floor who hasn't left his flat in weeks as far as I can tell. Delivery bags just pile up outside.
en	care.signal	I think my neighbour may be relapsing. I don't want to get him into trouble, I just want his support worker to know.
en	care.signal	The old woman at number 2 keeps leaving her tap running and forgetting her keys, I'm worried she can't manage alone anymore
en	care.signal	The young man downstairs never has the heating on, I saw him wearing a coat and gloves inside. I think he can't pay.
en	care.signal	My neighbour just came back from hospital and lives alone. Nobody seems to visit him. Can someone check if he's managing?
en	care.signal	Hello, I am from Eritrea. My neighbour lady, she is very sad since long time, she don't open the door, only say "later". I am worried for her.
en	care.signal	The woman next door has had bruises on her arms a few times now. She says she's clumsy. I'm not so sure.
en	care.signal	Has anyone seen the guy from 11? His bike hasn't moved in ages and he's not answering the door
en	care.signal	My neighbour seems really paranoid lately, he taped newspaper over his windows and says people are watching him
en	care.signal	Just a heads up, the kid in 4B seems to be alone a lot, I've seen him outside at night asking people for food
en	care.signal	Is there someone who can look in on Mrs. Visser? She's been wandering around the building at night in her slippers.
en	care.signal	My friend lives here and has stopped replying to all my messages for ten days, which is not like her. Her support worker might want to know.
en	care.signal	I don't want to be nosy but the lights in number 26 have been on day and night for a week, and I haven't seen anyone come or go
en	care.signal	The man across from me stopped going to work and barely talks anymore, it's a big change from a few months ago
en	care.signal	My neighbour's flat is extremely messy and smells, I think he has stopped coping since his mum died
en	care.signal	I'm the daughter of the woman in 15. The neighbour opposite her hasn't opened his door to anyone since Christmas, my mum is really worried about him.
en	care.signal	There's a resident who sits in the stairwell for hours, looking lost. I tried talking to him but he just stares.
en	care.signal	She used to come to the coffee mornings every week and now we haven't seen her for a month. Can someone gently ask how she's doing?
en	care.signal	Sorry to bother, neighbour is very thin now and his eyes are yellow, he says he is fine, but I think no
en	care.signal	My neighbour has stopped taking care of his dog and himself, both look neglected
en	care.signal	I'm a bit worried about my neighbour, he keeps asking to borrow money and looks stressed, I think he's in trouble with debts
en	care.signal	The new resident on the ground floor doesn't seem to have any furniture or food, just a mattress. Maybe he needs help settling in?
en	care.signal	The older man next door has fallen twice this week, no injuries, but I don't think he should be on his own like this
nl	help.request	Goedemiddag. Ik heb vandaag een brief gekregen van de gemeente over mijn uitkering en ik begrijp niet wat ik moet doen. Er staat een datum in, maar ik weet niet of ik iets moet opsturen. Kan iemand mij helpen?
nl	help.request	Kan mijn begeleider mij terugbellen? Het is niet dringend maar ik wil wat vragen.
nl	help.request	Ik heb schulden en de deurwaarder heeft een brief gestuurd. Ik schaam me erg en weet niet waar ik moet beginnen.
nl	help.request	Hallo, mijn naam is Gerda, ik ben 78 jaar. Ik moet een formulier invullen voor de huurtoeslag maar dat moet op de computer en dat kan ik niet. Is er iemand die mij daarbij wil helpen?
nl	help.request	Ik krijg post van het CJIB maar ik snap niet waarvoor, ik heb niet eens een auto
nl	help.request	Mijn uitkering is deze maand niet gestort en ik heb geen eten meer in huis. Wat kan ik doen?
nl	help.request	Ik voel me de laatste tijd heel somber en ik slaap slecht. Ik ben niet in gevaar hoor, maar ik zou graag met iemand praten.
nl	help.request	Kan iemand mij vandaag bellen? Ik heb vragen over mijn huurcontract, het komt op mijn eigen naam en ik weet niet wat dat betekent.
nl	help.request	ik begrijp die brief van de belastingdienst niet, wat is toeslag terugbetalen?
nl	help.request	Ik ben begeleider van mevrouw Amrani op nummer 19. Zij vraagt of iemand haar kan helpen met het aanvragen van bijzondere bijstand voor een nieuwe wasmachine. Ik ben zelf twee weken met vakantie.
nl	help.request	Mijn Nederlands is niet goed. Ik krijg brief, veel moeilijke woorden, ik denk van de ziekenverzekering. Kan iemand lezen met mij?
nl	help.request	Ik verzuip in de rekeningen, ik weet niet meer welke ik eerst moet betalen
nl	help.request	Wie kan me helpen met verhuisdozen naar boven te dragen? Ik heb een slechte rug.
nl	help.request	Ik zit erg in de put sinds mijn moeder is overleden en ik weet niet goed bij wie ik terecht kan
nl	help.request	Mijn energierekening is ineens drie keer zo hoog. Ik kan dat niet betalen. Kan iemand met mij meekijken?
nl	help.request	Ik heb een afspraak bij het UWV maar ik durf niet alleen te gaan. Kan er iemand mee?
nl	help.request	ik ben mn DigiD code kwijt en moet iets invullen voor de gemeente, help
nl	help.request	Zou er een begeleider kunnen langskomen? Ik loop een beetje vast met alles, de was, de post, het huis. Niks ergs, het gaat me gewoon even boven het hoofd.
nl	help.request	Ik ben net verhuisd en heb nog geen bed. Is er een regeling, of weet iemand waar ik goedkoop meubels kan krijgen?
nl	help.request	Ik wil graag een gesprek met mijn begeleider over mijn budget, ik kom elke maand tekort
nl	help.request	Er kwam een man aan de deur voor een energiecontract en ik heb iets getekend. Nu twijfel ik. Kan iemand dit met mij bekijken?
nl	help.request	In het weekend heb ik niemand om mee te praten en dan voel ik me heel eenzaam. Is er een maatje voor mij?
nl	help.request	Goedendag, ik ben de zoon van meneer Pietersen (nr 3). Mijn vader heeft moeite met zijn bankzaken sinds hij geen pinpas meer heeft. Kan iemand van de begeleiding hem helpen een nieuwe aan te vragen?
nl	help.request	kan iemand mij helpen een brief te schrijven naar de woningcorporatie over mijn huur
nl	help.request	Ik heb een boete gekregen omdat ik te laat was met de zorgverzekering, nu wil ik een betalingsregeling maar ik weet niet hoe dat moet
nl	help.request	Ik voel me niet lekker in mijn hoofd vandaag, veel onrust. Kan mijn begeleider me even bellen?
nl	help.request	Hoe kom ik bij de voedselbank? Ik heb het echt nodig deze maand.
nl	help.request	Ik moet naar de tandarts maar heb er geen geld voor, is daar hulp voor?
nl	help.request	Ik kan niet lezen en schaam me ervoor. Er liggen veel brieven op tafel. Wie kan die met mij doornemen?
nl	help.request	Ik heb de verkeerde formulier ingevuld denk ik voor de gemeente. Nu krijg ik geen geld. Wat moet ik doen?
nl	help.request	Ik ga dood van de zenuwen voor mijn zitting over de schuld volgende week, kan iemand met me mee?
nl	help.request	Mijn telefoonabonnement is afgesloten omdat ik niet betaald heb, nu kan ik alleen nog via wifi bellen. Hulp graag.
nl	help.request	Mag ik vragen of er iemand is die mij kan leren hoe ik met de computer een e-mail verstuur? Mijn kleinkinderen wonen ver weg.
nl	help.request	Ik wil graag stoppen met drinken maar ik weet niet hoe. Kan mijn begeleider dat met mij bespreken?
nl	help.request	Ik snap mijn huurtoeslag niet. Het ene moment krijg ik het, het andere moment niet.
nl	help.request	Graag zou ik een afspraak willen maken met iemand van het team. Ik heb wat zorgen over mijn geld en mijn gezondheid.
nl	help.request	ik ben zo moe van al dat gedoe met instanties, ik wil gewoon even iemand spreken, bel me aub
nl	help.request	Er is een brief van de rechtbank gekomen met heel moeilijke woorden. Ik durf hem bijna niet open te maken. Wil iemand samen met mij kijken?
nl	help.request	Ik heb hulp nodig om mijn gordijnen op te hangen, ik kan niet meer op een trapje staan
nl	help.request	Zijn er mensen die mij willen helpen met de boodschappen? Ik loop slecht sinds mijn operatie.
nl	help.request	Ik kom uit Afghanistan. Ik moet inburgering examen doen maar ik weet niet hoe inschrijven. Kan iemand mij uitleggen?
nl	help.request	Ik voel me hier niet thuis, ik heb het idee dat iedereen raar naar mij kijkt. Kan ik daar met iemand over praten?
nl	help.request	Mijn bankrekening is geblokkeerd en ik weet niet waarom. De bank zegt dat ik papieren moet sturen.
nl	help.request	Zou iemand mij kunnen terugbellen over de afspraken voor mijn begeleiding? Ik weet niet meer op welke dag ze komt.
nl	help.request	ik heb een brief van de woningbouw dat ik een achterstand heb, ik wil niet uit mn huis gezet worden
nl	help.request	Ik kan niet koken, ik eet alleen maar brood. Is er iemand die me een paar makkelijke recepten kan leren?
nl	help.request	Ik ben sinds kort weduwe en mijn man deed altijd de papieren. Nu weet ik niet waar ik moet beginnen. Wie kan mij wat uitleg geven?
nl	help.request	Kan iemand mij helpen een baan te zoeken? Ik wil graag weer iets doen.
nl	help.request	Mijn begeleider is al drie weken niet geweest en ik heb echt hulp nodig met mijn post
nl	help.request	Goedemorgen, mijn cliënt op nummer 26 heeft hulp nodig bij het aanvragen van een nieuw ID-bewijs. Is er een vrijwilliger die met hem naar het gemeentehuis wil?
nl	help.request	Ik heb een formulier van de zorgverzekering, ze vragen mijn BSN en IBAN, is dat veilig om in te vullen? Wil iemand meekijken?
nl	help.request	Ik wil met iemand praten over mijn angst. Ik durf de laatste tijd niet meer naar de supermarkt.
nl	help.request	Ik word gek van al die brieven van incassobureaus. Kan iemand mij helpen alles op een rij te zetten?
nl	help.request	Ik heb geen winterjas en het wordt koud, weet iemand waar ik er een kan krijgen?
nl	help.request	Ik heb een nieuwe kast gekocht maar ik krijg hem niet in elkaar. Is er iemand handig die een uurtje wil helpen?
nl	help.request	Ik zou graag weer contact hebben met mijn dochter maar ik weet niet hoe ik dat moet aanpakken. Kan de begeleiding me daarbij helpen?
nl	help.request	Ik heb vannacht een paniekaanval gehad. Nu gaat het wel weer, maar ik wil graag dat iemand me belt.
nl	help.request	Ik heb geld nodig voor de bus naar het ziekenhuis, is daar een potje voor?
nl	help.request	Mijn pinpas is ingeslikt en nu heb ik tot maandag geen geld voor eten
nl	help.request	Ik kan mijn medicijnen niet ophalen bij de apotheek omdat ik de eigen bijdrage niet kan betalen
nl	help.request	Wie kan mij uitleggen wat omklappen van het huurcontract voor mij betekent? Moet ik dan meer betalen?
nl	help.request	Ik vind het moeilijk om contact te maken met de buren. Ik zou graag iemand hebben die me een beetje op weg helpt.
nl	help.request	Mijn kinderen mogen niet meer bij mij komen van jeugdzorg en ik weet niet wat ik moet doen. Ik wil een gesprek.
nl	help.request	kan iemand me helpen met een aanvraag voor een rolstoel bij de wmo
nl	help.request	Ik heb een stapel post van drie maanden die ik niet heb opengemaakt. Ik durf het niet alleen.
nl	help.request	Ik heb een oproep voor een keuring gekregen en ik ben bang dat ik mijn uitkering kwijtraak. Wie kan mij voorbereiden?
nl	help.request	Ik begrijp niet hoe ik mijn meterstanden moet doorgeven, de website van het energiebedrijf is zo ingewikkeld
nl	help.request	Ik ben uit elkaar met mijn vriend en zit nu met zijn schulden op mijn naam. Ik moet dit met iemand bespreken.
nl	help.request	Ik heb zin in een beetje aanspraak, ik woon alleen en zie de hele week niemand. Kan er iemand eens koffie komen drinken?
nl	help.request	Hallo, ik moet een nieuwe huisarts zoeken maar overal is een wachtlijst. Kan iemand me helpen?
nl	help.request	Ik heb een vraag voor de begeleiding over mijn beschermingsbewind, ik wil weten hoeveel leefgeld ik krijg
nl	help.request	Mijn oom woont hier sinds kort en heeft nog geen internet en geen bankpas. Ik woon in Groningen en kan niet helpen. Kan iemand hem ondersteunen met de eerste dingen?
nl	help.request	ik weet niet meer hoe ik mijn zorgtoeslag moet aanvragen, ik ben alles kwijt
nl	help.request	Ik heb echt een slechte week, veel piekeren. Ik zou graag willen dat mijn begeleider eerder komt dan donderdag.
nl	help.request	Kan iemand mij helpen mijn AOW aan te vragen? Ik word volgende maand 67.
nl	help.request	Ik kan niet goed lezen, kan iemand de brief voorlezen die ik van de huisbaas heb gekregen
nl	help.request	Mijn studiefinanciering is gestopt en ik snap niet waarom, ik heb DUO gebeld maar kreeg niemand te spreken
nl	help.request	Ik heb hulp nodig bij het ophalen van mijn spullen uit de opslag. Heeft iemand een busje?
nl	help.request	Ik heb gisteren een terugval gehad met gebruiken. Het gaat nu wel, maar ik wil er graag met mijn begeleider over praten.
nl	help.request	Kan iemand met mij de brief van de zorgverzekeraar lezen, ze willen geld terug voor een behandeling
nl	help.request	Ik zou graag weten of ik recht heb op een energietoeslag. Ik heb maar een klein pensioen.
nl	help.request	Ik voel me zo nutteloos sinds ik niet meer werk. Is er vrijwilligerswerk voor mij, of iemand die met me meedenkt?
nl	help.request	Help mij alstublieft met mijn belastingaangifte, ik snap er echt niks van
nl	help.request	Kan de begeleiding mij vanmiddag even bellen? Ik heb een brief over mijn schuldhulp en ik weet niet wat die betekent.
en	help.request	Hi, I got a letter from the municipality in Dutch and I can't understand it. Could someone help me read it?
en	help.request	Can someone call me please? I need to talk to my support worker about my benefits.
en	help.request	I'm an international student and I'm really struggling with money this month. Is there any help available?
en	help.request	I feel very lonely here, I don't know anyone in the building and my family is far away
en	help.request	I've got debts piling up and I don't know where to start, can someone help me make a plan?
en	help.request	Hello, I'm writing for my uncle who lives at number 8. He received a tax assessment he doesn't understand and he doesn't speak Dutch well. Could a volunteer sit with him?
en	help.request	I need help filling in a form for the healthcare allowance, the website only works with DigiD which I don't have yet
en	help.request	Been feeling really down lately. Not in any danger, I'd just like to talk to someone.
en	help.request	How do I register with a GP here? Nobody explains anything to me.
en	help.request	I'm drowning in paperwork, honestly. Letters from the bank, the tax office, the insurance. Please can someone help me sort it out.
en	help.request	My bank account got blocked and the bank wants documents I don't have
en	help.request	Excuse me, I am new in the Netherlands. I need to do registration at gemeente but I don't know how to make appointment. Can you help me?
en	help.request	Could somebody help me carry a fridge up to the third floor? I can't do it alone.
en	help.request	I'm a social worker writing on behalf of a resident at Vlierstraat 40. She needs help applying for a food bank referral. Can the project team pick this up?
en	help.request	I need someone to come with me to an appointment at the debt counselling office, I get very anxious
en	help.request	I'm not coping well since my breakup, could my support worker call me this week?
en	help.request	I got a fine from the CJIB and I think it's a mistake. How do I object?
en	help.request	My health insurance was cancelled because I missed payments, what can I do?
en	help.request	I don't have any furniture yet, I just moved in. Are there places that give out second hand stuff?
en	help.request	Hi! Could a support worker help me figure out my budget? I'm always broke by the 20th.
en	help.request	I had a rough night with anxiety. I'm okay now but I'd like someone to check in with me.
en	help.request	Is there someone who can explain my rental contract to me? It's full of legal Dutch.
en	help.request	My residence permit renewal form is really confusing, can someone help me fill it in?
en	help.request	I feel like nobody here talks to me. Is there a buddy programme or something?
en	help.request	I'm 70 and not good with phones. My grandson set this up for me. I would like help with my pension paperwork, please.
en	help.request	Where can I get help applying for jobs? My CV is in a very bad state.
en	help.request	My gas and electricity bill doubled and I cannot pay it, please advise
en	help.request	Can I speak with someone about my drinking? I want to cut down.
en	help.request	Could you ask my support worker to call me after 3? I have a question about my appointment.
en	help.request	Sorry for writing so long. I came here from Ukraine one year ago and I live alone. I want to learn Dutch and find people to talk with, but I don't know where to begin. Maybe someone can guide me?
en	help.request	The debt collectors keep calling me, I'm so stressed, I need advice
en	help.request	I need help getting a new ID card, mine was stolen last month
en	help.request	I'm dying to get my finances sorted out, can anyone help me make a budget?
en	help.request	i dont understand this letter from the housing corporation about a rent increase, what do i need to do
en	help.request	Can a volunteer help me assemble my bed? I've been sleeping on the floor for a week.
en	help.request	I don't have money for my medication this month, who can I talk to?
en	help.request	Hello, my mother lives here and she's been very isolated since my father died. She asked me to message you because she'd like someone to visit her sometimes.
en	help.request	I want to apply for special assistance for glasses but I don't know how
en	help.request	Need someone to help me set up internet and email, I've never done it before
en	help.request	I just came out of rehab and want to keep it that way. Can my support worker and I meet more often for a while?
en	help.request	Is there someone who can translate a letter from the court for me? It looks serious.
en	help.request	Feeling overwhelmed with everything, could someone come by for a chat
en	help.request	How can I get help with groceries? I'm not able to walk far since my surgery.
en	help.request	I lost my job and don't know how to apply for unemployment benefits here
en	help.request	Can you connect me with someone who helps with debt? I'm too ashamed to ask in person.
nl	activity.list	Wat voor activiteiten zijn er deze week?
nl	activity.list	Goedemorgen, ik ben nieuw in het complex. Kunt u mij vertellen welke activiteiten er zoal georganiseerd worden? Ik houd van wandelen en handwerken.
nl	activity.list	is er deze zaterdag nog iets te doen in de gezamenlijke ruimte
nl	activity.list	Ik heb gehoord dat er een cursus Mental Health First Aid komt. Wanneer begint die en waar?
nl	activity.list	Mijn moeder woont sinds kort hier en voelt zich wat alleen. Zijn er activiteiten overdag voor ouderen? Dan vertel ik het haar.
nl	activity.list	Wat is er te doen in de kerstvakantie?
nl	activity.list	Gaan we deze zomer weer samen vissen? Vorig jaar was het zo gezellig.
nl	activity.list	Welke activiteiten zijn er ook voor mensen van buiten het complex?
nl	activity.list	Is de zwerfafvalwandeling deze maand nog?
nl	activity.list	Ik zou graag weten wat er volgende week op het programma staat.
nl	activity.list	Wat organiseert de woonvereniging allemaal? Ik lees het niet in de nieuwsbrief.
nl	activity.list	zijn er activiteiten met kinderen? ik heb er 2 kleine
nl	activity.list	Ik spreek niet goed Nederlands. Is er iets, samen koken of taal oefenen, met de buren? Wanneer?
nl	activity.list	Staat er nog een walking dinner gepland dit jaar?
nl	activity.list	Wanneer is de eerstvolgende bijeenkomst van de tuinclub?
nl	activity.list	Is er vanavond iets in de ontmoetingsruimte? Ik zie daar licht branden.
nl	activity.list	Wat is er allemaal op woensdagmiddag?
nl	activity.list	Hoi, is er ergens een lijst van alle activiteiten van deze maand?
nl	activity.list	Welke dag is de koffieochtend ook alweer, dinsdag of donderdag?
nl	activity.list	Gebeurt er deze week nog iets leuks hier? Ik verveel me dood.
nl	activity.list	Wordt er nog een buurtbarbecue gehouden voordat de zomer voorbij is?
nl	activity.list	Mijn cliënt vraagt of er activiteiten zijn die rustig zijn, zonder veel mensen. Wat is er in het aanbod dat bij hem past?
nl	activity.list	Zijn er sportieve activiteiten, zoals voetbal of wandelen?
nl	activity.list	Is het klaverjassen nog steeds op vrijdag?
nl	activity.list	Wat staat er dit weekend op de agenda?
nl	activity.list	Heeft iemand een overzicht van wat er in december te doen is?
nl	activity.list	Wanneer is de filmavond precies, en is er nog plek?
nl	activity.list	Goedenavond, ik wilde informeren of er dit voorjaar weer een opruimactie in de buurt wordt georganiseerd.
nl	activity.list	Wanneer is de volgende keer samen eten?
nl	activity.list	Zijn de activiteiten gratis of moet je betalen? En wat is er morgen?
nl	activity.list	Ik kom uit Marokko, ik woon hier drie maanden. Is er een vrouwengroep of zo, ik wil mensen leren kennen. Wanneer is dat?
nl	activity.list	welke activiteiten zijn er in de zomervakantie
nl	activity.list	Is er deze week een repair café of iets in die richting?
nl	activity.list	Is de bingo morgen nog, of is die verplaatst?
nl	activity.list	Wat doen jullie zoal op zondag?
en	activity.list	Are there any activities in English or for internationals?
en	activity.list	Hi, I just moved into the building. Is there a calendar of events somewhere?
en	activity.list	Is the table tennis still on Thursdays?
en	activity.list	Anything happening this weekend in the common room?
en	activity.list	I heard there's a fishing trip coming up, when is that?
en	activity.list	Could you tell me what activities are planned for December?
en	activity.list	Are there any events where I can meet my neighbours? I'm new and a bit shy.
en	activity.list	Is there something for kids during the holidays?
en	activity.list	When does the Mental Health First Aid course start?
en	activity.list	What's happening tonight?
en	activity.list	Is there a litter picking walk this month?
en	activity.list	Do you have a list of the upcoming events, like for the next two weeks?
en	activity.list	My grandmother lives here and asked me to check if there's any activity in the afternoon she could join. What is there?
en	activity.list	Excuse me, there is cooking together activity? Which day?
en	activity.list	Are the activities open to people who live on the street but not in the complex?
en	activity.list	Any sports stuff planned? Football, running, anything
en	activity.list	Is the walking dinner happening again this year?
en	activity.list	What time does the bingo start on Friday?
nl	activity.signup	Zet mij maar op de lijst voor de koffieochtend van donderdag.
nl	activity.signup	Ik wil graag meedoen met de filmavond, mag ik mijn buurvrouw meenemen?
nl	activity.signup	Goedemiddag, ik zou mij graag willen aanmelden voor de wandeling van zondag. Ik loop wel wat langzaam, ik hoop dat dat geen probleem is.
nl	activity.signup	Mag ik me inschrijven voor het vissen? Ik heb zelf een hengel.
nl	activity.signup	Graag twee plekken voor het walking dinner, voor mij en mijn man.
nl	activity.signup	Ik wil meedoen met de cursus eerste hulp bij psychische problemen, is er nog plek?
nl	activity.signup	Mijn cliënt meneer Dekker wil graag mee met de zwerfafvalwandeling op zaterdag. Kunt u hem aanmelden? Ik kom zelf ook mee als begeleider.
nl	activity.signup	Schrijf mij in voor de bingo, met mijn dochter en kleinzoon erbij, dus met z'n drieën.
nl	activity.signup	Ik kom naar de barbecue!
nl	activity.signup	Ik wil ook komen samen koken. Ik kan Syrisch eten maken voor iedereen.
nl	activity.signup	Kan ik nog mee met de filmavond morgen? Ik kom alleen.
nl	activity.signup	Doe mij maar een plekje bij het klaverjassen
nl	activity.signup	Mijn moeder wil graag naar de koffieochtend maar ze heeft geen smartphone. Kunt u haar namens mij aanmelden? Mevrouw Smit, nummer 12.
nl	activity.signup	Aanmelden voor het tuinieren, ik neem mijn eigen handschoenen mee
nl	activity.signup	Ik heb de nieuwsbrief gelezen en wil graag meedoen met de opruimactie in de buurt. Hoe laat moet ik er zijn?
nl	activity.signup	Is er nog plek bij het vissen? Dan wil ik mee, met mijn zoon van 10.
nl	activity.signup	Ik wil me opgeven voor de kerstlunch. Ik eet geen varkensvlees, is dat goed?
nl	activity.signup	Ik ben er zaterdag bij met de wandeling, samen met mijn hond, mag dat?
nl	activity.signup	zet me op de wachtlijst als de filmavond vol is
nl	activity.signup	Ik heb zin om mee te doen met de knutselmiddag, kan ik me nog inschrijven?
nl	activity.signup	Mag ik mij aanmelden voor de taalcafé? Ik wil beter Nederlands leren praten.
nl	activity.signup	Ik wil graag komen naar de bewonersavond van de woonvereniging, zet u mij op de lijst?
nl	activity.signup	Hierbij meld ik mij aan voor het walking dinner. Ik neem een toetje mee.
nl	activity.signup	Goedenavond, ik ben Wim van nummer 30. Ik heb vroeger veel tafeltennis gespeeld en wil graag meedoen op dinsdag. Misschien kan ik ook wat tips geven.
nl	activity.signup	Kunnen mijn vrouw en ik mee met het uitje naar de dierentuin?
nl	activity.signup	ik wil mee doen met voetbal
nl	activity.signup	Reserveer alstublieft een plek voor mij bij de MHFA-cursus
nl	activity.signup	Ik doe graag mee met de koffieochtend, en ik wil ook wel helpen met koffie zetten. Vanaf hoe laat?
nl	activity.signup	Ik zou ook graag meegaan met de bus naar het strand, met 2 kinderen
nl	activity.signup	Zet mij en mijn buurman Karel op de lijst voor de bingo
nl	activity.signup	Graag aanmelden voor de Hollandse middag met stamppot, 1 persoon
nl	activity.signup	Ik wil graag meedoen aan de fotowandeling, ik heb een oude camera
nl	activity.signup	Ik ben niet zo sociaal maar ik wil het proberen: de filmavond. Schrijf me in.
nl	activity.signup	Mag ik me nog aanmelden voor de fietstocht of is het al vol?
nl	activity.signup	Ik wil meedoen met samen eten vrijdag, met mijn vriendin erbij
nl	activity.signup	Aanmelding koffieochtend: Ria de Boer, 2 personen
nl	activity.signup	Ik wil graag mee naar de tuinclub dit weekend
nl	activity.signup	Doe mij ook maar mee met de pubquiz, ik neem mijn broer mee
nl	activity.signup	Ik wil me aanmelden voor de zwerfafvalwandeling. Wat moet ik meenemen?
nl	activity.signup	Kan ik mee met tafeltennis? Ik heb nog nooit gespeeld maar ik wil het leren.
nl	activity.signup	Ja graag, ik kom ook naar het vissen op zondag
nl	activity.signup	Ik wil mij inschrijven voor de mozaïekworkshop van de 14e
nl	activity.signup	Ik heb in het overzicht gelezen over yoga in de tuin. Daar wil ik bij zijn.
nl	activity.signup	Mijn cliënt wil voor het eerst naar een activiteit. Kan ik hem aanmelden voor de rustige spelletjesmiddag? Hij vindt drukte lastig.
en	activity.signup	Put me down for the coffee morning please
en	activity.signup	I'd like to join the film night on Friday, can I bring a friend?
en	activity.signup	Sign me up for table tennis!
en	activity.signup	Hi, I would love to join the walking dinner. Two people, me and my partner. We are vegetarian.
en	activity.signup	Can I still join the fishing trip? I've never fished before.
en	activity.signup	I want to register for the first aid course, the mental health one
en	activity.signup	Is there still space at the bingo? I'd like to come with my neighbour.
en	activity.signup	Please add my dad to the coffee morning list, he lives at number 7 and doesn't use the app much
en	activity.signup	I'll join the cooking night, I can bring some Indonesian food
en	activity.signup	Hello, I am international student. I want to join the Dutch conversation group please.
en	activity.signup	Put me on the waitlist for the beach trip if it's full
en	activity.signup	Yes I'd like to come to the barbecue on Saturday with my two kids
en	activity.signup	Can I sign up for the garden club? I have some seeds I could share.
en	activity.signup	I'll be there for the quiz night, just me
en	activity.signup	Me and my roommate want to join the football on Sunday
en	activity.signup	I'm keen on the film night, sign me up
en	activity.signup	Register me for the yoga session in the park please
en	activity.signup	I'd like to take part in the neighbourhood clean-up
en	activity.signup	Could you add me to the board games evening? I'm new and want to meet people.
en	activity.signup	Book a spot for me at the Christmas dinner, no pork please
en	activity.signup	I would like to come to table tennis on Tuesday, I am not very good but I try
en	activity.signup	Please sign up my client for the walk on Sunday, I'll accompany him as his support worker
en	activity.signup	I'd love to join the photography walk, I have a camera
en	activity.signup	I want to go to the craft afternoon with my daughter
nl	activity.cancel	Ik kan helaas niet komen naar de filmavond, wilt u mij afmelden?
nl	activity.cancel	Afmelden voor de koffieochtend van morgen, ik ben ziek
nl	activity.cancel	Goedemiddag, ik had mij opgegeven voor de wandeling van zondag maar mijn knie speelt op. Ik moet helaas afzeggen. Volgende keer graag weer.
nl	activity.cancel	ik kan toch niet bij tafeltennis vandaag
nl	activity.cancel	Mijn man en ik kunnen niet naar het walking dinner, er is iets tussengekomen in de familie
nl	activity.cancel	Sorry, mijn dochter komt logeren, dus ik kom zaterdag niet naar de bingo
nl	activity.cancel	Mijn cliënt meneer Yilmaz komt niet naar de zwerfafvalwandeling, hij heeft een afspraak in het ziekenhuis. Kunt u hem afmelden?
nl	activity.cancel	Ik zeg mijn plek voor de MHFA-cursus af, iemand van de wachtlijst mag hem hebben
nl	activity.cancel	We komen met twee personen minder naar de barbecue, alleen ik kom nog
nl	activity.cancel	Ik wil me afmelden voor samen koken. Het lukt me niet.
nl	activity.cancel	Ik had me aangemeld voor de fietstocht maar mijn fiets is kapot, dus ik kan niet mee. Uitschrijven graag.
nl	activity.cancel	Kan ik me nog afmelden voor het kerstdiner? Ik ga toch naar mijn zus.
nl	activity.cancel	Het spijt me heel erg, maar ik moet de koffieochtend overslaan. Mijn kleinkind is jarig.
nl	activity.cancel	Afzeggen voor filmavond aub
nl	activity.cancel	Ik ben er vanavond niet bij, de vergadering van de woonvereniging, ik voel me niet lekker
nl	activity.cancel	Mevrouw Bos van nummer 8 vroeg mij om haar af te melden voor de bingo, ze heeft zelf geen internet
nl	activity.cancel	Ik voel me niet zo goed vandaag, ik sla het tafeltennis over
nl	activity.cancel	Wil je mij van de lijst halen voor het vissen? Ik heb er geen zin meer in
nl	activity.cancel	ik kan niet komen zondag wandelen, moet werken
nl	activity.cancel	Ik had mij ingeschreven voor de taalcafé maar ik heb nu een cursus op dezelfde tijd. Graag afmelden.
nl	activity.cancel	Doe mijn aanmelding voor het uitje maar weg, ik kan het toch niet betalen
nl	activity.cancel	Mijn vriend en ik zijn helaas verhinderd voor de pubquiz
nl	activity.cancel	Ik kom niet naar het walking dinner. Mijn toetje kan iemand anders maken.
nl	activity.cancel	Sorry, ik was vergeten dat ik dan naar de dokter moet, ik kan niet naar de knutselmiddag
nl	activity.cancel	Beste organisatie, wegens een begrafenis zal ik niet aanwezig zijn bij de koffieochtend van aanstaande woensdag. Wilt u mij daarvoor uitschrijven?
nl	activity.cancel	Kan mijn zoon van de lijst voor voetbal? Hij heeft zijn enkel verstuikt.
nl	activity.cancel	Ik zeg af voor de yoga, het regent te hard om buiten te zitten
nl	activity.cancel	Ik doe niet meer mee met de tuinclub, het is te zwaar voor mijn rug
nl	activity.cancel	Graag mij afmelden voor de mozaïekworkshop, ik ben die dag in Rotterdam
nl	activity.cancel	Ik heb me vergist, ik kan vrijdag niet bij samen eten. Streep me maar door.
nl	activity.cancel	Ik durf toch niet naar de filmavond, het is te druk voor mij. Kunt u me afmelden?
nl	activity.cancel	Ik ben ziek, dus ik kom morgen niet naar de opruimactie. Sorry!
nl	activity.cancel	Ik kom deze maand niet meer naar het klaverjassen
nl	activity.cancel	Mijn begeleider kan niet mee, dus ik ga ook niet naar het uitstapje. Afmelden graag.
nl	activity.cancel	uitschrijven voor de bingo, er is iets tussen gekomen
nl	activity.cancel	Dag, ik moet jammer genoeg de fotowandeling laten schieten. Mijn camera ligt bij de reparateur. Misschien een andere keer.
nl	activity.cancel	Ik wil mijn plek in het strandbusje teruggeven, mijn kinderen zijn dat weekend bij hun vader
nl	activity.cancel	We komen toch niet naar het buurtfeest, de baby is ziek
en	activity.cancel	I can't make it to the film night after all, please cancel my spot
en	activity.cancel	Take me off the list for the coffee morning, sorry
en	activity.cancel	Hi, I signed up for the fishing trip but something came up at work. Could you remove me?
en	activity.cancel	I won't be at table tennis tonight, feeling sick
en	activity.cancel	Please cancel my registration for the walking dinner, for both of us
en	activity.cancel	Sorry, I have to drop out of the first aid course, exams are coming up
en	activity.cancel	My dad can't come to the coffee morning tomorrow, he has a doctor's appointment. Can you take his name off?
en	activity.cancel	Unfortunately I will not be able to attend the neighbourhood clean-up on Saturday. Apologies.
en	activity.cancel	cancel me for bingo pls
en	activity.cancel	Excuse me, I make registration for cooking night but now I cannot come. My work change the hours. Sorry.
en	activity.cancel	I'm not going to the barbecue anymore, you can give my place to someone on the waitlist
en	activity.cancel	I'd like to withdraw from the yoga sessions, my back hurts too much
en	activity.cancel	Something came up, I'll have to skip the quiz night
en	activity.cancel	My client won't be able to join the walk this Sunday, please remove him from the list
en	activity.cancel	Sadly we have to cancel for the Christmas dinner, we'll be travelling
en	activity.cancel	I think I'll pass on the board games evening after all, too tired this week
en	activity.cancel	Can you remove my kids from the beach trip? They're both sick
en	activity.cancel	Not coming to the garden club on Saturday, sorry guys
en	activity.cancel	I need to cancel my seat on the bus to the zoo, my visa appointment is that day
en	activity.cancel	Please take me out of the Dutch conversation group, I found another course
en	activity.cancel	I'm afraid I have to bail on the photo walk, my camera broke
nl	activity.create	Ik zou graag een wandeling organiseren op zondagochtend, wie wil er mee?
nl	activity.create	Goedemiddag. Ik ben gepensioneerd timmerman en ik zou het leuk vinden om een klusmiddag te organiseren, waarbij ik buren help met kleine dingen in huis. Hoe kan ik dat opzetten?
nl	activity.create	Kunnen we een kookavond opzetten? Ik kook graag Surinaams.
nl	activity.create	Ik wil een schaakclub beginnen in de gezamenlijke ruimte
nl	activity.create	Mag ik een vismiddag organiseren bij de vijver? Ik heb hengels genoeg.
nl	activity.create	Ik heb het idee om elke maand een kledingruilmarkt te houden. Wie helpt?
nl	activity.create	Zou het mogelijk zijn dat ik een breiclub begin op woensdagmiddag? Ik heb zelf veel wol liggen.
nl	activity.create	ik wil een voetbaltoernooi maken voor de kinderen van het blok
nl	activity.create	Ik ben vrijwilliger bij de woonvereniging en wil een nieuwe activiteit aanmaken: een zwerfafvalwandeling op 12 april om 10 uur, verzamelen bij de ingang.
nl	activity.create	Laten we een buurtbarbecue doen in juni! Ik regel de barbecue.
nl	activity.create	Als begeleider wil ik graag samen met een paar bewoners een tafeltennismiddag organiseren. Kan ik de gemeenschappelijke ruimte reserveren en het aankondigen?
nl	activity.create	Ik wil graag een taalcafé opzetten voor nieuwe bewoners die Nederlands willen oefenen. Ik ben oud-lerares.
nl	activity.create	Mijn idee: een filmavond met Turkse films, met ondertitels. Ik neem de films mee.
nl	activity.create	Kan ik een activiteit toevoegen? Samen tuinieren in de moestuinbakken, zaterdag 14:00.
nl	activity.create	Ik wil een praatgroep beginnen voor mensen die iemand verloren hebben. Mag dat via jullie?
nl	activity.create	Ik wil graag iets organiseren voor de kinderen in de herfstvakantie, een knutselmiddag of zo.
nl	activity.create	Wie wil er met mij een kerstmarkt organiseren in de hal?
nl	activity.create	Ik speel gitaar en zou een muziekavond willen houden, buren kunnen meezingen of zelf spelen
nl	activity.create	Ik kom uit Eritrea en ik kan heel goed injera maken. Ik wil een keer voor de buren koken, een eet-avond. Hoe kan ik dat doen?
nl	activity.create	Een koffieochtend op zaterdag zou fijn zijn voor mensen die doordeweeks werken. Ik wil die wel organiseren.
nl	activity.create	Ik wil een klaverjasavond opstarten, elke eerste vrijdag van de maand
nl	activity.create	Zullen we een fietstocht langs de Vecht houden? Ik weet een mooie route en wil het wel regelen.
nl	activity.create	Mag ik yogales geven in de tuin? Ik ben gediplomeerd docent en doe het gratis.
nl	activity.create	Ik wil een repair café beginnen, ik ben handig met elektra en naaimachines
nl	activity.create	Graag wil ik een avond organiseren waar buren elkaar kunnen leren kennen, met hapjes uit verschillende landen
nl	activity.create	Ik wil een wandelgroep starten voor mensen die niet zo snel lopen, elke dinsdag een rondje door het park
nl	activity.create	Hoe maak ik een nieuwe activiteit aan in de app? Ik wil een spelletjesavond houden.
nl	activity.create	Ik zou graag een fotografiecursus willen geven aan buren. Wie heeft interesse?
nl	activity.create	Wat zou het leuk zijn om een gezamenlijke moestuin te beginnen. Ik wil dat wel trekken.
nl	activity.create	Ik wil een bingo organiseren voor de ouderen in het complex, met kleine prijsjes
nl	activity.create	Zullen we met de buurt een sinterklaasfeest houden voor de kinderen? Ik wil het regelen.
nl	activity.create	Ik heb een idee voor een activiteit: samen naar de markt en daarna samen koken. Kan ik dat opzetten?
nl	activity.create	Ik wil graag een pubquiz organiseren in het buurthuis, ik maak zelf de vragen
nl	activity.create	Mijn cliënt houdt van vissen en wil graag zelf een vismiddag organiseren met buren. Hoe kunnen we dat samen aanpakken?
nl	activity.create	Er is hier niks voor jongeren. Ik wil een gameavond organiseren in de gezamenlijke ruimte.
nl	activity.create	Kan ik een nieuwe activiteit starten: schilderen voor beginners?
nl	activity.create	Ik wil in het voorjaar een schoonmaakactie in het trappenhuis organiseren met iedereen
nl	activity.create	Is het goed als ik op Koningsdag een vrijmarkt voor de deur organiseer voor de buren?
nl	activity.create	Ik wil een keer een Marokkaanse theemiddag houden voor alle buren, iedereen welkom
en	activity.create	I'd like to organise a walk on Sunday morning, anyone interested?
en	activity.create	Could I start a board game night in the common room? Every other Friday maybe.
en	activity.create	Hi! I'm an exchange student from Spain. I would love to organise a tapas evening for the neighbours to get to know each other. How can I set this up?
en	activity.create	I want to set up a running group, beginners welcome
en	activity.create	Can I create a new activity? Guitar jam session, Saturday 4pm
en	activity.create	Let's do a litter picking walk next month, I'll bring bags and gloves
en	activity.create	I'm a retired nurse and I could host a small first aid info session for residents. Who do I talk to?
en	activity.create	I'd like to start a book club, English and Dutch books both fine
en	activity.create	Would it be possible to organise a movie night in the garden with a projector? I have one.
en	activity.create	I want to organise a football match between our building and the one across the street
en	activity.create	Thinking of starting a language exchange: I teach English, you teach me Dutch. Can I post that as an activity?
en	activity.create	As the support worker for two residents here, I'd like to set up a weekly table tennis session with them and any neighbours who want to join.
en	activity.create	I want to host a potluck dinner on the 20th in the common room
en	activity.create	Could we organise a kids' craft afternoon during the holidays? I can lead it.
en	activity.create	I'd like to plan a fishing afternoon at the canal, I have extra rods
en	activity.create	How do I add an event? I want to do a plant swap.
en	activity.create	Let me organise a bike repair workshop, I fix bikes as a hobby
en	activity.create	I want to start a knitting circle on Wednesday afternoons
en	activity.create	Excuse me, in my country we do a big neighbour party at new year. I want to make this here also, in the common room. Is possible?
en	activity.create	I'd like to run a yoga class in the garden on Sunday mornings, free of charge
en	activity.create	Can I organise a clean-up of the shared garden before spring?
nl	defect.report	Goedemorgen, ik wil graag melden dat er sinds gisteren water op de vloer van mijn badkamer staat. Het lijkt onder het bad vandaan te komen. Ik heb al handdoeken neergelegd maar het blijft komen.
nl	defect.report	De voordeur van het complex valt niet meer in het slot, iedereen kan zo naar binnen lopen
nl	defect.report	Mijn radiator in de woonkamer blijft koud, ook als ik hem helemaal opendraai
nl	defect.report	De lift is vanochtend tussen de tweede en de derde verdieping blijven hangen. Er zat gelukkig niemand in, maar hij doet het nu nog steeds niet.
nl	defect.report	De lamp in het trappenhuis brandt niet, al een week, je ziet 's avonds geen hand voor ogen
nl	defect.report	Er zit schimmel op het plafond van mijn slaapkamer, zwarte vlekken, en het ruikt muf
nl	defect.report	Het rookalarm in de gang piept steeds, elke minuut een piepje. Volgens mij moet de batterij vervangen worden.
nl	defect.report	Mijn wc blijft doorlopen, ik hoor de hele nacht water
nl	defect.report	ik heb geen warm water sinds vanochtend
nl	defect.report	Het raam in mijn keuken gaat niet meer dicht, de klink draait rond
nl	defect.report	Er lekt water door het plafond van mijn woonkamer, denk ik van de buren boven. Er staat nu een emmer.
nl	defect.report	De deur van de fietsenkelder sluit niet meer goed, hij blijft op een kier staan
nl	defect.report	Bij de brievenbussen is het licht uit, ik kan mijn post niet eens lezen
nl	defect.report	Goedemiddag. Namens mevrouw Hendriks, nummer 4, meld ik dat haar verwarming niet aangaat. Ze is 88 en zit nu met een deken op de bank. Kan er snel een monteur komen?
nl	defect.report	In de gootsteen loopt het water niet weg, het blijft staan en het stinkt
nl	defect.report	Mijn voordeur klemt heel erg, ik krijg hem bijna niet open
nl	defect.report	De brandblusser op de galerij is leeg, hij moet vervangen worden
nl	defect.report	Bij de ingang ligt een tegel los, ik ben er bijna over gestruikeld
nl	defect.report	De automatische deur bij de hoofdingang gaat niet meer open voor rolstoelen
nl	defect.report	Sorry mijn Nederlands. In mijn keuken, het ding voor de damp boven het fornuis, maakt groot lawaai en zuigt niet.
nl	defect.report	Er zit een scheur in het raam van de slaapkamer, het tocht enorm
nl	defect.report	Het slot van mijn voordeur draait heel stroef, ik ben bang dat ik straks buitengesloten sta
nl	defect.report	De stopcontacten in de keuken doen het niet meer, de rest van het huis wel
nl	defect.report	Het dakraam lekt als het regent, er druppelt water op mijn bed
nl	defect.report	De lift maakt rare geluiden en stopt soms met een schok. Mijn moeder durft er niet meer in.
nl	defect.report	De verlichting op de parkeerplaats is uit, het is daar stikdonker
nl	defect.report	Mijn balkondeur sluit niet goed, er komt kou en regen binnen
nl	defect.report	Ik heb vocht op de muur achter mijn bank, het behang laat los
nl	defect.report	De douche wordt niet warm, alleen lauw, al dagen
nl	defect.report	In het trappenhuis hangt een draad uit het plafond waar vroeger een lamp zat
nl	defect.report	Mijn brievenbus gaat niet meer open, het sleuteltje wil niet draaien
nl	defect.report	Er zitten muizen in de kruipruimte, ik hoor ze 's nachts. Wie moet dat oplossen?
nl	defect.report	De galerijverlichting blijft de hele dag aan en is 's nachts juist uit
nl	defect.report	De thermostaat geeft een foutmelding en de ketel slaat steeds af
nl	defect.report	Waar kan ik een reparatie melden? Mijn keukenkastje hangt scheef en het deurtje valt eraf.
nl	defect.report	De afzuiging in mijn badkamer doet niks meer, de spiegel is altijd beslagen en er komt schimmel
nl	defect.report	De deurbel werkt niet, mensen moeten kloppen
nl	defect.report	Er loopt water langs de buitenmuur naar binnen bij mijn slaapkamerraam
nl	defect.report	De verwarming in de gemeenschappelijke ruimte is koud, we zaten vanochtend bij de koffie in onze jas
nl	defect.report	Beste corporatie, het hek achter het complex hangt uit zijn scharnieren en slaat steeds tegen de muur als het waait. Dat geeft 's nachts veel lawaai en het is ook niet veilig.
nl	defect.report	De lift staat al sinds vrijdag stil, ik woon op de vijfde en heb een rollator
nl	defect.report	de lamp bij de voordeur gaat steeds aan en uit, hij flikkert
nl	defect.report	Mijn toilet is verstopt en ik heb het al met een ontstopper geprobeerd
nl	defect.report	Er lekt iets onder mijn aanrecht, het kastje is helemaal nat en het hout zwelt op
nl	defect.report	De aansluiting van mijn wasmachine lekt, er staat steeds een plas water
nl	defect.report	De rolluiken in mijn slaapkamer blijven halverwege hangen
nl	defect.report	Er zit een gat in de vloer van de galerij waar je met je hak in kan blijven steken
nl	defect.report	De gezamenlijke wasmachine in de kelder pompt het water niet weg
nl	defect.report	Er is een raar geluid in de muur, alsof er water stroomt, ook als niemand iets gebruikt
nl	defect.report	Ik kom uit Polen, woon hier half jaar. Mijn verwarming maak geluid tik tik tik en blijf koud. Wie kan komen kijken?
nl	defect.report	De trap naar de kelder heeft een losse leuning, daar kan iemand vallen
nl	defect.report	Het licht in de lift doet het niet, je staat in het donker
nl	defect.report	Mijn keukenraam is beslagen aan de binnenkant, tussen de twee glazen in
nl	defect.report	Sinds het onweer heb ik geen stroom meer in de slaapkamer, de groep springt er steeds uit
nl	defect.report	De lamp in de hal van de derde verdieping brandt niet meer sinds het weekend
nl	defect.report	Mijn sleutel van de gezamenlijke ruimte past niet meer, het slot zit vast of is vervangen
nl	defect.report	Mijn badkamer heeft overal zwarte plekjes in de voegen, hoe vaak ik ook poets
nl	defect.report	Er ligt water op de vloer van de lift, volgens mij lekt er iets van boven
nl	defect.report	Mijn voordeur gaat niet meer op slot, de sleutel draait door
nl	defect.report	Goedemorgen, graag een monteur voor de cv-ketel. De druk zakt elke dag naar nul en ik moet steeds bijvullen.
nl	defect.report	De poort van de fietsenstalling gaat niet meer open met de pas
nl	defect.report	Op de muur in de hal zit een grote natte plek die steeds groter wordt
nl	defect.report	Het is ijskoud in mijn huis, de verwarming doet helemaal niks! Ik heb het al twee keer gemeld bij de corporatie maar niemand komt.
nl	defect.report	De dakgoot loopt over, het water klettert op mijn balkon
nl	defect.report	Mijn kraan in de keuken blijft druppelen, ook als ik hem heel hard dichtdraai
nl	defect.report	Er hangt een rioollucht bij het afvoerputje in de douche
nl	defect.report	De buitenlamp bij de containers is uit, je kunt daar 's avonds niets zien
nl	defect.report	Het glas in de deur van het trappenhuis is gebarsten
nl	defect.report	Mijn mechanische ventilatie maakt zo'n herrie dat ik niet kan slapen
nl	defect.report	Een stuk van het plafond in mijn gang is naar beneden gekomen, er ligt gruis op de grond
nl	defect.report	De deur naar het dak staat altijd open omdat hij niet meer in het slot valt
nl	defect.report	De lichtschakelaar in mijn woonkamer geeft een schokje als ik hem aanraak
nl	defect.report	Er staat al twee dagen een laagje water in de kelderberging, mijn dozen zijn nat geworden
nl	defect.report	Het hangslot van de vuilnisruimte is verroest, ik krijg het niet meer open
nl	defect.report	De rookmelder in mijn slaapkamer reageert nergens op als ik op het testknopje druk
nl	defect.report	De inbouwoven in mijn keuken wordt niet meer warm
en	defect.report	There's water all over my bathroom floor, seems to come from under the sink
en	defect.report	The front door of the building doesn't close properly, anyone can walk in
en	defect.report	My radiator has been cold for three days
en	defect.report	The lift stopped between floors yesterday with me inside for 20 minutes. It's running again but it's jerky and scary.
en	defect.report	Hallway light on the 2nd floor is out, pitch dark at night
en	defect.report	I have black mould in my bedroom, on the ceiling and behind the wardrobe
en	defect.report	The intercom doesn't work, my guests can't buzz me
en	defect.report	My toilet keeps running all night, I can hear it through the wall
en	defect.report	Hi, I'm a student living in room 14. The window won't close all the way and it's freezing in here. Who do I contact?
en	defect.report	The smoke detector in the corridor keeps chirping every minute
en	defect.report	Water is dripping through my ceiling from the flat above
en	defect.report	The bike shed door is stuck and won't open with my key
en	defect.report	Dear housing team, I'd like to report that the heating in my flat makes a loud banging noise every morning and only gets lukewarm. I have a newborn, so it's quite urgent for us.
en	defect.report	The sink is clogged and the water smells
en	defect.report	My front door lock is really stiff, I'm worried I'll get locked out
en	defect.report	There's a loose tile at the entrance, someone's going to trip
en	defect.report	The automatic doors at the entrance won't open for wheelchairs
en	defect.report	There's a big damp patch on my living room wall
en	defect.report	My balcony door doesn't shut, rain comes in
en	defect.report	The light in the lift is out
en	defect.report	Sorry for my English. In my kitchen the water come out under the cupboard, floor is wet every day.
en	defect.report	My shower only gives cold water
en	defect.report	Mailbox lock is jammed, can't get my post out
en	defect.report	Skylight leaks every time it rains
en	defect.report	The lift has been out of service since Friday and I live on the 6th floor with a pram
en	defect.report	Sockets in my kitchen have no power
en	defect.report	The extractor fan in my bathroom does nothing
en	defect.report	The parking lot lights are out, it feels unsafe at night
en	defect.report	There's a crack in my bedroom window and cold air comes in
en	defect.report	Brown water coming out of the tap, is that normal?
en	defect.report	The boiler keeps losing pressure and shutting off
en	defect.report	Rats in the bin storage room, they've chewed a hole through the door
en	defect.report	My blinds are stuck halfway
en	defect.report	The stair railing to the basement is loose
en	defect.report	The doorbell isn't working
en	defect.report	The lamp outside my door keeps flickering on and off
en	defect.report	Toilet's blocked and I've tried everything
en	defect.report	Part of my ceiling plaster came down in the hallway
en	defect.report	The gate to the garden is hanging off its hinges and bangs all night
en	defect.report	Excuse me, the heater in my room, it make noise like knocking and is not hot. I put my hand, it's cold. Please someone check.
en	defect.report	Fire extinguisher on our floor is missing, just the empty bracket
nl	card.show	Goedemiddag, ik ben nieuw hier. Is er een lijstje met telefoonnummers van wie ik waarvoor moet bellen? Bijvoorbeeld voor reparaties en voor de begeleiding.
nl	card.show	Wie moet ik eigenlijk bellen als de lift in het weekend een keer vastzit?
nl	card.show	Hoe kan ik de begeleiders 's nachts bereiken?
nl	card.show	Mag ik de buurtkaart nog een keer zien?
nl	card.show	Welk nummer bel ik voor buurtbemiddeling?
nl	card.show	ik ben mn briefje kwijt met alle nummers erop, kan je die nog een keer sturen
nl	card.show	Wie is hier de contactpersoon van de woonvereniging en hoe bereik ik die?
nl	card.show	Hebben jullie tips hoe je een buurman vriendelijk aanspreekt als er iets is?
nl	card.show	Welk nummer moet ik bellen als er ooit brand is?
nl	card.show	Wat is het nummer van de huisartsenpost hier in de buurt?
nl	card.show	Waar vind ik het nummer van de storingsdienst voor de verwarming?
nl	card.show	Goedemorgen, mijn moeder woont op nummer 10 en ik zou graag de gegevens van haar begeleidingsorganisatie hebben, zodat ik ze kan bellen als er iets is.
nl	card.show	Bij wie kan ik terecht als ik een klacht heb over de corporatie zelf?
nl	card.show	Hoe heet de wijkagent en wanneer heeft die spreekuur?
nl	card.show	Wat is het nummer voor als ik 's nachts met iemand wil praten?
nl	card.show	Kun je de buurtkaart sturen?
nl	card.show	Staat het nummer van de voedselbank op de buurtkaart?
nl	card.show	Welke nummers moet ik in mijn telefoon zetten voor noodgevallen? Ik wil voorbereid zijn.
nl	card.show	Wie is de beheerder van het gebouw en hoe bereik ik hem?
nl	card.show	Waar kan ik het nummer van de schuldhulp van de gemeente vinden?
nl	card.show	Ik heb geen internet thuis. Kunt u mij de belangrijke nummers sturen, dan schrijf ik ze op.
nl	card.show	Wat zijn de openingstijden van het buurtteam en waar zitten ze?
nl	card.show	Mijn telefoon is nieuw en alle nummers zijn weg. Welk nummer had de begeleiding ook alweer?
nl	card.show	Heeft u tips voor als ik ooit gas ruik? Wat moet ik dan doen? Gewoon om te weten.
nl	card.show	Wie kan ik bellen voor ongedierte?
nl	card.show	Hoe bereik ik de huismeester van het complex?
nl	card.show	Wat is het nummer van de politie als het geen spoed is?
nl	card.show	Wat is het nummer van de dierenambulance, voor als ik ooit een gewond dier vind?
nl	card.show	Is er een telefoonnummer van slachtofferhulp?
nl	card.show	Waar staan de telefoonnummers van de buurt? In de app kan ik ze niet vinden.
nl	card.show	Ik spreek weinig Nederlands. Nummer van tolk of iemand die Arabisch spreekt, heeft u dat?
nl	card.show	Wie moet ik bellen als ik 's avonds laat mijn sleutel kwijt ben?
nl	card.show	Kunt u mij het e-mailadres van de woonvereniging geven?
nl	card.show	Wat is het nummer van de wijkverpleging?
nl	card.show	Heeft u tips voor wat ik kan doen als een buurman boos voor mijn deur staat? Het is nu niet zo, ik wil het gewoon weten voor later.
nl	card.show	Waar vind ik de gegevens van buurtbemiddeling? Ik wil het opschrijven voor het geval dat.
nl	card.show	Welk nummer heeft het sociaal raadsliedenwerk?
en	card.show	Could you show me the neighbourhood card?
en	card.show	Hi, I'm new here. Is there a list of useful numbers, like the landlord, support workers and so on?
en	card.show	How do I reach a support worker at night?
en	card.show	What's the emergency number in the Netherlands? Just so I know.
en	card.show	Who is the contact person for the residents' association?
en	card.show	Is there a non-emergency police number?
en	card.show	What number do I call for a GP after hours?
en	card.show	Where can I find the housing corporation's phone number?
en	card.show	Any tips on how to talk to a neighbour about something without starting a fight?
en	card.show	Can you send me the number for neighbourhood mediation?
en	card.show	I lost the sheet with all the phone numbers, can you resend it?
en	card.show	Who do I contact about pest control?
en	card.show	What should I do if I ever smell gas? Who do I call?
en	card.show	My mother lives here and I'd like the contact details of her care organisation, just in case.
en	card.show	Is there a helpline number I can save for nights when I feel low?
en	card.show	Who's the building manager and how do I reach them?
en	card.show	Excuse me, where I find the number for the interpreter service?
en	card.show	Email address of the housing corporation please
en	card.show	Which number do I call if I'm locked out?
nl	greeting	Goedemorgen allemaal!
nl	greeting	Dank u wel voor uw hulp, ik ben er erg blij mee.
nl	greeting	Hoe gaat het met u?
nl	greeting	Oké, dank je.
nl	greeting	Hallo, ik ben Henk van nummer 5. Ik wilde even zeggen dat ik het fijn vind dat jullie er zijn.
nl	greeting	Bedankt, de monteur is geweest en alles is weer in orde. Heel fijn.
nl	greeting	Wat een mooi weer vandaag hè, lekker om buiten te zitten.
nl	greeting	goed zo 👍
nl	greeting	Goedenavond, ik hoop dat het goed met u gaat.
nl	greeting	Dank je wel, je hebt me echt geholpen vandaag.
nl	greeting	Prima, zo doen we het
nl	greeting	Ik wou alleen even gedag zeggen 😊
nl	greeting	Duizendmaal dank, de begeleider heeft me gebeld en het is opgelost.
nl	greeting	Fijn weekend gewenst!
nl	greeting	Goedemiddag, met mevrouw Van Dijk. Hoe is het ermee?
nl	greeting	Dag hoor, tot de volgende keer
nl	greeting	Het was gezellig bij de koffieochtend vanmorgen, dank aan iedereen!
nl	greeting	Ik heb geen vragen meer, dank u.
nl	greeting	Welterusten iedereen
nl	greeting	Bedankt voor het snelle antwoord 🙏
nl	greeting	Gaat goed met mij, en met jou?
nl	greeting	Hallo, mijn naam is Fatima. Ik woon hier nieuw. Ik wil zeggen hallo tegen iedereen.
nl	greeting	Nou, dat was het dan. Tot ziens!
nl	greeting	Heel vriendelijk van u, dank u.
nl	greeting	Ik begrijp het, dank u voor de uitleg.
nl	greeting	Alles goed hier hoor, gewoon even een berichtje.
nl	greeting	Fijne feestdagen en een gezond nieuwjaar voor iedereen in het complex!
nl	greeting	Wat fijn dat het weer lente is, ik heb vanmorgen de eerste merel gehoord.
nl	greeting	Hartelijk bedankt, ik weet nu wat ik moet doen.
nl	greeting	Doei, tot later!
nl	greeting	Jij bent een slimme robot hoor 😄
nl	greeting	Goedenavond, alles rustig vandaag?
nl	greeting	Ik ben blij dat ik hier woon, dat wilde ik even kwijt.
nl	greeting	Hoi, ik ben er weer
nl	greeting	Oké, ik wacht wel af. Bedankt.
nl	greeting	Ik ga nu slapen, tot morgen
nl	greeting	Mooi zo, dank je wel
nl	greeting	Namens mijn vader wil ik u hartelijk bedanken voor de hulp van afgelopen week. Hij is er erg mee geholpen.
nl	greeting	Alles is goed, dank u. En met u?
nl	greeting	Hallo allemaal, fijne dag!
nl	greeting	Ja hoor, geen probleem
nl	greeting	Dankjewel buurtbot, je bent een schat ❤️
nl	greeting	Sorry dat ik gisteren zo boos was, het was een slechte dag. Dank voor uw geduld.
nl	greeting	Goedemorgen, het is koud vandaag hè
nl	greeting	Ik lees het, bedankt!
nl	greeting	Tot ziens en nog een fijne dag
en	greeting	Thanks a lot, that really helped
en	greeting	Good morning everyone 😊
en	greeting	Have a nice weekend!
en	greeting	Thank you so much for your help, the repair guy came this morning
en	greeting	Hello, I'm Anna from the third floor, just saying hi
en	greeting	Great, thanks for letting me know
en	greeting	Nice weather today, isn't it?
en	greeting	I'm fine thanks, how about you?
en	greeting	Thanks, you're a lifesaver
en	greeting	ok thanks 🙂
en	greeting	Alright, got it
en	greeting	Hello, my name is Kwame, I am new here from Ghana. Nice to meet you all.
en	greeting	Sorry for being rude yesterday, I was stressed. Thanks for your patience.
en	greeting	Thanks, have a good evening
en	greeting	Good afternoon!
en	greeting	Much appreciated
en	greeting	That's all for now, thank you
en	greeting	Happy new year to all the neighbours!
en	greeting	You're a clever bot 😄
en	greeting	Thank you very much, I understand now
en	greeting	Hey, how's it going?
nl	unknown	Hoe laat gaat de supermarkt dicht op zondag?
nl	unknown	Kunt u mij vertellen wie de wedstrijd van Ajax heeft gewonnen?
nl	unknown	asdfjkl ghhh
nl	unknown	Kunt u een pizza voor mij bestellen?
nl	unknown	Ik heb gisteren een hele mooie reiger gezien bij de vijver.
nl	unknown	Wat is het recept voor erwtensoep?
nl	unknown	Mijn kleinzoon heeft een nieuwe baan bij de bank
nl	unknown	Kun je een gedicht voor mij schrijven over de herfst?
nl	unknown	Hoeveel kost een treinkaartje naar Maastricht?
nl	unknown	Weet u of de bibliotheek morgen open is?
nl	unknown	Ik lach me dood om dat filmpje van die kat 😂
nl	unknown	Wie wordt de nieuwe minister-president?
nl	unknown	Wat vindt u van de nieuwe burgemeester?
nl	unknown	kkkkkkkkkk jjj
nl	unknown	Kun je Turks praten?
nl	unknown	Ik wil een nieuwe bank kopen, welke kleur past bij groen behang?
nl	unknown	Mijn kat heet Minoes.
nl	unknown	Wat is 15 keer 23?
nl	unknown	Hoe kan ik een eigen huis kopen in Utrecht?
nl	unknown	Kun je mijn horoscoop voorlezen?
nl	unknown	Heeft u een goede mop voor mij?
nl	unknown	Waarom heet jij eigenlijk buurtbot?
nl	unknown	Die film van gisteren op tv was echt vuurwerk, wat een spanning
nl	unknown	ik ga dood van de honger, wat zal ik eens eten vanavond
nl	unknown	Waar haal ik de lekkerste patat van de stad?
nl	unknown	Hoeveel graden is het nu buiten?
nl	unknown	Verkoopt iemand hier toevallig een tweedehands fiets?
nl	unknown	Wat betekent het woord 'omzichtig'?
nl	unknown	Wanneer is de volgende zonsverduistering?
nl	unknown	Ik heb de loterij weer niet gewonnen.
nl	unknown	Bent u een echt mens of een computer?
nl	unknown	hmmm tja nou
nl	unknown	Wat zijn de openingstijden van het zwembad?
nl	unknown	Welke trein moet ik nemen naar Schiphol?
nl	unknown	Mijn ex heeft een nieuwe vriendin, wat vind jij daarvan
nl	unknown	xjdk lol
nl	unknown	Ik heb vandaag 10.000 stappen gelopen!
nl	unknown	Wanneer was de Tweede Wereldoorlog afgelopen?
nl	unknown	Kunt u mijn Facebook-wachtwoord resetten?
nl	unknown	Mag ik in mijn tuin een schuur bouwen zonder vergunning?
nl	unknown	Wat is de beste verzekering voor mijn auto?
nl	unknown	De koffie is op.
nl	unknown	Die nieuwe rapper is echt vuur, heb je hem al gehoord?
nl	unknown	bliep bloep
nl	unknown	Hoe zeg je 'dankjewel' in het Chinees?
nl	unknown	Ik vind dat de gemeente meer bomen moet planten in de stad.
nl	unknown	Hoeveel inwoners heeft Utrecht eigenlijk?
nl	unknown	Wat is jouw lievelingskleur?
nl	unknown	Kun je me helpen met mijn wiskundehuiswerk?
nl	unknown	Is het waar dat de aarde plat is?
nl	unknown	Ik wil een tatoeage laten zetten, doet dat erg pijn?
nl	unknown	??? wat
nl	unknown	Welke voetbalclub is de beste van Nederland?
en	unknown	jjjjjjj kkk
en	unknown	What's the capital of Canada?
en	unknown	Can you recommend a good Thai restaurant near Utrecht Centraal?
en	unknown	That new album is fire honestly
en	unknown	I'm dying of laughter at this meme 😂
en	unknown	How do I convert euros to dollars?
en	unknown	Is it true that Dutch people eat sprinkles on bread?
en	unknown	What time does the train to Amsterdam leave?
en	unknown	My cat just knocked over my plant lol
en	unknown	What's the best phone plan for students here?
en	unknown	Can you help me with my thesis on Dutch housing policy?
en	unknown	asdf qwerty
en	unknown	What's 2+2?
en	unknown	Are you ChatGPT?
en	unknown	I killed it at my job interview today
en	unknown	How do I say 'bicycle' in Dutch?
en	unknown	Where can I buy a cheap second-hand bike in Utrecht?
en	unknown	What do you think about the elections?
en	unknown	Write me a poem about rain
en	unknown	My football team lost again, I'm devastated haha
en	unknown	Can you book a table for two at a restaurant?
en	unknown	Why don't Dutch people use curtains?
en	unknown	hm hm hmm
en	unknown	Is the museum open on Mondays?
en	unknown	What's your favourite movie?
en	unknown	The stars were so bright tonight
en	unknown	Can you teach me how to play chess?
en	unknown	How many calories are in a stroopwafel?
`;

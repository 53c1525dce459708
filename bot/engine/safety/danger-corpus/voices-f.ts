/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: Dutch and English
 * as a second language (grammar errors, wrong articles, phonetic spelling, words circled around).
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesF = String.raw`
# voices-f.tsv: training lines for the Buurtbot danger model (emergency yes/no)
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; date 2026-12-07
# voices: Dutch as a second language (Turkish, Moroccan, Polish, Syrian, Eritrean, Somali, Ukrainian, Afghan backgrounds: wrong de/het, infinitives, verb order, phonetic spelling, words circled around, a home-language word now and then) and non-native English from many countries
# format: language<TAB>label<TAB>kinds<TAB>text; language nl|en; label danger|calm; kinds comma-separated from unresponsive,fall,overdose,fire,gas,violence,threat,break_in,self_harm, or - for calm
# counts: 802 lines; 423 danger, 379 calm; 479 nl, 323 en
# per kind (multi-kind lines count for each kind): unresponsive 47, fall 47, overdose 47, fire 47, gas 47, violence 48, threat 47, break_in 47, self_harm 50 (3 lines carry two kinds)
nl	danger	unresponsive	mijn buurman liggen op de grond hij niet wakker worden help
nl	danger	unresponsive	de man van nummer 14 zit op bank en geeft geen antwoord, ik roep roep maar niks
nl	danger	unresponsive	vrouw in de lift is omgevallen en ze doet haar ogen niet open
nl	danger	unresponsive	hij ademen heel raar en niet reageren wat moet ik doen
nl	danger	unresponsive	mijn moeder niet meer wakker, ik schud haar maar niks, alstublieft snel
nl	danger	unresponsive	beneden bij de brievenbussen ligt een meneer, hij beweegt niet
nl	danger	unresponsive	ik denk hij is flauw gevallen, gezicht helemaal wit en hij zegt niks meer
nl	danger	unresponsive	buurvrouw zit in stoel met hoofd naar beneden, ik klop op raam maar ze reageert niet
nl	danger	unresponsive	kom snel, de jongen op het trap is niet wakker te krijgen
nl	danger	unresponsive	mijn man is ineens omgevallen in keuken, hij praat niet
nl	danger	unresponsive	wallahi hij is niet wakker, ik heb water op zijn gezicht gedaan en nog steeds niks
nl	danger	unresponsive	de oude meneer van 3 hoog ligt in de gang, ogen open maar hij kijkt niet naar mij
nl	danger	unresponsive	ik vind mijn huisgenoot in badkamer, hij is blauw bij de lippen
nl	danger	unresponsive	er ligt iemand bij de fietsenstalling al lang, ik praat met hem maar geen reactie
nl	danger	unresponsive	mijn vader is zomaar in elkaar gezakt tijdens het eten
nl	danger	unresponsive	buurman zit tegen de muur, hoofd hangt, hij hoort mij niet
nl	danger	unresponsive	hij is niet bij... hoe zeg je, bewust? hij slaapt maar niet normaal slapen, ik krijg hem niet terug
nl	danger	unresponsive	baby van buurvrouw is helemaal slap en huilt niet meer, ze schreeuwt om hulp
nl	danger	unresponsive	mijn oma doet niet meer open haar ogen, ik heb haar geroepen tien keer
nl	danger	unresponsive	meneer valt om in het bushokje en nu hij ligt stil, niemand helpt
nl	danger	unresponsive	ik knijp in zijn hand maar hij knijpt niks terug
nl	danger	unresponsive	zij was aan het praten en toen ineens weg, ze reageer niet
nl	danger	unresponsive	kzie door raam buurman op vloer liggen sinds vanochtend, deur op slot, hij beweegt niet
nl	danger	unresponsive	hij snurken heel raar zoals borrelen en ik krijg hem niet wakker
nl	danger	unresponsive	de vrouw in de wasruimte liggen, ik denk niet ademen
nl	danger	unresponsive	mijn broer ligt op de bank, hij is koud en hij reageert nergens op
nl	danger	unresponsive	help ogen dicht geen adem
en	danger	unresponsive	my neighbour is lying on floor and he not wake up
en	danger	unresponsive	man in hallway is not moving, I call him many times no answer
en	danger	unresponsive	she fall down suddenly and now not talking, eyes closed
en	danger	unresponsive	he is not breathing i think, please what i do
en	danger	unresponsive	my flatmate on the bed, lips are blue, I shake him nothing happen
en	danger	unresponsive	old lady from 2nd floor sitting in her chair, not responding to me
en	danger	unresponsive	somebody lying near the bins since long time, I touch his shoulder, no reaction
en	danger	unresponsive	my husband collapse in bathroom, he not answer me
en	danger	unresponsive	the boy is breathing very strange and we cannot wake him
en	danger	unresponsive	I found him on kitchen floor, he is warm but not react on anything
en	danger	unresponsive	please come, my father just drop down at dinner and dont speak
en	danger	unresponsive	woman in elevator is unconscious I think, her head against the wall
en	danger	unresponsive	he making strange sound like snoring but I cannot wake him up
en	danger	unresponsive	i see through window my neighbor lying still since this morning, door is locked and he dont move
en	danger	unresponsive	roommate not opening eyes, I put cold water on face, nothing
en	danger	unresponsive	baby is not moving and very soft like doll help
en	danger	unresponsive	the guy at the stairs fainted and still not coming back after 5 minutes
en	danger	unresponsive	he stop breathing for a moment and now very slow, not answering me
en	danger	unresponsive	my grandmother not responding when I squeeze her hand
nl	danger	fall	mijn buurvrouw is van de trap gevallen en ze kan niet opstaan, haar been ligt helemaal raar
nl	danger	fall	ik ben gevallen in badkamer en ik kan niet meer omhoog, pijn in heup
nl	danger	fall	meneer van 6 gevallen op straat, bloed uit zijn hoofd
nl	danger	fall	mijn moeder vallen van de ladder, arm is kapot denk ik
nl	danger	fall	oude man ligt onder aan het trap, hij zegt hij kan zijn been niet bewegen
nl	danger	fall	buurman uitgegleden op ijs voor de deur, veel bloed op zijn gezicht
nl	danger	fall	ik val met fiets bij de ingang en mijn pols staat scheef
nl	danger	fall	de vrouw is op haar hoofd gevallen, er is gat en bloed komt eruit
nl	danger	fall	kind is van balkon gevallen op dak van fietsenstalling, hij huilt en kan niet lopen
nl	danger	fall	ik ben gevallen en lig in de gang, telefoon gelukkig in mijn zak, kan niet opstaan
nl	danger	fall	opa is uit bed gevallen, hij zegt au au zijn heup, wij kunnen hem niet optillen
nl	danger	fall	buurvrouw gevallen in de douche, ze roept om hulp maar ik kan deur niet open
nl	danger	fall	hij viel met de trap naar beneden, nu zijn enkel is heel dik en blauw en hij kan niet staan
nl	danger	fall	mijn zoon gevallen op de speelplaats, bot komt door de huid
nl	danger	fall	iemand gevallen bij de lift, hoofd bloeden veel
nl	danger	fall	meneer ligt op de stoep na val en zegt zijn rug doet heel pijn, hij kan niet bewegen
nl	danger	fall	ik ben vallen van de stoel toen ik lamp wilde vervangen, mijn been doet niet meer
nl	danger	fall	de buurvrouw is gevallen en haar arm hangt zo raar, ze huilt van pijn
nl	danger	fall	mijn vrouw gestruikeld over de mat, haar knie bloed veel en ze kan niet staan
nl	danger	fall	oude mevrouw in de hal gevallen, ze ligt al lang en heeft koud, kan niet op
nl	danger	fall	van de trap gevallen, bloed uit mond
nl	danger	fall	jongen van de steiger gevallen bij de nieuwbouw, hij schreeuwt en zijn been is krom
nl	danger	fall	ik lig op de keukenvloer, heup gebroken denk ik, kan niemand bellen, alleen dit app
nl	danger	fall	mijn vader uitgegleden in bad, hoofd tegen de kraan, veel bloed overal in badkamer
nl	danger	fall	buurman is van zijn scootmobiel gevallen, zijn been zit onder de scooter en hij kreunt
nl	danger	fall	de vrouw van 21 is gevallen met boodschappen en haar pols is gebroken, ik zie het aan de vorm
nl	danger	fall	hij is gevallen en zijn hoofd is open, wat moet ik doen met het bloed
nl	danger	fall	gevallen in de regen bij de container, schouder uit de kom, pijn pijn
en	danger	fall	my neighbour fell from stairs and cannot stand up, leg looks wrong
en	danger	fall	i fell in bathroom and cant get up, my hip hurts too much
en	danger	fall	old man fall on street, blood coming from his head
en	danger	fall	my mother fall from ladder, i think arm broken
en	danger	fall	she slip in shower and now crying, she cannot move her back
en	danger	fall	I am on the floor since 2 hours after falling, cannot stand, please send somebody
en	danger	fall	kid fell off the balcony onto the grass, he is screaming and his leg is bent
en	danger	fall	the lady at number 9 tripped on the stairs and her forehead is bleeding a lot
en	danger	fall	my grandpa fell out of bed and hurt his hip, we cant lift him
en	danger	fall	man fell from bicycle at entrance, his wrist is broken, bone shape is wrong
en	danger	fall	he fall down the steps, now his ankle big and purple, cannot walk
en	danger	fall	my wife fell and hit her head on the table, so much blood
en	danger	fall	neighbour slipped on ice, he lying there and say his back is very painful
en	danger	fall	someone fell in stairwell, blood on floor, he is awake but can't move
en	danger	fall	fell off chair changing lamp, knee is open and bleeding hard
en	danger	fall	old woman fell in hall and lying there, she say her leg is broken
en	danger	fall	boy fell from scaffolding near new building, he not able to move his arm
en	danger	fall	my father fell in garden, his shoulder come out of place
en	danger	fall	fell on stairs, foot broken i think, alone home
nl	danger	overdose	mijn buurman heeft alle pillen van de doos genomen, hij praat raar en valt in slaap
nl	danger	overdose	hij heeft te veel van die spul gebruikt, nu hij trillen en schuim uit mond
nl	danger	overdose	mijn vriendin heeft hele strip slaappillen opgegeten, ze wordt heel slaperig
nl	danger	overdose	jongen in het trappenhuis, naald nog in zijn arm, hij ademt heel langzaam
nl	danger	overdose	mijn broer heeft drugs en drank samen genomen en nu zijn ogen draaien weg
nl	danger	overdose	ik vind lege pillenpotjes naast haar bed en ze is heel suf, praat niet goed
nl	danger	overdose	hij zegt hij heeft 20 van de pijnstillers genomen, wat moet ik doen
nl	danger	overdose	buurman heeft te veel gesnoven, hart gaat heel snel, hij zweet en is bang
nl	danger	overdose	mijn zoon heeft de medicijnen van oma gegeten, hele doosje leeg, hij is 3
nl	danger	overdose	de man heeft iets gespoten en nu hij valt steeds om
nl	danger	overdose	ik heb te veel van mijn pillen genomen, ik voel me heel raar en duizelig
nl	danger	overdose	haar lippen blauw en naast haar ligt zilverpapier en aansteker
nl	danger	overdose	mijn man heeft hele fles methadon gedronken
nl	danger	overdose	hij heeft iets geslikt, weet niet wat, veel pillen, nu hij kotsen en is in de war
nl	danger	overdose	vriend van mij GHB te veel, hij is helemaal weg en schokt
nl	danger	overdose	buurvrouw zegt ze heeft haar pillen van hele week in een keer genomen
nl	danger	overdose	die jongen heeft pillen met wodka, hij is grijs in zijn gezicht
nl	danger	overdose	mijn tante te veel insuline gespoten denk ik, ze zweet en is verward
nl	danger	overdose	hij heeft coke en pillen gemixt, nu pijn op borst en hij praat niet goed
nl	danger	overdose	kinderen hebben in de kast de pillen gevonden en opgegeten, kleine meid is slap
nl	danger	overdose	ik zie buurman met spuit, hij zit onderuit en zijn adem klinkt als reutelen
nl	danger	overdose	mijn huisgenoot heeft paracetamol genomen, hele verpakking, vanmiddag al
nl	danger	overdose	er ligt een jongen bij bankje, pupillen heel klein, ademt bijna niet, spuiten op de grond
nl	danger	overdose	hij nam veel van die blauwe pillen en nu hij ziet dingen die er niet zijn en is heel heet
nl	danger	overdose	mijn vader vergeet en neemt zijn pillen twee, drie keer, nu hij is heel slaperig en praat raar
nl	danger	overdose,self_harm	ik heb alles ingenomen wat in huis was, alle doosjes
nl	danger	overdose	ze heeft te veel van die drugs, ogen rollen weg, ze trilt heel erg
nl	danger	overdose	buurjongen zegt hij heeft een hele zak pillen op en lacht raar, nu valt hij
en	danger	overdose	my friend took all his pills from the box, now talking strange
en	danger	overdose	neighbour used too much drugs, he shaking and foam from mouth
en	danger	overdose	she swallowed whole strip of sleeping pills, getting very sleepy
en	danger	overdose	guy in stairwell with needle still in arm, breathing very slow
en	danger	overdose	my brother mix alcohol and drugs, his eyes rolling back
en	danger	overdose	i found empty pill bottles near her bed and she is very drowsy
en	danger	overdose	he say he took 20 painkillers, what i must do
en	danger	overdose	my son ate grandma medicine, whole packet empty, he is 2 years
en	danger	overdose	I took too many of my tablets, feeling very dizzy and heart going crazy
en	danger	overdose	lips blue, foil and lighter next to him
en	danger	overdose	he drank whole bottle of methadone
en	danger	overdose	friend took too much G, he is gone and his body jerking
en	danger	overdose	she took all her week pills in one time
en	danger	overdose	he mixed coke and pills, now chest pain and cant talk normal
en	danger	overdose	a man near the bench, pupils very small, almost not breathing, syringes on ground
en	danger	overdose	roommate ate whole pack of paracetamol this afternoon
en	danger	overdose	too much insulin she injected I think, she sweating and confused
en	danger	overdose	he smoked something and now he is not normal, very hot, seeing things, heart racing
en	danger	overdose	my uncle overdose i think, he is grey and snoring weird
nl	danger	fire	er komt rook onder de deur van nummer 8
nl	danger	fire	de vlammen komen uit het keukenraam van de buren
nl	danger	fire	brand brand in de kelder, veel zwarte rook
nl	danger	fire	ik ruik brand en in de gang is alles grijs
nl	danger	fire	de pan met olie staat in vuur, ik kan niet uit doen
nl	danger	fire	er is vuur in de container beneden, het gaat naar de auto's
nl	danger	fire	balkon van de buurvrouw staat in de fik
nl	danger	fire	de wasmachine in de wasruimte geeft rook en vonken
nl	danger	fire	rook uit het stopcontact, ruikt naar plastic verbranden en ik zie vlammetje
nl	danger	fire	mijn bank is in brand, kaars is omgevallen
nl	danger	fire	de trap is vol rook ik kan niet naar beneden
nl	danger	fire	ik zie oranje licht en rook uit het dak van blok B
nl	danger	fire	de scooter in de fietsenkelder staat te branden, ik hoor knallen
nl	danger	fire	kind heeft gespeeld met aansteker en nu gordijn brandt
nl	danger	fire	dikke rook uit de brievenbus van nummer 31, niemand maakt open
nl	danger	fire	zwarte rook komt uit de liftschacht, ruikt heel heet
nl	danger	fire	de accu van elektrische fiets is ontploft, nu vuur in de gang
nl	danger	fire	mijn buurman rookt in bed en nu matras rookt heel veel, hij slaapt nog
nl	danger	fire	de rookmelder piept en ik zie echt rook bij plafond en het is heet
nl	danger	fire	alles vol rook bij ons, ik kan niet zien, kinderen zijn hier
nl	danger	fire	de vuilnisschuur brandt en het vuur komt dichtbij de ramen
nl	danger	fire	vonken en vlammen uit de meterkast
nl	danger	fire	de barbecue op balkon boven is omgevallen en nu het hout van balkon brandt
nl	danger	fire	ik ruik rook en de deur van buurvrouw is warm als ik voel
nl	danger	fire	de schuur achter in de tuin staat helemaal in vlammen
nl	danger	fire	rook komt door de ventilatie in mijn badkamer, heel dik en stinkt
nl	danger	fire	yangın! ik zie vuur in het trappenhuis
nl	danger	fire	er brandt iets bij de droger, zwarte rook en het stinkt naar rubber
en	danger	fire	smoke coming under door of number 8
en	danger	fire	flames from neighbour kitchen window
en	danger	fire	fire in the basement, lot of black smoke
en	danger	fire	the pan with oil is burning, i cant stop it
en	danger	fire	container downstairs on fire, it go to the cars
en	danger	fire	balcony upstairs is burning!!
en	danger	fire	washing machine in laundry room making smoke and sparks
en	danger	fire	smoke from socket, smell like burning plastic, small flame
en	danger	fire	stairs full of smoke i cannot go down
en	danger	fire	I see orange light and smoke from roof of block B
en	danger	fire	curtain catch fire, kid played with lighter
en	danger	fire	e-bike battery exploded in corridor now fire
en	danger	fire	neighbour sleeping and his mattress smoking a lot
en	danger	fire	the smoke alarm is beeping and there is real smoke on ceiling and very hot
en	danger	fire	my flat full of smoke, cant see, children inside
en	danger	fire	thick smoke out of mailbox of number 31 and nobody open
en	danger	fire	I smell burning and door of neighbour is hot when I touch
en	danger	fire	bin shed burning, fire close to windows
en	danger	fire	sparks and flames from electricity cupboard
nl	danger	gas	het ruikt heel sterk naar gas in de gang
nl	danger	gas	ik ruik gas bij de deur van buren, zoals rotte eieren
nl	danger	gas	de ding van koken sissen en ruikt raar, maar staat niet aan
nl	danger	gas	in de kelder stinkt naar gas, heel erg, ik krijg hoofdpijn
nl	danger	gas	gaslucht trappenhuis!!
nl	danger	gas,self_harm	buurman heeft gas open gedaan en zegt hij wil niet meer leven, het ruikt heel sterk
nl	danger	gas	in mijn keuken ruik ik gas ook als alles uit staat
nl	danger	gas	de leiding achter het fornuis maakt geluid psssss en stinkt
nl	danger	gas	het ruik als kapotte ei in heel het portiek
nl	danger	gas	gaslucht komt uit de meterkast van nummer 5
nl	danger	gas	graafmachine op straat heeft leiding kapot gemaakt, hele straat ruikt gas en sissen
nl	danger	gas	hele huis ruik naar gas en mijn kind is duizelig
nl	danger	gas	ik ruik gas bij de geiser en het vlammetje is uit
nl	danger	gas	bij de ingang van flat heel sterke gaslucht en iemand staat daar sigaret te roken
nl	danger	gas	het stinkt naar gas uit de brievenbus van de buurvrouw, ze doet niet open
nl	danger	gas	gaslucht in de badkamer, de boiler sist
nl	danger	gas	ik heb de knop van gas open laten, nu ruik heel sterk en ik voel me misselijk
nl	danger	gas	in de lift ruikt naar gas heel sterk
nl	danger	gas	er sist iets in de muur en het ruikt naar gas
nl	danger	gas	de kookplaat is uit maar ik ruik nog steeds gas, sterker en sterker
nl	danger	gas	ruik gas op 2e verdieping, mensen hebben hoofdpijn
nl	danger	gas	buurvrouw zegt haar huis ruikt naar gas en ze durft geen licht aan te doen
nl	danger	gas	gas! in de keuken van het buurthuis ruikt heel erg
nl	danger	gas	slang van de gasfles van de barbecue is los, het sist
nl	danger	gas	de geur van gas komt onder de deur door van nummer 17
nl	danger	gas	ik ruik gas heel erg bij de kachel van mijn oma, ze is moe en slaperig
nl	danger	gas	koku var, gaz kokusu, bij de trap beneden, heel sterk
nl	danger	gas	het ruikt naar gas op mijn balkon, komt van beneden
en	danger	gas	strong gas smell in hallway
en	danger	gas	i smell gas at neighbour door, like rotten eggs
en	danger	gas	cooker is hissing and smell strange, it is not switched on
en	danger	gas	basement smells of gas very bad, I get headache
en	danger	gas	whole building smell like gas, what to do
en	danger	gas	digger broke pipe on street, everywhere smell gas
en	danger	gas	gas smell coming out of meter cupboard of number 5
en	danger	gas	my kitchen smell gas even everything is off
en	danger	gas	pipe behind stove making sound psss and smell
en	danger	gas	house smells gas and my child feeling dizzy
en	danger	gas	smell of gas under the door of flat 17, nobody answer
en	danger	gas	hose of the gas bottle is loose and hissing
en	danger	gas	there is gas smell in the lift, very strong
en	danger	gas	smell like gas on 2nd floor, people getting headache
en	danger	gas	I smell gas in boiler room and somebody smoking just outside
en	danger	gas,self_harm	neighbour opened the gas and say he want to end it, smell very strong
en	danger	gas	stink of gas in the community kitchen, very heavy
en	danger	gas	gas leak i think, hissing in the wall
en	danger	gas	my grandma house smell of gas, she is sleepy
nl	danger	violence	twee mannen vechten beneden, een heeft mes
nl	danger	violence	buurman slaan zijn vrouw, ik hoor haar schreeuwen help help
nl	danger	violence	ze schoppen een jongen bij de bushalte, hij ligt al op de grond en ze gaan door
nl	danger	violence	iemand met een mes in de gang, hij zwaait ermee
nl	danger	violence	mijn man slaat mij nu, ik zit in de badkamer op slot
nl	danger	violence	er is gevecht in de lift, bloed overal
nl	danger	violence	ik hoor bij de buren klappen en een vrouw huilt, dingen vallen, hij slaat haar denk ik
nl	danger	violence	man met honkbalknuppel slaat op andere man bij de parkeerplaats
nl	danger	violence	vechtpartij voor de deur, vijf jongens tegen een
nl	danger	violence	mijn zoon wordt in elkaar geslagen op het pleintje
nl	danger	violence	die man heeft een pistool, ik zie het in zijn hand
nl	danger	violence	hij heeft haar bij haar keel en duwt tegen de muur
nl	danger	violence	buurman trekt zijn kind aan het haar en slaat, kind schreeuwt
nl	danger	violence	iemand steekt iemand met mes bij de ingang, wallah snel
nl	danger	violence	ze slaan mijn broer met flessen
nl	danger	violence	de vader van nummer 12 slaan de kinderen, ik hoor door de muur, heel hard, kinderen gillen
nl	danger	violence	ik word geslagen door mijn ex, hij is nog in huis
nl	danger	violence	de jongen is gestoken in zijn buik, hij ligt hier bij mij
nl	danger	violence	twee vrouwen vechten in het trappenhuis, een heeft schaar
nl	danger	violence	man schopt tegen een oude vrouw op straat
nl	danger	violence	er vliegen stoelen in het buurthuis, mannen vechten
nl	danger	violence	hij duwt haar van de trap en nu hij slaat verder
nl	danger	violence	een groep jongens valt mijn buurman aan met stokken
nl	danger	violence	hij houdt mes bij mijn gezicht en slaat mij
nl	danger	violence	in de tuin twee mannen slaan elkaar met stenen
nl	danger	violence	mijn dochter wordt geslagen door haar vriend, ze belt mij huilend, ze is op nummer 40
nl	danger	violence	kurwa, man met mes rent achter mijn vriend aan
nl	danger	violence	de begeleider wordt aangevallen door een bewoner, hij slaat op zijn hoofd
en	danger	violence	two men fighting downstairs, one with knife
en	danger	violence	neighbour is beating his wife, i hear her scream
en	danger	violence	they kicking a boy at bus stop, he already on ground
en	danger	violence	guy with knife in the corridor waving it
en	danger	violence	my husband is hitting me now, i am locked in bathroom
en	danger	violence	big fight in the lift, blood everywhere
en	danger	violence	man hitting other man with baseball bat in parking
en	danger	violence	my son is being beaten on the square
en	danger	violence	that man has gun in his hand, i see it
en	danger	violence	he grab her throat and push to the wall
en	danger	violence	someone stabbed at entrance please fast
en	danger	violence	they hit my brother with bottles
en	danger	violence	I am beaten by my ex, he still inside the house
en	danger	violence	the boy got stabbed in belly, he is here with me
en	danger	violence	group of guys attacking my neighbour with sticks
en	danger	violence	man kicking old lady on the street
en	danger	violence	please come fast, the father from number 12 is beating his kids again, I hear through the wall the hitting and the small one screaming stop papa, it is going on now and nobody is opening the door
en	danger	violence	he pushed her down the stairs and still hitting her
en	danger	violence	women fighting in stairs, one has scissors
nl	danger	threat	buurman staat voor mijn deur en zegt hij gaat mij dood maken
nl	danger	threat	hij zegt ik steek je af als je naar buiten komt
nl	danger	threat	mijn ex stuurt berichten: vanavond kom ik en dan ben je dood
nl	danger	threat	man in de hal roept ik ga jullie allemaal kapot maken, hij heeft iets in hand
nl	danger	threat	die jongen zegt hij gaat het huis van mijn moeder in brand steken vannacht
nl	danger	threat	hij schreeuwen door de brievenbus: ik vermoord je
nl	danger	threat	buurvrouw zegt ze gooit kokend water op mijn kind als hij nog een keer speelt, ze staat nu met pan bij de deur
nl	danger	threat	hij dreigt dat hij mijn hond en mij gaat doden, hij heeft mes
nl	danger	threat	iemand heeft briefje onder mijn deur: wij weten waar je woont, morgen ben je weg
nl	danger	threat	hij staat beneden te wachten en zegt ik sla je hoofd in als je buiten komt
nl	danger	threat	mijn man zegt als ik weg ga hij doet de kinderen iets aan
nl	danger	threat	bewoner zegt tegen de begeleider ik ga je neersteken, hij meent het echt
nl	danger	threat	ze zeggen zij komen met vrienden om mijn zoon te pakken vanavond
nl	danger	threat	hij schopt tegen mijn deur en roept ik ga je afmaken
nl	danger	threat	mijn buurman heeft gedronken en zegt hij gaat de vrouw van 3 hoog iets aandoen, hij is heel boos
nl	danger	threat	de man van boven zegt hij heeft pistool en hij komt naar beneden voor mij
nl	danger	threat	hij stuur voice bericht: ik weet waar je werkt, ik ga je pakken
nl	danger	threat	die jongen zegt tegen mijn dochter hij gaat haar verkrachten, hij loopt achter haar nu
nl	danger	threat	hij dreigen mij: nog een keer klacht dan breek ik je benen
nl	danger	threat	ex van mijn zus staat voor het raam, zegt hij doodt haar vandaag
nl	danger	threat	buurman roept hij gaat de flat opblazen
nl	danger	threat	hij zegt hij gaat mij slaan tot ik niet meer kan lopen, hij zoekt mij nu in het gebouw
nl	danger	threat	een man zegt hij maakt mijn auto en mij kapot, hij heeft ijzeren stang
nl	danger	threat	mijn broer zegt als ik geld niet geef hij steekt mij, hij is in mijn huis
nl	danger	threat	hij zegt je bent morgen niet meer wakker, ik ben bang hij meent het
nl	danger	threat	die vrouw zegt ze zal mijn kinderen iets doen als ik politie bel
nl	danger	threat,violence	bewoner van 22 roept hij gaat iedereen hier vermoorden en pakt een mes uit keuken
nl	danger	threat	ik krijg berichten van onbekend nummer, foto van mijn huis en "jij bent de volgende"
en	danger	threat	neighbour standing at my door saying he will kill me
en	danger	threat	he says he stab me if i come outside
en	danger	threat	my ex texting: tonight i come and you are dead
en	danger	threat	man in hall shouting he will destroy all of us, something in his hand
en	danger	threat	that guy says he will burn my mother house tonight
en	danger	threat	he is shouting thru mailbox i will murder you
en	danger	threat	someone put paper under my door, we know where you live, tomorrow you are finished
en	danger	threat	he waiting downstairs and say he will smash my head if i go out
en	danger	threat	my husband says if I leave he will hurt the kids
en	danger	threat	resident told support worker i will stab you, he means it
en	danger	threat	he kicking my door yelling i will finish you
en	danger	threat	man upstairs says he has gun and coming down for me
en	danger	threat	he send voice message: i know where you work, i will get you
en	danger	threat	guy tell my daughter he will rape her, he follow her now
en	danger	threat	threatening me: one more complaint and i break your legs
en	danger	threat	my sister ex at the window saying he kill her today
en	danger	threat	neighbour shouting he will blow up the building
en	danger	threat	if i call police she will do something to my children she said
en	danger	threat	my brother says give money or i cut you, he is in my house
nl	danger	break_in	er is iemand in het huis van de buren, ze zijn op vakantie, ik zie zaklamp
nl	danger	break_in	twee mannen breken de deur van nummer 7 open met een koevoet
nl	danger	break_in	ik hoor iemand aan mijn raam, ze proberen het open te maken
nl	danger	break_in	iemand is in mijn huis nu, ik zit in de slaapkamer, ik hoor lopen beneden
nl	danger	break_in	mannen stelen fietsen in de kelder, ze hebben het slot kapot geknipt
nl	danger	break_in	ik zie jongen door het raam naar binnen klimmen bij de buurvrouw
nl	danger	break_in	de deur van de berging is open gebroken en er zijn mensen binnen nu
nl	danger	break_in	inbrekers! bij het balkon van de eerste verdieping
nl	danger	break_in	iemand probeert met schroevendraaier mijn voordeur open, ik hoor het kraken
nl	danger	break_in	glas kapot bij de buren en iemand loopt rond met lamp, buren niet thuis
nl	danger	break_in	er zitten mensen in het kantoor van de woonvereniging, het is nacht en de deur is open geduwd
nl	danger	break_in	twee man met capuchon bij de auto, ze slaan raam kapot en pakken tas
nl	danger	break_in	ik kom thuis en deur is open en ik hoor nog iemand binnen
nl	danger	break_in	iemand draait aan mijn deurklink en duwt, het is 3 uur nacht
nl	danger	break_in	hij klimt over het hek en breekt het keukenraam bij nummer 19
nl	danger	break_in	er is iemand in de fietsenkelder met een slijptol, vonken, aan het zagen slot
nl	danger	break_in	mijn buurvrouw belt mij, er is een man in haar huis, ze verstopt in de kast
nl	danger	break_in	in de gezamenlijke ruimte zijn jongens ingebroken, ze dragen de tv weg
nl	danger	break_in	ik zie licht in de woning van meneer Adriaanse en hoor lades open trekken, hij ligt in ziekenhuis
nl	danger	break_in	ze proberen de brievenbussen open te breken beneden, nu nu
nl	danger	break_in	ze zijn in de tuin en proberen de schuifpui open te wrikken
nl	danger	break_in	iemand is het portiek in gekomen met trucje en loopt langs alle deuren te voelen aan de klink
nl	danger	break_in	ik hoor boven in het lege appartement iemand slopen, het is nog niet verhuurd
nl	danger	break_in	mannen dragen spullen uit het huis van de buren naar een busje, buren zijn weg
nl	danger	break_in	er is iemand op mijn balkon! het is derde verdieping
nl	danger	break_in	ik zie een man die de deur van het buurthuis forceert met een ijzer
nl	danger	break_in	inbraak nu bij de overkant, alarm gaat en mensen rennen binnen
nl	danger	break_in	iemand zit aan de sloten van de scootmobielen in het hok, nu bezig
en	danger	break_in	somebody inside neighbour house, they are on holiday, i see torch light
en	danger	break_in	two men breaking door of number 7 with crowbar
en	danger	break_in	someone trying to open my window right now
en	danger	break_in	there is someone in my house, i hide in bedroom, i hear steps downstairs
en	danger	break_in	men stealing bikes in basement, they cut the lock
en	danger	break_in	boy climbing through window of my neighbour
en	danger	break_in	burglars on balcony of first floor
en	danger	break_in	someone trying my door with screwdriver i hear it
en	danger	break_in	glass broken next door and someone walking with flashlight, neighbours not home
en	danger	break_in	I come home and door is open and somebody still inside
en	danger	break_in	person turning my door handle and pushing, its 3 at night
en	danger	break_in	guy with grinder in bike storage cutting the locks, sparks everywhere
en	danger	break_in	my neighbour calling me, there is man in her house, she hide in closet
en	danger	break_in	boys broke into community room, carrying TV out
en	danger	break_in	they trying to break the mailboxes downstairs now
en	danger	break_in	men carrying things from neighbours house to van, the neighbours are away for month
en	danger	break_in	someone is on my balcony!! i live 3rd floor
en	danger	break_in	a man forcing the door of the community centre
en	danger	break_in	break in now across street, alarm going and people running inside
nl	danger	self_harm	ik heb mes in hand en ik wil het doen vanavond
nl	danger	self_harm	het heeft geen zin meer, ik ga vannacht van het dak
nl	danger	self_harm	ik sta op balkon en ik wil springen
nl	danger	self_harm	mijn buurman zegt hij wil dood en hij heeft touw in zijn kamer
nl	danger	self_harm	ik snijd mezelf, er is veel bloed nu
nl	danger	self_harm	niemand mist mij als ik weg ben, ik heb de pillen klaar gelegd
nl	danger	self_harm	ik kan niet meer, morgen ben ik er niet meer, zeg tegen mijn kinderen sorry
nl	danger	self_harm	mijn zus zegt ze gaat voor de trein, ze loopt nu naar het station
nl	danger	self_harm	beter voor iedereen als ik er niet meer ben
nl	danger	self_harm	ik heb brief geschreven voor mijn familie, het is klaar, ik ga
nl	danger	self_harm	buurjongen zit op de rand van het dak van de flat en zegt niemand mag dichtbij komen
nl	danger	self_harm	ik wil slapen en nooit meer wakker worden, vandaag doe ik het
nl	danger	self_harm	ik heb mijn polsen open gemaakt
nl	danger	self_harm	hij zegt alles is voorbij voor hem en hij geeft al zijn spullen weg, hij heeft mes
nl	danger	self_harm	ik ben moe van leven, ik wil stoppen met alles, echt stoppen
nl	danger	self_harm	in mijn land ik heb alles verloren, hier ook alles kwijt, mijn vrouw weg, mijn kinderen weg, ik wil niet meer wakker worden en ik heb al een plan gemaakt hoe, vanavond
nl	danger	self_harm	mijn vriend stuurt afscheid bericht en neemt telefoon niet op
nl	danger	self_harm	ik denk de hele tijd aan mezelf dood maken, nu is het heel sterk
nl	danger	self_harm	ze zegt ze heeft afscheid genomen van iedereen en doet deur niet open
nl	danger	self_harm	ik sta bij de brug, het water is koud, ik wil niet meer
nl	danger	self_harm	ik verdien niet om te leven, ik ga het nu eindigen
nl	danger	self_harm	de buurvrouw zegt ze gaat haar leven stoppen, ze huilt en heeft schaar
nl	danger	self_harm	mijn hoofd zegt ga dood, ik kan niet meer vechten ertegen
nl	danger	self_harm	ik heb genoeg, dit is mijn laatste bericht
nl	danger	self_harm	allah vergeef mij, ik wil weg uit deze wereld
nl	danger	self_harm	hij zegt tegen mij doei voor altijd en loopt naar het water
nl	danger	self_harm	ik brand mezelf met sigaret steeds, nu kan ik niet stoppen
en	danger	self_harm	i dont want live anymore
en	danger	self_harm	I have knife in hand and want to do it tonight
en	danger	self_harm	nothing have sense, tonight i go from the roof
en	danger	self_harm	standing on balcony and i want jump
en	danger	self_harm	my neighbour say he want die and he have rope in room
en	danger	self_harm	i am cutting myself, lot of blood
en	danger	self_harm	nobody will miss me, pills are ready on table
en	danger	self_harm	tomorrow i am not here anymore, tell my kids sorry
en	danger	self_harm	my sister walking to train station, she says she go in front of train
en	danger	self_harm	better for everyone if i am gone
en	danger	self_harm	i wrote letter for my family, it is finished, i go now
en	danger	self_harm	boy sitting on edge of roof saying nobody come close
en	danger	self_harm	i want sleep and never wake up, today i do it
en	danger	self_harm	he is giving away his things and say goodbye forever, he have knife
en	danger	self_harm	my friend sent goodbye message and not picking phone
en	danger	self_harm	this is my last message to you all
en	danger	self_harm	standing at the bridge, i dont want to continue
en	danger	self_harm	I not deserve to live, i finish it now
en	danger	self_harm	she say she stop her life today and she crying with scissors
nl	calm	-	ik ga dood van de honger, wanneer is het eten klaar bij buurthuis
nl	calm	-	haha ik lach me dood om die filmpje
nl	calm	-	die feest gisteren was echt fire broer
nl	calm	-	mijn benen doen dood pijn van het wandelen, maar was leuk
nl	calm	-	ik schrik me dood toen de postbode belde haha
nl	calm	-	deze warmte maakt mij kapot
nl	calm	-	mijn telefoon is dood, kan iemand oplader lenen
nl	calm	-	mijn plant is dood gegaan, heeft iemand tip voor nieuwe
nl	calm	-	ik ben kapot moe na werk
nl	calm	-	die muziek is killer man
nl	calm	-	het is hier zo saai, ik ga dood van verveling
nl	calm	-	de tandarts vermoord mij met die rekening haha
nl	calm	-	mijn zoon maakt mij gek vandaag, maar ok
nl	calm	-	ik verveel mij dood in deze regen
nl	calm	-	hij is een bom op het voetbalveld, echt sterk
nl	calm	-	deze sambal is vuur in mijn mond
nl	calm	-	ik sterf van het lachen met jullie
nl	calm	-	haar stem is brand, ze zingt zo mooi op feest
nl	calm	-	de prijzen bij de supermarkt zijn moord
nl	calm	-	ik word gek van die formulieren van gemeente
nl	calm	-	je hebt mij gered met die suiker, dankjewel buurvrouw
nl	calm	-	mijn hoofd ontploft van al die brieven
nl	calm	-	die jongen is heet op de dansvloer haha
nl	calm	-	mijn rug is gebroken van verhuizen, maar alles staat nu op zijn plek
nl	calm	-	kzit kapot op de bank na die wandeling
nl	calm	-	vorig jaar was er brand in de andere blok, nu alles goed
nl	calm	-	vorige week is mijn buurman gevallen maar nu is hij weer thuis en beter
nl	calm	-	toen ik in Syrië was ik heb veel oorlog gezien, nu het gaat goed met mij
nl	calm	-	twee jaar geleden iemand heeft ingebroken in mijn auto, ik vertel alleen
nl	calm	-	vroeger ik had slechte gedachten, nu met begeleider gaat het veel beter
nl	calm	-	in de zomer was er een keer gaslucht maar monteur kwam en het was niks
nl	calm	-	mijn opa is vorig jaar overleden, ik mis hem, maar ik ben ok
nl	calm	-	er was gisteren politie in de straat maar het is al voorbij, wat was het eigenlijk?
nl	calm	-	de brand van vorige maand in de kelder, wanneer wordt het geverfd
nl	calm	-	ik was ooit in ziekenhuis voor te veel pillen, jaren geleden, nu ik ben schoon en sterk
nl	calm	-	vorige jaar mijn fiets gestolen uit de kelder, nu ik zet hem binnen
nl	calm	-	mijn man en ik hadden ruzie gisteren, maar we hebben het goed gepraat
nl	calm	-	ik ben vorige week van fiets gevallen, alleen blauwe plek, gaat goed
nl	calm	-	lang geleden was hier een keer vechtpartij zegt mijn buurvrouw, nu is het rustig
nl	calm	-	vroeger in Eritrea wij kookten op vuur buiten, hier alles elektrisch haha
nl	calm	-	als er brand komt, waar is de nooduitgang van het gebouw
nl	calm	-	stel mijn buurman valt en kan niet op, wie moet ik bellen
nl	calm	-	wat is nummer voor noodgeval in Nederland, in mijn land is het anders
nl	calm	-	kan iemand mij uitleggen hoe reanimatie gaat, voor als ooit nodig
nl	calm	-	is er een cursus eerste hulp hier in buurthuis
nl	calm	-	als iemand te veel drugs neemt, moet ik dan 112 bellen of huisarts
nl	calm	-	waar staat de brandblusser op onze verdieping, voor de zekerheid
nl	calm	-	wie kijkt naar mijn huis als ik op vakantie ben, ik ben bang voor inbraak
nl	calm	-	wat moet ik doen als iemand mij bedreigt, gewoon om te weten
nl	calm	-	mag ik 112 bellen als ik alleen twijfel?
nl	calm	-	wat is nummer van wijkagent
nl	calm	-	is er cursus MHFA, ik wil leren hoe helpen als iemand depressief is
nl	calm	-	als mijn oma valt terwijl ik werk, is er alarm knop voor haar?
nl	calm	-	moet ik rookmelder zelf kopen of geeft woningcorporatie
nl	calm	-	de brandalarm in de gang piept de hele nacht, batterij leeg denk ik
nl	calm	-	de brandblusser op 2e verdieping is weg, iemand heeft hem meegenomen
nl	calm	-	de lamp in de trap brandt niet al een week
nl	calm	-	rookmelder bij mij hangt los van plafond, kan iemand komen repareren
nl	calm	-	de gasmeter maakt tik tik geluid, is normaal? ik ruik niks
nl	calm	-	de ketel doet het niet, geen warm water sinds maandag
nl	calm	-	kookplaat een pit gaat niet aan, de rest wel
nl	calm	-	de lamp bij de voordeur brandt de hele dag, ook overdag, zonde van stroom
nl	calm	-	mijn oven niet warm worden, kapot
nl	calm	-	de cv ketel geeft foutcode, wat betekent dat
nl	calm	-	de rookmelder gaat af als ik kook, heel irritant, kan hij andere plek
nl	calm	-	brandblusser heeft sticker met datum van 2019, moet niet controleren?
nl	calm	-	het licht in de lift brandt niet
nl	calm	-	de afzuigkap doet het niet, keuken blijft ruiken naar eten
nl	calm	-	deur van de nooduitgang sluit niet goed
nl	calm	-	de boiler lekt water op de vloer
nl	calm	-	het brandalarm ging af in de hal maar er was niks, weer kapot
nl	calm	-	de verwarming blijft koud, radiator is ijskoud
nl	calm	-	de kraan in badkamer drupt heel de nacht
nl	calm	-	mijn voordeur slot is kapot, sleutel draait niet
nl	calm	-	de intercom doet niks, bezoek kan niet bellen
nl	calm	-	schimmel in de badkamer muur, helemaal zwart
nl	calm	-	de lamp in de fietsenkelder knippert
nl	calm	-	de geiser gaat steeds uit, dan koud douchen
nl	calm	-	de brandmelder in de gezamenlijke ruimte is van plafond gehaald door iemand, moet terug
nl	calm	-	de gaskraan is heel stijf, ik kan niet draaien, kan monteur komen?
nl	calm	-	de kookplaat is inductie, hoe werkt, ik heb altijd gas gehad
nl	calm	-	in de lift is de knop van 4 kapot
nl	calm	-	de buitenlamp bij de containers brandt niet, heel donker en eng 's avonds
nl	calm	-	thermostaat doet raar, het is 28 graden in huis
nl	calm	-	mijn raam gaat niet meer dicht, wind komt binnen
nl	calm	-	de vaatwasser lekt
nl	calm	-	mijn koelkast maakt veel lawaai, is van de woning
nl	calm	-	ik ben gevallen bij de trap maar niks aan de hand, alleen geschrokken
nl	calm	-	mijn zoontje viel van de glijbaan maar hij lacht al weer
nl	calm	-	buurman uitgegleden op blad maar hij is ok, wel moet iemand bladeren vegen
nl	calm	-	mijn oma viel bijna bij de drempel, kan die drempel weg?
nl	calm	-	ik struikel altijd over de losse tegel voor de deur, kan het gerepareerd worden
nl	calm	-	viel vanochtend met mijn fiets, beetje schaaf op knie, gaat goed
nl	calm	-	die trap is glad als het regent, iemand gaat een keer vallen
nl	calm	-	mijn kind valt steeds met leren lopen haha normaal
nl	calm	-	ik voel me alleen vandaag, kan begeleider mij bellen?
nl	calm	-	het gaat niet zo goed met mij, ik slaap slecht, wil praten met iemand
nl	calm	-	ik mis mijn familie in Afghanistan, soms ik huil, maar ik ben ok
nl	calm	-	ik ben een beetje down, heeft iemand zin in koffie
nl	calm	-	heimwee naar mijn land, wie wil samen thee drinken
nl	calm	-	geen zin in niks vandaag, maar morgen is beter hoop ik
nl	calm	-	ik ben moe van de brieven en schulden, kan iemand helpen
nl	calm	-	mijn hoofd is vol, ik wil afspraak met begeleider
nl	calm	-	ik voel me niet lekker in mijn vel deze week, geen gevaar hoor, wil alleen praten
nl	calm	-	soms ik ben verdrietig omdat ik mijn werk kwijt ben, wie weet vacature
nl	calm	-	ik zit veel alleen thuis, is er activiteit voor mij
nl	calm	-	het is zwaar maar ik hou vol, dank voor vragen
nl	calm	-	ik had slechte dag, mijn baas boos, nu thuis met thee
nl	calm	-	ik ben niet gelukkig in dit huis, te klein, kan ik ruilen
nl	calm	-	gisteren film gekeken met veel schieten en explosie, heel spannend
nl	calm	-	in mijn spel ik ben dood gegaan 10 keer haha
nl	calm	-	wie komt filmavond? de film gaat over brand in een toren
nl	calm	-	ik bak vandaag kip op de grill, ruikt lekker in de gang sorry haha
nl	calm	-	mijn brood is verbrand, heel de keuken ruikt, maar geen probleem
nl	calm	-	voetbal vanavond, wij gaan ze afmaken haha
nl	calm	-	jongens zijn aan het boksen in de sportzaal, is training
nl	calm	-	heeft iemand een aansteker voor de barbecue zaterdag
nl	calm	-	op nieuws zag ik brand in Rotterdam, heel erg voor die mensen
nl	calm	-	mijn zoon speelt de hele dag schietspel, is dat goed voor hem?
nl	calm	-	mogen wij vuur maken in een schaal bij het buurtfeest?
nl	calm	-	ik heb te veel gegeten bij iftar, ik ga ontploffen haha
nl	calm	-	kan iemand mij leren hoe je kipfilet bakt zonder dat het aanbrandt
nl	calm	-	in de serie werd die vrouw vermoord, ik kon niet slapen haha
nl	calm	-	kickboksen les in buurthuis, wie doet mee
nl	calm	-	vandaag pannenkoeken gebakken, de eerste was zwart haha
nl	calm	-	de nieuwe film van john wick, veel vechten, wie wil mee naar bioscoop
nl	calm	-	wij hebben schaak gespeeld, ik heb zijn koning geslagen haha
nl	calm	-	zondag tafeltennis, ik ga jullie vernietigen
nl	calm	-	ik heb kaarsen aan op tafel voor de sfeer, is gezellig
nl	calm	-	buurman en ik hadden ruzie over de parkeerplek, alleen woorden
nl	calm	-	de mensen boven schreeuwen tegen elkaar elke avond, heel vervelend
nl	calm	-	mijn buurvrouw is boos op mij om de vuilniszak, hoe kan ik met haar praten
nl	calm	-	ik had woorden met de man van 14, hij zegt ik ben te luid
nl	calm	-	de kinderen van beneden maken ruzie op straat over een bal, gewoon kinderen
nl	calm	-	mijn man en ik hebben discussie over geld, gewoon normaal
nl	calm	-	de buurman kijkt mij altijd boos aan, ik voel mij niet welkom
nl	calm	-	twee buren hebben woorden gehad bij de lift, nu is het weer rustig
nl	calm	-	de buren roken wiet op balkon, stinkt in mijn slaapkamer
nl	calm	-	muziek heel hard elke nacht bij nummer 12
nl	calm	-	vuilniszakken bij de deur, ruikt naar vis
nl	calm	-	de afvoer in keuken stinkt naar riool
nl	calm	-	iemand kookt elke dag met veel knoflook, ruikt heel sterk, kan ik dat melden?
nl	calm	-	er is een raar geur in de lift, als plas
nl	calm	-	de kat van de buurvrouw plast in het portiek
nl	calm	-	boor geluid op zondag vroeg, mag dat
nl	calm	-	iemand rookt sigaretten in het trappenhuis, ik hou niet van die rook
nl	calm	-	de buurman bakt vis en de lucht komt in mijn huis
nl	calm	-	buren van 3 hoog gooien peuken naar beneden op mijn balkon
nl	calm	-	de container is vol en stinkt, wie belt gemeente
nl	calm	-	het ruikt naar verf in de gang, ze zijn aan het schilderen denk ik
nl	calm	-	kinderen schoppen bal tegen mijn raam
nl	calm	-	dank je voor de hulp gisteren, jullie zijn top
nl	calm	-	koffieochtend wanneer?
nl	calm	-	ik wil mij aanmelden voor vissen samen
nl	calm	-	kan ik komen wandeldiner met mijn broer
nl	calm	-	ik kan niet komen naar filmavond, ik ben ziek
nl	calm	-	goedemorgen allemaal, mooie dag
nl	calm	-	ik wil een kook activiteit organiseren, Eritrees eten, injera
nl	calm	-	wie kan mij helpen met brief van belasting, ik snap niet
nl	calm	-	wat is telefoonnummer van mijn begeleider
nl	calm	-	hoe gaat het met jullie
nl	calm	-	mijn dochter heeft koorts, welke huisarts is open in weekend
nl	calm	-	ik wil vrijwilliger zijn bij zwerfafval wandeling
nl	calm	-	hij niet wakker worden voor school, elke dag zelfde probleem met mijn zoon haha
nl	calm	-	mijn man slaapt heel diep na nachtdienst, ik roep hem en hij hoort niks, altijd zo
nl	calm	-	de buurman ligt in de tuin op handdoek in de zon, hij slaapt
nl	calm	-	er ligt een man op bankje in park te slapen zoals elke dag, ik heb gevraagd, hij is ok
nl	calm	-	ik heb mijn pillen vergeten vanochtend, mag ik nu twee nemen?
nl	calm	-	apotheek geeft mij verkeerde pillen, wat moet ik doen
nl	calm	-	hoeveel paracetamol mag je per dag, ik heb hoofdpijn
nl	calm	-	mijn buurman drinkt veel bier op balkon, niet gevaarlijk, maar luid
nl	calm	-	ik ben gestopt met drugs, 6 maanden schoon vandaag!
nl	calm	-	de buurvrouw neemt veel medicijnen, ik maak mij zorgen, maar ze lijkt ok
nl	calm	-	de jongens in park roken iets, ruikt zoet
nl	calm	-	ik dacht ik ruik gas maar het was de ui die ik bak haha
nl	calm	-	ik dacht gaslucht maar het was de vuilnis, al opgelost
nl	calm	-	monteur heeft gasmeter vervangen, alles goed nu
nl	calm	-	de gasrekening is heel hoog, kan iemand naar kijken
nl	calm	-	wanneer komt man voor controle van cv ketel
nl	calm	-	de kookplaat is op gas, kan woningcorporatie elektrisch maken?
nl	calm	-	er staat een gasfles bij de buurman op balkon, mag dat eigenlijk? hij is dicht
nl	calm	-	mijn fornuis vlammetje is geel en niet blauw, is dat slecht? ik ruik niks
nl	calm	-	rook van de barbecue van de buren komt in mijn huis, elke zondag
nl	calm	-	de open haard van de overburen, mijn was ruikt naar rook
nl	calm	-	er is oefening brandalarm morgen om 10 uur zegt brief, klopt dat
nl	calm	-	brandweer was hier voor controle, niks aan de hand
nl	calm	-	het brandalarm ging af door iemand die aan het koken was, alles ok nu, brandweer weer weg
nl	calm	-	de stoom van de douche laat de rookmelder piepen, hoe oplossen
nl	calm	-	in de keuken van buurthuis is de blusdeken weg
nl	calm	-	de vuurwerk van oud en nieuw, mag dat op ons plein?
nl	calm	-	kinderen doen vuurwerk in de straat, het knalt heel hard, heel irritant
nl	calm	-	er is geen licht in de kelder, iemand moet de lamp vervangen
nl	calm	-	de buren hebben ruzie, een uur hard praten over geld en over zijn moeder die komt wonen, ik hoor alles door de muur maar niemand slaat of gooit, gewoon luid, kan iemand een keer met ze praten, ik wil slapen
nl	calm	-	die man zegt altijd lelijke woorden tegen mij als ik langs loop, ik wil dat melden
nl	calm	-	iemand heeft mijn fiets gestolen vannacht uit de stalling, nu ik moet lopen
nl	calm	-	mijn brievenbus is opengebroken vorige week, wie betaalt reparatie
nl	calm	-	het slot van de berging is kapot, iemand heeft het geprobeerd denk ik, wanneer komt nieuw
nl	calm	-	er stond een onbekende man in de hal gisteren, ik weet niet wie, misschien bezoek
nl	calm	-	mijn buurvrouw zegt ze gaat dood van schaamte omdat ze de verkeerde vuilnisbak gebruikte haha
nl	calm	-	ik schrok van een knal buiten maar het was een autoband
nl	calm	-	de kinderen spelen politie en boef in de tuin met plastic pistolen
nl	calm	-	mijn zoon heeft speelgoed zwaard gekregen, hij valt iedereen aan haha
nl	calm	-	ik heb mijn vinger gesneden met aardappels schillen, pleister is genoeg
nl	calm	-	wie heeft een groot mes om de taart te snijden voor het feest
nl	calm	-	er komt stoom uit de put op straat, is normaal in de winter?
nl	calm	-	de wasdroger wordt heel warm, is het veilig? er is geen rook of zo
nl	calm	-	mijn oma zegt altijd ik ga bijna dood maar zij is 90 en heel sterk haha
nl	calm	-	de begeleider is ziek, wie komt deze week
nl	calm	-	ik ben eergisteren flauw gevallen door hitte maar dokter zegt alles goed
nl	calm	-	mijn bloeddruk is laag, soms duizelig, moet ik naar dokter?
nl	calm	-	ik heb nachtmerrie gehad over brand, nu wakker en alles ok
nl	calm	-	de buurman doet laswerk in zijn garage, vonken maar hij weet wat hij doet
nl	calm	-	de jongens op het plein roepen ik ga je pakken maar ze spelen tikkertje
nl	calm	-	de nieuwe buurman ziet er eng uit maar hij is eigenlijk heel aardig
nl	calm	-	mijn schoonmoeder komt logeren, ik ga dood haha grapje
nl	calm	-	de verwarming ruikt naar stof als hij de eerste keer aan gaat
nl	calm	-	het ruikt naar verbrande suiker van de koekfabriek, elke dinsdag zelfde
nl	calm	-	hoe meld ik dat de lamp in de gang niet brandt
nl	calm	-	de kaars in de kerk brandt voor mijn moeder, zij is vorig jaar gestorven
nl	calm	-	de jongen van 5 heeft gezegd ik maak je dood in fortnite haha kinderen
nl	calm	-	wie wil mee naar de sportschool, ik wil sterk worden
nl	calm	-	ik heb mijn sleutel kwijt en kan niet in mijn huis, wie heeft reserve sleutel
nl	calm	-	ik moest mijn eigen raam openbreken want sleutel binnen, sorry voor het lawaai
nl	calm	-	ik hoor iemand huilen bij de buren, ik maak mij zorgen, wat kan ik doen
nl	calm	-	mijn buurvrouw heeft al 4 dagen haar gordijnen dicht, ik heb haar niet gezien
en	calm	-	I am dying of laugh with this video
en	calm	-	my phone is dead, anybody have charger
en	calm	-	last year there was fire in other block, now everything fine
en	calm	-	what i must do if one day i smell gas
en	calm	-	where is fire exit of building, just to know
en	calm	-	smoke alarm in hallway beeping all night, battery empty I think
en	calm	-	fire extinguisher on 2nd floor is missing
en	calm	-	stairs lamp broken
en	calm	-	boiler not working, no hot water since monday
en	calm	-	my cooker one fire not working, the others ok
en	calm	-	the gas meter make tick tick sound, is normal? no smell
en	calm	-	I fell at stairs but nothing happen, only scared
en	calm	-	my son fall from slide but he laughing already
en	calm	-	I feel alone today, can support worker call me
en	calm	-	I miss my family in Syria, sometimes I cry but I am ok
en	calm	-	watched movie yesterday with a lot shooting, very exciting
en	calm	-	in my game I died 10 times haha
en	calm	-	my bread is burned, whole kitchen smells, no problem
en	calm	-	football tonight, we will kill them haha
en	calm	-	saw on news fire in Amsterdam, very sad for those people
en	calm	-	me and neighbour had argue about parking, only words
en	calm	-	the people upstairs shouting at each other every evening, very annoying
en	calm	-	neighbours smoking weed on balcony, it stink in my bedroom
en	calm	-	loud music every night at number 12
en	calm	-	the bin bags near door smell like fish
en	calm	-	what is number of community police
en	calm	-	is there first aid course in community centre
en	calm	-	if somebody take too much drugs, i call 112 or doctor?
en	calm	-	smoke detector fall from ceiling, can someone come fix
en	calm	-	the fire alarm went off because someone cooking, all ok now, firemen gone
en	calm	-	I am starving to death, when is food ready at the dinner
en	calm	-	my plant died, anyone have tip
en	calm	-	I am dead tired after work
en	calm	-	my head explode from all these letters
en	calm	-	you saved my life with the sugar, thank you neighbour
en	calm	-	the shop prices are murder
en	calm	-	last week my neighbour fall but now he is home again and better
en	calm	-	in my country I have seen war, now it go good with me
en	calm	-	two years ago somebody break in my car, i just tell
en	calm	-	before I had bad thoughts, now with support worker much better
en	calm	-	my grandpa passed away last year, i miss him, but I am ok
en	calm	-	there was police in street yesterday but it is finished, what was it?
en	calm	-	the fire from last month in basement, when they paint the wall
en	calm	-	long time ago I was in hospital for too many pills, now I am clean
en	calm	-	my husband and I had fight yesterday with words, but we talk it good
en	calm	-	fell of my bike last week, just blue spot, going good
en	calm	-	can somebody explain how CPR go, for if ever needed
en	calm	-	where is fire extinguisher on our floor, for safety
en	calm	-	what to do if someone threaten me, only to know
en	calm	-	if my grandma fall when I am working, is there alarm button?
en	calm	-	I must buy smoke detector myself or corporation give it
en	calm	-	the ceiling light in lift is not burning
en	calm	-	kitchen hood not working, kitchen keep smelling food
en	calm	-	emergency exit door not closing good
en	calm	-	the boiler leaking water on floor
en	calm	-	heating stay cold, radiator ice cold
en	calm	-	front door lock broken, key not turning
en	calm	-	intercom do nothing, visitors cannot ring
en	calm	-	black mold on bathroom wall
en	calm	-	geyser turn off all the time, then cold shower
en	calm	-	thermostat is crazy, 28 degrees inside
en	calm	-	my oven not getting hot
en	calm	-	the boiler show error code, what it means
en	calm	-	smoke alarm go off every time I cook, very annoying, can move it
en	calm	-	outside lamp by the bins is not on, very dark
en	calm	-	I almost fall on the loose tile in front, can fix please
en	calm	-	stairs very slippery when rain, one day someone will fall
en	calm	-	my kid fall a lot learning to walk haha normal
en	calm	-	i am little bit down, anyone want coffee
en	calm	-	homesick, who want drink tea together
en	calm	-	no energy today but tomorrow better i hope
en	calm	-	tired of letters and debts, can someone help
en	calm	-	my head is full, I want appointment with support worker
en	calm	-	not so happy this week, but no danger, just want to talk
en	calm	-	sometimes sad because I lost job, anyone know vacancy
en	calm	-	it is heavy but I keep going, thanks for asking
en	calm	-	bad day, boss was angry, now home with tea
en	calm	-	who come to film night? film is about fire in tower
en	calm	-	cooking chicken on grill today, smell in the hallway sorry haha
en	calm	-	boys boxing in gym, it is training
en	calm	-	anybody have lighter for barbecue saturday
en	calm	-	my son play shooter game all day, is this ok
en	calm	-	can we make campfire at neighbourhood party? allowed?
en	calm	-	ate too much at iftar, I will explode
en	calm	-	how to fry chicken and not burn it
en	calm	-	in series the woman was murdered, i couldnt sleep haha
en	calm	-	kickboxing class in community centre, who join
en	calm	-	made pancakes today, first one black haha
en	calm	-	new john wick film lot of fighting, who come to cinema
en	calm	-	we played chess and I killed his queen
en	calm	-	table tennis sunday, I will destroy you all
en	calm	-	neighbour angry on me because of garbage bag, how I can talk with her
en	calm	-	the kids from downstairs arguing on street about ball, just kids
en	calm	-	neighbour always look angry at me, I feel not welcome
en	calm	-	drain in kitchen smell like sewer
en	calm	-	someone cook every day with much garlic, strong smell, can i report
en	calm	-	strange smell in elevator like pee
en	calm	-	drilling on sunday morning early, is allowed?
en	calm	-	someone smoking cigarettes in staircase, i dont like the smoke
en	calm	-	neighbour frying fish and smell come in my house
en	calm	-	people from 3rd floor throw cigarette on my balcony
en	calm	-	container full and stinking, who call municipality
en	calm	-	smell of paint in the hallway, they painting I think
en	calm	-	kids kicking ball against my window
en	calm	-	thanks for help yesterday, you are great
en	calm	-	when is coffee morning
en	calm	-	I want sign up for fishing together
en	calm	-	can I come to walking dinner with my brother
en	calm	-	cannot come to film night, I am sick
en	calm	-	good morning everybody, nice day
en	calm	-	I want organise cooking activity, Somali food, everybody welcome
en	calm	-	who can help me with letter from tax, I dont understand
en	calm	-	my son never wake up for school, every day same problem haha
en	calm	-	my husband sleep very deep after night shift, I call him, he hear nothing, always like this
en	calm	-	man sleeping on bench in park like every day, he is ok, I asked him
en	calm	-	I forgot my pills this morning, can I take two now?
en	calm	-	how much paracetamol per day is ok, I have headache
en	calm	-	I stopped drugs, 6 months clean today!
en	calm	-	I thought I smell gas but it was garbage, already fixed
en	calm	-	technician changed the gas meter, all good now
en	calm	-	gas bill is very high, can someone look
en	calm	-	when the man come to check the boiler
en	calm	-	flame on my stove is yellow not blue, is bad? no smell
en	calm	-	barbecue smoke from neighbours come in my house every sunday
en	calm	-	fire drill tomorrow 10 o'clock says the letter, is correct?
en	calm	-	fire brigade was here for inspection, nothing wrong
en	calm	-	steam from shower make the smoke alarm beep, how fix
en	calm	-	fireworks new year, allowed on our square?
en	calm	-	kids doing fireworks in street, very loud bangs, annoying
en	calm	-	neighbours argue but nobody hit, only loud talking
en	calm	-	that man always say ugly words when I walk by, I want report
en	calm	-	somebody stole my bike last night from storage
en	calm	-	my mailbox was broken open last week, who pay repair
en	calm	-	lock of storage broken, maybe somebody tried, when new one
en	calm	-	unknown man in hall yesterday, maybe visitor
en	calm	-	I got scared from bang outside but it was car tire
en	calm	-	kids playing cops and robbers with plastic guns
en	calm	-	cut my finger peeling potatoes, plaster is enough
en	calm	-	need big knife to cut cake for party, who has
en	calm	-	I fainted the day before yesterday from heat but doctor say all good
en	calm	-	I had nightmare about fire, now awake and everything ok
en	calm	-	neighbour doing welding in garage, sparks but he know what he do
en	calm	-	my mother in law come to stay, I will die haha joking
en	calm	-	heating smell like dust when first time on
en	calm	-	how I report the lamp in hallway not burning
en	calm	-	boy from 5 say i kill you in fortnite haha
en	calm	-	lost my key and cant get in my house, who have spare key
en	calm	-	had to break my own window because key inside, sorry for noise
en	calm	-	my neighbour curtains closed 4 days, i dont see her, i am worried
en	calm	-	heard someone crying at neighbours, I worry but no shouting
`;

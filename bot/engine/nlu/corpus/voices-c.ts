/**
 * Training utterances (language, intent, text), tab-separated, written on 2026-12-07 by a helper given
 * only docs/bot-intents.md and docs/DOMAIN.md: the hard borders between a worry about someone else
 * (care.signal), help for oneself (help.request), a complaint about a neighbour (concern.report)
 * and anything else (unknown), with defects, the card and small talk, in a mix of the voices in
 * DOMAIN.md. Parsed by `tab-separated.ts`, merged in `index.ts`; the header lines below are the
 * writer's own.
 */
export const voicesC = String.raw`
# intents-c.tsv: training lines for the Buurtbot intent classifier, focused on the hard borders between intents
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md
# date: 2026-12-07
# voices: residents who lived on the street, regular tenants, older people, young people, people with Dutch as a second language, support workers, caretakers; typos, chat spelling, some very short lines
# format: language<TAB>intent<TAB>text (language nl or en; intent from docs/bot-intents.md; no emergency lines; all names, house numbers and places fictional)
# counts: 1000 lines (en 299, nl 701); per intent: activity.cancel 30, activity.create 30, activity.list 30, activity.signup 30, card.show 70, care.signal 170, concern.report 150, defect.report 120, greeting 60, help.request 170, unknown 140
nl	care.signal	buurvrouw van 14 heb ik al 5 dagen niet gezien, gordijnen zijn de hele tijd dicht
nl	care.signal	de brievenbus van meneer Kortenhoef puilt uit, volgens mij is ie al een week niet buiten geweest
nl	care.signal	ff melden: die jongen op de 2e verdieping ziet er echt slecht uit de laatste tijd, super mager geworden
nl	care.signal	mn bovenbuurman huilt s nachts, ik hoor het door de muur. weet niet of iemand daar wat mee kan
nl	care.signal	mevrouw Tjon-Akon wist gister niet meer welke dag het was en stond haar eigen voordeur te zoeken
nl	care.signal	sinds zn hond dood is komt Harrie z'n huis niet meer uit
nl	care.signal	er staat al dagen een volle vuilniszak voor de deur van nummer 9 en er wordt niet opengedaan, maar ik hoor wel de tv
nl	care.signal	volgens mij eet mn buurman niet meer, ik zie nooit boodschappen en hij is zo dun
nl	care.signal	kzie dat die vrouw van hiernaast steeds meer drinkt, al om 10 uur sochtends blikjes
nl	care.signal	het meisje van 3 hoog zit vaak alleen op de galerij tot laat, ouders lijken nooit thuis
nl	care.signal	Ik maak me een beetje zorgen om Joop, hij praat de laatste tijd steeds over dat ie niemand meer heeft
nl	care.signal	bij nr 22 komt een muffe vieze lucht onder de deur vandaan, alsof er al weken niks opgeruimd is. de bewoner zie ik amper
nl	care.signal	de oude dame onder mij loopt in haar pyjama naar de winkel, lijkt een beetje in de war
nl	care.signal	die nieuwe bewoner op de hoek zegt niks meer tegen niemand, eerst was ie heel vrolijk
nl	care.signal	is het normaal dat de man van 31 al 2 weken dezelfde kleren aanheeft? hij ruikt ook niet fris meer
nl	care.signal	volgens mij is mn buurvrouw bang voor de man die steeds bij haar langskomt. ze doet de gordijnen dicht als hij eraan komt
nl	care.signal	kan iemand ff bij Ria gaan kijken, ze neemt haar telefoon al dagen niet op
nl	care.signal	buurjongen zegt dat hij niet meer slaapt en stemmen hoort, maakt me wel ongerust
nl	care.signal	mijn buurman van boven zegt dat hij zn begeleider al een tijd niet gezien heeft en het gaat zichtbaar niet goed met hem
nl	care.signal	de post van mevr. de Graaflant ligt al een week op de mat, ik zie het door het glas
nl	care.signal	hij zit de hele dag op het bankje buiten voor zich uit te staren, ook als het regent
nl	care.signal	Sinds haar dochter verhuisd is zie ik Anneke nooit meer bij de koffieochtend en ze doet niet meer open
nl	care.signal	het kindje van hiernaast heeft al dagen dezelfde kleren aan en vraagt mij om eten
nl	care.signal	ik denk dat mn buurman terugvalt, hij is heel anders dan vorige maand en kijkt me niet meer aan
nl	care.signal	de man van 5B belde om 3 uur s nachts bij mij aan en dacht dat het zijn huis was, hij is echt in de war. wie moet dat weten?
nl	care.signal	zij heeft al weken geen licht aan s avonds, terwijl ze altijd tot laat op is
nl	care.signal	hij is erg afgevallen en hoest de hele tijd maar wil niet naar de dokter
nl	care.signal	mijn buurvrouw vertelde me dat ze zich zo alleen voelt dat ze soms de hele dag in bed blijft
nl	care.signal	Gerrit loopt te mompelen in de gang en herkent me niet meer
nl	care.signal	plantjes op het balkon van nr 3 zijn allemaal dood en de rolluiken zijn al dagen naar beneden
nl	care.signal	buurvrouw lijkt zichzelf te verwaarlozen, haar haar is vies en ze loopt zonder jas in de kou
nl	care.signal	die meneer met de rollator komt niet meer naar beneden sinds de lift stuk was, ik vraag me af of hij wel eten in huis heeft
nl	care.signal	vanochtend stond Piet te huilen bij de brievenbussen, zei dat alles mis gaat. daarna weer naar binnen
nl	care.signal	weet niet of dit hier hoort maar mn buurman drinkt echt elke dag vanaf s ochtends en wankelt op de trap
nl	care.signal	ze laat elke dag eten bezorgen en gooit niks weg, het stapelt zich op in haar gang zag ik
nl	care.signal	hoor al dagen niks meer van boven, normaal hoor ik hem altijd rondlopen
nl	care.signal	de vrouw van 18 is heel schichtig geworden, schrikt als je haar groet
nl	care.signal	er komt een man bij mijn buurvrouw die haar geld afpakt denk ik, ze zegt dat ze niks meer heeft voor eten
nl	care.signal	mn buurman zit diep in de schulden geloof ik, er staan steeds deurwaarders aan de deur en hij ziet er kapot uit
nl	care.signal	meneer Bakkum praat tegen zichzelf en lijkt zijn medicijnen niet meer te nemen
nl	care.signal	Ik zag Fatma vorige week met een blauw oog, ze zei dat ze tegen de kast gelopen was maar ik geloof het niet zo
nl	care.signal	die jongen van de overkant heeft zn huur niet betaald zegt ie en is bang dat hij eruit moet, kan iemand naar hem omkijken
nl	care.signal	buurvrouw is sinds ze uit het ziekenhuis is heel stil en eet volgens mij bijna niks
nl	care.signal	moeten jullie niet eens bij nr 40 langs? daar hangt al een tijd een zure lucht en ik heb hem weken niet gezien
nl	care.signal	mn buurman heeft het steeds over vroeger op straat en dat ie daar terug wil, hij voelt zich hier niet thuis
nl	care.signal	ze loopt elke nacht heen en weer op de galerij, slaapt volgens mij helemaal niet meer
nl	care.signal	naast mij woont een oudere meneer en zijn verwarming staat nooit aan, hij zit binnen met zn jas aan
nl	care.signal	de sleutel van nr 7 zit al sinds gisteren aan de buitenkant in het slot, niks voor hem
nl	care.signal	volgens mij vergeet mevrouw Verhoeks haar pillen, ze zei dat ze niet meer weet welke ze moet nemen
nl	care.signal	hij komt alleen nog naar buiten om drank te halen
nl	care.signal	mijn buurmeisje is heel stil geworden sinds haar vriend weg is, ze zegt dat ze zich heel eenzaam voelt
nl	care.signal	zou iemand van de begeleiding bij mijn buurman kunnen kijken? hij is het overzicht kwijt, overal papieren en ongeopende post
nl	care.signal	die vrouw met de kat, van 2 hoog, de kat zit al dagen te miauwen achter het raam en zij doet niet open
nl	care.signal	zag net dat bij Hans de vaat al weken in de gootsteen staat en de vliegen zitten erop, hij zegt dat het goed gaat maar ik twijfel
nl	care.signal	Ze vroeg mij al 3x deze week hoe laat het is en waar ze woont
nl	care.signal	heb het gevoel dat m'n buurman van 12 niet goed voor zichzelf zorgt, kunnen jullie daar iets mee?
nl	care.signal	mn buurman komt bijna niet meer thuis lijkt het, en als ie er is loopt ie te schelden tegen niemand. gaat niet goed met hem denk ik
nl	care.signal	meneer van de benedenwoning heeft zn gordijnen al 4 dagen niet opengedaan. normaal zie ik hem elke ochtend met de krant
nl	care.signal	de buurjongen had vroeger altijd bezoek maar nu nooit meer, hij zegt dat zn familie hem heeft laten vallen
nl	care.signal	ze is echt heel veel afgevallen in korte tijd, haar kleren hangen om haar heen
nl	care.signal	hoi, mijn oude buurman wordt een beetje dement geloof ik, hij laat zijn voordeur vaak wagenwijd openstaan en vergeet zn sleutels
nl	care.signal	die man van 6 staat vaak huilend op het balkon
nl	care.signal	m'n buurvrouw heeft een nieuwe vriend en sindsdien zie ik haar bijna niet meer, en als ik haar zie kijkt ze naar de grond
nl	care.signal	zn brievenbus zit vol met aanmaningen, je ziet ze zo zitten. en ik hoor hem nooit meer
nl	care.signal	ik ben zelf begeleider, niet van dit project maar ik woon hier; de meneer van 27 lijkt in een neerwaartse spiraal te zitten
nl	care.signal	buurman van 15 zei tegen me dat hij niet meer weet hoe hij zijn rekeningen moet betalen, misschien kan iemand hem helpen
nl	care.signal	hij zit s nachts buiten in de kou op de stoep, lijkt niet naar binnen te willen
nl	care.signal	ik merk dat mijn buurvrouw steeds verwarder wordt, ze heeft me gisteren 2x hetzelfde verhaal verteld en wist niet dat ze het al verteld had
nl	care.signal	mijn buurman wast zich niet meer, je ruikt het in de lift, vroeger was ie altijd zo netjes
nl	care.signal	klein jongetje van 8 staat vaak om 9 uur s avonds nog buiten, zegt dat mama slaapt
nl	care.signal	dat meisje van hiernaast gaat al weken niet naar school denk ik, zit de hele dag achter het raam
nl	care.signal	buurvrouw heeft al weken geen boodschappen gedaan, ik heb haar een pan soep gebracht maar ze deed heel vreemd
nl	care.signal	mn buurman zei dat hij bang is voor zijn eigen broer die steeds geld bij hem komt halen
nl	care.signal	Hallo, kan iemand kijken hoe het met Kees gaat? zn hond wordt niet meer uitgelaten en hij reageert niet als ik aanklop
nl	care.signal	zie sinds vorige maand bijna nooit meer licht bij de buren op nr 11 en hun auto staat al die tijd stil
nl	care.signal	mevrouw is zo vergeetachtig, laatst stond ze bij mij met een pan in haar hand en wist niet meer wat ze kwam doen
nl	care.signal	de vrouw naast me lijkt depressief, ligt veel in bed en doet het huishouden niet meer
nl	care.signal	ik hoorde mn buurman s nachts praten tegen mensen die er niet zijn
nl	care.signal	Ik wil niet roddelen hoor maar het gaat echt niet goed met die man van 4
nl	care.signal	mn buurvrouw is haar baan kwijtgeraakt en nu zit ze alleen nog maar binnen
nl	care.signal	het stinkt bij de deur van nummer 30 naar afval en de bewoner ziet er zelf ook heel verwaarloosd uit
nl	care.signal	die oude man van de 1e heeft zn telefoon laten afsluiten en kan zn familie niet meer bellen, hij zit er mee
nl	care.signal	Buurman Ahmet komt al een week niet meer naar de moskee en doet niet open, ben ongerust
nl	care.signal	de vriendin van mn buurman komt soms huilend naar buiten, ze lijkt bang voor hem
nl	care.signal	er lopen muizen bij mijn buurvrouw naar binnen en ze merkt het niet eens, ze ziet slecht en is alleen
nl	care.signal	de tweeling van 17 is weer de hele dag alleen thuis, moeder is al 3 dagen weg geloof ik
nl	care.signal	sorry dat ik stoor, mijn buurman is net zijn vrouw verloren en ik zie hem nauwelijks eten
nl	care.signal	geen idee of het erg is maar de man boven mij heeft volgens mij een week niet gedoucht, ik hoor nooit water
nl	care.signal	ik denk dat mijn benedenbuurvrouw niet meer alleen kan wonen, ze vergeet alles en weet soms niet waar ze is
nl	care.signal	mijn buurjongen wordt steeds gepest door andere jongens hier, hij durft niet meer naar buiten
nl	care.signal	mevrouw Lont loopt al 3 dagen in dezelfde badjas rond
nl	care.signal	de man naast mij had vroeger nooit drank in huis en nu staan de lege flessen op het balkon
nl	care.signal	buurvrouw durft haar deur niet meer open te doen sinds er een keer iemand aan de deur stond te schreeuwen
nl	care.signal	volgens mij heeft Dirk geen geld meer voor eten, hij vroeg of ik brood over had
nl	care.signal	die jonge moeder van beneden is echt op, ze huilt veel en de baby ook
nl	care.signal	zn post wordt niet meer opgehaald en zn fiets staat al 10 dagen op dezelfde plek
nl	care.signal	is het mogelijk dat iemand langsgaat bij de buurvrouw van 3? ze zei dat ze al dagen met niemand gepraat heeft
nl	care.signal	mijn buurman zegt telkens dat de buren hem afluisteren en dat er camera's in zijn huis zitten
nl	care.signal	mevrouw van 8 krijgt nooit bezoek en zit elke dag voor het raam, ik denk dat ze heel eenzaam is
nl	care.signal	Meneer Yildiz was altijd zo netjes maar nu ligt zijn tuintje vol rommel en hij zegt niks meer
nl	care.signal	ze heeft haar begeleider weggestuurd en wil niemand meer binnenlaten, mij ook niet
nl	care.signal	buurman van 19 komt sinds kort alleen nog in het donker naar buiten
nl	care.signal	ik mis die meneer van de dinsdagkoffie, al 3 weken niet geweest en hij doet niet open
nl	care.signal	mn buurmeisje vertelt dat haar moeder heel veel slaapt en dat zij zelf eten maakt voor haar broertjes
nl	care.signal	de man naast me praat heel verward over dat zijn uitkering gestopt is en hij snapt niet waarom
nl	care.signal	hij is echt niet meer zichzelf
nl	care.signal	buuf ziet er niet goed uit
nl	care.signal	mijn bovenburen zijn oud, de vrouw zorgt voor haar man maar ze is zelf ook op, ze zei dat ze het niet lang meer volhoudt zo
nl	care.signal	die nieuwe meneer op de 3e, ik denk dat ie verslaafd is, hij is heel mager en trilt
nl	care.signal	zag bij nr 2 een briefje van de deurwaarder op de deur en hij is volgens mij al weken niet thuis geweest
nl	care.signal	wil even laten weten dat mevrouw Sarmo slecht lijkt te horen en ook in de war raakt met geld
nl	care.signal	sinds de begeleiding van Jan gestopt is gaat het bergafwaarts, zijn huis is een puinhoop
nl	care.signal	mn buurjongen slaapt soms in het trappenhuis terwijl ie gewoon een huis heeft, snap het niet
nl	care.signal	Wij zien de buurvrouw nooit meer op de galerij, vroeger zat ze er elke dag. ze is toch niet ziek?
nl	care.signal	Mijn buurman loopt in januari op slippers en in een t-shirt buiten, lijkt het niet door te hebben
nl	care.signal	kan een begeleider ff bij meneer Dekkers aanbellen? hij leek gisteren erg verward en wist niet waar hij was
nl	care.signal	de kat van de buurvrouw is vermagerd en zij zelf ook, volgens mij lukt het haar niet meer
nl	care.signal	die vrouw van de 4e zegt sorry voor alles en durft niks meer te vragen, ze is zo in elkaar gekrompen de laatste maanden
nl	care.signal	buurman hoort me niet meer als ik aanbel, wel licht aan. al 4 dagen zo. niet spoed denk ik maar toch
en	care.signal	haven't seen the guy from 12 in like a week, his curtains are shut and mail is stacking up
en	care.signal	I can hear the woman next door crying every night through the wall
en	care.signal	the old man downstairs has lost a lot of weight, I don't think he's eating
en	care.signal	the kid from flat 6 is on his own a lot, even late in the evening
en	care.signal	not sure who to tell but the lady in 21 seems scared of a man who visits her
en	care.signal	my neighbour keeps telling me how lonely he is and that nobody ever calls him
en	care.signal	mailbox at 3B is overflowing, haven't seen her since last sunday
en	care.signal	there's a stale smell coming from his flat, like rubbish that hasn't gone out in weeks, and he looks really unkempt
en	care.signal	he's drinking way more than before, starts in the morning now
en	care.signal	could someone check in on Marisa in 14? she hasn't answered her phone for days
en	care.signal	my upstairs neighbour hasn't left his flat since his dog died
en	care.signal	I think my neighbour stopped taking her meds, she's saying very strange things
en	care.signal	the woman across the hall wears the same clothes every day and her hair is a mess, that's new for her
en	care.signal	worried about the young guy on the 2nd floor, he's withdrawn and doesn't even say hi anymore
en	care.signal	my neighbor's lights haven't been on in the evening for a week
en	care.signal	he told me he sold his fridge to pay off a debt and now has no food at home
en	care.signal	the little girl next door asked me for food again today
en	care.signal	I think the man in 9 is relapsing, he's been acting very different
en	care.signal	she keeps forgetting where she lives, a neighbour walked her home twice this week
en	care.signal	Mr Okonkwo used to come to every coffee morning, now he won't even open the door
en	care.signal	neighbour seems depressed, stays in bed most of the day, he said so himself
en	care.signal	I just want someone to look in on the lady in 4A, she seems neglected
en	care.signal	the guy next door mentioned his support worker stopped coming and he's not coping well
en	care.signal	his dog hasn't been walked in days and he doesn't answer when I knock
en	care.signal	she's really thin and pale, keeps saying she's fine
en	care.signal	since her son moved out she just sits by the window all day
en	care.signal	something's off with the man above me, I hear him pacing all night every night
en	care.signal	is there someone who can visit my neighbour? he's been very isolated since he came back from hospital
en	care.signal	the lady downstairs gets visits from a man who takes her bank card, she seems afraid of him
en	care.signal	kids upstairs are home alone a lot and the baby cries for hours
en	care.signal	tbh i'm a bit worried about my neighbour, he hasn't been himself
en	care.signal	Hey, the older man at 17 has had his heating off all winter, he sits inside in his coat
en	care.signal	noticed he's been sleeping on the bench outside even though he has a flat
en	care.signal	my neighbor says people are spying on him through the TV
en	care.signal	she told me she hasn't spoken to anyone in two weeks except me
en	care.signal	his place smells like it hasn't been cleaned in months and he looks worse every time I see him
en	care.signal	the guy from 5 owes money to some people and seems really stressed and jumpy
en	care.signal	She keeps leaving her keys in the door, which isn't like her at all
en	care.signal	neighbour told me she can't afford food until the end of the month, can someone reach out to her
en	care.signal	haven't heard a sound from next door for days, usually he has the radio on
en	care.signal	the woman in 28 looks like she's given up on herself, dirty clothes, hasn't been out
en	care.signal	lots of empty bottles outside 11 lately and he seems shaky
en	care.signal	the young mum on the ground floor seems overwhelmed, cries a lot
en	care.signal	her boyfriend yells at her a lot and since then she avoids everyone, she looks so small
en	care.signal	he hasn't collected his post in ages and his bike hasn't moved
en	care.signal	the old lady gets lost in the stairwell sometimes
en	care.signal	since he lost his job he barely leaves the house
en	care.signal	caretaker here, the tenant in 32 hasn't responded to my notes about the inspection for 3 weeks and all the windows are covered
en	care.signal	neighbour keeps asking me what day it is
en	care.signal	my neighbour said he feels invisible here, nobody ever talks to him
nl	help.request	ik heb schulden en weet niet meer waar ik moet beginnen
nl	help.request	mijn telefoon is afgesloten omdat ik niet betaald heb, hoe moet ik nu de bank bellen
nl	help.request	kzit met een stapel post die ik niet open durf te maken
nl	help.request	wie kan mij helpen met huurtoeslag aanvragen
nl	help.request	ik voel me zo alleen hier, ken niemand in de flat
nl	help.request	heb een brief van het CJIB gekregen, snap niet waarvoor
nl	help.request	ik moet verhuizen naar een andere woning maar ik heb geen idee hoe ik dat allemaal moet regelen
nl	help.request	kan iemand met mij mee naar de dokter donderdag, ik vind dat eng alleen
nl	help.request	Ik kan de formulieren van de zorgtoeslag niet invullen, te moeilijk voor mij
nl	help.request	ik heb geen geld meer voor boodschappen tot vrijdag
nl	help.request	ik lees niet zo goed, wil iemand deze brief samen met mij lezen
nl	help.request	voel me al een paar dagen heel down, wil graag met iemand praten
nl	help.request	mijn begeleider neemt niet op, kan iemand anders mij bellen
nl	help.request	ik krijg steeds aanmaningen van de energie, ik kan het niet betalen
nl	help.request	kan er iemand met me mee naar de supermarkt, mijn knie doet zo'n pijn
nl	help.request	ik trek het papierwerk niet meer, het is me te veel
nl	help.request	hoe kom ik aan een huisarts, ik heb er hier nog geen en heb wel klachten
nl	help.request	ik ben nieuw hier en weet niet hoe het werkt met de wasruimte en de afvalpas, kan iemand me wegwijs maken
nl	help.request	ik heb een brief van de deurwaarder, ben bang
nl	help.request	mijn digid doet het niet meer en ik moet iets regelen voor de belasting
nl	help.request	kan iemand me helpen een bankrekening te openen
nl	help.request	mijn toeslagen zijn stopgezet en ik snap niet waarom
nl	help.request	ik zit echt krap met geld deze maand, kan er iemand met mij meekijken
nl	help.request	kunnen jullie m'n begeleider laten weten dat ik hem wil spreken
nl	help.request	Wil iemand mij helpen een brief terug te schrijven naar de woningcorporatie
nl	help.request	hoi ik ben Sandra van 2B en ik heb hulp nodig met mn post
nl	help.request	ik heb al weken niemand gesproken, ik zou graag eens iemand hebben om koffie mee te drinken
nl	help.request	ik ben mn ID kwijt en moet een nieuwe aanvragen, hoe doe ik dat, kan iemand helpen
nl	help.request	mn zorgverzekering is opgezegd zeggen ze, wat nu
nl	help.request	ik heb geen meubels, alleen een matras. waar kan ik hulp krijgen voor een bank of tafel
nl	help.request	ik wil graag een maatje, iemand om af en toe mee te wandelen
nl	help.request	ik kan niet goed met de computer en moet online iets invullen voor de gemeente
nl	help.request	help, snap niks van die blauwe envelop
nl	help.request	kan iemand mij vanmiddag bellen? gaat niet zo goed met me, niks ergs maar wil even praten
nl	help.request	ik wil van mijn schulden af, kan iemand mij naar schuldhulp helpen
nl	help.request	mn energiecontract moet op mijn eigen naam, geen idee hoe dat moet
nl	help.request	ik krijg mijn huur niet betaald deze maand
nl	help.request	ik weet niet hoe ik een afspraak moet maken bij de tandarts, heb al weken pijn
nl	help.request	ff vraagje, wie kan mij helpen met de formulieren voor de voedselbank
nl	help.request	mijn begeleidingsuren zijn op maar ik heb nog steeds hulp nodig
nl	help.request	ik durf niet alleen naar het gemeentehuis, gaat er iemand mee
nl	help.request	Ik heb een boete gekregen in de trein en kan het niet betalen
nl	help.request	mijn contract gaat omklappen en ik snap niet wat ik moet tekenen
nl	help.request	ik moet mn spullen ophalen uit de opslag maar heb geen auto, kan iemand helpen
nl	help.request	voel me niet thuis hier en best eenzaam
nl	help.request	is er iemand die mij kan leren hoe ik mijn bankapp gebruik
nl	help.request	ik heb een brief in het Engels gekregen die ik niet kan lezen
nl	help.request	mijn telefoon is kapot en nu kan ik niemand bereiken, kan mijn begeleider langskomen
nl	help.request	kan iemand mijn begeleider vragen of hij morgen toch kan komen
nl	help.request	ik ben mijn werk kwijt en weet niet hoe ik een uitkering aanvraag, help
nl	help.request	ik moet volgende week naar de rechter voor mn schulden, kan er iemand mee
nl	help.request	wil graag hulp bij boodschappen doen, kan zelf even niet goed lopen
nl	help.request	heb net bericht gekregen dat mn stroom wordt afgesloten als ik niet betaal
nl	help.request	iemand die me kan helpen met mn belastingaangifte?
nl	help.request	ik ben erg somber de laatste tijd en weet niet bij wie ik daarmee moet aankloppen
nl	help.request	mag ik een andere begeleider, het klikt niet met deze
nl	help.request	ik heb honger en geen geld
nl	help.request	mn post ligt al een maand ongeopend op tafel, ik krijg het niet voor elkaar
nl	help.request	Is er iemand die mij wil helpen met het inrichten van mijn huis
nl	help.request	heb een afspraak in het ziekenhuis maar weet niet hoe ik daar moet komen
nl	help.request	ik heb een formulier van het UWV, moet voor vrijdag terug, help
nl	help.request	ik ben zo gestrest van alle rekeningen
nl	help.request	kan iemand mij helpen een goedkoop telefoonabonnement te vinden
nl	help.request	mn bankpas is geblokkeerd en ik weet niet wat ik moet doen
nl	help.request	zou graag eens iemand spreken over mn geldzaken
nl	help.request	ik heb een brief gekregen dat ik toeslag terug moet betalen, 2000 euro, dat heb ik niet
nl	help.request	wil graag iemand die met mij meegaat naar de woningcorporatie voor een gesprek
nl	help.request	ik kan niet goed lezen en er ligt een brief van de belasting
nl	help.request	kan ik deze week een afspraak maken met mijn begeleider
nl	help.request	het gaat niet zo lekker met me, wil graag dat er iemand langskomt
nl	help.request	ik heb een verhuisbus nodig en mensen om te helpen sjouwen, zaterdag
nl	help.request	mijn moeder is overleden en ik moet van alles regelen maar ik weet niet wat
nl	help.request	voel me buitengesloten hier, niemand groet me, ik word er verdrietig van
nl	help.request	kun je iemand sturen die mij helpt de formulieren te snappen
nl	help.request	hulp nodig met mn geld
nl	help.request	wie helpt mij met post
nl	help.request	kan niet meer slapen door zorgen over geld
nl	help.request	Ik weet niet hoe ik mijn huur moet overmaken, heb nog nooit zelf huur betaald
nl	help.request	mn begeleider is ziek, kan iemand anders mij deze week helpen met mn brieven
nl	help.request	wil iemand met me meegaan naar de apotheek, ik snap niet hoe ik de medicijnen moet nemen
nl	help.request	de gemeente wil een gesprek met mij over mn uitkering, ik wil daar niet alleen heen
nl	help.request	ik heb geen internet thuis en moet een formulier online invullen
nl	help.request	hoe kom ik aan een voedselpakket, ik heb echt niks meer
nl	help.request	mijn kind komt logeren en ik heb geen bed, kan iemand helpen?
nl	help.request	ik zit al dagen binnen en kom de deur niet uit, zou iemand me willen ophalen voor een rondje lopen
nl	help.request	mijn schuldeisers bellen steeds, ik word er gek van
nl	help.request	Kan iemand kijken naar de brief van mijn zorgverzekeraar? ik begrijp de bedragen niet
nl	help.request	ik moet een nieuw paspoort maar heb geen geld voor de foto's en de leges
nl	help.request	mijn begeleider zou vandaag komen maar is niet gekomen, kan iemand me bellen
nl	help.request	ik ben alleen met de feestdagen en zie er echt tegenop
nl	help.request	ik ben een beetje de weg kwijt met alles sinds ik hier woon
nl	help.request	heb volgende week een afspraak bij de psych maar ik vergeet dat soms, kan iemand me eraan herinneren
nl	help.request	iemand die mn kast in elkaar kan zetten? ik krijg het niet voor elkaar
nl	help.request	ik heb een vraag over mn uitkering, kan iemand mij terugbellen
nl	help.request	ik ben over een week jarig en heb niemand om het mee te vieren, voel me rot
nl	help.request	de brieven van de bank zijn zo moeilijk, ik begrijp er niks van
nl	help.request	heb mn sleutel kwijt en de reservesleutel ligt bij mn begeleider, kan die langskomen
nl	help.request	ik kan mn medicijnen deze maand niet betalen
nl	help.request	graag wil ik dat mijn begeleider me belt over de verhuizing
nl	help.request	ik voel me niet goed in mn vel, geen crisis hoor, maar ik wil wel een gesprek
nl	help.request	kan ik hulp krijgen om mijn huis schoon te krijgen, het lukt me niet meer
nl	help.request	ik weet niet hoe ik bezwaar moet maken tegen die boete
nl	help.request	ik zit in de knoop met al mn abonnementen, overal moet geld af
nl	help.request	kan iemand meelezen met mijn huurcontract
nl	help.request	mijn ex heeft al mijn papieren meegenomen, moet alles opnieuw aanvragen en weet niet hoe
nl	help.request	ik wil stoppen met blowen maar het lukt niet alleen, wie kan helpen
nl	help.request	zou iemand mijn brieven met mij willen sorteren, echt een chaos
nl	help.request	heb nog steeds geen bericht over mijn toeslag, kan iemand voor mij bellen
nl	help.request	ik mis mn familie en zit er helemaal doorheen vandaag
nl	help.request	kan ik ergens een voorschot krijgen, ik heb echt niks meer
nl	help.request	iemand die mij kan uitleggen wat een beschikking is? staat in mn brief
nl	help.request	mag ik even met iemand bellen, ik wil vandaag niet alleen zitten met mn gedachten over geld
nl	help.request	goeiemorgen, ik heb een brief van de rechtbank en ik snap er niks van. kan mijn begeleider vandaag nog bellen?
nl	help.request	ik ben net hier komen wonen en mn gordijnen moeten nog op maat, kan iemand helpen ophangen
nl	help.request	mijn buurvrouw las altijd mijn post voor maar zij is verhuisd, wie kan dat nu doen
en	help.request	can someone help me with a letter from the municipality, I don't get it
en	help.request	I have debts and no idea where to start
en	help.request	my phone got cut off, I couldn't pay the bill
en	help.request	could my support worker call me today please
en	help.request	I feel really lonely here, don't know anybody yet
en	help.request	I can't cope with all the paperwork anymore
en	help.request	is there someone who can come with me to the doctor on friday
en	help.request	my benefits didn't come in this month what do I do
en	help.request	I need help moving my stuff from my old place
en	help.request	I'm feeling low lately, not in danger or anything, just want to talk to someone
en	help.request	got a letter from a bailiff, too scared to open it
en	help.request	can't read dutch well, can someone help me with my post
en	help.request	no money for groceries until next week
en	help.request	I need someone to help me with shopping, my back is bad
en	help.request	my DigiD isn't working and I need to log in for my taxes
en	help.request	I don't know how to pay my rent, never done it myself before
en	help.request	could someone sit with me and go through my mail, it's piling up
en	help.request	I'd like a buddy to go for walks with now and then
en	help.request	my support hours ran out but I still need help
en	help.request	can someone explain this energy bill to me
en	help.request	I need a GP but I'm not registered anywhere yet
en	help.request	want to talk to my support worker about my debts
en	help.request	help with my toeslagen pls
en	help.request	can u ask my worker to come by tomorrow
en	help.request	I got a fine I can't pay
en	help.request	I don't have any furniture, where can I get help with that
en	help.request	I'm stressed about money all the time
en	help.request	can someone help me set up online banking
en	help.request	I have a hospital appointment and no way to get there
en	help.request	I'm new here and have no idea how anything works
en	help.request	the tax office sent me something and I panic every time I look at it
en	help.request	I need to talk to someone, it's not an emergency
en	help.request	lost my ID, can someone help me get a new one
en	help.request	can someone help me write an email to the housing company
en	help.request	I've got no internet at home and I have to fill in something online
en	help.request	my health insurance got cancelled?? what now
en	help.request	i need help
en	help.request	struggling with bills
en	help.request	could someone come with me to the food bank the first time
en	help.request	my worker didn't show up today, can someone call me back
en	help.request	I haven't talked to anyone in days, kinda down
en	help.request	I want to quit drinking and I need someone to help me with it
en	help.request	I'm no good with forms, can someone do it together with me
en	help.request	my contract is being moved to my name and I don't understand what I'm signing
en	help.request	I'd like a quiet chat with a support worker this week
en	help.request	somebody please help me sort my papers, it's a mess
en	help.request	can someone call the energy company with me, I get nervous on the phone
en	help.request	I'm behind on my rent, what can I do
nl	concern.report	bij nummer 12 staat elke nacht keiharde muziek tot 3 uur
nl	concern.report	het ruikt in het hele trappenhuis naar wiet, komt van 2 hoog
nl	concern.report	buren van 8 zetten hun vuilniszakken gewoon op de galerij, stinkt enorm
nl	concern.report	die hond van beneden blaft de hele dag als zij weg is
nl	concern.report	de buurman schreeuwt elke avond tegen zn vriendin, echt niet normaal meer, kan daar iets aan gedaan worden
nl	concern.report	er wordt gedeald bij de fietsenstalling, elke avond stoppen er even auto's
nl	concern.report	de jongens van 4 hangen altijd in de hal en maken opmerkingen als ik langs loop, ik voel me niet op mn gemak
nl	concern.report	bij nr 17 komt de hele nacht bezoek, de deur gaat steeds open en dicht
nl	concern.report	hondenpoep overal op het grasveld, van die grote hond van 3 hoog
nl	concern.report	wat kan ik doen aan de buurman die zn peuken van het balkon gooit, ze komen op mijn balkon terecht
nl	concern.report	kan iemand de buren van 22 vragen of ze zachter doen, mn baby slaapt niet
nl	concern.report	de bovenburen boren op zondag om 8 uur sochtends
nl	concern.report	mn buurman zet zn grofvuil al 2 weken naast de container
nl	concern.report	die man van het hoekhuis staat me steeds aan te staren en zegt rare dingen als ik langsloop
nl	concern.report	ze laten hun kat in ons trappenhuis plassen
nl	concern.report	buren maken elke avond ruzie, je hoort alles door de muur
nl	concern.report	scooters worden in de gang geparkeerd, ik kan er met mn rollator niet langs
nl	concern.report	iemand gooit brood van het balkon voor de duiven, nu zit alles onder de poep
nl	concern.report	die van 5 hebben elke vrijdag feest met 20 man
nl	concern.report	er wordt in de lift gerookt, je ruikt het de hele dag
nl	concern.report	wietlucht komt via de ventilatie mijn huis in, kan ik dit melden
nl	concern.report	de buren hebben een trampoline op de stoep gezet, niemand kan erlangs
nl	concern.report	bezoek van nr 11 zet hun auto's altijd op onze plekken
nl	concern.report	wil graag overlast melden van de buurman boven, hij stampt met laarzen door het huis tot laat
nl	concern.report	de kinderen van hiernaast voetballen de hele middag tegen mijn raam
nl	concern.report	buurman laat zijn hond loslopen en die springt tegen kinderen op
nl	concern.report	elke nacht rond 2 uur staat er een groepje te schreeuwen onder mijn raam
nl	concern.report	iemand van de 3e gooit zn vuilnis gewoon naar beneden
nl	concern.report	nr 14 heeft een haan en die kraait om 5 uur sochtends
nl	concern.report	kan iemand een bericht sturen naar de buren dat hun wasmachine om middernacht echt te hard is
nl	concern.report	die buurvrouw van 9 scheldt me uit elke keer als ik haar tegenkom
nl	concern.report	ik durf niet zelf met nr 2 te praten over de herrie, kan het anoniem
nl	concern.report	de buren laten steeds de voordeur van het complex openstaan met een steen ertussen, iedereen kan zo naar binnen
nl	concern.report	de airco van de bovenbuurman druppelt op mijn balkon en hij doet er niks aan
nl	concern.report	volgens mij wordt er bij 7 gedeald, de hele dag mensen die 5 minuten binnen zijn en weer weg
nl	concern.report	er rijdt steeds een jongen op een scooter keihard over het voetpad langs de ingang
nl	concern.report	mijn buurman zingt elke nacht karaoke, ik word gek
nl	concern.report	kunnen jullie iets doen aan de rommel in de gezamenlijke tuin, die is van de mensen van 1 hoog
nl	concern.report	de buren van 30 barbecueen op het balkon en alle walm komt bij mij naar binnen
nl	concern.report	hun honden blaffen naar iedereen die langs loopt, ik durf er niet meer langs
nl	concern.report	buurvrouw zet haar muziek keihard aan zodra ik thuiskom, volgens mij expres
nl	concern.report	iemand uit de flat plakt steeds briefjes met rare teksten op mijn deur
nl	concern.report	buurman gooit zn afval in mijn kliko
nl	concern.report	die jongens bij de ingang intimideren mijn dochter als ze thuiskomt
nl	concern.report	ik heb al 3 keer gevraagd of hij zn hond wil aanlijnen maar hij lacht me uit
nl	concern.report	geluidsoverlast van nummer 25, ze slepen s nachts met meubels
nl	concern.report	er staat al weken een kapotte auto van de buurman op de invalidenplek
nl	concern.report	de buren laten hun kinderen tot 11 uur s avonds buiten schreeuwen
nl	concern.report	ik wil een klacht indienen over de nieuwe buren
nl	concern.report	mensen van buiten de flat komen in onze fietsenkelder blowen
nl	concern.report	de buurman van de overkant filmt mij steeds met zn telefoon
nl	concern.report	buren hebben een oude bank bij het trappenhuis gedumpt
nl	concern.report	het hele portiek stinkt naar pis sinds die man van 6 er woont, hij plast gewoon in de hoek
nl	concern.report	hij timmert al 3 weken elke avond tot 10 uur
nl	concern.report	de bovenbuurvrouw hangt haar was over de galerij en het druipt allemaal op mijn stoep
nl	concern.report	die honden van nr 19 vallen andere honden aan, vorige week is mijn hondje gebeten
nl	concern.report	overlast!! weer feest bij 3!!
nl	concern.report	ik wil melden dat de buren hun auto laten draaien voor mijn raam, stinkt naar uitlaatgas
nl	concern.report	steeds bezoek voor de buurman dat midden in de nacht bij mij aanbelt
nl	concern.report	er worden spullen uit de gezamenlijke ruimte meegenomen door de mensen van nr 5
nl	concern.report	buurman heeft zn balkon vol met rommel, er komen ratten op af
nl	concern.report	de bas dreunt door de vloer, van nr 10, elke avond weer
nl	concern.report	buurjongens gooien met eieren naar de ramen
nl	concern.report	mijn buurvrouw blijft elke dag bij mij aanbellen om te klagen, ook als ik zeg dat het niet uitkomt. ik word er moe van
nl	concern.report	de buren van 2A roepen dingen naar mij omdat ik hier nieuw ben, ik voel me niet welkom door hun
nl	concern.report	er zitten elke avond mensen op de trap te drinken en ze laten hun blikjes liggen
nl	concern.report	vuilniszakken staan naast de container ipv erin, ik denk van nummer 4
nl	concern.report	de buurman laat zn radio aanstaan als ie weg is, de hele dag
nl	concern.report	mensen van de overkant parkeren op de stoep, ik kan er met de kinderwagen niet langs
nl	concern.report	die vrouw van 13 loopt mij steeds achterna en schreeuwt dingen
nl	concern.report	kan iemand tegen 16 zeggen dat ze hun vuilnis niet op de galerij moeten zetten, ik durf het zelf niet
nl	concern.report	die jongen van boven zet elke nacht zijn muziek zo hard dat de ramen trillen
nl	concern.report	er hangt steeds een groepje bij de brievenbussen, ze vragen geld als je langsloopt
nl	concern.report	de geur van wiet komt mijn slaapkamer in, daar slapen mn kinderen
nl	concern.report	kunnen jullie een burenbericht sturen naar nummer 21 over het geschreeuw
nl	concern.report	de poezen van de buurvrouw poepen in mijn plantenbakken
nl	concern.report	er komen steeds dure auto's bij nr 3, mensen stappen even in en uit, ik vertrouw het niet
nl	concern.report	de buren gooien hun sigaretten gewoon in de gezamenlijke tuin
nl	concern.report	iemand heeft weer zn bank en matras op de stoep gezet, dat is die van 20
nl	concern.report	ik wil dat het ophoudt met die herrie van boven
nl	concern.report	De buren zetten hun fietsen voor mijn deur, elke dag weer
nl	concern.report	ze hebben een feestje gehouden op het dakterras en alles laten liggen
nl	concern.report	die meneer van 1 roept steeds racistische dingen naar mij
nl	concern.report	buurvrouw spreekt mn kinderen boos aan en zegt dat ze weg moeten wezen
nl	concern.report	geblaf, gejank, elke nacht, nr 27
nl	concern.report	ik wordt gek van het gestamp boven me
nl	concern.report	de mensen van 23 hebben een schuurtje gebouwd op het gemeenschappelijke gras
nl	concern.report	er zijn steeds vreemde mensen in ons portiek die bij nr 8 horen, ze hangen daar rond en laten peuken achter
nl	concern.report	buren zijn aan het verbouwen zonder iets te zeggen, stof overal op de galerij
nl	concern.report	die mensen van beneden laten hun kinderen met steentjes naar de auto's gooien
nl	concern.report	mag de buurman zomaar een hek zetten op de gezamenlijke strook? ik kan nu niet meer bij mijn schuur
nl	concern.report	er wordt gedeald bij de speeltuin naast onze flat, kinderen spelen daar
nl	concern.report	de buurman komt steeds dronken thuis en gaat dan op alle deuren bonken
nl	concern.report	de buren van de benedenwoning laten hun honden in de tuin janken als ze weg zijn
nl	concern.report	grote stapel oud ijzer bij de ingang, hoort bij die man van de 4e
nl	concern.report	wie woont er op 12? die laat steeds zn muziek spelen. wil het melden
nl	concern.report	er hangen steeds jongeren in de lift die op alle knoppen drukken en graffiti spuiten
nl	concern.report	die dame van 2 roddelt over mij bij iedereen, ze vertelt dat ik uit de opvang kom
nl	concern.report	hij scheldt naar mijn hond als ik langsloop en zegt dat hij de politie belt
nl	concern.report	de buurman draait zn muziek nog harder als ik vraag of het zachter kan
nl	concern.report	de man met de grote honden laat ze los op het speelveld waar kleine kinderen spelen
nl	concern.report	gasten op de parkeerplaats draaien keiharde muziek in hun auto tot laat
nl	concern.report	iemand boven mij klopt zn kleed uit over mijn balkon, alles vol stof
nl	concern.report	buurvrouw van 6 laat haar hond op de galerij poepen en ruimt het niet op
en	concern.report	the people in 12 play loud music every night till 3
en	concern.report	strong weed smell in the stairwell, pretty sure it's from the 2nd floor
en	concern.report	my neighbour leaves rubbish bags on the walkway and they stink
en	concern.report	dog next door barks all day when they're out
en	concern.report	someone keeps parking their van right in front of the entrance
en	concern.report	the guy upstairs shouts at his girlfriend every evening, it's too much, can someone talk to him
en	concern.report	I think someone's dealing from flat 7, cars come and go all night
en	concern.report	a group of guys hangs out by the mailboxes and makes comments at women walking past
en	concern.report	constant visitors at number 17 in the middle of the night, doors slamming
en	concern.report	dog poo all over the grass, it's the big dog from the 3rd floor
en	concern.report	upstairs neighbour flicks his cigarette butts onto my balcony
en	concern.report	can you send a message to the neighbours about the noise? I don't want to do it myself
en	concern.report	neighbours drilling at 7am on a sunday
en	concern.report	someone dumped a mattress by the bins again, it's the guy in 14
en	concern.report	the man on the corner stares at me and follows me to the door, makes me really uncomfortable
en	concern.report	constant arguing from next door, every single night
en	concern.report	scooters parked in the hallway, I can't get past
en	concern.report	neighbours feeding pigeons and now everything's covered in droppings
en	concern.report	they're smoking in the lift again
en	concern.report	weed smell coming through my vents
en	concern.report	their visitors always take our parking spaces
en	concern.report	I'd like to report noise from upstairs, stomping until midnight
en	concern.report	kids next door kick balls against my window all day
en	concern.report	neighbour's dog is off the lead and jumps up at children
en	concern.report	people shouting under my window every night around 2
en	concern.report	i want to complain about my new neighbours
en	concern.report	someone throws rubbish off their balcony
en	concern.report	the neighbour calls me names every time he sees me
en	concern.report	the guy downstairs bangs on my door when he's drunk
en	concern.report	they keep the main door propped open all the time, anyone can walk in
en	concern.report	bunch of young people drinking on the stairs, leaving cans everywhere
en	concern.report	neighbours keep leaving their bikes in front of my door
en	concern.report	a neighbour is telling everyone I used to be homeless, I don't want people to know that
en	concern.report	bass from number 10 makes my floor shake every evening
en	concern.report	their cats use my garden as a toilet
en	concern.report	the karaoke next door is driving me crazy
en	concern.report	someone upstairs shakes their rugs out over my balcony
en	concern.report	can I report this anonymously? the people at 21 are super loud
en	concern.report	dealer hanging around the playground near our block
en	concern.report	neighbour threatens to call the cops on me every time my kid plays outside
en	concern.report	there's a guy ringing every doorbell at night asking for money
en	concern.report	the people next door have been renovating for weeks without telling anyone, dust everywhere
en	concern.report	neighbour's car alarm goes off every night and he just ignores it
en	concern.report	music, every single night. flat 3. please do something
en	concern.report	teenagers spraying graffiti in the lift and pressing all the buttons
nl	unknown	wie heeft er gewonnen gisteren
nl	unknown	heb je een lekker recept voor erwtensoep
nl	unknown	hoe laat gaat de trein naar Dorrendam
nl	unknown	hoeveel huur betaal ik eigenlijk
nl	unknown	hoe moet ik stemmen
nl	unknown	weet jij een baan voor mij
nl	unknown	ja maar waarom dan
nl	unknown	Kees ik sta beneden doe ff open
nl	unknown	schat neem je melk mee
nl	unknown	ik ga dood van de honger lol
nl	unknown	hoeveel kost een huis in deze buurt
nl	unknown	is de supermarkt open op tweede paasdag
nl	unknown	kan ik hier ook pizza bestellen
nl	unknown	die wedstrijd gister was echt fire
nl	unknown	heb jij nog film tips
nl	unknown	hoe hoog wordt de huurverhoging volgend jaar
nl	unknown	kan ik mijn huis kopen van de corporatie
nl	unknown	waar kan ik mijn auto laten keuren
nl	unknown	kzit me te vervelen
nl	unknown	mn moeder zegt dat ik moet opruimen haha
nl	unknown	wat is 12 keer 14
nl	unknown	vergeet niet de sleutel onder de mat te leggen mam
nl	unknown	fiets
nl	unknown	lamp
nl	unknown	koffie
nl	unknown	wie is de burgemeester hier
nl	unknown	hoe laat begint het journaal
nl	unknown	kun je een gedichtje schrijven over de herfst
nl	unknown	de kat liep over mn toetsenbord sdkjfhskdjf
nl	unknown	kan ik bij jullie mijn huur opzeggen
nl	unknown	wat is het wifi wachtwoord
nl	unknown	hoeveel punten heeft mijn woning
nl	unknown	op welke partij moet ik stemmen
nl	unknown	wat vind jij van FC Dorrendam
nl	unknown	oeps verkeerd
nl	unknown	nee
nl	unknown	misschien
nl	unknown	wanneer is het koningsdag dit jaar
nl	unknown	waar is het dichtstbijzijnde tankstation
nl	unknown	kun je ook nederlands
nl	unknown	ik wil een tattoo laten zetten, weet jij een goeie zaak
nl	unknown	wat is de uitslag van de lotto
nl	unknown	gaat het morgen regenen? ik wil de was buiten hangen
nl	unknown	mijn zus gaat trouwen in juni
nl	unknown	wil iemand mijn auto kopen
nl	unknown	weet iemand een goeie kapper hier in de buurt
nl	unknown	hoeveel calorieën zitten er in een banaan
nl	unknown	vraag ff aan Mo of hij morgen komt voetballen
nl	unknown	wat moet ik aantrekken naar een bruiloft
nl	unknown	kun je mijn horoscoop lezen
nl	unknown	hoe lang doet de bus naar het centrum
nl	unknown	vind dit een rare app
nl	unknown	test test
nl	unknown	12345
nl	unknown	waar kan ik mijn oude kleren kwijt
nl	unknown	wat is de huurprijs van de nieuwe woningen aan de Hoflaan
nl	unknown	wat is het verschil tussen een kikker en een pad
nl	unknown	mag ik een hond nemen in mijn huurhuis
nl	unknown	zijn er nog woningen vrij hier
nl	unknown	wanneer wordt het oud papier opgehaald
nl	unknown	mijn lievelingskleur is blauw
nl	unknown	Ik ga zo naar mn oma
nl	unknown	gaat de markt zaterdag door
nl	unknown	hoe laat gaat het zwembad dicht
nl	unknown	heb nieuwe schoenen gekocht
nl	unknown	jij bent gewoon een robot toch
nl	unknown	lkjlkj
nl	unknown	hh
nl	unknown	ik zoek werk als schilder, iemand een tip
nl	unknown	wie won het songfestival vorig jaar
nl	unknown	hoe zeg je dankjewel in het Arabisch
nl	unknown	morgen kermis?
nl	unknown	waar blijft mijn pakketje
nl	unknown	kan ik bij jullie een woning huren
nl	unknown	moet ik mijn kat laten helpen
nl	unknown	Tante Riet, ik bel je vanavond terug x
nl	unknown	jongens wie heeft mijn oplader
nl	unknown	wat is een goede naam voor een puppy
nl	unknown	is er morgen een busstaking
nl	unknown	welke bank is het beste
nl	unknown	die lamp van de buurtwinkel is echt mooi, waar kopen ze zoiets
en	unknown	what time is it
en	unknown	got a good pasta recipe?
en	unknown	when's the next train to Dorrendam
en	unknown	how much is the rent for the new flats
en	unknown	how do I vote in the local elections
en	unknown	do you know any jobs around here
en	unknown	sdfkjsdf
en	unknown	wrong chat sorry
en	unknown	babe can you grab bread on the way home
en	unknown	that party was fire
en	unknown	I'm dying of laughter at this video
en	unknown	where can I buy a cheap second hand bike
en	unknown	what's the capital of Canada
en	unknown	can I order food through this
en	unknown	how many points does my flat have
en	unknown	can I buy my flat from the housing company
en	unknown	who's the mayor here
en	unknown	write me a poem
en	unknown	do you speak french
en	unknown	whatever
en	unknown	what day is it
en	unknown	my sister's getting married in june
en	unknown	can I get a dog in a rented flat
en	unknown	any good hairdressers nearby?
en	unknown	is there a bus strike tomorrow
en	unknown	what's 15 times 17
en	unknown	mate where's my charger
en	unknown	what's a good name for a cat
en	unknown	are there any flats available here
en	unknown	how long do you boil an egg
en	unknown	who's the best footballer ever
en	unknown	hmm ok but why
en	unknown	idk
en	unknown	are you a real person
en	unknown	how do I become a caretaker here
en	unknown	is it going to snow this weekend
nl	defect.report	lift is weer stuk
nl	defect.report	mijn slot klemt, krijg de sleutel er bijna niet in
nl	defect.report	er lekt water door het plafond in de badkamer, van boven denk ik
nl	defect.report	schimmel op de muur in de slaapkamer, zwarte plekken
nl	defect.report	mijn verwarming doet het niet, het is ijskoud binnen
nl	defect.report	de intercom werkt niet, bezoek kan niet aanbellen
nl	defect.report	het licht op de galerij knippert de hele nacht
nl	defect.report	de brievenbus van nummer 14 is kapot, het klepje hangt eraf
nl	defect.report	de kraan in de keuken blijft druppelen
nl	defect.report	er zit een barst in mijn raam
nl	defect.report	de deur van de fietsenkelder gaat niet meer op slot
nl	defect.report	rookmelder piept steeds, batterij leeg denk ik
nl	defect.report	buitenlamp bij de ingang is kapot, s avonds pikdonker
nl	defect.report	de lift blijft soms tussen de verdiepingen hangen, er zit nu niemand in hoor maar het moet gemaakt worden
nl	defect.report	radiator wordt niet warm
nl	defect.report	mijn balkondeur klemt en gaat niet meer dicht
nl	defect.report	het dak lekt, ik heb er een emmer onder gezet
nl	defect.report	de bel doet het niet
nl	defect.report	in de gezamenlijke ruimte is de koelkast kapot
nl	defect.report	er zit vocht in de muur en het ruikt muf in de slaapkamer
nl	defect.report	het slot van de gezamenlijke ruimte is stuk
nl	defect.report	de boiler geeft geen warm water meer
nl	defect.report	het trappenhuis is donker, alle lampen zijn uit
nl	defect.report	mijn afzuigkap maakt een raar geluid en zuigt niks
nl	defect.report	de brandblusser in de gang is leeg of zo, het naaldje staat in het rood
nl	defect.report	er komt een rioollucht uit het putje in de badkamer
nl	defect.report	de schuifdeur naar het terras is uit de rails gelopen
nl	defect.report	de automatische deur bij de ingang blijft open staan
nl	defect.report	mn raam gaat niet meer open
nl	defect.report	kapotte tegel in de hal, je struikelt erover
nl	defect.report	de verlichting in de parkeergarage is uit
nl	defect.report	de deurdranger van de hoofdingang is stuk, de deur knalt steeds dicht
nl	defect.report	het hek van de binnentuin gaat niet meer open
nl	defect.report	mijn thermostaat doet raar, springt steeds naar 12 graden
nl	defect.report	er is een lekkage onder het aanrecht
nl	defect.report	muizen in de kelderbox, er zitten gaten in de muur
nl	defect.report	de wasmachine in de gemeenschappelijke wasruimte lekt
nl	defect.report	het licht in de lift is uit
nl	defect.report	de knop van de lift voor de 3e verdieping werkt niet
nl	defect.report	mijn voordeur sluit niet goed meer, het tocht er zo doorheen
nl	defect.report	de ventilatie in de badkamer doet het niet, alles beslaat
nl	defect.report	dakgoot is verstopt, het water loopt langs de gevel
nl	defect.report	de lamp boven mijn voordeur brandt niet, ik heb het peertje al vervangen maar nog steeds niks
nl	defect.report	hoi, de intercom zoemt wel maar de deur gaat niet open
nl	defect.report	waterdruk is heel laag sinds gisteren
nl	defect.report	het slotje van mijn postkast is zo stroef, sleutel breekt bijna af
nl	defect.report	er zit een grote scheur in de galerijvloer
nl	defect.report	schimmel in de douche komt steeds terug, ook na schoonmaken
nl	defect.report	er is geen stroom in mijn slaapkamer, de rest doet het wel
nl	defect.report	de spoelbak van de wc is gebroken
nl	defect.report	mijn keukenkastje hangt scheef, deurtje is eraf gevallen
nl	defect.report	de deurbel bij nummer 9 blijft hangen en blijft maar rinkelen
nl	defect.report	het raam in het trappenhuis is gebroken, er ligt glas op de grond
nl	defect.report	de verwarming in de gezamenlijke ruimte staat de hele tijd op heet en gaat niet uit
nl	defect.report	vlekken op het plafond, volgens mij lekt er iets
nl	defect.report	de klep van de afvalcontainer zit klem, krijg hem niet open
nl	defect.report	er zit een stuk van het balkonhek los
nl	defect.report	afvoer van de gootsteen gorgelt en stinkt
nl	defect.report	verlichting bij de fietsenstalling gaat niet meer aan
nl	defect.report	ons portiek heeft al een week geen licht
nl	defect.report	mijn bovenbuurman en ik hebben allebei lekkage bij het raam sinds de storm
nl	defect.report	de deur van de lift gaat niet goed dicht
nl	defect.report	mn mechanische ventilatie bromt heel hard, ook s nachts
nl	defect.report	tochtstrip laat los bij de voordeur, het waait naar binnen
nl	defect.report	hallo, in de wasruimte is de droger stuk
nl	defect.report	de buitenkraan lekt
nl	defect.report	er zitten heel veel zilvervisjes in de badkamer
nl	defect.report	lift stuk. weer. 3e keer deze maand
nl	defect.report	de camera bij de ingang hangt los
nl	defect.report	de noodverlichting in het trappenhuis is uit
nl	defect.report	de brievenbussen beneden zijn opengebroken, slotjes kapot
nl	defect.report	mijn cv ketel geeft een foutcode
nl	defect.report	in de douche komt alleen koud water
nl	defect.report	het zonnescherm is kapot gewaaid
nl	defect.report	de vloer in de gang zit los, er komt een plank omhoog
nl	defect.report	het kozijn is aan het rotten, het hout brokkelt af
nl	defect.report	de tl-buis in de berging knippert
nl	defect.report	mijn slaapkamerdeur gaat niet dicht, de klink is eraf
en	defect.report	the hallway light has been out for days
en	defect.report	lift's broken again
en	defect.report	main door doesn't close properly
en	defect.report	my lock is stuck, the key barely turns
en	defect.report	water leaking through my bathroom ceiling
en	defect.report	black mould on the bedroom wall
en	defect.report	heating isn't working and it's freezing in here
en	defect.report	the intercom is dead, visitors can't buzz in
en	defect.report	light on the walkway keeps flickering all night
en	defect.report	the toilet keeps running
en	defect.report	kitchen tap drips nonstop
en	defect.report	there's a crack in my window
en	defect.report	the bike storage door won't lock anymore
en	defect.report	smoke alarm keeps beeping, I think the battery's dead
en	defect.report	shower drain is blocked
en	defect.report	entrance light is broken, it's pitch dark at night
en	defect.report	socket in the kitchen stopped working
en	defect.report	radiator stays cold
en	defect.report	roof is leaking, I've put a bucket under it
en	defect.report	doorbell doesn't work
en	defect.report	fridge in the common room is broken
en	defect.report	stairwell is dark, all the lights are out
en	defect.report	the fire extinguisher on our floor looks empty
en	defect.report	sewer smell coming from the bathroom drain
en	defect.report	my window won't open anymore
en	defect.report	loose tile in the hallway, someone's gonna trip
en	defect.report	garage lights are out
en	defect.report	gate to the courtyard is stuck
en	defect.report	washing machine in the laundry room is leaking
en	defect.report	my front door is draughty, the seal came off
en	defect.report	handrail on the stairs is loose
en	defect.report	ceiling has damp patches
en	defect.report	the lift button for floor 4 doesn't do anything
en	defect.report	extractor fan in the bathroom is dead
en	defect.report	emergency lights in the stairwell are off
nl	card.show	wat is het nummer van de begeleiding s nachts
nl	card.show	wie kan ik bellen bij overlast
nl	card.show	waar vind ik het telefoonnummer van de woonvereniging
nl	card.show	wie is onze wijkagent
nl	card.show	welk nummer moet ik bellen voor buurtbemiddeling
nl	card.show	heb je tips voor als ik mijn buren zelf wil aanspreken?
nl	card.show	wie moet ik hebben voor een reparatie
nl	card.show	wat is het nummer van de huismeester
nl	card.show	hoe kan ik de begeleiders bereiken
nl	card.show	is er een nummer voor buiten kantoortijd
nl	card.show	heb je het nummer van de schuldhulp voor mij
nl	card.show	naar wie kan ik mailen van de woonvereniging
nl	card.show	wie gaat er over de tuin
nl	card.show	ik heb geluidsoverlast, wie moet ik daarvoor bellen
nl	card.show	welk nummer voor de wijkagent als het geen spoed is
nl	card.show	waar kan ik terecht met vragen over mijn huur
nl	card.show	wie regelt de activiteiten, hoe bereik ik die persoon
nl	card.show	kan je de buurtkaart nog een keer laten zien
nl	card.show	hoe heet de huismeester en wanneer is die er
nl	card.show	is er een buurtbemiddelaar hier? hoe kom ik daarmee in contact
nl	card.show	nummers?
nl	card.show	wie kan ik bellen als ik me zorgen maak over een buurman
nl	card.show	waar kan ik een gebrek melden, welk nummer
nl	card.show	tips voor nieuwe bewoners?
nl	card.show	wat zijn de openingstijden van het kantoortje van de corporatie
nl	card.show	wie is er s nachts bereikbaar
nl	card.show	heb je de gegevens van de voedselbank hier in de buurt
nl	card.show	wie is de contactpersoon van het project
nl	card.show	telefoonnr van de dierenambulance?
nl	card.show	wie moet ik bellen om grofvuil op te laten halen
nl	card.show	wie bel je voor een verstopte wc, de corporatie of zelf een loodgieter
nl	card.show	kan ik de lijst met contacten krijgen
nl	card.show	waar vind ik info over buurtbemiddeling
nl	card.show	laat de kaart zien
nl	card.show	wie is de voorzitter van de woonvereniging en hoe bereik ik die
nl	card.show	heb je een telefoonnummer voor ongedierte
nl	card.show	wie moet ik inlichten als ik een paar weken weg ben
nl	card.show	bij wie kan ik terecht met vragen over het afval
en	card.show	what's the community officer's number
en	card.show	who do I call when the lift breaks down
en	card.show	how do I contact the housing company
en	card.show	is there a number for the night support line
en	card.show	who should I call about noise
en	card.show	number for neighbourhood mediation?
en	card.show	who's our local police officer
en	card.show	where can I find the caretaker's number
en	card.show	who do I contact for repairs
en	card.show	any tips for talking to a noisy neighbour?
en	card.show	how do I reach the residents' association
en	card.show	important numbers pls
en	card.show	who do I call if I'm locked out
en	card.show	what's the number for debt advice
en	card.show	who can I contact if I'm worried about a neighbour
en	card.show	contact list?
en	card.show	who's in charge of the garden
en	card.show	what's the after-hours number for maintenance
en	card.show	who do I talk to about my rent
en	card.show	neighbourhood card please
nl	greeting	goedemorgen allemaal
nl	greeting	fijne avond
nl	greeting	thnx joh
nl	greeting	oke super
nl	greeting	je hebt me echt geholpen, dank je
nl	greeting	bedankt voor het luisteren
nl	greeting	dank u wel hoor
nl	greeting	ciao
nl	greeting	ah top, dankje
nl	greeting	ff hallo zeggen
nl	greeting	prima, dank je
nl	greeting	helemaal goed
nl	greeting	hee goeiemorgen, ik ben nieuw hier
nl	greeting	fijn weekend!
nl	greeting	hartstikke bedankt voor de hulp met mn melding
nl	greeting	ja hoor
nl	greeting	wat fijn, dank je
nl	greeting	groetjes van Truus
en	greeting	thank you, that helped
en	greeting	see ya
en	greeting	have a nice day
en	greeting	great thanks
en	greeting	hey what's up
en	greeting	nice weather today huh
en	greeting	got it, thanks
en	greeting	night night
en	greeting	alright
en	greeting	thx for sorting that
nl	activity.list	wat voor activiteiten zijn er hier
nl	activity.list	is er iets leuks voor kinderen in de vakantie
nl	activity.list	staat er nog een wandeling gepland
nl	activity.list	wat is het programma van de woonvereniging deze maand
nl	activity.list	gaat het tafeltennis morgen door
nl	activity.list	wanneer is de zwerfafval wandeling
nl	activity.list	komt er nog een keer zo'n cursus, die EHBO voor psychische problemen
nl	activity.list	kzit me te vervelen, is er vanavond iets te doen hier
nl	activity.list	wat doen we met kerst in de gezamenlijke ruimte
nl	activity.list	is er ook iets op zondag
nl	activity.list	wat staat er volgende week op de planning
nl	activity.list	wanneer is het volgende buurtdiner
nl	activity.list	is er een spelletjesmiddag ofzo
nl	activity.list	welke activiteiten zijn er voor ouderen
en	activity.list	what activities are there for kids
en	activity.list	when do we go fishing again
en	activity.list	is table tennis still on tomorrow
en	activity.list	what's planned for next month
en	activity.list	bored, anything going on tonight?
nl	activity.signup	mag ik me aanmelden voor de filmavond, met mijn zoon erbij
nl	activity.signup	ik doe mee met de wandeling
nl	activity.signup	wij komen naar het buurtdiner, met z'n tweeën
nl	activity.signup	wil graag meedoen met de opruimwandeling
nl	activity.signup	ik wil de cursus mentale EHBO doen
nl	activity.signup	aanmelden kookavond
nl	activity.signup	mijn buurvrouw en ik willen allebei komen naar de spelletjesmiddag
nl	activity.signup	ja ik kom!! filmavond
nl	activity.signup	zet me op de wachtlijst voor het uitje
nl	activity.signup	kan ik nog mee naar de kinderboerderij
nl	activity.signup	ik wil wel komen helpen bij de koffieochtend als vrijwilliger
nl	activity.signup	reken op mij voor de barbecue vrijdag
nl	activity.signup	ik ben erbij zondag, de wandeling
nl	activity.signup	zet mij en mijn twee kinderen op de lijst voor het knutselen
nl	activity.signup	graag aanmelden voor het walking dinner
nl	activity.signup	wil meedoen met tafeltennis dinsdag
nl	activity.signup	mag mn vriend ook mee naar de filmavond? dan komen we met 2
nl	activity.signup	ik wil me opgeven voor de schilderworkshop
en	activity.signup	sign me up for film night, plus one
en	activity.signup	count me in for the walk
en	activity.signup	I want to do the mental health first aid course
en	activity.signup	me and my neighbour want to come to the dinner
en	activity.signup	add me to the waitlist for the trip
en	activity.signup	I'm in for the litter picking
nl	activity.cancel	sorry, ik moet afzeggen voor het vissen
nl	activity.cancel	ik ben ziek dus ik kom niet naar tafeltennis
nl	activity.cancel	haal me van de lijst voor de wandeling
nl	activity.cancel	afmelden buurtdiner
nl	activity.cancel	we komen met 1 persoon minder naar het diner
nl	activity.cancel	kan niet zaterdag, schrap mij maar
nl	activity.cancel	sorry jongens, moet werken, ben er vrijdag niet bij
nl	activity.cancel	uitschrijven voor de cursus
nl	activity.cancel	ik had me aangemeld voor de barbecue maar het lukt niet meer
nl	activity.cancel	zet me maar van de lijst af, te druk
nl	activity.cancel	mijn buurman en ik komen toch niet naar de spelletjesmiddag
nl	activity.cancel	ik wil me afmelden
nl	activity.cancel	toch niet voor de zwerfafvalwandeling, mn knie
nl	activity.cancel	iemand anders mag mijn plek hebben bij het uitje, ik kan niet
nl	activity.cancel	ik zeg af voor morgen, het opruimen
nl	activity.cancel	ben er woensdag niet bij met de koffie
nl	activity.cancel	ik ga toch niet mee naar de kinderboerderij
nl	activity.cancel	helaas moet ik de workshop laten schieten
en	activity.cancel	please take me off the coffee morning list
en	activity.cancel	sorry, have to cancel fishing
en	activity.cancel	I'm sick, won't come to table tennis
en	activity.cancel	cancel my spot for the walk
en	activity.cancel	won't be at the dinner, something came up
en	activity.cancel	remove me from the course
en	activity.cancel	we're not coming saturday anymore
en	activity.cancel	drop me from the trip, give my place to someone on the waitlist
nl	activity.create	zullen we een keer samen gaan vissen, ik regel het wel
nl	activity.create	ik wil een filmavond houden in de gezamenlijke ruimte
nl	activity.create	kan ik een kookavond opzetten voor de buren
nl	activity.create	ik zou graag een breiclub beginnen
nl	activity.create	wil iemand met mij een tafeltennistoernooi organiseren
nl	activity.create	ik wil een koffieochtend starten op donderdag
nl	activity.create	mag ik een spelletjesavond organiseren
nl	activity.create	ik kan goed knippen, wil een gratis kappersmiddag doen voor de buren
nl	activity.create	laten we een opruimactie doen in de tuin, ik neem de vuilniszakken mee
nl	activity.create	ik wil een potje voetbal regelen voor de jongeren hier
nl	activity.create	zou leuk zijn een kerstdiner met z'n allen, ik wil het wel trekken
nl	activity.create	ik wil met de buren een moestuin beginnen
nl	activity.create	kan ik een schilderworkshop geven in de ruimte beneden
nl	activity.create	ik wil een buurtborrel organiseren
nl	activity.create	graag een fietstocht plannen voor mei
nl	activity.create	ik wil een keer per maand koken voor iedereen
nl	activity.create	nieuwe activiteit aanmaken: karaoke vrijdag
nl	activity.create	ik heb een idee voor een ruilmarkt, hoe zet ik dat op
en	activity.create	can I set up a film night in the common room
en	activity.create	want to start a knitting club
en	activity.create	let's do a litter picking walk, I'll organise it
en	activity.create	I want to host a games night
en	activity.create	thinking of starting a football game for the kids, can I put that in
en	activity.create	I'd like to organise a potluck dinner for the building
en	activity.create	can I create a new activity, a chess afternoon
en	activity.create	I want to run a cooking class for neighbours
`;

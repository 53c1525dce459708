/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: people who hint
 * rather than say, out of shame, fear of the police, of eviction or of the other person, or distrust;
 * calm lines from the same hinting voices (worries that are not acute, past threats, moving house).
 * The writer once listed the helpers' scratch folder (file names only) and opened nothing else.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesK = String.raw`
# voices-k.tsv: danger-model training lines for Buurtbot (Dutch neighbourhood chat bot)
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md; date 2026-12-07
# voices: people who hint rather than say (shame, fear of police, fear of eviction, fear of the other person, distrust of care workers); calm look-alikes from the same voices (non-acute worries, past events, giveaways because of moving, questions "if ever", bin smells, idioms, fear without danger now)
# format: language<TAB>label<TAB>kinds<TAB>text ; label danger|calm ; kinds comma-separated for danger, - for calm
# counts: 812 lines; danger 420, calm 392; nl 514, en 298; per kind (multi-kind lines counted per kind): unresponsive 55, fall 49, overdose 48, fire 48, gas 48, violence 49, threat 49, break_in 49, self_harm 49
nl	danger	unresponsive	kan iemand ff komen kijken bij nr 12, hij ligt op de bank en reageert niet als ik roep
nl	danger	unresponsive	mn buurman ligt in de gang en doet zn ogen niet open, ik wil geen politie erbij maar wat moet ik doen
nl	danger	unresponsive	ze zit al een half uur op de wc met de deur dicht en nu zegt ze niks meer terug als ik klop
nl	danger	unresponsive	hij ademt raar, zo snurkerig, en ik krijg hem niet wakker
nl	danger	unresponsive	niet boos worden maar mn vriend ligt hier en hij is helemaal grauw, wordt niet wakker
nl	danger	unresponsive	kom ff naar boven aub, de man van 3b ligt tegen de lift aan en hij zegt niks
nl	danger	unresponsive	ik heb geklopt en geroepen, ik zie hem door het raam op de grond liggen en hij beweegt niet
nl	danger	unresponsive	mijn moeder reageert niet meer, ze zat net nog te praten en nu zakt ze weg
nl	danger	unresponsive	sorry dat ik stoor, hij is gewoon omgevallen in de keuken en zn ogen draaien weg
nl	danger	unresponsive	buurvrouw ligt in de tuin op haar buik, ik durf haar niet aan te raken, ze reageert niet
nl	danger	unresponsive	hij is heel koud en slap en ik krijg geen antwoord, weet niet of hij nog ademt
nl	danger	unresponsive	er ligt een jongen in het fietsenhok, ik schud aan hem maar er gebeurt niks
nl	danger	unresponsive	kan er iemand van de begeleiding komen, Ruud zit in zn stoel met open mond en reageert nergens op
nl	danger	unresponsive	ik wil niet dat ze hem meenemen maar hij wordt echt niet wakker
nl	danger	unresponsive	bij de container ligt een man, zn lippen zijn blauw en hij zegt niks
nl	danger	unresponsive	zn ademhaling stopt steeds even en dan weer een hap, wakker worden doet ie niet
nl	danger	unresponsive	ik zie haar voeten, ze ligt achter de deur en ik krijg hem niet open, ze geeft geen antwoord
nl	danger	unresponsive	ze is net in elkaar gezakt bij de brievenbussen en ze komt niet meer bij
nl	danger	unresponsive	hij zit in de portiek met zn hoofd op zn knieen en als ik zn naam zeg gebeurt er niks
nl	danger	unresponsive	ff serieus, mn huisgenoot ligt al sinds vanochtend zo en hij reageert niet op knijpen
nl	danger	unresponsive	de oude meneer van 7 hangt scheef in zn rolstoel en zegt niks meer
nl	danger	unresponsive	is het normaal dat iemand zo diep slaapt dat je hem niet wakker krijgt? hij is paars om zn mond
nl	danger	unresponsive	kun je iemand sturen, niet de politie, maar hij ligt stil en zn borst gaat niet op en neer
nl	danger	unresponsive	ik hoor zn telefoon binnen de hele tijd gaan en ik zie hem liggen, hij neemt niet op en beweegt niet
nl	danger	unresponsive	help ze valt steeds weg, ogen rollen weg, geen antwoord
nl	danger	unresponsive	mn broer is flauwgevallen en komt niet meer bij
nl	danger	unresponsive	hij lag net nog te praten en nu is ie stil, gewoon stil, ik krijg niks terug
nl	danger	unresponsive	kzit naast hem op de grond, hij ademt bijna niet meer
en	danger	unresponsive	can someone come look at flat 4, my mate is on the floor and wont wake up
en	danger	unresponsive	hes breathing weird like gurgling and not answering me
en	danger	unresponsive	sorry to bother, my neighbour collapsed on the stairs and isnt moving
en	danger	unresponsive	i dont want trouble but she is not waking up and her lips look grey
en	danger	unresponsive	theres a guy in the bike shed, i shook him, nothing
en	danger	unresponsive	he just went down in the kitchen, eyes half open but hes not there
en	danger	unresponsive	please send someone who isnt police, he wont respond and hes really cold
en	danger	unresponsive	i can see him through the letterbox lying in the hall, he doesnt move when i shout
en	danger	unresponsive	my boyfriend is slumped on the sofa and i cant get him to open his eyes
en	danger	unresponsive	is it normal he's this floppy? he doesnt react when i pinch him
en	danger	unresponsive	the lady from 2a fainted by the mailboxes and she isnt coming round
en	danger	unresponsive	hes stopped snoring and now i cant hear him breathe at all
en	danger	unresponsive	come quick, she went all stiff and now she wont answer
nl	danger	fall,unresponsive	hij is van de trap gevallen en ligt nu stil onderaan, hij reageert niet
en	danger	fall,unresponsive	she fell and hit her head on the radiator and now she wont wake up
nl	danger	fall,unresponsive	mn opa is gevallen in de badkamer, bloedt aan zn hoofd en hij geeft geen antwoord meer
nl	danger	overdose	kan iemand komen kijken bij nr 12, hij doet heel raar en er ligt een naald naast hem
nl	danger	overdose	hij heeft al zn pillen van de week in 1 keer genomen en nu praat hij heel traag
nl	danger	overdose	mn vriendin heeft iets gepakt op een feestje en ze trilt helemaal en haar hart gaat tekeer
nl	danger	overdose	geen politie aub, hij heeft te veel gebruikt denk ik, hij zweet en is heel verward
nl	danger	overdose	ik vond net een lege strip oxazepam en mn zoon ligt te lallen op bed
nl	danger	overdose	buurman heeft zn methadon en nog wat anders genomen, hij zakt steeds weg
nl	danger	overdose	er liggen overal lege doosjes paracetamol en ze zegt dat ze misselijk is
nl	danger	overdose,unresponsive	hij heeft drank en pillen gemixt en nou krijg ik hem bijna niet meer wakker
nl	danger	overdose,unresponsive	ik ken die jongen niet goed maar hij ligt op de trap met een spuit nog in zn arm en reageert niet
nl	danger	overdose,self_harm	ze heeft gezegd dat ze alles heeft ingenomen wat ze had, ze wordt heel slaperig
nl	danger	overdose,unresponsive	mn vriend heeft alles gepakt wat ie had en nu reageert ie niet als ik hem door elkaar schud
nl	danger	overdose,unresponsive	hij is helemaal blauw rond zn mond en er ligt zilverpapier op tafel, hij doet niks
nl	danger	overdose	ik wil niet dat zn begeleider het weet maar hij heeft echt te veel gesnoven, hij krijgt geen lucht
nl	danger	overdose	mijn moeder heeft per ongeluk twee keer haar slaappillen genomen met een glas wijn, ze is heel suf
nl	danger	overdose	kan er iemand komen die verstand heeft van drugs, hij schuimt bij zn mond
nl	danger	overdose	hij heeft ghb gehad en ligt nu te schokken in de gang
nl	danger	overdose	ze zegt dat ze een hele pot heeft leeggegeten, de pillen van haar moeder
nl	danger	overdose	m'n huisgenoot heeft iets gespoten, zn pupillen zijn piepklein en hij ademt heel langzaam
nl	danger	overdose	ff stilhouden aub, maar er is hier iemand die te veel heeft gehad, hij kotst en valt steeds om
nl	danger	overdose	die man van boven staat te zwaaien op het balkon, heeft van alles door elkaar gebruikt
nl	danger	overdose	ik heb mn kleine neefje gevonden met de pillendoos van opa open en hij is raar slaperig
nl	danger	overdose	hij zegt dat hij zn hele insuline in een keer heeft gespoten, hij wordt wit en klam
nl	danger	overdose	zn hart bonkt als een gek en hij zegt dat die xtc niet goed was
nl	danger	overdose	ik weet niet wat ze heeft genomen maar ze is gloeiend heet en praat onzin
nl	danger	overdose	mn broer heeft 20 van die slaappillen op, hij lacht erom maar ik vertrouw het niet
nl	danger	overdose	sorry voor het tijdstip, kan iemand van de nachtdienst komen, hij heeft te veel ingenomen en ziet wit
nl	danger	overdose	er ligt een naald en een lepel en hij zit te knikkebollen, praten lukt niet meer
nl	danger	overdose	die spul was te sterk zegt ze, ze krijgt haar ogen niet meer open
en	danger	overdose	can somebody come and look at number 12, he is doing strange and there is a needle
en	danger	overdose,unresponsive	my friend took everything he had and now he is not answering when i shake him
en	danger	overdose	she swallowed a whole pack of her meds about an hour ago, she's getting really sleepy
en	danger	overdose	i think he took too much, hes sweating buckets and his heart is racing, please no cops
en	danger	overdose	he mixed the pills with a bottle of vodka and now hes mumbling
en	danger	overdose	found empty blister packs all over the bathroom floor and she's throwing up
en	danger	overdose,unresponsive	not sure what he had but his pupils are tiny and hes barely breathing
en	danger	overdose	my roommate did a line of something dodgy, now he's shaking and cant talk properly
en	danger	overdose	please dont tell his worker but he used again after months clean and hes gone grey
en	danger	overdose,unresponsive	she took a double dose of her sleeping tabs with wine, i cant keep her awake
en	danger	overdose	my little one got into grandads pills and ate some, he's very drowsy
en	danger	overdose	theres foam at his mouth and a spoon and a lighter on the table
en	danger	overdose	he says the stuff was stronger than usual, he's nodding off mid sentence
en	danger	overdose	she keeps saying she only took a few but the bottle is empty
en	danger	overdose,unresponsive	guy in the stairwell with a needle still in his arm, eyes rolling back
en	danger	overdose	he took his whole week of methadone at once, he told me, hes slurring
en	danger	overdose	took too much G at a party and now hes twitching on the floor
nl	danger	self_harm,overdose	ik heb net alles ingenomen wat in de kast lag, zeg maar tegen iedereen dat het goed is zo
en	danger	self_harm,overdose	took all my pills just now, it's fine, just wanted to say bye
nl	danger	fall	mn buurvrouw is van de trap gevallen en kan niet meer opstaan, haar been ligt raar
nl	danger	fall	hij is in de douche uitgegleden, er is veel bloed bij zn hoofd
nl	danger	fall	ik hoor haar roepen achter de deur, ze is gevallen en komt niet overeind
nl	danger	fall	sorry dat ik het vraag maar kan iemand helpen, mn opa ligt naast zn bed en zn pols staat scheef
nl	danger	fall	hij is van de ladder gevallen bij het gordijnen ophangen, hij huilt van de pijn en kan zn arm niet bewegen
nl	danger	fall	ze ligt al sinds vannacht op de badkamervloer, ze kan niet opstaan en heeft het koud
nl	danger	fall	de man van 14 is van zn fiets gevallen voor de deur, bloedt uit zn hoofd
nl	danger	fall	ik ben gevallen en kom niet meer omhoog, telefoon had ik gelukkig bij me
nl	danger	fall	mama is over het kleed gestruikeld en haar heup doet zo'n pijn dat ze niet kan staan
nl	danger	fall	hij is dronken van het balkon gevallen, eerste verdieping, hij ligt in de tuin te kreunen
nl	danger	fall	kan iemand komen, ze is op haar hoofd gevallen en er zit een grote snee
nl	danger	fall	ik wil geen ambulance want dat kost geld maar ik denk dat mn enkel gebroken is, ik kan niet lopen
nl	danger	fall	hij is over de drempel gevallen met zn rollator en ligt nu klem tussen de deur
nl	danger	fall	uitgegleden op de natte tegels bij de ingang, haar knie ligt open en ze kan niet staan
nl	danger	fall	buurman zit onderaan de keldertrap en zegt dat hij zn benen niet voelt
nl	danger	fall	ik hoorde een klap en nu ligt ze in de keuken met bloed op de tegels
nl	danger	fall	hij is van de stoel gevallen toen hij de lamp wilde vervangen, zn arm hangt helemaal raar
nl	danger	fall	help mn vader is gevallen en bloedt heel erg uit zn wenkbrauw, het stopt niet
nl	danger	fall	ze is in de lift gevallen en kan haar been niet meer strekken
nl	danger	fall	ik lig op de grond naast de wc en kan niet omhoog, kan iemand de sleutel bij de begeleiding halen
nl	danger	fall	niet bellen naar de woningcorporatie aub maar ze is door het balkonhek gezakt en haar been ligt open
nl	danger	fall	hij is op het ijs gevallen voor de supermarkt, heeft een bult en weet niet meer waar hij is
nl	danger	fall	mn zoon is uit het stapelbed gevallen en zn arm zit in een rare hoek
nl	danger	fall	hij ligt half in het bad, is uitgegleden, zegt dat zn heup kapot is
nl	danger	fall	ze is van de trap gerold, zit nu onderaan te huilen en zegt dat haar pols gebroken is
nl	danger	fall	gestruikeld met de boodschappen, kan niet op mn voet staan, hij wordt heel dik en blauw
nl	danger	fall	de vrouw van 22 is gevallen bij de vuilnisbakken en ze krijgt zichzelf niet omhoog, ze bloedt aan haar hand
nl	danger	fall	mn vriend is van de muur gesprongen en nu staat zn been de verkeerde kant op
en	danger	fall	my neighbour fell down the stairs and cant get up, her leg looks wrong
en	danger	fall	he slipped in the shower and there's a lot of blood from his head
en	danger	fall	i can hear her calling behind the door, she fell and cant get up
en	danger	fall	i fell in the kitchen and cant get back up, been here a while
en	danger	fall	dad tripped over the rug, says his hip is broken, he cant stand
en	danger	fall	sorry to bother, the old man at 9 came off his bike outside and hes bleeding from the head
en	danger	fall	she fell off a chair changing a bulb, her wrist is bent funny
en	danger	fall	he fell from the balcony, first floor, hes lying in the garden groaning
en	danger	fall	i dont want an ambulance bill but i think my ankle is broken, cant walk
en	danger	fall	my nan is on the bathroom floor since last night, she cant get up and she's freezing
en	danger	fall	he slipped on the wet tiles at the entrance and his knee is split open
en	danger	fall	fell off the ladder, my arm wont move and i think i see bone
en	danger	fall	heard a thud, now she's at the bottom of the stairs holding her head, blood everywhere
en	danger	fall	he fell over his walker in the doorway and hes stuck, cant get up
en	danger	fall	my boy fell off the top bunk and his arm is at a weird angle
en	danger	fall	she slipped on the ice outside the shop and keeps asking the same question, big bump on her head
en	danger	fall	cant get off the floor, fell next to the bed, phone was in my pocket thank god
nl	danger	fire	er komt rook uit het kastje waar de meter zit
nl	danger	fire	ik ruik iets branden en er komt rook onder de deur van nr 8 vandaan
nl	danger	fire	de vlammen slaan uit de pan en ik krijg het niet uit
nl	danger	fire	niet boos worden, maar er staat een prullenbak in brand in de gang
nl	danger	fire	kan iemand komen kijken, er komt zwarte rook uit het raam van de buren op 2
nl	danger	fire	zn sigaret is op de bank gevallen en die smeult nu, rook overal
nl	danger	fire	de container achter het gebouw staat in de fik en het vuur gaat richting de fietsen
nl	danger	fire	brand in de bergingen, ik zie het oranje door de deur
nl	danger	fire	het stopcontact knettert en er komen vonken en rook uit
nl	danger	fire	er brandt iets op het balkon boven mij, er vallen stukjes naar beneden
nl	danger	fire	ik durf het niet te zeggen want het is mijn schuld maar de kaars heeft het gordijn gepakt
nl	danger	fire	hij heeft weer gekookt en is in slaap gevallen, het rookalarm piept en de gang staat blauw van de rook
nl	danger	fire	rook in het trappenhuis, ik kan de trap niet meer zien
nl	danger	fire	iemand is spullen aan het verbranden in zn woonkamer en het vuur wordt steeds groter
nl	danger	fire	de scooter voor de deur staat nu in brand
nl	danger	fire	de wasdroger in de wasruimte brandt, vlammen achter het glas
nl	danger	fire	er komt rook tussen de vloerplanken vandaan, ik weet niet waar het brandt
nl	danger	fire	ik zit op mn kamer, de deur is heet en er komt rook onder door
nl	danger	fire	buurman z'n keuken staat in brand en hij wil niet weg, hij gooit er water op
nl	danger	fire	iemand heeft het hek bij de schuur aangestoken, het brandt nog steeds
nl	danger	fire	uit de meterkast komt brandlucht en grijze rook uit de kieren
nl	danger	fire	er hangt rook in de lift en het ruikt naar gesmolten plastic
nl	danger	fire	de kerstboom bij de buren staat in brand, ik zie het door het raam
nl	danger	fire	ik ben naar het balkon gevlucht, mijn hele huis staat vol rook
nl	danger	fire	de accu van een e-bike is ontploft in de gang en het brandt
nl	danger	fire	vuur in de papierbak in de hal, het wordt groter
nl	danger	fire	pas op, het dak van de schuur staat in vlammen
nl	danger	fire	het ruikt heel erg verbrand en uit het afzuigkap komt rook, bij mij staat niks aan
en	danger	fire	smoke coming from the cupboard where the meter is
en	danger	fire	theres smoke under the door at number 8 and a burning smell
en	danger	fire	the pan caught fire and i cant put it out
en	danger	fire	the bin in the hallway is on fire
en	danger	fire	black smoke coming out of the window next door
en	danger	fire	he fell asleep with the stove on, alarm going off and the corridor is full of smoke
en	danger	fire	the e-bike battery in the hall is smoking and popping
en	danger	fire	i think its my fault, the candle caught the curtain, flames now
en	danger	fire	sparks and smoke from the socket behind the telly
en	danger	fire	the wheelie bins behind the block are on fire and its spreading to the bikes
en	danger	fire	cant see the stairs for smoke, where do i go
en	danger	fire	my door is hot and theres smoke coming under it, im in my room
en	danger	fire	the dryer in the laundry room is on fire
en	danger	fire	someone set the shed on fire, its still burning
en	danger	fire	smoke pouring out of the lift shaft
en	danger	fire	my sofa is smouldering, dropped a fag, smoke everywhere
en	danger	fire	flames on the balcony above me, bits falling down
nl	danger	fire,unresponsive	er komt rook uit zn huis en hij ligt op de bank, hij wordt niet wakker van het alarm
nl	danger	fire,threat	hij staat met een jerrycan in de gang en zegt dat hij alles in de fik zet
nl	danger	gas	het ruikt hier naar het fornuis maar het fornuis staat uit
nl	danger	gas	in de gang ruikt het heel sterk naar gas, vooral bij nr 5
nl	danger	gas	ik ruik gas in de kelder en ik krijg hoofdpijn
nl	danger	gas	mn buurvrouw heeft het gas open laten staan en ze doet niet open, het stinkt in het portiek
nl	danger	gas	de kachel ruikt raar, naar gas, en ik word duizelig
nl	danger	gas	er sist iets bij de gasleiding in de meterkast en het stinkt
nl	danger	gas	het ruikt naar rotte eieren in het hele trappenhuis
nl	danger	gas	ik weet niet of het gas is maar het ruikt net als toen de slang los zat
nl	danger	gas	sorry als het overdreven is maar bij de buren ruikt het naar gas en hun ramen zijn dicht
nl	danger	gas	ze waren op straat aan het graven en hebben iets geraakt, het ruikt hier heel sterk naar gas
nl	danger	gas	ik denk dat hij de pitten heeft opengedraaid en niet aangestoken, zo ruikt het
nl	danger	gas	gaslucht in mn keuken, ik heb niks aangeraakt, het lichtje van de geiser is uit
nl	danger	gas	de hele hal ruikt naar gas en iemand staat daar te roken
nl	danger	gas	het stinkt naar gas bij de meterkasten beneden, ik durf het licht niet aan te doen
nl	danger	gas	er komt een vreemde lucht uit de cv ketel, gasachtig, ik ben misselijk
nl	danger	gas	ik ruik gas maar ik wil niet dat ze me eruit zetten omdat ik zelf aan de leiding heb gezeten
nl	danger	gas	bij nummer 21 komt een gaslucht onder de deur vandaan en er wordt niet opengedaan
nl	danger	gas	ruikt het bij jullie ook naar gas? hier op 3 heel erg
nl	danger	gas	het is net of iemand het gasstel aan heeft, maar ik heb niks aan staan
nl	danger	gas	ik heb hoofdpijn en de hele flat ruikt naar gas, mn kinderen zijn misselijk
nl	danger	gas	de geiser knalt steeds en er hangt een gaslucht
nl	danger	gas	ik ruik het weer, dat zoetige van toen met dat gaslek, maar nu veel sterker
nl	danger	gas,self_harm	hij zei dat hij het gas open zou zetten en nu ruik ik het in de gang
nl	danger	gas	de gasfles van de barbecue op het balkon lekt, je hoort het sissen
nl	danger	gas	in de schuur waar de gasflessen van de buurtbarbecue staan ruikt het nu heel erg naar gas
nl	danger	gas	de lucht bij de kookplaat is heel sterk en ik krijg het raam niet open
nl	danger	gas	de kelderbox ruikt naar gas en het wordt erger
nl	danger	gas,unresponsive	gaslucht bij de buurman en hij ligt in de keuken, hij reageert niet
nl	danger	self_harm,gas	ik heb het gas opengezet, ik wil niet meer
en	danger	gas	smells like the cooker but the cooker is off
en	danger	gas	strong gas smell in the hallway near number 5
en	danger	gas	it smells like rotten eggs on the whole stairwell
en	danger	gas	theres a hissing by the gas pipe in the meter cupboard
en	danger	gas	i think he turned the knobs on and didnt light them, you can smell it in the corridor
en	danger	gas	gas smell in my kitchen, pilot light on the boiler is out
en	danger	gas	not sure if im overreacting but the flat next door reeks of gas and nobody answers
en	danger	gas	getting dizzy, the heater smells like gas
en	danger	gas	the whole block smells of gas and someone is smoking at the entrance
en	danger	gas	the bbq gas bottle on the balcony is leaking, i can hear it
en	danger	gas	is it just me, strong gas smell on floor 3, my head is pounding
en	danger	gas	gas smell coming from the basement storage, getting stronger
en	danger	gas	i dont want to get in trouble, i messed with the hose behind the stove and now it smells of gas
en	danger	gas	workmen hit something in the street, it really stinks of gas here
en	danger	gas	the boiler keeps banging and theres a gas smell
en	danger	gas	that sweet smell again like the leak last year, but much stronger now
en	danger	gas	kids feel sick and the flat smells of gas
en	danger	gas,unresponsive	it smells of gas in her flat and she's on the floor not answering
nl	danger	violence	hij heeft het mes weer, ik zit in de badkamer
nl	danger	violence	ze zijn aan het vechten op de galerij, er is bloed
nl	danger	violence	mn buurman slaat zn vriendin, ik hoor haar gillen en dingen breken
nl	danger	violence	niet de politie aub maar kan iemand komen, mn zoon slaat me en ik zit in de slaapkamer
nl	danger	violence	er staan 3 jongens een man te schoppen bij de fietsenstalling
nl	danger	violence	hij heeft me aan mn haren door de kamer getrokken en nu staat hij voor de deur
nl	danger	violence	bij nr 12 hoor ik klappen en een vrouw die huilt, stop stop
nl	danger	violence	hij zwaait met een honkbalknuppel in de hal
nl	danger	violence	mn ex staat binnen en duwt me steeds tegen de muur
nl	danger	violence	er wordt gevochten bij de lift, met een kapotte fles
nl	danger	violence	iemand is net gestoken bij de ingang, hij bloedt heel erg
nl	danger	violence	hij heeft een pistool, ik heb het gezien, hij loopt ermee te zwaaien in de gang
nl	danger	violence	ze gooit met spullen naar hem en nu heeft ze een schaar gepakt
nl	danger	violence	ik durf niet te bellen want dan wordt het erger maar hij slaat haar weer
nl	danger	violence	kom aub, mn broer en mn vader vliegen elkaar aan in de keuken, hij heeft hem bij zn keel
nl	danger	violence	de begeleider wordt aangevallen in de gemeenschappelijke ruimte
nl	danger	violence	er ligt een man op de grond en een ander blijft maar trappen
nl	danger	violence	ik zit op de wc met de deur op slot, hij heeft me net geslagen
nl	danger	violence	hij heeft me geknepen tot ik geen lucht kreeg, hij is even weg maar komt zo terug
nl	danger	violence	ik hoor de hele tijd bonken tegen de muur en iemand die help roept
nl	danger	violence	een vent met een mes in de portiek, hij zit achter iemand aan
nl	danger	violence	kan iemand de wijkagent sturen zonder sirene, er is een vechtpartij op het plein
nl	danger	violence	mn vriend houdt me vast en laat niet los, ik typ stiekem
nl	danger	violence	ze hebben de buurman van 9 in elkaar geslagen, hij ligt nog op de stoep en ze staan er nog
nl	danger	violence	hij heeft het keukenmes gepakt en staat voor de slaapkamerdeur
nl	danger	violence	er wordt met stoelen gegooid in de recreatieruimte, iemand bloedt
nl	danger	violence	ik zit bij de buren want thuis slaat hij alles kapot en mij ook, hij is er nog
nl	danger	violence,threat	hij heeft me net geslagen en zegt dat hij me de volgende keer doodmaakt
nl	danger	break_in,violence	ze zijn binnengekomen en hebben mn vriend neergeslagen, ze zijn er nog
en	danger	violence	he has the knife again, i am in the bathroom
en	danger	violence	theyre fighting on the walkway and theres blood
en	danger	violence	please not the police but my son is hitting me, im locked in the bedroom
en	danger	violence	three lads kicking a guy by the bike racks
en	danger	violence	someone just got stabbed by the front door, hes bleeding a lot
en	danger	violence	he's swinging a bat around in the hallway
en	danger	violence	he had his hands round my neck, he went out for a smoke, hes coming back
en	danger	violence	i hear thumping against the wall and someone yelling help
en	danger	violence	my ex got in and keeps shoving me into the wall
en	danger	violence	a guy with a knife is chasing someone in the stairwell
en	danger	violence	the support worker is being attacked in the common room
en	danger	violence	typing this quietly, he wont let me leave the room and he hit me
en	danger	violence	theyre beating up the man from 9, hes still on the ground
en	danger	violence	he grabbed the kitchen knife and is standing outside the bedroom door
en	danger	violence	bottles being thrown in the lift lobby, one guy is cut
en	danger	violence	she's got scissors and is going at him
nl	danger	threat	ik heb de deur op slot gedaan, hij staat nog steeds te bonken en schreeuwt dat hij me afmaakt
nl	danger	threat	hij zegt dat hij vannacht terugkomt om me kapot te maken, hij staat nu beneden
nl	danger	threat	mn ex stuurt net dat hij onderweg is en dat ik het niet overleef
nl	danger	threat	de buurman roept door de brievenbus dat hij het huis in de fik steekt met mij erin
nl	danger	threat	hij zegt dat als ik de begeleiding bel hij mijn kat vermoordt en daarna mij
nl	danger	threat	er staat een man voor mn deur die zegt dat hij me gaat steken
nl	danger	threat	ik durf niet naar buiten, die jongens staan bij de ingang en zeggen dat ze me opwachten
nl	danger	threat	hij zei net vanavond ben je dood en hij loopt nu heen en weer op de galerij
nl	danger	threat	ze dreigt de baby iets aan te doen als ik wegga
nl	danger	threat	kreeg net een berichtje: ik weet waar je woont, ik kom eraan
nl	danger	threat	niet doorzetten naar de politie aub maar hij zegt dat hij me afmaakt als ik niet betaal, en hij staat hier
nl	danger	threat	hij schreeuwt door de muur dat hij de buren gaat afslachten
nl	danger	threat	mn zoon staat in de keuken en zegt dat hij zn stiefvader vermoordt als die thuiskomt
nl	danger	threat	er wordt op mn raam gebonkt en geroepen dat ze me te pakken krijgen
nl	danger	threat	hij heeft zn hand in zn jaszak en zegt dat ie wat bij zich heeft voor mij
nl	danger	threat	hij zegt dat hij me in elkaar slaat zodra de begeleider weg is, en die gaat zo weg
nl	danger	threat	ik word al de hele avond gebeld met je gaat eraan, nu staat er iemand op de stoep
nl	danger	threat	de man van boven brult dat hij iedereen in dit gebouw wat aandoet
nl	danger	threat,violence	ze heeft gezegd dat ze haar ex gaat vermoorden en is net weggegaan met een mes
nl	danger	threat	hij fluistert steeds aan de deur dat hij binnenkomt en mij pakt
nl	danger	threat	ik zit in de auto op de parkeerplaats want hij zei dat hij me vannacht wat aandoet
nl	danger	threat	hij zegt dat hij de hond op me afstuurt en mijn gezicht openhaalt, hij staat bij de voordeur
nl	danger	threat	ik hoor hem tegen zn maat zeggen dat ze mij vannacht gaan pakken, ze staan op de gang
nl	danger	threat	die vent van 4 dreigt mn dochter iets aan te doen, hij staat nu bij de speeltuin
nl	danger	threat	hij belde net: als je die melding niet intrekt ben je dood. ik ben bang dat hij er zo staat
nl	danger	threat	hij staat te schreeuwen dat hij me de trap af gooit
nl	danger	threat	ze staan met zn drieen voor mn deur en zeggen dat ik er vanavond aan ga
en	danger	threat	ive locked the door, hes still banging and shouting hes going to kill me
en	danger	threat	he says hes coming back tonight to finish me, hes downstairs now
en	danger	threat	my ex just texted hes on his way and that i wont survive it
en	danger	threat	hes shouting through the letterbox he'll burn the flat with me in it
en	danger	threat	theres a man at my door saying hes going to stab me
en	danger	threat	he just said youre dead tonight and hes pacing the walkway
en	danger	threat	she says she'll hurt the baby if i leave
en	danger	threat	got a message: i know where you live, im coming. his car is outside now
en	danger	threat	he says he'll beat me up as soon as the support worker leaves, she leaves in 5 min
en	danger	threat	lads waiting at the entrance saying theyll get me when i come out
en	danger	threat	hes screaming through the wall that he'll kill everyone in the building
en	danger	threat	my son says he'll murder his stepdad when he gets home, which is any minute
en	danger	threat	dont call the cops, but he says if i dont pay he'll break my legs, and hes standing right here
en	danger	threat	he keeps whispering at the door that hes coming in to get me
en	danger	threat	hiding in my car because he said he'd hurt me tonight
en	danger	threat	hes yelling he'll throw me down the stairs
en	danger	threat	hes got his hand in his pocket and says he brought something for me
en	danger	break_in,threat	someone broke the lock and is inside shouting he'll kill whoever is here
nl	danger	break_in	er staat iemand bij de achterdeur met een koevoet, nu
nl	danger	break_in	ik hoor iemand aan mn voordeur morrelen, ik ben alleen thuis
nl	danger	break_in	er zijn mensen in de berging aan het breken, ik hoor het hout kraken
nl	danger	break_in	ik zie een man door het raam van de buren naar binnen klimmen, ze zijn op vakantie
nl	danger	break_in	er is iemand in mijn huis, ik zit boven, ik hoor beneden laden opengaan
nl	danger	break_in	mn slot is kapot en er loopt iemand in de gang, het is mn huisgenoot niet
nl	danger	break_in	twee gasten met capuchons zijn de fietsenkelder aan het openbreken
nl	danger	break_in	iemand probeert het keukenraam open te wrikken
nl	danger	break_in	ik durf niet te bellen want ik sta hier niet officieel ingeschreven, maar er breekt iemand in bij mij
nl	danger	break_in	er klimt iemand over het hek bij de achtertuinen met een tas en een schroevendraaier
nl	danger	break_in	ik hoor glas breken beneden en voetstappen
nl	danger	break_in	bij nr 3 staat de deur open en er is iemand binnen met een zaklamp, de bewoner ligt in het ziekenhuis
nl	danger	break_in	hij probeert met een pasje de deur open te krijgen, ik zie het door het spionnetje
nl	danger	break_in	er wordt ingebroken in de autos op de parkeerplaats, ze zijn nu bezig
nl	danger	break_in	er staat iemand op mn balkon, ik woon op de eerste
nl	danger	break_in	ze zitten aan de kluisjes in de recreatieruimte met een breekijzer
nl	danger	break_in	wakker geworden van een klik, er staat iemand in mn slaapkamer
nl	danger	break_in	ze zijn de voordeur beneden aan het intrappen
nl	danger	break_in	er zijn twee mannen in het kantoor van de begeleiding en daar is nu niemand
nl	danger	break_in	de brievenbus wordt opengebroken en iemand steekt er een haak door
nl	danger	break_in	ik zie een zaklamp bewegen in het lege huis van nr 16
nl	danger	break_in	er gaat iemand door mn spullen in de schuur, ik hoor het nu
nl	danger	break_in	het wc raampje wordt er nu uitgehaald
nl	danger	break_in	de buurvrouw is weg en bij haar wordt net het raam ingeslagen
nl	danger	break_in	er rammelt iemand aan alle deurklinken op de galerij en bij de vierde ging hij open
nl	danger	break_in	hij is via het balkon binnengekomen en ik zit in de kast
nl	danger	break_in	ik lig in bed en hoor iemand beneden de tussendeur forceren
en	danger	break_in	someone at the back door with a crowbar right now
en	danger	break_in	i can hear someone fiddling with my front door lock, im home alone
en	danger	break_in	theres a man climbing into next doors window, theyre away
en	danger	break_in	someone is in my flat, im upstairs, i can hear drawers downstairs
en	danger	break_in	two guys in hoodies breaking into the bike cellar
en	danger	break_in	somebody is trying to pry the kitchen window open
en	danger	break_in	glass just smashed downstairs and i hear footsteps
en	danger	break_in	flashlight moving around in the empty flat at 16
en	danger	break_in	woke up to a click and theres someone in my bedroom
en	danger	break_in	theyre kicking in the front door downstairs
en	danger	break_in	somebody is going through the shed, i can hear it right now
en	danger	break_in	guys smashing car windows in the car park, happening now
en	danger	break_in	someone is on my balcony and i live on the first floor
en	danger	break_in	theyre trying every door handle along the walkway
en	danger	break_in	im hiding in the wardrobe, he got in through the balcony
en	danger	break_in	theres people in the support workers office and nobody works there at this hour
en	danger	break_in	cant call the police because of my papers but someone is breaking in
nl	danger	self_harm	wil iemand mijn planten hebben, ik heb ze niet meer nodig na vanavond
nl	danger	self_harm	ik heb mn brieven klaargelegd voor iedereen, zeg maar tegen mn zus dat het niet haar schuld is
nl	danger	self_harm	vanavond wordt het geregeld, dan hebben jullie geen last meer van mij
nl	danger	self_harm	ik sta op het dak van de flat en ik weet niet of ik terug ga
nl	danger	self_harm	mn vriendin zit in de badkamer met een mesje en er is bloed
nl	danger	self_harm	de kat mag naar nr 6, de sleutel ligt onder de mat, ik ben er morgen niet meer
nl	danger	self_harm	kan iemand ff bij Sander gaan kijken, hij stuurde me net sorry voor alles, dag
nl	danger	self_harm	ik heb touw gekocht en ik weet wat ik ga doen
nl	danger	self_harm	ik snij weer, en het stopt niet met bloeden
nl	danger	self_harm	zeg maar tegen de begeleiding dat ze mn dossier kan sluiten, ik ga
nl	danger	self_harm	ik zit op de brug en het water is zo rustig
nl	danger	self_harm	niemand gaat me missen, dus waarom zou ik morgen nog
nl	danger	self_harm	mn buurman zegt dat hij vanavond een eind aan zn leven maakt, hij heeft alles al weggegeven
nl	danger	self_harm	de pillen liggen hier voor me, allemaal, ik zit ze te tellen
nl	danger	self_harm	ik wil gewoon slapen en niet meer wakker worden, ik heb er genoeg van gespaard
nl	danger	self_harm	ze staat op de balkonrand en zegt dat ze springt
nl	danger	self_harm	mn zoon heeft al zn spullen aan zn vrienden gegeven, schreef dat hij gaat, en nu neemt hij niet op
nl	danger	self_harm	ik ben zo moe van alles, dit is mijn laatste bericht hier
nl	danger	self_harm	sorry dat ik zon last was, bedankt voor de koffieochtenden, vanaf vanavond hoeft niemand meer op me te letten
nl	danger	self_harm	hij zit met een riem om zn nek op zn kamer
nl	danger	self_harm	ik heb mezelf gebrand met een aansteker en ik wil het nog een keer doen
nl	danger	self_harm	ik loop naar het spoor, laat de honden maar bij de buurvrouw
nl	danger	self_harm	wie wil mn fiets, ik heb hem niet meer nodig, vanaf morgen niet meer
nl	danger	self_harm	kan iemand mn moeder zeggen dat ik van haar hou, ik kan het zelf niet meer
nl	danger	self_harm	het is op, ik stop ermee, vanavond
en	danger	self_harm	does anyone want my plants, i wont need them after tonight
en	danger	self_harm	ive written letters for everyone, tell my sister its not her fault
en	danger	self_harm	tonight its sorted, then none of you will be bothered by me again
en	danger	self_harm	im on the roof of the block and i dont know if im going back down
en	danger	self_harm	my friend is in the bathroom with a razor and theres blood
en	danger	self_harm	the cat can go to number 6, key under the mat, i wont be here tomorrow
en	danger	self_harm	can someone check on Milan, he just texted me sorry for everything, bye
en	danger	self_harm	i bought rope and i know what im doing with it
en	danger	self_harm	im cutting again and it wont stop bleeding
en	danger	self_harm	tell my worker she can close my file, im going
en	danger	self_harm	sitting on the bridge, the water looks so calm
en	danger	self_harm	shes standing on the balcony rail saying shell jump
en	danger	self_harm	this is my last message here, thanks for the coffee mornings
en	danger	self_harm	i just want to sleep and not wake up, ive saved enough of them
en	danger	self_harm	im walking to the train tracks, the dogs can go to my neighbour
en	danger	self_harm	hes sitting in his room with a belt round his neck
nl	danger	break_in	kzit stil in de slaapkamer, iemand staat in mn woonkamer en doet de kasten open
nl	danger	break_in	ik hoor ze met een boor aan het slot van de buren, die zijn naar hun werk
nl	danger	break_in	er hangt een man half door het raampje van de berging, hij is nu binnen aan het zoeken
nl	danger	violence	ze trekken hem uit zn auto en slaan hem, hier voor de flat
nl	danger	violence	mn buurvrouw staat op de galerij te bloeden, haar vriend heeft net een glas naar haar hoofd gegooid en hij is nog binnen
nl	danger	threat	hij staat onder mn raam met een stuk hout en roept dat ik naar beneden moet komen dan sla ik je dood
nl	danger	threat	ik sms dit vanuit de wc, hij zegt dat hij me vermoordt als ik de deur opendoe
nl	danger	fire	er komt rook uit de kelderdeur en het alarm gaat
nl	danger	gas	bij het openen van mn deur kwam er een enorme gaslucht naar binnen vanuit de gang
nl	danger	self_harm	ik heb de hond al bij mn broer gebracht, nu kan ik rustig gaan
en	danger	overdose	i think my brother overdid it with the benzos, hes not making sense and keeps falling asleep standing up
en	danger	fall	my mum fell getting out of the bath and her shoulder looks dislocated, she cant move
nl	calm	-	mag ik iets vragen, de buurman drinkt best veel de laatste tijd, is dat iets voor de begeleiding?
nl	calm	-	ik heb de vrouw van nr 9 al een paar dagen niet gezien, haar gordijnen blijven dicht
nl	calm	-	wil iemand mijn planten, ik verhuis volgende maand naar mn zus in Zeist
nl	calm	-	vorige week zei hij dat hij me zou afmaken, het is nu rustig maar ik zit er nog mee
nl	calm	-	het stinkt bij de containers, volgens mij ligt er vis in
nl	calm	-	ik ga dood van de honger, hoe laat begint de maaltijd woensdag
nl	calm	-	het rookalarm in de gang piept steeds, batterij leeg denk ik
nl	calm	-	gisteravond was er ruzie bij de buren, nu is het stil en ik zag ze net samen boodschappen doen
nl	calm	-	ik ben bang voor de man van boven, hij kijkt me zo aan, maar hij heeft nooit iets gedaan
nl	calm	-	ik wil niet dat iemand weet dat ik dit vraag, maar hoe kom ik aan een begeleider voor mezelf
nl	calm	-	de buurman zn fiets staat al 2 weken tegen de deur, mag die weg?
nl	calm	-	ik geef mn bank weg want ik krijg een nieuwe, wie wil hem ophalen
nl	calm	-	er lag vorig jaar een spuit bij de speeltuin, moeten we daar iets mee?
nl	calm	-	die vent van 14 blowt de hele dag, de lucht komt bij mij binnen
nl	calm	-	kan iemand met mij een brief lezen, ik snap niks van die belastingdienst
nl	calm	-	ik voel me al een tijdje niet zo goed, niks ernstigs, gewoon somber, kan iemand me bellen
nl	calm	-	vroeger dacht ik er wel eens aan om te stoppen met alles, maar nu gaat het echt beter, wilde ik even kwijt
nl	calm	-	ik ben die muziek van de buurman zat, elke nacht tot 3 uur
nl	calm	-	hoe werkt die brandblusser in de hal eigenlijk, voor als het ooit nodig is
nl	calm	-	die brand van vorige zomer in blok B, is daar ooit iets uitgekomen?
nl	calm	-	het buurtfeest van zaterdag was echt fire
nl	calm	-	ik ging dood van het lachen bij de filmavond
nl	calm	-	de buurvrouw roept soms in haar slaap, is dat iets om te melden?
nl	calm	-	hij heeft weer lege flessen in de gang gezet, dat is de derde keer deze week
nl	calm	-	mn buurman lijkt wat verward, hij vroeg drie keer welke dag het was, maar verder redt hij zich
nl	calm	-	kan de begeleider van Joost eens langskomen, hij eet niet goed volgens mij
nl	calm	-	de brievenbus van nr 11 puilt uit, ik heb hem sinds maandag niet gezien
nl	calm	-	ik moest net huilen om mn moeder, maar ik ben ok hoor, wil gewoon even praten met iemand
nl	calm	-	mn ex heeft ooit gedreigd, dat is jaren geleden, maar ik schrik nog steeds als de bel gaat
nl	calm	-	die jongens bij de ingang maken me onrustig maar ze doen eigenlijk niks
nl	calm	-	er ligt hondenpoep in het trappenhuis
nl	calm	-	wie wil een cactus, ik ga samenwonen en mn vriend haat planten
nl	calm	-	ik heb een oud elektrisch kacheltje over, werkt nog, gratis op te halen
nl	calm	-	het ruikt in de gang naar verf, ze zijn bij nr 2 aan het schilderen
nl	calm	-	het stinkt naar wiet bij de lift, al weken
nl	calm	-	vorige maand sliep er iemand in het fietsenhok, is dat nu opgelost?
nl	calm	-	moet ik 112 bellen als ik gas ruik of eerst de woningcorporatie? vraag het voor de zekerheid
nl	calm	-	de buurman valt soms in slaap op het bankje voor de deur na een paar biertjes, hij gaat daarna zelf naar binnen
nl	calm	-	de deur van de berging gaat niet meer op slot, kan iemand dat maken
nl	calm	-	ik ben gisteren met de fiets gevallen, schaafwond op mn knie, niks ergs, wel balen
nl	calm	-	ik heb vorige week een naald bij de bosjes gevonden en in een fles gedaan, was dat goed?
nl	calm	-	hoe meld ik dat mn buurvrouw haar katten niet goed verzorgt
nl	calm	-	ik vind het eng om hem aan te spreken over de herrie, kan dat anoniem?
nl	calm	-	ik heb mn sleutel verloren, kan iemand van de begeleiding me binnenlaten
nl	calm	-	het licht in de kelder brandt de hele tijd, ook overdag
nl	calm	-	mn verwarming doet het niet, het is koud in huis
nl	calm	-	de lift staat weer stil tussen 2 en 3, er zit niemand in
nl	calm	-	ik mis mn hond die vorig jaar dood ging, heeft iemand tips tegen verdriet
nl	calm	-	mn buurman heeft vorige maand een keer een mes laten zien bij ruzie, hij is nu heel vriendelijk maar ik vertrouw het niet
nl	calm	-	het ruikt naar rotte eieren bij de groene bak, volgens mij van de gft
nl	calm	-	er staat al de hele week een rare lucht bij de vuilstort, zoetig en vies
nl	calm	-	ik wil mn fiets wegdoen want ik ga naar een aanleunwoning, iemand interesse?
nl	calm	-	ik geef mn kamerplanten weg, ik krijg een kat en die eet alles op
nl	calm	-	ik heb geen zin om de politie te bellen voor die geluidsoverlast, wat kan ik anders doen
nl	calm	-	die man van 12 doet soms raar en praat tegen zichzelf, ik weet niet of ik me zorgen moet maken
nl	calm	-	ik zag vanochtend een spuit in de bosjes liggen, niemand erbij, moet ik dat melden?
nl	calm	-	mn buurvrouw is al een week niet buiten geweest, ik hoor haar tv wel
nl	calm	-	er is hier gisteren ingebroken in de schuur, er is niks meer aan de hand maar ik wil het melden
nl	calm	-	iemand heeft vannacht de fietsen in de stalling gesloopt, nu is er niemand meer
nl	calm	-	het rookmelder in mijn slaapkamer hangt los
nl	calm	-	hoe laat is de EHBO cursus, die mental health first aid
nl	calm	-	ik wil me aanmelden voor de koffieochtend, als dat nog kan
nl	calm	-	kan iemand mij helpen met mn schulden, ik durf het niet aan mn begeleider te vragen
nl	calm	-	ik schaam me dat ik het vraag maar ik heb geen eten meer tot vrijdag
nl	calm	-	ik ben een beetje eenzaam, is er iemand die een wandeling wil maken
nl	calm	-	de buurman schreeuwt vaak tegen zn tv, is niet gericht op mij hoor
nl	calm	-	soms hoor ik hem huilen door de muur, kan de begeleiding niet eens langs
nl	calm	-	vroeger lag hij vaak dronken in het portiek, nu al maanden niet meer, fijn
nl	calm	-	die lucht uit de afvoer in de badkamer is echt niet normaal, riool denk ik
nl	calm	-	het ruikt in de hele hal naar uien, iemand kookt zeker
nl	calm	-	de geiser doet het niet, geen warm water sinds gisteren
nl	calm	-	mn gasfornuis wil niet aan, de pit vonkt wel maar er gebeurt niks
nl	calm	-	ik heb de gasrekening gekregen en hij is zo hoog, kan iemand meekijken
nl	calm	-	ik durf niet meer in de lift sinds die jongen er toen tegen me schreeuwde, wat kan ik doen
nl	calm	-	de ruzie met mn zus was afgelopen zondag, het is nu weer goed maar ik ben nog van slag
nl	calm	-	die buurman heeft vorig jaar zn vriendin geslagen, zeggen ze, moet ik daar nu iets mee
nl	calm	-	ik heb een vreemde man in het trappenhuis gezien vorige week, was waarschijnlijk een bezorger
nl	calm	-	de achterdeur van het gebouw staat steeds open, dat voelt niet veilig
nl	calm	-	mijn slot zit los, ik ben bang dat iemand zo binnen kan komen, kan het gemaakt worden
nl	calm	-	ik ben gisteren bijna gevallen over die losse tegel voor de deur, kan die gemaakt worden
nl	calm	-	de oude mevrouw van 5 wankelt soms op de trap, misschien een leuning erbij?
nl	calm	-	ik slaap slecht sinds ik hier woon, niks ergs maar kan ik met iemand praten
nl	calm	-	iemand een tip voor een goede huisarts in de buurt
nl	calm	-	zijn er nog plekken voor het vissen zaterdag
nl	calm	-	ik kom toch niet naar de filmavond, ben verkouden
nl	calm	-	hoe laat is de walking dinner
nl	calm	-	ik wil graag een pingpong middag organiseren in de gemeenschappelijke ruimte
nl	calm	-	die bbq van vorige week was top, wanneer weer
nl	calm	-	dank je wel voor het helpen met die brief, echt lief
nl	calm	-	ik heb honger als een paard, is er nog soep over van de buurtmaaltijd
nl	calm	-	wie heeft mn wasmand meegenomen uit de wasruimte
nl	calm	-	de buurjongen rookt op zn balkon en het komt bij mij naar binnen
nl	calm	-	ik maak me zorgen om Kees, hij drinkt al om 10 uur s ochtends, maar hij is wel aanspreekbaar
nl	calm	-	kan iemand eens kijken bij meneer Bakker, hij leek gisteren in de war, vandaag heb ik hem niet gezien
nl	calm	-	er komt een muffe lucht uit de kelderbox, denk schimmel
nl	calm	-	het ruikt naar brand buiten, maar dat is de open haard van de huizen aan de overkant, zoals elke winter
nl	calm	-	de schoorsteen van de buren rookt, die stoken hout, is dat toegestaan?
nl	calm	-	er was een brandoefening vanochtend, alles ging goed, alleen het alarm was heel hard
nl	calm	-	het brandalarm ging af maar het was loos, iemand had toast aangebrand
nl	calm	-	mn toast is aangebrand en nu piept de rookmelder, hoe zet ik hem uit
nl	calm	-	er was gisteravond een vechtpartij op het plein, volgens mij is niemand gewond, wat nu
nl	calm	-	ik heb het gevoel dat mensen over me praten in de buurt, kan iemand mij helpen daarmee
nl	calm	-	mijn buurman zegt altijd tegen mij ik maak je af als ik zn parkeerplek pak, maar dat is een grapje tussen ons
nl	calm	-	ik had vorige week een paniekaanval, het gaat nu weer, hoe voorkom ik dat
nl	calm	-	ik heb een oude magnetron over, iemand?
nl	calm	-	de begeleider is al 2 weken niet geweest, klopt dat?
nl	calm	-	mag ik vragen of iemand weet waar ik naalden veilig kan inleveren, voor mn insuline
nl	calm	-	de buurman heeft veel pillen op tafel staan, is dat erg? hij lijkt verder prima
nl	calm	-	mijn vriend gebruikt weer een beetje, niet veel, kan ik daar met iemand over praten zonder dat het gedoe wordt
nl	calm	-	hij heeft vroeger gespoten, nu is hij clean, maar soms twijfel ik, hoe spreek ik dat aan
nl	calm	-	er liggen steeds lachgas patronen bij de ingang
nl	calm	-	ik ben bang dat ze me eruit zetten als ik een melding doe, kan het anoniem?
nl	calm	-	wie is onze wijkagent eigenlijk, ik wil iets vragen over mn fiets die gestolen is
nl	calm	-	mn fiets is vorige week gejat uit de stalling, kan ik dat hier melden
nl	calm	-	het kapotte raam bij de achteringang, sinds die inbraak van oktober, wordt dat nog gemaakt
nl	calm	-	de buren hebben een nieuwe hond en die blaft de hele dag
nl	calm	-	het stinkt naar pis in de lift
nl	calm	-	die vrouw van 8 doet heel vaak de deur niet open, ook niet voor de begeleiding, is dat normaal
nl	calm	-	mn buurvrouw is volgens mij aan de drank, ze zwalkt soms als ze thuiskomt
nl	calm	-	ik zie hem al een week niet meer bij de koffie, hij kwam altijd, weet iemand waarom
nl	calm	-	ik ben een beetje ongerust over Fatima, ze lijkt zo afgevallen
nl	calm	-	er wordt vaak geschreeuwd bij nr 15, niet nu, maar bijna elke avond
nl	calm	-	hij roept vaak rare dingen in de hal, maar hij doet niemand iets
nl	calm	-	ik hoorde vannacht een harde klap, vanochtend zag ik dat er een bloempot van het balkon was gevallen
nl	calm	-	mn buurman is gevallen vorige week en heeft nu gips, kan iemand zn boodschappen doen
nl	calm	-	ze zijn gisteren met de ambulance geweest voor de man van 3, weet iemand hoe het met hem gaat
nl	calm	-	ik heb gisteren te veel gedronken en nu een kater, kan ik de schoonmaakactie skippen
nl	calm	-	ik ben kapot, ik ga vroeg slapen vanavond
nl	calm	-	die film was echt killing
nl	calm	-	ik werd gek van het wachten bij de gemeente, 2 uur
nl	calm	-	mijn telefoon gaat dood, batterij bijna leeg, ik bel morgen terug
nl	calm	-	hoe laat komt de klusjesman, mn kraan lekt
nl	calm	-	er staat water in de kelder na die regen
nl	calm	-	de intercom doet het weer niet
nl	calm	-	ik wil mijn tv weggeven want ik ga terug naar Eindhoven, wie wil hem
nl	calm	-	wil iemand mn kasten overnemen, ik heb ze niet meer nodig in mn nieuwe huis
nl	calm	-	ik heb mn vogel weggedaan, de kooi is nog over, wie wil die
nl	calm	-	ik ga weg hier volgende week, naar een andere plek van de woningcorporatie, wie wil mn stoelen
nl	calm	-	ik ben klaar met deze buurt, ik ga verhuizen zodra het kan
nl	calm	-	niemand luistert hier naar me over die herrie, ik ben het echt zat
nl	calm	-	ik ben zo moe van dat lawaai, ik word er gek van
nl	calm	-	ik ben het beu dat mn melding niks doet
nl	calm	-	het gaat niet goed met mn geld, kan iemand me bellen deze week
nl	calm	-	ik heb een brief over een huurachterstand, ik durf hem bijna niet open te maken
nl	calm	-	mn begeleider is nieuw en ik klik er niet mee, kan ik een ander vragen
nl	calm	-	kan ik iemand spreken die zelf ook op straat heeft gewoond
nl	calm	-	er loopt een man met een hond zonder lijn over het speelveld
nl	calm	-	op de parkeerplaats staat al weken een auto zonder kenteken
nl	calm	-	er hangt een rare lucht in mn keuken, ik denk van de gootsteen, kan iemand kijken
nl	calm	-	het ruikt een beetje naar gas als ik het fornuis aansteek, maar alleen heel even, is dat normaal?
nl	calm	-	wanneer komt de jaarlijkse controle van de cv ketel
nl	calm	-	ik heb een koolmonoxidemelder gekregen, waar moet die hangen
nl	calm	-	kan ik de meterkast openen om de stoppen te checken, de stroom is uit in de keuken
nl	calm	-	de stoppen slaan steeds door als ik de waterkoker aan zet
nl	calm	-	mn kookplaat gaat soms zomaar uit, niet gevaarlijk denk ik, maar wel irritant
nl	calm	-	de buurvrouw kookt elke dag vis en het ruikt in het hele trappenhuis
nl	calm	-	ik weet niet of het iets is, maar die jongen van 12 heeft steeds bezoek tot laat, en die mensen zien er niet goed uit
nl	calm	-	ze dealen volgens mij bij de bankjes, niet nu, vooral s avonds, ik wil geen namen noemen
nl	calm	-	ik wil niet klikken maar in de berging liggen spuiten en zilverpapier, van een paar dagen geleden
nl	calm	-	ik durf niet te zeggen wie het is, maar iemand plast steeds in de lift
nl	calm	-	de man van 6 heeft tegen mij gezegd dat hij me een keer gaat pakken, dat was in de zomer, sindsdien niks
nl	calm	-	ik heb nog steeds nachtmerries van de brand van 2 jaar terug
nl	calm	-	vorig jaar is er een meneer overleden in blok C en niemand merkte het, dat wil ik nooit meer, hoe houden we elkaar in de gaten
nl	calm	-	hoe weet ik of iemand een overdosis heeft, ik wil het leren voor het geval dat
nl	calm	-	is er een cursus reanimatie in de buurt
nl	calm	-	wat doe je als iemand flauwvalt, ik wil het gewoon weten
nl	calm	-	de AED kast bij de ingang is leeg, waar is hij gebleven
nl	calm	-	moet ik het melden als de buurman steeds heel hard met de deuren slaat
nl	calm	-	die buurman gooit zn peuken naar beneden, op mijn balkon
nl	calm	-	er ligt glas bij de fietsenstalling van een kapotte fles
nl	calm	-	er staat een bank bij de container, mag ik die meenemen
nl	calm	-	ik heb geen idee waar ik het moet vragen, maar wie regelt het grasmaaien
nl	calm	-	heb je ook hulp bij formulieren voor de toeslagen
nl	calm	-	ik ben zo alleen sinds mn vrouw weg is, is er iemand om mee te kletsen
nl	calm	-	ik zat vroeger in de opvang en nu woon ik hier, soms voel ik me nog niet thuis
nl	calm	-	ik heb het idee dat mijn buren niet met me willen praten
nl	calm	-	mijn dochter komt logeren dit weekend, mag ze mee naar het vissen
nl	calm	-	ik voel me de laatste tijd down, ik wil mn begeleider wat vaker zien
nl	calm	-	sinds mn broer overleden is lig ik veel op bed, maar ik doe mezelf niks hoor, kan iemand langskomen
nl	calm	-	ik hoor soms stemmen maar ik slik mijn medicijnen weer, wil het gewoon even melden
nl	calm	-	die meneer van 10 is een beetje vergeetachtig, laat zn sleutels aan de deur hangen
nl	calm	-	de sleutel zat weer in de deur bij nr 4, ik heb hem in de brievenbus gegooid
nl	calm	-	het is zo stil bij de buurman, normaal hoor ik altijd zn radio, hij zal wel op vakantie zijn
nl	calm	-	ik heb hem een paar dagen niet gezien maar zn fiets is ook weg, dus hij is vast weg
nl	calm	-	moet ik me zorgen maken, mn buurman heeft al een week de gordijnen dicht, hij deed dat vaker als hij somber was
nl	calm	-	ik hoor hem wel rommelen maar hij doet nooit open, hij wil met rust gelaten worden denk ik
nl	calm	-	hij zegt altijd dat hij niemand nodig heeft, maar ik denk dat hij eenzaam is
nl	calm	-	ik heb een paar keer brood voor haar deur gezet, het wordt wel gepakt
nl	calm	-	kan iemand de begeleider van nr 7 vragen om langs te gaan, het ruikt uit haar brievenbus naar vuilnis
nl	calm	-	uit de woning van de buurman komt een vieze lucht, volgens mij ligt er afval al weken
nl	calm	-	de vuilniszakken staan al een week op het balkon van de buren en het begint te stinken
nl	calm	-	de container is al 2 weken niet geleegd, het stinkt enorm in de zon
nl	calm	-	bij de ingang ruikt het naar rook, iemand rookt daar de hele tijd
nl	calm	-	ik rook net sigarettenrook in mn badkamer via het ventilatierooster
nl	calm	-	de buren barbecuen elke avond en alle rook komt bij mij naar binnen
nl	calm	-	er liggen vuurwerkresten in de tuin van oud en nieuw
nl	calm	-	een jongen stak vuurwerk af in de hal vorige week, kan daar iets tegen gedaan worden
nl	calm	-	de schuur van het blok is vorig jaar afgebrand, komt er een nieuwe
nl	calm	-	mn kaarsen zijn op, iemand nog waxinelichtjes over voor de buurtavond
nl	calm	-	kan ik een open haard hebben in mn huurhuis?
nl	calm	-	het vuur in de vuurkorf bij de buurtborrel was gezellig, zullen we dat vaker doen
nl	calm	-	hij is vorige week in elkaar geslagen in de stad, hij is nu thuis en het gaat beter
nl	calm	-	ik heb een blauwe plek van de deur van de fietsenkelder, die slaat zo hard dicht
nl	calm	-	ik ben gisteren van de trap gegleden, beetje pijn aan mn stuit, maar ik loop gewoon
nl	calm	-	mn moeder is vorige maand gevallen, ze heeft nu een alarmknop, kan dat hier ook
nl	calm	-	is er zon knop waarmee je dag en nacht iemand kan bereiken, ik word s nachts soms bang
nl	calm	-	ik word s nachts vaak angstig wakker, niet dat er iets is, maar ik wil iemand kunnen bellen
nl	calm	-	ik ben bang in het donker op de galerij sinds de lamp kapot is
nl	calm	-	ik schrik elke keer van die man met zijn grote hond, hij doet niks maar toch
nl	calm	-	die jongens roepen dingen naar me als ik langs loop, vervelend, niet gevaarlijk
nl	calm	-	ik word soms uitgescholden door de buurvrouw, wat moet ik doen
nl	calm	-	de buurman heeft mn kind uitgescholden bij de speeltuin gisteren, ik wil dat melden
nl	calm	-	hij intimideert me een beetje door steeds bij mn deur te staan praten, wat kan ik doen zonder ruzie
nl	calm	-	ik wil niet dat hij weet dat ik het heb gemeld, hij kan nogal boos worden
nl	calm	-	ik heb een brief van de woningcorporatie over overlast, maar ik weet niet wat ik gedaan heb
nl	calm	-	ik ben bang dat ik mn huis kwijtraak door die klachten, kan iemand helpen
nl	calm	-	iemand heeft een lelijke tekst op mn deur gekrast, was vannacht, ik wil het weg hebben
nl	calm	-	er is een raam kapot gegooid bij de berging, gisteren al, niemand gezien
nl	calm	-	de buurjongen zegt dat hij gepest wordt in de buurt, wie kan daar iets mee
nl	calm	-	ik dacht dat ik gas rook maar het was de gootsteen, vals alarm, sorry
nl	calm	-	het rook net heel even raar maar nu is het weg, het was denk ik de buurman die zn pan liet aanbranden
nl	calm	-	het alarm van de buren gaat al een uur, ze zijn op vakantie, het is de batterij denk ik
nl	calm	-	er stond vannacht een politieauto voor de deur, weet iemand wat er was
nl	calm	-	gisteren was er een ambulance bij blok A, het gaat goed met die mevrouw hoor
nl	calm	-	wie gaat er mee naar de markt zaterdag
nl	calm	-	ik heb een nieuw matras nodig, weet iemand een kringloop
nl	calm	-	de wasmachine in de wasruimte lekt
nl	calm	-	de deur van de hoofdingang sluit niet goed meer, iedereen kan zo naar binnen
nl	calm	-	ik heb last van muizen in de keuken
nl	calm	-	ik ga vanavond een keer vroeg naar bed, ik heb er geen zin meer in vandaag
nl	calm	-	ik kan er niet meer tegen, die bouwherrie elke ochtend om 7 uur
nl	calm	-	ik wil dood, zo moe ben ik van die verbouwing hiernaast, haha nee grapje, maar wanneer stopt het
nl	calm	-	doodziek van die hondenpoep overal
nl	calm	-	ik stik van de hitte in dit huis, kan er een zonnescherm komen
nl	calm	-	mn buurman heeft zn methadon altijd netjes, maar hij vergeet soms of hij het al genomen heeft, kan de begeleider een weekdoos regelen
nl	calm	-	iemand gaf mij vorige week een zakje pillen, ik heb ze niet genomen, waar kan ik ze kwijt
nl	calm	-	hij zat gisteren stoned op het bankje, vandaag is hij weer normaal
nl	calm	-	ik ken iemand die te veel blowt en niks meer doet, kan daar iemand bij helpen
nl	calm	-	kan iemand me uitleggen hoe je naloxon gebruikt, ik hoorde dat het kan helpen
nl	calm	-	de buurvrouw doet haar deur steeds op de ketting en praat niet meer met ons, ze lijkt bang, ik weet niet voor wie
nl	calm	-	ik heb gehoord dat de vriend van de buurvrouw weer vrij is, ik ben bang dat het weer begint, nu is hij er niet
nl	calm	-	hij stond gisteren een uur bij mn deur te zeuren, ik heb niet opengedaan, vandaag is het rustig
nl	calm	-	het is nu rustig, maar vannacht hoorde ik weer bonken bij de buren, ik wil niet dat ze problemen krijgen
nl	calm	-	ik zet mn planten buiten bij de deur, ik ga een maand naar familie in Marokko, wie wil ze water geven
nl	calm	-	mn oude stoel mag weg, ik heb een nieuwe van de kringloop
nl	calm	-	ik wil mijn spullen verdelen voor ik naar het verpleeghuis ga, wie heeft een kast nodig
en	calm	-	my neighbour drinks quite a lot lately, is that something for the support workers?
en	calm	-	havent seen the lady at number 9 for a few days, curtains still closed
en	calm	-	anyone want my plants? moving to my sisters next month
en	calm	-	last week he said he'd kill me, its quiet now but it still bothers me
en	calm	-	the bins stink, i think someone dumped fish in there
en	calm	-	im starving, what time is the dinner on wednesday
en	calm	-	the smoke alarm in the hall keeps chirping, battery i guess
en	calm	-	the light on the stairs isnt working
en	calm	-	there was shouting next door last night, this morning they were laughing on the balcony
en	calm	-	im scared of the guy upstairs, the way he looks at me, but he never did anything
en	calm	-	dont want anyone to know i asked, but how do i get a support worker for myself
en	calm	-	someone left a bike against the door 2 weeks ago, can it go
en	calm	-	found a needle by the playground last year, has anything been done since?
en	calm	-	the guy at 14 smokes weed all day and it comes into my flat
en	calm	-	can someone help me read a letter from the council, i dont get it
en	calm	-	been feeling low for a while, nothing serious, just want someone to call me
en	calm	-	i used to think about ending it years ago but im in a much better place now, just wanted to say
en	calm	-	that party on saturday was fire
en	calm	-	i was dying of laughter at the film night
en	calm	-	my neighbour sometimes shouts in her sleep, should i report that?
en	calm	-	hes put empty bottles in the hallway again, third time this week
en	calm	-	my neighbour seems a bit confused, asked me what day it was three times, otherwise fine
en	calm	-	could someone from support visit Jeroen, i dont think hes eating properly
en	calm	-	the mailbox at 11 is overflowing, havent seen him since monday
en	calm	-	my ex threatened me once, years ago, i still jump when the doorbell goes
en	calm	-	the lads by the entrance make me nervous but they dont actually do anything
en	calm	-	anyone want a cactus, my new boyfriend hates plants
en	calm	-	theres a paint smell in the hall, they're decorating at number 2
en	calm	-	someone slept in the bike shed last month, is that sorted now?
en	calm	-	should i call 112 for a gas smell or the housing company first, just asking in case
en	calm	-	the door to the storage doesnt lock anymore
en	calm	-	fell off my bike yesterday, grazed knee, nothing bad, just annoyed
en	calm	-	i found a needle in the bushes last week and put it in a bottle, was that right?
en	calm	-	too scared to talk to him about the noise myself, can it be anonymous?
en	calm	-	lost my key, can someone from support let me in
en	calm	-	the heating is broken and its freezing
en	calm	-	lift stuck between 2 and 3 again, nobody inside
en	calm	-	my neighbour showed a knife once during an argument last month, hes friendly now but i dont trust it
en	calm	-	theres a rotten egg smell by the green bin, probably the food waste
en	calm	-	giving away my bike because im moving to sheltered housing, anyone?
en	calm	-	giving my houseplants away, getting a cat and she eats everything
en	calm	-	dont really want to call the police about the noise, what else can i do
en	calm	-	the man at 12 acts strange sometimes and talks to himself, should i worry?
en	calm	-	saw a syringe in the bushes this morning, nobody around, should i report it
en	calm	-	my neighbour hasnt been outside for a week, i can hear her tv though
en	calm	-	someone broke into the shed yesterday, its all quiet now but i want to report it
en	calm	-	someone trashed the bikes in the rack overnight, nobody there now
en	calm	-	the smoke detector in my bedroom is hanging off the ceiling
en	calm	-	i feel a bit lonely, anyone fancy a walk
en	calm	-	the neighbour yells at his tv a lot, not at me
en	calm	-	sometimes i hear him crying through the wall, could support pop round
en	calm	-	the smell from the bathroom drain is awful, sewer i think
en	calm	-	the whole hallway smells of onions, someone is cooking
en	calm	-	no hot water since yesterday, boiler wont start
en	calm	-	my gas hob wont light, it clicks but nothing happens
en	calm	-	got my gas bill and its huge, can someone look at it with me
en	calm	-	afraid to use the lift since that lad shouted at me in it, what can i do
en	calm	-	heard a stranger in the stairwell last week, probably a delivery guy
en	calm	-	back door of the building is always open, doesnt feel safe
en	calm	-	my lock is loose, worried someone could get in, can it be fixed
en	calm	-	nearly tripped on that loose tile by the door yesterday, can it be fixed
en	calm	-	the old lady at 5 wobbles on the stairs sometimes, maybe a handrail?
en	calm	-	any tips for a good GP around here
en	calm	-	are there still spots for fishing on saturday
en	calm	-	cant make the film night after all, got a cold
en	calm	-	wanna organise a table tennis afternoon in the common room
en	calm	-	thanks for helping with that letter, really kind
en	calm	-	who took my laundry basket from the laundry room
en	calm	-	im worried about Kees, he drinks from 10 in the morning, but hes ok to talk to
en	calm	-	can someone check on mr de Wit, he seemed confused yesterday and i havent seen him today
en	calm	-	musty smell from the basement storage, mould i think
en	calm	-	smells like burning outside but its just the wood stoves across the road like every winter
en	calm	-	the fire alarm went off but it was just someone burning toast
en	calm	-	burnt my toast and now the smoke alarm wont stop, how do i turn it off
en	calm	-	there was a fight on the square last night, nobody hurt i think, what now
en	calm	-	my neighbour always says ill kill you when i take his parking spot, but its a joke between us
en	calm	-	had a panic attack last week, im fine now, how do i stop it happening again
en	calm	-	does anyone know where to drop off used needles safely, for my insulin
en	calm	-	the guy next door has loads of pills on the table, is that bad? he seems fine
en	calm	-	my friend is using a bit again, not much, can i talk to someone without it becoming a whole thing
en	calm	-	loads of nitrous canisters by the entrance again
en	calm	-	scared theyll evict me if i report it, can i stay anonymous?
en	calm	-	my bike got nicked from the rack last week, can i report that here
en	calm	-	the broken window at the back since the break in in october, is it getting fixed
en	calm	-	the lift smells of pee
en	calm	-	the woman at 8 never opens the door, not even for her worker, is that normal
en	calm	-	pretty sure my neighbour is on the drink, she staggers home sometimes
en	calm	-	he hasnt come to coffee for a week, he always came, anyone know why
en	calm	-	bit worried about Fatima, she's lost so much weight
en	calm	-	theres shouting at number 15 most nights, not right now though
en	calm	-	heard a bang last night, turns out a flower pot fell off a balcony
en	calm	-	my neighbour fell last week and has a cast, could someone do his shopping
en	calm	-	the ambulance came for the man at 3 yesterday, anyone know how hes doing
en	calm	-	im knackered, early night for me
en	calm	-	that movie was killer
en	calm	-	im going crazy waiting at the council office, 2 hours already
en	calm	-	giving away my tv, moving back to Eindhoven, who wants it
en	calm	-	anyone want my cupboards, wont need them in the new place
en	calm	-	im leaving next week, new place from the housing company, who wants my chairs
en	calm	-	im done with this neighbourhood, moving as soon as i can
en	calm	-	im sick of that noise, its driving me mad
en	calm	-	money is tight, could someone call me this week
en	calm	-	got a letter about rent arrears, i can barely open it
en	calm	-	can i talk to someone who used to be homeless too
en	calm	-	theres a car without number plates in the car park for weeks
en	calm	-	weird smell in my kitchen, probably the sink, could someone have a look
en	calm	-	smells a tiny bit of gas when i light the hob, only for a second, is that normal?
en	calm	-	when is the yearly boiler check
en	calm	-	got a carbon monoxide alarm, where should i put it
en	calm	-	power is out in the kitchen, can i open the meter cupboard to check the fuses
en	calm	-	not sure if its anything, but the lad at 12 has visitors till late and they dont look well
en	calm	-	pretty sure theyre dealing by the benches, mostly evenings, i dont want to name anyone
en	calm	-	dont want to snitch but theres needles and foil in the storage room, from a few days ago
en	calm	-	the man at 6 told me hed get me one day, that was in summer, nothing since
en	calm	-	still get nightmares about the fire two years ago
en	calm	-	an old man died in block C last year and nobody noticed, how do we keep an eye on each other
en	calm	-	how can you tell if someone has overdosed, want to learn just in case
en	calm	-	where is the defibrillator in our building
en	calm	-	the neighbour throws his cigarette ends down onto my balcony
en	calm	-	broken glass by the bike racks from a smashed bottle
en	calm	-	since my brother died i stay in bed a lot, im not going to do anything, but could someone visit
en	calm	-	i hear voices sometimes but im back on my meds, just letting someone know
en	calm	-	the key was left in the door at number 4 again, i put it through the letterbox
en	calm	-	its so quiet next door, usually his radio is on, probably on holiday
en	calm	-	havent seen him for days but his bike is gone too, so hes probably away
en	calm	-	someone threw fireworks in the hall last week, can anything be done
en	calm	-	the shed burned down last year, are we getting a new one
en	calm	-	got a bruise from the cellar door, it slams so hard
en	calm	-	slipped on the stairs yesterday, sore bum but im walking fine
en	calm	-	my mum fell last month and now has an alarm button, can we get that here
en	calm	-	i get anxious at night sometimes, nothing happening, just want someone i can call
en	calm	-	the lads shout stuff at me when i walk past, annoying, not dangerous
en	calm	-	he hangs around my door talking a lot and it makes me uneasy, how do i handle it without a fight
en	calm	-	i dont want him to know i reported it, he can get quite angry
en	calm	-	someone scratched a nasty word into my door last night, want it removed
en	calm	-	thought i smelled gas but it was the sink, false alarm sorry
en	calm	-	the neighbours alarm has been going for an hour, theyre on holiday, battery probably
en	calm	-	there was a police car outside last night, anyone know what happened
en	calm	-	i could kill for a coffee right now
en	calm	-	honestly i want to die every time my landlord emails, lol, anyway when is the repair coming
`;

/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated, leaning
 * English: students, expats and newcomers who share English, British, American, Irish and
 * Australian English, Dutch-English switching, everyday descriptions and understatement, and
 * English idioms that are no danger.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesJ = String.raw`
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md, date 2026-12-07
# voices: English-speaking residents of a Dutch housing project (international students, expats, refugees and newcomers: Nigerian, Indian, Filipino, Syrian, Polish, Brazilian, Ghanaian English; British, American, Irish English; Australian slang), Dutch speakers switching to English and back, English with Dutch words (buurman, galerij, begeleider)
# format: language<TAB>label<TAB>kinds<TAB>text; language nl|en (dominant); label danger|calm; kinds comma-separated emergency kinds for danger, - for calm; all names, numbers and places fictional
# counts: 812 lines = 428 danger + 384 calm; en 490, nl 322; per kind (multi-kind lines count once per kind): unresponsive 48, fall 47, overdose 48, fire 48, gas 48, violence 49, threat 47, break_in 47, self_harm 48
en	danger	unresponsive	he's gone all floppy and won't answer me, eyes half open
en	danger	unresponsive	the buurman is lying on the galerij and he's not moving at all, I shook his shoulder, nothing
en	danger	unresponsive	she's grey and clammy and just slumped on the sofa, can't get a word out of her
en	danger	unresponsive	bit of a situation here, the fella at number 14 is on the stairs and won't wake up
en	danger	unresponsive	my flatmate collapsed in the kitchen just now, he's breathing like snoring but I cannot wake him
en	danger	unresponsive	abeg somebody come, this man is lying for corridor, he no dey respond at all
en	danger	unresponsive	mate's out cold on the bathroom floor and his lips look a bit blue
en	danger	unresponsive	Please, the old lady downstairs is sitting in her chair and she does not answer, her eyes are open but nothing
en	danger	unresponsive	I think he's not breathing. chest isn't moving. what do I do
en	danger	unresponsive	the neighbour sat down on the bench hours ago and now I can't rouse him, he's ice cold to touch
en	danger	unresponsive	guy in the lift just went down, like dropped, and now he's not responding to anything
en	danger	unresponsive	Kuya Ramon is on the floor of the laundry room, we call his name many times, no answer po
en	danger	unresponsive	my begeleider isn't here and my roommate won't wake up, tried shaking him and cold water on his face
en	danger	unresponsive	she's making a gurgling sound and her eyes rolled back, no reaction when I talk to her
en	danger	unresponsive	found a woman face down by the bike shed, she isn't moving, scared to turn her wrong
en	danger	unresponsive	can someone come to 3B, Mo collapsed mid-sentence and he's just lying there
en	danger	unresponsive	he's sort of breathing but really slow and I can't get him to open his eyes whatever I do
en	danger	unresponsive	the man from 22 is slumped against his own door, eyes closed, been calling him five minutes
en	danger	unresponsive	Sir my husband fainted and he is not coming back, please help us
en	danger	unresponsive	not being dramatic but my housemate has been out for ages and when I pinch her hand she doesn't react
en	danger	unresponsive	Tomasz is on the floor of the common room, zero reaction, face white as paper
en	danger	unresponsive	yo he just dropped during footie in the courtyard and he's not getting up or talking
en	danger	unresponsive	I can't feel a pulse, I really can't, I don't think she's breathing
en	danger	unresponsive	he was talking and then his head went down on the table and now he doesn't answer
en	danger	unresponsive	someone's lying in the stairwell between 2nd and 3rd floor, totally limp
en	danger	unresponsive	he's snoring in a strange way, all sweaty, I can't wake him, this is not normal sleep
en	danger	unresponsive	the buurvrouw went down at the mailboxes, breathing but not answering me
en	danger	unresponsive	please he's not responding, I'm holding his head and his eyes are just staring at nothing
nl	danger	unresponsive	buurman ligt op de galerij en reageert nergens op
nl	danger	unresponsive	mn huisgenoot is ingestort in de keuken en wordt niet wakker
nl	danger	unresponsive	er ligt een man in het trappenhuis, hij beweegt niet
nl	danger	unresponsive	kzit naast m op de grond, hij reageert niet meer, ogen dicht
nl	danger	unresponsive	mevrouw van 7 zit in haar stoel en zegt niks, ze is helemaal grauw
nl	danger	unresponsive	hij is gewoon omgevallen bij de brievenbussen and he won't open his eyes, wat moet ik doen
nl	danger	unresponsive	help ik denk dat hij niet meer ademt
nl	danger	unresponsive	Mijn vriend is bewusteloos, ik heb m al geroepen en geschud, niks
nl	danger	unresponsive	er ligt iemand bij de fietsenstalling, slap als een pop, geeft geen antwoord
nl	danger	unresponsive	ze is flauwgevallen en komt niet meer bij
nl	danger	unresponsive	mn moeder wordt niet wakker, ze is koud en klam
nl	danger	unresponsive	man in de lift zakte in elkaar en ligt nu doodstil
nl	danger	unresponsive	ik voel geen adem bij hem, borst gaat niet op en neer
nl	danger	unresponsive	buurjongen ligt languit op de gang, lippen blauw, reageert niet
nl	danger	unresponsive	hij rochelt een beetje maar ik krijg echt geen contact met hem
nl	danger	unresponsive	ze zakte weg tijdens het praten en reageert niet als ik haar naam roep
nl	danger	unresponsive	Oom ligt op de badkamervloer en doet niks meer
nl	danger	unresponsive	iemand ligt op de bank in de gemeenschappelijke ruimte, krijg m echt niet wakker, dit klopt niet
en	danger	fall	the old man from number 9 slipped on the galerij, he can't get up and his leg looks wrong
en	danger	fall	she fell down the stairs and there's blood coming from her head
en	danger	fall	my neighbour tripped over the doorstep, I think her wrist is broken, it's bent funny
en	danger	fall	he fell off the ladder changing a bulb, screaming about his back and can't move
en	danger	fall	Auntie fell in the shower, she cannot stand and she is crying with pain
en	danger	fall	slipped on the ice outside the entrance, pretty sure my ankle's snapped, can't put weight on it
en	danger	fall	bloke came off his bike by the shed, big gash on his head, bleeding loads
en	danger	fall	mevrouw Jansen is on her kitchen floor, she fell and says her hip hurts and she can't get up
en	danger	fall	fell off the balcony chair and hit my head on the railing, bleeding a lot and I'm dizzy
en	danger	fall	my flatmate fell down the whole flight of stairs, there's bone sticking out of his arm
en	danger	fall	he's been on the floor since last night he says, fell and couldn't reach the phone, can't get up
en	danger	fall	she went over on the wet tiles in the hall, face all bloody and her knee is swollen huge
en	danger	fall	my grandpa fell out of bed and can't get up, says his leg is very painful
en	danger	fall	kid fell off the climbing frame in the courtyard, arm looks broken, he's howling
en	danger	fall	I fell and I can't get up. I'm on the bathroom floor. can someone come
en	danger	fall	Mama fell on the outside steps, she is bleeding from the mouth and cannot stand up
en	danger	fall	the buurman came off his mobility scooter right by the entrance, his shoulder looks out of place
en	danger	fall	slipped getting out of the bath, can't move my leg at all, lying here
en	danger	fall	she tumbled down the last few steps, won't put weight on her foot and her shin is pouring blood
en	danger	fall	he fell through the glass door, cuts everywhere, bleeding heavy
en	danger	fall	Hello, my neighbour lady fell in the garden, she is old, she cannot get up, her arm is twisted
en	danger	fall	fell off the bike rack trying to get my bike down, think my collarbone's gone, proper agony
en	danger	fall	the cleaner slipped on the stairs and hit her head, she's got a deep cut and seems confused
en	danger	fall	Dad fell on the pavement out front, blood pouring from his eyebrow, he can't get up on his own
en	danger	fall	heard a massive thump upstairs, she's fallen and calling out that she can't move
en	danger	fall	a worker fell off the scaffolding near block B, he's on the ground holding his leg and screaming
en	danger	fall	he missed a step on the galerij stairs and landed on his head, there's a puddle of blood
en	danger	fall	my wife fell, her leg is at a strange angle, she is in great pain, please
nl	danger	fall	opa ligt op de grond in de badkamer, gevallen, zn heup doet zeer
nl	danger	fall	hij viel van de ladder en zn been ligt helemaal raar
nl	danger	fall	mevrouw is uitgegleden bij de ingang, haar hoofd bloedt flink
nl	danger	fall	ik ben gevallen en kom niet meer overeind, lig in de gang
nl	danger	fall	mn dochter viel van het klimrek, arm is volgens mij gebroken
nl	danger	fall	buurman van 12 is gevallen op de galerij, bloed overal
nl	danger	fall	ze is over de drempel gestruikeld, pols staat scheef en ze huilt van de pijn
nl	danger	fall	hij ligt onderaan de trap en kan zn been niet bewegen
nl	danger	fall	gevallen met de fiets voor de deur, enkel dik en kan er niet op staan
nl	danger	fall	oud vrouwtje op straat gevallen, gezicht open, ze bloedt erg
nl	danger	fall	mn moeder is uit bed gevallen en krijgt zichzelf niet omhoog, veel pijn
nl	danger	fall	gleed uit in de douche, knie bloedt en ik kan niet opstaan
nl	danger	fall	mn huisgenoot viel door de glazen deur, diepe snee in zn arm
nl	danger	fall	hij is van het balkon op de 1e gevallen, ligt in het gras en kreunt
nl	danger	fall	ff snel iemand, buurman gevallen in de lift, bot steekt uit zn pols
nl	danger	fall	ze is van de keukentrap gevallen en zegt dat ze haar benen niet voelt
nl	danger	fall	kzit bij mevrouw de Vries, she fell en haar arm hangt raar, bloed op de vloer
nl	danger	fall	viel net keihard op de stoep, hoofd open, beetje duizelig
en	danger	overdose	she swallowed the whole strip of her pills, like all of them, and now she's drowsy
en	danger	overdose	my mate took way too much, he's sweating buckets and talking nonsense
en	danger	overdose	he's taken something dodgy at the party, heart racing and he's shaking like mad
en	danger	overdose	found an empty box of paracetamol next to him, he says he took them all an hour ago
en	danger	overdose	I think my roommate overdosed, pinpoint pupils, barely breathing
en	danger	overdose	he mixed his methadone with drink and now he keeps nodding off and going blue
en	danger	overdose	My brother took many sleeping tablets, he is very sleepy, he keeps saying sorry to me
en	danger	overdose	she took double her dose and then some more, she's vomiting and confused
en	danger	overdose	think I took too much of my meds by mistake, room is spinning and my chest feels weird
en	danger	overdose	guy in 4C has been using all day and now he's fitting on the floor
en	danger	overdose	bro popped like six pills at once, now he's seeing things and his jaw's going mad
en	danger	overdose	needle still in his arm, he's grey and gurgling
en	danger	overdose	she drank a bottle of vodka on top of her pills, keeps falling asleep mid sentence
en	danger	overdose	my friend snorted way more than usual and says his chest hurts and his heart is going crazy
en	danger	overdose	empty blister packs all over his room and he's very drowsy, he won't say what he took
en	danger	overdose	I just took all my tablets. I don't know how many. feel really strange
en	danger	overdose	Kofi took too much of something, he is foaming at the mouth small small
en	danger	overdose	my housemate's on the floor, there's a baggie and a spoon next to him, he's barely breathing
en	danger	overdose	she has taken the whole bottle of her antidepressants, she told me just now
en	danger	overdose	he's overdone it on the G again and he's gone under, we can't keep him awake
en	danger	overdose	my little brother ate some of the pills from the cupboard, we don't know how many
en	danger	overdose	accidentally doubled my insulin, getting shaky and sweaty and confused
en	danger	overdose	think my neighbour OD'd, his lips are purple and the lighter is still in his hand
en	danger	overdose	she took a load of pills and washed them down with wine, now she's slurring badly
en	danger	overdose	he's been smoking something since this morning and now he's twitching and his eyes are rolling
en	danger	overdose	my mate took a pill he got from someone in the park and he's burning up and really confused
en	danger	overdose	my flatmate swallowed a whole pack of her sleeping pills an hour ago, she's getting really slow
en	danger	overdose	Please, my cousin injected too much I think, he's slumped and his breathing is very slow
nl	danger	overdose	ze heeft al haar pillen in een keer ingenomen
nl	danger	overdose	mn huisgenoot heeft te veel gebruikt, hij ademt heel langzaam
nl	danger	overdose	hij heeft een hele strip slaappillen geslikt en wordt steeds suffer
nl	danger	overdose	denk dat de buurman een overdosis heeft, pupillen piepklein
nl	danger	overdose	ik heb te veel van mn medicijnen genomen, voel me heel raar
nl	danger	overdose	ze heeft pillen met drank genomen en valt steeds weg
nl	danger	overdose	lege doosjes pillen naast hem op de grond en hij is helemaal suf
nl	danger	overdose	vriend heeft iets genomen op het feest, hart gaat tekeer en hij trilt
nl	danger	overdose	mn broertje heeft pillen uit de kast gegeten, we weten niet hoeveel
nl	danger	overdose	hij spuit en nu ligt ie met blauwe lippen, naald nog in zn arm
nl	danger	overdose	ze zegt dat ze de hele pot tabletten heeft leeggegeten
nl	danger	overdose	mn maat heeft veel te veel gesnoven, zegt dat zn borst pijn doet
nl	danger	overdose	buurvrouw heeft haar methadon met bier gemengd en is bijna niet meer aanspreekbaar
nl	danger	overdose	Hij heeft G genomen en gaat steeds onder, we proberen hem wakker te houden
nl	danger	overdose	ik heb per ongeluk dubbel insuline gespoten, word heel zweterig en trillerig
nl	danger	overdose	ze heeft een handvol oxazepam geslikt en ligt nu te lallen
nl	danger	overdose	kzie dat hij iets heeft geslikt, he's foaming at the mouth, hoe lang duurt de ambulance
nl	danger	overdose	mn vriendin heeft al haar antidepressiva ingenomen zegt ze net
nl	danger	overdose	hij heeft iets gerookt en ligt nu te schokken op de grond
en	danger	fire	there's smoke coming under the door of 5A and nobody's answering
en	danger	fire	the bin room is on fire, flames coming out the door
en	danger	fire	smoke pouring out of a window on the third floor, I can see orange inside
en	danger	fire	my pan caught fire and it's spreading up the cupboards
en	danger	fire	something's burning on the galerij, black smoke everywhere, I can't see the stairs
en	danger	fire	someone set a scooter alight by the entrance, it's going up fast
en	danger	fire	smell of burning plastic and the hallway is getting hazy
en	danger	fire	a mattress on the balcony next door is in flames
en	danger	fire	the washing machine in the laundry room is smoking and throwing sparks
en	danger	fire	fire fire fire block C kitchen window
en	danger	fire	bit of a situation, the buurman's barbecue has set his balcony screen alight
en	danger	fire	thick smoke in the stairwell, we're stuck on the 4th and it's getting hot
en	danger	fire	Please, my kitchen is burning, the oil pan, I cannot put it out
en	danger	fire	the e-bike battery in the shed is hissing and throwing flames like a blowtorch
en	danger	fire	I can see flames behind the curtains at number 31, nobody's home I think
en	danger	fire	smoke alarm's going and there's actual smoke, real smoke, coming out of the plug socket
en	danger	fire	a car is burning in the car park behind our building, right next to other cars
en	danger	fire	someone pushed something burning through my letterbox, the doormat's on fire
en	danger	fire	the Christmas tree in the common room just caught fire
en	danger	fire	loads of smoke coming out of the roof vent, smells like wires burning
en	danger	fire	candle fell over and now the curtains are going up
en	danger	fire	the neighbours' door is hot to touch and smoke is curling round the edges
en	danger	fire	the shed is on fire and there are gas bottles in there
en	danger	fire	brother the bins under the galerij are burning, the smoke is coming into the flats
en	danger	fire	it's all smoky in the corridor and my eyes are stinging, can't tell where it's coming from
en	danger	fire	smoke coming out of the lift shaft on every floor, smells like something electrical burning
en	danger	fire	the toaster went up in flames, put out my sleeve but the counter is still burning
en	danger	fire	somebody's old couch on the grass is blazing and it's right under the balconies
nl	danger	fire	de container brandt bij de ingang
nl	danger	fire	vlammen uit het raam op de 3e
nl	danger	fire	mn pan met olie staat in brand
nl	danger	fire	de hele gang staat vol rook ik kan niet naar buiten
nl	danger	fire	scooter staat in de fik voor de deur
nl	danger	fire	ruik brandlucht en de gang wordt wazig
nl	danger	fire	brand in de fietsenstalling!!
nl	danger	fire	rookmelder gaat en er komt echt rook uit het stopcontact
nl	danger	fire	matras op het balkon naast ons staat in brand
nl	danger	fire	iemand heeft iets brandends door de brievenbus gegooid, mat staat in de fik
nl	danger	fire	auto op het parkeerterrein staat in lichterlaaie
nl	danger	fire	de wasdroger in de wasruimte rookt en er komen vonken uit
nl	danger	fire	het gordijn vatte vlam door een kaars, het gaat zo snel
nl	danger	fire	zwarte rook uit het dak van blok B
nl	danger	fire	deur van de buren is heet en er komt rook langs de randen
nl	danger	fire	het schuurtje brandt en er staan gasflessen in
nl	danger	fire	accu van de e-bike staat te sissen en te vlammen in de berging
nl	danger	fire	de bank in de gemeenschappelijke ruimte fikt, so much smoke, kom snel
en	danger	gas	there's a hissing behind the cooker and it stinks of rotten eggs
en	danger	gas	strong gas smell in the stairwell, like really strong
en	danger	gas	I smell gas in my flat and the hob knobs are all off
en	danger	gas	the whole galerij smells of gas, coming from number 11 I think
en	danger	gas	something's hissing in the meter cupboard and my head's pounding
en	danger	gas	Please it smells of gas very much in the kitchen, I am scared to switch on the light
en	danger	gas	pretty sure the buurman left his gas on, you can smell it through his letterbox
en	danger	gas	gas smell in the basement near the boiler and it's getting worse
en	danger	gas	my boiler is making a hissing noise and there's a sulphur smell everywhere
en	danger	gas	smells like rotten eggs in the hallway, proper strong, I'm going dizzy
en	danger	gas	the workmen hit something outside and now there's a loud hiss and a gas smell
en	danger	gas	there's a gas smell coming from next door and they aren't answering
en	danger	gas	turned the stove on, it didn't light, and now the whole place stinks of gas
en	danger	gas	mate, the lift lobby reeks of gas, like someone opened a canister
en	danger	gas	my neighbour's gas pipe came loose when he moved the oven, it's hissing
en	danger	gas	smell of gas so strong at 2D my eyes water, and there's a little kid in there
en	danger	gas	gas leak I think, the flame on the stove went out and it's still hissing
en	danger	gas	rotten egg smell all along the first floor, stronger near the meter boxes
en	danger	gas	the hose on the camping stove on the balcony split and it's spraying gas
en	danger	gas	kitchen smells like gas and my flatmate is about to light a cigarette, help
en	danger	gas	there's this eggy smell in the bathroom where the geyser is and we all have headaches
en	danger	gas	I can hear gas hissing from the pipe in the stairwell
en	danger	gas	we smell gas everywhere on our floor, someone please tell me who to call
en	danger	gas	Hello, there is gas smell in my room, I opened the window but it is still strong
en	danger	gas	strong smell of gas round the back of the building where they're digging
en	danger	gas	the hob is hissing even though it's off, the smell is making me feel sick
en	danger	gas	it's stunk of gas in the whole entrance hall for ten minutes now, not normal
en	danger	gas	bit worried, there's a proper gassy smell in the laundry and the dryer's running
nl	danger	gas	ik ruik gas in mn keuken en alle knoppen staan uit
nl	danger	gas	iets sist achter het fornuis en het ruikt naar rotte eieren
nl	danger	gas	gaslucht op de galerij, komt uit nummer 4 denk ik
nl	danger	gas	meterkast sist en ik krijg hoofdpijn
nl	danger	gas	sterke gaslucht in de kelder bij de ketel
nl	danger	gas	ze hebben buiten een leiding geraakt, het sist en je ruikt gas
nl	danger	gas	het ruikt hier heel erg naar gas, durf het licht niet aan te doen
nl	danger	gas	de buren doen niet open en er komt gaslucht onder de deur door
nl	danger	gas	gas lekt volgens mij, vlam ging uit en het blijft sissen
nl	danger	gas	hele gang ruikt naar gas, wordt steeds sterker
nl	danger	gas	gasslang van het fornuis is los, ik hoor het sissen
nl	danger	gas	rotte eieren lucht bij de meterkasten en ik word duizelig
nl	danger	gas	kruik gas ofzo, het hele huis ruikt ernaar
nl	danger	gas	gaslucht in de lift en op de 2e verdieping
nl	danger	gas	de cv ketel sist en it smells like gas, wat moet ik doen
nl	danger	gas	buurman heeft het gas open laten staan denk ik, ik ruik het door de brievenbus
nl	danger	gas	sterke gaslucht achter het gebouw waar ze aan het graven zijn
nl	danger	gas	het ruikt naar gas in de wasruimte en iedereen heeft hoofdpijn
en	danger	violence	two guys are beating someone up in the courtyard right now
en	danger	violence	someone's kicking a man on the ground by the bike shed
en	danger	violence	my neighbour is hitting his girlfriend, I can hear her screaming and things smashing
en	danger	violence	guy with a knife on the galerij, he's waving it at people
en	danger	violence	there's a proper fight in the common room, chairs flying, someone's bleeding
en	danger	violence	he's got my flatmate by the throat against the wall
en	danger	violence	he's punching her, right now, in the stairwell
en	danger	violence	some lads are jumping a kid at the bus stop outside
en	danger	violence	Please he is beating me, I locked myself in the bathroom
en	danger	violence	there's a man with a baseball bat smashing at number 16's door and at the guy inside
en	danger	violence	somebody got stabbed in the car park, he's holding his side
en	danger	violence	they're fighting on the stairs and one of them has a broken bottle
en	danger	violence	I can hear thuds and a woman crying stop through the wall, it's been going on a few minutes
en	danger	violence	my ex just showed up and he's hitting me, he's outside the door now
en	danger	violence	a big fight broke out at the bench, three against one
en	danger	violence	he's dragging her by her hair along the galerij
en	danger	violence	someone's pulled a knife in the lift
en	danger	violence	this guy is pounding the man's head, he is down already, it's bad
en	danger	violence	my dad is hitting my mum, please come
en	danger	violence	the buurman is swinging a hammer at someone in the hallway
en	danger	violence	bit of a situation in the bike shed, a bloke's been glassed and they're still at it
en	danger	violence	A man is attacking the caretaker, hitting him with fists
en	danger	violence	I'm hiding in my room, my housemate is smashing stuff and he just hit me with a chair
en	danger	violence	guys fighting outside my window and one has a knife out
en	danger	violence	there's a woman being kicked on the floor by the bins
en	danger	violence	they jumped my son by the entrance and he's bleeding from his face
en	danger	violence	heard bangs like shots and people running, someone is lying on the ground
en	danger	violence	he hit his kid really hard, I saw it through the window, he's still shouting and hitting
nl	danger	violence	buurman slaat zn vriendin, ik hoor haar gillen
nl	danger	violence	man met mes op de galerij
nl	danger	violence	vechtpartij in de gemeenschappelijke ruimte, iemand bloedt
nl	danger	violence	ze schoppen een jongen die op de grond ligt
nl	danger	violence	hij heeft mn huisgenoot bij de keel
nl	danger	violence	help hij slaat me, zit opgesloten in de wc
nl	danger	violence	gast met honkbalknuppel slaat op de deur van 16 en op de man
nl	danger	violence	iemand is neergestoken bij de parkeerplaats
nl	danger	violence	ze vechten op de trap, een heeft een fles
nl	danger	violence	ik hoor klappen en een vrouw die stop roept door de muur
nl	danger	violence	mn ex staat hier en slaat me
nl	danger	violence	hij trekt haar aan haar haren over de galerij
nl	danger	violence	jongens vallen de concierge aan, they're really hurting him
nl	danger	violence	mn vader slaat mn moeder, kom snel
nl	danger	violence	ruzie bij de bankjes, nu slaan ze elkaar met stokken
nl	danger	violence	vrouw wordt geschopt bij de containers
nl	danger	violence	er wordt iemand beroofd met een mes voor de deur
nl	danger	violence	ze hebben mn zoon in elkaar geslagen, hij bloedt uit zn gezicht en ze staan er nog
en	danger	threat	the man from 12 just told me he's going to kill me if I report him again
en	danger	threat	he's standing at my door saying he'll stab me when I come out
en	danger	threat	my ex keeps texting that he's coming tonight to hurt me and the kids
en	danger	threat	neighbour shouted he's going to burn my flat down with me in it
en	danger	threat	someone wrote you're dead on my door and now he's waiting on the galerij
en	danger	threat	he said he'll smash my face in next time he sees me and he's in the hall now
en	danger	threat	the guy downstairs says he has a gun and he will use it on us
en	danger	threat	a group outside is telling Ahmed they'll cut him when he leaves the building
en	danger	threat	he's threatening to throw my dog off the balcony and then me
en	danger	threat	the man next door said he will kill my husband tonight, he said it twice
en	danger	threat	someone outside my door saying I'd better sleep with one eye open, he knows where I live
en	danger	threat	he's shouting he'll slit her throat, I can hear it through the wall
en	danger	threat	ex bf says if I don't open the door he'll hurt me bad
en	danger	threat	he said he's coming back with his mates to do me in
en	danger	threat	got a voice note from the buurman saying he will break my legs
en	danger	threat	she's screaming she'll stab whoever comes near the baby
en	danger	threat	he is standing at my door with a lighter saying he will set fire to us
en	danger	threat	dude told me I'm gonna end you and now he's pacing outside my window
en	danger	threat	he threatens to kill me if I go to my begeleider
en	danger	threat	they said they'll come for my sister tonight and hurt her
en	danger	threat	the neighbour is walking up and down saying he's going to kill the first person he sees
en	danger	threat	bloke said he's going to glass me, he's waiting by the lift
en	danger	threat,violence	he's holding a knife and saying he'll use it if anyone calls the police
en	danger	threat	my flatmate said he'll strangle me in my sleep, he looks dead serious, scared to go back in
en	danger	threat	she told me she's going to poison my food, she's in the shared kitchen now
en	danger	threat	guy upstairs is yelling he'll shoot the caretaker
en	danger	threat	this man says he will hurt my children when they come home from school
en	danger	threat	the lad in 9 just told me I'm getting stabbed tonight
nl	danger	threat	buurman zegt dat hij me gaat vermoorden
nl	danger	threat	hij staat voor mn deur en zegt dat hij me gaat steken
nl	danger	threat	mn ex appt dat hij vannacht komt om me pijn te doen
nl	danger	threat	hij roept dat hij mn huis in de fik steekt met mij erin
nl	danger	threat	ze dreigen mn broertje af te maken als hij naar buiten komt
nl	danger	threat	die gast zegt dat hij een pistool heeft en dat hij het gaat gebruiken
nl	danger	threat	hij zegt dat ie me kapot maakt zodra ik de deur uit kom
nl	danger	threat	kreeg net een spraakbericht, hij gaat mn benen breken zegt ie
nl	danger	threat	buurvrouw schreeuwt dat ze iedereen die in de buurt komt neersteekt
nl	danger	threat	hij dreigt me dood te maken als ik naar mn begeleider ga
nl	danger	threat	man op de galerij roept dat hij de eerste die hij ziet gaat afmaken
nl	danger	threat	ze zeggen dat ze vanavond terugkomen met meer mensen om me te pakken
nl	danger	threat	mn huisgenoot zegt dat ie me gaat wurgen als ik slaap
nl	danger	threat	hij zegt dat hij mn kinderen iets aandoet, I'm so scared
nl	danger	threat	er staat je bent dood op mn deur en hij staat beneden te wachten
nl	danger	threat	hij dreigt de concierge neer te schieten
nl	danger	threat	ze heeft gezegd dat ze mn eten gaat vergiftigen
nl	danger	threat	jongen van 9 zegt dat ik vanavond gestoken word
nl	danger	threat	hij zegt dat hij me doodslaat als ik de politie bel
en	danger	break_in	someone's kicking at the balcony door right now
en	danger	break_in	there's someone inside the flat next door and the buurman is on holiday
en	danger	break_in	I can hear somebody trying to jimmy my lock, it's 3am
en	danger	break_in	two guys just smashed the window of the ground floor flat and climbed in
en	danger	break_in	someone is in the bike shed cutting through locks with a grinder
en	danger	break_in	there's a torch moving around in number 20, they're away for weeks
en	danger	break_in	somebody's on my balcony trying the door handle
en	danger	break_in	they're breaking into the storage units in the basement, I can hear them
en	danger	break_in	heard glass break downstairs and now there are footsteps in my living room
en	danger	break_in	a man is forcing the front door of the building with a crowbar
en	danger	break_in	someone is climbing up the drainpipe to the first floor balcony
en	danger	break_in	they're breaking in next door, I can see them through the gap in the curtains
en	danger	break_in	the door to 5C has been kicked in and there are people inside going through drawers
en	danger	break_in	Please there is someone in my house, I am hiding in the bedroom
en	danger	break_in	a guy's trying every door on the galerij, just found one open and went in
en	danger	break_in	bloke's prising open the window at the back of the office
en	danger	break_in	just came home, my door is open and I can hear someone in the kitchen
en	danger	break_in	some lads are breaking into the common room, they smashed the glass
en	danger	break_in	someone's fiddling with my lock and it's not my flatmate, he's at work
en	danger	break_in	the shop alarm downstairs is going and I can see two men inside stuffing bags
en	danger	break_in	there's someone in the storage room taking the bikes, the door's been forced
en	danger	break_in	ladder against the building and a guy climbing in through an upstairs window
en	danger	break_in	someone's banging the back door with something heavy, trying to get it open
en	danger	break_in	masked guy just climbed over the balcony into the old lady's flat
en	danger	break_in	the empty flat below was sealed, now the door's open and there are voices inside
en	danger	break_in	they're breaking the letterboxes open in the hall right now
en	danger	break_in	a man is trying to get in my window, I'm on the ground floor, he has a screwdriver
en	danger	break_in	someone's breaking into a car in the car park, window smashed, he's inside it
nl	danger	break_in	er probeert iemand mn balkondeur open te breken
nl	danger	break_in	er is iemand binnen bij de buren en ze zijn op vakantie
nl	danger	break_in	hoor iemand aan mn slot pielen, het is 3 uur snachts
nl	danger	break_in	twee mannen hebben het raam ingegooid en zijn naar binnen geklommen
nl	danger	break_in	iemand zaagt de sloten door in de fietsenstalling
nl	danger	break_in	er loopt iemand met een zaklamp rond in nummer 20
nl	danger	break_in	ze breken in in de bergingen in de kelder
nl	danger	break_in	glas gebroken beneden en nu hoor ik voetstappen in de kamer
nl	danger	break_in	man wrikt de voordeur van het gebouw open met een koevoet
nl	danger	break_in	iemand klimt langs de regenpijp naar het balkon
nl	danger	break_in	inbrekers in de gemeenschappelijke ruimte, ruit is kapot
nl	danger	break_in	er is iemand in mn huis, ik zit verstopt in de slaapkamer
nl	danger	break_in	deur van 5c is ingetrapt en er zijn mensen binnen
nl	danger	break_in	kom thuis en mn deur staat open, hoor iemand in de keuken
nl	danger	break_in	iemand morrelt aan mn deur en het is niet mn huisgenoot
nl	danger	break_in	ze breken nu de brievenbussen open in de hal
nl	danger	break_in	ladder tegen de gevel en iemand klimt door het raam op de 2e
nl	danger	break_in	iemand bonkt met iets zwaars op de achterdeur om hem open te krijgen
nl	danger	break_in	man probeert mn raam open te wrikken, he has a screwdriver, ik zit binnen
en	danger	self_harm	I've got the pills lined up on the table, just wanted someone to know
en	danger	self_harm	I'm standing on the balcony thinking about jumping
en	danger	self_harm	I cut myself again and it won't stop bleeding
en	danger	self_harm	i'm done. said goodbye to my sister. thanks for everything guys
en	danger	self_harm	can't do this anymore, I've written letters for everyone
en	danger	self_harm	my flatmate locked herself in the bathroom and says she's going to cut herself
en	danger	self_harm	my friend just texted that she's going to jump off the bridge near the station
en	danger	self_harm	honestly I just want to go to sleep and never wake up, and I've got what I need for it
en	danger	self_harm	I've given away my stuff. it doesn't matter anymore
en	danger	self_harm	he's sitting on the edge of the roof and says he wants to die
en	danger	self_harm	tonight's the night, I have a rope, don't try to stop me
en	danger	self_harm	I keep thinking about ending it and tonight it feels really close
en	danger	self_harm	the buurman said goodbye to me really strangely and gave me his cat, now he won't open up
en	danger	self_harm	I'm hurting myself right now and I can't stop
en	danger	self_harm	my roommate is talking about killing himself and he has a knife with him
en	danger	self_harm	there's no point, I'm going to walk into the canal tonight
en	danger	self_harm	please tell my begeleider sorry. I'm going now
en	danger	self_harm	sitting on the train tracks by the underpass, it's quiet here
en	danger	self_harm	this is my last message, tell my kids I love them
en	danger	self_harm	burned myself with a lighter again, badly this time, and I want to keep going
en	danger	self_harm	I want to disappear for good, I've been saving up my pills for this
en	danger	self_harm	she keeps saying she wants to die and she's leaning out the window on the 9th floor
en	danger	self_harm	I'm not safe with myself tonight
en	danger	self_harm	wrote my goodbye, so tired of everything, this is the end
en	danger	self_harm,overdose	my mate's messaging me that he's taking everything in his cabinet so it's over
en	danger	self_harm	I've tied something around my neck, I don't know why I'm typing this
nl	danger	self_harm	ik heb de pillen klaar liggen, wilde alleen dat iemand het wist
nl	danger	self_harm	sta op het balkon en denk erover om te springen
nl	danger	self_harm	ik hou ermee op. heb afscheid genomen van mn zus
nl	danger	self_harm	mn huisgenoot zit in de badkamer en zegt dat ze zichzelf gaat snijden
nl	danger	self_harm	vriendin appt dat ze van de brug gaat springen
nl	danger	self_harm	wil gewoon gaan slapen en nooit meer wakker worden, heb alles al klaar
nl	danger	self_harm	heb al mn spullen weggegeven, maakt toch niks meer uit
nl	danger	self_harm	hij zit op de rand van het dak en zegt dat hij dood wil
nl	danger	self_harm	vanavond is het zover, ik heb een touw
nl	danger	self_harm	zeg mn begeleider maar sorry. ik ga nu
nl	danger	self_harm	ik loop zo het kanaal in, heeft geen zin meer
nl	danger	self_harm	dit is mn laatste bericht
nl	danger	self_harm	ik vertrouw mezelf niet vannacht, I really might do something
nl	danger	self_harm	ik wil voorgoed weg, heb pillen gespaard hiervoor
nl	danger	self_harm	buurjongen praat over zelfmoord en heeft een mes bij zich
nl	danger	self_harm	ik zit op het spoor bij de tunnel, het is hier rustig
en	calm	-	I'm dead 😂 did you see what the buurman wore to the coffee morning
en	calm	-	she killed it at karaoke last night, absolute legend
en	calm	-	Sandeep is on fire tonight at table tennis, nobody can beat him
en	calm	-	I could murder a pizza right now, anyone want to split one from the place on the corner
en	calm	-	this heat is killing me, is the common room cooler
en	calm	-	fire drill on Thursday at 10, just so everyone knows, don't panic when the bell goes
en	calm	-	my feet are killing me after that litter picking walk haha
en	calm	-	that jollof at the walking dinner was fire, who made it
en	calm	-	lol you're killing me with these memes
en	calm	-	nearly died of embarrassment when I called my begeleider mum
en	calm	-	I'm absolutely dead tired, going to bed early, see you all tomorrow
en	calm	-	bombed my Dutch exam today, ah well, try again in March
en	calm	-	smashed my driving test!! passed first time
en	calm	-	break a leg at your audition tomorrow Priya
en	calm	-	Ajax got murdered 4-0 haha, my flatmate is sulking
en	calm	-	that party was lit, thanks for organising
en	calm	-	the new baker on the corner is killing it, those croissants
en	calm	-	I'm gassed for the fishing trip on Saturday, can't wait
en	calm	-	that was gas, Ciaran, you had the whole room crying laughing
en	calm	-	my phone carked it, can someone tell me what time the film night is
en	calm	-	stoked about the new table tennis table in the common room, good on ya
en	calm	-	flat out like a lizard drinking this week, will come to the coffee morning next time
en	calm	-	I'm cooked after that footy match, legs are jelly
en	calm	-	spewing I missed the walking dinner, heard it was a ripper
en	calm	-	she'll be right mate, the lift guy's coming tomorrow
en	calm	-	this Fortnite lobby is killing me, I died ten times in a row
en	calm	-	we're watching a zombie film tonight where literally everyone dies, come through
en	calm	-	the football was mad, the whole stadium was on fire when they scored
en	calm	-	my wallet is crying after the supermarket today
en	calm	-	the smoke alarm in the hallway keeps chirping, I think the battery is dead
en	calm	-	the fire extinguisher on the 2nd floor has a sticker that expired last year, who checks that
en	calm	-	my gas stove won't light on the left side, the click works but no flame, no smell or anything
en	calm	-	the boiler's pilot light keeps going out so no hot water, can the woningcorporatie send someone
en	calm	-	the lamp in the galerij brandt niet, been dark for three nights
en	calm	-	balcony door is stuck, can't open it at all, need a repair please
en	calm	-	intercom is broken again, my visitors can't buzz in
en	calm	-	fell off my bike on the way home lol, just a scratch on my knee, all good
en	calm	-	tripped on the stairs carrying groceries, bit embarrassing but I'm totally fine
en	calm	-	slipped in the rain outside the entrance this morning, bruised my ego more than anything
en	calm	-	the old lady from 3 fell last month but she's back from hospital and doing great, we had tea
en	calm	-	last winter a scooter burned in the shed, glad they put in those new lights since
en	calm	-	remember when the buurman's kitchen caught fire two years ago? his new kitchen is lovely now
en	calm	-	what should I do if I ever smell gas in my flat? just want to be prepared
en	calm	-	who do I call if there's ever a fire at night? is that on the buurtkaart
en	calm	-	is there a first aid course where they teach what to do if someone overdoses
en	calm	-	if someone collapses in the common room, is there a defibrillator anywhere in the building?
en	calm	-	how do I test my smoke detector, I'm new here
en	calm	-	where is the gas main tap in these flats, just curious in case
en	calm	-	feeling a bit low today, nothing serious, could my begeleider give me a call this week
en	calm	-	bit lonely since I moved in, would love to meet people, any activities
en	calm	-	homesick today, missing Lagos and my mum's cooking
en	calm	-	had a row with my flatmate about the dishes, we sorted it, all fine now
en	calm	-	me and the buurman had words about the bikes in the hall, nothing crazy, just annoyed
en	calm	-	burnt the rice again, smoke alarm went off, opened a window, all good, dinner ruined though
en	calm	-	the onions are sizzling and the whole galerij smells of my curry, sorry not sorry
en	calm	-	making suya on the grill in the courtyard later, who's in
en	calm	-	I think the neighbours are smoking weed on the balcony again, smell comes in my window every night
en	calm	-	someone's barbecue smoke keeps blowing into my bedroom, can we have a rule about that
en	calm	-	the music at number 12 is too loud every night after midnight, can someone talk to them
en	calm	-	put me down for the Mental Health First Aid course please
en	calm	-	can I bring my cousin to the film night on Friday
en	calm	-	sorry can't make the coffee morning after all, got an appointment at the gemeente
en	calm	-	I'd like to organise a cricket match in the park on Sunday, anyone keen
en	calm	-	what's the number for the wijkagent?
en	calm	-	thanks so much for helping me with that letter, you're a star
en	calm	-	hey everyone, I'm new in 4B, from Manila, nice to meet you all
en	calm	-	good morning neighbours, lovely sunshine today
en	calm	-	killing time in the laundry room waiting for the dryer
en	calm	-	my plants are dead again, I swear I water them
en	calm	-	Kwame knocked it out of the park with that speech at the residents meeting
en	calm	-	the kids were screaming their heads off at the playground, so much fun they had
en	calm	-	whoever left the cake in the common room, I could kill you, it was too good and now I ate half
en	calm	-	my sister will kill me if I forget her birthday again lol
en	calm	-	the new season of that crime show, the killer was the neighbour all along, didn't see it coming
en	calm	-	anyone else's wifi dead? can't load anything
en	calm	-	I'm literally dying of laughter at the photos from the walking dinner
en	calm	-	he totally choked in the final, two missed penalties haha
en	calm	-	the heating in my flat is dead, it's freezing, can someone fix it
en	calm	-	the lift is broken AGAIN, I'm on the 6th floor with shopping
en	calm	-	the door to the bike shed doesn't lock anymore, the lock is broken, please repair
en	calm	-	my begeleider is on holiday, who do I talk to about my rent letter
en	calm	-	I dropped my phone and the screen is smashed, any repair shop nearby
en	calm	-	we smashed it at the quiz night, team galerij for the win
en	calm	-	the barbecue in the courtyard is finally lit, come get some chicken
en	calm	-	can we do another fire pit evening like last summer? that was cosy
en	calm	-	ha she roasted him so bad in the group chat
en	calm	-	watching Grey's Anatomy, someone collapses every five minutes in this show
en	calm	-	Jacek fell asleep on the sofa in the common room during the film, snoring so loud haha
en	calm	-	my back is killing me from moving boxes, anyone got a heat pack
en	calm	-	fancy a cuppa? kettle's on at mine, number 18
en	calm	-	I'm knackered, night all
en	calm	-	cheers for the welcome basket, proper lovely
en	calm	-	the candle workshop was great, nobody burned anything haha
en	calm	-	need someone to help me read a letter from the gemeente, it's all in Dutch
en	calm	-	my cat knocked over a plant and I nearly had a heart attack when it crashed at 2am
en	calm	-	abeg who get charger for iPhone, my phone don die
en	calm	-	this suya go kill person, e too sweet
en	calm	-	wahala for the lift again o, I had to climb 5 floors
en	calm	-	no wahala, I will come for the coffee morning tomorrow
en	calm	-	haha you people want to kill me with laughter, this group chat is too much
en	calm	-	my brother you dey kill am for the dance floor last night
en	calm	-	bro that dribble was fire, Emeka finished him on the pitch
en	calm	-	chai, the rain today ehn, I'm soaked to the bone
en	calm	-	I'm dying to try the Syrian sweets Rania brought, save me one
en	calm	-	Ya akhi the food at the walking dinner was amazing, thank you to everyone
en	calm	-	my Dutch teacher will kill me, I didn't do my homework again
en	calm	-	I am very tired today, I worked double shift, no energy to talk sorry
en	calm	-	in Syria we used to make the fire outside for tea, can we do that at the fishing trip?
en	calm	-	I had a hard time in the war but now I am safe here and happy, thank you neighbours
en	calm	-	five years ago my house in Aleppo was bombed, now I am learning Dutch, step by step
en	calm	-	my kids are killing me today, school holiday, please any activity for children?
en	calm	-	po, the water is not hot in the shower, who do I message for repair
en	calm	-	Hi po, can I join the table tennis on Wednesday?
en	calm	-	ate, the adobo was so good, you killed it
en	calm	-	grabe the traffic today, I nearly died waiting for the bus haha
en	calm	-	I slipped in the kitchen earlier but no injury, just wet socks, don't worry
en	calm	-	nakakamatay ang init, this heat is deadly, any fan to borrow?
en	calm	-	Kurwa, my bike tyre is flat again, anyone have a pump
en	calm	-	the pierogi night was a bomb, we need to do it again
en	calm	-	my Polish grandma would kill for this apple cake
en	calm	-	cześć neighbours, anybody going to the Action? need a lift for a big box
en	calm	-	I argued with the buurman about parking, we shouted a bit, then shook hands, sorted
en	calm	-	Tomek is a beast at chess, he destroyed me three games in a row
en	calm	-	nossa, that game was insane, Brazil on fire tonight!!
en	calm	-	we had a churrasco on the balcony, sorry for the smoke earlier, all done now
en	calm	-	I'm morta de cansaço, means dead tired haha, going to sleep
en	calm	-	the capoeira session in the common room was sick, my legs are destroyed
en	calm	-	saudade today, missing my family in Recife, a chat would be nice sometime
en	calm	-	Chale the fufu was top, I'm so full I can't move
en	calm	-	Charley, that movie was scary paa, I screamed when the ghost came
en	calm	-	my sister in Accra says hi to everyone, she saw the photos of the walking dinner
en	calm	-	I'm not feeling myself lately, bit flat, can I talk to someone next week, no rush
en	calm	-	Yaar the biryani at the potluck was killer, who made it
en	calm	-	I am fine, just a little stressed with exams, will survive haha
en	calm	-	my landlord back home used to shout a lot but here everyone is very polite
en	calm	-	during Diwali we light many diyas, is it allowed to put candles on the galerij?
en	calm	-	are fireworks allowed on New Year in the courtyard? want to do sparklers with the kids
en	calm	-	I burnt my finger on the pan a bit, put it under cold water, it's fine now
en	calm	-	the chilli in that curry nearly killed me, my mouth is on fire
en	calm	-	cut my finger chopping onions, plaster on, no biggie
en	calm	-	banged my head on the kitchen cupboard, ouch, but I'll live
en	calm	-	so I fell asleep in the bath and woke up freezing, don't judge me
en	calm	-	just saw a huge spider in the shower and nearly died, someone come get it haha
en	calm	-	cricket final tonight in the common room, India vs Australia, bring snacks
en	calm	-	my mate got knocked out in the boxing match on TV, went down in the second round
en	calm	-	the sparring at the gym was brutal, I got punched in the face like ten times lol
en	calm	-	we're playing Call of Duty tonight, I'll shoot you all down
en	calm	-	that horror film had so much blood, why did I agree to watch it
en	calm	-	Liam's been absolutely murdering that guitar all night, in a good way
en	calm	-	the wifi is killing my vibe, it keeps dropping
en	calm	-	the deadline is killing me, thesis due Monday
en	calm	-	my laptop died in the middle of my essay, no backup, I want to cry
en	calm	-	I'm buried in paperwork from the IND, anyone know how to fill this form
en	calm	-	I have a debt letter I don't understand, could somebody help me read it
en	calm	-	could someone from the team call me, I need help with my toeslagen
en	calm	-	just checking, is the fire alarm test today? it's been ringing for a minute and they said test at 11
en	calm	-	the smoke detector goes off every time I shower, steam maybe? can someone move it
en	calm	-	the fire door on the 3rd floor doesn't close properly, it keeps banging
en	calm	-	the emergency light in the stairwell is flickering
en	calm	-	the gas meter guy is coming Tuesday, who lets him into the basement?
en	calm	-	my oven doesn't heat up, the gas lights but goes out after a minute, no smell, can someone look
en	calm	-	new gas cooker is installed, finally I can cook again, thanks to the caretaker
en	calm	-	the window in my bedroom doesn't close all the way, the draft is brutal
en	calm	-	there's mould all over my bathroom ceiling, can the woningcorporatie check it
en	calm	-	the lock on my front door is stiff, sometimes I can't get my key in
en	calm	-	my balcony door handle came off in my hand, now it doesn't lock, need a new one
en	calm	-	someone broke the glass of the notice board in the hall, looks like it happened last night, just reporting
en	calm	-	my bike got nicked from the shed last week, I reported it to the police already, just fyi
en	calm	-	there was a break-in at the shop downstairs over the weekend, the owner says it's all fixed now
en	calm	-	the police were here yesterday for something at number 30, does anyone know what's up? all seems quiet now
en	calm	-	a couple of years back someone got mugged at the bus stop, is it safe to walk there at night now?
en	calm	-	what do I do if someone tries to break into my flat? just asking, the locks feel weak
en	calm	-	if a neighbour ever threatens me, do I call the wijkagent or 112?
en	calm	-	what should I do if my neighbour falls and I'm alone? I want to know before it happens
en	calm	-	do we have a first aid kit in the common room in case someone cuts themselves?
en	calm	-	the MHFA course taught us how to talk to someone who is suicidal, really recommend it
en	calm	-	I watched a documentary about overdoses last night, really sad but interesting
en	calm	-	my book club is reading a novel about a house fire, really good so far
en	calm	-	in the game you have to break into the bank, it's so fun, anyone want to play
en	calm	-	we played Among Us and Ayo killed me three times as impostor
en	calm	-	this boss fight is killing me, 40 tries and still dead
en	calm	-	the escape room was mad, we had to break in to a fake vault
en	calm	-	my flatmate and I argue every week about the thermostat, he's cold, I'm hot, classic
en	calm	-	the buurvrouw and her husband were shouting about money again, no hitting or anything, just loud, it was annoying at 1am
en	calm	-	my neighbour was really rude to me in the lift today, not threatening, just rude, bit upset
en	calm	-	the guy in 7 gives me dirty looks every morning, it makes me uncomfortable, can someone talk to him
en	calm	-	someone keeps leaving rubbish bags on the galerij, it stinks
en	calm	-	dog from number 15 barks all day when they're at work
en	calm	-	cars parked on the pavement again, can't get my pram through
en	calm	-	I haven't seen the old man from 2C in a while, letters piling up at his door, bit worried
en	calm	-	the buurman seems confused lately, he asked me the same question three times, maybe someone can check on him
en	calm	-	she's very withdrawn since her dog died, maybe someone could visit her
en	calm	-	nobody's seen Mr Osei at the coffee morning for weeks, he used to never miss it
en	calm	-	I was scared of the storm last night, the wind was banging everything, but all fine this morning
en	calm	-	the thunder last night was so loud I thought the building would fall down lol
en	calm	-	I had a nightmare that the building was on fire, woke up sweating, everything fine
en	calm	-	I used to self harm as a teen, I'm in a good place now and happy to talk to anyone who needs it
en	calm	-	some days are hard but I have my begeleider and my meds and I'm coping, just wanted to share
en	calm	-	I've been feeling down but today I went for a walk and it helped
en	calm	-	not suicidal or anything, just sad and tired, maybe a chat with someone this week
en	calm	-	my therapist says I'm doing better, proud of myself today
en	calm	-	one year clean today!! thanks to everyone in this building for the support
en	calm	-	I took my meds this morning, forgot last night, is that okay or should I call the pharmacy
en	calm	-	picked up my methadone, all good, see you at the coffee morning
en	calm	-	I had two beers and now I'm sleepy, goodnight everyone
en	calm	-	my flatmate is passed out on the sofa after a night shift, he's snoring like a tractor, fine lol
en	calm	-	woke up at noon, I was out like a light, best sleep ever
en	calm	-	the baby finally fell asleep, don't ring the doorbell pleaseee
en	calm	-	I'm hiding in my room from the in-laws haha, they're staying all week
en	calm	-	there's a lot of smoke in the courtyard but it's just the guys with the shisha, smells nice actually
en	calm	-	someone's making toast and the whole corridor smells burnt, not a fire, just bad toast
en	calm	-	the caretaker is welding something in the bike shed, sparks everywhere but he's got it under control
en	calm	-	the firefighters did a demo at the school today, my son wants to be a fireman now
en	calm	-	the fire brigade is coming next week to check the alarms in all flats
en	calm	-	the guy from the gas company checked the meter, all fine he said
en	calm	-	there's a weird smell in the bin room, like old fish, please clean it
en	calm	-	my kitchen smells of burnt popcorn, lesson learned
en	calm	-	the sewer smell in my bathroom is back, drains maybe? need a plumber
en	calm	-	someone's cigarette butts are all over the galerij again
en	calm	-	is anyone selling a second hand bike? mine got stolen last year
en	calm	-	can I borrow a ladder to hang my curtains? promise I'll be careful
en	calm	-	I'm shook, the buurman actually said good morning to me today haha
en	calm	-	that plot twist in the film night movie had me dead on the floor
en	calm	-	he's a killer at darts, watch out for Declan
en	calm	-	sorry for the noise earlier, we were moving a wardrobe, it fell over but nobody hurt
en	calm	-	dropped a whole pan of soup on the floor, what a mess, but I'm fine
en	calm	-	my son fell off the swing, tiny graze, he's already back playing
en	calm	-	gran tripped at the door but caught the railing, she's laughing about it
en	calm	-	just to let you know the bang you heard was my bookcase falling, I'm fine
en	calm	-	the kids' water fight on the galerij got out of hand, everyone soaked haha
en	calm	-	the cops were on the telly talking about our neighbourhood, mostly good things
nl	calm	-	ik ga dood van de honger, wie gaat er mee frietjes halen
nl	calm	-	ik lig dubbel, die foto van de koffieochtend haha
nl	calm	-	dat feest gisteren was echt fire, dank je wel woonvereniging
nl	calm	-	lamp op de galerij brandt niet, al een week
nl	calm	-	brandoefening donderdag om 10 uur, niet schrikken als de bel gaat
nl	calm	-	ik schrok me dood toen de deur ineens dichtklapte door de wind
nl	calm	-	kapot moe na die wandeling, morgen weer
nl	calm	-	ik maak je af met tafeltennis woensdag, let maar op
nl	calm	-	ik sterf van de hitte in mn kamer, is de gemeenschappelijke ruimte koeler
nl	calm	-	mn telefoon is dood, iemand een oplader
nl	calm	-	mn plantjes zijn weer dood, ik snap het niet
nl	calm	-	die film was echt killing, zo goed
nl	calm	-	hij is on fire vanavond met darten
nl	calm	-	lachen me dood om die filmavond, wie had die film gekozen
nl	calm	-	rookmelder piept, batterij is leeg denk ik, wie kan helpen
nl	calm	-	het brandblusapparaat op de 2e is verlopen, kan iemand dat regelen
nl	calm	-	mijn gasfornuis doet het niet, hij klikt maar er komt geen vlam, ruik niks
nl	calm	-	de cv ketel staat op storing, geen warm water
nl	calm	-	verwarming is kapot, het is ijskoud hier
nl	calm	-	de lift doet het weer niet, ik woon op 6
nl	calm	-	intercom is stuk, mn bezoek kan niet naar binnen
nl	calm	-	balkondeur klemt, krijg hem niet open
nl	calm	-	slot van de fietsenstalling is kapot
nl	calm	-	schimmel in de badkamer, kan de woningcorporatie kijken
nl	calm	-	er lekt water uit het plafond in de hal
nl	calm	-	viel van mn fiets haha, niks aan de hand hoor
nl	calm	-	ik struikelde op de trap maar alles is oke, beetje gênant
nl	calm	-	gleed uit in de regen, alleen een blauwe plek, niks ergs
nl	calm	-	mn zoontje viel van de schommel, klein schaafwondje, hij speelt alweer
nl	calm	-	oma viel bijna maar greep de leuning, gaat prima
nl	calm	-	die klap was mn kast die omviel, niemand gewond, sorry voor het lawaai
nl	calm	-	vorig jaar was er brand in het andere blok, nu hebben ze overal rookmelders
nl	calm	-	weet je nog dat de buurman vorige zomer van de ladder viel? hij is helemaal hersteld
nl	calm	-	twee jaar geleden is er bij ons ingebroken, nu hebben we een beter slot
nl	calm	-	wat moet ik doen als ik ooit gas ruik? wil het gewoon weten
nl	calm	-	wie moet ik bellen als er brand is snachts? staat dat op de buurtkaart
nl	calm	-	is er een cursus waar je leert wat je doet bij een overdosis
nl	calm	-	hangt er ergens een AED in het gebouw? voor het geval dat
nl	calm	-	waar zit de hoofdkraan van het gas bij ons
nl	calm	-	stel dat iemand bij mij probeert in te breken, wat moet ik dan doen
nl	calm	-	als mn buurman me ooit bedreigt, bel ik dan de wijkagent of 112?
nl	calm	-	voel me een beetje down vandaag, kan mn begeleider me deze week bellen
nl	calm	-	beetje eenzaam sinds ik hier woon, zijn er activiteiten
nl	calm	-	ik ben niet suïcidaal ofzo, gewoon moe en verdrietig, wil graag even praten
nl	calm	-	gaat niet zo lekker met me, maar ik red me wel, wil wel een keer koffie drinken
nl	calm	-	vandaag een jaar clean!! dank jullie wel allemaal
nl	calm	-	ruzie gehad met mn huisgenoot over de afwas, is weer goed
nl	calm	-	buurman en ik hadden woorden over de fietsen in de gang, niks ergs
nl	calm	-	de buren schreeuwden weer tegen elkaar over geld, niemand sloeg, gewoon heel hard om 1 uur snachts
nl	calm	-	rijst aangebrand, rookmelder ging af, raam open, alles oke
nl	calm	-	hele galerij ruikt naar mn soep, sorry haha
nl	calm	-	we gaan barbecueen op het plein, wie doet er mee
nl	calm	-	buren blowen op het balkon, de lucht komt elke avond mn raam in
nl	calm	-	de muziek op nummer 12 is elke nacht te hard
nl	calm	-	iemand laat steeds vuilniszakken op de galerij staan, het stinkt
nl	calm	-	hond van nummer 15 blaft de hele dag
nl	calm	-	auto's staan weer op de stoep, ik kom er niet langs met de kinderwagen
nl	calm	-	ik heb de oude man van 2c al lang niet gezien, post stapelt op
nl	calm	-	mevrouw van 11 lijkt erg in de war de laatste tijd, misschien kan iemand langsgaan
nl	calm	-	mag ik mn neef meenemen naar de filmavond
nl	calm	-	sorry kan toch niet komen op de wandeling zondag
nl	calm	-	ik wil graag een visochtend organiseren, wie doet mee
nl	calm	-	dank je wel voor je hulp met die brief
nl	calm	-	hoi allemaal, ik ben nieuw op 4b
nl	calm	-	goedemorgen buren, lekker zonnetje
nl	calm	-	kan iemand van het team me bellen over mn schulden
nl	calm	-	ff checken, is die brandalarm test vandaag? hij gaat al een minuut en ze zeiden om 11 uur
nl	calm	-	rookmelder gaat af elke keer als ik douche, stoom denk ik
nl	calm	-	branddeur op de 3e valt niet goed dicht, hij blijft klappen
nl	calm	-	noodverlichting in het trappenhuis knippert
nl	calm	-	monteur van de gasmeter komt dinsdag, wie doet de kelder open
nl	calm	-	nieuwe gaskookplaat is geplaatst, eindelijk weer koken, top
nl	calm	-	iemand heeft het glas van het prikbord in de hal kapot gemaakt, is vannacht gebeurd denk ik
nl	calm	-	mn fiets is vorige week gejat uit de stalling, heb al aangifte gedaan
nl	calm	-	bij de winkel beneden is in het weekend ingebroken, alles is al gemaakt zegt de eigenaar
nl	calm	-	politie was gisteren bij nummer 30, weet iemand wat er was? het is nu weer rustig
nl	calm	-	ik heb gedroomd dat het gebouw in brand stond, wakker geworden, alles is goed
nl	calm	-	mn huisgenoot ligt te pitten op de bank na zn nachtdienst, snurkt als een trekker
nl	calm	-	ik sliep als een blok, tot 12 uur haha
nl	calm	-	de baby slaapt eindelijk, niet aanbellen aub
nl	calm	-	veel rook op het plein maar het zijn gewoon de jongens met de waterpijp
nl	calm	-	gang ruikt aangebrand, iemand heeft toast laten verbranden, geen brand hoor
nl	calm	-	de conciërge staat te lassen in de fietsenstalling, vonken maar hij heeft het onder controle
nl	calm	-	brandweer komt volgende week de rookmelders in alle woningen checken
nl	calm	-	de man van de gasmaatschappij heeft de meter gecontroleerd, alles in orde
nl	calm	-	rare lucht in de vuilnisruimte, net oude vis, kan iemand het schoonmaken
nl	calm	-	rioollucht in mn badkamer, loodgieter nodig
nl	calm	-	peuken op de galerij, weer
nl	calm	-	ik heb me gebrand aan de pan, koud water erover, gaat al beter
nl	calm	-	vinger gesneden bij het uien snijden, pleister erop, niks aan de hand
nl	calm	-	hoofd gestoten tegen het keukenkastje, au, maar ik overleef het wel
nl	calm	-	gestoken door een wesp op het balkon, beetje dik maar oke
nl	calm	-	die sambal was niet normaal, mn mond staat in brand
nl	calm	-	ik word gek van die deadline, maandag inleveren
nl	calm	-	mn laptop is gecrasht midden in mn verslag, wil huilen
nl	calm	-	we kijken vanavond een horrorfilm waarin iedereen doodgaat, kom je ook
nl	calm	-	in dat spel moet je een bank overvallen, wie doet mee vanavond
nl	calm	-	ik ben 20 keer doodgegaan bij die eindbaas, ik geef het op
nl	calm	-	Ajax werd afgemaakt, 4-0, mn huisgenoot is chagrijnig
nl	calm	-	de hele tribune stond in vuur en vlam toen ze scoorden
nl	calm	-	die bokswedstrijd op tv, hij ging in de tweede ronde knock out
nl	calm	-	we hebben de quiz gewonnen, helemaal kapot gegaan van het lachen
nl	calm	-	ik kan wel janken, mn taart is ingezakt
nl	calm	-	mn zus vermoordt me als ik haar verjaardag weer vergeet
nl	calm	-	die stoofpot van Fatima was om te zoenen, ik ga eraan dood hoe lekker
nl	calm	-	rustig maar, het was maar een grapje, we zijn nog steeds vrienden
nl	calm	-	die jongen van 7 kijkt me elke ochtend vuil aan, niet bedreigend ofzo, maar vervelend
nl	calm	-	buurman was onbeleefd in de lift, verder niks, maar ik baal ervan
nl	calm	-	het onweer vannacht was zo hard, dacht dat het dak eraf ging haha
nl	calm	-	ik ben bang voor spinnen, zat er een mega in de douche, iemand die m weg kan halen
nl	calm	-	mn kat gooide een plant om om 2 uur snachts, kreeg bijna een hartaanval
nl	calm	-	wie heeft er een ladder te leen, wil gordijnen ophangen
nl	calm	-	heb vanochtend mn medicijnen vergeten, gisteravond wel genomen, is dat erg
nl	calm	-	methadon opgehaald, zie jullie bij de koffie
nl	calm	-	twee biertjes op en nu al slaperig, welterusten
nl	calm	-	ik had vroeger last van zelfbeschadiging maar het gaat nu goed, wil anderen graag helpen
nl	calm	-	de EHBO cursus was super, nu weet ik wat te doen bij een val of flauwte
nl	calm	-	docu over brandweermannen gezien, echt mooi gemaakt
nl	calm	-	mn zoon wil brandweerman worden na het bezoek van de brandweer op school
nl	calm	-	kaarsenworkshop was leuk, niemand heeft iets in de fik gezet haha
nl	calm	-	mag je met oud en nieuw sterretjes afsteken op het plein
nl	calm	-	de kapsalon hiernaast is echt de bom, ga erheen
nl	calm	-	hij heeft die presentatie helemaal afgemaakt, wat een toppertje
nl	calm	-	ik ben gesloopt na het verhuizen, alles doet pijn
nl	calm	-	Lars is een killer met pingpong, pas op
nl	calm	-	ik heb mn begeleider niet kunnen bereiken, kan iemand anders me terugbellen over mn huur
nl	calm	-	the new neighbours zijn echt aardig, ze brachten koekjes
nl	calm	-	ik ben dood op, ga slapen, see you tomorrow
nl	calm	-	this weather is echt niet normaal, drie dagen regen
nl	calm	-	mn Engels is niet zo goed maar I will try, welkom aan de nieuwe mensen
nl	calm	-	de koffieochtend was so much fun, volgende keer neem ik taart mee
nl	calm	-	kapotte lamp in de lift, it's pitch dark in there
nl	calm	-	slot van mn voordeur is stroef, soms krijg ik mn sleutel er niet in
nl	calm	-	mn buurman sloeg de deur dicht, boos om niks, verder gebeurde er niks
nl	calm	-	iemand heeft de brandslang in het trappenhuis losgetrokken, ligt over de vloer, moet teruggehangen
nl	calm	-	het alarm van de auto beneden gaat de hele nacht af, vals alarm, niemand in de buurt
nl	calm	-	de kinderen doen een waterballonnengevecht op de galerij, iedereen zeiknat haha
nl	calm	-	vroeger woonde ik op straat, nu heb ik al twee jaar een eigen huis, trots
nl	calm	-	die serie, de moordenaar bleek de buurman te zijn, zag het niet aankomen
nl	calm	-	kun je me ff helpen met de formulieren van de toeslagen
nl	calm	-	de rookmelder hangt scheef, bijna van het plafond, kan iemand m vastmaken
nl	calm	-	de oven gaat steeds uit na een minuut, geen gaslucht, wel vervelend
nl	calm	-	ik heb een slechte dag maar ik ga zo wandelen, dat helpt meestal
nl	calm	-	hij viel in slaap tijdens de film in de gemeenschappelijke ruimte, snurken dat ie deed
nl	calm	-	de jongens op het plein doen een potje voetbal en schreeuwen, gewoon lol
nl	danger	fire	brand!! blok C
en	danger	gas	gas smell, 3rd floor
en	calm	-	dead 💀💀
nl	calm	-	lol dood
en	danger	unresponsive	ok so I came back from the shop and Mrs Adeyemi from 14 is on the bench by the entrance with her head hanging forward, shopping spilled everywhere, I've been calling her name and tapping her cheek for minutes and she just doesn't react at all
en	danger	violence	sorry for the long message but there's a massive commotion on the galerij outside 19, two blokes, one has the other pinned against the railing and keeps punching him in the face and the one underneath has stopped fighting back, please someone
en	calm	-	just so everyone knows, the loud bang and the smoke this afternoon was the caretaker testing the new generator in the basement, it was planned, nothing burned, nobody hurt, and the fire brigade knew in advance, so no need to worry
nl	calm	-	even een update over de brand van vorig jaar in blok B: de woningen zijn helemaal opgeknapt, de bewoners zijn terug en zaterdag is er een kleine opening met koffie en taart in de gemeenschappelijke ruimte, iedereen welkom
en	danger	self_harm	I know nobody asked but I've been sitting here for an hour with all my tablets in front of me and a glass of water, I texted sorry to my mum and I honestly don't see a reason to wait until morning
en	calm	-	my begeleider asked me to write down how my week went, so: Monday rubbish, Tuesday better, Wednesday I went to table tennis and actually laughed, so overall not bad, no need to call me, just sharing
`;

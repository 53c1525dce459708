/**
 * Danger-model training lines (language, danger or calm, kinds, text), tab-separated: older residents
 * and formal Dutch with "u", long messages that tell the context first, people who downplay,
 * caretakers, support workers and volunteers writing short notes, messages relayed from a phone call,
 * formal British English.
 * Parsed by `index.ts`; the header lines below are the writer's own.
 */
export const voicesE = String.raw`
# voices-e.tsv - danger-model training lines for Buurtbot
# written by: an AI helper given only docs/bot-intents.md and docs/DOMAIN.md, 2026-12-07
# voices: older residents (70+), polite formal Dutch with "u", long context-first messages, hesitant downplayers ("het is vast niks maar"), caretakers (huismeester), support workers (begeleiders), neighbourhood volunteers, people relaying a phone call, older English-speaking expats with formal British English
# format: language<TAB>label<TAB>kinds<TAB>text ; language nl|en ; label danger|calm ; kinds comma-separated emergency kinds for danger, - for calm ; all names, numbers and places fictional
# counts: 803 lines (423 danger, 380 calm; 482 nl, 321 en); danger kinds: unresponsive 47, fall 47, overdose 47, fire 47, gas 48, violence 48, threat 48, break_in 47, self_harm 47 (3 lines carry two kinds)
nl	danger	unresponsive	Goedenavond, ik wil niet lastig zijn, maar mijn buurman van 14 ligt in de gang op de grond en hij reageert niet als ik hem roep.
nl	danger	unresponsive	het is vast niks maar meneer de Wit zit al een half uur in zijn stoel met zijn ogen dicht en ik krijg hem niet wakker
nl	danger	unresponsive	Huismeester hier. Bewoner nr 22 aangetroffen op badkamervloer, niet aanspreekbaar. Ademhaling onduidelijk.
nl	danger	unresponsive	Mijn zus belde net, ze zegt dat haar buurvrouw in de lift ligt en niks meer zegt. Ze staat erbij. Wat moet ze doen?
nl	danger	unresponsive	Goedemorgen, excuus voor het storen. Ik ben bij mevrouw Jansen voor de koffie en ze zakte ineens weg, ze geeft geen antwoord meer.
nl	danger	unresponsive	Begeleider: cliënt op 3e etage ligt op bed, reageert niet op aanspreken of schudden, lippen blauwig.
nl	danger	unresponsive	ik weet niet of het ernstig is maar mn buurman ademt heel raar en hij wordt niet wakker
nl	danger	unresponsive	Beste mensen, in de tuin bij de bankjes ligt een oudere heer die niet beweegt. Ik durf niet goed dichterbij.
nl	danger	unresponsive	Vrijwilliger koffieochtend: een deelnemer is net van zijn stoel gezakt en reageert niet. Wij zijn met vier mensen bij hem.
nl	danger	unresponsive	Neemt u mij niet kwalijk dat ik zo laat schrijf. Door het raam zie ik mijn overbuurman op de keukenvloer liggen, al een tijd, en hij doet niet open.
nl	danger	unresponsive	Mijn dochter aan de telefoon: de man naast haar zakte in elkaar bij de brievenbussen en hij doet zijn ogen niet meer open.
nl	danger	unresponsive	hij ademt niet geloof ik. help
nl	danger	unresponsive	Ik wil niet overdrijven hoor, maar mijn man is op de bank in slaap gevallen en ik krijg hem met geen mogelijkheid wakker, zijn gezicht is grauw.
nl	danger	unresponsive	Melding huismeester: persoon in trappenhuis blok B, bewusteloos, pols voelbaar. Ambulance nodig.
nl	danger	unresponsive	Goedendag. Ik hoor via de muur al een tijd niks en nu zie ik door de brievenbus dat mijn buurvrouw in de gang ligt. Ze antwoordt niet op mijn geroep.
nl	danger	unresponsive	het zal wel meevallen maar die jongen bij de fietsenstalling ligt er al een uur en als ik hem aanspreek gebeurt er niks
nl	danger	unresponsive	Mevrouw Bakker is net flauwgevallen in de gemeenschappelijke ruimte en ze komt niet bij. Wat moeten we doen?
nl	danger	unresponsive	Collega belt mij: bewoner app 7 op de grond, ogen open maar reageert nergens op.
nl	danger	unresponsive	Ik ben 81 en weet niet goed hoe dit werkt. Mijn buurman ligt in het portiek en zegt niks terug. Kan iemand komen?
nl	danger	unresponsive	Sorry dat ik stoor, ik dacht eerst dat hij sliep, maar hij is helemaal slap en ik voel bijna geen adem.
nl	danger	unresponsive	mn opa zakt net weg aan tafel en reageert niet meer
nl	danger	unresponsive	Goedenavond, vanuit de flat aan de Lindelaan: een vrouw ligt op de stoep voor nummer 40, niet aanspreekbaar, er staan mensen omheen.
nl	danger	unresponsive	Mijn vriendin belt vanuit haar woning, haar huisgenoot is in de douche in elkaar gezakt en komt niet meer bij bewustzijn.
nl	danger	unresponsive	Als ik in zijn hand knijp doet hij niks. Hij ligt op de mat in de hal. Wat nu?
nl	danger	unresponsive	begeleiding: bij huisbezoek dhr. nr 9 half op de grond aangetroffen, reageert niet, ademhaling snurkend.
nl	danger	unresponsive	ik wil geen paniek zaaien maar mijn buurvrouw hangt voorover in haar rolstoel en geeft geen antwoord
nl	danger	unresponsive	De man van boven zat net nog te praten op het bankje en nu is hij omgevallen, hij beweegt niet meer.
nl	danger	unresponsive	Dag meneer of mevrouw, de deur van mijn buurjongen stond open en hij ligt languit in zijn kamer. Ik krijg geen enkele reactie. Wat moet ik doen?
en	danger	unresponsive	Good evening. I do apologise for troubling you, but my neighbour at number 6 is lying on her kitchen floor and she is not responding to me at all.
en	danger	unresponsive	I'm probably overreacting, but the gentleman downstairs has been slumped in his chair since lunch and I cannot rouse him.
en	danger	unresponsive	My son just rang from next door, he says the lady there collapsed in the hallway and isn't answering him.
en	danger	unresponsive	Caretaker here. Male resident found unconscious in the laundry room, block C. Breathing shallow.
en	danger	unresponsive	Forgive the intrusion, there is an elderly man lying on the path by the bins and he won't respond when I speak to him.
en	danger	unresponsive	He's not breathing properly and his eyes won't open. Please, what do I do?
en	danger	unresponsive	Support worker: client in flat 12 unresponsive on sofa, cold and clammy, not reacting to voice or touch.
en	danger	unresponsive	I dare say it's nothing, but my husband nodded off an hour ago and now I simply cannot wake him.
en	danger	unresponsive	someone is lying in the lift and not moving, I pressed the alarm but nobody comes
en	danger	unresponsive	Volunteer at the coffee morning: one of our guests has just keeled over and is not responding.
en	danger	unresponsive	My friend phoned me in a state, her flatmate is on the bathroom floor and won't wake up. She's with him now.
en	danger	unresponsive	Good afternoon. I hate to be a bother. Mrs Dekker from across the landing has gone very still in her armchair and does not answer when I call her name.
en	danger	unresponsive	he's breathing but I can't get any response out of him at all
en	danger	unresponsive	I'm 78 and not very good with these things. A young man is lying by the front door, quite limp, and nothing I say gets through to him.
en	danger	unresponsive	Excuse me, a woman has just fainted at the bus shelter on the corner and she hasn't come round yet.
en	danger	unresponsive	The chap next door is on the floor, his lips look blue and he isn't answering.
en	danger	unresponsive	My daughter is on the phone: the neighbour she was visiting has gone limp and grey and is not reacting.
en	danger	unresponsive	Resident collapsed during the walk, not coming round. We're near the footbridge by the park.
en	danger	unresponsive	i think he passed out, he's not waking up even when i shake him
nl	danger	fall	Goedemiddag, neemt u mij niet kwalijk. Ik ben in de badkamer uitgegleden en ik kan niet meer opstaan, mijn heup doet vreselijk pijn.
nl	danger	fall	het is vast niks maar ik ben van de trap gevallen en mijn pols staat heel raar
nl	danger	fall	Mijn buurvrouw roept door de muur dat ze gevallen is en niet meer overeind komt. Ik heb geen sleutel.
nl	danger	fall	Huismeester: bewoonster gevallen in trappenhuis, hoofdwond die flink bloedt, aanspreekbaar.
nl	danger	fall	Ik wil niemand tot last zijn, maar ik lig al sinds vanochtend naast mijn bed en ik kom niet omhoog.
nl	danger	fall	Mijn moeder belde net, ze is in de keuken gevallen en kan haar been niet bewegen. Ze woont op nummer 18.
nl	danger	fall	meneer Pauw is met zijn rollator omgevallen op de stoep, zijn arm bloedt en hij krijgt hem niet meer omhoog
nl	danger	fall	Begeleider: cliënt gevallen van keukentrap, vermoedelijk enkel gebroken, kan niet staan.
nl	danger	fall	Ik ben gestruikeld over de drempel en mijn been ligt in een vreemde hoek. Het doet zo'n pijn.
nl	danger	fall	Goedenavond, ik hoor mijn bovenbuurman roepen dat hij gevallen is. Hij klinkt zwak en zegt dat hij bloedt.
nl	danger	fall	kzit op de grond in de gang en kan niet meer op, mn knie is helemaal dik
nl	danger	fall	Vrijwilliger wandelgroep: deelneemster gestruikeld op het fietspad, open wond aan hoofd, bloedt erg.
nl	danger	fall	Mijn broer belde: hij is van zijn fiets gevallen voor de flat en zijn schouder hangt er raar bij.
nl	danger	fall	Excuses voor het storen, ik ben in de douche gevallen en lig op de koude tegels. Ik kan niet overeind, gelukkig lag mijn telefoon binnen handbereik.
nl	danger	fall	Het zal wel meevallen, maar mevrouw Smit is van de trap af gerold en ze huilt van de pijn, ze kan niet opstaan.
nl	danger	fall	Een oudere dame is voor de supermarkt op haar gezicht gevallen, er komt veel bloed uit haar neus en ze is verward.
nl	danger	fall	Mijn vrouw is uit bed gevallen en ik krijg haar niet omhoog, ze zegt dat haar heup kraakte.
nl	danger	fall	Buurjongen van het balkon gevallen, eerste verdieping, hij ligt in het gras en kreunt, zijn been staat scheef.
nl	danger	fall	ik ben gevallen op het ijs bij de ingang en mn arm is volgens mij gebroken
nl	danger	fall	Goedemorgen. Ik lig op de vloer in de woonkamer, ben gevallen toen ik de gordijnen wilde dichtdoen. Ik kom niet meer overeind en mijn pols is blauw.
nl	danger	fall	Mijn buurman zit onderaan de keldertrap en er zit bloed aan zijn achterhoofd. Hij is wel aanspreekbaar.
nl	danger	fall	Bewoner gevallen op de galerij, snijwond aan hand van glas, bloedt door de theedoek heen.
nl	danger	fall	Mijn tante belt me, ze is gevallen in de tuin en kan niet meer op. Ik zit zelf in Amersfoort.
nl	danger	fall	ik wil niet zeuren maar ik ben gevallen en ik denk dat mijn sleutelbeen gebroken is
nl	danger	fall	Meneer van 12 is over het tapijt gestruikeld, hij ligt op zijn zij en zegt dat hij zijn been niet voelt.
nl	danger	fall	de buurvrouw is van de keukenstoel gevallen bij het lamp vervangen, ze bloedt boven haar oog
nl	danger	fall	Mag ik u iets vragen, mijn man is in de gang gevallen en kan niet meer opstaan, hij heeft pijn in zijn rug. Moet ik 112 bellen?
nl	danger	fall	Een kind is van het klimrek gevallen op het plein, arm ziet er gebroken uit, moeder is er niet bij.
en	danger	fall	Good morning. I'm terribly sorry to bother you, but I've taken a tumble in the kitchen and I can't get up. My wrist is swelling badly.
en	danger	fall	It's probably nothing serious, but my neighbour fell down the stairs and there's quite a lot of blood from her head.
en	danger	fall	Caretaker: resident fell on wet floor in entrance hall, suspected broken hip, unable to stand.
en	danger	fall	My brother rang from his flat, he's fallen in the bath and can't get out, says his leg hurts terribly.
en	danger	fall	I've slipped on the landing and I'm afraid I can't get up again. My ankle looks quite wrong.
en	danger	fall	Support worker: client fell from step ladder, laceration to forearm, bleeding heavily.
en	danger	fall	There's an old gentleman who has fallen off his mobility scooter by the pharmacy, he is bleeding from his knee and can't get up.
en	danger	fall	I do hate to make a fuss, but I have been on the bedroom floor since about six and cannot get myself up.
en	danger	fall	my wife fell and hit her head on the table, she's bleeding and a bit dazed
en	danger	fall	Volunteer: one of the walkers tripped on a kerb, arm clearly broken, we're by the canal.
en	danger	fall	Mr Hollander upstairs is calling out that he has fallen. He sounds weak. I can't get in.
en	danger	fall	fell off my bike outside the block, my leg's bent the wrong way
en	danger	fall	My mother-in-law telephoned to say she has fallen in her garden and cannot move her leg. She's at number 31.
en	danger	fall	Pardon me for writing at this hour. I fell getting out of bed and I think I've cracked a rib, I can barely breathe for the pain.
en	danger	fall	The lady across the landing went down hard on the steps and her wrist is at an odd angle. She's in tears.
en	danger	fall	i'm on the floor in the hallway and can't get up, hit my head on the radiator
en	danger	fall	A child has fallen from the wall by the playground and is bleeding from the mouth.
en	danger	fall	Neighbour fell through the glass door, cuts on both arms, blood everywhere.
en	danger	fall	Good evening. My husband has slipped in the shower and he's lying there unable to move his hip. What should I do?
nl	danger	overdose	Goedenavond, ik weet niet of ik dit goed doe. Mijn buurvrouw zegt net dat ze alle pillen uit het doosje heeft genomen en nu praat ze heel traag.
nl	danger	overdose	het is vast niks maar mn huisgenoot heeft iets gesnoven en nu trilt hij over zijn hele lijf en zweet als een gek
nl	danger	overdose	Begeleider: cliënt heeft vermoedelijk grote hoeveelheid methadon ingenomen, suf, pupillen speldenknop.
nl	danger	overdose	Mijn zoon belde, zijn vriend heeft te veel van iets genomen op een feestje in de flat en hij ligt te schokken.
nl	danger	overdose	Neemt u mij niet kwalijk, maar mijn man heeft zijn slaaptabletten twee keer ingenomen en daarna nog een paar erbij, hij is heel suf en verward.
nl	danger	overdose	Huismeester: bewoner nr 31 aangetroffen met lege strips oxazepam naast zich, zeer suf.
nl	danger	overdose	ik denk dat die jongen beneden teveel heeft gespoten, hij hangt half op de trap en ademt raar
nl	danger	overdose	Mag ik u iets vragen. Mijn kleinzoon heeft een hele strip van mijn bloeddrukpillen leeggegeten, hij is vier.
nl	danger	overdose	Mevrouw van 5 belde mij, ze heeft volgens haar 'een handjevol' pillen met drank genomen en ze voelt zich heel raar.
nl	danger	overdose	mn vriendin heeft xtc en ghb gecombineerd en ze is niet goed, ze zakt steeds weg
nl	danger	overdose	Ik wil niet overdreven klinken maar de buurman heeft volgens mij zijn hele voorraad paracetamol opgemaakt, de lege doosjes liggen op tafel.
nl	danger	overdose	Vrijwilliger: bezoeker in de huiskamer zegt dat hij 'alles' heeft geslikt wat hij had, hij is bleek en braakt.
nl	danger	overdose	Goedemiddag, ik maak me zorgen. Mijn buurjongen heeft net iets gerookt, hij ligt nu te kwijlen en zijn ogen draaien weg.
nl	danger	overdose	Ik heb per ongeluk mijn medicijnen dubbel genomen, en daarna nog eens, ik ben duizelig en mijn hart bonkt heel hard.
nl	danger	overdose	Mijn nicht belt me vanuit haar woning: haar vriend heeft een flinke dosis heroïne genomen en hij wordt steeds blauwer.
nl	danger	overdose	begeleiding: mw. heeft haar weekvoorraad medicatie in één keer ingenomen, zegt ze zelf. nu nog aanspreekbaar.
nl	danger	overdose	het zal wel los lopen, maar mijn buurman heeft een fles wodka en een strip slaappillen op en hij praat wartaal
nl	danger	overdose	Ik vond net bij mijn buurvrouw een lege pot met pillen en ze is heel slaperig. Ze zegt dat ze er 'een paar' nam.
nl	danger	overdose	Mijn vader heeft zijn morfinepleisters allemaal tegelijk geplakt, hij is heel traag en verward.
nl	danger	overdose	die gast in het trappenhuis heeft iets genomen, hij schuimt uit zijn mond en schokt
nl	danger	overdose	Collega aan de telefoon: bewoner heeft GHB genomen, is net even weggeraakt, nu weer half wakker. Zij blijft erbij.
nl	danger	overdose	Goedenavond, de dochter van mijn buurvrouw heeft haar antidepressiva in één keer ingenomen, een hele strip. Ze is 16.
nl	danger	overdose	ik geloof dat mn broer te veel coke heeft gebruikt, hij heeft pijn op de borst en zweet heel erg
nl	danger	overdose	Excuus voor de late melding. Mijn buurman heeft een paar van mijn pijnstillers gepakt en meteen allemaal ingenomen. Hij is nu erg sloom.
nl	danger	overdose	Buurvrouw zegt dat ze veel te veel insuline heeft gespoten, ze trilt, zweet en is verward.
nl	danger	overdose	Mijn huisgenoot heeft nog meer pillen genomen toen de eerste niet werkten, nu is hij heel suf en zijn ademhaling is langzaam.
nl	danger	overdose	Meneer de Boer heeft volgens zijn zus te veel van zijn hartmedicatie genomen, hij is duizelig en heel bleek.
nl	danger	overdose	de jongen van 3b heeft drank en pillen door elkaar en hij ligt op de bank te rillen
en	danger	overdose	Good evening. I don't wish to alarm anyone, but my neighbour has just told me she's taken all her sleeping tablets at once. She's getting very drowsy.
en	danger	overdose	Support worker: client suspected opioid overdose, pinpoint pupils, slow breathing. No naloxone on site.
en	danger	overdose	My nephew rang, his housemate took way too much of something at a party and is fitting on the floor.
en	danger	overdose	Caretaker note: resident found confused with several empty blister packs beside him.
en	danger	overdose	I'm sure it's nothing, but my husband appears to have taken his heart pills twice over and he's very faint.
en	danger	overdose	my mate took a load of pills with vodka and he's mumbling nonsense
en	danger	overdose	Forgive me for writing so late. The young woman next door has swallowed a whole bottle of paracetamol, she says.
en	danger	overdose	Volunteer at drop-in: a visitor says he's used more than usual and is going grey and sleepy.
en	danger	overdose	I think the bloke on the stairs has overdosed, he's foaming at the mouth.
en	danger	overdose	My granddaughter has eaten some of my tablets from the bedside table, I don't know how many. She's three.
en	danger	overdose	A friend telephoned: her boyfriend mixed G and alcohol and keeps drifting off mid-sentence.
en	danger	overdose	I've accidentally taken far too many of my painkillers and now my heart is racing and I feel sick.
en	danger	overdose	Good afternoon. My flatmate snorted something an hour ago and is now shaking and sweating heavily, complaining of chest pain.
en	danger	overdose	Resident says he's injected a lot more heroin than normal. He's slurring badly.
en	danger	overdose	I believe my neighbour has taken an overdose; there are empty pill bottles everywhere and she's barely making sense.
en	danger	overdose	He took his whole week's methadone in one go. He's nodding off.
en	danger	overdose	My daughter phoned in a panic, her friend has taken too much ketamine and can't move or speak properly.
en	danger	overdose	Pardon the intrusion, but the gentleman at number 20 tells me he has taken 'a good handful' of his pills with whisky.
en	danger	overdose	she's taken loads of her tablets and now she's being sick and going floppy
nl	danger	fire	Goedenavond, ik wil u niet ongerust maken, maar er komt rook onder de deur van nummer 16 vandaan en het ruikt naar verbrand plastic.
nl	danger	fire	het is vast niks maar ik zie vlammen in de container achter de flat
nl	danger	fire	Huismeester: brand in de fietsenkelder blok A, dikke zwarte rook in het trappenhuis.
nl	danger	fire	Mijn buurvrouw belt me, haar pan met vet staat in de fik en ze krijgt het niet uit.
nl	danger	fire	Neemt u mij niet kwalijk, maar uit het balkon van de bovenburen komen vlammen. Ik zie het vanuit mijn keuken.
nl	danger	fire	de gang staat vol rook, I can't see anything, help
nl	danger	fire	Goedemorgen. Het zal wel meevallen, maar uit het stopcontact in mijn woonkamer komen vonken en nu begint het behang te smeulen.
nl	danger	fire	Begeleider: rookontwikkeling in woning cliënt nr 4, cliënt nog binnen, deur op slot.
nl	danger	fire	Mijn dochter belt, bij haar in de straat staat een auto in brand vlak naast de ingang van ons gebouw.
nl	danger	fire	Er brandt iets in de meterkast, ik zie een oranje gloed door de kieren en het stinkt.
nl	danger	fire	Ik ben 84 en mijn kaarsje is tegen het gordijn gekomen. Het gordijn brandt. Ik weet niet wat ik moet doen.
nl	danger	fire	Vrijwilliger: brandje in de keuken van de buurtkamer, frituurpan, iedereen is buiten.
nl	danger	fire	ik ruik brand en er komt rook uit de ventilatie in de badkamer
nl	danger	fire	Excuses voor het storen, de prullenbak in de lift staat in de fik en de rook trekt naar boven.
nl	danger	fire	Mijn buurman heeft zijn barbecue op het balkon en nu staat zijn parasol in brand.
nl	danger	fire	Goedenavond, ik hoor geknetter achter de muur en er komt rook uit de kier bij de plint. Ik weet niet waar het vandaan komt.
nl	danger	fire	er komt heel veel rook uit het raam van de overburen en ik hoor de rookmelder piepen, niemand doet open
nl	danger	fire	Mijn schoonzoon belde: bij de schuurtjes achter het complex slaan de vlammen eruit.
nl	danger	fire	Dag, mag ik iets melden. Mijn wasdroger begon te roken en nu komen er vlammen uit de achterkant.
nl	danger	fire	het fornuis van de buurvrouw brandt en zij staat te gillen
nl	danger	fire	Huismeester aan collega: rook in galerij 3e etage, bron vermoedelijk woning 38, bewoners worden gealarmeerd.
nl	danger	fire	Het is vast overdreven maar er hangt een scherpe brandlucht in het trappenhuis en de lucht is grijs.
nl	danger	fire	Op de zolder boven mij knettert het en ik zie rook door het plafondluik komen.
nl	danger	fire	Mijn e-bike accu staat in de gang te sissen en er komt rook uit, nu ook vlammetjes.
nl	danger	fire	de kerstboom bij mevrouw Vos staat in brand, ze is 90 en zit nog binnen
nl	danger	fire	Vanuit mijn raam zie ik rook uit de keuken van de benedenburen komen, ze zijn volgens mij op vakantie.
nl	danger	fire	Goedemiddag. Mijn buurvrouw heeft de oven aan laten staan en nu komt er zwarte rook uit haar keukenraam. Ze doet niet open.
nl	danger	fire	brand in de bosjes naast het speelveld, het slaat over naar de heg
en	danger	fire	Good evening. I'm sorry to be a nuisance, but there is smoke coming from under the door of flat 9 and it smells of burning.
en	danger	fire	I think something's on fire in the bin store, there's a lot of black smoke.
en	danger	fire	Caretaker: fire in the basement storage, smoke entering stairwell B. Evacuating.
en	danger	fire	My sister rang, the flat above hers has flames coming out of the window.
en	danger	fire	I do apologise, I left a pan on and it's caught fire. I can't put it out.
en	danger	fire	It's probably nothing, but there's a strong smell of burning and grey smoke drifting along the corridor.
en	danger	fire	Support worker: smoke in client's flat, client still inside and not opening the door.
en	danger	fire	sparks coming out of the socket and now the curtain's alight
en	danger	fire	Excuse me, there is a car burning right next to the entrance of our building.
en	danger	fire	The tumble dryer in the communal laundry is smoking and I can see flames behind it.
en	danger	fire	Volunteer: small fire in the community room kitchen, everyone is outside now.
en	danger	fire	Good afternoon. I'm 79 and rather shaken. The toaster has caught fire and the cupboard above it is burning.
en	danger	fire	flames on the balcony next door, nobody seems to be home
en	danger	fire	My son phoned, there's a fire in the shed at the back of our block and it's spreading to the fence.
en	danger	fire	The stairwell is filling with smoke, I can't see the stairs.
en	danger	fire	The neighbour's e-scooter battery is hissing in the hallway and smoking.
en	danger	fire	Pardon me, but I can hear crackling inside the wall and smoke is coming out by the skirting board.
en	danger	fire	The hedge by the playground is on fire and the wind is pushing it towards the houses.
en	danger	fire	Smoke pouring out of the kitchen window at number 3, the alarm is going off and nobody answers.
nl	danger	gas	Goedenavond, ik wil geen paniek maken, maar in het trappenhuis ruikt het heel sterk naar gas, naar rotte eieren.
nl	danger	gas	het is vast niks maar bij de buurvrouw ruikt het naar gas als ik aan de brievenbus ruik
nl	danger	gas	Huismeester: gaslucht in kelder blok C, hoofdkraan nog niet gevonden, bewoners naar buiten.
nl	danger	gas	Mijn vader belde, hij ruikt gas in zijn keuken en hij heeft net het gas uitgedraaid maar het blijft ruiken.
nl	danger	gas	Neemt u mij niet kwalijk, de gaskraan van mijn fornuis stond open zonder vlam, ik weet niet hoe lang al. Het stinkt hier.
nl	danger	gas	ik ruik gas in de hal en ik word er duizelig van
nl	danger	gas	Begeleider: sterke gaslucht bij woning cliënt nr 11, cliënt doet niet open.
nl	danger	gas	Dag allemaal, ik twijfelde of ik het moest melden, maar sinds vanochtend hangt er een gaslucht bij de meterkast en het wordt erger.
nl	danger	gas	Mijn buurman van boven heeft volgens mij zijn gas open gezet, het ruikt tot in mijn woning.
nl	danger	gas	Er wordt op straat gegraven en nu ruikt de hele straat naar gas, en ik hoor een sissend geluid.
nl	danger	gas	Vrijwilliger: gaslucht in de keuken van de buurtkamer, ramen open gezet, iedereen naar buiten.
nl	danger	gas	kzit in mn huis en het ruikt echt naar gas, moet ik naar buiten?
nl	danger	gas	Excuses dat ik stoor, maar ik hoor bij de geiser een gesis en het ruikt naar gas. Ik ben alleen thuis.
nl	danger	gas	Mijn nicht belde me, in haar portiek ruikt het naar gas en de buren zijn niet thuis.
nl	danger	gas	Ik ben 77 en mijn neus is niet zo goed meer, maar zelfs ik ruik gas in de gang. Het is heel sterk.
nl	danger	gas	de ketel maakt een raar geluid en het stinkt naar gas in de badkamer
nl	danger	gas	Goedenavond, bij nummer 24 zijn de ramen dicht, maar er komt een gaslucht onder de deur door en ze doen niet open.
nl	danger	gas	Ik wil niet lastig zijn maar mijn kookplaat is uit en het ruikt toch naar gas, ook met alle knoppen dicht.
nl	danger	gas	Melding huismeester: sissend geluid en gaslucht bij gasleiding achter het complex, gebied afzetten.
nl	danger	gas	het ruikt naar rotte eieren in het hele trappenhuis, ik denk gas
nl	danger	gas	Mijn buurvrouw zegt dat de gasslang van haar fornuis los is geschoten en het sist.
nl	danger	gas	Mevrouw Kok belde mij: ze ruikt gas in haar woning en haar hoofd bonkt.
nl	danger	gas	Ik ben bang dat het gas is, het ruikt zoals vroeger in mijn ouderlijk huis toen de leiding lek was, en het wordt sterker.
nl	danger	gas	Zojuist bij de voordeur van blok B een duidelijke gaslucht. Ook bij de liftschacht.
nl	danger	gas	in de kelderbox ruikt het heel erg naar gas, ik krijg er hoofdpijn van
nl	danger	gas	Goedemiddag, mijn buren zijn aan het verbouwen en nu ruikt het hier naar gas en ik hoor sissen in de muur.
nl	danger	gas	Collega meldt: bewoner heeft alle gaskranen opengedraaid zonder vlam en zit in de keuken, wil niet naar buiten.
nl	danger	gas	Het stinkt naar gas bij de brievenbussen, en er staat een meneer een sigaret op te steken.
en	danger	gas	Good evening. I don't like to make a fuss, but there's a strong smell of gas on our landing, rather like rotten eggs.
en	danger	gas	I think there's a gas leak in my kitchen, it smells awful and I feel lightheaded.
en	danger	gas	Caretaker: gas smell in boiler room, block A. Residents being moved out.
en	danger	gas	My father rang from his flat, he says it smells of gas and the hob's switched off.
en	danger	gas	It's probably nothing, but I can hear hissing behind the cooker and smell gas.
en	danger	gas	Support worker: strong odour of gas outside client's door, no answer.
en	danger	gas	gas smell in the stairwell, getting stronger
en	danger	gas	Forgive me for troubling you, the whole corridor smells of gas and one of the doors is ajar.
en	danger	gas	I'm 80 and my sense of smell isn't what it was, but even I can smell gas in the hallway.
en	danger	gas	Volunteer: smell of gas in the community kitchen, we've opened windows and gone outside.
en	danger	gas	Pardon me, the workmen outside have hit something and now the street reeks of gas.
en	danger	gas	The gas hose on my neighbour's cooker has come loose and it's hissing.
en	danger	gas	Good morning. There has been a faint gas smell near the meter cupboard since last night and it has become much stronger.
en	danger	gas	my neighbour says her house smells like gas and she has a pounding headache
en	danger	gas	I do hope I'm mistaken, but I believe there's gas coming from the flat below, the smell is coming up through the floor.
en	danger	gas	A friend phoned, her building smells strongly of gas and people are standing outside.
en	danger	gas	The boiler is making a strange whistling noise and there's a smell of gas in the bathroom.
en	danger	gas	Strong gas smell by the letterboxes, and someone is about to light a cigarette there.
en	danger	gas	smells like gas in my flat even with everything turned off
nl	danger	violence	Goedenavond, excuus dat ik stoor. Op de galerij slaat een man een vrouw, ik hoor haar om hulp roepen.
nl	danger	violence	het is vast niks maar beneden zijn twee mannen aan het vechten en een heeft een mes
nl	danger	violence	Huismeester: vechtpartij in de hal blok B, drie personen, één bloedt aan het gezicht.
nl	danger	violence	Mijn buurvrouw belde huilend: haar vriend slaat haar, ze heeft zich opgesloten in de badkamer.
nl	danger	violence	Neemt u mij niet kwalijk, maar ik hoor door de muur klappen en gegil, het klinkt alsof iemand wordt geslagen.
nl	danger	violence	ze zijn die jongen aan het schoppen bij de fietsenstalling, hij ligt op de grond
nl	danger	violence,threat	Begeleider: cliënt wordt in zijn woning met een schroevendraaier bedreigd door een bezoeker, ik sta voor de deur.
nl	danger	violence	Goeiemorgen, ik hoop dat ik me vergis, maar er staat een man met een honkbalknuppel voor de deur van nummer 7 en hij slaat tegen de ruit.
nl	danger	violence	Mijn zoon belt me: op het pleintje wordt een oudere man in elkaar geslagen door een groep jongens.
nl	danger	violence	de buurman is zijn vrouw aan het slaan, ik hoor haar gillen stop stop
nl	danger	violence	Vrijwilliger koffieochtend: twee bezoekers op de vuist, één gooit met stoelen. Hulp nodig.
nl	danger	violence	Ik ben 76 en ik zie vanuit mijn raam dat een jongen een meisje tegen de grond duwt en schopt.
nl	danger	violence	Excuses voor de toon, maar er staat iemand met een mes in het trappenhuis en hij zwaait ermee.
nl	danger	violence	Goedenavond, ik durf bijna niet te schrijven. Boven mij wordt iemand tegen de muur gegooid, ik hoor bonken en huilen.
nl	danger	violence	Mijn vriendin belt net, ze is op straat aangevallen en de man loopt nog achter haar aan.
nl	danger	violence	er is een gevecht bij de bushalte en er wordt met een fles geslagen
nl	danger	violence	Melding: man slaat zijn vriendin met een riem op het grasveld achter de flat.
nl	danger	violence	Ik wil niet lastig zijn maar mijn buurman sleurt een vrouw aan haar haren de trap af.
nl	danger	violence	Collega belt: bewoner nr 15 in gevecht met zijn broer, er is bloed, ik ben onderweg.
nl	danger	violence	kunnen jullie iemand sturen, ze slaan mijn neef in elkaar voor de deur
nl	danger	violence	Bij de ingang staat een man met een pistool, of iets wat erop lijkt. Hij richt het op mensen.
nl	danger	violence	Mijn dochter belt: haar ex is bij haar binnengedrongen en slaat haar, ik hoor het door de telefoon.
nl	danger	violence	Het zal wel een ruzie zijn, maar nu wordt er echt geslagen, ik zie het door het raam. Hij stompt haar.
nl	danger	violence	Goedemiddag, in de lift wordt een jongen door twee anderen in een wurggreep gehouden.
nl	danger	violence	de man van 8 heeft zijn vriendin net tegen de grond geslagen en hij gaat nog door
nl	danger	violence	Vrijwilliger: bij de zwerfvuilwandeling vallen twee mannen elkaar aan met stokken.
nl	danger	violence	Mijn moeder belt: er wordt bij haar in het portiek een vrouw aangevallen en die roept haar naam.
nl	danger	violence	mevrouw, er steekt iemand in op een man bij de containers, snel
en	danger	violence	Good evening. I'm terribly sorry, but a man is hitting a woman on the walkway outside my door and she is screaming for help.
en	danger	violence	There's a fight in the car park and one of them has a knife.
en	danger	violence	Caretaker: assault in progress in the lobby, two men attacking a resident.
en	danger	violence	My neighbour rang me in tears, her partner is hitting her and she's locked herself in the bathroom.
en	danger	violence	I'm probably misreading it, but the young men by the bike shed are kicking someone who is lying on the ground.
en	danger	violence	Support worker: visitor attacking client with a bottle, I've left the flat and am outside.
en	danger	violence	someone's being beaten up outside number 12 right now
en	danger	violence	Forgive me for writing in such a state. Through the wall I can hear thumping and a woman crying "stop, you're hurting me".
en	danger	violence	I'm 82 and watching from my window: a boy is being punched repeatedly by three others by the bus stop.
en	danger	violence	Volunteer: two attendees at the film night are fighting, chairs thrown, one bleeding.
en	danger	violence	My son phoned, an old chap has been knocked down and is being kicked in the square.
en	danger	violence	Excuse me, there is a man with a machete in the stairwell swinging it about.
en	danger	violence	He's got her by the throat on the landing, please send someone.
en	danger	violence	Good afternoon. A woman has just been shoved down the steps by a man and he is still hitting her.
en	danger	violence	There's a man smashing the door of number 4 with a hammer and the people inside are screaming.
en	danger	violence	My friend rang, she's been attacked on the way home and the man is still following her.
en	danger	violence	Man waving a gun around at the entrance. People are running.
en	danger	violence	They're stabbing someone by the bins, come quickly.
en	danger	violence	Colleague rang: client being assaulted by a dealer in the stairwell, blood on the floor, I'm on my way.
nl	danger	threat	Goedenavond, ik wil niet dramatisch doen, maar mijn buurman staat voor mijn deur en roept dat hij me vanavond gaat afmaken.
nl	danger	threat	het is vast niks maar die man van boven zei net tegen me dat hij mij en mijn hond kapot gaat steken
nl	danger	threat	Huismeester: bewoner dreigt medebewoner te vermoorden, staat in de gang te schreeuwen.
nl	danger	threat	Mijn dochter belde, haar ex stuurt berichten dat hij vanavond komt 'afrekenen', hij weet waar ze woont.
nl	danger	threat	Neemt u mij niet kwalijk. Iemand heeft net een briefje onder mijn deur geschoven: 'jij bent de volgende, ik steek je huis in brand met jou erin'.
nl	danger	threat	die gast zegt dat hij terugkomt met een mes om me te pakken
nl	danger	threat	Begeleider: cliënt dreigt zijn begeleider iets aan te doen, zegt dat hij een wapen in huis heeft.
nl	danger	threat	Goedemorgen. Het zal wel loos alarm zijn, maar mijn buurjongen heeft net geroepen dat hij de hele galerij neer gaat knallen.
nl	danger	threat	Mijn buurvrouw belt: haar zoon dreigt haar te slaan als ze geen geld geeft, hij staat nu in de keuken.
nl	danger	threat	Ik ben 79 jaar. Een jongen op de galerij zei dat hij me van de trap duwt als ik nog iets zeg over zijn scooter. Hij staat er nog.
nl	danger	threat	Vrijwilliger: bezoeker dreigt een andere bezoeker 'de kop in te slaan' na afloop, blijft wachten bij de deur.
nl	danger	threat	hij appt me steeds dat hij me vanavond komt pakken en dat ik niet meer wakker word
nl	danger	threat	Excuses voor het storen. De man van 17 schreeuwt door de brievenbus dat hij mij en mijn kinderen iets aandoet.
nl	danger	threat	Goedenavond, het is misschien overdreven, maar mijn ex-man belde en zei letterlijk: ik maak je dood, ik sta zo bij je.
nl	danger	threat,violence	Mijn zus belde: haar buurman staat met een mes te dreigen dat hij haar man neersteekt als die naar buiten komt.
nl	danger	threat	ze hebben gezegd dat ze me vannacht komen halen en dat ik het niet overleef
nl	danger	threat	Melding: man op de parkeerplaats dreigt de wijkagent en omstanders neer te steken.
nl	danger	threat	Ik wil niet lastig zijn maar de bezoeker van mijn buurvrouw riep net dat hij haar gaat wurgen.
nl	danger	threat	Collega belt: bewoner heeft gedreigd vannacht het huis van zijn buurman in brand te steken, klinkt serieus.
nl	danger	threat	mn buurman zei ik weet waar je woont en ik kom je vannacht halen, ik ben echt bang
nl	danger	threat	Goedemiddag. Een onbekende man stond net bij mijn voordeur en zei dat ik een kogel krijg als ik hem aangeef.
nl	danger	threat	Mevrouw Sijbers zegt dat haar kleinzoon dreigt haar iets aan te doen als ze zijn schulden niet betaalt. Hij is nu bij haar.
nl	danger	threat	Het zal wel loslopen, maar hij heeft in de groepsapp gezet dat hij morgen 'iedereen van de flat' te grazen neemt, met een foto van een mes.
nl	danger	threat	Mijn buurvrouw gilt dat haar vriend heeft gezegd dat hij haar vannacht vermoordt. Ze durft niet naar binnen.
nl	danger	threat	Begeleider: cliënt uit dreigende taal richting zijn ex, zegt dat hij nu naar haar toe gaat om haar 'af te maken'.
nl	danger	threat	die jongens zeggen dat ze mn zoon in elkaar slaan als hij naar buiten komt, ze staan beneden te wachten
nl	danger	threat	Dag, ik krijg sinds een uur berichten van een nummer dat ik niet ken: 'ik sta voor je deur, doe open of ik steek je neer'.
nl	danger	threat	Mijn opa belt: de man naast hem heeft gezegd dat hij hem met zijn wandelstok doodslaat als hij nog één keer klaagt. Hij staat nu bij zijn deur.
en	danger	threat	Good evening. I don't wish to overdramatise, but the man upstairs has just shouted through my door that he is going to kill me tonight.
en	danger	threat	My neighbour keeps texting me that he'll come round later and hurt me, and he knows I'm alone.
en	danger	threat	Caretaker: resident threatening to stab another resident, currently shouting in the corridor.
en	danger	threat	My daughter rang, her ex says he's on his way to 'finish her off'.
en	danger	threat	I'm sure it's an empty threat, but a young man told me he'd push me down the stairs if I complained again. He's waiting on the landing.
en	danger	threat	Support worker: client says he has a knife and will use it on his neighbour. Urgent.
en	danger	threat	he said he's going to burn my flat down with me in it
en	danger	threat	Forgive me for writing at this hour. A note was pushed under my door saying I will be 'dealt with' tonight, with a drawing of a knife.
en	danger	threat	I'm 83. A man at the door said he would break my legs if I spoke to the police, and he's still hanging about outside.
en	danger	threat	Volunteer: a visitor at the drop-in is threatening to smash another visitor's head in and won't leave.
en	danger	threat	My sister phoned, her neighbour is standing at her door saying he'll shoot her husband.
en	danger	threat	Pardon me, but someone in the car park has just threatened to run me over and is sitting in his car revving.
en	danger	threat	They said they'd come back tonight and stab my son.
en	danger	threat	Good afternoon. My grandson is threatening to hurt me if I don't give him my bank card. He's in the kitchen now.
en	danger	threat	The man at number 5 has posted in the building group that he'll 'get' everyone on the second floor, with a photo of a gun.
en	danger	threat	my ex just rang and said i'm dead when he finds me, he's in the area
en	danger	threat	A friend rang, her flatmate says he'll strangle her if she goes to sleep, she's hiding in her room.
en	danger	threat	Colleague called: client has threatened to set fire to his neighbour's door tonight, sounds serious.
en	danger	threat	I do apologise, but a gentleman at the bus stop keeps telling me he is going to hurt me and is following me home.
nl	danger	break_in	Mevrouw, meneer, sorry voor de overlast, maar ik hoor beneden iemand aan de achterdeur morrelen en er gaat glas kapot. Ik ben alleen.
nl	danger	break_in	het is vast niks maar er klimt iemand over het balkon van de benedenburen en die zijn op vakantie
nl	danger	break_in	Huismeester: inbraak gaande in bergingen kelder, twee personen met breekijzer.
nl	danger	break_in	Mijn moeder belt fluisterend: er is iemand in haar huis, ze hoort laden opentrekken. Ze zit in de slaapkamer.
nl	danger	break_in	Neemt u mij niet kwalijk, maar ik zie iemand met een zaklamp rondlopen in de woning van mijn overbuurman, en die ligt in het ziekenhuis.
nl	danger	break_in	Begeleider: bij aankomst voordeur cliënt geforceerd, geluiden binnen, cliënt is niet thuis.
nl	danger	break_in	Morgen, misschien zie ik het verkeerd hoor, maar twee mannen zijn bezig de deur van nummer 21 open te wrikken.
nl	danger	break_in	Ik ben 85. Iemand probeert mijn slaapkamerraam open te duwen. Het is donker en ik hoor hem.
nl	danger	break_in	Vrijwilliger: buurtkamer wordt op dit moment opengebroken, ik zie ze vanaf de overkant.
nl	danger	break_in	kzie net 2 gasten bij de fietsenkelder het slot eraf knippen
nl	danger	break_in	Excuses voor het tijdstip. Ik werd wakker van een klap, en nu loopt er iemand met een capuchon door mijn gang.
nl	danger	break_in	Mijn buurvrouw belt: iemand heeft haar voordeur ingetrapt en loopt nu door haar huis, zij zit bij mij.
nl	danger	break_in	Goedenavond, het is misschien niks, maar bij het huis naast mij is een raam ingeslagen en ik zie iemand naar binnen klimmen.
nl	danger	break_in	de man van 9 is vorige week verhuisd maar er zijn nu mensen binnen, ik zag ze door het raam naar binnen gaan, de ruit is eruit gehaald
nl	danger	break_in	Melding: onbekende man forceert deur gemeenschappelijke ruimte met schroevendraaier.
nl	danger	break_in	Ik wil niet overdrijven, maar iemand staat al tien minuten aan mijn voordeurslot te prutsen en belt niet aan.
nl	danger	break_in	Mijn kleinzoon belt: bij mij thuis gaat het alarm af en via de camera ziet hij iemand in de keuken.
nl	danger	break_in	Collega meldt: inbrekers in de berging van blok D, ze laden fietsen in een bus.
nl	danger	break_in	er zit iemand op mijn balkon en hij probeert de schuifpui open te krijgen, ik zit binnen
nl	danger	break_in	Goedemiddag. Terwijl ik dit typ hoor ik beneden iemand in de keukenla's rommelen. Ik woon alleen.
nl	danger	break_in	Mevrouw Prins belde: ze hoort iemand het luik van haar zolder openwrikken, er woont verder niemand.
nl	danger	break_in	Het zal wel een buurman zijn, maar er klimt iemand via de regenpijp naar het open raam op de eerste verdieping.
nl	danger	break_in	Iemand heeft net de ruit van de buurvrouw ingegooid en is naar binnen gekropen. Zij ligt in het ziekenhuis.
nl	danger	break_in	Begeleider: cliënt belt in paniek, hoort iemand inbreken via de achterdeur, zit opgesloten in het toilet.
nl	danger	break_in	kan iemand komen, er loopt een vreemde vent met een tas door de woning van mn buren, de deur is kapot
nl	danger	break_in	Ik zie vanaf mijn raam twee jongens de schuurtjes openbreken. Ze zijn er nog.
nl	danger	break_in	Het alarm van de fietsenwinkel onder ons gaat af en ik zie iemand met een koevoet binnen.
en	danger	break_in	Good evening. I do apologise, but someone is trying to force my back door and I've just heard glass break.
en	danger	break_in	There's someone in my flat, I can hear them in the kitchen. I'm hiding in the bedroom.
en	danger	break_in	Caretaker: break-in in progress at the storage units, two men with bolt cutters.
en	danger	break_in	My mother rang whispering that someone's come in through her window and is going through her drawers.
en	danger	break_in	I thought it was the wind, but no, there's definitely a man on my balcony trying the sliding door.
en	danger	break_in	Support worker: client's front door has been kicked in and there are people inside now.
en	danger	break_in	someone's breaking into the flat next door, they've smashed the window
en	danger	break_in	Forgive me, I'm 81 and very frightened. Someone is prising at my front door lock and hasn't rung the bell.
en	danger	break_in	Volunteer: the community room is being broken into as we speak, I can see them from across the road.
en	danger	break_in	Pardon the hour. I was woken by a bang and there's a stranger in a hood walking down my hallway.
en	danger	break_in	My son phoned: the camera at my house shows a man in the living room and I'm away.
en	danger	break_in	Two lads are cutting the lock off the bike store right now.
en	danger	break_in	Good afternoon. My neighbour is in hospital, but I've just seen someone climb in through her kitchen window.
en	danger	break_in	A man is climbing up the drainpipe to the open window on the first floor.
en	danger	break_in	Someone's just kicked in the door at number 15 and gone in, nobody's home.
en	danger	break_in	A friend rang: she's locked in her bathroom, someone broke in through the back and is still in the house.
en	danger	break_in	I can hear someone forcing the loft hatch above me and nobody else lives here.
en	danger	break_in	I'm sorry to trouble you, but there's torchlight moving about in the empty flat opposite and the door's been forced.
en	danger	break_in	burglar alarm going off downstairs and i can see someone with a crowbar inside
nl	danger	self_harm	Goedenavond. Ik wil niemand tot last zijn, maar ik zie het niet meer zitten en ik heb de pillen al klaargelegd.
nl	danger	self_harm	het is vast niks maar mn buurjongen staat op de rand van het dak en zegt dat iedereen beter af is zonder hem
nl	danger	self_harm	Begeleider: cliënt geeft aan vanavond een einde aan zijn leven te willen maken, heeft een plan. Ik blijf aan de lijn.
nl	danger	self_harm	Mijn vriendin belde net huilend, ze zegt dat ze het niet meer wil en dat ze afscheid wilde nemen.
nl	danger	self_harm	Neemt u mij niet kwalijk dat ik dit hier schrijf. Sinds mijn vrouw er niet meer is heb ik besloten dat ik haar vannacht achterna ga.
nl	danger	self_harm	Huismeester: bewoonster staat aan de buitenkant van de balkonreling op de 6e verdieping, zegt dat ze wil springen.
nl	danger	self_harm	Goedemorgen. Het zal wel overgaan, maar ik heb mijn spullen weggegeven en mijn brief geschreven. Ik wilde even zeggen dat het goed was met jullie.
nl	danger	self_harm	Mijn zoon appte me 'sorry mam, dit is de laatste keer dat je iets van me hoort'. Hij woont op nummer 27.
nl	danger	self_harm	ik wil gewoon niet meer wakker worden, vannacht ga ik het doen
nl	danger	self_harm	Vrijwilliger: deelnemer zei net na de wandeling dat hij naar het spoor gaat en niet meer terugkomt.
nl	danger	self_harm	Ik ben 88 en heb genoeg geleefd. Ik heb vanavond alle tabletten naast mijn bed gezet en ga ze straks nemen.
nl	danger	self_harm	Excuses voor het storen. Mijn buurvrouw zit op de trap met een mes tegen haar pols en ze huilt.
nl	danger	self_harm	Ik weet niet of ik me ermee moet bemoeien, maar de man van boven heeft een touw aan de balk gehangen, ik zag het door zijn raam.
nl	danger	self_harm	Mijn zus belt: haar dochter heeft zich opgesloten in de badkamer en roept dat ze er een eind aan maakt.
nl	danger	self_harm	niemand zal me missen. ik zit op de brug en ik denk dat ik ga springen
nl	danger	self_harm	Collega belt: cliënt heeft zichzelf verwond met glas, diepe snee in onderarm.
nl	danger	self_harm,gas	Ik wil u niet ongerust maken maar ik ben zo moe van alles. Ik heb het gas open gedraaid en ben erbij gaan zitten.
nl	danger	self_harm	Begeleider: cliënt stuurt afscheidsberichten naar familie en neemt telefoon niet op.
nl	danger	self_harm	Mevrouw Hendriks zegt steeds dat ze 'naar haar man toe wil' en staat bij het open raam op vier hoog.
nl	danger	self_harm	ik ben er klaar mee, het mes ligt naast me
nl	danger	self_harm	Het zal wel meevallen, maar mijn kleinzoon heeft op Instagram gezet dat vanavond zijn laatste avond is. Hij reageert niet op mijn belletjes.
nl	danger	self_harm	Goedemiddag. Ik ben de buurvrouw van nummer 12. Hij zei net aan de deur dat ik voor zijn kat moet zorgen omdat hij er morgen niet meer is.
nl	danger	self_harm	kzit in de auto met de motor aan in de dichte garage, het is beter zo
nl	danger	self_harm	Mijn vriend belt en zegt dat hij zich iets aandoet als ik niet kom, hij klinkt heel vreemd en huilt.
nl	danger	self_harm	Buurman slaat al een uur met zijn hoofd tegen de muur en schreeuwt dat hij dood wil.
nl	danger	self_harm	Ik zie het na vannacht niet meer voor me om nog verder te gaan. Ik heb alles al geregeld.
nl	danger	self_harm	de jongen van hiernaast krast zich met een scheermesje en lacht erbij, er zit overal bloed
en	danger	self_harm	Good evening. I'm sorry to write this here, but I can't carry on and I've got all my tablets lined up on the table.
en	danger	self_harm	Support worker: client states she intends to end her life tonight, has means at home. Staying on the phone with her.
en	danger	self_harm	My friend rang in tears saying she wanted to say goodbye properly before she goes.
en	danger	self_harm	I've cut myself again and it won't stop bleeding.
en	danger	self_harm	It's probably nothing, but the young man upstairs is sitting on the window ledge, legs dangling, saying nobody would miss him.
en	danger	self_harm	Caretaker: resident on the roof, threatening to jump.
en	danger	self_harm	I'm 86 and I've had quite enough. I shan't be here in the morning, and I wanted someone to know.
en	danger	self_harm	my son texted me 'sorry mum, this is the last time' and he won't answer his phone
en	danger	self_harm	Forgive me. My wife passed in March and tonight I intend to join her. Please don't worry about the flat.
en	danger	self_harm	Volunteer: participant left the group saying he's going to walk in front of a train.
en	danger	self_harm	A neighbour is sitting on the stairs holding a blade to her wrist and crying.
en	danger	self_harm	i don't want to wake up anymore, i'm doing it tonight
en	danger	self_harm	My sister phoned, her daughter has locked herself in the bathroom and is screaming she'll end it.
en	danger	self_harm	Good afternoon. The man next door asked me to look after his dog from tomorrow because he 'won't be around any more'. He gave me his keys and his watch.
en	danger	self_harm	I can see a rope hanging from the beam in the flat opposite and the chap is standing on a chair.
en	danger	self_harm	Colleague rang: client has deliberately burnt his arms with a lighter, wounds look bad.
en	danger	self_harm	Everyone would be better off without me. I'm on the bridge now.
en	danger	self_harm	I don't want to be a burden, but I've had enough of everything and I've written my letters. Tonight is the night.
en	danger	self_harm	He keeps banging his head against the wall, screaming that he wants to die.
nl	calm	-	Ik ga dood van het lachen om de nieuwsbrief van deze maand, wie heeft dat stukje over de duiven geschreven?
nl	calm	-	ik sterf van de honger, hoe laat begint de walking dinner
nl	calm	-	Dat buurtfeest van zaterdag was echt fire, dank aan de organisatie!
nl	calm	-	Goedemiddag, ik kook vandaag van binnen in mijn flat, zo warm. Kan er iets aan de zonwering gedaan worden?
nl	calm	-	Die nieuwe begeleider is echt de bom, zo aardig.
nl	calm	-	kga dood van die quiz gisteren haha
nl	calm	-	Ik schrok me dood toen de postbode ineens achter me stond, maar verder alles goed hoor.
nl	calm	-	Ik ben helemaal gebroken na die wandeling van twaalf kilometer, maar het was prachtig.
nl	calm	-	Ik verga van de kou in de gemeenschappelijke ruimte, kan de verwarming een standje hoger?
nl	calm	-	Die taart van mevrouw Lammers was moordend lekker.
nl	calm	-	wij lagen dubbel, ik ging echt dood bij die sketch op de filmavond
nl	calm	-	Ik heb me suf gepiekerd over die brief van de gemeente, kan iemand meekijken?
nl	calm	-	Mijn kleinzoon zegt dat mijn appeltaart 'fire' is. Ik neem aan dat dat een compliment is?
nl	calm	-	Ik kan die buurman wel schieten met zijn bladblazer om zeven uur 's ochtends, haha. Maar serieus, kan dat wat later?
nl	calm	-	Mijn telefoon is weer eens overleden, daarom reageer ik zo laat.
nl	calm	-	Het is hier om te stikken zo warm, de thermostaat reageert nergens op.
nl	calm	-	Die penalty van gisteren, ik ging bijna dood van de spanning.
nl	calm	-	Ik lig in een deuk om jullie bericht over de verdwenen tuinkabouter.
nl	calm	-	Ik ben kapot, vandaag drie keer de trap op met boodschappen omdat de lift het niet doet.
nl	calm	-	dat optreden bij de buurtbarbecue ging echt los, het dak ging eraf
nl	calm	-	Mijn hoofd ontploft van al die formulieren, wie kan helpen met de toeslagen?
nl	calm	-	De koffie in de buurtkamer is om van te sterven, zo lekker sinds het nieuwe apparaat.
nl	calm	-	Mijn buurvrouw schreef op de koektrommel: 'wie hieraan zit, maak ik af'. Ze bakt heerlijk.
nl	calm	-	Ik brand van nieuwsgierigheid, wie wint de tafeltennisbokaal dit jaar?
nl	calm	-	je bent echt een killer met die darts, gefeliciteerd met de winst
nl	calm	-	Ik had me bijna doodgeschaamd toen ik de verkeerde naam noemde bij de koffieochtend.
nl	calm	-	Mijn plantjes gaan dood van de droogte, mag ik de slang van de gemeenschappelijke tuin lenen?
nl	calm	-	Dit weer is echt om je op te hangen, al een week regen. Zin in de zomer!
nl	calm	-	Die quizvraag over de Domtoren was echt een moordvraag.
nl	calm	-	Ik viel bijna van mijn stoel van de prijs van die nieuwe fiets, maar goed.
nl	calm	-	lol ik ben dood, heb je die foto van de bingoavond gezien
nl	calm	-	De vergadering duurde zo lang, ik dacht dat ik ter plekke zou overlijden van verveling.
nl	calm	-	Mijn maag rammelt zo hard dat de buren het vast horen.
nl	calm	-	Meneer Verhoef heeft op de karaoke de zaal platgebrand met zijn Elvis.
nl	calm	-	Dat was een bloedstollende finale gisteren, wie heeft er gekeken?
en	calm	-	I'm dying of laughter at the photos from the quiz night, thank you for sharing.
en	calm	-	Good afternoon. I'm absolutely starving, could you tell me what time the walking dinner begins?
en	calm	-	That party on Saturday was fire, honestly best night in ages
en	calm	-	My legs are killing me after the litter-picking walk, but it was jolly good fun.
en	calm	-	I nearly died of embarrassment when I called the new caretaker by the wrong name.
en	calm	-	I could murder a cup of tea after that meeting.
en	calm	-	My phone has died again, so apologies if I miss your messages.
en	calm	-	If he plays that trumpet at seven in the morning once more I'll strangle him, ha ha. Could someone have a kindly word?
en	calm	-	The brass band absolutely killed it at the summer fete.
en	calm	-	I'm freezing to death in the community room, is the heating on?
en	calm	-	that quiz question about the canals was a real killer
en	calm	-	My grandson says my scones are 'lit'. I gather that's a good thing.
en	calm	-	I was bored to death at the AGM, I'm afraid, but the biscuits were lovely.
en	calm	-	It's a bloodbath in the allotment, the slugs have eaten every lettuce.
en	calm	-	The fellow who won the darts is a proper assassin with the arrows.
en	calm	-	I've been racking my brains over this council letter, it's doing my head in.
en	calm	-	The heat in my flat is unbearable, I'm melting. Is anything to be done about the radiators that won't turn off?
en	calm	-	The new coffee machine is to die for.
en	calm	-	laughed so hard i nearly wet myself at film night
en	calm	-	I'm dead on my feet, off to bed. Goodnight all.
en	calm	-	That final was nail-biting, my heart nearly stopped in extra time.
en	calm	-	My tomatoes are on fire this year, best crop I've ever had.
nl	calm	-	Goedemiddag. Vorig jaar heeft er een brandje gewoed in de schuurtjes van het andere blok. Is daar ooit iets gedaan aan de verlichting?
nl	calm	-	Toen ik in 2019 van de trap viel, heeft mijn buurvrouw mij zo goed geholpen. Ik wil haar graag opgeven voor de vrijwilligersprijs.
nl	calm	-	Ter info: de inbraak in de fietsenkelder van vorige maand is afgehandeld, het slot is vervangen. Huismeester.
nl	calm	-	Mijn man is drie jaar geleden in zijn stoel overleden. Ik vertel het even omdat ik graag bij de rouwgroep wil.
nl	calm	-	Vroeger in de Jordaan hadden we een keer een gaslek, de hele straat moest eruit. Zo'n gedoe was dat.
nl	calm	-	Gisteren was er die ruzie bij de bushalte, maar het is met een handdruk afgelopen. Gewoon even laten weten.
nl	calm	-	Mijn buurman heeft vorige week een overdosis gehad maar hij is weer thuis en het gaat goed met hem. Kan iemand eens langs voor de gezelligheid?
nl	calm	-	De brandweer is afgelopen zomer hier geweest voor die brand op het balkon, weet iemand of het balkonhek al gerepareerd wordt?
nl	calm	-	Het is alweer jaren geleden dat ik met pillen in het ziekenhuis lag. Nu gaat het goed, ik wil graag vrijwilliger worden.
nl	calm	-	Begeleider: incident van dinsdag (woordenwisseling nr 6 en 8) is besproken, partijen hebben afspraken gemaakt.
nl	calm	-	Mijn oma vertelde vroeger altijd over de bombardementen. Leuk idee voor een verhalenavond?
nl	calm	-	Vorige winter gleed ik uit bij de ingang, gelukkig niks gebroken. Wordt er dit jaar wel gestrooid?
nl	calm	-	Ik ben vorige maand beroofd in de stad, maar het gaat nu weer. Ik wil graag meedoen aan de weerbaarheidstraining.
nl	calm	-	In mijn vorige woning is een keer ingebroken, daarom vraag ik: mag ik een extra slot op mijn deur zetten?
nl	calm	-	Dat de politie gisteren bij nummer 30 was, ging over een vergeten sleutel, niks ergs. Zei de wijkagent.
nl	calm	-	Mijn broer heeft vroeger vaak gezegd dat hij dood wilde, maar nu is hij twee jaar clean en gelukkig. Ik ben trots.
nl	calm	-	Vrijwilliger: verslag koffieochtend, iemand viel bijna van een stoel maar niks aan de hand, goede opkomst.
nl	calm	-	Afgelopen nacht ging het brandalarm af door aangebrand toast bij de buren. Alles was snel opgelost, maar het was wel schrikken.
nl	calm	-	Toen ik dakloos was, heb ik een keer een vechtpartij meegemaakt in de opvang. Nu woon ik hier fijn.
nl	calm	-	Het was eng, die storm van vorige week, maar er is niemand gewond geraakt.
en	calm	-	Good morning. There was a small fire in the bin store last autumn; has the new lighting ever been fitted there?
en	calm	-	When I fell in the garden two years ago my neighbour was marvellous. I'd like to nominate her for the volunteer award.
en	calm	-	Caretaker update: last month's break-in at the storage units has been dealt with, new locks fitted.
en	calm	-	Years ago in Leeds we had a gas leak on our road and the whole street was evacuated. Quite the adventure.
en	calm	-	The police car outside yesterday was only about a lost key, apparently. Nothing to worry about.
en	calm	-	My husband died in his sleep three years ago; I'd like to join the bereavement coffee group, if there is one.
en	calm	-	I was mugged in town last spring, all fine now, but I'd love to do the self-defence course.
en	calm	-	Support worker: the argument between flats 2 and 4 on Tuesday has been talked through, both agreed to mediation.
en	calm	-	I overdosed once, years back. I'm five years clean now and would like to volunteer as a peer supporter.
en	calm	-	The smoke alarm went off last night because of burnt toast next door, all sorted within minutes.
en	calm	-	During the war my mother hid in a cellar for days; might that make a talk for the history afternoon?
en	calm	-	A chap had a nasty fall outside the shop last week, he's fine now. Could the paving be fixed?
nl	calm	-	Goedendag, mag ik u iets vragen. Wat moet ik doen als ik ooit gas ruik in het trappenhuis? Ik wil het graag weten voordat het gebeurt.
nl	calm	-	stel dat mijn buurman ooit bewusteloos op de grond ligt, moet ik dan eerst 112 of eerst de begeleider bellen?
nl	calm	-	Waar hangt eigenlijk de brandblusser op onze verdieping? Gewoon voor de zekerheid.
nl	calm	-	Wat is het nummer van de wijkagent? Niet voor nu, maar ik wil het opschrijven.
nl	calm	-	Is er een cursus reanimeren in de buurt? Ik zou het graag kunnen als er ooit iets gebeurt.
nl	calm	-	Als er 's nachts brand uitbreekt, via welke trap moeten we dan naar buiten? De lift mag dan toch niet?
nl	calm	-	Hoe herken je eigenlijk een overdosis? Ik vraag het omdat ik de cursus Mental Health First Aid wil doen.
nl	calm	-	Wat moet ik doen als ik ooit een inbreker hoor? Ik woon alleen en denk er soms aan.
nl	calm	-	Is het verstandig een rookmelder in de slaapkamer te hangen of alleen in de gang?
nl	calm	-	Stel dat iemand zegt dat hij niet meer wil leven, wat zeg je dan het beste? Ik wil het goed doen als het ooit gebeurt.
nl	calm	-	Mijn moeder van 90 valt weleens. Bestaat er een alarmknop die ze om haar nek kan dragen?
nl	calm	-	Begeleider: graag de noodnummers op de buurtkaart controleren, het nummer van de storingsdienst gas klopt niet meer.
nl	calm	-	Hoe vaak moeten de brandblussers eigenlijk gekeurd worden? Die in de hal is van 2015.
nl	calm	-	als er ooit ruzie is bij de buren met klappen, bel ik dan jullie of de politie?
nl	calm	-	Waar zit de hoofdkraan van het gas in onze flat? Mijn zoon wil het weten voor als er ooit iets is.
nl	calm	-	Goedemiddag. Ik ben wat vergeetachtig. Gaat een gasfornuis vanzelf uit als je het vergeet, of moet ik een beveiliging laten plaatsen?
nl	calm	-	Wat doe je als iemand een epileptische aanval krijgt? Ik heb een nieuwe buurman met epilepsie en wil voorbereid zijn.
nl	calm	-	Wordt er dit jaar nog een brandoefening gehouden?
nl	calm	-	Mag ik vragen of er een AED in ons gebouw hangt, en zo ja waar?
nl	calm	-	kan ik ergens een blusdeken halen voor in de keuken? voor de zekerheid
nl	calm	-	Als mijn buurvrouw ooit niet opendoet, mag de huismeester dan met de reservesleutel naar binnen?
nl	calm	-	Wat zijn de regels als je ziet dat iemand wordt lastiggevallen op straat? Moet ik dan ingrijpen?
en	calm	-	Good morning. Might I ask what one should do if one ever smells gas in the corridor? I'd like to be prepared.
en	calm	-	Where is the nearest defibrillator? Just want to know in case.
en	calm	-	what's the community officer's number, not urgent, just want it saved
en	calm	-	If there were ever a fire at night, which staircase are we meant to use?
en	calm	-	Is there a first aid course nearby? I'd like to know CPR should anything ever happen.
en	calm	-	How does one recognise an overdose? Asking because I've signed up for the Mental Health First Aid course.
en	calm	-	If someone ever told me they wanted to end their life, what's the right thing to say? I'd hate to get it wrong.
en	calm	-	Should I have a smoke alarm in the bedroom as well as the hall?
en	calm	-	My mother is 92 and occasionally falls. Is there a personal alarm she could wear?
en	calm	-	If I ever hear a burglar, should I ring you or the police first?
en	calm	-	Could you tell me where the gas shut-off valve is in our building, for future reference?
en	calm	-	Is there a fire drill planned this year?
en	calm	-	What ought I to do if my neighbour doesn't answer for a few days? Is there a spare key arrangement?
en	calm	-	Where can I get a fire blanket for the kitchen? Just to be on the safe side.
nl	calm	-	Goedemorgen. Neemt u mij niet kwalijk, maar de rookmelder in mijn gang piept al drie dagen om de minuut. Ik denk dat de batterij leeg is, maar ik kan niet op een trapje.
nl	calm	-	de lamp in het trappenhuis brandt niet, al een week donker
nl	calm	-	Huismeester: brandblusser 2e etage verlopen, wordt volgende week vervangen.
nl	calm	-	Mijn cv-ketel geeft een foutcode en slaat steeds af. Geen warm water. Geen gaslucht hoor, gewoon kapot.
nl	calm	-	Het brandalarm in de hal ging vanochtend zomaar af, er was niks aan de hand. Kan iemand dat laten nakijken?
nl	calm	-	Goedenavond. De gasmeter in mijn meterkast tikt heel hard, is dat normaal? Ik ruik niks.
nl	calm	-	de lampen in de fietsenkelder branden niet meer, je ziet niks als je je fiets pakt
nl	calm	-	Mijn rookmelder hangt half los van het plafond. Niet gevaarlijk denk ik, maar graag even vastzetten.
nl	calm	-	Vrijwilliger: in de buurtkamer ontbreekt de brandblusser bij de keuken, graag een nieuwe.
nl	calm	-	Excuus voor het storen, de geiser in mijn badkamer gaat niet meer aan, het waakvlammetje brandt niet.
nl	calm	-	De noodverlichting boven de branddeur brandt niet. Voor als er ooit iets is, lijkt me handig.
nl	calm	-	De branddeur op de 3e valt niet meer vanzelf dicht, hij blijft open hangen.
nl	calm	-	Mijn koolmonoxidemelder geeft om de zoveel tijd een piepje, op het schermpje staat 'end of life'. Graag een nieuwe.
nl	calm	-	het lampje bij de voordeur brandt niet, s avonds kan ik mijn sleutelgat niet vinden
nl	calm	-	De ketel maakt een tikkend geluid als hij opwarmt, verder werkt alles. Kan de monteur eens kijken?
nl	calm	-	Begeleider: bij cliënt nr 19 werkt de rookmelder niet (getest), graag vervangen.
nl	calm	-	Goedemiddag, de afzuigkap in mijn keuken zuigt niet meer, waardoor het na het koken blijft ruiken naar uien.
nl	calm	-	De verwarming in de gemeenschappelijke ruimte blijft koud, de ketel staat op storing.
nl	calm	-	De intercom piept heel hard als iemand aanbelt, het klinkt bijna als een brandalarm. Kan dat zachter?
nl	calm	-	ons gasfornuis wil niet ontsteken, de pitten klikken alleen. geen gaslucht, gewoon kapot denk ik
nl	calm	-	De slangenhaspel van de brandkraan in de gang lekt water.
nl	calm	-	In het trappenhuis zit nog een schroeiplek op de muur van de brand van vorig jaar, kan dat geschilderd worden?
nl	calm	-	Mijn oven wordt niet meer warm, het lampje brandt wel.
nl	calm	-	Het rookluik in het trappenhuis staat open en het tocht enorm.
nl	calm	-	De lift staat weer stil op de 4e, er zit niemand in hoor, hij doet het gewoon niet.
nl	calm	-	de melder in mn keuken gaat af elke keer als ik kook, kan die ergens anders hangen?
nl	calm	-	Huismeester: jaarlijkse controle gasleidingen blok A donderdag 9-12 uur, graag thuis zijn.
nl	calm	-	Mijn thermostaat staat op 20 maar het wordt niet warmer dan 16. Ik ben 82 en heb het koud.
nl	calm	-	Goedenavond, bij de kelder brandt het licht de hele nacht door. Zonde van de stroom.
nl	calm	-	De rookmelder van de buurvrouw piept al dagen, zij is op vakantie. Niks ernstigs, maar het gaat door merg en been.
en	calm	-	Hello there. Forgive me for pestering, but the smoke alarm in my hallway has been chirping every minute since Friday. I believe the battery needs replacing, but I can't manage the ladder.
en	calm	-	The light on the stairwell isn't working, it's been dark for a week.
en	calm	-	Caretaker: fire extinguisher on floor 2 out of date, replacement ordered.
en	calm	-	My boiler keeps cutting out and showing an error code. No smell or anything, just not working.
en	calm	-	The fire alarm went off this morning for no reason at all. Could someone have it checked?
en	calm	-	The gas meter is making a ticking sound, is that normal? There's no smell.
en	calm	-	The emergency exit sign above the fire door has gone out.
en	calm	-	My carbon monoxide detector says 'end of life', could I have a new one please?
en	calm	-	the fire door on the third floor won't close by itself anymore
en	calm	-	Support worker: tested the smoke detector in flat 19, not working, please replace.
en	calm	-	The pilot light on my water heater won't stay lit. Not urgent, but cold showers are no fun at 77.
en	calm	-	Good evening. The extractor hood in my kitchen has packed in, so the flat smells of fish for hours after cooking.
en	calm	-	The smoke alarm goes off every time I make toast. Could it be moved a little further from the kitchen?
en	calm	-	The hob won't ignite, it just clicks. No gas smell, I checked.
en	calm	-	The lift is stuck on the fourth floor again, nobody inside, just broken.
en	calm	-	Volunteer: the community room has no fire blanket, could one be ordered?
en	calm	-	There's still a scorch mark on the stairwell wall from last year's fire, could it be painted over?
en	calm	-	The radiator in my bedroom is stone cold and the boiler pressure keeps dropping.
en	calm	-	The lights in the car park are off all evening, it feels quite unsafe walking back.
en	calm	-	Caretaker notice: annual gas safety checks block B on Thursday morning, please be home.
nl	calm	-	Goedemiddag, ik ben vanochtend gevallen in de gang, maar maakt u zich geen zorgen, ik ben zelf opgestaan en heb nergens last van. Wel een losse mat, die moet weg.
nl	calm	-	ik viel net van de trap haha, alleen mn trots is gekwetst
nl	calm	-	Mijn buurvrouw is gestruikeld bij de brievenbussen, maar ze stond meteen weer en lachte erom. Misschien die tegel eens rechtleggen?
nl	calm	-	Huismeester: bewoner gevallen op natte vloer hal, geen letsel, vloer droog gemaakt, bord geplaatst.
nl	calm	-	Ik ben uit bed gerold vannacht, beetje geschrokken, maar alles doet het nog. Kan er een bedhekje komen?
nl	calm	-	Mijn kleinzoon viel van zijn step op het plein, knie geschaafd, pleister erop en hij speelt alweer.
nl	calm	-	Vrijwilliger: tijdens de wandeling viel een deelnemer in het gras, niks aan de hand, gewoon doorgelopen.
nl	calm	-	Ik gleed uit in de douche maar kon me nog vastgrijpen. Graag een beugel, want ik ben 86.
nl	calm	-	De rollator van mevrouw Peters kiepte om op de drempel, zij is niet gevallen. Die drempel is wel erg hoog.
nl	calm	-	was net van mn fiets gevallen voor de deur, beetje blauwe plek, niks ergs
nl	calm	-	Mijn moeder belde: ze was op de bank in slaap gevallen en had daardoor de telefoon niet gehoord. Alles goed.
nl	calm	-	Mijn man is vannacht uit bed gevallen, we hebben hem samen overeind geholpen en hij heeft nergens pijn. Moeten we iets regelen?
nl	calm	-	Bij het tafeltennissen viel ik over mijn eigen voeten, iedereen lag dubbel, ikzelf ook.
nl	calm	-	Het bord in de hal is omgevallen en ligt dwars over de gang. Kan iemand het rechtzetten?
en	calm	-	I took a little tumble in the hallway this morning, but do not worry, I got up on my own and I'm perfectly fine. The rug is loose though.
en	calm	-	fell over at table tennis lol, only my pride is hurt
en	calm	-	Caretaker: resident slipped on wet entrance floor, no injury, warning sign placed.
en	calm	-	My neighbour tripped by the letterboxes but was up straight away, laughing. Perhaps that loose tile could be fixed?
en	calm	-	I slipped in the shower but caught the rail just in time. Could another grab rail be fitted?
en	calm	-	My grandson fell off his scooter in the square, grazed knee, plaster on and he's off again.
en	calm	-	I fell asleep on the sofa and missed the bingo, how annoying.
en	calm	-	My husband rolled out of bed last night; we got him up together and he's not hurt. Is there a bed rail we could borrow?
en	calm	-	Volunteer: one walker sat down hard on the grass during the walk, no harm done, carried on.
nl	calm	-	Goedenavond. Ik wil niemand lastigvallen, maar ik voel me de laatste tijd erg eenzaam. Zou er iemand een keer koffie met mij willen drinken?
nl	calm	-	het gaat niet zo lekker met me deze week, kan mijn begeleider me ff bellen?
nl	calm	-	Sinds mijn vrouw is overleden zijn de avonden lang. Ik zoek iets om te doen, misschien de filmavond?
nl	calm	-	Ik zit een beetje in de put door de schulden. Niet gevaarlijk hoor, maar ik weet niet waar ik moet beginnen.
nl	calm	-	ik ben zo moe van alles, ik wil gewoon een keer een dag niks aan mn hoofd. is er een uitje binnenkort?
nl	calm	-	Ik heb geen zin meer in dat gedoe met de woningcorporatie, ze reageren nooit. Kan iemand mij helpen?
nl	calm	-	Mijn buurman zei dat hij het even niet meer ziet zitten met zijn werk, daar gaat hij met zijn baas over praten. Misschien kunnen wij samen gaan vissen om hem op te vrolijken?
nl	calm	-	Ik ben somber door het weer, maar het gaat wel. Is er deze week iets leuks te doen?
nl	calm	-	Soms huil ik gewoon van eenzaamheid. Ik wil graag een maatje, als dat kan.
nl	calm	-	kben echt done met die lift, elke week kapot
nl	calm	-	Vrijwilliger: mevrouw Kaptein gaf aan dat ze zich alleen voelt, geen acute zorgen. Graag contact begeleider deze week.
nl	calm	-	Mijn zoon voelt zich down na zijn ontslag. Hij is veilig, maar kan hij eens praten met iemand van de buurtkamer?
nl	calm	-	Ik slaap slecht en pieker veel. Is er een praatgroep of zoiets?
nl	calm	-	Het leven is soms zwaar op mijn leeftijd, maar de koffieochtend houdt me op de been. Dank jullie.
nl	calm	-	Ik zit er even doorheen, maar niks ergs. Kan ik volgende week een afspraak maken?
nl	calm	-	Begeleider: cliënt somber maar stabiel, geen suïcidale gedachten, vervolgafspraak donderdag.
nl	calm	-	ik heb het gevoel dat niemand me ziet in deze flat, zijn er activiteiten waar ik mensen kan leren kennen
nl	calm	-	Mijn moeder van 95 zegt weleens 'het hoeft van mij niet meer zo lang', maar ze bedoelt dat ze tevreden is. Ze wil graag naar de verhalenmiddag.
nl	calm	-	Ik mis mijn hond zo sinds hij is ingeslapen. Is er iemand met een hond die ik af en toe mag uitlaten?
en	calm	-	Good evening. I don't wish to be a bother, but I've been feeling rather lonely lately. Would anyone care for a cup of tea one afternoon?
en	calm	-	feeling a bit low this week, could my support worker give me a ring
en	calm	-	Since my wife passed the evenings are long. Is the film night still on Fridays?
en	calm	-	I'm fed up to the back teeth with the post never arriving, who do I speak to?
en	calm	-	I'm a bit down about my debts, nothing dramatic, I just don't know where to start.
en	calm	-	Support worker: client low in mood but stable, no risk indicators, follow-up Thursday.
en	calm	-	I've been sleeping badly and worrying a lot. Is there a group I could join?
en	calm	-	I cry sometimes from loneliness, if I'm honest. Is there a befriending scheme?
en	calm	-	Volunteer: Mrs Ruiter mentioned feeling isolated, no immediate concerns, could someone pop round this week?
en	calm	-	I'm done with this council form, it makes no sense. Can someone help me fill it in?
en	calm	-	Getting old is no fun, but the coffee mornings keep me going. Thank you all.
en	calm	-	My son's been feeling down since losing his job. He's safe, but would like to chat to someone.
en	calm	-	I miss my cat terribly since she was put to sleep. Is anyone looking for help walking a dog?
nl	calm	-	Wat een film gisteren op de filmavond, die brand in het laatste half uur, ik zat op het puntje van mijn stoel.
nl	calm	-	in dat spel heb ik net de hele stad in brand gestoken lol, level 40
nl	calm	-	Ik heb gisteren het eten laten aanbranden, de hele flat rook naar gebakken uien. Excuses aan de buren!
nl	calm	-	Het recept voor de flambé bij de walking dinner: scheutje rum erbij en aansteken. Wie doet mee?
nl	calm	-	Goedemiddag. Heeft iemand het nieuws gezien over die gasexplosie in Den Haag? Vreselijk. Is onze flat wel goed gekeurd?
nl	calm	-	Bij het darten vanavond ga ik iedereen afmaken, let maar op
nl	calm	-	Ajax werd gisteren afgeslacht, 4-0. Wie kijkt zondag mee in de buurtkamer?
nl	calm	-	De moordenaar in die serie was de tuinman, ik had het meteen door.
nl	calm	-	mn broer kwam net binnen met een hele zak vuurwerk voor oud en nieuw, mag dat eigenlijk wel in de berging?
nl	calm	-	Ik heb een kookboek met 'explosief lekkere' curry's, iemand zin om samen te koken?
nl	calm	-	We kijken vrijdag 'The Towering Inferno' op de filmavond. Oude film over een brand in een wolkenkrabber, een aanrader!
nl	calm	-	Het schaakclubje zoekt nog iemand die mij eens goed wil inmaken, ik win te vaak.
nl	calm	-	In mijn detectiveboek is net de tweede moord gepleegd, ik kan niet stoppen met lezen.
nl	calm	-	Die boksles in het buurthuis is zwaar, ik heb nu spierpijn overal. Wel leuk!
nl	calm	-	Wij steken de barbecue om 17 uur aan op het grasveld, iedereen welkom.
nl	calm	-	ik ben mn hele squad kwijt in fortnite, iedereen dood, nog een potje?
nl	calm	-	Heeft u het gehoord van de overval op de juwelier in het centrum? Op het nieuws. Wat een tijd.
nl	calm	-	De gehaktballen van het kookcafé waren verbrand aan de buitenkant maar heerlijk van binnen.
nl	calm	-	Begeleider: filmavond 'Into the Wild' ging goed, mooi gesprek na afloop.
nl	calm	-	Mijn kleinzoon speelt een spelletje waarin je banken overvalt. Dat mag tegenwoordig allemaal!
nl	calm	-	Bij het kampvuur van de scouting hier achter waren de vlammen een meter hoog, prachtig. Alle kinderen eromheen met marshmallows.
nl	calm	-	Morgen rookworst bij de snert! Zin in.
en	calm	-	What a film at film night, the fire scene near the end had me on the edge of my seat.
en	calm	-	just burned down the whole village in my game, best level yet
en	calm	-	Good afternoon. I rather overdid the bacon this morning and the flat smelt of it all day. Apologies to the neighbours.
en	calm	-	Did anyone see the news about the gas explosion in Rotterdam? Dreadful. Have our boilers been checked recently?
en	calm	-	I'm going to destroy you all at darts tonight, be warned
en	calm	-	Ajax got slaughtered yesterday. Anyone watching the match on Sunday in the community room?
en	calm	-	The murderer was the vicar all along. Marvellous book, happy to lend it to anyone.
en	calm	-	We're lighting the barbecue at five on the green, everyone welcome, bring a plate.
en	calm	-	Volunteer: cooking club flambéed bananas today, nobody lost an eyebrow, great fun.
en	calm	-	Boxing class at the community centre was brutal, I ache everywhere. Highly recommend.
en	calm	-	We're showing 'The Towering Inferno' on Friday. An old disaster film, rather good.
en	calm	-	My grandson's game involves robbing banks, apparently. Times have changed.
en	calm	-	Did you hear about the robbery at the jeweller's in town? It was on the local news.
en	calm	-	Bonfire at the scout hut tonight, flames a metre high and children toasting marshmallows. Lovely.
en	calm	-	The chilli at the walking dinner was so hot I thought my mouth was on fire.
en	calm	-	lost my whole squad in the game, everyone dead, rematch?
nl	calm	-	Haha mijn kleinzoon belde aan en rende weg, belletje trekken bestaat nog. Geen zorgen.
nl	calm	-	Iemand heeft een plastic spin in de lift gelegd, ik schrok me rot. Was vast een grap.
nl	calm	-	De jongens van 5 hebben met Halloween nepbloed op de deur gesmeerd, het is al schoongemaakt.
nl	calm	-	Mijn buurman riep op 1 april 'brand!' door de gang om zijn vrouw te plagen. Flauw hoor, maar iedereen lachte.
nl	calm	-	Er staat een pop in het portiek met een bordje 'niet storen, ik ben dood'. Halloweenversiering van nummer 3 denk ik. Mag dat blijven staan?
nl	calm	-	Vrijwilliger: kinderen hebben bij de speurtocht een 'lijk' van kussens gemaakt in de buurtkamer. Heel creatief.
nl	calm	-	Iemand heeft stinkbommetjes in het trappenhuis gegooid, het ruikt naar rotte eieren maar het komt echt van die dingen, de glazen buisjes liggen er nog.
nl	calm	-	mn neefje zit me te bellen met een nepstem dat hij een inbreker is haha
en	calm	-	Ha, some children rang the bell and ran off. Knock-down ginger is alive and well. No harm done.
en	calm	-	Someone put a rubber snake in the lift, gave me quite a turn. A prank, I expect.
en	calm	-	The lads at number 5 painted fake blood on their door for Halloween; it's all washed off now.
en	calm	-	There's a dummy slumped on a bench by the entrance with a sign saying 'waiting for the lift since 2019'. Very funny, but could it be moved?
en	calm	-	My nephew keeps ringing in a silly voice pretending to be a burglar. Harmless fun.
nl	calm	-	Goedenavond. Ik wil niet klikken, maar de buren van 14 hebben al een uur ruzie, veel geschreeuw over geld. Geen geweld voor zover ik hoor, maar het is laat.
nl	calm	-	ze schreeuwen weer bij nummer 6, gewoon ruzie over de afwas denk ik, maar wel elke avond
nl	calm	-	Mijn buurman en ik kregen woorden over de parkeerplek. Ik wil het graag netjes oplossen, kan er bemiddeling komen?
nl	calm	-	Huismeester: woordenwisseling tussen twee bewoners in de hal over de fietsen, opgelost, geen verdere actie.
nl	calm	-	Twee mannen stonden bij de bushalte te schelden, maar ze zijn ieder hun weg gegaan.
nl	calm	-	Mijn zoon en ik hadden een flinke ruzie aan de telefoon. Het zit me niet lekker, kan ik daar met iemand over praten?
nl	calm	-	Begeleider: spanning tussen nr 3 en nr 7 over geluid, gesprek gepland, geen dreiging.
nl	calm	-	De mevrouw van boven bonkte op de vloer omdat mijn tv te hard stond, terecht eigenlijk.
nl	calm	-	Ik hoor de buren altijd ruziën over wie de vuilniszak buiten zet, het is bijna een hoorspel.
nl	calm	-	kreeg ruzie met mn vriendin, ze is naar haar moeder, niks ergs, wel balen
nl	calm	-	Er werd flink gescholden op de vergadering van de woonvereniging, kan het volgende keer wat rustiger?
nl	calm	-	Mijn buurvrouw is boos op me omdat mijn kat in haar tuin poept. Ze zei dat ze me nooit meer groet. Wat moet ik doen?
nl	calm	-	Deuren die dichtgesmeten worden bij nummer 11, elke nacht. Niemand wordt iets aangedaan, maar ik slaap slecht.
nl	calm	-	De jongeren op het bankje zeggen brutale dingen als ik langsloop, het is niet dreigend maar wel vervelend.
en	calm	-	Good evening. I don't like to tell tales, but the couple at 14 have been arguing loudly for an hour about money. No violence that I can hear, but it's late.
en	calm	-	the neighbours are shouting again, just arguing about the washing up I think
en	calm	-	My neighbour and I had words about the parking space. I'd like it sorted amicably; is mediation an option?
en	calm	-	Caretaker: heated exchange in the lobby about bikes, resolved, no further action.
en	calm	-	Support worker: tension between flats 3 and 7 about noise, meeting planned, no threat involved.
en	calm	-	The lady upstairs banged on the floor because my telly was too loud. Fair enough, really.
en	calm	-	Had a row with my daughter on the phone. Nobody's hurt, I'm just upset. Could I talk it over with someone?
en	calm	-	The youngsters on the bench make cheeky remarks when I pass. Not threatening, just tiresome.
en	calm	-	Doors slamming at number 11 every night. Nobody's getting hurt, but I'm not sleeping.
nl	calm	-	Als die duif nog één keer op mijn balkon poept, schiet ik hem af met mijn waterpistool. Kan er een net komen?
nl	calm	-	ik vermoord mn broer als hij weer mn oplader jat haha
nl	calm	-	Mijn vrouw zegt dat ze me de nek omdraait als ik weer vergeet ons aan te melden voor de walking dinner. Dus bij deze: twee personen graag!
nl	calm	-	Als de lift morgen nog kapot is, ga ik iemand wurgen, grapje natuurlijk. Maar wanneer komt de monteur?
nl	calm	-	Ik kan de gemeente wel wurgen met die formulieren. Wie helpt mij?
nl	calm	-	Die scheidsrechter moet je toch de kop inslaan, wat een beslissing. Wie kijkt er volgende week mee?
nl	calm	-	Ik maak je af bij het sjoelen, buurman! Zaterdag 14 uur.
nl	calm	-	Mijn oma dreigt ons allemaal te onterven als we niet naar haar verjaardag komen, haha.
nl	calm	-	Als iemand mijn parkeerplek nog één keer inneemt, sleep ik zijn auto persoonlijk weg. Kan er een bordje komen?
nl	calm	-	Die kat van hiernaast, ik draai hem nog eens de nek om, hij graaft al mijn bloembollen op. Niet echt natuurlijk. Tips?
en	calm	-	If that pigeon nests on my balcony one more time I'll wring its neck. Could netting be put up, please?
en	calm	-	I'll kill my brother if he nicks my charger again lol
en	calm	-	My wife says she'll murder me if I forget to sign us up for the walking dinner again. So: two places, please!
en	calm	-	I could strangle whoever keeps leaving the bin room door open. Could a sign be put up?
en	calm	-	That referee wants shooting, honestly. Anyone watching the next match with me?
en	calm	-	I'm going to annihilate you at bingo on Thursday, Mrs Hartman. Be warned.
en	calm	-	If the lift isn't fixed by Monday I shall scream. When is the engineer due?
nl	calm	-	Goedenavond. Ik wil niet zeuren, maar bij de buren van 9 ruikt het al dagen naar wiet. Het komt via de ventilatie mijn slaapkamer in.
nl	calm	-	er stinkt iets in de vuilniscontainer, volgens mij een dode rat
nl	calm	-	Het ruikt in de hal naar gebakken vis, elke vrijdag. Kan de ventilatie beter?
nl	calm	-	Het zal wel niks zijn, maar er hangt een zurige lucht bij de kelder, net als schimmel. Geen gaslucht hoor, meer muf.
nl	calm	-	Mijn buurman boort elke zondag om acht uur. Kan er een burenbericht gestuurd worden?
nl	calm	-	Huismeester: klachten over rioollucht in blok C, ontstoppingsdienst ingeschakeld.
nl	calm	-	Bij nummer 22 ruikt het heel sterk naar parfum, mijn ogen tranen als ik langs de deur loop. Niet gevaarlijk denk ik, maar wel heftig.
nl	calm	-	De buren hebben een nieuwe hond die de hele dag blaft als ze weg zijn.
nl	calm	-	Er klinkt 's nachts gebonk uit de woning boven mij, ik denk dat hij traint met gewichten. Kan dat overdag?
nl	calm	-	het stinkt in de lift naar pis, al dagen
nl	calm	-	De bovenburen hebben een feestje met harde bas tot drie uur 's nachts. Geen ruzie of zo, gewoon herrie.
nl	calm	-	Het ruikt hier elke ochtend een beetje verbrand, maar dat is de houtoven van de pizzeria beneden. Gewoon ter info.
nl	calm	-	Iemand in het blok rookt sigaretten in het trappenhuis, het ruikt de hele dag naar rook. Mag dat eigenlijk?
nl	calm	-	Mijn buurman stookt zijn open haard en de rook waait mijn balkon op, mijn was ruikt ernaar. Is daar een regel voor?
nl	calm	-	Er zoemt iets in de muur van mijn slaapkamer, dag en nacht. Zou dat de lift zijn?
nl	calm	-	Vrijwilliger: klachten over hondenpoep op het grasveld bij de speeltuin, graag bordjes.
en	calm	-	Good evening. I hate to complain, but there's been a strong smell of cannabis from number 9 for days, coming through my bedroom vent.
en	calm	-	something's died in the bin store, the smell is awful
en	calm	-	The hallway smells of fried fish every Friday; could the ventilation be improved?
en	calm	-	There's a musty smell in the cellar, like damp. Not gas, the caretaker checked.
en	calm	-	My neighbour drills every Sunday at 8am. Could a friendly note be sent?
en	calm	-	Someone keeps smoking cigarettes in the stairwell and it reeks of smoke all day. Is that allowed?
en	calm	-	The chap next door has his wood burner going and the smoke blows straight onto my washing. Is there a rule about it?
en	calm	-	The dog upstairs barks all day when they're out.
en	calm	-	There's a bass thumping from the flat above until 3am. No trouble, just noise.
en	calm	-	The lift smells dreadful, someone has clearly been using it as a toilet.
en	calm	-	Every morning there's a whiff of burning from the pizza place's wood oven downstairs. Just so you know, it's normal.
nl	calm	-	Goedemorgen, mijn buurvrouw belde me net: ze is haar sleutel kwijt en staat buiten. Kan de huismeester haar binnenlaten? Ze is verder in orde.
nl	calm	-	Mijn dochter belde dat ze de kaarsjes voor de kerstmarkt heeft, wie helpt zaterdag met aansteken?
nl	calm	-	De brandweer komt op de open dag langs met de grote ladderwagen, leuk voor de kinderen!
nl	calm	-	Huismeester: donderdag test van het brandalarm tussen 10 en 11, niet schrikken.
nl	calm	-	Ik wil mij graag aanmelden voor de EHBO-cursus, ik ben 71 maar nog heel kwiek.
nl	calm	-	Vrijwilliger: bij de wandeling hebben we een dode vogel gevonden, de kinderen hebben hem begraven.
nl	calm	-	Mijn buurman lag net te slapen in de zon op het bankje, ik schrok even maar hij zwaaide naar me. Wat is het lekker weer!
nl	calm	-	Mijn man reageert nooit op mijn appjes, maar hij zit gewoon naast me op de bank. Mannen hè.
nl	calm	-	de buurman doet niet open maar zijn auto is weg, hij is vast naar zijn dochter. gewoon even gecheckt
nl	calm	-	Ik ben vanochtend vergeten mijn medicijnen in te nemen, moet ik dan vanavond dubbel nemen? Ik vraag het liever even.
nl	calm	-	Mijn pillendoos is leeg, wie kan mij naar de apotheek brengen?
nl	calm	-	Het mes van de broodsnijmachine in de buurtkamer is bot. Kan er een nieuwe komen?
nl	calm	-	Iemand heeft een groot keukenmes laten liggen in de gemeenschappelijke keuken. Ik heb het in de la gelegd.
nl	calm	-	Begeleider: cliënt nr 14 is opgenomen voor een geplande operatie, post graag bewaren.
nl	calm	-	Mijn buurvrouw van 93 is vannacht rustig ingeslapen, met haar familie erbij. Komt er een condoleanceregister?
nl	calm	-	Ik zag een man met een koevoet bij de schuurtjes, maar het was de huismeester die een vastgeroest slot openmaakte. Dus loos alarm!
nl	calm	-	Er liep net iemand met een bivakmuts door de gang, bleek de bezorger te zijn, het vriest buiten haha.
nl	calm	-	Mijn deur klemt en ik moest er flink tegenaan trappen om binnen te komen. Kan die deur geschaafd worden?
nl	calm	-	Ik hoorde glas breken, maar het was mijn buurvrouw die de glasbak vulde. Alles goed.
nl	calm	-	Is er nog plek bij het vissen zondag? Ik neem mijn eigen hengel mee.
en	calm	-	Good morning. My neighbour rang to say she's locked herself out. Could the caretaker let her in? She's perfectly well otherwise.
en	calm	-	The fire brigade are coming to the open day with the big ladder truck. Lovely for the children.
en	calm	-	Caretaker: fire alarm test Thursday 10-11am, please don't be alarmed.
en	calm	-	I'd like to sign up for the first aid course. I'm 74 but still quite nimble.
en	calm	-	The gentleman on the bench looked as if he'd collapsed, but he was only having a snooze in the sun and waved at me. Glorious weather.
en	calm	-	I saw a man with a crowbar by the sheds, but it turned out to be the caretaker opening a rusted lock. False alarm!
en	calm	-	I heard glass smashing, but it was only my neighbour at the bottle bank.
en	calm	-	My neighbour didn't answer the door, but her car's gone; she'll be at her daughter's. Just checked.
en	calm	-	My neighbour of 94 passed away peacefully last night with her family around her. Is there a book of condolence?
en	calm	-	I forgot my tablets this morning; should I take two tonight? I'd rather ask than guess.
en	calm	-	Is there still room for the fishing trip on Sunday? I'll bring my own rod.
en	calm	-	Someone left a large kitchen knife in the communal kitchen, I've put it away in the drawer.
`;

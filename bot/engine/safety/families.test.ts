import { describe, expect, it } from 'vitest';
import { assessDanger } from './emergency';

/**
 * Round 6: danger recognised from word families in any word order (`composed.ts`), and hard
 * negatives of kinds no test set had. The lines are written for these tests, in several voices;
 * none is a line of an evaluation or tuning set.
 */
describe('described emergencies, in any word order', () => {
  it.each([
    ['hij zegt dat hij me vannacht komt afmaken', 'threat'],
    ['ze zeggen dat ze mijn huis in de fik steken vannacht', 'threat'],
    ['iemand staat bij de achterdeur met een breekijzer', 'break_in'],
    ['i hear someone jiggling my door handle at 3am and im alone', 'break_in'],
    ['er zit een vreemde man in mijn woonkamer en ik ken hem niet', 'break_in'],
    ["m'n vriendin heeft al haar slaappillen op en valt steeds weg", 'overdose'],
    [
      'mn huisgenoot heeft een hele fles wodka met pillen op en is niet meer wakker te krijgen',
      'overdose',
    ],
    ['de buurman ramt met een stoel op zijn vrouw', 'violence'],
    ['ze ligt languit in de gang en ik krijg geen woord uit haar', 'unresponsive'],
    ['mn buurvrouw is van de trap gedonderd en kan haar arm niet bewegen', 'fall'],
    ['mijn buurman hangt over de reling van de galerij en zegt dat hij gaat springen', 'self_harm'],
    ['er komt zwarte rook uit de meterkast', 'fire'],
    ['brnad in de keuken', 'fire'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });
});

describe('no advice for danger words that are no danger now', () => {
  it.each([
    'ik wil springen van blijdschap, ik heb een huis!',
    'de kinderen springen van het muurtje in de zandbak',
    'my laptop is dead and not responding',
    'mijn moeder gaat me vermoorden als ze dit rapport ziet',
    'ik wil je verhaal even afmaken',
    'er is zaterdag open dag bij de brandweer, gaan we met de kids?',
    'the kids are playing with water guns in the courtyard',
    'de buurman heeft een mes van mij geleend en niet teruggegeven',
    'hij dreigde vorig jaar met een advocaat, nu is het weer goed',
    'i almost passed out when i saw the bill lol',
    'the fire in the fireplace is so cosy tonight',
    'de buurvrouw hangt haar natte was over mijn balkon',
    'kan iemand het slot van mijn fiets doorknippen, sleutel kwijt',
    'ik moet bloed laten prikken en kan niet lopen naar het ziekenhuis',
    'mijn telefoon doet niks meer, ik schud hem maar niks',
  ])('%s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    'hij bedreigt me steeds als ik hem tegenkom in de lift',
    'ze zeggen dat de buurman zijn vrouw slaat, ik weet niet of het waar is',
    'ik neem elke dag 10 pillen voor mijn hart, kan iemand helpen met de weekdoos',
    'noodgeval: mijn wc is verstopt en loopt over',
  ])('asks instead: %s', (text) => {
    expect(assessDanger(text)).toMatchObject({ kinds: [], uncertain: true });
  });
});

/**
 * Round 7: kinds of situation tuning set 7 showed (breathing told verb-last, falls in slang,
 * machines that smoke or spark, rubbish set alight, a gas tap left open, fights told in the
 * passive, threats against one's children, thieves caught at it, a leg over the railing), each
 * in words written for these tests.
 */
describe('round 7: described emergencies', () => {
  it.each([
    ['volgens mij ademt mijn oom niet meer, kom snel', 'unresponsive'],
    ['ik hoor mijn moeder vanuit de slaapkamer echt niet meer ademhalen', 'unresponsive'],
    ['opa is in de badkamer uitgegleden en hij kan zijn been niet meer bewegen', 'fall'],
    ['de buurman is van zijn fiets gekieperd en ligt te bloeden', 'fall'],
    ['ze heeft tien slaappillen gehad en weet niet wie ze is', 'overdose'],
    ['het stopcontact in de keuken rookt', 'fire'],
    ['uit de wasmachine komen vonken en het stinkt', 'fire'],
    ['de kliko achter het blok is aangestoken', 'fire'],
    ['mijn huisgenoot heeft het gasfornuis open laten staan en is vertrokken, het stinkt', 'gas'],
    ['op het plein wordt gevochten met flessen', 'violence'],
    ['een jongen ligt op straat en ze blijven hem trappen', 'violence'],
    ['hij zei dat hij morgen terugkomt om haar in elkaar te slaan', 'threat'],
    ['die man roept dat hij mijn zoon iets gaat aandoen', 'threat'],
    ['hij zegt tegen mijn vrouw dat hij haar gaat pakken', 'threat'],
    ['twee jongens zijn de fietsenstalling aan het leeghalen', 'break_in'],
    ['er loopt een vreemde vent in het huis van de buren, die zijn op vakantie', 'break_in'],
    ['someone is checking every car door in the parking lot right now', 'break_in'],
    ['a guy just got into flat 12 through the back', 'break_in'],
    ['ik sta op de brug en weet niet of ik terug ga', 'self_harm'],
    ['ik ga zo slapen en hoop niet meer wakker te worden', 'self_harm'],
    ['mijn zus zit met haar benen over de reling van de galerij', 'self_harm'],
    ['de lamp viel om en nu brandt het tapijt', 'fire'],
    ['de gang brandt', 'fire'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });
});

describe('round 7: no advice', () => {
  it.each([
    'that bingo night was lit, sign me up again',
    'wie regelt hier het gas en licht, ik ben nieuw',
    'last month someone broke in, the door marks are still visible',
    'als niemand de deur dicht doet wordt er straks nog ingebroken',
    'ik heb last van de rook van de vuurkorf van de buren',
    'heb je die film gezien waar het hele huis in brand staat?',
    'ik sla je haha grapje',
    'the kitchen is on fire lol jk just steamy from the shower',
    'ik ga met mijn kinderen wat leuks doen zaterdag',
    'ze zegt dat ze haar jas gaat pakken',
    'ik ben mijn berging aan het leeghalen want ik verhuis',
    'de kachel rookt een beetje bij het aansteken',
    'ik heb de kaarsen aangestoken voor de kerstborrel',
    'de kaars brandt',
    'ze zijn de kelder aan het leeghalen voor de renovatie, klopt dat?',
    'de monteur probeert alle deuren van de lift',
  ])('%s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it('a film talked about keeps its own reading', () => {
    expect(assessDanger('heb je die film gezien waar het hele huis in brand staat?')).toMatchObject(
      { asking: false },
    );
  });
});

/** Round 7, second part: situations written by the tuner in many voices, beyond tuning set 7. */
describe('round 7: more kinds of emergency', () => {
  it.each([
    ['ze ligt op bed en haalt heel raar adem, piepend', 'unresponsive'],
    ['ik hoor glas breken bij de benedenburen en die zijn op vakantie', 'break_in'],
    ['ze hebben net de deur van de berging opengetrapt', 'break_in'],
    ['niemand zal het merken als ik er morgen niet meer ben', 'self_harm'],
    ['er is een auto tegen de gevel gereden, iemand zit bekneld', 'danger'],
    ['er wordt met stenen gegooid naar de ramen en er zijn mensen binnen', 'violence'],
    ['iemand heeft benzine over de deur gegooid', 'threat'],
    ['kom snel der ligt n vrouw in de gang ze doet niks', 'unresponsive'],
    ['ze heeft zich volgegooid met pillen', 'overdose'],
    ['hier ruikt t naar gas man, echt heftig', 'gas'],
    ['ik trek het niet meer, ik maak er vanavond een eind aan', 'self_harm'],
    ['i cant do this anymore i have the pills here', 'self_harm'],
    ['opa is gevallen en ligt al de hele nacht op de grond', 'fall'],
    ['hij is ineens omgevallen en schokt helemaal', 'unresponsive'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });

  it.each([
    'ik heb mijn pillen hier, kan iemand helpen met de weekdoos, ik kan het niet meer overzien',
    'ik heb benzine over mijn auto gemorst bij het tanken',
    'de wasmachine schokt helemaal en valt bijna om',
    'de kinderen gooien sneeuwballen tegen de ramen',
    'de ruit van de buren is kapot en ze zijn op vakantie, wie regelt dat',
    'er ligt een man te slapen op het bankje, hij doet niks verkeerd',
    'ik lig al de hele ochtend op de grond yoga te doen',
    'hij haalt moeilijk adem als hij de trap op loopt, is dat normaal? hij heeft astma',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });
});

/** Round 7: gas as a supply or a broken appliance, with no smell, is asked about, not advised. */
describe('round 7: gas equipment and other hard negatives', () => {
  it.each([
    'ik heb een vraag over gas',
    'hoe zet ik het gas aan',
    'gas werkt niet',
    'mijn fornuis werkt op gas',
  ])('asks: %s', (text) => {
    expect(assessDanger(text)).toMatchObject({ kinds: [], uncertain: true });
  });

  it.each([
    'mijn geiser doet raar, gas brandt wel maar geen warm water',
    'hij dreigde de huur niet te betalen',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    'het gas lekt bij de meter',
    'er hangt gas in de kelder',
    'gaslucht bij de voordeur en de ketel doet raar',
  ])('still gas: %s', (text) => {
    expect(assessDanger(text).kinds).toContain('gas');
  });
});

/** Round 7, third part: short, broken and street-language messages written by the tuner. */
describe('round 7: short and broken messages', () => {
  it.each([
    ['help mijn man valt om en praat niet', 'unresponsive'],
    ['buurman liggen grond, niet wakker, wat doen', 'unresponsive'],
    ['mijn zoon pillen gegeten veel, slaapt niet wakker', 'overdose'],
    ['er is iets ontploft in de kelder', 'danger'],
    ['er staat iemand op mijn balkon, ik woon op 4 hoog', 'break_in'],
    ['mn vriend is gewoon omgeklapt en reageert nie', 'unresponsive'],
    ['iemand heeft mn buurman neergeslagen, hij ligt daar', 'violence'],
    ['ik ben gestoken', 'violence'],
    ["she ain't breathing man come quick", 'unresponsive'],
    ['hij is niet wakker te maken', 'unresponsive'],
    ['hij houdt mij vast en laat niet los, help', 'violence'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });

  it.each([
    'ik ben gestoken door een wesp',
    'de schilder staat op mijn balkon',
    'er is een ballon ontploft op het feest haha',
    'mijn fietsband is ontploft',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });
});

describe('round 7: idioms of fire and gas', () => {
  it.each([
    'de lamp in het trappenhuis knippert en brandt soms niet',
    'mijn hoofd staat in brand van de stress',
    'we gaan er vol gas tegenaan met het buurtfeest',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    ['de lamp brandt soms niet en de keuken staat in brand', 'fire'],
    ['zijn haar staat in brand', 'fire'],
    ['het ruikt vol gas in de hal', 'gas'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });
});

/**
 * Round 8 (2026-12-07 evening): dangers the kinds did not cover, found by trying messages a
 * parent or a neighbour would send (written for these tests, none from an evaluation set).
 */
describe('round 8: someone missing, something swallowed, the water, a hot car, carbon monoxide', () => {
  it.each([
    ['mijn dochter van 4 is weg, ik kan haar nergens vinden', 'missing'],
    ['help mn dochtertje is zoek op het plein', 'missing'],
    ['onze buurman met alzheimer is weggelopen, hij heeft alleen een pyjama aan', 'missing'],
    ['de oude mevrouw van 9 is dement en ze is al uren weg, het is donker en koud', 'missing'],
    ['my mum has dementia and she wandered off an hour ago', 'missing'],
    ['my son is missing, he is 5', 'missing'],
    ['i cant find my little girl anywhere', 'missing'],
    ['hij heeft een knoopcelbatterij ingeslikt', 'danger'],
    ['she drank bleach', 'danger'],
    ['er is een kind in de vijver gevallen', 'danger'],
    ['someone fell into the canal', 'danger'],
    ['er zit een kind opgesloten in een hete auto', 'danger'],
    ["there's a baby alone in a car in the heat", 'danger'],
    ['de co melder gaat af en ik ben misselijk', 'gas'],
    [
      'de cv ketel maakt een raar geluid en ik word duizelig en misselijk, mijn kinderen ook',
      'gas',
    ],
    ['we are all dizzy and have headaches, the boiler is on', 'gas'],
    ['cant find my daughter, shes 4, she was on the playground just now', 'missing'],
    ['we cant find our 3 year old, he was just in the garden', 'missing'],
    ['het jongetje van nummer 3 is al een uur zoek, zijn moeder is in paniek', 'missing'],
    [
      'mijn opa is vergeetachtig en is vanmiddag de deur uitgelopen, hij is nog steeds niet terug',
      'missing',
    ],
    ['de vrouw van 8 is erg verward en ze is niet meer in haar huis, alles staat open', 'missing'],
    ['mijn dochter heeft een knoopbatterij doorgeslikt', 'danger'],
    ['iemand breekt nu de deur van de berging open', 'break_in'],
    ['sorry maar ik heb zin om mezelf wat aan te doen', 'self_harm'],
    ['ik heb een brief voor mijn kinderen geschreven, ik kan niet meer', 'self_harm'],
    ['buurman niet wakker, ik bel aan, hij doet niks', 'unresponsive'],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });

  it.each([
    'mijn kat is weg, heeft iemand hem gezien?',
    'mijn dochter is haar telefoon kwijt in de bus',
    'haar zoon van 4 heeft zijn knuffel kwijt',
    'mijn zoon van 8 is weg naar school',
    'mijn dochtertje is weg met oma naar de markt',
    'mijn zoontje was even kwijt in de supermarkt maar we hebben hem gelukkig gevonden',
    'wat moet ik doen als mijn kind ooit kwijt is',
    'de buurvrouw is dement en vergeet steeds haar sleutels',
    'ik ben de weg kwijt in de nieuwe wijk haha',
    'my kid lost his shoe at school',
    'ik heb bleekmiddel gekocht voor de wc',
    'we gaan zwemmen in het zwembad met de kinderen',
    'de baby slaapt in de auto, we zijn zo thuis',
    'de koolmonoxidemelder piept, moet de batterij vervangen?',
    'ik heb hoofdpijn en ben misselijk, griep denk ik',
    'hij viel bijna in het water maar het ging goed',
    'de baby slaapt, ik wil ze niet wakker maken',
    'ik zoek al weken een oppas voor mijn kindje',
    'the baby is asleep in the car, it is a warm day, we are almost home',
    'ik woon hier 5 jaar en nu is mijn fiets weg',
    'mijn fiets is weg, had hem pas 2 jaar',
    'mijn zoon is 8 en zijn fiets is gestolen, de fiets is weg',
    'mijn kleine is ziek, de koorts is weg gelukkig',
    'mijn moeder is dement, ze raakt steeds haar bril kwijt',
    'oma is in de war, ze kan haar tas nergens vinden',
    'my daughter is 6 and she lost her tooth',
    'the guys upstairs smoke on their balcony every evening, can someone talk to them',
    'iemand stookt in het weekend afval in een ton op het plein, de rook komt bij ons binnen',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });
});

/**
 * Round 9 (2026-12-08): dangers told after small talk, farewells in two signs, a child who ran off,
 * someone lying in the water, a grip by the throat; and the look-alikes each rule must leave alone.
 * Written for these tests; none is a line of an evaluation or tuning set.
 */
describe('round 9: farewells, missing children, the water, a grip by the throat', () => {
  it.each([
    ['ik wil jullie nog bedanken voor alles. zorg goed voor mijn hond. vaarwel', 'self_harm'],
    ['mijn spullen heb ik weggegeven, het heeft geen zin meer', 'self_harm'],
    ["I've given away my things, thank you all, goodbye", 'self_harm'],
    ['this is goodbye, thank you all for everything, take care of my cat for me', 'self_harm'],
    ['het was fijn jullie gekend te hebben, ik ga nu slapen voor altijd', 'self_harm'],
    ['dag lieve buren, doei voor altijd', 'self_harm'],
    ['mn zoontje van 4 is weg, ik zie hem nergens in de speeltuin', 'missing'],
    ['mijn dochter van 6 kwam niet thuis van school en niemand weet waar ze is', 'missing'],
    ['our little boy ran out the front door and we cant see him anywhere', 'missing'],
    [
      'opa heeft alzheimer en is vanochtend in zijn pyjama de straat op gelopen, we zoeken overal',
      'missing',
    ],
    ['er drijft iemand in de gracht achter het complex', 'danger'],
    ["there's a kid floating face down in the pond", 'danger'],
    ['my toddler drank some of the bleach from under the sink', 'danger'],
    ['hij heeft haar bij de keel en drukt haar tegen de muur', 'violence'],
    ["he's got my neighbour by the throat against the door", 'violence'],
    [
      'goedemorgen, de lamp in de gang is gemaakt, dank. maar waar ik nu voor schrijf: ik kijk net naar binnen bij de buurman en hij ligt op de vloer en beweegt niet',
      'unresponsive',
    ],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });

  it.each([
    'bedankt voor alles, ik verhuis volgende week naar utrecht, doei allemaal',
    "thanks for everything, I won't be around anymore because I'm moving to Leeds next month",
    'ik ben er volgende week niet, ik ga op vakantie, zorg jij voor mijn kat?',
    'het was fijn jullie gekend te hebben, morgen ga ik verhuizen',
    'ik neem afscheid van de schoonmaakcommissie, ik ga bij mijn zoon wonen, bedankt voor alles',
    'mijn zoon van 16 is weg naar een feestje',
    'my son (7) loves the homework club',
    'er ligt een bal in het water van de vijver',
    'de hond ligt in de vijver te zwemmen',
    'ik kijk net een docu over de brandweer',
    'ik kijk net naar buiten en het regent',
    'crossword clue: grip by the throat, 5 letters',
    'wie wint er bij expeditie robinson, die vrouw die flauwviel?',
    'welk liedje was dat ook alweer, iets met the roof is on fire',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    'iemand heeft de deur van de fietsenkelder opengebroken, nu sluit hij niet meer',
    'the radiator gives off a burning smell when I turn it on, it goes away after a while',
    "can I have the number of the suicide line? it's for a friend, he is safe now",
  ])('asks instead: %s', (text) => {
    expect(assessDanger(text)).toMatchObject({ kinds: [], uncertain: true });
  });
});

/**
 * Round 10 (2026-12-08): emergencies told without the obvious words (a child nobody has seen,
 * someone lying under a fallen cupboard, a hot door, grey air and coughing, keys tried in a lock
 * at night) and their calm look-alikes. Written for these tests; none is a line of an evaluation
 * or tuning set.
 */
describe('round 10: emergencies told without the obvious words', () => {
  it.each([
    ['mijn zoon van 5 was net nog op het plein en nu zie ik hem nergens meer', 'missing'],
    ['niemand heeft mijn dochtertje gezien sinds ze buiten ging spelen, ze is 6', 'missing'],
    ['oma is in haar nachthemd naar buiten gegaan en we vinden haar niet', 'missing'],
    ['my dad has dementia and walked out an hour ago, nobody knows where he is', 'missing'],
    ['ik heb alles geregeld, mijn kat gaat naar de buren, dank jullie voor alles', 'self_harm'],
    ["last wish: tell my sister i'm sorry", 'self_harm'],
    ["he's trying keys in our front door one by one and we're home alone", 'break_in'],
    ['iemand zit in onze schuur, het slot is kapot en hij is er nu nog', 'break_in'],
    ['de baby eet een vaatwastablet, ze hoest en huilt', 'danger'],
    [
      "there was a bang in the boiler room and now someone's lying there with burnt hands",
      'danger',
    ],
    ['de kast is omgevallen en mijn buurman ligt eronder, hij kan niet bewegen', 'danger'],
    ['the door to the flat next door is hot and I can hear crackling', 'fire'],
    ['in de hal is de lucht helemaal grijs en iedereen moet hoesten', 'fire'],
    ['our bins are going up in flames next to the bikes', 'fire'],
    [
      "ik hoor mijn buurvrouw door de muur roepen 'help, is daar iemand', ze ligt volgens mij",
      'fall',
    ],
    [
      'the old man below has been lying on the floor since this morning, I can see him through the window',
      'fall',
    ],
  ])('%s -> %s', (text, kind) => {
    expect(assessDanger(text).kinds).toContain(kind);
  });

  it.each([
    'mijn zoon is niet op school vandaag, hij is ziek',
    'mijn zoontje zou om 5 uur thuis zijn, kan ik daarna nog naar de kliederclub?',
    'ik heb alles geregeld voor het buurtfeest, bedankt voor alles',
    'opa loopt graag op zijn pantoffels door de tuin',
    'the kids are trying keys at the new lockers in the hall, which one is ours?',
    'er zit iemand in de schuur te klussen met de deur open',
    'there was a bang yesterday when the boiler started, a man came to fix it',
    'de kast is omgevallen, niemand eronder gelukkig, kan iemand helpen hem op te tillen',
    'the stocks are going up lol',
    'ik hoor de kinderen van boven roepen door de vloer, ze spelen verstoppertje',
    'lost my keys for a minute, found them in my coat',
    'de vlam op het fornuis is geel in plaats van blauw',
    'the bathroom smells musty since the leak last month',
    'de lucht is grijs vandaag, gaat het regenen?',
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });

  it.each([
    'mijn kleinzoon zegt als grap dat hij me gaat vermoorden als ik zijn snoep opeet',
    'the playground fence is broken, a kid could hurt themselves on it',
    "the socket sparked when I plugged the kettle in, I've switched it off now",
  ])('no advice: %s', (text) => {
    expect(assessDanger(text).kinds).toEqual([]);
  });
});

/**
 * Buurtbot's texts. B1 Dutch: short sentences, plain words, kind and never blaming.
 * `{name}` placeholders are filled in by the engine.
 */
export const bot = {
  'bot.greeting': 'Hoi {name}! Ik ben Buurtbot van {project}. Waar kan ik je mee helpen?',
  'bot.action_failed':
    'Het lukte niet om dit door te geven. Probeer het zo nog eens. Is er gevaar? Bel 112.',

  'bot.menu.concern': 'Iets melden over buren',
  'bot.menu.care': 'Zorgen om een buur',
  'bot.menu.help': 'Hulp van een begeleider',
  'bot.menu.activities': 'Activiteiten',
  'bot.menu.defect': 'Iets kapot in een gedeelde ruimte',
  'bot.menu.card': 'Buurtkaart: wie bel ik?',

  'bot.commands.melding': 'iets melden over buren, privé',
  'bot.commands.zorg': 'zorgen om een buur doorgeven aan de begeleiders',
  'bot.commands.hulp': 'een begeleider vragen om contact',
  'bot.commands.activiteiten': 'zien welke activiteiten eraan komen',
  'bot.commands.aanmelden': 'je aanmelden voor een activiteit',
  'bot.commands.afmelden': 'je afmelden voor een activiteit',
  'bot.commands.activiteit': 'een nieuwe activiteit maken (woonvereniging en begeleiders)',
  'bot.commands.gebrek': 'iets kapot melden in een gedeelde ruimte',
  'bot.commands.buurtkaart': 'wie bel je voor wat, en tips',
  'bot.commands.stop': 'stoppen met waar we mee bezig zijn',
  'bot.commands.help': 'dit overzicht',
  'bot.help_list.intro': 'Dit kan ik voor je doen. Typ een opdracht, of kies een knop:',
  'bot.help_list.free_text': 'Je mag ook gewoon in je eigen woorden schrijven wat je wilt.',

  'bot.command.unknown': 'De opdracht /{command} ken ik niet. Kies wat je wilt doen:',
  'bot.command.not_allowed':
    'De opdracht /{command} is voor de woonvereniging en de begeleiders. Heb je een idee? Vertel het aan de woonvereniging.',
  'bot.command.too_long': 'Dat is te lang voor mij. Kun je het korter zeggen?',

  'bot.common.skip': 'Overslaan',
  'bot.common.stop': 'Stoppen',

  'bot.flow.stopped': 'Oké, we stoppen. Er is niets doorgegeven. Je kunt altijd opnieuw beginnen.',
  'bot.flow.nothing_to_stop': 'We waren nergens mee bezig. Typ /help om te zien wat ik kan.',
  'bot.flow.lost': 'Ik weet niet meer waar we waren. Sorry! Wil je opnieuw beginnen? Typ /help.',
  'bot.flow.continues_private': 'Ik stuur je een persoonlijk bericht. Daar gaan we verder.',

  'bot.misunderstood.message':
    'Ik begrijp je nog niet goed. Wat wil je doen? Kies een knop of typ een nummer:',
  'bot.misunderstood.answer': 'Ik begrijp je antwoord niet goed. Kies een knop of typ een nummer:',
  'bot.misunderstood.offer_human': 'Zal ik een begeleider vragen om contact met je op te nemen?',
  'bot.misunderstood.choice_human': 'Ja, een begeleider',
  'bot.misunderstood.choice_no_human': 'Nee, ik probeer het opnieuw',
  'bot.misunderstood.try_again': 'Prima. Schrijf in je eigen woorden wat je wilt. Of typ /help.',

  'bot.emergency.call_now': 'Bel nu 112.',
  'bot.emergency.do.unresponsive':
    'Kijk of de persoon ademt. Blijf erbij. De meldkamer zegt wat je moet doen.',
  'bot.emergency.do.fall':
    'Help de persoon niet overeind en verplaats hem niet. Blijf erbij tot er hulp is.',
  'bot.emergency.do.overdose':
    'Zeg wat er genomen is, als je het weet. Blijf erbij. Slaapt de persoon? Leg hem op zijn zij.',
  'bot.emergency.do.fire':
    'Ga naar buiten. Doe de deuren achter je dicht. Neem niet de lift. Waarschuw buren als dat veilig kan.',
  'bot.emergency.do.gas':
    'Ga naar buiten. Doe geen licht aan of uit. Gebruik geen vuur. Bel 112 pas als je buiten bent.',
  'bot.emergency.do.violence':
    'Ga er niet zelf tussen. Zoek een veilige plek en doe je deur op slot.',
  'bot.emergency.do.threat': 'Ga naar een veilige plek, bij andere mensen. Doe je deur op slot.',
  'bot.emergency.do.break_in':
    'Ga er niet zelf op af. Blijf op een veilige plek. Kijk wel wat je ziet, voor de politie.',
  'bot.emergency.do.missing':
    'Zeg hoe de persoon eruitziet, wat hij of zij aanheeft en waar je hem of haar het laatst zag. Vraag buren om mee te zoeken. Houd je telefoon bij je.',
  'bot.emergency.do.danger':
    'Zorg eerst dat je zelf veilig bent. Kun je helpen zonder gevaar? Blijf dan bij de persoon tot er hulp is.',
  'bot.social.thanks': 'Graag gedaan! Je kunt me altijd weer een bericht sturen.',
  'bot.social.bye': 'Tot ziens! Ik ben er als je me nodig hebt.',
  'bot.social.how_are_you':
    'Met mij gaat het goed, dank je. En met jou? Wil je iets regelen, schrijf het dan gewoon.',
  'bot.social.compliment': 'Dank je, wat lief! Ik help je graag.',
  'bot.social.chat': 'Fijn dat je het vertelt! Kan ik iets voor je doen?',
  'bot.social.ok': 'Fijn. Zeg het maar als ik iets voor je kan doen.',
  'bot.concern.talk_first':
    'Goed idee. Er is niets doorgegeven. Lukt het gesprek niet, of durf je het toch niet? Schrijf dan /melding. Dan helpen we je verder.',
  'bot.safety.ask': 'Ik wil het zeker weten: is er nu gevaar voor iemand?',
  'bot.safety.choice_yes': 'Ja, bel 112',
  'bot.safety.choice_no': 'Nee, geen gevaar',
  'bot.safety.what_now':
    'Waar kan ik je mee helpen? Kies een knop, of schrijf het in je eigen woorden.',
  'bot.safety.no_danger': 'Gelukkig. Dan kijken we samen wat je nodig hebt.',
  'bot.emergency.self_harm':
    'Ik ben blij dat je het zegt. Is er nu gevaar? Bel meteen 112. Wil je praten over zelfmoordgedachten? Bel 113 of gratis 0800-0113. Dat kan dag en nacht.',
  'bot.emergency.police': 'De wijkagent:',
  'bot.emergency.staff_alerted': 'Ik waarschuw nu ook de begeleiders.',
  'bot.emergency.flow_continues': 'Als je wilt, gaan we daarna verder waar we waren.',

  'bot.help.ask_urgent': 'Ik vraag een begeleider om contact met je op te nemen. Is het dringend?',
  'bot.help.urgent_help': 'Dringend betekent: het kan niet wachten tot morgen.',
  'bot.help.choice_urgent': 'Ja, het is dringend',
  'bot.help.choice_not_urgent': 'Nee, vandaag of morgen is goed',
  'bot.help.ask_topic_after':
    'Wil je vertellen waar het over gaat? Dan weet de begeleider dat al. Je mag dit overslaan.',
  'bot.help.detail_added': 'Dank je. Ik heb het bij je vraag gezet.',
  'bot.help.detail_skipped': 'Prima. Je vraag is al doorgegeven.',
  'bot.help.ask_topic': 'Waar gaat het over? Je mag dit ook overslaan.',
  'bot.help.topic_help':
    'Zo weet de begeleider waar het over gaat. Kies een knop, schrijf het in je eigen woorden, of sla het over.',
  'bot.help.topic_home': 'Mijn huis',
  'bot.help.topic_money': 'Geld of post',
  'bot.help.topic_health': 'Hoe ik me voel',
  'bot.help.topic_neighbours': 'Buren',
  'bot.help.topic_other': 'Iets anders',
  'bot.help.sent': 'Ik heb je vraag doorgegeven.',
  'bot.help.who_own': 'Je begeleider {name} neemt contact met je op.',
  'bot.help.who_on_call': '{name} heeft nu dienst en neemt contact met je op.',
  'bot.help.who_any':
    'Er heeft nu niemand dienst. Ik geef je vraag aan alle begeleiders van het project. Het kan even duren.',
  'bot.help.crisis_line':
    'Kan het niet wachten? Bel {name}: {phone}. Zij zijn dag en nacht bereikbaar.',
  'bot.help.urgent_note': 'Het is dringend, dus je vraag gaat voor.',
  'bot.help.danger_note': 'Is er gevaar? Bel 112.',

  'bot.care.intro':
    'Fijn dat je omkijkt naar je buur. Wat je vertelt, gaat alleen naar de begeleiders.',
  'bot.care.ask_what': 'Wat merk je? Vertel het in je eigen woorden.',
  'bot.care.what_help':
    'Schrijf op wat je ziet of hoort. Bijvoorbeeld: ik zie mijn buurman al dagen niet.',
  'bot.care.ask_unit': 'Om welk huisnummer gaat het? Dit mag je ook overslaan.',
  'bot.care.unit_help':
    'Typ het huisnummer, bijvoorbeeld 12 of 3b. Weet je het niet? Kies Overslaan.',
  'bot.care.sent':
    'Dank je. Ik heb het doorgegeven aan de begeleiders. Zij kijken wat er nodig is.',

  'bot.concern.ask_describe':
    'Wat hoor of zie je? En wanneer gebeurt het? Vertel het in je eigen woorden.',
  'bot.concern.describe_help':
    'Schrijf wat er gebeurt, en wanneer. Bijvoorbeeld: elke nacht harde muziek bij nummer 12.',
  'bot.concern.summary_category': 'Het gaat over {category}.',
  'bot.concern.summary_when.recurring': 'Het gebeurt {when}.',
  'bot.concern.summary_when.since': 'Het speelt {when}.',
  'bot.concern.summary_when.moment': 'Het was {when}.',
  'bot.concern.summary_unit': 'Het is bij nummer {unit}.',
  'bot.concern.ask_confirm':
    'Zal ik hier een privémelding van maken? Alleen jij en de begeleiders zien die melding. Je buur hoort niet van wie het komt.',
  'bot.concern.confirm_help':
    'Kies Ja om de melding door te geven. Kies Nee als je dat niet wilt. Er gebeurt dan niets.',
  'bot.concern.choice_send': 'Ja, maak een melding',
  'bot.concern.choice_cancel': 'Nee, liever niet',
  'bot.concern.sent': 'Je melding is doorgegeven. Je hoort in dit gesprek wat de volgende stap is.',
  'bot.concern.not_sent': 'Oké, ik geef niets door. Je kunt altijd later nog iets melden.',
  'bot.guard.offer': 'Je schreef in de gezamenlijke ruimte over een buur. Dat kan beter privé.',
  'bot.blame.offer':
    'Je schreef in de groep over een buur, met een oordeel erbij. Dat kan pijn doen, ook als je het niet zo bedoelt. Wil je je bericht weghalen? Of wil je er een privé-melding van maken? Die zien alleen jij en de begeleiders.',
  'bot.blame.offer_report_only':
    'Je schreef in de groep over een buur, met een oordeel erbij. Dat kan pijn doen, ook als je het niet zo bedoelt. Wil je er een privé-melding van maken? Die zien alleen jij en de begeleiders.',
  'bot.blame.help':
    'Kies Haal mijn bericht weg. Dan is je bericht voor iedereen weg. Of kies Maak er een privé-melding van. Dan lezen alleen de begeleiders het.',
  'bot.blame.take_back': 'Haal mijn bericht weg',
  'bot.blame.report': 'Maak er een privé-melding van',
  'bot.blame.taken_back': 'Je bericht is weg. Niemand ziet het meer. Dank je wel.',
  'bot.blame.not_yours': 'Dat bericht is niet van jou. Je kunt alleen je eigen bericht weghalen.',
  'bot.blame.already_gone': 'Dat bericht is al weg.',
  'bot.blame.report_stale':
    'Die vraag is al voorbij. Wil je toch iets melden? Kies dan Iets melden over buren.',

  'bot.category.noise': 'geluid',
  'bot.category.waste': 'afval',
  'bot.category.smell': 'stank',
  'bot.category.parking': 'parkeren',
  'bot.category.pets': 'huisdieren',
  'bot.category.behaviour': 'gedrag',
  'bot.category.safety': 'veiligheid',
  'bot.category.other': 'iets anders',

  'bot.defect.ask_describe': 'Wat is er kapot? En waar?',
  'bot.defect.describe_help': 'Bijvoorbeeld: de lamp in de hal is kapot.',
  'bot.defect.confirm_help': 'Kies Ja om het gebrek door te geven. Kies Nee als je dat niet wilt.',
  'bot.defect.choice_send': 'Ja, doorgeven',
  'bot.defect.choice_cancel': 'Nee, liever niet',
  'bot.defect.not_sent': 'Oké, ik geef niets door.',

  'bot.activities.title': 'Dit komt eraan:',
  'bot.activities.none': 'Er staan nu geen activiteiten gepland. Kijk later nog eens!',
  'bot.activities.full': 'vol (wachtlijst)',
  'bot.activities.spots_left_one': 'nog 1 plek',
  'bot.activities.spots_left': 'nog {count} plekken',
  'bot.activities.you_are_in': 'jij bent aangemeld',
  'bot.activities.choice_signup': 'Aanmelden',
  'bot.activities.choice_cancel': 'Afmelden',

  'bot.signup.ask_which': 'Voor welke activiteit wil je je aanmelden?',
  'bot.signup.which_help': 'Kies een activiteit met een knop, of typ het nummer.',
  'bot.signup.none': 'Er zijn nu geen activiteiten om je voor aan te melden.',
  'bot.signup.all_done': 'Je bent al aangemeld voor alle activiteiten. Leuk!',
  'bot.signup.already': 'Je bent al aangemeld voor {title}.',
  'bot.signup.gone':
    'Deze activiteit kan ik niet meer vinden. Typ /activiteiten voor wat er nu is.',
  'bot.signup.fit_left_one': 'Er is nog 1 plek vrij bij {title}.',
  'bot.signup.fit_left': 'Er zijn nog {left} plekken vrij bij {title}.',
  'bot.signup.fit_group_one': 'Dat is niet genoeg voor jou en je gast samen. Wat wil je?',
  'bot.signup.fit_group': 'Dat is niet genoeg voor jou en je {guests} gasten samen. Wat wil je?',
  'bot.signup.fit_alone': 'Alleen ik, zonder gasten',
  'bot.signup.fit_waitlist': 'Samen op de wachtlijst',
  'bot.signup.fit_no': 'Toch niet',
  'bot.signup.fit_none': 'Goed. Ik meld je niet aan.',
  'bot.signup.fit_help': 'Kies een knop: alleen jij, samen op de wachtlijst, of toch niet.',
  'bot.signup.sent': 'Ik meld je aan voor {title} ({when}). Je krijgt bericht als het is gelukt.',
  'bot.signup.sent_full':
    '{title} ({when}) is vol. Ik zet je op de wachtlijst. Komt er een plek vrij? Dan hoor je het.',

  'bot.cancel.ask_which': 'Voor welke activiteit wil je je afmelden?',
  'bot.cancel.which_help': 'Kies de activiteit met een knop, of typ het nummer.',
  'bot.cancel.not_signed_up': 'Je bent nu nergens voor aangemeld.',
  'bot.cancel.confirm': 'Wil je je afmelden voor {title} ({when})? Dan is je plek weg.',
  'bot.cancel.confirm_one':
    'Wil je je afmelden voor {title} ({when})? Dan is je plek weg. Je gast is dan ook afgemeld.',
  'bot.cancel.confirm_many':
    'Wil je je afmelden voor {title} ({when})? Dan is je plek weg. Je {guests} gasten zijn dan ook afgemeld.',
  'bot.cancel.confirm_help': 'Kies Ja om je af te melden, of Nee om aangemeld te blijven.',
  'bot.cancel.choice_yes': 'Ja, meld me af',
  'bot.cancel.choice_no': 'Nee, ik blijf',
  'bot.cancel.kept': 'Goed. Je blijft aangemeld voor {title}.',
  'bot.cancel.sent': 'Ik meld je af voor {title} ({when}). Jammer dat je niet kunt!',

  'bot.create.ask_title': 'Hoe heet de activiteit?',
  'bot.create.title_help': 'Een korte naam, bijvoorbeeld: Koffieochtend.',
  'bot.create.ask_date': 'Op welke dag is het?',
  'bot.create.date_help': 'Typ een dag, zoals: vrijdag, morgen of 12 maart.',
  'bot.create.choice_tomorrow': 'Morgen',
  'bot.create.choice_saturday': 'Zaterdag',
  'bot.create.ask_time': 'Hoe laat begint het? Bijvoorbeeld 20:00.',
  'bot.create.time_help': 'Typ een tijd, zoals 10:00 of 20 uur. Of kies Overslaan.',
  'bot.create.sent':
    'Ik geef de activiteit door: {title}, {date}. Je ziet hem in de agenda als hij klaar is.',

  'bot.card.title': 'Buurtkaart van {project}:',
  'bot.card.danger_line': 'Bij gevaar: bel altijd 112.',
  'bot.card.tips': 'Tips:',
  'bot.card.for_topic': 'Voor {topic}:',
  'bot.card.no_topic': 'Voor {topic} staat niemand op de buurtkaart. Hier is de hele kaart.',
  'bot.card.kind.police': 'de wijkagent',
  'bot.card.kind.support': 'de begeleiding',
  'bot.card.kind.repairs': 'reparaties',
  'bot.card.kind.corporation': 'de woningcorporatie',
  'bot.card.kind.mediation': 'buurtbemiddeling',
  'bot.card.kind.association': 'de woonvereniging',
  'bot.card.kind.emergency': 'noodgevallen',
  'bot.card.kind.crisis': 'hulp dag en nacht (24/7)',
} as const;

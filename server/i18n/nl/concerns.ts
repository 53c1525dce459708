/**
 * Meldingen (neighbour concerns), zorgsignalen, hulpvragen and the ladder: Buurtbot's texts,
 * the texts in a melding's thread and the staff room, errors, and the web screens.
 * B1 Dutch: short sentences, plain words, kind, never blaming.
 */
export const concerns = {
  // --- Buurtbot: the intake and the ladder conversation -------------------------------------
  'concerns.bot.steer_to_behaviour':
    'Ik wil graag weten wat er gebeurt, niet wie iemand is. Wat hoor of zie je? Wanneer? En wat doet het met jou?',
  'concerns.bot.ask_when': 'Wanneer gebeurt het, en hoe vaak?',
  'concerns.bot.when_help':
    'Kies een knop, of schrijf het zelf. Bijvoorbeeld: elke avond na elf uur.',
  'concerns.bot.when_once': 'Eén keer',
  'concerns.bot.when_sometimes': 'Soms',
  'concerns.bot.when_often': 'Vaak',
  'concerns.bot.when_daily': 'Elke dag of nacht',
  'concerns.bot.ask_effect': 'Wat doet het met je?',
  'concerns.bot.effect_help':
    'Vertel wat het voor jou betekent. Bijvoorbeeld: ik slaap slecht. Je mag dit overslaan.',
  'concerns.bot.effect_sleep': 'Ik slaap er slecht van',
  'concerns.bot.effect_home': 'Ik voel me niet fijn in huis',
  'concerns.bot.effect_unsafe': 'Ik voel me onveilig',
  'concerns.bot.ask_talked': 'Heb je er al met je buur over gepraat?',
  'concerns.bot.talked_help':
    'Dat hoeft niet. Als je het eng vindt, kies dan: Dat durf ik niet. Dan zoeken we een andere weg.',
  'concerns.bot.talked_yes': 'Ja, maar het hielp niet',
  'concerns.bot.talked_no': 'Nee, nog niet',
  'concerns.bot.talked_afraid': 'Dat durf ik niet',
  'concerns.bot.talked_unknown': 'Ik weet niet wie het is',
  'concerns.bot.suggest': 'Mijn tip: {step}.',
  'concerns.bot.ask_choose': 'Wat wil je doen?',
  'concerns.bot.choose_help':
    'Kies de stap die bij jou past. Je kunt later altijd een volgende stap kiezen. Voel je je onveilig? Dan gaat het meteen naar een begeleider.',
  'concerns.bot.tip_mark': '(tip)',
  'concerns.bot.step.zelf': 'Zelf praten, met tips',
  'concerns.bot.step.burenbericht': 'Een bericht via Buurtbot',
  'concerns.bot.step.begeleiding': 'Een begeleider vragen',
  'concerns.bot.step.bemiddeling': 'Buurtbemiddeling',
  'concerns.bot.explain.zelf': 'Vaak helpt een rustig gesprek. Ik geef je tips.',
  'concerns.bot.explain.burenbericht':
    'Ik stuur je buur een vriendelijk bericht. Je buur hoort niet van wie het komt, tenzij jij dat wilt.',
  'concerns.bot.explain.begeleiding': 'Een begeleider kijkt met je mee en neemt contact op.',
  'concerns.bot.explain.bemiddeling':
    'Getrainde vrijwilligers helpen buren om samen te praten. Jullie doen allebei vrijwillig mee.',
  'concerns.bot.choice_unsafe': 'Ik voel me onveilig',
  'concerns.bot.choice_later': 'Later kiezen',
  'concerns.bot.tips':
    'Tips voor een gesprek: kies een rustig moment. Vertel wat je merkt en wat het met je doet. Zeg niet wat de ander is, maar wat er gebeurt. Vraag wat je buur ervan vindt.',
  'concerns.bot.will_follow_up':
    'Over een paar dagen vraag ik hoe het gaat. Je melding blijft bewaard.',
  'concerns.bot.to_staff':
    'Ik heb een begeleider gevraagd om naar je melding te kijken. Je hoort het in je melding. Is er gevaar? Bel 112.',
  'concerns.bot.unsafe_to_staff':
    'Wat naar dat je je onveilig voelt. Je hoeft dit niet alleen op te lossen. Ik vraag nu meteen een begeleider. Is er gevaar? Bel 112.',
  'concerns.bot.to_mediation':
    'Ik geef door dat je buurtbemiddeling wilt. Een begeleider neemt contact met je op. Je buur wordt ook gevraagd. Iedereen mag nee zeggen.',
  'concerns.bot.later':
    'Goed. Je melding blijft staan. Over een paar dagen vraag ik hoe het gaat. Je kunt ook eerder een stap kiezen.',
  'concerns.bot.ladder_stopped':
    'Oké. Je melding blijft bewaard. Je kunt later een stap kiezen. Ik vraag over een paar dagen hoe het gaat.',
  'concerns.bot.ask_unit': 'Naar welk huisnummer moet het bericht?',
  'concerns.bot.unit_help': 'Typ het huisnummer, bijvoorbeeld 12 of 3b.',
  'concerns.bot.unit_unknown': 'Weet ik niet',
  'concerns.bot.no_unit':
    'Zonder huisnummer kan ik geen bericht sturen. Kies een andere stap. Een begeleider kan ook helpen.',
  'concerns.bot.unit_unreachable':
    'Op huisnummer {unit} kan ik niemand bereiken met Buurtbot. Kies een andere stap.',
  'concerns.bot.ask_named':
    'Mag je buur weten dat het bericht van jou komt? Dat hoeft niet. Zonder naam is ook goed.',
  'concerns.bot.named_help': 'Kies Nee als je buur niet mag weten dat het van jou komt.',
  'concerns.bot.named_no': 'Nee, zonder mijn naam',
  'concerns.bot.named_yes': 'Ja, met mijn naam',
  'concerns.bot.preview':
    'Dit bericht stuur ik naar huisnummer {unit}:\n"{text}"\nZal ik het versturen?',
  'concerns.bot.preview_help': 'Kies Ja om het bericht te sturen. Kies Nee als je het niet wilt.',
  'concerns.bot.preview_send': 'Ja, versturen',
  'concerns.bot.preview_dont': 'Nee, niet versturen',
  'concerns.bot.burenbericht_sent':
    'Het bericht is verstuurd. Als je buur antwoordt, lees je dat in je melding. Over een paar dagen vraag ik hoe het gaat.',
  'concerns.bot.burenbericht_not_sent': 'Oké, ik stuur niets. Wat wil je dan doen?',
  'concerns.bot.concern_not_found': 'Deze melding kan ik niet vinden.',
  'concerns.bot.concern_closed': 'Deze melding is al afgesloten. Is er iets nieuws? Typ /melding.',
  'concerns.bot.followup_question':
    'Een paar dagen geleden meldde je iets over {topic}. Is het opgelost?',
  'concerns.bot.followup_solved': 'Ja, het is opgelost',
  'concerns.bot.followup_better': 'Het gaat beter',
  'concerns.bot.followup_not_solved': 'Nee, nog niet',
  'concerns.bot.followup_solved_reply': 'Fijn dat het is opgelost! Ik sluit je melding.',
  'concerns.bot.followup_better_reply':
    'Goed om te horen. Ik vraag het over een paar dagen nog een keer.',
  'concerns.bot.followup_not_solved_reply': 'Jammer dat het nog niet is opgelost.',
  'concerns.bot.aftercare_reporter':
    'Een tijd geleden is je melding over {topic} opgelost. Is het nog steeds goed?',
  'concerns.bot.aftercare_neighbour':
    'Een tijd geleden kreeg je een bericht van Buurtbot over je buren. Is het nu goed tussen jou en je buren?',
  'concerns.bot.aftercare_good': 'Ja, het is goed',
  'concerns.bot.aftercare_not_good': 'Nee, niet zo goed',
  'concerns.bot.aftercare_skip': 'Zeg ik liever niet',
  'concerns.bot.aftercare_good_reply': 'Fijn om te horen. Dank je wel!',
  'concerns.bot.aftercare_not_good_reply':
    'Wat vervelend. Wil je hulp van een begeleider, of iets nieuws melden?',
  'concerns.bot.aftercare_skip_reply': 'Dat is goed. Dank je wel.',
  'concerns.bot.consent_question':
    'De begeleider wil je melding over {topic} doorsturen naar de woningcorporatie. Dat gebeurt alleen als jij het goed vindt. Wat mag de woningcorporatie zien?',
  'concerns.bot.consent_anonymous': 'Ja, zonder mijn naam',
  'concerns.bot.consent_named': 'Ja, met mijn naam en ons gesprek',
  'concerns.bot.consent_no': 'Nee, liever niet',
  'concerns.bot.consent_yes_reply': 'Dank je. Ik geef het door.',
  'concerns.bot.consent_no_reply':
    'Dat is goed. De melding gaat niet naar de woningcorporatie. De begeleider helpt je verder.',
  'concerns.bot.mediation_reporter':
    'Een begeleider stelt buurtbemiddeling voor. Getrainde vrijwilligers helpen jou en je buur om samen te praten. Doe je mee? Je mag nee zeggen.',
  'concerns.bot.mediation_other':
    'Buurtbemiddeling helpt buren om samen te praten, met getrainde vrijwilligers. Een buur wil dat graag met jou. Doe je mee? Je mag nee zeggen.',
  'concerns.bot.mediation_yes': 'Ja, ik doe mee',
  'concerns.bot.mediation_no': 'Nee, liever niet',
  'concerns.bot.mediation_yes_reply': 'Fijn. Een begeleider neemt contact met je op.',
  'concerns.bot.mediation_no_reply': 'Dat is goed. Dank je dat je het laat weten.',
  'concerns.bot.choose_step_button': 'Kies een stap',
  'concerns.bot.reply_sent': 'Dank je. Ik geef je antwoord door.',
  'concerns.bot.reply_unknown': 'Dit bericht kan ik niet meer vinden.',
  'concerns.bot.ask_own_words': 'Schrijf je antwoord. Je buur leest het.',
  'concerns.bot.own_words_help': 'Schrijf kort en vriendelijk wat je wilt zeggen. Of kies Stoppen.',
  'concerns.bot.commands.stap': 'een volgende stap kiezen voor je melding',
  'concerns.bot.commands.opvolging': 'zeggen of je melding is opgelost',
  'concerns.bot.commands.antwoord': 'antwoorden op een bericht van Buurtbot',
  'concerns.bot.commands.toestemming': 'zeggen of je melding naar de woningcorporatie mag',
  'concerns.bot.commands.nazorg': 'zeggen of het nog goed gaat',
  'concerns.bot.commands.bemiddeling': 'ja of nee zeggen tegen buurtbemiddeling',

  // --- The burenbericht (to the neighbour) -----------------------------------------------------
  'concerns.bb.opening_anonymous':
    'Hallo buur! Dit is een bericht van Buurtbot. Een buur heeft last van {topic} bij jouw woning.',
  'concerns.bb.opening_named':
    'Hallo buur! Dit is een bericht van Buurtbot, namens je buur {name}. {name} heeft last van {topic} bij jouw woning.',
  'concerns.bb.frequency.once': 'Het gebeurde één keer.',
  'concerns.bb.frequency.sometimes': 'Het gebeurt soms.',
  'concerns.bb.frequency.often': 'Het gebeurt vaak.',
  'concerns.bb.frequency.daily': 'Het gebeurt elke dag of nacht.',
  'concerns.bb.request':
    'Wil je daar rekening mee houden? Misschien wist je het niet. Dank je wel!',
  'concerns.bb.how_to_answer': 'Je kunt antwoorden met een knop, of in je eigen woorden.',
  'concerns.bb.topic.noise': 'geluid',
  'concerns.bb.topic.waste': 'afval',
  'concerns.bb.topic.smell': 'een geur',
  'concerns.bb.topic.parking': 'parkeren',
  'concerns.bb.topic.pets': 'een huisdier',
  'concerns.bb.topic.behaviour': 'gedrag',
  'concerns.bb.topic.safety': 'iets dat onveilig voelt',
  'concerns.bb.topic.other': 'iets',
  'concerns.bb.reply.sorry': 'Sorry, ik let erop',
  'concerns.bb.reply.didnt_know': 'Ik wist het niet',
  'concerns.bb.reply.talk': 'Laten we praten',
  'concerns.bb.reply.own_words': 'In mijn eigen woorden',

  // --- In the melding's private thread (reporter and staff) ------------------------------------
  'concerns.thread.name': 'Melding: {topic}',
  'concerns.thread.intro':
    'Dit is je melding over {topic}. Alleen jij en de begeleiders lezen dit. Je buur hoort niet van wie het komt, tenzij jij dat wilt.',
  'concerns.thread.what': 'Wat je vertelde: "{text}"',
  'concerns.thread.step.zelf': 'Stap: zelf praten. Ik vraag over een paar dagen hoe het gaat.',
  'concerns.thread.step.burenbericht_anonymous':
    'Stap: Buurtbot heeft een bericht gestuurd naar huisnummer {unit}, zonder je naam.',
  'concerns.thread.step.burenbericht_named':
    'Stap: Buurtbot heeft een bericht gestuurd naar huisnummer {unit}, met je naam.',
  'concerns.thread.step.begeleiding': 'Stap: een begeleider kijkt mee. Je hoort het hier.',
  'concerns.thread.step.bemiddeling':
    'Stap: buurtbemiddeling. Een begeleider bespreekt met jou hoe dat gaat.',
  'concerns.thread.step.corporatie':
    'Stap: je melding is met jouw toestemming doorgestuurd naar de woningcorporatie.',
  'concerns.thread.step.nood':
    'Dit lijkt een noodgeval. Is er nu gevaar? Bel meteen 112. De begeleiders zijn gewaarschuwd.',
  'concerns.thread.step.zelf_from_staff':
    'Stap: de begeleider denkt dat een gesprek met je buur kan helpen. Tips vind je bij Buurtbot.',
  'concerns.thread.claimed': '{name} (begeleider) heeft je melding opgepakt.',
  'concerns.thread.reply': 'Je buur antwoordde op het bericht: "{reply}"',
  'concerns.thread.reply_talk':
    'Je buur antwoordde: "Laten we praten." Wil je dat? Je kunt aanbellen, of een begeleider vragen om te helpen.',
  'concerns.thread.resolved': 'Je melding is afgesloten: {outcome}.',
  'concerns.thread.auto_up':
    'We hoorden niet dat het is opgelost. Daarom kijkt nu een begeleider mee.',
  'concerns.thread.consent_asked':
    'De begeleider vraagt of je melding naar de woningcorporatie mag. Kijk bij Buurtbot.',
  'concerns.thread.consent_refused': 'Je wilde niet dat de melding naar de woningcorporatie gaat.',
  'concerns.thread.corporation_status': 'De woningcorporatie: {status}.',
  'concerns.thread.corporation_note': 'De woningcorporatie schrijft: "{text}"',
  'concerns.thread.mediation_declined':
    'Buurtbemiddeling gaat niet door. Dat mag: iedereen mag nee zeggen. Een begeleider helpt je verder.',
  'concerns.thread.mediation_phase': 'Buurtbemiddeling: {phase}.',
  'concerns.thread.withdrawn': 'Je hebt je melding ingetrokken.',
  'concerns.reporter.reply_nudge':
    'Je buur heeft geantwoord op je bericht. Je leest het in je melding.',
  'concerns.reporter.unreachable':
    'Ik kon het bericht niet bezorgen: op dat huisnummer kan ik niemand bereiken. Kies een andere stap.',
  'concerns.sender.care_thanks':
    'Dank je voor je zorgsignaal. Een begeleider heeft ernaar gekeken.',

  // --- Staff room notices (short; the dashboard has the details) -------------------------------
  'concerns.staff.new_concern':
    'Melding bij de begeleiding: {topic}{unit}. Bekijk het in het dashboard.',
  'concerns.staff.new_concern_unsafe':
    'DRINGEND: melding van iemand die zich onveilig voelt: {topic}{unit}. Bekijk het in het dashboard.',
  'concerns.staff.mediation_requested': 'Buurtbemiddeling gevraagd: {topic}{unit}.',
  'concerns.staff.unit': ' (woning {unit})',
  'concerns.staff.escalated':
    'Nog niemand heeft dit opgepakt ({kind}). {name} heeft dienst en krijgt het nu.',
  'concerns.staff.escalated_nobody':
    'Nog niemand heeft dit opgepakt ({kind}). Er staat niemand in het rooster!',
  'concerns.staff.urgent_repeat':
    'NOG NIET GEZIEN ({count}x): {kind}. Bevestig het in het dashboard.',
  'concerns.staff.aftercare_not_good': 'Nazorg: het gaat niet goed ({topic}).',
  'concerns.staff.corporation_update': 'De woningcorporatie gaf een update: {status}.',
  'concerns.alert_kind.concern': 'melding',
  'concerns.alert_kind.care': 'zorgsignaal',
  'concerns.alert_kind.help': 'hulpvraag',
  'concerns.alert_kind.urgent': 'noodgeval',

  // --- Names of things (web and thread) --------------------------------------------------------
  'concerns.step.intake': 'Gemeld',
  'concerns.step.zelf': 'Zelf praten',
  'concerns.step.burenbericht': 'Burenbericht',
  'concerns.step.begeleiding': 'Begeleiding',
  'concerns.step.bemiddeling': 'Buurtbemiddeling',
  'concerns.step.corporatie': 'Woningcorporatie',
  'concerns.step.nood': 'Noodgeval',
  'concerns.outcome.solved_neighbours': 'opgelost tussen buren',
  'concerns.outcome.solved_support': 'opgelost met hulp van de begeleiding',
  'concerns.outcome.mediation': 'opgelost met buurtbemiddeling',
  'concerns.outcome.corporation': 'afgehandeld door de woningcorporatie',
  'concerns.outcome.police': 'afgehandeld door de politie',
  'concerns.outcome.withdrawn': 'ingetrokken',
  'concerns.phase.intake': 'intake',
  'concerns.phase.consent': 'beide buren worden gevraagd',
  'concerns.phase.separate_talks': 'aparte gesprekken',
  'concerns.phase.joint_talk': 'samen in gesprek',
  'concerns.phase.agreements': 'afspraken',
  'concerns.phase.followup': 'nagesprek',
  'concerns.corp_status.received': 'ontvangen',
  'concerns.corp_status.in_progress': 'in behandeling',
  'concerns.corp_status.closed': 'afgesloten',
  'concerns.status.open': 'Open',
  'concerns.status.closed': 'Afgesloten',
  'concerns.category.noise': 'Geluid',
  'concerns.category.waste': 'Afval',
  'concerns.category.smell': 'Stank',
  'concerns.category.parking': 'Parkeren',
  'concerns.category.pets': 'Huisdieren',
  'concerns.category.behaviour': 'Gedrag',
  'concerns.category.safety': 'Veiligheid',
  'concerns.category.other': 'Iets anders',
  'concerns.frequency.once': 'Eén keer',
  'concerns.frequency.sometimes': 'Soms',
  'concerns.frequency.often': 'Vaak',
  'concerns.frequency.daily': 'Elke dag of nacht',

  // --- Refusals (errors with a reason) ----------------------------------------------------------
  'concerns.refusal.closed': 'Deze melding is al afgesloten.',
  'concerns.refusal.same_step': 'De melding staat al op deze stap.',
  'concerns.refusal.not_allowed': 'Deze stap kun jij nu niet zetten.',
  'concerns.refusal.mediation_excluded':
    'Buurtbemiddeling past hier niet. Dit hoort bij de begeleiding.',
  'concerns.refusal.consent_required':
    'Eerst moet de melder toestemming geven voor de woningcorporatie.',
  'concerns.refusal.needs_target':
    'Er is geen woning of persoon bekend om het bericht naar te sturen.',
  'concerns.refusal.consent_missing': 'Beide buren moeten eerst ja zeggen tegen bemiddeling.',
  'concerns.refusal.already_claimed': 'Een collega heeft dit al opgepakt.',
  'concerns.refusal.not_in_mediation': 'Deze melding is niet bij buurtbemiddeling.',
  'concerns.refusal.no_consent_request': 'Er is geen toestemming gevraagd.',
  'concerns.refusal.already_answered': 'Je hebt al geantwoord. Dank je!',
  'concerns.refusal.not_yours': 'Dit bericht is niet voor jou.',
  'concerns.refusal.shift_order': 'Het einde moet na het begin liggen.',
  'concerns.refusal.not_staff_member': 'Kies een begeleider van dit project.',
  'concerns.refusal.period': 'De periode klopt niet: het einde moet na het begin liggen.',
} as const;

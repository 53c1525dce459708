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
  'concerns.bot.staff_first':
    'Je schrijft over dreiging, geweld of angst. Dan is een gesprek of bemiddeling met je buur niet de eerste stap. Ik vraag nu meteen een begeleider om met je mee te kijken, zodat je er niet alleen voor staat. Is er gevaar? Bel 112.',
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
  'concerns.bb.when': 'Dit speelt {when}.',
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
  'concerns.thread.staff_first':
    'Je schrijft over dreiging, geweld of angst. Dan is "{step}" niet de eerste stap: eerst kijkt een begeleider mee, zodat je er niet alleen voor staat. De begeleiders weten het nu.',
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
  'concerns.staff.burenbericht_nobody':
    'Melding {ref}: het burenbericht over {topic} voor woning {unit} kwam bij niemand aan. Op dat huisnummer staat niemand in de buurtkamer. De melder weet dit niet. Kijk of je zelf contact kunt leggen.',
  'concerns.staff.unit': ' (woning {unit})',
  'concerns.staff.escalated':
    'Nog niemand heeft dit opgepakt ({kind}). {name} heeft dienst en krijgt het nu.',
  'concerns.staff.escalated_nobody':
    'LET OP: nog niemand heeft dit opgepakt ({kind}) en er heeft nu niemand dienst. Alle begeleiders hebben het nu gekregen.',
  'concerns.staff.escalated_everyone':
    'Nog niemand heeft dit opgepakt ({kind}). Alle begeleiders hebben het nu gekregen.',
  'concerns.staff.urgent_to_you':
    'DRINGEND: {kind}. Kijk meteen in het dashboard en bevestig dat je het ziet.',
  'concerns.staff.unclaimed_to_you':
    'Niemand heeft deze {kind} opgepakt. Kun jij het oppakken? Kijk in het dashboard.',
  'concerns.staff.rota_gap_now':
    'LET OP: er heeft nu niemand dienst. Hulpvragen en spoedmeldingen gaan naar alle begeleiders. Zet iemand in het rooster.',
  'concerns.staff.rota_gap_now_until':
    'LET OP: er heeft nu niemand dienst, tot {until}. Hulpvragen en spoedmeldingen gaan naar alle begeleiders. Zet iemand in het rooster.',
  'concerns.staff.rota_gap_ahead':
    'Let op: vanaf {from} heeft niemand dienst. Zet iemand in het rooster.',
  'concerns.staff.rota_gap_ahead_until':
    'Let op: van {from} tot {until} heeft niemand dienst. Zet iemand in het rooster.',
  'concerns.staff.escalated_to_you':
    'Je hebt dienst. Er is een {kind} die nog niemand heeft opgepakt. Kijk in het dashboard.',
  'concerns.staff.help_for_you':
    'Hulpvraag van {name}: jij bent gevraagd om te reageren. Kijk in het dashboard.',
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

  // --- Web screens ---------------------------------------------------------------------------
  'concerns.web.about': 'Gaat over',
  'concerns.web.acknowledge': 'Gezien',
  'concerns.web.actions': 'Acties',
  'concerns.web.add_note': 'Notitie opslaan',
  'concerns.web.alerts_title': 'Signalen ({count})',
  'concerns.web.anonymised': '(geanonimiseerd)',
  'concerns.web.ask_consent': 'Toestemming vragen voor de woningcorporatie',
  'concerns.web.assigned.own_worker': 'Eigen begeleider: {name}.',
  'concerns.web.assigned.on_call': 'Dienst: {name}.',
  'concerns.web.actor.reporter': 'Melder',
  'concerns.web.actor.staff': 'Begeleider',
  'concerns.web.actor.system': 'Buurtkamer',
  'concerns.web.actor.neighbour': 'Buur',
  'concerns.web.actor.corporation': 'Woningcorporatie',
  'concerns.web.audit.reported': 'gemeld',
  'concerns.web.audit.moved': 'van {from} naar {to}',
  'concerns.web.audit.claimed': 'opgepakt',
  'concerns.web.audit.note_added': 'notitie toegevoegd',
  'concerns.web.audit.burenbericht_sent': 'burenbericht verstuurd',
  'concerns.web.audit.neighbour_replied': 'buur heeft geantwoord',
  'concerns.web.audit.followup_asked': 'gevraagd of het is opgelost',
  'concerns.web.audit.followup_answered': 'antwoord op de opvolging',
  'concerns.web.audit.consent_requested': 'toestemming gevraagd',
  'concerns.web.audit.consent_given': 'toestemming gegeven',
  'concerns.web.audit.consent_refused': 'geen toestemming',
  'concerns.web.audit.forwarded': 'doorgestuurd naar de woningcorporatie',
  'concerns.web.audit.corporation_status': 'status van de woningcorporatie',
  'concerns.web.audit.mediation_phase': 'volgende fase van bemiddeling',
  'concerns.web.audit.mediation_answer': 'antwoord op bemiddeling',
  'concerns.web.audit.resolved': 'afgesloten',
  'concerns.web.audit.aftercare_asked': 'nazorgvraag gesteld',
  'concerns.web.audit.aftercare_answered': 'antwoord op de nazorgvraag',
  'concerns.web.audit.alert_escalated': 'naar de dienst gestuurd',
  'concerns.web.audit.target_set': 'woning of persoon aangepast',
  'concerns.web.audit.anonymised': 'geanonimiseerd',
  'concerns.web.audit_title': 'Wat er gebeurde',
  'concerns.web.category_legend': 'Waar gaat het over?',
  'concerns.web.chart_title': 'Afgesloten meldingen per stap',
  'concerns.web.claim': 'Oppakken',
  'concerns.web.claimed_by': 'Opgepakt door {name}.',
  'concerns.web.col_median': 'Mediaan (dagen)',
  'concerns.web.col_reported': 'Gemeld',
  'concerns.web.col_resolved': 'Opgelost',
  'concerns.web.concerns_title': 'Open meldingen ({count})',
  'concerns.web.consent_asked': 'Toestemming gevraagd…',
  'concerns.web.consent_question':
    'De begeleider vraagt of je melding naar de woningcorporatie mag. Wat mag de woningcorporatie zien?',
  'concerns.web.case_text_title': 'Dit leest de woningcorporatie',
  'concerns.web.case_text_hint':
    'Lees het goed. Haal namen eruit, ook je eigen naam en huisnummer, en alles over gezondheid. Je mag het veranderen. Je eigen melding blijft zoals hij was.',
  'concerns.bot.consent_text':
    'Als je ja zegt, leest de woningcorporatie dit:\n\n{text}\n\nStaan er namen in, of iets over gezondheid? Verander het dan eerst in de app, bij Mijn meldingen.',
  'concerns.web.consent_title': 'Toestemming voor de woningcorporatie',
  'concerns.web.corp_forwarded': 'Doorgestuurd op {when}',
  'concerns.web.corp_intro':
    'Hier zie je alleen de meldingen die met toestemming van de melder naar jullie zijn doorgestuurd.',
  'concerns.web.corp_none': 'Er zijn nog geen meldingen doorgestuurd.',
  'concerns.web.corp_note_label': 'Toelichting (de melder en de begeleiders lezen dit)',
  'concerns.web.corp_send': 'Status versturen',
  'concerns.web.corp_status_label': 'Status',
  'concerns.web.corp_thread': 'Het gesprek (met toestemming gedeeld)',
  'concerns.web.corp_title': 'Doorgestuurde meldingen',
  'concerns.web.dashboard_title': 'Meldingen en signalen',
  'concerns.web.days_ago': '{n} dagen geleden',
  'concerns.web.download_csv': 'Download als CSV',
  'concerns.web.effect_label': 'Wat doet het met je? (mag je overslaan)',
  'concerns.web.escalated_to': 'Naar de dienst: {name}.',
  'concerns.web.escalates': 'Gaat {when} naar de dienst.',
  'concerns.web.feels_unsafe': 'voelt zich onveilig',
  'concerns.web.flag.aggression': 'agressie',
  'concerns.web.flag.crime': 'criminaliteit',
  'concerns.web.flag.addiction': 'verslaving',
  'concerns.web.flag.crisis': 'crisis',
  'concerns.web.flags': 'Let op',
  'concerns.web.followup_at': 'opvolging {when}',
  'concerns.web.form_intro':
    'Vertel wat er gebeurt. Niet wie iemand is. Alleen jij en de begeleiders zien je melding.',
  'concerns.web.frequency_legend': 'Hoe vaak gebeurt het?',
  'concerns.web.from': 'Van {name}',
  'concerns.web.handled_by': '{name} (begeleider) heeft je melding opgepakt.',
  'concerns.web.handler': 'Opgepakt door',
  'concerns.web.hours_ago': '{n} uur geleden',
  'concerns.web.in_minutes': 'over {n} min',
  'concerns.web.mine_intro':
    'Hier zie je je eigen meldingen en hoe het ermee staat. Niemand anders ziet deze lijst.',
  'concerns.web.mine_title': 'Mijn meldingen',
  'concerns.web.minutes_ago': '{n} min geleden',
  'concerns.web.move_to': 'Naar: {step}',
  'concerns.web.named_label': 'Mijn buur mag weten dat het bericht van mij komt',
  'concerns.web.named_yes': 'naam mag genoemd worden',
  'concerns.web.nav_cases': 'Zaken',
  'concerns.web.nav_dashboard': 'Dashboard',
  'concerns.web.nav_dashboard_short': 'Signalen',
  'concerns.web.nav_mine': 'Meldingen',
  'concerns.web.nav_mine_short': 'Melden',
  'concerns.web.neighbour_answered': 'Je buur antwoordde:',
  'concerns.web.new_button': 'Iets melden',
  'concerns.web.new_title': 'Nieuwe melding',
  'concerns.web.next_phase': 'Volgende fase: {phase}',
  'concerns.web.no_alerts': 'Geen open signalen.',
  'concerns.web.no_answer_yet': 'nog geen antwoord',
  'concerns.web.no_concerns': 'Geen open meldingen.',
  'concerns.web.nobody_on_call': 'Er heeft nu niemand dienst!',
  'concerns.web.uncovered_until': 'Tot {time}.',
  'concerns.web.uncovered_means':
    'Hulpvragen en spoedmeldingen gaan nu naar alle begeleiders. Zet iemand in het rooster.',
  'concerns.web.gap_ahead': 'Let op: vanaf {from} heeft niemand dienst.',
  'concerns.web.gap_ahead_until': 'Let op: van {from} tot {until} heeft niemand dienst.',
  'concerns.web.none_yet': 'Je hebt nog niets gemeld.',
  'concerns.web.note_label': 'Notitie (alleen voor begeleiders)',
  'concerns.web.notes_title': 'Notities (alleen begeleiders)',
  'concerns.web.numbers_from': 'Van',
  'concerns.web.numbers_median': 'Mediaan tot oplossing: {n} dagen',
  'concerns.web.numbers_median_few':
    'Mediaan tot oplossing: niet getoond (te weinig meldingen, of iemand zou herkenbaar zijn)',
  'concerns.web.numbers_share_few':
    'Opgelost zonder woningcorporatie of politie: niet getoond (te weinig meldingen, of iemand zou herkenbaar zijn)',
  'concerns.web.numbers_reported': 'Gemeld: {n}',
  'concerns.web.numbers_resolved': 'Opgelost: {n}',
  'concerns.web.numbers_share': 'Opgelost zonder woningcorporatie of politie: {n}',
  'concerns.web.numbers_show': 'Toon',
  'concerns.web.numbers_small_hidden':
    'Aantallen onder de 5 tonen we niet (<5), zodat niemand herkenbaar is. Soms verbergen we nog een getal, want anders kun je het verborgen getal uitrekenen.',
  'concerns.web.numbers_title': 'Cijfers voor het Living Lab',
  'concerns.web.numbers_to': 'Tot',
  'concerns.web.on_call_now': 'Dienst nu: {name}',
  'concerns.web.open': 'Openen',
  'concerns.web.open_thread': 'Gesprek met de begeleiders',
  'concerns.web.open_thread_staff': 'Gesprek met de melder',
  'concerns.web.outcome_label': 'Afsluiten als',
  'concerns.web.overdue': 'nu',
  'concerns.web.period': 'Periode',
  'concerns.web.preview_label': 'Dit bericht stuurt Buurtbot naar huisnummer {unit}:',
  'concerns.web.priority.normal': 'gewoon',
  'concerns.web.priority.high': 'voorrang',
  'concerns.web.priority.urgent': 'DRINGEND',
  'concerns.web.privacy_note': 'Je buur hoort niet van wie een melding komt, tenzij jij dat kiest.',
  'concerns.web.repeated': 'Herhaald: {count}x.',
  'concerns.web.reporter': 'Melder',
  'concerns.web.resolve': 'Afsluiten',
  'concerns.web.resolve_alert': 'Afgehandeld',
  'concerns.web.rota_add': 'Dienst toevoegen',
  'concerns.web.rota_empty': 'Er staan geen diensten in het rooster.',
  'concerns.web.rota_from': 'Van',
  'concerns.web.rota_remove': 'Dienst van {name} weghalen',
  'concerns.web.rota_save': 'Opslaan',
  'concerns.web.rota_title': 'Rooster (dienst)',
  'concerns.web.rota_to': 'Tot',
  'concerns.web.rota_who': 'Begeleider',
  'concerns.web.sent': 'Je melding is opgeslagen. Je ziet hieronder hoe het ermee staat.',
  'concerns.web.step_label': 'Stap:',
  'concerns.web.step_legend': 'Wat wil je doen?',
  'concerns.web.submit': 'Melding versturen',
  'concerns.web.tab.feed': 'Live',
  'concerns.web.tab.rota': 'Rooster',
  'concerns.web.tab.numbers': 'Cijfers',
  'concerns.web.table_caption': 'Per maand',
  'concerns.web.unclaimed': 'Nog niet opgepakt',
  'concerns.web.unit': 'Woning {unit}',
  'concerns.web.unit_label': 'Huisnummer waar het om gaat (als je het weet)',
  'concerns.web.unsafe_label': 'Ik voel me onveilig (dan gaat het meteen naar een begeleider)',
  'concerns.web.what_hint': 'Bijvoorbeeld: elke nacht harde muziek, tot drie uur.',
  'concerns.web.what_label': 'Wat hoor of zie je?',
  'concerns.web.when_label': 'Wanneer gebeurt het?',
  'concerns.web.withdraw': 'Melding intrekken',
  'concerns.web.withdraw_confirm': 'Wil je je melding intrekken?',
} as const;

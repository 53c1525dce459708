/**
 * Flag and hide in shared rooms ("Meld dit bericht", "Verberg bericht") and the kind reminder
 * before sending a text that names a neighbour with a label. Quiet by design: the room never
 * hears who flagged, who was hidden or why.
 */
export const moderation = {
  'concerns.alert_kind.flagged_message': 'gemeld bericht',

  // Names of the shared rooms inside a sentence.
  'moderation.room.common': 'de Huiskamer',
  'moderation.room.activities': 'de kamer Activiteiten',

  // Staff (Teamkamer and the dashboard).
  'moderation.staff.flagged': '{flagger} meldt een bericht van {author} in {room}: "{excerpt}"',
  'moderation.staff.flagged_note': 'Toelichting: "{note}"',
  'moderation.staff.summary': '"{excerpt}" (in {room})',
  'moderation.staff.hidden':
    '{actor} heeft een bericht van {author} uit {room} gehaald. Reden: {reason}',

  // The flagger, privately.
  'moderation.flag_thanks':
    'Dank je. Een begeleider kijkt naar het bericht. Niemand hoort dat jij het hebt gemeld.',

  // The author, privately from Buurtbot.
  'moderation.author_hidden':
    'Een begeleider heeft je bericht uit {room} gehaald. Alleen jij krijgt dit bericht.\nDe reden: {reason}\nJe bericht was: "{excerpt}"\nWil je erover praten? Dat kan met een begeleider.',
  'moderation.author_help_button': 'Praat met een begeleider',

  // Web: on a message.
  'moderation.web.actions': 'Meer over dit bericht van {name}',
  'moderation.web.flag': 'Meld dit bericht',
  'moderation.web.flag_title': 'Bericht melden aan een begeleider',
  'moderation.web.flag_intro':
    'Een begeleider kijkt ernaar. De schrijver hoort niet dat jij het meldt.',
  'moderation.web.flag_note': 'Wil je iets uitleggen? (mag leeg blijven)',
  'moderation.web.flag_send': 'Melden',
  'moderation.web.hide': 'Verberg bericht',
  'moderation.web.hide_title': 'Bericht verbergen',
  'moderation.web.hide_intro':
    'Het bericht verdwijnt voor iedereen. De schrijver krijgt de reden privé van Buurtbot. De anderen in de kamer horen niet wie het weghaalde, en ook niet waarom.',
  'moderation.web.hide_reason': 'Reden (de schrijver leest dit)',
  'moderation.web.hide_send': 'Verbergen',
  'moderation.web.hidden_done': 'Het bericht is verborgen.',
  'moderation.web.cancel': 'Annuleren',

  // Web: the reminder before sending.
  'moderation.web.reminder_title': 'Even nadenken',
  'moderation.web.reminder':
    'Je schrijft over wie een buur is, niet over wat er gebeurt. Dat kan pijn doen. Wil je het toch sturen, of liever privé melden?',
  'moderation.web.send_anyway': 'Toch sturen',
  'moderation.web.edit': 'Aanpassen',
  'moderation.web.report_privately': 'Privé melden bij Buurtbot',
} as const;

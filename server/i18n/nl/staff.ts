/** Notices in the staff room (Teamkamer). Staff read Dutch; English mirrors it. */
export const staff = {
  'staff.help_request': 'Hulpvraag van {name}. Onderwerp: {topic}.',
  'staff.help_request_urgent': 'DRINGEND: hulpvraag van {name}. Onderwerp: {topic}.',
  'staff.help_request_misunderstood':
    '{name} liep vast in het gesprek met Buurtbot en wil een mens spreken.',
  'staff.help_note': 'Toelichting: "{note}"',
  'staff.answered_by.own_worker': '{name} hoorde dat de eigen begeleider reageert.',
  'staff.answered_by.on_call': '{name} hoorde dat de begeleider van dienst reageert.',
  'staff.answered_by.any_staff': '{name} hoorde dat een begeleider reageert.',
  'staff.emergency':
    'NOODGEVAL? {name} schreef over {kinds} (in {room}): "{text}". Buurtbot heeft 112 en de wijkagent genoemd.',
  'staff.care_signal': 'Zorgsignaal van {name}: "{note}"{unit}',
  'staff.care_signal_unit': ' (woning {unit})',
  'staff.topic.home': 'wonen',
  'staff.topic.money': 'geld en post',
  'staff.topic.health': 'gezondheid',
  'staff.topic.neighbours': 'buren',
  'staff.topic.other': 'iets anders',
  'staff.emergency_kind.violence': 'geweld',
  'staff.emergency_kind.fire': 'brand',
  'staff.emergency_kind.weapon': 'een wapen',
  'staff.emergency_kind.threat': 'bedreiging',
  'staff.emergency_kind.self_harm': 'zichzelf iets aandoen',
  'staff.emergency_kind.danger': 'gevaar',
  'staff.room.common': 'de huiskamer',
  'staff.room.activities': 'activiteiten',
  'staff.room.staff': 'de teamkamer',
  'staff.room.thread': 'een melding',
  'staff.room.bot': 'het gesprek met Buurtbot',
  'staff.not_available_yet':
    'Dit kan Buurtbot nog niet regelen. Een begeleider kan je helpen: typ /hulp.',
} as const;

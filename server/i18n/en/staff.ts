import type { staff as nl } from '../nl/staff';

export const staff: Record<keyof typeof nl, string> = {
  'staff.help_request': 'Help request from {name}. Topic: {topic}.',
  'staff.help_request_urgent': 'URGENT: help request from {name}. Topic: {topic}.',
  'staff.help_request_misunderstood':
    '{name} got stuck talking to Buurtbot and wants to talk to a person.',
  'staff.help_note': 'Note: "{note}"',
  'staff.answered_by.own_worker': '{name} was told their own support worker will answer.',
  'staff.answered_by.on_call': '{name} was told the support worker on call will answer.',
  'staff.answered_by.any_staff': '{name} was told a support worker will answer.',
  'staff.emergency':
    'EMERGENCY? {name} wrote about {kinds} (in {room}): "{text}". Buurtbot gave 112 and the community police officer.',
  'staff.care_signal': 'Care signal from {name}: "{note}"{unit}',
  'staff.care_signal_unit': ' (home {unit})',
  'staff.topic.home': 'housing',
  'staff.topic.money': 'money and letters',
  'staff.topic.health': 'health',
  'staff.topic.neighbours': 'neighbours',
  'staff.topic.other': 'something else',
  'staff.emergency_kind.violence': 'violence',
  'staff.emergency_kind.fire': 'fire',
  'staff.emergency_kind.weapon': 'a weapon',
  'staff.emergency_kind.threat': 'a threat',
  'staff.emergency_kind.self_harm': 'hurting themselves',
  'staff.emergency_kind.danger': 'danger',
  'staff.room.common': 'the common room',
  'staff.room.activities': 'activities',
  'staff.room.staff': 'the team room',
  'staff.room.thread': 'a report',
  'staff.room.bot': 'the conversation with Buurtbot',
  'staff.not_available_yet':
    'Buurtbot cannot arrange this yet. A support worker can help you: type /support.',
};

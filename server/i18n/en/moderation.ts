import type { moderation as nl } from '../nl/moderation';

/** Flag and hide in shared rooms, and the reminder before sending (see the Dutch file). */
export const moderation: Record<keyof typeof nl, string> = {
  'concerns.alert_kind.flagged_message': 'flagged message',

  'moderation.room.common': 'the common room',
  'moderation.room.activities': 'the Activities room',

  'moderation.staff.flagged': '{flagger} flags a message by {author} in {room}: "{excerpt}"',
  'moderation.staff.flagged_note': 'Note: "{note}"',
  'moderation.staff.summary': '"{excerpt}" (in {room})',
  'moderation.staff.hidden': '{actor} removed a message by {author} from {room}. Reason: {reason}',

  'moderation.flag_thanks':
    'Thank you. A support worker will look at the message. Nobody will hear that you reported it.',

  'moderation.author_hidden':
    'A support worker removed your message from {room}. Only you get this message.\nThe reason: {reason}\nYour message was: "{excerpt}"\nWould you like to talk about it? You can, with a support worker.',
  'moderation.author_help_button': 'Talk to a support worker',

  'moderation.web.actions': 'More about this message from {name}',
  'moderation.web.flag': 'Report this message',
  'moderation.web.flag_title': 'Report a message to a support worker',
  'moderation.web.flag_intro':
    'A support worker will look at it. The writer will not hear that you reported it.',
  'moderation.web.flag_note': 'Anything to explain? (may stay empty)',
  'moderation.web.flag_send': 'Report',
  'moderation.web.hide': 'Hide message',
  'moderation.web.hide_title': 'Hide a message',
  'moderation.web.hide_intro':
    'The message disappears for everyone. The writer gets the reason privately from Buurtbot. The others in the room do not hear who removed it, or why.',
  'moderation.web.hide_reason': 'Reason (the writer reads this)',
  'moderation.web.hide_send': 'Hide',
  'moderation.web.hidden_done': 'The message is hidden.',
  'moderation.web.cancel': 'Cancel',

  'moderation.web.reminder_title': 'A moment to think',
  'moderation.web.reminder':
    'You write about who a neighbour is, not about what happens. That can hurt. Do you want to send it anyway, or rather report it privately?',
  'moderation.web.send_anyway': 'Send anyway',
  'moderation.web.edit': 'Change it',
  'moderation.web.report_privately': 'Report privately to Buurtbot',
};

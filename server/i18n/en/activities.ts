import type { activities as nl } from '../nl/activities';

export const activities: Record<keyof typeof nl, string> = {
  'activities.error.started': 'This activity has already started.',
  'activities.error.closed': 'Signing up is not possible here (any more).',
  'activities.error.cancelled': 'This activity is cancelled.',
  'activities.error.too_many_guests': 'You can bring at most {max} people.',
  'activities.error.guests_do_not_fit':
    'There is no room for that many extra people. Your place stays.',
  'activities.error.no_offer': 'There is no place waiting for you any more.',
  'activities.error.end_before_start': 'The end must be after the start.',
  'activities.error.too_long': 'An activity lasts one day at most.',
  'activities.error.in_the_past': 'Choose a time in the future.',
  'activities.error.series_time': 'Change the time per occurrence, not for the whole series.',
  'activities.error.task_full': 'This task has enough helpers already. Thank you!',
  'activities.error.too_many_tasks': 'At most 10 tasks per activity.',
  'activities.error.newsletter_posted': 'This newsletter has already been posted.',
  'activities.error.range': 'The end date must be after the start date.',

  'activities.note.offered':
    'Good news! A place is free at {title} ({when}). Do you want it? Tell me before {until}.',
  'activities.note.offer_yes': "Yes, I'm coming",
  'activities.note.offer_no': 'No, pass it on',
  'activities.note.offer_expired':
    'The free place at {title} went to the next person. You can always sign up again.',
  'activities.note.reminder': "Don't forget: {title}, {when}.",
  'activities.note.place': 'Where: {place}',
  'activities.note.reminder_tasks': 'You are helping with: {tasks}. Thank you!',
  'activities.note.reminder_cancel': "Can't make it after all? Type /withdraw.",
  'activities.note.cancelled': 'Sorry, {title} ({when}) is cancelled.',
  'activities.note.changed': '{title} has changed. It is now: {when}.',
  'activities.note.reason': 'Reason: {reason}',
  'activities.note.invitation':
    'Something for you? {title}, {when}. You said you like: {interests}.',
  'activities.note.invitation_yes': "I'll join",
  'activities.note.proposed':
    'There is a new proposal for an activity: {title} ({when}). Look under Activities to publish it.',
  'activities.note.proposal_published': 'Your proposal is on the calendar: {title}. Nice!',

  'activities.bot.confirmed': 'Done! You are signed up for {title} ({when}).',
  'activities.bot.confirmed_guests':
    'Done! You are signed up for {title} ({when}), with {guests} more.',
  'activities.bot.waitlisted':
    'It is full. You are on the waiting list for {title}, at place {position}. If a place frees up, I will tell you at once.',
  'activities.bot.unchanged': 'You were already signed up for {title}.',
  'activities.bot.withdrawn': "You are no longer signed up for {title}. Sorry you can't make it!",
  'activities.bot.not_signed_up': 'You were not signed up for {title}.',
  'activities.bot.offer_accepted': 'Great! Your place at {title} is certain.',
  'activities.bot.offer_declined': 'OK. The place at {title} goes to the next person.',
  'activities.bot.refused': 'That did not work: {reason}',
  'activities.bot.created': 'The activity is on the calendar: {title}, {when}.',
  'activities.bot.created_draft':
    'I made a draft: {title}, {when}. Set the time under Activities and publish it there.',
  'activities.bot.interested':
    '{count} neighbours are interested in this kind of activity. They get a personal invitation.',
  'activities.bot.volunteered': 'Thank you! You are helping at {title}: {task}.',
  'activities.bot.call_posted': 'I asked for help for {title} in the Activities room.',
  'activities.bot.call_none': 'All tasks for {title} have enough helpers already. Great!',

  'activities.call.title': 'Who can help? {title}, {when}.',
  'activities.call.task': '- {task}: {open} more needed',
  'activities.call.how': 'Druk op een knop om te helpen. / Press a button to help.',
  'activities.call.button': 'I help: {task}',

  'activities.newsletter.title': 'Newsletter of {date}',
  'activities.newsletter.intro': 'Hello neighbours! This is what happens in the coming week.',
  'activities.newsletter.activities': 'Activities:',
  'activities.newsletter.no_activities': '- Nothing is planned this week. Do you have an idea?',
  'activities.newsletter.members_only': 'residents only',
  'activities.newsletter.tasks': 'Who can help?',
  'activities.newsletter.no_tasks': '- All tasks are taken. Thank you!',
  'activities.newsletter.task_line': '{task} at {activity} ({open} more needed)',
  'activities.newsletter.solved': 'Solved in the shared spaces:',
  'activities.newsletter.outro': 'Sign up under Activities or with Buurtbot. See you!',

  'activities.interest.fishing': 'fishing',
  'activities.interest.table_tennis': 'table tennis',
  'activities.interest.cooking': 'cooking and eating',
  'activities.interest.walking': 'walking',
  'activities.interest.gardening': 'gardening',
  'activities.interest.games': 'games',
  'activities.interest.film': 'films',
  'activities.interest.music': 'music',
  'activities.interest.crafts': 'crafts and making things',
  'activities.interest.sports': 'sports',
  'activities.interest.cleanup': 'tidying up the neighbourhood',
  'activities.interest.learning': 'courses and learning',

  'activities.access.wheelchair': 'Wheelchair accessible',
  'activities.access.quiet': 'Quiet, few stimuli',
  'activities.access.no_alcohol': 'No alcohol',
  'activities.access.children_welcome': 'Children welcome',
  'activities.access.step_free': 'Step-free',
  'activities.access.hearing_loop': 'Hearing loop',

  'bot.commands.plek': 'take a place that came free from the waiting list (yes or no)',
  'bot.commands.helpen': 'help as a volunteer at an activity',
  'bot.commands.vrijwilligers':
    'ask for volunteers in the Activities room (association and support workers)',
  'bot.offer.ask': 'A place is free at {title} ({when}). Do you want it?',
  'bot.offer.help':
    'Choose Yes if you are coming. Choose No and the place goes to the next person.',
  'bot.offer.none': 'There is no free place waiting for you right now.',
  'bot.volunteer.ask': 'What would you like to help with?',
  'bot.volunteer.line': '- {task} at {activity} ({when}): {open} more needed',
  'bot.volunteer.help': 'Choose a task with a button, or type its number.',
  'bot.volunteer.none': 'No help is needed right now. Thank you for asking!',
  'bot.call.ask': 'For which activity are you looking for helpers?',
  'bot.call.help': 'Choose an activity with a button, or type its number.',
  'bot.call.none':
    'All tasks have enough helpers. Or there are no tasks yet: add them under Activities.',
  'bot.create.ask_place': 'Where is it? For example: Living room.',
  'bot.create.place_help': 'Type the place, or choose Skip.',
  'bot.create.ask_capacity': 'How many people can join? Type a number.',
  'bot.create.capacity_help': 'Type a number, like 12. Or choose No limit.',
  'bot.create.choice_no_limit': 'No limit',
};

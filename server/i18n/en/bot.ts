import type { bot as nl } from '../nl/bot';

export const bot: Record<keyof typeof nl, string> = {
  'bot.greeting': 'Hi {name}! I am Buurtbot of {project}. How can I help you?',
  'bot.action_failed':
    'I could not pass this on. Please try again in a moment. In danger? Call 112.',

  'bot.menu.concern': 'Report something about neighbours',
  'bot.menu.care': 'Worried about a neighbour',
  'bot.menu.help': 'Help from a support worker',
  'bot.menu.activities': 'Activities',
  'bot.menu.defect': 'Something broken in a shared space',
  'bot.menu.card': 'Neighbourhood card: who do I call?',

  'bot.commands.melding': 'report something about neighbours, privately',
  'bot.commands.zorg': 'tell the support workers you are worried about a neighbour',
  'bot.commands.hulp': 'ask a support worker to contact you',
  'bot.commands.activiteiten': 'see the coming activities',
  'bot.commands.aanmelden': 'sign up for an activity',
  'bot.commands.afmelden': 'cancel your sign-up for an activity',
  'bot.commands.activiteit': 'create a new activity (association and support workers)',
  'bot.commands.gebrek': 'report something broken in a shared space',
  'bot.commands.buurtkaart': 'who to call for what, and tips',
  'bot.commands.stop': 'stop what we are doing',
  'bot.commands.help': 'this list',
  'bot.help_list.intro': 'This is what I can do. Type a command, or press a button:',
  'bot.help_list.free_text': 'You can also just write what you want in your own words.',

  'bot.command.unknown': 'I do not know the command /{command}. What would you like to do?',
  'bot.command.not_allowed':
    "The command /{command} is for the residents' association and support workers. Have an idea? Tell the association.",
  'bot.command.too_long': 'That is too long for me. Could you say it shorter?',

  'bot.common.skip': 'Skip',
  'bot.common.stop': 'Stop',

  'bot.flow.stopped': 'Okay, we stop. Nothing was passed on. You can start again any time.',
  'bot.flow.nothing_to_stop': 'We were not doing anything. Type /help to see what I can do.',
  'bot.flow.lost': 'I lost track of where we were. Sorry! Want to start again? Type /help.',
  'bot.flow.continues_private': 'I am sending you a personal message. We will continue there.',

  'bot.misunderstood.message':
    'I do not understand you yet. What would you like to do? Press a button or type a number:',
  'bot.misunderstood.answer': 'I do not understand your answer. Press a button or type a number:',
  'bot.misunderstood.offer_human': 'Shall I ask a support worker to contact you?',
  'bot.misunderstood.choice_human': 'Yes, a support worker',
  'bot.misunderstood.choice_no_human': 'No, I will try again',
  'bot.misunderstood.try_again': 'Fine. Write what you want in your own words. Or type /help.',

  'bot.emergency.call_now': 'Call 112 now.',
  'bot.emergency.do.unresponsive':
    'Check if the person is breathing. Stay with them. The operator will tell you what to do.',
  'bot.emergency.do.fall': 'Do not lift or move the person. Stay with them until help comes.',
  'bot.emergency.do.overdose':
    'Say what was taken, if you know. Stay with them. If they are drowsy, lay them on their side.',
  'bot.emergency.do.fire':
    'Get out. Close the doors behind you. Do not use the lift. Warn neighbours if it is safe.',
  'bot.emergency.do.gas':
    'Get out. Do not switch lights on or off. No fire or flames. Call 112 once you are outside.',
  'bot.emergency.do.violence': 'Do not step in yourself. Find a safe place and lock your door.',
  'bot.emergency.do.threat': 'Go to a safe place, with other people. Lock your door.',
  'bot.emergency.do.break_in':
    'Do not go up to them. Stay somewhere safe. Notice what you see, for the police.',
  'bot.emergency.do.missing':
    'Say what the person looks like, what they wear and where you saw them last. Ask neighbours to help look. Keep your phone with you.',
  'bot.emergency.do.danger':
    'Make sure you are safe first. Can you help without danger? Then stay with the person until help comes.',
  'bot.social.thanks': 'You are welcome! You can always send me a message again.',
  'bot.social.bye': 'Goodbye! I am here when you need me.',
  'bot.social.how_are_you':
    'I am fine, thank you. And you? If you want to arrange something, just write it.',
  'bot.social.compliment': 'Thank you, that is kind! I am happy to help.',
  'bot.social.chat': 'Nice of you to tell me! Can I do something for you?',
  'bot.social.ok': 'Good. Just tell me if I can do something for you.',
  'bot.concern.talk_first':
    'Good idea. Nothing has been passed on. If the talk does not work, or you would rather not after all, write /report and we will help you further.',
  'bot.safety.ask': 'I want to be sure: is anyone in danger right now?',
  'bot.safety.choice_yes': 'Yes, call 112',
  'bot.safety.choice_no': 'No, no danger',
  'bot.safety.what_now':
    'What can I help you with? Choose a button, or write it in your own words.',
  'bot.safety.no_danger': 'Good. Then let us see together what you need.',
  'bot.emergency.self_harm':
    'I am glad you tell me. Are you in danger now? Call 112 right away. Want to talk about suicidal thoughts? Call 113 or free 0800-0113, day and night.',
  'bot.emergency.police': 'The community police officer:',
  'bot.emergency.staff_alerted': 'I am also alerting the support workers now.',
  'bot.emergency.flow_continues': 'If you like, we carry on where we were afterwards.',

  'bot.help.ask_urgent': 'I will ask a support worker to contact you. Is it urgent?',
  'bot.help.urgent_help': 'Urgent means: it cannot wait until tomorrow.',
  'bot.help.choice_urgent': 'Yes, it is urgent',
  'bot.help.choice_not_urgent': 'No, today or tomorrow is fine',
  'bot.help.ask_topic_after':
    'Do you want to say what it is about? Then the support worker knows already. You may skip this.',
  'bot.help.detail_added': 'Thank you. I added it to your request.',
  'bot.help.detail_skipped': 'Fine. Your request has already been passed on.',
  'bot.help.ask_topic': 'What is it about? You may skip this.',
  'bot.help.topic_help':
    'This tells the support worker what it is about. Press a button, write it in your own words, or skip.',
  'bot.help.topic_home': 'My home',
  'bot.help.topic_money': 'Money or letters',
  'bot.help.topic_health': 'How I feel',
  'bot.help.topic_neighbours': 'Neighbours',
  'bot.help.topic_other': 'Something else',
  'bot.help.sent': 'I have passed on your question.',
  'bot.help.who_own': 'Your support worker {name} will contact you.',
  'bot.help.who_on_call': '{name} is on duty now and will contact you.',
  'bot.help.who_any':
    'Nobody is on duty right now. I am giving your question to all support workers of the project. It may take a while.',
  'bot.help.crisis_line':
    'Can it not wait? Call {name}: {phone}. They can be reached day and night.',
  'bot.help.urgent_note': 'It is urgent, so your question goes first.',
  'bot.help.danger_note': 'In danger? Call 112.',

  'bot.care.intro':
    'Good of you to look out for your neighbour. What you tell me goes to the support workers only.',
  'bot.care.ask_what': 'What do you notice? Tell me in your own words.',
  'bot.care.what_help':
    'Write what you see or hear. For example: I have not seen my neighbour for days.',
  'bot.care.ask_unit': 'Which house number is it about? You may skip this.',
  'bot.care.unit_help': 'Type the house number, for example 12 or 3b. Not sure? Press Skip.',
  'bot.care.sent':
    'Thank you. I have passed it on to the support workers. They will see what is needed.',

  'bot.concern.ask_describe':
    'What do you hear or see? And when does it happen? Tell me in your own words.',
  'bot.concern.describe_help':
    'Write what happens, and when. For example: loud music at number 12 every night.',
  'bot.concern.summary_category': 'It is about {category}.',
  'bot.concern.summary_when.recurring': 'It happens {when}.',
  'bot.concern.summary_when.since': 'It has been going on {when}.',
  'bot.concern.summary_when.moment': 'It was {when}.',
  'bot.concern.summary_unit': 'It is at number {unit}.',
  'bot.concern.ask_confirm':
    'Shall I make this a private report? Only you and the support workers see it. Your neighbour will not hear who it is from.',
  'bot.concern.confirm_help':
    'Press Yes to pass the report on. Press No if you do not want that. Then nothing happens.',
  'bot.concern.choice_send': 'Yes, make a report',
  'bot.concern.choice_cancel': 'No, rather not',
  'bot.concern.sent': 'Your report has been passed on. You will hear the next step in this chat.',
  'bot.concern.not_sent':
    'Okay, I will not pass anything on. You can always report something later.',
  'bot.guard.offer':
    'You wrote about a neighbour in the shared room. That is better done privately.',
  'bot.blame.offer':
    'You wrote about a neighbour in the group, with a judgement about them. That can hurt, even if you do not mean it. Do you want to take your message back? Or make it a private report? Only you and the support workers see that.',
  'bot.blame.offer_report_only':
    'You wrote about a neighbour in the group, with a judgement about them. That can hurt, even if you do not mean it. Do you want to make it a private report? Only you and the support workers see that.',
  'bot.blame.help':
    'Choose Take my message back: then your message is gone for everyone. Or choose Make it a private report: then only the support workers read it.',
  'bot.blame.take_back': 'Take my message back',
  'bot.blame.report': 'Make it a private report',
  'bot.blame.taken_back': 'Your message is gone. Nobody sees it any more. Thank you.',
  'bot.blame.not_yours': 'That message is not yours. You can only take back your own message.',
  'bot.blame.already_gone': 'That message is already gone.',
  'bot.blame.report_stale':
    'That question is over. Do you still want to report something? Then choose Report something about neighbours.',

  'bot.category.noise': 'noise',
  'bot.category.waste': 'waste',
  'bot.category.smell': 'smell',
  'bot.category.parking': 'parking',
  'bot.category.pets': 'pets',
  'bot.category.behaviour': 'behaviour',
  'bot.category.safety': 'safety',
  'bot.category.other': 'something else',

  'bot.defect.ask_describe': 'What is broken? And where?',
  'bot.defect.describe_help': 'For example: the light in the hall is broken.',
  'bot.defect.confirm_help': 'Press Yes to pass the defect on. Press No if you do not want that.',
  'bot.defect.choice_send': 'Yes, pass it on',
  'bot.defect.choice_cancel': 'No, rather not',
  'bot.defect.not_sent': 'Okay, I will not pass anything on.',

  'bot.activities.title': 'Coming up:',
  'bot.activities.none': 'There are no activities planned right now. Have a look later!',
  'bot.activities.full': 'full (waiting list)',
  'bot.activities.spots_left_one': '1 place left',
  'bot.activities.spots_left': '{count} places left',
  'bot.activities.you_are_in': 'you are signed up',
  'bot.activities.choice_signup': 'Sign up',
  'bot.activities.choice_cancel': 'Cancel a sign-up',

  'bot.signup.ask_which': 'Which activity would you like to sign up for?',
  'bot.signup.which_help': 'Press an activity, or type its number.',
  'bot.signup.none': 'There are no activities to sign up for right now.',
  'bot.signup.all_done': 'You are already signed up for every activity. Nice!',
  'bot.signup.already': 'You are already signed up for {title}.',
  'bot.signup.gone': 'I cannot find this activity any more. Type /activities to see what is on.',
  'bot.signup.fit_left_one': 'There is 1 place left at {title}.',
  'bot.signup.fit_left': 'There are {left} places left at {title}.',
  'bot.signup.fit_group_one':
    'That is not enough for you and your guest together. What would you like?',
  'bot.signup.fit_group':
    'That is not enough for you and your {guests} guests together. What would you like?',
  'bot.signup.fit_alone': 'Just me, no guests',
  'bot.signup.fit_waitlist': 'Together on the waitlist',
  'bot.signup.fit_no': 'Not now',
  'bot.signup.fit_none': 'Fine. I am not signing you up.',
  'bot.signup.fit_help': 'Choose a button: just you, together on the waitlist, or not now.',
  'bot.signup.sent':
    'I am signing you up for {title} ({when}). You will get a message when it is done.',
  'bot.signup.sent_full':
    '{title} ({when}) is full. I am putting you on the waiting list. If a place opens up, you will hear.',

  'bot.cancel.ask_which': 'Which activity would you like to cancel?',
  'bot.cancel.which_help': 'Press the activity, or type its number.',
  'bot.cancel.not_signed_up': 'You are not signed up for anything right now.',
  'bot.cancel.confirm':
    'Do you want to cancel your place for {title} ({when})? Then your place is gone.',
  'bot.cancel.confirm_one':
    'Do you want to cancel your place for {title} ({when})? Then your place is gone. Your guest is cancelled too.',
  'bot.cancel.confirm_many':
    'Do you want to cancel your place for {title} ({when})? Then your place is gone. Your {guests} guests are cancelled too.',
  'bot.cancel.confirm_help': 'Choose Yes to cancel, or No to keep your place.',
  'bot.cancel.choice_yes': 'Yes, cancel',
  'bot.cancel.choice_no': 'No, I am staying',
  'bot.cancel.kept': 'Fine. You are still signed up for {title}.',
  'bot.cancel.sent': 'I am cancelling your place for {title} ({when}). A pity you cannot come!',

  'bot.create.ask_title': 'What is the activity called?',
  'bot.create.title_help': 'A short name, for example: Coffee morning.',
  'bot.create.ask_date': 'On which day is it?',
  'bot.create.date_help': 'Type a day, like: friday, tomorrow or 12 March.',
  'bot.create.choice_tomorrow': 'Tomorrow',
  'bot.create.choice_saturday': 'Saturday',
  'bot.create.ask_time': 'What time does it start? For example 20:00.',
  'bot.create.time_help': 'Type a time, like 10:00 or 8pm. Or press Skip.',
  'bot.create.sent':
    'I am passing on the activity: {title}, {date}. You will see it in the agenda when it is ready.',

  'bot.card.title': 'Neighbourhood card of {project}:',
  'bot.card.danger_line': 'In danger: always call 112.',
  'bot.card.tips': 'Tips:',
  'bot.card.for_topic': 'For {topic}:',
  'bot.card.no_topic': 'There is no one on the card for {topic}. Here is the whole card.',
  'bot.card.kind.police': 'the community police officer',
  'bot.card.kind.support': 'support',
  'bot.card.kind.repairs': 'repairs',
  'bot.card.kind.corporation': 'the housing association',
  'bot.card.kind.mediation': 'neighbourhood mediation',
  'bot.card.kind.association': "the residents' association",
  'bot.card.kind.emergency': 'emergencies',
  'bot.card.kind.crisis': 'help day and night (24/7)',
};

import type { concerns as nl } from '../nl/concerns';

/** English mirror of `nl/concerns.ts`. */
export const concerns: Record<keyof typeof nl, string> = {
  'concerns.bot.steer_to_behaviour':
    'I would like to know what happens, not who someone is. What do you hear or see? When? And what does it do to you?',
  'concerns.bot.ask_when': 'When does it happen, and how often?',
  'concerns.bot.when_help':
    'Choose a button, or write it yourself. For example: every evening after eleven.',
  'concerns.bot.when_once': 'Once',
  'concerns.bot.when_sometimes': 'Sometimes',
  'concerns.bot.when_often': 'Often',
  'concerns.bot.when_daily': 'Every day or night',
  'concerns.bot.ask_effect': 'What does it do to you?',
  'concerns.bot.effect_help':
    'Tell me what it means for you. For example: I sleep badly. You may skip this.',
  'concerns.bot.effect_sleep': 'I sleep badly because of it',
  'concerns.bot.effect_home': 'I do not feel good at home',
  'concerns.bot.effect_unsafe': 'I feel unsafe',
  'concerns.bot.ask_talked': 'Have you talked to your neighbour about it?',
  'concerns.bot.talked_help':
    'You do not have to. If it feels scary, choose: I do not dare. Then we find another way.',
  'concerns.bot.talked_yes': 'Yes, but it did not help',
  'concerns.bot.talked_no': 'No, not yet',
  'concerns.bot.talked_afraid': 'I do not dare',
  'concerns.bot.talked_unknown': 'I do not know who it is',
  'concerns.bot.suggest': 'My tip: {step}.',
  'concerns.bot.ask_choose': 'What would you like to do?',
  'concerns.bot.choose_help':
    'Choose the step that suits you. You can always choose a next step later. Do you feel unsafe? Then it goes to a support worker at once.',
  'concerns.bot.tip_mark': '(tip)',
  'concerns.bot.step.zelf': 'Talk yourself, with tips',
  'concerns.bot.step.burenbericht': 'A message through Buurtbot',
  'concerns.bot.step.begeleiding': 'Ask a support worker',
  'concerns.bot.step.bemiddeling': 'Neighbourhood mediation',
  'concerns.bot.explain.zelf': 'A calm talk often helps. I will give you tips.',
  'concerns.bot.explain.burenbericht':
    'I send your neighbour a friendly message. Your neighbour does not hear who it is from, unless you want that.',
  'concerns.bot.explain.begeleiding': 'A support worker looks into it with you and gets in touch.',
  'concerns.bot.explain.bemiddeling':
    'Trained volunteers help neighbours to talk together. You both take part freely.',
  'concerns.bot.choice_unsafe': 'I feel unsafe',
  'concerns.bot.choice_later': 'Choose later',
  'concerns.bot.tips':
    'Tips for a talk: pick a calm moment. Say what you notice and what it does to you. Do not say what the other person is, but what happens. Ask what your neighbour thinks.',
  'concerns.bot.will_follow_up': 'In a few days I will ask how it is going. Your report is kept.',
  'concerns.bot.to_staff':
    'I have asked a support worker to look at your report. You will hear about it in your report. Is there danger? Call 112.',
  'concerns.bot.unsafe_to_staff':
    'I am sorry you feel unsafe. You do not have to solve this alone. I am asking a support worker right now. Is there danger? Call 112.',
  'concerns.bot.to_mediation':
    'I will pass on that you would like neighbourhood mediation. A support worker will contact you. Your neighbour will be asked too. Everyone may say no.',
  'concerns.bot.later':
    'Fine. Your report stays. In a few days I will ask how it is going. You can also choose a step earlier.',
  'concerns.bot.ladder_stopped':
    'Okay. Your report is kept. You can choose a step later. I will ask how it is going in a few days.',
  'concerns.bot.ask_unit': 'Which house number should the message go to?',
  'concerns.bot.unit_help': 'Type the house number, for example 12 or 3b.',
  'concerns.bot.unit_unknown': 'I do not know',
  'concerns.bot.no_unit':
    'Without a house number I cannot send a message. Choose another step. A support worker can help too.',
  'concerns.bot.unit_unreachable':
    'I cannot reach anyone at house number {unit} through Buurtbot. Choose another step.',
  'concerns.bot.ask_named':
    'May your neighbour know the message is from you? You do not have to. Without your name is fine too.',
  'concerns.bot.named_help': 'Choose No if your neighbour may not know it is from you.',
  'concerns.bot.named_no': 'No, without my name',
  'concerns.bot.named_yes': 'Yes, with my name',
  'concerns.bot.preview':
    'I will send this message to house number {unit}:\n"{text}"\nShall I send it?',
  'concerns.bot.preview_help': 'Choose Yes to send the message. Choose No if you do not want it.',
  'concerns.bot.preview_send': 'Yes, send it',
  'concerns.bot.preview_dont': 'No, do not send',
  'concerns.bot.burenbericht_sent':
    'The message has been sent. If your neighbour answers, you will read it in your report. In a few days I will ask how it is going.',
  'concerns.bot.burenbericht_not_sent':
    'Okay, I will not send anything. What would you like to do?',
  'concerns.bot.concern_not_found': 'I cannot find this report.',
  'concerns.bot.concern_closed':
    'This report has been closed. Is there something new? Type /report.',
  'concerns.bot.followup_question':
    'A few days ago you reported something about {topic}. Is it solved?',
  'concerns.bot.followup_solved': 'Yes, it is solved',
  'concerns.bot.followup_better': 'It is getting better',
  'concerns.bot.followup_not_solved': 'No, not yet',
  'concerns.bot.followup_solved_reply': 'Good to hear it is solved! I am closing your report.',
  'concerns.bot.followup_better_reply': 'Good to hear. I will ask again in a few days.',
  'concerns.bot.followup_not_solved_reply': 'Sorry it is not solved yet.',
  'concerns.bot.aftercare_reporter':
    'A while ago your report about {topic} was solved. Is it still good?',
  'concerns.bot.aftercare_neighbour':
    'A while ago you got a message from Buurtbot about your neighbours. Is it good now between you and your neighbours?',
  'concerns.bot.aftercare_good': 'Yes, it is good',
  'concerns.bot.aftercare_not_good': 'No, not so good',
  'concerns.bot.aftercare_skip': 'I would rather not say',
  'concerns.bot.aftercare_good_reply': 'Good to hear. Thank you!',
  'concerns.bot.aftercare_not_good_reply':
    'I am sorry. Would you like help from a support worker, or to report something new?',
  'concerns.bot.aftercare_skip_reply': 'That is fine. Thank you.',
  'concerns.bot.consent_question':
    'The support worker would like to send your report about {topic} to the housing corporation. That only happens if you agree. What may the housing corporation see?',
  'concerns.bot.consent_anonymous': 'Yes, without my name',
  'concerns.bot.consent_named': 'Yes, with my name and our conversation',
  'concerns.bot.consent_no': 'No, rather not',
  'concerns.bot.consent_yes_reply': 'Thank you. I will pass it on.',
  'concerns.bot.consent_no_reply':
    'That is fine. The report does not go to the housing corporation. The support worker will help you further.',
  'concerns.bot.mediation_reporter':
    'A support worker suggests neighbourhood mediation. Trained volunteers help you and your neighbour to talk together. Will you take part? You may say no.',
  'concerns.bot.mediation_other':
    'Neighbourhood mediation helps neighbours to talk together, with trained volunteers. A neighbour would like that with you. Will you take part? You may say no.',
  'concerns.bot.mediation_yes': 'Yes, I will take part',
  'concerns.bot.mediation_no': 'No, rather not',
  'concerns.bot.mediation_yes_reply': 'Good. A support worker will contact you.',
  'concerns.bot.mediation_no_reply': 'That is fine. Thank you for letting us know.',
  'concerns.bot.choose_step_button': 'Choose a step',
  'concerns.bot.reply_sent': 'Thank you. I will pass on your answer.',
  'concerns.bot.reply_unknown': 'I cannot find this message any more.',
  'concerns.bot.ask_own_words': 'Write your answer. Your neighbour will read it.',
  'concerns.bot.own_words_help': 'Write briefly and kindly what you want to say. Or choose Stop.',
  'concerns.bot.commands.stap': 'choose a next step for your report',
  'concerns.bot.commands.opvolging': 'say whether your report is solved',
  'concerns.bot.commands.antwoord': 'answer a message from Buurtbot',
  'concerns.bot.commands.toestemming': 'say whether your report may go to the housing corporation',
  'concerns.bot.commands.nazorg': 'say whether things are still good',
  'concerns.bot.commands.bemiddeling': 'say yes or no to neighbourhood mediation',

  'concerns.bb.opening_anonymous':
    'Hello neighbour! This is a message from Buurtbot. A neighbour is bothered by {topic} at your home.',
  'concerns.bb.opening_named':
    'Hello neighbour! This is a message from Buurtbot, on behalf of your neighbour {name}. {name} is bothered by {topic} at your home.',
  'concerns.bb.frequency.once': 'It happened once.',
  'concerns.bb.frequency.sometimes': 'It happens sometimes.',
  'concerns.bb.frequency.often': 'It happens often.',
  'concerns.bb.frequency.daily': 'It happens every day or night.',
  'concerns.bb.request': 'Could you keep that in mind? Maybe you did not know. Thank you!',
  'concerns.bb.how_to_answer': 'You can answer with a button, or in your own words.',
  'concerns.bb.topic.noise': 'noise',
  'concerns.bb.topic.waste': 'rubbish',
  'concerns.bb.topic.smell': 'a smell',
  'concerns.bb.topic.parking': 'parking',
  'concerns.bb.topic.pets': 'a pet',
  'concerns.bb.topic.behaviour': 'behaviour',
  'concerns.bb.topic.safety': 'something that feels unsafe',
  'concerns.bb.topic.other': 'something',
  'concerns.bb.reply.sorry': 'Sorry, I will pay attention',
  'concerns.bb.reply.didnt_know': 'I did not know',
  'concerns.bb.reply.talk': "Let's talk",
  'concerns.bb.reply.own_words': 'In my own words',

  'concerns.thread.name': 'Report: {topic}',
  'concerns.thread.intro':
    'This is your report about {topic}. Only you and the support workers read this. Your neighbour does not hear who it is from, unless you want that.',
  'concerns.thread.what': 'What you told me: "{text}"',
  'concerns.thread.step.zelf': 'Step: talk yourself. I will ask how it is going in a few days.',
  'concerns.thread.step.burenbericht_anonymous':
    'Step: Buurtbot sent a message to house number {unit}, without your name.',
  'concerns.thread.step.burenbericht_named':
    'Step: Buurtbot sent a message to house number {unit}, with your name.',
  'concerns.thread.step.begeleiding':
    'Step: a support worker is looking into it. You will hear here.',
  'concerns.thread.step.bemiddeling':
    'Step: neighbourhood mediation. A support worker will discuss with you how it works.',
  'concerns.thread.step.corporatie':
    'Step: with your consent, your report has been sent to the housing corporation.',
  'concerns.thread.step.nood':
    'This looks like an emergency. Is there danger now? Call 112 at once. The support workers have been alerted.',
  'concerns.thread.step.zelf_from_staff':
    'Step: the support worker thinks a talk with your neighbour can help. Buurtbot has tips.',
  'concerns.thread.claimed': '{name} (support worker) has picked up your report.',
  'concerns.thread.reply': 'Your neighbour answered the message: "{reply}"',
  'concerns.thread.reply_talk':
    'Your neighbour answered: "Let\'s talk." Would you like that? You can ring the bell, or ask a support worker to help.',
  'concerns.thread.resolved': 'Your report has been closed: {outcome}.',
  'concerns.thread.auto_up':
    'We did not hear that it was solved. So a support worker is looking into it now.',
  'concerns.thread.consent_asked':
    'The support worker asks whether your report may go to the housing corporation. Look at Buurtbot.',
  'concerns.thread.consent_refused':
    'You did not want the report to go to the housing corporation.',
  'concerns.thread.corporation_status': 'The housing corporation: {status}.',
  'concerns.thread.corporation_note': 'The housing corporation writes: "{text}"',
  'concerns.thread.mediation_declined':
    'Neighbourhood mediation will not go ahead. That is fine: everyone may say no. A support worker will help you further.',
  'concerns.thread.mediation_phase': 'Neighbourhood mediation: {phase}.',
  'concerns.thread.withdrawn': 'You withdrew your report.',
  'concerns.reporter.reply_nudge':
    'Your neighbour answered your message. You can read it in your report.',
  'concerns.reporter.unreachable':
    'I could not deliver the message: I cannot reach anyone at that house number. Choose another step.',
  'concerns.sender.care_thanks':
    'Thank you for your care signal. A support worker has looked at it.',

  'concerns.staff.new_concern': 'Report for support: {topic}{unit}. See the dashboard.',
  'concerns.staff.new_concern_unsafe':
    'URGENT: report from someone who feels unsafe: {topic}{unit}. See the dashboard.',
  'concerns.staff.mediation_requested': 'Neighbourhood mediation requested: {topic}{unit}.',
  'concerns.staff.unit': ' (home {unit})',
  'concerns.staff.escalated':
    'Nobody has picked this up yet ({kind}). {name} is on call and gets it now.',
  'concerns.staff.escalated_nobody':
    'Nobody has picked this up yet ({kind}). Nobody is on the rota!',
  'concerns.staff.urgent_repeat':
    'NOT SEEN YET ({count}x): {kind}. Acknowledge it in the dashboard.',
  'concerns.staff.aftercare_not_good': 'Aftercare: things are not good ({topic}).',
  'concerns.staff.corporation_update': 'The housing corporation posted an update: {status}.',
  'concerns.alert_kind.concern': 'report',
  'concerns.alert_kind.care': 'care signal',
  'concerns.alert_kind.help': 'help request',
  'concerns.alert_kind.urgent': 'emergency',

  'concerns.step.intake': 'Reported',
  'concerns.step.zelf': 'Talk yourself',
  'concerns.step.burenbericht': 'Neighbour message',
  'concerns.step.begeleiding': 'Support',
  'concerns.step.bemiddeling': 'Neighbourhood mediation',
  'concerns.step.corporatie': 'Housing corporation',
  'concerns.step.nood': 'Emergency',
  'concerns.outcome.solved_neighbours': 'solved between neighbours',
  'concerns.outcome.solved_support': 'solved with help from support',
  'concerns.outcome.mediation': 'solved through mediation',
  'concerns.outcome.corporation': 'handled by the housing corporation',
  'concerns.outcome.police': 'handled by the police',
  'concerns.outcome.withdrawn': 'withdrawn',
  'concerns.phase.intake': 'intake',
  'concerns.phase.consent': 'both neighbours are asked',
  'concerns.phase.separate_talks': 'separate talks',
  'concerns.phase.joint_talk': 'talking together',
  'concerns.phase.agreements': 'agreements',
  'concerns.phase.followup': 'follow-up talk',
  'concerns.corp_status.received': 'received',
  'concerns.corp_status.in_progress': 'in progress',
  'concerns.corp_status.closed': 'closed',
  'concerns.status.open': 'Open',
  'concerns.status.closed': 'Closed',
  'concerns.category.noise': 'Noise',
  'concerns.category.waste': 'Rubbish',
  'concerns.category.smell': 'Smell',
  'concerns.category.parking': 'Parking',
  'concerns.category.pets': 'Pets',
  'concerns.category.behaviour': 'Behaviour',
  'concerns.category.safety': 'Safety',
  'concerns.category.other': 'Something else',
  'concerns.frequency.once': 'Once',
  'concerns.frequency.sometimes': 'Sometimes',
  'concerns.frequency.often': 'Often',
  'concerns.frequency.daily': 'Every day or night',

  'concerns.refusal.closed': 'This report has already been closed.',
  'concerns.refusal.same_step': 'The report is already at this step.',
  'concerns.refusal.not_allowed': 'You cannot take this step now.',
  'concerns.refusal.mediation_excluded':
    'Neighbourhood mediation does not fit here. This belongs with support.',
  'concerns.refusal.consent_required': 'The reporter must first agree to the housing corporation.',
  'concerns.refusal.needs_target': 'No home or person is known to send the message to.',
  'concerns.refusal.consent_missing': 'Both neighbours must first say yes to mediation.',
  'concerns.refusal.already_claimed': 'A colleague has already picked this up.',
  'concerns.refusal.not_in_mediation': 'This report is not in neighbourhood mediation.',
  'concerns.refusal.no_consent_request': 'No consent has been asked for.',
  'concerns.refusal.already_answered': 'You have already answered. Thank you!',
  'concerns.refusal.not_yours': 'This message is not for you.',
  'concerns.refusal.shift_order': 'The end must be after the start.',
  'concerns.refusal.not_staff_member': 'Choose a support worker of this project.',
  'concerns.refusal.period': 'The period is not right: the end must be after the start.',
};

import type { discord as nl } from '../nl/discord';

export const discord: Record<keyof typeof nl, string> = {
  'discord.command.koppel': 'Link Discord to Buurtkamer, with a code from Buurtkamer',
  'discord.option.tekst': 'What do you want to say? You may leave it empty.',
  'discord.option.activiteit': 'Which activity?',
  'discord.option.onderwerp': 'About what? For example: police or repairs',
  'discord.option.code': 'The code from Buurtkamer',
  'discord.link.account_done':
    'Done, {name}! Your Discord is now linked to your Buurtkamer account. Buurtbot knows you here too.',
  'discord.link.channel_done':
    'This channel is now linked to {room} of {project} in Buurtkamer. Messages go both ways.',
  'discord.link.staff_done':
    'This channel is now linked to the team room of {project}. Messages for the team arrive here. Make sure only support workers can see this channel.',
  'discord.link.room_notice':
    'This room is now linked to the Discord channel #{channel}. Messages go both ways.',
  'discord.link.code_invalid':
    'This code does not work. It may have expired or been used. Make a new code in Buurtkamer.',
  'discord.link.needs_channel':
    'Type this code in the Discord channel you want to link, not in a private message.',
  'discord.link.not_allowed':
    'Only someone who may manage channels on this server can link a channel.',
  'discord.link.failed': 'Linking did not work. Please try again later.',
  'discord.link.needed':
    'Link your account first. In Buurtkamer, go to "Discord", make a code and type here: /koppel and then the code.',
  'discord.not_member':
    'Your account does not belong to the Buurtkamer of this channel. Ask a support worker or the residents’ association for an invite.',
  'discord.no_project': 'This Discord server is not linked to a Buurtkamer yet.',
  'discord.continue_in_dm':
    'Want to type something? Send Buurtbot a private message. We carry on there.',
  'discord.failed': 'Something went wrong. Please try again, or type /hulp.',
  'discord.slow_down': 'Please wait a moment, that was too fast. Try again soon.',
  'discord.card.title': 'Message for the team',
  'discord.card.open': 'Open in Buurtkamer',
  'discord.alert.title': 'For the team: {kind}',
  'discord.alert.status': 'Status',
  'discord.alert.status_new': 'Not taken up yet',
  'discord.alert.status_seen': 'Seen by {name}, not taken up yet',
  'discord.alert.status_claimed': 'Taken up by {name}',
  'discord.alert.status_resolved': 'Handled',
  'discord.alert.assigned': 'For',
  'discord.alert.claim': 'Take it up',
  'discord.alert.resolve': 'Handled',
  'discord.alert.gone': 'This message for the team no longer exists.',
  'discord.alert.link_first':
    'Link your account first. Only support workers of this Buurtkamer can take this up. In Buurtkamer, go to "Discord" and make a code.',
  'discord.alert.staff_only':
    'Only support workers of this Buurtkamer can take this up or close it.',
  'discord.activity.when': 'When',
  'discord.activity.place': 'Where',
  'discord.activity.seats': 'Places',
  'discord.activity.seats_left': '{left} of {capacity} places free',
  'discord.activity.seats_open': 'Everyone can come. {taken} signed up so far.',
  'discord.activity.seats_full_none': 'Full. Still want to come? Then you go on the waiting list.',
  'discord.activity.seats_full_one':
    'Full. 1 person is waiting. Still want to come? Then you go on the waiting list.',
  'discord.activity.seats_full':
    'Full. {waiting} people are waiting. Still want to come? Then you go on the waiting list.',
  'discord.activity.closed': 'Signing up is closed.',
  'discord.activity.cancelled': 'This activity is cancelled.',
  'discord.activity.signup': 'Sign up',
  'discord.activity.withdraw': 'Cancel sign-up',
  'web.discord.via_discord': 'via Discord',
  'web.discord.title': 'Discord',
  'web.discord.open': 'Discord',
  'web.discord.unavailable': 'Discord is not switched on in this Buurtkamer.',
  'web.discord.account_title': 'Your Discord account',
  'web.discord.account_intro':
    'Do you use Discord? Then link your account. Buurtbot will know you there too. The same rules apply: what is private stays private.',
  'web.discord.linked_as': 'Linked to Discord: {name}.',
  'web.discord.not_linked': 'Your Discord account is not linked yet.',
  'web.discord.make_code': 'Make a link code',
  'web.discord.code_howto': 'Type this in Discord:',
  'web.discord.code_expiry': 'The code works for {minutes} minutes, and only once.',
  'web.discord.unlink': 'Unlink',
  'web.discord.rooms_title': 'Channels on Discord',
  'web.discord.rooms_intro':
    'Link a Discord channel to a room. Make a code and type /koppel with the code in that channel on Discord.',
  'web.discord.room_code': 'Code for {room}',
  'web.discord.linked_room': '{room} is linked to #{channel}',
  'web.discord.no_links': 'No channels are linked yet.',
  'web.discord.staff_warning':
    'Note: messages for the team arrive in the linked channel. Make sure only support workers can see that channel.',
  'discord.stopped.token':
    'Buurtkamer has stopped using Discord. Discord does not accept the bot token (code {code}). Make a new token in the Discord developer portal under "Bot". Put it in DISCORD_TOKEN and start Buurtkamer again.',
  'discord.stopped.intents':
    'Buurtkamer has stopped using Discord. The bot may not read messages (code {code}). In the Discord developer portal, under "Bot", switch on the "Message Content Intent". Then press "Connect again" on the Discord page in Buurtkamer.',
  'discord.stopped.other':
    'Buurtkamer has stopped using Discord. Discord refuses the connection (code {code}). docs/discord.md says what to do. Then press "Connect again" on the Discord page in Buurtkamer.',
  'discord.permission.ViewChannel': 'View Channels',
  'discord.permission.SendMessages': 'Send Messages',
  'discord.permission.ReadMessageHistory': 'Read Message History',
  'discord.permission.EmbedLinks': 'Embed Links',
  'discord.permission.ManageWebhooks': 'Manage Webhooks',
  'discord.link.missing_permission':
    'Buurtbot is missing a permission here: "{permission}". Give the bot that permission in this channel (edit channel, then Permissions). Then type the same code again. The code still works.',
  'discord.broken.missing_permission':
    'The link between {room} and #{channel} on Discord no longer works. Buurtbot is missing the permission "{permission}" there. Nothing is sent there any more. Give the bot that permission and link the channel again with a new code.',
  'discord.broken.channel_deleted':
    'The link between {room} and #{channel} on Discord no longer works. That channel no longer exists. Nothing is sent there any more. Link another channel with a new code.',
  'discord.broken.webhook_deleted':
    'The link between {room} and #{channel} on Discord no longer works. Someone removed the "Buurtkamer" webhook. Nothing is sent there any more. Link the channel again with a new code.',
  'discord.broken.bot_removed':
    'The link between {room} and #{channel} on Discord no longer works. Buurtbot was removed from that Discord server. Nothing is sent there any more. Invite the bot again and link the channel again with a new code.',
  'discord.attachment.on_discord': 'Attachment on Discord: {name}',
  'web.discord.status_title': 'Connection to Discord',
  'web.discord.retry': 'Connect again',
  'web.discord.retry_asked':
    'Buurtkamer is trying to connect again. Look again in a minute to see if it worked.',
  'web.discord.broken': 'Not working',
};

/**
 * Discord: Buurtbot's own texts there (linking, hints) and the web screens for linking.
 * Plain language (B1): short sentences, everyday words.
 */
export const discord = {
  'discord.command.koppel': 'Discord koppelen aan Buurtkamer, met een code uit Buurtkamer',
  'discord.option.tekst': 'Wat wil je zeggen? Mag ook leeg blijven.',
  'discord.option.activiteit': 'Welke activiteit?',
  'discord.option.onderwerp': 'Waarover? Bijvoorbeeld: politie of reparaties',
  'discord.option.code': 'De code uit Buurtkamer',
  'discord.link.account_done':
    'Gelukt, {name}! Je Discord is nu gekoppeld aan je account in Buurtkamer. Buurtbot kent je nu ook hier.',
  'discord.link.channel_done':
    'Dit kanaal is nu gekoppeld aan {room} van {project} in Buurtkamer. Berichten gaan beide kanten op.',
  'discord.link.staff_done':
    'Dit kanaal is nu gekoppeld aan de Teamkamer van {project}. Berichten voor het team komen hier binnen. Zorg dat alleen begeleiders dit kanaal kunnen zien.',
  'discord.link.room_notice':
    'Deze kamer is nu gekoppeld aan het Discord-kanaal #{channel}. Berichten gaan beide kanten op.',
  'discord.link.code_invalid':
    'Deze code werkt niet. Misschien is hij verlopen of al gebruikt. Maak een nieuwe code in Buurtkamer.',
  'discord.link.needs_channel':
    'Typ deze code in het Discord-kanaal dat je wilt koppelen, niet in een privébericht.',
  'discord.link.not_allowed':
    'Alleen iemand die kanalen mag beheren op deze server kan een kanaal koppelen.',
  'discord.link.failed': 'Het koppelen lukte niet. Probeer het later nog eens.',
  'discord.link.needed':
    'Koppel eerst je account. Ga in Buurtkamer naar "Discord", maak een code en typ hier: /koppel en dan de code.',
  'discord.not_member':
    'Je account hoort niet bij de buurtkamer van dit kanaal. Vraag een uitnodiging aan een begeleider of de woonvereniging.',
  'discord.no_project': 'Deze Discord-server is nog niet gekoppeld aan een buurtkamer.',
  'discord.continue_in_dm':
    'Wil je iets typen? Stuur Buurtbot dan een privébericht. Daar gaan we verder.',
  'discord.failed': 'Er ging iets mis. Probeer het nog eens, of typ /hulp.',
  'discord.slow_down': 'Even wachten, het gaat te snel. Probeer het zo nog eens.',
  'discord.card.title': 'Bericht voor het team',
  'discord.card.open': 'Open in Buurtkamer',
  'discord.alert.title': 'Voor het team: {kind}',
  'discord.alert.status': 'Stand',
  'discord.alert.status_new': 'Nog niet opgepakt',
  'discord.alert.status_seen': 'Gezien door {name}, nog niet opgepakt',
  'discord.alert.status_claimed': 'Opgepakt door {name}',
  'discord.alert.status_resolved': 'Afgehandeld',
  'discord.alert.assigned': 'Voor',
  'discord.alert.claim': 'Oppakken',
  'discord.alert.resolve': 'Afgehandeld',
  'discord.alert.gone': 'Dit bericht voor het team bestaat niet meer.',
  'discord.alert.link_first':
    'Koppel eerst je account. Alleen begeleiders van deze buurtkamer kunnen dit oppakken. Ga in Buurtkamer naar "Discord" en maak een code.',
  'discord.alert.staff_only':
    'Alleen begeleiders van deze buurtkamer kunnen dit oppakken of afhandelen.',
  'discord.activity.when': 'Wanneer',
  'discord.activity.place': 'Waar',
  'discord.activity.seats': 'Plekken',
  'discord.activity.seats_left': 'Nog {left} van de {capacity} plekken vrij',
  'discord.activity.seats_open': 'Iedereen kan mee. Nu {taken} aangemeld.',
  'discord.activity.seats_full_none': 'Vol. Wil je toch mee? Dan kom je op de wachtlijst.',
  'discord.activity.seats_full_one':
    'Vol. 1 persoon wacht. Wil je toch mee? Dan kom je op de wachtlijst.',
  'discord.activity.seats_full':
    'Vol. {waiting} mensen wachten. Wil je toch mee? Dan kom je op de wachtlijst.',
  'discord.activity.closed': 'Aanmelden kan niet meer.',
  'discord.activity.cancelled': 'Deze activiteit gaat niet door.',
  'discord.activity.signup': 'Aanmelden',
  'discord.activity.withdraw': 'Afmelden',
  'web.discord.via_discord': 'via Discord',
  'web.discord.title': 'Discord',
  'web.discord.open': 'Discord',
  'web.discord.unavailable': 'Discord staat niet aan in deze Buurtkamer.',
  'web.discord.account_title': 'Je Discord-account',
  'web.discord.account_intro':
    'Gebruik je Discord? Koppel dan je account. Buurtbot kent je daar dan ook. Dezelfde regels gelden: wat privé is, blijft privé.',
  'web.discord.linked_as': 'Gekoppeld aan Discord: {name}.',
  'web.discord.not_linked': 'Je Discord-account is nog niet gekoppeld.',
  'web.discord.make_code': 'Maak een koppelcode',
  'web.discord.code_howto': 'Typ dit in Discord:',
  'web.discord.code_expiry': 'De code werkt {minutes} minuten, en maar één keer.',
  'web.discord.unlink': 'Ontkoppelen',
  'web.discord.rooms_title': 'Kanalen op Discord',
  'web.discord.rooms_intro':
    'Koppel een Discord-kanaal aan een kamer. Maak een code en typ /koppel met de code in dat kanaal op Discord.',
  'web.discord.room_code': 'Code voor {room}',
  'web.discord.linked_room': '{room} is gekoppeld aan #{channel}',
  'web.discord.no_links': 'Er zijn nog geen kanalen gekoppeld.',
  'web.discord.staff_warning':
    'Let op: berichten voor het team komen in het gekoppelde kanaal. Zorg dat alleen begeleiders dat kanaal kunnen zien.',
  'discord.stopped.token':
    'Buurtkamer is gestopt met Discord. Discord neemt de bot-token niet aan (code {code}). Maak in het Discord-ontwikkelaarsportaal bij "Bot" een nieuwe token. Zet die in DISCORD_TOKEN en start Buurtkamer opnieuw.',
  'discord.stopped.intents':
    'Buurtkamer is gestopt met Discord. De bot mag de berichten niet lezen (code {code}). Zet in het Discord-ontwikkelaarsportaal bij "Bot" de "Message Content Intent" aan. Druk daarna in Buurtkamer op de Discord-pagina op "Opnieuw verbinden".',
  'discord.stopped.other':
    'Buurtkamer is gestopt met Discord. Discord weigert de verbinding (code {code}). In docs/discord.md staat wat je kunt doen. Druk daarna in Buurtkamer op de Discord-pagina op "Opnieuw verbinden".',
  'discord.permission.ViewChannel': 'Kanalen bekijken',
  'discord.permission.SendMessages': 'Berichten verzenden',
  'discord.permission.ReadMessageHistory': 'Berichtgeschiedenis lezen',
  'discord.permission.EmbedLinks': 'Links insluiten',
  'discord.permission.ManageWebhooks': 'Webhooks beheren',
  'discord.link.missing_permission':
    'Buurtbot mist hier een recht: "{permission}". Geef de bot dat recht in dit kanaal (kanaal bewerken, dan Rechten). Typ daarna dezelfde code nog een keer. De code werkt nog.',
  'discord.broken.missing_permission':
    'De koppeling van {room} met #{channel} op Discord werkt niet meer. Buurtbot mist daar het recht "{permission}". Er gaat niets meer heen. Geef de bot dat recht en koppel het kanaal opnieuw met een nieuwe code.',
  'discord.broken.channel_deleted':
    'De koppeling van {room} met #{channel} op Discord werkt niet meer. Dat kanaal bestaat niet meer. Er gaat niets meer heen. Koppel een ander kanaal met een nieuwe code.',
  'discord.broken.webhook_deleted':
    'De koppeling van {room} met #{channel} op Discord werkt niet meer. Iemand heeft de webhook "Buurtkamer" weggehaald. Er gaat niets meer heen. Koppel het kanaal opnieuw met een nieuwe code.',
  'discord.broken.bot_removed':
    'De koppeling van {room} met #{channel} op Discord werkt niet meer. Buurtbot is van die Discord-server gehaald. Er gaat niets meer heen. Nodig de bot opnieuw uit en koppel het kanaal opnieuw met een nieuwe code.',
  'discord.attachment.on_discord': 'Bijlage op Discord: {name}',
  'web.discord.status_title': 'Verbinding met Discord',
  'web.discord.retry': 'Opnieuw verbinden',
  'web.discord.retry_asked':
    'Buurtkamer probeert opnieuw te verbinden. Kijk over een minuut of het gelukt is.',
  'web.discord.broken': 'Werkt niet',
} as const;

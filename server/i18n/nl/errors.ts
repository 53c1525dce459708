/** Error texts: short, calm, and saying what to do next. */
export const errors = {
  'errors.validation_failed': 'Er klopt iets niet in wat je stuurde. Kijk de velden na.',
  'errors.unauthenticated': 'Je bent niet ingelogd. Gebruik je uitnodigingslink of log in.',
  'errors.forbidden': 'Dit mag je niet doen of zien.',
  'errors.wrong_address':
    'Dit werkt niet via dit adres. Open Buurtkamer via {address}. Gebruik de link precies zoals je hem kreeg.',
  'errors.not_found': 'Dit kunnen we niet vinden. Misschien is het weggehaald.',
  'errors.conflict': 'Dit kan niet, want het bestaat al.',
  'errors.payload_too_large': 'Dit bericht is te groot. Maak het korter.',
  'errors.rate_limited': 'Je stuurt te veel tegelijk. Wacht even en probeer het opnieuw.',
  'errors.invite_invalid': 'Deze uitnodiging werkt niet meer. Vraag om een nieuwe link.',
  'errors.login_failed': 'Het e-mailadres of wachtwoord klopt niet.',
  'errors.unavailable': 'Het lukt nu even niet. Probeer het zo opnieuw. Er is niets verloren.',
  'errors.internal': 'Er ging iets mis bij ons. Probeer het opnieuw.',
  'errors.unknown_event': 'Dit verzoek kennen we niet.',
  'errors.too_many_sockets':
    'Je bent op te veel plekken tegelijk verbonden. Sluit een ander tabblad of apparaat en probeer het opnieuw.',
  'errors.invite_signed_in':
    'Je bent nu ingelogd als {name}. Wil je als {name} meedoen? Of log eerst uit om als iemand anders mee te doen.',
  'fields.required': 'Dit veld is nodig.',
  'fields.too_short': 'Te kort. Gebruik minstens {min} tekens.',
  'fields.too_long': 'Te lang. Gebruik hoogstens {max} tekens.',
  'fields.too_small': 'Te klein. Het moet minstens {min} zijn.',
  'fields.too_big': 'Te groot. Het mag hoogstens {max} zijn.',
  'fields.invalid_type': 'Dit klopt niet. Kijk na wat je hebt ingevuld.',
  'fields.invalid_format': 'Dit is niet goed geschreven. Kijk het na.',
  'fields.invalid_option': 'Kies een van de mogelijkheden.',
  'fields.unknown_key': 'Dit veld kennen we niet.',
  'fields.invalid': 'Deze waarde klopt niet.',
  'fields.name_bot': 'Buurtbot is de naam van de hulp-robot. Kies een andere naam.',
  'fields.name_role':
    'Een rol hoort niet in je naam ("{word}"). Iedereen ziet je rol al naast je naam. Kies een andere naam.',
  'fields.name_taken':
    'Iemand in deze buurtkamer heet al zo. Kies een andere naam, bijvoorbeeld met de eerste letter van je achternaam erbij.',
} as const;

/** Push notification texts: short, calm, and never quoting what someone wrote. */
export const notifications = {
  'notifications.bot_title': 'Buurtbot',
  'notifications.bot_body': 'Buurtbot heeft je een bericht gestuurd.',
  'notifications.thread_title': 'Buurtkamer',
  'notifications.thread_body': 'Er is een nieuw bericht over je melding.',
  'notifications.test_title': 'Buurtkamer',
  'notifications.test_body': 'Meldingen werken op dit apparaat.',
} as const;

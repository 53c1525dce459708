import type { notifications as nl } from '../nl/notifications';

export const notifications: Record<keyof typeof nl, string> = {
  'notifications.bot_title': 'Buurtbot',
  'notifications.bot_body': 'Buurtbot sent you a message.',
  'notifications.thread_title': 'Buurtkamer',
  'notifications.thread_body': 'There is a new message about your report.',
  'notifications.test_title': 'Buurtkamer',
  'notifications.test_body': 'Notifications work on this device.',
};

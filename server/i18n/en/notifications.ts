import type { notifications as nl } from '../nl/notifications';

export const notifications: Record<keyof typeof nl, string> = {
  'notifications.bot_title': 'Buurtbot',
  'notifications.bot_body': 'Buurtbot sent you a message.',
  'notifications.thread_title': 'Buurtkamer',
  'notifications.thread_body': 'There is a new message about your report.',
  'notifications.alert_title': 'Buurtkamer team',
  'notifications.alert_urgent_body': 'There is an urgent report. Look at the dashboard now.',
  'notifications.alert_help_body': 'Someone is asking for help. Look at the dashboard.',
  'notifications.alert_care_body': 'There is a new care signal. Look at the dashboard.',
  'notifications.alert_concern_body': 'There is a new report for the team.',
  'notifications.alert_escalated_title': 'An alert for you',
  'notifications.alert_escalated_body':
    'Nobody has taken this up: {kind}. You are on call. Look at the dashboard now.',
  'notifications.concern_title': 'Your report',
  'notifications.concern_claimed_body': 'A support worker has taken up your report.',
  'notifications.concern_resolved_body': 'Your report has been closed.',
  'notifications.concern_news_body': 'There is news about your report.',
  'notifications.defect_title': 'Your defect report',
  'notifications.defect_status_body': '{ref} has a new status: {status}.',
  'notifications.defect_news_body': 'There is news about {ref}.',
  'notifications.activity_title': 'Activities',
  'notifications.activity_cancelled_body': 'An activity you take part in is cancelled.',
  'notifications.activity_changed_body': 'An activity you take part in has changed.',
  'notifications.activity_offer_body': 'A place has come free for you. Do you want it?',
  'notifications.test_title': 'Buurtkamer',
  'notifications.test_body': 'Notifications work on this device.',
};

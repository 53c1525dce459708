/** The activities area: activities and series, sign-ups, volunteer tasks, interests, calendar links, settings, newsletters. */
export * from './activity-series';
export * from './activities';
export * from './activity-signups';
export * from './volunteer-tasks';
export * from './task-signups';
export * from './interests';
export * from './calendar-feeds';
export * from './activity-settings';
export * from './newsletters';

/**
 * Fixed vocabularies of the activities area, shared by the database schema, the server, the bot
 * and the web client. Keys are stable and language-free; the catalogue translates them.
 */
export const activityStatuses = ['draft', 'proposed', 'published', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const signupStatuses = ['confirmed', 'waitlisted', 'offered', 'cancelled'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

/** Accessibility notes an organiser can tick. */
export const accessibilityKeys = [
  'wheelchair',
  'quiet',
  'no_alcohol',
  'children_welcome',
  'step_free',
  'hearing_loop',
] as const;
export type AccessibilityKey = (typeof accessibilityKeys)[number];

/** Interests a person can opt in to (private) and an activity can be tagged with. */
export const interestTags = [
  'fishing',
  'table_tennis',
  'cooking',
  'walking',
  'gardening',
  'games',
  'film',
  'music',
  'crafts',
  'sports',
  'cleanup',
  'learning',
] as const;
export type InterestTag = (typeof interestTags)[number];

export const calendarScopes = ['project', 'personal'] as const;
export type CalendarScope = (typeof calendarScopes)[number];

export const newsletterStatuses = ['draft', 'posted'] as const;
export type NewsletterStatus = (typeof newsletterStatuses)[number];

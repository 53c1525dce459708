import { z } from 'zod';
import type { AckCallback } from './errors';
import {
  accessibilityKeys,
  activityStatuses,
  calendarScopes,
  interestTags,
  signupStatuses,
} from './activity-vocab';
import { idSchema, periodDaySchema, storableText as text } from './common';
import type {
  activityPublicSchema,
  activitySchema,
  attendeeSchema,
  mySignupSchema,
  seatsSchema,
  signupResultSchema,
  volunteerTaskSchema,
} from './activity-views';

export * from './activity-vocab';

/**
 * Activities are planned in this century: a year far out (9999-12-31T23:59 is 10000-01-01 in
 * UTC) has no meaning for a neighbourhood and is refused as bad input.
 */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine((v) => v >= '2000-01-01T00:00' && v <= '2100-12-31T23:59', { message: 'range' })
  .describe('local wall time in the activity time zone, YYYY-MM-DDTHH:MM');

export const volunteerTaskInputSchema = z.strictObject({
  title: text(2, 60),
  slots: z.number().int().min(1).max(20),
});

export const recurrenceInputSchema = z
  .strictObject({
    frequency: z.enum(['daily', 'weekly', 'biweekly', 'monthly']),
    count: z.number().int().min(2).max(104).optional(),
    until: z.iso
      .date()
      .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: 'range' })
      .optional(),
  })
  .refine((r) => r.count !== undefined || r.until !== undefined, {
    message: 'count or until',
    path: ['count'],
  });

const activityFields = {
  title: text(3, 80),
  description: text(0, 2000).default(''),
  start: localDateTime,
  end: localDateTime,
  place: text(0, 120).default(''),
  accessibility: z.array(z.enum(accessibilityKeys)).max(accessibilityKeys.length).default([]),
  accessibilityNote: text(0, 300).default(''),
  /** Seats including guests; null: no limit. */
  capacity: z.number().int().min(1).max(500).nullable().default(null),
  maxGuests: z.number().int().min(0).max(10).default(3),
  openToNeighbours: z.boolean().default(true),
  interests: z.array(z.enum(interestTags)).max(5).default([]),
};

export const createActivitySchema = z.strictObject({
  projectId: idSchema,
  ...activityFields,
  recurrence: recurrenceInputSchema.optional(),
  tasks: z.array(volunteerTaskInputSchema).max(10).default([]),
  /** Coordinators and staff: publish at once. Residents always propose. */
  publish: z.boolean().default(false),
});
export type CreateActivityInput = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = z.strictObject({
  title: activityFields.title.optional(),
  description: text(0, 2000).optional(),
  start: localDateTime.optional(),
  end: localDateTime.optional(),
  place: text(0, 120).optional(),
  accessibility: z.array(z.enum(accessibilityKeys)).max(accessibilityKeys.length).optional(),
  accessibilityNote: text(0, 300).optional(),
  capacity: z.number().int().min(1).max(500).nullable().optional(),
  maxGuests: z.number().int().min(0).max(10).optional(),
  openToNeighbours: z.boolean().optional(),
  interests: z.array(z.enum(interestTags)).max(5).optional(),
  /** For an occurrence of a series: change only this one (default) or this and the later ones. */
  scope: z.enum(['occurrence', 'series']).default('occurrence'),
});
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

export const cancelActivitySchema = z.strictObject({
  reason: text(0, 300).default(''),
  scope: z.enum(['occurrence', 'series']).default('occurrence'),
});

export const activityParamSchema = z.object({ activityId: z.uuid() });
export const taskParamSchema = z.object({ taskId: z.uuid() });
export const projectQuerySchema = z.object({ projectId: z.uuid() });
export const listActivitiesQuerySchema = z.object({
  projectId: z.uuid(),
  /** `past`: the last 90 days instead of what is coming. */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
});

export const signupInputSchema = z.strictObject({
  activityId: idSchema,
  guests: z.number().int().min(0).max(10).default(0),
});
export const activityRefSchema = z.strictObject({ activityId: idSchema });
export const offerAnswerSchema = z.strictObject({ activityId: idSchema, accept: z.boolean() });

export const interestsInputSchema = z.strictObject({
  projectId: idSchema,
  tags: z.array(z.enum(interestTags)).max(interestTags.length),
});
export const interestCountQuerySchema = z.object({
  projectId: z.uuid(),
  tags: z
    .string()
    .max(300)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(interestTags)).max(5)),
});

export const calendarRenewSchema = z.strictObject({
  projectId: idSchema,
  scope: z.enum(calendarScopes),
});

export const activitySettingsSchema = z.strictObject({
  reminderHoursBefore: z.number().int().min(1).max(168),
  offerHours: z.number().int().min(1).max(72),
});

export const participationQuerySchema = z.object({
  projectId: z.uuid(),
  from: periodDaySchema,
  to: periodDaySchema,
  format: z.enum(['json', 'csv']).default('json'),
});

export const newsletterUpdateSchema = z.strictObject({
  title: text(3, 120),
  body: text(1, 6000),
});

/** Places at an activity, for everyone looking at it (live). */
export type Seats = z.output<typeof seatsSchema>;

export type MySignup = z.output<typeof mySignupSchema>;

export type VolunteerTask = z.output<typeof volunteerTaskSchema>;

/** What every member who may see the activity sees. */
export type ActivityPublic = z.output<typeof activityPublicSchema>;

/** The activity as one viewer sees it. */
export type Activity = z.output<typeof activitySchema>;

export type SignupResult = z.output<typeof signupResultSchema>;

export type Attendee = z.output<typeof attendeeSchema>;

export const activityStatusSchema = z.enum(activityStatuses);
export const signupStatusSchema = z.enum(signupStatuses);

export const watchSchema = z.strictObject({ projectId: idSchema });

export interface ActivitiesClientEvents {
  /** Start receiving live activity changes and seat counts of a project (the board is open). */
  'activity:watch': (input: z.input<typeof watchSchema>, ack: AckCallback<{ ok: true }>) => void;
  'activity:signup': (
    input: z.input<typeof signupInputSchema>,
    ack: AckCallback<SignupResult>,
  ) => void;
  'activity:withdraw': (
    input: z.input<typeof activityRefSchema>,
    ack: AckCallback<SignupResult>,
  ) => void;
  'activity:respond': (
    input: z.input<typeof offerAnswerSchema>,
    ack: AckCallback<SignupResult>,
  ) => void;
}

export interface ActivitiesServerEvents {
  /** Published, edited or cancelled (the viewer's own sign-up comes with `activity:mine`). */
  'activity:changed': (activity: ActivityPublic) => void;
  /** Seat counts changed. */
  'activity:seats': (seats: Seats) => void;
  /** The viewer's own sign-up changed (offered a place, confirmed, moved on the waitlist). */
  'activity:mine': (event: { activityId: string; signup: MySignup | null }) => void;
  /** The project's buurtkaart was edited. */
  'card:updated': (event: { projectId: string }) => void;
}

import { z } from 'zod';
import {
  accessibilityKeys,
  activityStatuses,
  interestTags,
  signupStatuses,
} from './activity-vocab';

/**
 * What clients receive of activities, as zod schemas: the OpenAPI document describes the answers
 * with them, and `activities.ts` derives its types from them (type-only, so the web's bundles
 * stay free of these schemas).
 */
const nullableNumber = z.number().nullable();
const activeSignupStatus = z.enum(signupStatuses).exclude(['cancelled']);

/** Places at an activity, for everyone looking at it (live). */
export const seatsSchema = z.object({
  activityId: z.string(),
  projectId: z.string(),
  /** Seats held by confirmed sign-ups and open offers, guests included. */
  taken: z.number(),
  capacity: nullableNumber,
  /** Places still free; null: no limit. */
  left: nullableNumber,
  /** People on the waitlist. */
  waiting: z.number(),
});

export const mySignupSchema = z.object({
  status: activeSignupStatus,
  guests: z.number(),
  /** 1-based place on the waitlist (when waitlisted). */
  position: nullableNumber,
  /** Until when a freed place is held for me (when offered). */
  offerExpiresAt: z.string().nullable(),
});

export const volunteerTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  slots: z.number(),
  taken: z.number(),
  /** Whether the viewer does this task. */
  mine: z.boolean(),
  /** Names of the volunteers: only for organisers, coordinators and staff. */
  volunteers: z.array(z.string()).optional(),
});

/** What every member who may see the activity sees. */
export const activityPublicSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  seriesId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  /** ISO 8601 instants; `start`/`end` are the same as local wall time in `timezone`. */
  startsAt: z.string(),
  endsAt: z.string(),
  start: z.string(),
  end: z.string(),
  timezone: z.string(),
  place: z.string(),
  accessibility: z.array(z.enum(accessibilityKeys)),
  accessibilityNote: z.string(),
  capacity: nullableNumber,
  maxGuests: z.number(),
  openToNeighbours: z.boolean(),
  organiser: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(activityStatuses),
  interests: z.array(z.enum(interestTags)),
  seats: seatsSchema,
  tasks: z.array(volunteerTaskSchema),
});

/** The activity as one viewer sees it. */
export const activitySchema = activityPublicSchema.extend({
  mySignup: mySignupSchema.nullable(),
  /** The viewer may edit, publish and cancel it. */
  canManage: z.boolean(),
  /** The viewer may see who signed up and who volunteers (organiser, coordinators, staff). */
  seesWhoComes: z.boolean(),
});

export const signupResultSchema = z.object({
  signup: mySignupSchema.nullable(),
  seats: seatsSchema,
});

export const attendeeSchema = z.object({
  userId: z.string(),
  name: z.string(),
  guests: z.number(),
  status: activeSignupStatus,
  position: nullableNumber,
});

/** A count, or `'<5'` where a small number could point at someone. */
const participationCount = z.union([z.number(), z.literal('<5')]);

/** One month of the participation numbers (the last row is the period's total). */
export const participationRowSchema = z.object({
  /** Month, `YYYY-MM` (local). */
  period: z.string(),
  activitiesHeld: participationCount,
  uniqueParticipants: participationCount,
  outsideNeighbours: participationCount,
  guests: participationCount,
});

import type { SpaceKind } from './defects';
import type { ConcernCategory, LadderStep } from './concernTypes';

/**
 * What Buurtbot's engine reads from the server, as the server answers it (the engine's
 * `BotPorts` in `bot/engine/ports.ts`; the server's reads in `server/domain/` build these).
 * Plain types, no zod. Every answer is about one person and holds only what they may know.
 */

export interface VolunteerTaskSummary {
  id: string;
  title: string;
  activityId: string;
  activityTitle: string;
  /** ISO 8601 start of the activity. */
  startsAt: string;
  /** Helpers still needed. */
  open: number;
  /** The person already helps with this task. */
  mine: boolean;
}

export interface DefectPlaces {
  spaces: { id: string; name: string; kind: SpaceKind }[];
  /** The person's home number, when the project knows it. */
  ownUnit: string | null;
}

export interface DefectQuery {
  /** A shared space, or (without it) the person's own home. */
  spaceId?: string;
  description: string;
}

/** What the reporter may know of their own concern, for the ladder conversation. */
export interface ConcernSummary {
  ref: string;
  status: 'open' | 'closed';
  step: LadderStep;
  category: ConcernCategory;
  unit?: string;
  /** A burenbericht could be delivered (a home with members, or a person, is known). */
  hasTarget: boolean;
  /** Aggression, crime, addiction, crisis or safety: no mediation. */
  mediationExcluded: boolean;
  consent: boolean;
}

export interface ActivitySummary {
  id: string;
  title: string;
  /** ISO 8601 start, with offset. */
  startsAt: string;
  place?: string;
  /** Places left; `null` when there is no limit. */
  spotsLeft: number | null;
  signedUp: boolean;
  /** The person's sign-up, when `signedUp`: a place, a waitlist spot, or a place offered to them. */
  status?: 'confirmed' | 'waitlisted' | 'offered';
  /** Place on the waitlist, when waitlisted. */
  position?: number;
  /** Guests the person brings, when `signedUp` (they are cancelled with the person). */
  guests?: number;
  /** How many people one may bring (0: none). */
  maxGuests?: number;
  /** Volunteer tasks that still need helpers. */
  openTasks?: number;
  /** Volunteer tasks in all, filled or not. */
  tasks?: number;
}

export interface SupportContacts {
  ownWorkerName?: string;
  onCallName?: string;
}

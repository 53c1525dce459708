import type { SimilarDefect, SpaceKind } from '../../server/protocol/defects';
import type { ConcernCategory, LadderStep } from '../../server/protocol/concernTypes';
import type { BlameMember } from '../../server/protocol/blame';

/**
 * What the engine may READ from the domain. The server implements this over its database;
 * tests use `createFakePorts`. Every method is scoped to one project and answers only what the
 * asking person may know: never another person's support status or details.
 */
export interface BotPorts {
  /** The project's neighbourhood card (buurtkaart). */
  card(projectId: string): Promise<NeighbourhoodCard>;
  /** Activities that have not started yet, soonest first; `signedUp` is about `userId`. */
  upcomingActivities(projectId: string, userId: string): Promise<ActivitySummary[]>;
  /**
   * Who answers this person's help request: their own support worker (only when they have
   * one) and the staff member on call now. Either may be missing.
   */
  supportContacts(projectId: string, userId: string): Promise<SupportContacts>;
  /** Volunteer tasks of upcoming activities that still need helpers, soonest first. */
  openVolunteerTasks(projectId: string, userId: string): Promise<VolunteerTaskSummary[]>;
  /** Where a defect can be: the project's shared spaces and the person's own home number. */
  defectPlaces(projectId: string, userId: string): Promise<DefectPlaces>;
  /** Open defect cases in the same place that look like this description, most alike first. */
  similarDefects(projectId: string, userId: string, query: DefectQuery): Promise<SimilarDefect[]>;
  /** One of this person's OWN concerns, by its ref (undefined for anyone else's). */
  myConcern(projectId: string, userId: string, ref: string): Promise<ConcernSummary | undefined>;
  /**
   * The project's current members (staff too, Buurtbot not): display names and home numbers.
   * Only for recognising a neighbour named in a shared room; never shown (homes are staff-only,
   * so no reply may say whose home a number is).
   */
  members(projectId: string): Promise<BlameMember[]>;
}

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

export const cardContactKinds = [
  'police',
  'support',
  'repairs',
  'corporation',
  'mediation',
  'association',
  'emergency',
  /** Reachable day and night (24/7), e.g. the care organisation's crisis line. */
  'crisis',
] as const;
export type CardContactKind = (typeof cardContactKinds)[number];

export interface CardContact {
  kind: CardContactKind;
  /** Organisation or person, e.g. "Wijkagent Sanne de Boer". */
  name: string;
  phone?: string;
  email?: string;
  /** When to use this contact, written by the project (Dutch). */
  note?: string;
}

export interface NeighbourhoodCard {
  projectName: string;
  contacts: CardContact[];
  tips: string[];
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

import type { ConcernCategory, LadderStep } from '../../server/protocol/concernTypes';

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
  /** One of this person's OWN concerns, by its ref (undefined for anyone else's). */
  myConcern(projectId: string, userId: string, ref: string): Promise<ConcernSummary | undefined>;
  /** Whether a burenbericht to this home would reach someone (a member lives there). */
  canReachUnit(projectId: string, unit: string): Promise<boolean>;
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
}

export interface SupportContacts {
  ownWorkerName?: string;
  onCallName?: string;
}

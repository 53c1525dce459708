import type { SimilarDefect } from '../../server/protocol/defects';
import type { BlameMember } from '../../server/protocol/blame';
import type { NeighbourhoodCard } from '../../server/protocol/card';
import type {
  ActivitySummary,
  ConcernSummary,
  DefectPlaces,
  DefectQuery,
  SupportContacts,
  VolunteerTaskSummary,
} from '../../server/protocol/bot-reads';

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

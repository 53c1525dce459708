import type { Seats } from '../../protocol/activities';
import type { ActivityRecord, SignupRecord } from '../activities/records';

/**
 * Events of the activities area (activities, sign-ups, the buurtkaart). They carry records;
 * the audiences present them (server/areas/activities/presenters.ts).
 */
export type ActivityEvent =
  /** Published, edited, cancelled, proposed: the public view, whoever may see it hears it. */
  | { type: 'activity.changed'; record: ActivityRecord; proposerId: string | null }
  /** Seat counts changed. */
  | { type: 'activity.seats'; seats: Seats; openToNeighbours: boolean }
  /** One person's own sign-up changed: only they hear it. */
  | { type: 'activity.mine'; userId: string; activityId: string; signup: SignupRecord | null }
  | { type: 'card.updated'; projectId: string };

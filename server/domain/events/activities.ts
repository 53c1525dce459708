import type { ActivityPublic, MySignup, Seats } from '../../protocol/activities';

/** Events of the activities area (activities, sign-ups, the buurtkaart). */
export type ActivityEvent =
  /** Published, edited, cancelled, proposed: the public view, whoever may see it hears it. */
  | { type: 'activity.changed'; activity: ActivityPublic; proposerId: string | null }
  /** Seat counts changed. */
  | { type: 'activity.seats'; seats: Seats; openToNeighbours: boolean }
  /** One person's own sign-up changed: only they hear it. */
  | { type: 'activity.mine'; userId: string; activityId: string; signup: MySignup | null }
  | { type: 'card.updated'; projectId: string };

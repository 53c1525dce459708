import type { Deps } from '../../deps';
import { requireMembership } from '../../domain/membership/memberships';
import {
  activityRefSchema,
  offerAnswerSchema,
  signupInputSchema,
  watchSchema,
} from '../../protocol/activities';
import type { SocketEvents } from '../../realtime/handle';
import { activityRoomsFor } from './rooms';
import type { ActivityService } from './service';

/**
 * The activities area's socket events: one-tap sign-up, and the rooms that carry live seat counts
 * (joined at connect through the area's `memberRooms`). Every event is authorised again in the
 * domain (membership, visibility, timing).
 */
export function activityEvents(
  events: SocketEvents,
  deps: Pick<Deps, 'db'>,
  service: ActivityService,
): void {
  events.request('activity:watch', watchSchema, async ({ projectId }, socket) => {
    const { role } = await requireMembership(deps.db, socket.data.userId, projectId);
    await socket.join(activityRoomsFor(projectId, role));
    return { ok: true as const };
  });
  events.request('activity:signup', signupInputSchema, (input, socket) =>
    service.signUp(socket.data.userId, input),
  );
  events.request('activity:withdraw', activityRefSchema, ({ activityId }, socket) =>
    service.withdraw(socket.data.userId, activityId),
  );
  events.request('activity:respond', offerAnswerSchema, (input, socket) =>
    service.answerOffer(socket.data.userId, input),
  );
}

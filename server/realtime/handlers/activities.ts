import type { Deps } from '../../deps';
import { publishAll } from '../../http/routes/activities';
import { answerOffer, signUp, withdraw } from '../../domain/activities/signups';
import { consume } from '../../limits/limiters';
import {
  activityRefSchema,
  offerAnswerSchema,
  signupInputSchema,
  watchSchema,
} from '../../protocol/activities';
import { requireMembership } from '../../domain/membership/memberships';
import { activityRoomsFor } from '../activityRooms';
import type { SocketEvents } from '../handle';

/**
 * One-tap sign-up over the socket, and the rooms that carry live seat counts (joined at connect
 * through the area's `memberRooms`). Every event is authorised again in the domain
 * (membership, visibility, timing).
 */
export function activityEvents(events: SocketEvents, deps: Deps): void {
  const { db, clock } = deps;

  events.request('activity:watch', watchSchema, async ({ projectId }, socket) => {
    const { role } = await requireMembership(db, socket.data.userId, projectId);
    await socket.join(activityRoomsFor(projectId, role));
    return { ok: true as const };
  });

  events.request('activity:signup', signupInputSchema, async (input, socket) => {
    const { userId } = socket.data;
    await consume(deps.limiters.actions, userId);
    const done = await signUp(db, clock, { ...input, userId });
    await publishAll(deps, done.events);
    return done.result;
  });

  events.request('activity:withdraw', activityRefSchema, async ({ activityId }, socket) => {
    const done = await withdraw(db, clock, { activityId, userId: socket.data.userId });
    await publishAll(deps, done.events);
    return done.result;
  });

  events.request('activity:respond', offerAnswerSchema, async (input, socket) => {
    const done = await answerOffer(db, clock, { ...input, userId: socket.data.userId });
    await publishAll(deps, done.events);
    return done.result;
  });
}

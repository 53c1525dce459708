import type { Deps } from '../../deps';
import { publishAll } from '../../http/routes/activities';
import { answerOffer, signUp, withdraw } from '../../domain/activities/signups';
import { listMemberships } from '../../domain/membership/memberships';
import { consume } from '../../limits/limiters';
import {
  activityRefSchema,
  offerAnswerSchema,
  signupInputSchema,
  watchSchema,
} from '../../protocol/activities';
import { requireMembership } from '../../domain/membership/memberships';
import { activityRoomsFor } from '../activityRooms';
import { onRequest } from '../handle';
import type { IoSocket } from '../types';

/**
 * One-tap sign-up over the socket, and the rooms that carry live seat counts. Every event is
 * authorised again in the domain (membership, visibility, timing).
 */
export function registerActivityHandlers(socket: IoSocket, deps: Deps): void {
  const { db, clock, logger } = deps;
  const { userId } = socket.data;

  listMemberships(db, userId)
    .then((memberships) => {
      if (!socket.connected) return;
      void socket.join(memberships.flatMap((m) => activityRoomsFor(m.projectId, m.role)));
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'activity rooms not joined'));

  onRequest(socket, deps, 'activity:watch', watchSchema, async ({ projectId }) => {
    const { role } = await requireMembership(db, userId, projectId);
    await socket.join(activityRoomsFor(projectId, role));
    return { ok: true as const };
  });

  onRequest(socket, deps, 'activity:signup', signupInputSchema, async (input) => {
    await consume(deps.limiters.actions, userId);
    const done = await signUp(db, clock, { ...input, userId });
    await publishAll(deps, done.events);
    return done.result;
  });

  onRequest(socket, deps, 'activity:withdraw', activityRefSchema, async ({ activityId }) => {
    const done = await withdraw(db, clock, { activityId, userId });
    await publishAll(deps, done.events);
    return done.result;
  });

  onRequest(socket, deps, 'activity:respond', offerAnswerSchema, async (input) => {
    const done = await answerOffer(db, clock, { ...input, userId });
    await publishAll(deps, done.events);
    return done.result;
  });
}

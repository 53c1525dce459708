import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import { actorIn } from '../../../domain/activities/activities';
import { countInterested, myInterests, setMyInterests } from '../../../domain/activities/interests';
import { canManageActivities } from '../../../protocol/access';
import { forbidden } from '../../../errors';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import {
  interestCountQuerySchema,
  interestsInputSchema,
  projectQuerySchema,
} from '../../../protocol/activities';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

/**
 * `/api/activities/interests`: a person's own interests; `/interest-count`: how many neighbours a
 * planned activity would reach (coordinators and staff only, the person asking left out).
 */
export function interestRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/interests', validate('query', projectQuerySchema), async (c) => {
      const { projectId } = c.req.valid('query');
      const { user } = authOf(c);
      await actorIn(db, user.id, projectId);
      return reply(c, routes.activities.interests, {
        tags: await myInterests(db, projectId, user.id),
      });
    })
    .put('/interests', validate('json', interestsInputSchema), async (c) => {
      const { projectId, tags } = c.req.valid('json');
      const { user } = authOf(c);
      await actorIn(db, user.id, projectId);
      return reply(c, routes.activities.setInterests, {
        tags: await setMyInterests(db, projectId, user.id, tags, clock.now()),
      });
    })
    .get('/interest-count', validate('query', interestCountQuerySchema), async (c) => {
      const { projectId, tags } = c.req.valid('query');
      const { user } = authOf(c);
      const actor = await actorIn(db, user.id, projectId);
      if (!canManageActivities(actor.role)) throw forbidden();
      const count = await countInterested(db, projectId, tags, {
        openToNeighbours: true,
        exclude: [user.id],
      });
      return reply(c, routes.activities.interestCount, { count });
    });
}

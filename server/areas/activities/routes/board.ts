import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import {
  cancelActivity,
  createActivity,
  getActivity,
  listActivities,
  publishActivity,
  updateActivity,
} from '../../../domain/activities/activities';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { consume } from '../../../limits/limiters';
import {
  activityParamSchema,
  cancelActivitySchema,
  createActivitySchema,
  listActivitiesQuerySchema,
  updateActivitySchema,
} from '../../../protocol/activities';
import { presentActivity } from '../presenters';
import type { ActivityService } from '../service';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

/** `/api/activities` and `/api/activities/:activityId`: the board, one activity, its lifecycle. */
export function boardRoutes(deps: Deps, service: ActivityService) {
  const { db, clock, limiters } = deps;
  const activityParam = validate('param', activityParamSchema);
  return new Hono<AppEnv>()
    .get('/', validate('query', listActivitiesQuerySchema), async (c) => {
      const { projectId, when } = c.req.valid('query');
      const list = await listActivities(db, clock, authOf(c).user.id, projectId, when);
      return reply(c, routes.activities.list, { activities: list.map(presentActivity) });
    })
    .post('/', validate('json', createActivitySchema), async (c) => {
      const { user } = authOf(c);
      await consume(limiters.actions, user.id);
      const created = await createActivity(db, clock, user.id, c.req.valid('json'));
      await service.publish(created.events);
      const { occurrences, interested } = created;
      const activity = presentActivity(created.activity);
      return reply(c, routes.activities.create, { activity, occurrences, interested }, 201);
    })
    .get('/:activityId', activityParam, async (c) => {
      const { activityId } = c.req.valid('param');
      return reply(c, routes.activities.get, {
        activity: presentActivity(await getActivity(db, authOf(c).user.id, activityId)),
      });
    })
    .patch('/:activityId', activityParam, validate('json', updateActivitySchema), async (c) => {
      const { activityId } = c.req.valid('param');
      const userId = authOf(c).user.id;
      const done = await updateActivity(db, clock, userId, activityId, c.req.valid('json'));
      await service.publish(done.events);
      return reply(c, routes.activities.update, { activity: presentActivity(done.activity) });
    })
    .post('/:activityId/publish', activityParam, async (c) => {
      const { activityId } = c.req.valid('param');
      const done = await publishActivity(db, clock, authOf(c).user.id, activityId);
      await service.publish(done.events);
      return reply(c, routes.activities.publish, {
        activity: presentActivity(done.activity),
        interested: done.interested,
      });
    })
    .post(
      '/:activityId/cancel',
      activityParam,
      validate('json', cancelActivitySchema),
      async (c) => {
        const { activityId } = c.req.valid('param');
        const userId = authOf(c).user.id;
        const done = await cancelActivity(db, clock, userId, activityId, c.req.valid('json'));
        await service.publish(done.events);
        return reply(c, routes.activities.cancel, {
          activity: presentActivity(done.activity),
          cancelled: done.cancelled,
        });
      },
    );
}

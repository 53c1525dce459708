import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import {
  addTask,
  callForVolunteers,
  removeTask,
  unvolunteer,
  volunteer,
} from '../../../domain/activities/tasks';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { consume } from '../../../limits/limiters';
import {
  activityParamSchema,
  taskParamSchema,
  volunteerTaskInputSchema,
} from '../../../protocol/activities';
import { presentActivity } from '../presenters';
import type { ActivityService } from '../service';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

/**
 * Volunteer tasks: `/api/activities/tasks/:taskId` (volunteer, step back, remove) and
 * `/api/activities/:activityId/tasks|volunteer-call` (add a task, call for volunteers).
 */
export function taskRoutes(deps: Deps, service: ActivityService) {
  const { db, clock, limiters } = deps;
  const taskParam = validate('param', taskParamSchema);
  const activityParam = validate('param', activityParamSchema);
  return new Hono<AppEnv>()
    .post('/tasks/:taskId/volunteer', taskParam, async (c) => {
      const { user } = authOf(c);
      await consume(limiters.actions, user.id);
      const done = await volunteer(db, clock, user.id, c.req.valid('param').taskId);
      await service.publish(done.events);
      return reply(c, routes.activities.volunteer, { activity: presentActivity(done.activity) });
    })
    .delete('/tasks/:taskId/volunteer', taskParam, async (c) => {
      const done = await unvolunteer(db, authOf(c).user.id, c.req.valid('param').taskId);
      await service.publish(done.events);
      return reply(c, routes.activities.unvolunteer, { activity: presentActivity(done.activity) });
    })
    .delete('/tasks/:taskId', taskParam, async (c) => {
      const done = await removeTask(db, authOf(c).user.id, c.req.valid('param').taskId);
      await service.publish(done.events);
      return reply(c, routes.activities.removeTask, { activity: presentActivity(done.activity) });
    })
    .post(
      '/:activityId/tasks',
      activityParam,
      validate('json', volunteerTaskInputSchema),
      async (c) => {
        const { activityId } = c.req.valid('param');
        const userId = authOf(c).user.id;
        const done = await addTask(db, clock, userId, activityId, c.req.valid('json'));
        await service.publish(done.events);
        return reply(
          c,
          routes.activities.addTask,
          { activity: presentActivity(done.activity) },
          201,
        );
      },
    )
    .post('/:activityId/volunteer-call', activityParam, async (c) => {
      const { activityId } = c.req.valid('param');
      const done = await callForVolunteers(db, clock, authOf(c).user.id, activityId);
      await service.publish(done.events);
      return reply(c, routes.activities.callVolunteers, {
        posted: done.posted,
        openTasks: done.openTasks,
      });
    });
}

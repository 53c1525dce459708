import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../../deps';
import { attendees } from '../../../domain/activities/attendees';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { activityParamSchema } from '../../../protocol/activities';
import { presentAttendee } from '../presenters';
import type { ActivityService } from '../service';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

const guestsSchema = z.strictObject({ guests: z.number().int().min(0).max(10).default(0) });
const offerSchema = z.strictObject({ accept: z.boolean() });

/** `/api/activities/:activityId/...`: sign up, withdraw, answer an offered seat, who comes. */
export function signupRoutes(deps: Deps, service: ActivityService) {
  const { db } = deps;
  const activityParam = validate('param', activityParamSchema);
  return new Hono<AppEnv>()
    .post('/:activityId/signup', activityParam, validate('json', guestsSchema), async (c) => {
      const { activityId } = c.req.valid('param');
      const { guests } = c.req.valid('json');
      return reply(
        c,
        routes.activities.signup,
        await service.signUp(authOf(c).user.id, { activityId, guests }),
      );
    })
    .post('/:activityId/withdraw', activityParam, async (c) => {
      const { activityId } = c.req.valid('param');
      return reply(
        c,
        routes.activities.withdraw,
        await service.withdraw(authOf(c).user.id, activityId),
      );
    })
    .post('/:activityId/offer', activityParam, validate('json', offerSchema), async (c) => {
      const { activityId } = c.req.valid('param');
      const { accept } = c.req.valid('json');
      return reply(
        c,
        routes.activities.offer,
        await service.answerOffer(authOf(c).user.id, { activityId, accept }),
      );
    })
    .get('/:activityId/signups', activityParam, async (c) => {
      const { activityId } = c.req.valid('param');
      return reply(c, routes.activities.signups, {
        attendees: (await attendees(db, authOf(c).user.id, activityId)).map(presentAttendee),
      });
    });
}

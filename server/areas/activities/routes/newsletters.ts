import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../../deps';
import {
  draftNewsletter,
  listNewsletters,
  postNewsletter,
  updateNewsletter,
} from '../../../domain/activities/newsletter';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { newsletterUpdateSchema, projectQuerySchema } from '../../../protocol/activities';
import { presentNewsletter } from '../presenters';
import type { ActivityService } from '../service';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

const idParam = z.object({ newsletterId: z.uuid() });
const draftSchema = z.strictObject({ projectId: z.uuid() });

/** `/api/newsletters`: weekly digests drafted, edited and posted by coordinators and staff. */
export function newsletterRoutes(deps: Deps, service: ActivityService) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/', validate('query', projectQuerySchema), async (c) => {
      const { projectId } = c.req.valid('query');
      return reply(c, routes.newsletters.list, {
        newsletters: (await listNewsletters(db, authOf(c).user.id, projectId)).map(
          presentNewsletter,
        ),
      });
    })
    .post('/', validate('json', draftSchema), async (c) => {
      const { projectId } = c.req.valid('json');
      return reply(
        c,
        routes.newsletters.draft,
        {
          newsletter: presentNewsletter(
            await draftNewsletter(db, clock, authOf(c).user.id, projectId),
          ),
        },
        201,
      );
    })
    .patch(
      '/:newsletterId',
      validate('param', idParam),
      validate('json', newsletterUpdateSchema),
      async (c) => {
        const newsletter = await updateNewsletter(
          db,
          clock,
          authOf(c).user.id,
          c.req.valid('param').newsletterId,
          c.req.valid('json'),
        );
        return reply(c, routes.newsletters.update, { newsletter: presentNewsletter(newsletter) });
      },
    )
    .post('/:newsletterId/post', validate('param', idParam), async (c) => {
      const done = await postNewsletter(
        db,
        clock,
        authOf(c).user.id,
        c.req.valid('param').newsletterId,
      );
      await service.publish(done.events);
      return reply(c, routes.newsletters.post, { newsletter: presentNewsletter(done.newsletter) });
    });
}

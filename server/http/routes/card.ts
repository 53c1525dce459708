import { Hono } from 'hono';
import type { Deps } from '../../deps';
import { getCard } from '../../domain/card/card';
import { saveCard } from '../../domain/card/edit';
import { canEditCard } from '../../domain/activities/rules';
import { requireMembership } from '../../domain/membership/memberships';
import { cardInputSchema } from '../../protocol/card';
import { projectParamSchema } from '../../protocol/projects';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';
import { reply } from '../reply';
import { routes } from '../../protocol/routes';

/** `/api/card/:projectId`: the buurtkaart, read by every member, edited by staff and coordinators. */
export function cardRoutes(deps: Deps) {
  const { db, clock, dispatcher } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      const membership = await requireMembership(db, authOf(c).user.id, projectId);
      return reply(c, routes.card.get, {
        card: await getCard(db, projectId),
        canEdit: canEditCard(membership.role),
      });
    })
    .put(
      '/:projectId',
      validate('param', projectParamSchema),
      validate('json', cardInputSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const card = await saveCard(
          db,
          authOf(c).user.id,
          projectId,
          c.req.valid('json'),
          clock.now(),
        );
        await dispatcher.publish({ type: 'card.updated', projectId });
        return reply(c, routes.card.save, { card, canEdit: true });
      },
    );
}

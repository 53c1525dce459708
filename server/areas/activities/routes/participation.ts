import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import { actorIn } from '../../../domain/activities/activities';
import { participation, participationCsv } from '../../../domain/activities/participation';
import { canSeeParticipation } from '../../../domain/activities/rules';
import { forbidden } from '../../../errors';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { participationQuerySchema } from '../../../protocol/activities';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

/** `/api/activities/participation`: the numbers per period, as JSON or a CSV download. */
export function participationRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>().get(
    '/participation',
    validate('query', participationQuerySchema),
    async (c) => {
      const { projectId, from, to, format } = c.req.valid('query');
      const actor = await actorIn(db, authOf(c).user.id, projectId);
      if (!canSeeParticipation(actor.role)) throw forbidden();
      const rows = await participation(db, projectId, { from, to }, clock.now());
      if (format === 'csv') {
        return c.body(participationCsv(rows), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="deelname-${from}-${to}.csv"`,
        });
      }
      return reply(c, routes.activities.participation, { rows });
    },
  );
}

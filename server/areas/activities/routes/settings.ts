import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import { actorIn } from '../../../domain/activities/activities';
import { canManageActivities } from '../../../protocol/access';
import { getActivitySettings, saveActivitySettings } from '../../../domain/activities/settings';
import { forbidden } from '../../../errors';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import { activitySettingsSchema, projectQuerySchema } from '../../../protocol/activities';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

/** `/api/activities/settings`: a project's activity settings, read by members, set by managers. */
export function settingsRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>()
    .get('/settings', validate('query', projectQuerySchema), async (c) => {
      const { projectId } = c.req.valid('query');
      await actorIn(db, authOf(c).user.id, projectId);
      return reply(c, routes.activities.settings, await getActivitySettings(db, projectId));
    })
    .put(
      '/settings',
      validate('query', projectQuerySchema),
      validate('json', activitySettingsSchema),
      async (c) => {
        const { projectId } = c.req.valid('query');
        const actor = await actorIn(db, authOf(c).user.id, projectId);
        if (!canManageActivities(actor.role)) throw forbidden();
        return reply(
          c,
          routes.activities.saveSettings,
          await saveActivitySettings(db, projectId, c.req.valid('json'), clock.now()),
        );
      },
    );
}

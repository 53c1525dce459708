import { Hono } from 'hono';
import type { Deps } from '../../../deps';
import { requireActivity } from '../../../domain/activities/activities';
import { activityIcs, feedByToken, myFeeds, renewFeed } from '../../../domain/activities/calendar';
import { notFound } from '../../../errors';
import type { AppEnv } from '../../../http/env';
import { authOf } from '../../../http/middleware/context';
import { validate } from '../../../http/validate';
import {
  activityParamSchema,
  calendarRenewSchema,
  projectQuerySchema,
} from '../../../protocol/activities';
import { reply } from '../../../http/reply';
import { routes } from '../../../protocol/routes';

const CALENDAR = 'text/calendar; charset=utf-8';

/**
 * Calendars: `/api/activities/feed/:token.ics` (a secret feed link, no session: calendar apps
 * have none, the token is the key), `/calendar` (a person's feed links, renewed on request) and
 * `/:activityId/ics` (one activity to add to a calendar).
 */
export function calendarRoutes(deps: Deps) {
  const { db, clock, config } = deps;
  const feedUrl = (token: string) => `${config.publicUrl}/api/activities/feed/${token}.ics`;
  return new Hono<AppEnv>()
    .get('/feed/:file', async (c) => {
      const token = c.req.param('file').replace(/\.ics$/, '');
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound();
      const text = await feedByToken(db, clock.now(), token, config.publicUrl);
      // Cache-Control stays the API's no-store: a feed can hold the person's own sign-ups.
      return c.body(text, 200, { 'content-type': CALENDAR });
    })
    .get('/calendar', validate('query', projectQuerySchema), async (c) => {
      const { projectId } = c.req.valid('query');
      return reply(c, routes.activities.calendars, {
        feeds: await myFeeds(db, authOf(c).user.id, projectId),
      });
    })
    .post('/calendar', validate('json', calendarRenewSchema), async (c) => {
      const { projectId, scope } = c.req.valid('json');
      const { token } = await renewFeed(db, clock.now(), authOf(c).user.id, projectId, scope);
      return reply(c, routes.activities.renewCalendar, { scope, url: feedUrl(token) }, 201);
    })
    .get('/:activityId/ics', validate('param', activityParamSchema), async (c) => {
      const { activityId } = c.req.valid('param');
      const { user } = authOf(c);
      await requireActivity(db, activityId, user.id);
      const { ics } = await activityIcs(db, user.id, activityId, config.publicUrl);
      return c.body(ics, 200, {
        'content-type': CALENDAR,
        'content-disposition': `attachment; filename="activiteit-${activityId}.ics"`,
      });
    });
}

import { Hono } from 'hono';
import type { AreaRoute } from '../../area';
import type { Deps } from '../../deps';
import { t } from '../../i18n/catalogue';
import { validationFailed } from '../../errors';
import type { AppEnv } from '../../http/env';
import { authOf } from '../../http/middleware/context';
import { validate } from '../../http/validate';
import { consume } from '../../limits/limiters';
import { pushSubscriptionSchema, pushUnsubscribeSchema } from '../../protocol/notifications';
import { removeSubscription, saveSubscription } from '../../domain/notifications/subscriptions';
import { reply } from '../../http/reply';
import { routes } from '../../protocol/routes';

/**
 * `/api/push`: the VAPID public key, and switching notifications on or off for this device.
 * `POST /api/push/test` sends a notification to the person's own devices, so they can see it works,
 * and answers only whether at least one went out.
 */
export function notificationRoutes(deps: Deps): AreaRoute[] {
  const { db, clock, config, notifier, limiters } = deps;
  const push = new Hono<AppEnv>()
    .get('/key', (c) => {
      authOf(c);
      return reply(c, routes.push.key, { publicKey: notifier.publicKey });
    })
    .post('/subscriptions', validate('json', pushSubscriptionSchema), async (c) => {
      const { user } = authOf(c);
      const input = c.req.valid('json');
      if (!notifier.acceptsEndpoint(input.endpoint))
        throw validationFailed({ endpoint: { key: 'fields.invalid' } });
      await saveSubscription(db, clock, user.id, input, c.req.header('user-agent'), {
        keep: config.pushSubscriptionsPerPerson,
      });
      return reply(c, routes.push.subscribe, { ok: true }, 201);
    })
    .delete('/subscriptions', validate('json', pushUnsubscribeSchema), async (c) => {
      const { user } = authOf(c);
      await removeSubscription(db, user.id, c.req.valid('json').endpoint);
      return reply(c, routes.push.unsubscribe, { ok: true });
    })
    .post('/test', async (c) => {
      const { user } = authOf(c);
      await consume(limiters.actions, user.id);
      const result = await notifier.notify([user.id], (locale) => ({
        title: t(locale, 'notifications.test_title'),
        body: t(locale, 'notifications.test_body'),
        url: '/',
        tag: 'test',
      }));
      // Only whether a notice went out: per-endpoint outcomes would tell what answers where.
      return reply(c, routes.push.test, { delivered: result.sent > 0 });
    });
  return [{ path: '/push', app: push }];
}

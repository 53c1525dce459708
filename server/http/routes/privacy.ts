import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { erasePerson, exportPersonalData } from '../../domain/privacy/personal-data';
import { consume } from '../../limits/limiters';
import { routes } from '../../protocol/routes';
import { clearSessionCookie } from '../cookies';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { reply } from '../reply';
import { validate } from '../validate';

/** Erasure cannot be undone, so the request must say so in as many words. */
export const eraseMeSchema = z.strictObject({ confirm: z.literal(true) });

/**
 * `/api/me/export` and `DELETE /api/me`: a person's own data, to download (JSON) and to erase
 * (AVG/GDPR). Mounted on `/api/me` beside the profile routes.
 */
export function privacyRoutes(deps: Deps) {
  const { db, clock, config, limiters, logger, dispatcher } = deps;
  return new Hono<AppEnv>()
    .get('/export', async (c) => {
      const { user } = authOf(c);
      await consume(limiters.actions, `export:${user.id}`);
      const data = await exportPersonalData(db, clock, user.id, c.get('locale'));
      c.header(
        'Content-Disposition',
        `attachment; filename="buurtkamer-${clock.now().toISOString().slice(0, 10)}.json"`,
      );
      return c.json(data);
    })
    .delete('/', validate('json', eraseMeSchema), async (c) => {
      const { user } = authOf(c);
      const { sessionIds, events } = await erasePerson(db, clock, user.id);
      clearSessionCookie(c, config.secureCookies);
      for (const sessionId of sessionIds)
        await dispatcher.publish({ type: 'session.ended', sessionId, reason: 'revoked' });
      await dispatcher.publish({ type: 'user.erased', userId: user.id });
      // A freed seat offered to the waitlist, told live.
      for (const event of events) await dispatcher.publish(event);
      logger.info({ userId: user.id }, 'person erased');
      return reply(c, routes.me.erase, { ok: true });
    });
}

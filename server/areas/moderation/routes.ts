import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env';
import { authOf } from '../../http/middleware/context';
import { validate } from '../../http/validate';
import { idSchema } from '../../protocol/common';
import { flagNoteSchema, hideReasonSchema } from '../../protocol/moderation';
import type { ModerationService } from './service';
import { reply } from '../../http/reply';
import { routes } from '../../protocol/routes';

const messageParam = z.object({ messageId: idSchema });

/**
 * `POST /api/messages/:messageId/flag` `{note?}` (any member who can see it in a shared room)
 * and `POST /api/messages/:messageId/hide` `{reason}` (staff and admins). The socket events
 * `message:flag` and `message:hide` do the same through the same service.
 */
export function moderationRoutes(service: ModerationService) {
  const messages = new Hono<AppEnv>()
    .post(
      '/:messageId/flag',
      validate('param', messageParam),
      validate('json', flagNoteSchema),
      async (c) => {
        const { user } = authOf(c);
        return reply(
          c,
          routes.moderation.flag,
          await service.flag(
            { id: user.id, name: user.displayName, locale: c.get('locale') },
            { ...c.req.valid('json'), messageId: c.req.valid('param').messageId },
          ),
        );
      },
    )
    .post(
      '/:messageId/hide',
      validate('param', messageParam),
      validate('json', hideReasonSchema),
      async (c) => {
        const { user } = authOf(c);
        return reply(
          c,
          routes.moderation.hide,
          await service.hide(
            { id: user.id, name: user.displayName, locale: c.get('locale') },
            { ...c.req.valid('json'), messageId: c.req.valid('param').messageId },
          ),
        );
      },
    );
  return [{ path: '/messages', app: messages }];
}

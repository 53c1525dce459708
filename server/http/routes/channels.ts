import { Hono } from 'hono';
import type { Deps } from '../../deps';
import { requireChannelAccess } from '../../domain/channels/channels';
import { historyPage } from '../../domain/messages/messages';
import { channelParamSchema } from '../../protocol/projects';
import { historyQuerySchema } from '../../protocol/messages';
import { presentMessage } from '../../presenters/message';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';
import { reply } from '../reply';
import { routes } from '../../protocol/routes';

/** `/api/channels/:channelId/messages?before=&limit=`: history, newest page first, cursor by sequence. */
export function channelRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>().get(
    '/:channelId/messages',
    validate('param', channelParamSchema),
    validate('query', historyQuerySchema),
    async (c) => {
      const { channelId } = c.req.valid('param');
      await requireChannelAccess(db, authOf(c).user.id, channelId, 'read');
      const page = await historyPage(db, channelId, c.req.valid('query'));
      return reply(c, routes.channels.messages, {
        messages: page.messages.map(presentMessage),
        nextBefore: page.nextBefore,
      });
    },
  );
}

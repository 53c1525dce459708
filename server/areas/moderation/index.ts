import type { AreaFactory } from '../../area';
import { moderationRoutes } from './routes';
import { moderationService } from './service';
import { moderationEvents } from './socket';

/**
 * Flag and hide in the shared rooms: any member flags a message to staff, staff hide one with a
 * reason the author hears privately. See "Flag and hide" in `docs/concerns.md`.
 */
export const moderationArea: AreaFactory = ({ deps }) => {
  const service = moderationService(deps);
  return {
    name: 'moderation',
    routes: moderationRoutes(service),
    socketEvents: (events) => moderationEvents(events, service),
  };
};

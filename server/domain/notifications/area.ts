import type { AreaFactory } from '../../area';
import { notifyPrivateReplies } from './replies';
import { pushRoutes } from './routes';

/**
 * Web Push notifications: the `/api/push` routes, and notifications for replies in a person's
 * private conversations while they are offline. The notifier itself is `deps.notifier`, for
 * every area to use.
 */
export const notificationsArea: AreaFactory = ({ deps }) => {
  const stopReplies = notifyPrivateReplies(deps);
  return {
    name: 'notifications',
    routes: [{ path: '/push', app: pushRoutes(deps) }],
    stop: async () => {
      stopReplies();
    },
  };
};

import type { AreaFactory } from '../../area';
import { notifyConcernChanges, notifyStaffAlerts } from './records';
import { notifyPrivateReplies } from './replies';
import { pushRoutes } from './routes';

/**
 * Web Push notifications: the `/api/push` routes, and notifications while a person is offline
 * for replies in their private conversations, news on their own sign-ups and reports, and (for
 * staff) new staff alerts. The notifier itself is `deps.notifier`, for
 * every area to use.
 */
export const notificationsArea: AreaFactory = ({ deps }) => {
  const stops = [notifyPrivateReplies(deps), notifyStaffAlerts(deps), notifyConcernChanges(deps)];
  return {
    name: 'notifications',
    routes: [{ path: '/push', app: pushRoutes(deps) }],
    stop: async () => {
      for (const stop of stops) stop();
    },
  };
};

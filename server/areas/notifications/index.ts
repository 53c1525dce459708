import type { AreaFactory } from '../../area';
import { notifyConcernChanges, notifyPrivateReplies, notifyStaffAlerts } from './listeners';
import { notificationRoutes } from './routes';

/**
 * Web Push notifications: the `/api/push` routes, and notifications while a person is offline
 * for replies in their private conversations, news on their own sign-ups and reports, and (for
 * staff) new staff alerts. The notifier itself is `deps.notifier`, for every area to use; the
 * rules (subscriptions, VAPID keys, endpoints, who hears what) are in `server/domain/notifications/`.
 */
export const notificationsArea: AreaFactory = ({ deps }) => {
  const stops = [notifyPrivateReplies(deps), notifyStaffAlerts(deps), notifyConcernChanges(deps)];
  return {
    name: 'notifications',
    routes: notificationRoutes(deps),
    stop: async () => {
      for (const stop of stops) stop();
    },
  };
};

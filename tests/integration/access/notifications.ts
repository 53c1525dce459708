import { makeBrowserKeys } from '../../support/fake-push';
import { signedIn, type AccessArea, type AccessWorld } from './table';

/**
 * Web Push: every signed-in person manages notifications for their own devices only (the
 * subscription is theirs; there is nothing of anyone else's to reach).
 */
export function notificationsAccess(_world: AccessWorld): AccessArea {
  // A public push service address (the endpoint check refuses loopback outside its own tests).
  const endpoint = (index: number) => `https://fcm.googleapis.com/fcm/send/acl-${index}`;
  return {
    routes: [
      {
        route: 'GET /api/push/key',
        name: 'the public VAPID key',
        allowed: signedIn,
        call: (c) => c.get('/api/push/key'),
      },
      {
        route: 'POST /api/push/subscriptions',
        name: 'switch notifications on for this device',
        allowed: signedIn,
        ok: 201,
        call: (c, i) =>
          c.post('/api/push/subscriptions', {
            endpoint: endpoint(i),
            expirationTime: null,
            keys: makeBrowserKeys().keys,
          }),
      },
      {
        route: 'DELETE /api/push/subscriptions',
        name: 'switch notifications off for this device',
        allowed: signedIn,
        call: (c, i) => c.request('DELETE', '/api/push/subscriptions', { endpoint: endpoint(i) }),
      },
      {
        route: 'POST /api/push/test',
        name: 'a test notification to one’s own devices',
        allowed: signedIn,
        call: (c) => c.post('/api/push/test'),
      },
    ],
    events: {},
  };
}

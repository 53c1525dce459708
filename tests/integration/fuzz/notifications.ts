import fc from 'fast-check';
import { body, getWithQuery, text, type FuzzArea, type FuzzWorld } from './generators';

/** Web Push routes: the key, switching a device on and off, a test notification. */
export function notificationsFuzz(_world: FuzzWorld): FuzzArea {
  const endpoint = fc.oneof(
    fc.webUrl(),
    text,
    fc.constantFrom('http://127.0.0.1:1/push', 'https://fcm.googleapis.com/fcm/send/x'),
  );
  const keys = fc.record({
    p256dh: fc.oneof(text, fc.base64String({ minLength: 80, maxLength: 120 })),
    auth: fc.oneof(text, fc.base64String({ minLength: 16, maxLength: 30 })),
  });
  return {
    routes: [
      getWithQuery('GET /api/push/key', () => '/api/push/key'),
      {
        route: 'POST /api/push/subscriptions',
        caller: 'admin',
        request: () =>
          body({ endpoint, expirationTime: fc.oneof(fc.constant(null), fc.integer()), keys }).map(
            (b) => ({ method: 'POST', path: '/api/push/subscriptions', ...b }),
          ),
      },
      {
        route: 'DELETE /api/push/subscriptions',
        caller: 'admin',
        request: () =>
          body({ endpoint }).map((b) => ({
            method: 'DELETE',
            path: '/api/push/subscriptions',
            ...b,
          })),
      },
      {
        route: 'POST /api/push/test',
        caller: 'admin',
        readsNoBody: true,
        request: () => body({}).map((b) => ({ method: 'POST', path: '/api/push/test', ...b })),
      },
    ],
    events: {},
  };
}

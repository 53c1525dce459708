import { z } from 'zod';

const base64url = /^[A-Za-z0-9_-]+={0,2}$/;

/** What `PushSubscription.toJSON()` gives in the browser. */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: z.url().max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().min(80).max(200).regex(base64url),
    auth: z.string().min(16).max(64).regex(base64url),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const pushUnsubscribeSchema = z.strictObject({ endpoint: z.url().max(2000) });

/** The server's VAPID public key, for `pushManager.subscribe({ applicationServerKey })`. */
export interface PushKey {
  publicKey: string;
}

/** `POST /api/push/test`: whether at least one of the person's devices was sent the notice. */
export interface PushTestResult {
  delivered: boolean;
}

/** The payload the service worker receives (encrypted for the one browser) and shows. */
export interface PushNotice {
  title: string;
  body: string;
  /** A path inside the app to open when the notification is pressed. */
  url: string;
  /** Notifications with the same tag replace each other instead of piling up. */
  tag?: string;
}

/** One notification per alert on a phone: a later notice about it replaces the earlier one. */
export const alertNoticeTag = (alertId: string) => `alert-${alertId}`;

import { inArray } from 'drizzle-orm';
import webPush from 'web-push';
import { users } from '../../../db/schema';
import type { Db } from '../../../db/database';
import type { Clock } from '../../clock';
import type { Locale } from '../../i18n/locale';
import type { Logger } from '../../logger';
import type { PushNotice } from '../../protocol/notifications';
import { acceptsEndpoint } from './endpoints';
import {
  dropSubscription,
  markSent,
  subscriptionsOf,
  type PushSubscriptionRow,
} from './subscriptions';
import { ensureVapidKeys } from './vapid';

/** A notice, or one made per person in their own language. */
export type NoticeContent = PushNotice | ((locale: Locale) => PushNotice);

export interface NotifyResult {
  /** Devices the push service accepted the notification for. */
  sent: number;
  /** Subscriptions the push service said are gone (removed). */
  removed: number;
  failed: number;
}

/**
 * Sends Web Push notifications to people's opted-in devices. Areas call
 * `deps.notifier.notify(userIds, notice)` for staff alerts and for news on a person's own
 * reports and sign-ups. Payloads are encrypted for each browser (RFC 8291, aes128gcm) and
 * signed with the server's VAPID key (RFC 8292); texts stay short and never quote what
 * someone wrote, because a phone's lock screen may be seen by others.
 */
export interface Notifier {
  readonly publicKey: string;
  acceptsEndpoint(endpoint: string): boolean;
  notify(userIds: readonly string[], content: NoticeContent): Promise<NotifyResult>;
}

export interface NotifierOptions {
  /** VAPID subject: an `https:` URL or `mailto:` address where push services can reach the operator. */
  subject: string;
  /** Push service hosts endpoints may name (`PUSH_SERVICE_HOSTS`). */
  hosts: readonly string[];
  /**
   * Tests only: accept `http://127.0.0.1` endpoints (a fake push service). Not a setting: no
   * environment variable reaches it, and it is refused when NODE_ENV is `production`.
   */
  allowLoopbackHttp?: boolean;
  /** How long a push service keeps an undelivered notification (seconds). */
  ttlSeconds?: number;
}

/** Posts one encrypted notification to its push service: sent, gone (404/410) or failed. */
async function deliver(
  request: ReturnType<typeof webPush.generateRequestDetails>,
  logger: Logger,
): Promise<'sent' | 'gone' | 'failed'> {
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) {
      logger.warn({ status: response.status }, 'push service refused a notification');
      return 'failed';
    }
    return 'sent';
  } catch (error) {
    logger.warn({ err: error }, 'push service unreachable');
    return 'failed';
  }
}

export async function createNotifier(
  deps: { db: Db; clock: Clock; logger: Logger },
  options: NotifierOptions,
): Promise<Notifier> {
  const { db, clock, logger } = deps;
  const keys = await ensureVapidKeys(db);
  const vapidDetails = { subject: options.subject, ...keys };
  if (options.allowLoopbackHttp && process.env.NODE_ENV === 'production')
    throw new Error('allowLoopbackHttp is for tests only and refused when NODE_ENV=production');
  const rules = { hosts: options.hosts, allowLoopbackHttp: options.allowLoopbackHttp === true };
  const accepts = (endpoint: string) => acceptsEndpoint(endpoint, rules);

  async function send(
    subscription: PushSubscriptionRow,
    notice: PushNotice,
  ): Promise<'sent' | 'gone' | 'failed'> {
    if (!accepts(subscription.endpoint)) return 'gone';
    const request = webPush.generateRequestDetails(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      JSON.stringify(notice),
      {
        vapidDetails,
        TTL: options.ttlSeconds ?? 24 * 3600,
        contentEncoding: 'aes128gcm',
        urgency: 'normal',
      },
    );
    return deliver(request, logger);
  }

  return {
    publicKey: keys.publicKey,
    acceptsEndpoint: accepts,
    async notify(userIds, content) {
      const result: NotifyResult = { sent: 0, removed: 0, failed: 0 };
      const subscriptions = await subscriptionsOf(db, [...new Set(userIds)]);
      if (subscriptions.length === 0) return result;
      const locales = new Map<string, Locale>();
      if (typeof content === 'function') {
        const ids = [...new Set(subscriptions.map((s) => s.userId))];
        const rows = await db
          .select({ id: users.id, locale: users.locale })
          .from(users)
          .where(inArray(users.id, ids));
        for (const row of rows) locales.set(row.id, row.locale);
      }
      await Promise.all(
        subscriptions.map(async (subscription) => {
          const notice =
            typeof content === 'function'
              ? content(locales.get(subscription.userId) ?? 'nl')
              : content;
          const outcome = await send(subscription, notice);
          if (outcome === 'sent') {
            result.sent += 1;
            await markSent(db, clock, subscription.id);
          } else if (outcome === 'gone') {
            result.removed += 1;
            await dropSubscription(db, subscription.id);
          } else result.failed += 1;
        }),
      );
      return result;
    },
  };
}

import { and, eq, inArray } from 'drizzle-orm';
import { pushSubscriptions } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { PushSubscriptionInput } from '../../protocol/notifications';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Stores a device's subscription for a person. The endpoint is unique to one browser: if it
 * was stored for someone else (another person signed in on the same phone), it moves to the
 * person who subscribed now, so notifications never reach the previous person there.
 */
export async function saveSubscription(
  db: Executor,
  clock: Clock,
  userId: string,
  input: PushSubscriptionInput,
  userAgent: string | undefined,
): Promise<void> {
  const values = {
    userId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    userAgent: userAgent?.slice(0, 300) ?? null,
    createdAt: clock.now(),
  };
  await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId, p256dh: values.p256dh, auth: values.auth, userAgent: values.userAgent },
    });
}

/** Removes one of the person's own subscriptions (switching notifications off on a device). */
export async function removeSubscription(
  db: Executor,
  userId: string,
  endpoint: string,
): Promise<void> {
  await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)));
}

export async function subscriptionsOf(
  db: Executor,
  userIds: readonly string[],
): Promise<PushSubscriptionRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(pushSubscriptions)
    .where(inArray(pushSubscriptions.userId, [...userIds]));
}

/** A push service said the subscription is gone (404/410): forget it. */
export async function dropSubscription(db: Executor, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function markSent(db: Executor, clock: Clock, id: string): Promise<void> {
  await db
    .update(pushSubscriptions)
    .set({ lastSentAt: clock.now() })
    .where(eq(pushSubscriptions.id, id));
}

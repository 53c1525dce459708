import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { pushSubscriptions } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { PushSubscriptionInput } from '../../protocol/notifications';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Stores a device's subscription for a person. The endpoint is unique to one browser: if it
 * was stored for someone else (another person signed in on the same phone), it moves to the
 * person who subscribed now, so notifications never reach the previous person there.
 *
 * A person keeps at most `keep` subscriptions (`PUSH_SUBSCRIPTIONS_PER_PERSON`): a new device
 * replaces the one subscribed longest ago, so switching notifications on always works on the
 * phone in hand, and a stale browser is what goes. Subscribing the same endpoint again counts
 * as new (the browser says it is alive).
 */
export async function saveSubscription(
  db: Db,
  clock: Clock,
  userId: string,
  input: PushSubscriptionInput,
  userAgent: string | undefined,
  limits: { keep: number },
): Promise<void> {
  const now = clock.now();
  const values = {
    userId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    userAgent: userAgent?.slice(0, 300) ?? null,
    createdAt: now,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(pushSubscriptions)
      .values(values)
      .onConflictDoUpdate({
        target: pushSubscriptions.endpoint,
        set: {
          userId,
          p256dh: values.p256dh,
          auth: values.auth,
          userAgent: values.userAgent,
          createdAt: now,
        },
      });
    const kept = await tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId))
      .orderBy(desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id))
      .limit(limits.keep);
    await tx.delete(pushSubscriptions).where(
      and(
        eq(pushSubscriptions.userId, userId),
        notInArray(
          pushSubscriptions.id,
          kept.map((row) => row.id),
        ),
      ),
    );
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

import { eq } from 'drizzle-orm';
import { pushSubscriptions } from '../../../db/schema';
import type { PersonalDataArea } from '../privacy/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Web Push subscriptions, one per device that opted in. The export names the push service (the
 * endpoint's host), not the endpoint or the browser's keys: those let anyone send to the phone.
 */
const push: PersonalDataArea = {
  name: 'pushSubscriptions',
  tables: ['push_subscriptions'],
  async export(db, userId) {
    const rows = await db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId));
    return rows.map((r) => ({
      id: r.id,
      pushService: hostOf(r.endpoint),
      userAgent: r.userAgent,
      createdAt: iso(r.createdAt),
      lastSentAt: iso(r.lastSentAt),
    }));
  },
  /** Deleted: no phone gets a notification for the erased account again. */
  async erase(tx, userId) {
    await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  },
};

function hostOf(endpoint: string): string | null {
  try {
    return new URL(endpoint).host;
  } catch {
    return null;
  }
}

export const notificationsPrivacy: PersonalDataArea[] = [push];

import { eq } from 'drizzle-orm';
import webPush from 'web-push';
import { vapidKeys } from '../../../db/schema';
import type { Executor } from '../../../db/database';

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

/**
 * The server's VAPID key pair: made at first start and kept in the database, so restarts and
 * other nodes sign with the same key. Several nodes starting at once agree: the first insert
 * wins and everyone reads that row back.
 */
export async function ensureVapidKeys(db: Executor): Promise<VapidKeyPair> {
  const existing = await readKeys(db);
  if (existing) return existing;
  const fresh = webPush.generateVAPIDKeys();
  await db
    .insert(vapidKeys)
    .values({ id: 'default', ...fresh })
    .onConflictDoNothing();
  const stored = await readKeys(db);
  if (!stored) throw new Error('VAPID keys were not stored');
  return stored;
}

async function readKeys(db: Executor): Promise<VapidKeyPair | undefined> {
  const [row] = await db.select().from(vapidKeys).where(eq(vapidKeys.id, 'default')).limit(1);
  return row ? { publicKey: row.publicKey, privateKey: row.privateKey } : undefined;
}

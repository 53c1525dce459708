import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/database';
import { discordStatus } from '../../../db/schema';

export type DiscordStatusRow = typeof discordStatus.$inferSelect;

const ROW = 'bot';

/**
 * Gateway close codes after which Discord will not take the bot until a person changes
 * something: 4004 the token, 4010/4011 sharding, 4012 the API version, 4013/4014 the intents
 * (4014: a privileged intent such as Message Content is not switched on in the developer portal).
 * discord.js (`UNRECOVERABLE_CLOSE_CODES`) gives up on these too, without saying so.
 */
export const fatalCloseCodes: ReadonlySet<number> = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

/** A short SHA-256 of the token: enough to notice the setting changed, useless to anyone else. */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

export async function readDiscordStatus(db: Executor): Promise<DiscordStatusRow | undefined> {
  const [row] = await db.select().from(discordStatus).where(eq(discordStatus.id, ROW)).limit(1);
  return row;
}

/**
 * Stops for good: returns true when this is news (it was not already stopped with this code
 * and token), so the admins are told once.
 */
export async function markStopped(
  db: Executor,
  input: { closeCode: number; tokenFingerprint: string; now: Date },
): Promise<boolean> {
  const before = await readDiscordStatus(db);
  const values = {
    state: 'stopped' as const,
    closeCode: input.closeCode,
    tokenFingerprint: input.tokenFingerprint,
    since: input.now,
    retryRequestedAt: null,
  };
  await db
    .insert(discordStatus)
    .values({ id: ROW, ...values })
    .onConflictDoUpdate({ target: discordStatus.id, set: values });
  return !(
    before?.state === 'stopped' &&
    before.closeCode === input.closeCode &&
    before.tokenFingerprint === input.tokenFingerprint
  );
}

export async function markConnected(db: Executor, now: Date): Promise<void> {
  const values = {
    state: 'connected' as const,
    closeCode: null,
    tokenFingerprint: null,
    since: now,
    retryRequestedAt: null,
  };
  await db
    .insert(discordStatus)
    .values({ id: ROW, ...values })
    .onConflictDoUpdate({ target: discordStatus.id, set: values });
}

/** An admin asks to try again (after fixing the setting in Discord's developer portal). */
export async function requestRetry(db: Executor, now: Date): Promise<void> {
  await db.update(discordStatus).set({ retryRequestedAt: now }).where(eq(discordStatus.id, ROW));
}

/**
 * Whether the connection must stay down: Discord refused this very token for good, and nobody
 * asked to try again since.
 */
export function staysStopped(row: DiscordStatusRow | undefined, fingerprint: string): boolean {
  if (row?.state !== 'stopped' || row.tokenFingerprint !== fingerprint) return false;
  return !row.retryRequestedAt || row.retryRequestedAt < row.since;
}

import { and, eq } from 'drizzle-orm';
import { discordAccounts, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';

export type DiscordAccountRow = typeof discordAccounts.$inferSelect;

export async function findDiscordAccount(
  db: Executor,
  discordUserId: string,
): Promise<DiscordAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(discordAccounts)
    .where(eq(discordAccounts.discordUserId, discordUserId))
    .limit(1);
  return row;
}

/** The Discord account a person linked, if any. */
export async function linkedAccountOf(
  db: Executor,
  userId: string,
): Promise<DiscordAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(discordAccounts)
    .where(and(eq(discordAccounts.userId, userId), eq(discordAccounts.linked, true)))
    .limit(1);
  return row;
}

/**
 * Links a Discord user to a person's account. A guest record of that Discord user becomes the
 * link (their earlier bridged messages keep their guest author); a Discord account the person
 * linked before is let go.
 */
export async function linkDiscordAccount(
  db: Db,
  clock: Clock,
  input: { discordUserId: string; discordName: string; userId: string },
): Promise<DiscordAccountRow> {
  return db.transaction(async (tx) => {
    await tx.delete(discordAccounts).where(eq(discordAccounts.userId, input.userId));
    const values = {
      userId: input.userId,
      linked: true,
      discordName: input.discordName,
      linkedAt: clock.now(),
    };
    const [row] = await tx
      .insert(discordAccounts)
      .values({ discordUserId: input.discordUserId, ...values })
      .onConflictDoUpdate({ target: discordAccounts.discordUserId, set: values })
      .returning();
    if (!row) throw new Error('discord account upsert returned nothing');
    return row;
  });
}

/** The person lets go of their Discord link; their Discord messages are guests' again. */
export async function unlinkDiscordAccount(db: Executor, userId: string): Promise<boolean> {
  const removed = await db
    .delete(discordAccounts)
    .where(and(eq(discordAccounts.userId, userId), eq(discordAccounts.linked, true)))
    .returning({ id: discordAccounts.discordUserId });
  return removed.length > 0;
}

/**
 * The author of messages an unlinked Discord user writes in a bridged channel: a user without
 * membership, session or access, carrying their Discord display name (kept up to date).
 */
export async function ensureGuestAuthor(
  db: Db,
  input: { discordUserId: string; discordName: string },
): Promise<DiscordAccountRow> {
  const existing = await findDiscordAccount(db, input.discordUserId);
  if (existing) {
    if (!existing.linked && existing.discordName !== input.discordName) {
      await db
        .update(users)
        .set({ displayName: input.discordName })
        .where(eq(users.id, existing.userId));
      await db
        .update(discordAccounts)
        .set({ discordName: input.discordName })
        .where(eq(discordAccounts.discordUserId, input.discordUserId));
      return { ...existing, discordName: input.discordName };
    }
    return existing;
  }
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ displayName: input.discordName })
      .returning({ id: users.id });
    if (!user) throw new Error('guest insert returned nothing');
    const [row] = await tx
      .insert(discordAccounts)
      .values({
        discordUserId: input.discordUserId,
        userId: user.id,
        discordName: input.discordName,
      })
      .returning();
    if (!row) throw new Error('discord account insert returned nothing');
    return row;
  });
}

export async function rememberProject(
  db: Executor,
  discordUserId: string,
  projectId: string,
): Promise<void> {
  await db
    .update(discordAccounts)
    .set({ lastProjectId: projectId })
    .where(eq(discordAccounts.discordUserId, discordUserId));
}

import { and, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { sessions, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import { addDays, type Clock } from '../../clock';
import { notFound } from '../../errors';
import { hashSecret, newSecret } from './tokens';

export type SessionRow = typeof sessions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** Sliding expiry is renewed at most this often, so a busy user does not write on every request. */
const RENEW_AFTER_MS = 24 * 3600_000;

export async function createSession(
  db: Executor,
  clock: Clock,
  input: { userId: string; ttlDays: number; userAgent?: string | null },
): Promise<{ token: string; session: SessionRow }> {
  const token = newSecret();
  const now = clock.now();
  const [session] = await db
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: hashSecret(token),
      userAgent: input.userAgent?.slice(0, 200) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addDays(now, input.ttlDays),
    })
    .returning();
  if (!session) throw new Error('session insert returned nothing');
  return { token, session };
}

/** Finds the live session for a token, renewing its sliding expiry; null when unknown, revoked or expired. */
/** The session of a token with its person, while it is neither revoked, expired nor erased. */
const liveSession = prepared((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        isNull(users.erasedAt),
      ),
    )
    .limit(1)
    .prepare('live_session'),
);

export async function authenticate(
  db: Executor,
  clock: Clock,
  token: string,
  ttlDays: number,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const now = clock.now();
  const [row] = await liveSession(db).execute({
    tokenHash: hashSecret(token),
    now: now.toISOString(),
  });
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    const expiresAt = addDays(now, ttlDays);
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt })
      .where(eq(sessions.id, row.session.id));
    row.session = { ...row.session, lastSeenAt: now, expiresAt };
  }
  return row;
}

export async function listSessions(
  db: Executor,
  clock: Clock,
  userId: string,
): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, clock.now()),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the user's own sessions. */
export async function revokeSession(
  db: Executor,
  clock: Clock,
  input: { userId: string; sessionId: string },
): Promise<void> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(
      and(
        eq(sessions.id, input.sessionId),
        eq(sessions.userId, input.userId),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ id: sessions.id });
  if (revoked.length === 0) throw notFound();
}

/**
 * Ends every live session of the user except `keepSessionId` (a password change: whoever knew the
 * old password loses their devices, the person changing it stays signed in). Returns the ids.
 */
export async function revokeOtherSessions(
  db: Executor,
  clock: Clock,
  input: { userId: string; keepSessionId: string },
): Promise<string[]> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(
      and(
        eq(sessions.userId, input.userId),
        ne(sessions.id, input.keepSessionId),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ id: sessions.id });
  return revoked.map((r) => r.id);
}

/** Deletes sessions that expired or were revoked before `cutoff`; returns how many. */
export async function removeSessionsEndedBefore(db: Executor, cutoff: Date): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
    .returning({ id: sessions.id });
  return removed.length;
}

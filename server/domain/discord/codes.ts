import { randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { discordLinkCodes } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { forbidden, notFound } from '../../errors';
import { canLinkRoom } from '../../protocol/access';
import type { Role } from '../../protocol/roles';
import { hashSecret } from '../auth/tokens';
import { findChannel } from './links';

export type LinkCodeRow = typeof discordLinkCodes.$inferSelect;

/** Long enough to be hard to guess, short enough to type: 8 characters, no 0/O or 1/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const LINK_CODE_TTL_MINUTES = 30;

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** "abcd efgh", "ABCD-EFGH" and "abcdefgh" are the same code. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

async function insertCode(
  db: Executor,
  clock: Clock,
  values: Omit<typeof discordLinkCodes.$inferInsert, 'codeHash' | 'expiresAt'>,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newCode();
  const expiresAt = new Date(clock.now().getTime() + LINK_CODE_TTL_MINUTES * 60_000);
  await db
    .insert(discordLinkCodes)
    .values({ ...values, codeHash: hashSecret(normalizeCode(code)), expiresAt });
  return { code, expiresAt };
}

/** A code that links a Discord channel to one of the project's rooms (`/koppel CODE` there). */
export async function createChannelCode(
  db: Executor,
  clock: Clock,
  input: { actorId: string; actorRole: Role; projectId: string; channelId: string },
): Promise<{ code: string; expiresAt: Date }> {
  const channel = await findChannel(db, input.channelId);
  if (!channel || channel.projectId !== input.projectId) throw notFound();
  if (!canLinkRoom(input.actorRole, channel.kind)) throw forbidden();
  return insertCode(db, clock, {
    kind: 'channel',
    projectId: input.projectId,
    channelId: channel.id,
    userId: input.actorId,
  });
}

/** A code that links the Discord account of whoever types it to this person's account. */
export function createAccountCode(
  db: Executor,
  clock: Clock,
  userId: string,
): Promise<{ code: string; expiresAt: Date }> {
  return insertCode(db, clock, { kind: 'account', userId });
}

/** The unused, unexpired code, if any (not used up yet: see `consumeCode`). */
export async function findUsableCode(
  db: Executor,
  clock: Clock,
  code: string,
): Promise<LinkCodeRow | undefined> {
  const normalized = normalizeCode(code);
  if (normalized.length !== CODE_LENGTH) return undefined;
  const [row] = await db
    .select()
    .from(discordLinkCodes)
    .where(
      and(
        eq(discordLinkCodes.codeHash, hashSecret(normalized)),
        isNull(discordLinkCodes.usedAt),
        gt(discordLinkCodes.expiresAt, clock.now()),
      ),
    )
    .limit(1);
  return row;
}

/** Uses the code up; false when someone else used it first (or it expired meanwhile). */
export async function consumeCode(db: Executor, clock: Clock, codeId: string): Promise<boolean> {
  const used = await db
    .update(discordLinkCodes)
    .set({ usedAt: clock.now() })
    .where(
      and(
        eq(discordLinkCodes.id, codeId),
        isNull(discordLinkCodes.usedAt),
        gt(discordLinkCodes.expiresAt, clock.now()),
      ),
    )
    .returning({ id: discordLinkCodes.id });
  return used.length > 0;
}

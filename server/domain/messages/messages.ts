import { and, asc, desc, eq, getTableColumns, gt, lt, sql } from 'drizzle-orm';
import { channels, memberships, messages, users } from '../../../db/schema';
import type { MessageMeta } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import { conflict } from '../../errors';
import type { Clock } from '../../clock';
import type { Role } from '../../protocol/roles';

export type MessageRow = typeof messages.$inferSelect;

/** A stored message with what the presenter needs of its author. */
export interface StoredMessage extends MessageRow {
  authorName: string;
  authorRole: Role | null;
  authorIsBot: boolean;
}

export interface NewMessage {
  channelId: string;
  authorId: string;
  clientId: string;
  body: string;
  meta?: MessageMeta;
}

class DuplicateClientId extends Error {}

/**
 * Stores a message exactly once. In one transaction the channel's counter is incremented
 * (locking the channel row, so sequence numbers are gap-free and ordered) and the message is
 * inserted; when the author already sent this client id, the transaction is rolled back and
 * the stored message is returned instead (`created: false`). On a transaction (a notice that
 * commits with the change it tells about), that transaction is a savepoint.
 */
export async function storeMessage(
  db: Executor,
  clock: Clock,
  input: NewMessage,
): Promise<{ message: MessageRow; created: boolean }> {
  const existing = await findByClientId(db, input.authorId, input.clientId);
  if (existing) return sameChannelOrConflict(existing, input);
  try {
    const message = await db.transaction(async (tx) => {
      const [channel] = await tx
        .update(channels)
        .set({ lastSeq: sql`${channels.lastSeq} + 1` })
        .where(eq(channels.id, input.channelId))
        .returning({ lastSeq: channels.lastSeq });
      if (!channel) throw new Error(`channel ${input.channelId} vanished`);
      const [inserted] = await tx
        .insert(messages)
        .values({
          channelId: input.channelId,
          seq: channel.lastSeq,
          clientId: input.clientId,
          authorId: input.authorId,
          body: input.body,
          meta: input.meta ?? {},
          createdAt: clock.now(),
        })
        .onConflictDoNothing({ target: [messages.authorId, messages.clientId] })
        .returning();
      if (!inserted) throw new DuplicateClientId();
      return inserted;
    });
    return { message, created: true };
  } catch (error) {
    if (!(error instanceof DuplicateClientId)) throw error;
    const stored = await findByClientId(db, input.authorId, input.clientId);
    if (!stored) throw error;
    return sameChannelOrConflict(stored, input);
  }
}

function sameChannelOrConflict(stored: MessageRow, input: NewMessage) {
  if (stored.channelId !== input.channelId) throw conflict();
  return { message: stored, created: false };
}

async function findByClientId(db: Executor, authorId: string, clientId: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, authorId), eq(messages.clientId, clientId)))
    .limit(1);
  return row;
}

/**
 * A message with its author, selected flat: drizzle then builds the very object that is
 * returned. Copying a nested row into a flat one (`{ ...row.message, authorName }`) took V8
 * 2.3 µs per message (a spread followed by more properties leaves its fast path), a tenth of
 * a history request's CPU.
 */
const withAuthor = {
  ...getTableColumns(messages),
  authorName: users.displayName,
  authorRole: memberships.role,
  authorIsBot: users.isBot,
};

function selectWithAuthor(db: Executor) {
  return db
    .select(withAuthor)
    .from(messages)
    .innerJoin(channels, eq(channels.id, messages.channelId))
    .innerJoin(users, eq(users.id, messages.authorId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, messages.authorId), eq(memberships.projectId, channels.projectId)),
    );
}

/** A page of history, oldest first, before a sequence number (or the newest page). */
export async function historyPage(
  db: Executor,
  channelId: string,
  query: { before?: number; limit: number },
): Promise<{ messages: StoredMessage[]; nextBefore: number | null }> {
  const rows = await historyRows(db).execute({
    channelId,
    before: query.before ?? Number.MAX_SAFE_INTEGER,
    limit: query.limit,
  });
  const page: StoredMessage[] = rows.reverse();
  const first = page[0];
  return { messages: page, nextBefore: first && first.seq > 1 ? first.seq : null };
}

const historyRows = prepared((db) =>
  selectWithAuthor(db)
    .where(
      and(
        eq(messages.channelId, sql.placeholder('channelId')),
        lt(messages.seq, sql.placeholder('before')),
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(sql.placeholder('limit'))
    .prepare('history_page'),
);

/** Messages after a sequence number, in order: what a reconnecting client missed. */
export async function messagesAfter(
  db: Executor,
  channelId: string,
  afterSeq: number,
  limit: number,
): Promise<StoredMessage[]> {
  return missedMessages(db).execute({ channelId, afterSeq, limit });
}

const missedMessages = prepared((db) =>
  selectWithAuthor(db)
    .where(
      and(
        eq(messages.channelId, sql.placeholder('channelId')),
        gt(messages.seq, sql.placeholder('afterSeq')),
      ),
    )
    .orderBy(asc(messages.seq))
    .limit(sql.placeholder('limit'))
    .prepare('missed_messages'),
);

export async function findStoredMessage(
  db: Executor,
  messageId: string,
): Promise<StoredMessage | undefined> {
  const [row] = await selectWithAuthor(db).where(eq(messages.id, messageId)).limit(1);
  return row;
}

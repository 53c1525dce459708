import { sql } from 'drizzle-orm';
import { channels, messages } from '../../../db/schema';
import type { Db } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import type { Clock } from '../../clock';
import { storeMessage, type MessageRow, type NewMessage } from './messages';

type Stored = { message: MessageRow; created: boolean };

interface Pending {
  input: NewMessage;
  createdAt: Date;
  resolve(result: Stored): void;
  reject(error: unknown): void;
}

/** At most this many messages go into one statement. */
const MAX_BATCH = 200;

/**
 * Group commit for the message path. `store` has the same contract as `storeMessage` (stored
 * exactly once per author and client id, gap-free per-channel sequence, the stored message
 * back) at a fraction of the database round trips: the messages of one channel that are
 * waiting are written by one statement, which raises the channel's counter and inserts the
 * rows together (`WITH counter AS (UPDATE ... RETURNING) INSERT ...`), atomic on its own, so
 * no transaction is opened. A lone message is written at once; messages that arrive while a
 * write is in flight form the next batch.
 *
 * Anything unusual (a client id already stored, twice in one batch, a channel gone) makes
 * that statement fail as a whole - nothing written, no sequence number used - and its
 * messages are then stored one by one through `storeMessage`, which answers each exactly as
 * before (the stored message for a retry, `conflict`, `not found`).
 */
export function createMessageWriter(db: Db, clock: Clock) {
  let queue: Pending[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(batch.length);
        const byChannel = new Map<string, Pending[]>();
        for (const p of batch) {
          const list = byChannel.get(p.input.channelId) ?? [];
          list.push(p);
          byChannel.set(p.input.channelId, list);
        }
        for (const [channelId, group] of byChannel) await writeGroup(channelId, group);
      }
    } finally {
      flushing = false;
    }
  }

  async function writeGroup(channelId: string, group: Pending[]): Promise<void> {
    let rows: MessageRow[] | undefined;
    try {
      rows = await insertTogether(db, channelId, group);
    } catch {
      rows = undefined;
    }
    if (rows) {
      group.forEach((p, i) => p.resolve({ message: rows[i] as MessageRow, created: true }));
      return;
    }
    for (const p of group) {
      await storeMessage(db, { now: () => p.createdAt }, p.input).then(p.resolve, p.reject);
    }
  }

  return {
    store(input: NewMessage): Promise<Stored> {
      return new Promise<Stored>((resolve, reject) => {
        queue.push({ input, createdAt: clock.now(), resolve, reject });
        if (!flushing) void flush();
      });
    },
  };
}

export type MessageWriter = ReturnType<typeof createMessageWriter>;

/**
 * One statement: the counter update in a CTE, every row numbered from it. Returns the rows in
 * the group's order, or undefined when they cannot all be written together.
 */
async function insertTogether(
  db: Db,
  channelId: string,
  group: Pending[],
): Promise<MessageRow[] | undefined> {
  const count = group.length;
  if (count === 1) return insertOne(db, channelId, group[0] as Pending);
  const counter = db
    .$with('counter', { lastSeq: sql<number>`last_seq` })
    .as(
      sql`update ${channels} set last_seq = last_seq + ${count} where id = ${channelId} returning last_seq`,
    );
  const inserted = await db
    .with(counter)
    .insert(messages)
    .values(
      group.map(({ input, createdAt }, k) => ({
        channelId,
        seq: sql`(select last_seq from ${counter}) - ${count - 1 - k}`,
        clientId: input.clientId,
        authorId: input.authorId,
        body: input.body,
        meta: input.meta ?? {},
        createdAt,
      })),
    )
    .returning();
  if (inserted.length !== count) return undefined;
  // `returning` promises no order: match rows to the group by client id.
  const byKey = new Map(inserted.map((row) => [`${row.authorId} ${row.clientId}`, row]));
  const rows = group.map(({ input }) => byKey.get(`${input.authorId} ${input.clientId}`));
  return rows.every((r) => r !== undefined) ? rows : undefined;
}

/**
 * The usual case, one message: the same statement for one row, built once per database. Building
 * it each time cost more of the server's CPU than PostgreSQL took to run it.
 */
const storeOne = prepared((db) => {
  const counter = db
    .$with('counter', { lastSeq: sql<number>`last_seq` })
    .as(
      sql`update ${channels} set last_seq = last_seq + 1 where id = ${sql.placeholder('channelId')} returning last_seq`,
    );
  return db
    .with(counter)
    .insert(messages)
    .values({
      channelId: sql.placeholder('channelId'),
      seq: sql`(select last_seq from ${counter})`,
      clientId: sql.placeholder('clientId'),
      authorId: sql.placeholder('authorId'),
      body: sql.placeholder('body'),
      meta: sql.placeholder('meta'),
      createdAt: sql.placeholder('createdAt'),
    })
    .returning()
    .prepare('store_message');
});

async function insertOne(
  db: Db,
  channelId: string,
  { input, createdAt }: Pending,
): Promise<MessageRow[] | undefined> {
  const rows = await storeOne(db).execute({
    channelId,
    clientId: input.clientId,
    authorId: input.authorId,
    body: input.body,
    meta: input.meta ?? {},
    createdAt,
  });
  return rows.length === 1 ? rows : undefined;
}

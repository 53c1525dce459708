import { and, eq, getTableColumns, inArray, notInArray, or, sql } from 'drizzle-orm';
import { channelMembers, channels, memberships, readPositions } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import { forbidden, notFound } from '../../errors';
import { privateChannelKinds, staffRoles, type ChannelKind, type Role } from '../../protocol/roles';
import { canReadChannel, canWriteChannel } from '../../protocol/access';

export type ChannelRow = typeof channels.$inferSelect;

export interface ReadableChannel extends ChannelRow {
  role: Role;
  lastReadSeq: number;
  /** One of the channel's explicit members (private channels have them). */
  isMember: boolean;
}

/**
 * What the access queries join for the person (the `userId` placeholder): their membership of
 * the channel's project, and whether they are one of the channel's explicit members.
 */
const userIdParam = sql.placeholder('userId');
const inProjectOfUser = and(
  eq(memberships.projectId, channels.projectId),
  eq(memberships.userId, userIdParam),
);
const inChannelOfUser = and(
  eq(channelMembers.channelId, channels.id),
  eq(channelMembers.userId, userIdParam),
);
const isChannelMember = sql<boolean>`${channelMembers.userId} is not null`.mapWith(Boolean);

/**
 * Leaves out, in the query, the private channels of other people (their Buurtbot conversations;
 * concern threads, which staff still get): a project of 250 homes has 250 of them, and without
 * this every connect read them all only to drop them. `canReadChannel` stays the rule; this
 * only spares it the rows it would refuse anyway.
 */
const notSomeoneElsesPrivate = or(
  isChannelMember,
  notInArray(channels.kind, [...privateChannelKinds]),
  and(eq(channels.kind, 'thread'), inArray(memberships.role, [...staffRoles])),
);

/**
 * Every channel the user may read, across their projects, with their read position.
 * One query: the project channels of each membership plus private channels they belong to,
 * filtered by the access rules.
 */
export async function listReadableChannels(
  db: Executor,
  userId: string,
  projectId?: string,
): Promise<ReadableChannel[]> {
  const rows = projectId
    ? await readableInProject(db).execute({ userId, projectId })
    : await readable(db).execute({ userId });
  return rows.filter((r) => canReadChannel(r.role, r.kind, r.isMember));
}

// Flat, like the messages with their author (see `withAuthor` there for why).
function readableChannelsQuery(db: Executor, inProject: boolean) {
  return db
    .select({
      ...getTableColumns(channels),
      role: memberships.role,
      isMember: isChannelMember,
      lastReadSeq: sql<number>`coalesce(${readPositions.lastReadSeq}, 0)`.mapWith(Number),
    })
    .from(channels)
    .innerJoin(memberships, inProjectOfUser)
    .leftJoin(channelMembers, inChannelOfUser)
    .leftJoin(
      readPositions,
      and(eq(readPositions.channelId, channels.id), eq(readPositions.userId, userIdParam)),
    )
    .where(
      and(
        inProject ? eq(channels.projectId, sql.placeholder('projectId')) : undefined,
        notSomeoneElsesPrivate,
      ),
    )
    .orderBy(channels.createdAt);
}
const readable = prepared((db) => readableChannelsQuery(db, false).prepare('readable_channels'));
const readableInProject = prepared((db) =>
  readableChannelsQuery(db, true).prepare('readable_channels_in_project'),
);

/** A channel with the user's role in its project and whether they are one of its members. */
const channelWithAccess = prepared((db) =>
  db
    .select({
      channel: channels,
      role: memberships.role,
      isMember: isChannelMember,
    })
    .from(channels)
    .leftJoin(memberships, inProjectOfUser)
    .leftJoin(channelMembers, inChannelOfUser)
    .where(eq(channels.id, sql.placeholder('channelId')))
    .limit(1)
    .prepare('channel_with_access'),
);

/** The channel if the user may read it (and write it, when asked); otherwise not_found / forbidden. */
export async function requireChannelAccess(
  db: Executor,
  userId: string,
  channelId: string,
  mode: 'read' | 'write',
): Promise<ChannelRow & { role: Role }> {
  const [row] = await channelWithAccess(db).execute({ userId, channelId });
  if (!row) throw notFound();
  if (!row.role) throw forbidden();
  const allowed = mode === 'read' ? canReadChannel : canWriteChannel;
  if (!allowed(row.role, row.channel.kind, row.isMember)) throw forbidden();
  return { ...row.channel, role: row.role };
}

/** A private channel (concern thread, bot conversation) with its explicit members. */
export async function createPrivateChannel(
  db: Executor,
  input: {
    projectId: string;
    kind: Extract<ChannelKind, 'thread' | 'bot'>;
    name: string;
    memberIds: string[];
  },
): Promise<ChannelRow> {
  const [channel] = await db
    .insert(channels)
    .values({ projectId: input.projectId, kind: input.kind, name: input.name })
    .returning();
  if (!channel) throw new Error('channel insert returned nothing');
  if (input.memberIds.length > 0) {
    await db
      .insert(channelMembers)
      .values(input.memberIds.map((userId) => ({ channelId: channel.id, userId })));
  }
  return channel;
}

export async function findProjectChannel(
  db: Executor,
  projectId: string,
  kind: Extract<ChannelKind, 'common' | 'activities' | 'staff'>,
): Promise<ChannelRow | undefined> {
  const [channel] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.projectId, projectId), eq(channels.kind, kind)))
    .limit(1);
  return channel;
}

export async function markRead(
  db: Executor,
  input: { userId: string; channelId: string; seq: number; now: Date },
): Promise<void> {
  await db
    .insert(readPositions)
    .values({
      userId: input.userId,
      channelId: input.channelId,
      lastReadSeq: input.seq,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [readPositions.userId, readPositions.channelId],
      set: {
        lastReadSeq: sql`greatest(${readPositions.lastReadSeq}, excluded.last_read_seq)`,
        updatedAt: input.now,
      },
    });
}

import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { channels, discordChannelLinks } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { ChannelRow } from '../channels/channels';

export type ChannelLinkRow = typeof discordChannelLinks.$inferSelect;
export type NewChannelLink = Omit<typeof discordChannelLinks.$inferInsert, 'id' | 'createdAt'>;
export type BrokenReason = NonNullable<ChannelLinkRow['brokenReason']>;

export async function findChannel(
  db: Executor,
  channelId: string,
): Promise<ChannelRow | undefined> {
  const [row] = await db.select().from(channels).where(eq(channels.id, channelId)).limit(1);
  return row;
}

/**
 * Links a Discord channel to a room. A Discord channel bridges to one room and a room to one
 * Discord channel: an older link of either is replaced.
 */
export async function linkChannel(db: Db, input: NewChannelLink): Promise<ChannelLinkRow> {
  return db.transaction(async (tx) => {
    await tx
      .delete(discordChannelLinks)
      .where(
        or(
          eq(discordChannelLinks.channelId, input.channelId),
          eq(discordChannelLinks.discordChannelId, input.discordChannelId),
        ),
      );
    const [link] = await tx.insert(discordChannelLinks).values(input).returning();
    if (!link) throw new Error('link insert returned nothing');
    return link;
  });
}

export async function findLinkByDiscordChannel(
  db: Executor,
  discordChannelId: string,
): Promise<ChannelLinkRow | undefined> {
  const [row] = await db
    .select()
    .from(discordChannelLinks)
    .where(eq(discordChannelLinks.discordChannelId, discordChannelId))
    .limit(1);
  return row;
}

export async function findLinkByRoom(
  db: Executor,
  channelId: string,
): Promise<ChannelLinkRow | undefined> {
  const [row] = await db
    .select()
    .from(discordChannelLinks)
    .where(eq(discordChannelLinks.channelId, channelId))
    .limit(1);
  return row;
}

export async function findLink(db: Executor, linkId: string): Promise<ChannelLinkRow | undefined> {
  const [row] = await db
    .select()
    .from(discordChannelLinks)
    .where(eq(discordChannelLinks.id, linkId))
    .limit(1);
  return row;
}

/** A project's links with the kind of room each bridges. */
export async function listProjectLinks(db: Executor, projectId: string) {
  return db
    .select({ link: discordChannelLinks, roomKind: channels.kind, roomName: channels.name })
    .from(discordChannelLinks)
    .innerJoin(channels, eq(channels.id, discordChannelLinks.channelId))
    .where(eq(discordChannelLinks.projectId, projectId))
    .orderBy(asc(discordChannelLinks.createdAt));
}

/** Every working link with its room (the bridge's view; broken links are left alone). */
export async function listAllLinks(db: Executor) {
  return db
    .select({ link: discordChannelLinks, room: channels })
    .from(discordChannelLinks)
    .innerJoin(channels, eq(channels.id, discordChannelLinks.channelId))
    .where(isNull(discordChannelLinks.brokenReason))
    .orderBy(asc(discordChannelLinks.createdAt));
}

/** Working links whose room has messages not yet sent out to Discord. */
export async function linksBehind(db: Executor) {
  return db
    .select({ link: discordChannelLinks, room: channels })
    .from(discordChannelLinks)
    .innerJoin(channels, eq(channels.id, discordChannelLinks.channelId))
    .where(
      and(
        gt(channels.lastSeq, discordChannelLinks.lastOutboundSeq),
        isNull(discordChannelLinks.brokenReason),
      ),
    );
}

/**
 * Discord refused the link for good: nothing more is sent or read there until it is linked
 * again (a new link replaces this row). True when it was working until now (tell the team once).
 */
export async function markLinkBroken(
  db: Executor,
  linkId: string,
  input: { reason: BrokenReason; detail?: string; now: Date },
): Promise<boolean> {
  const changed = await db
    .update(discordChannelLinks)
    .set({ brokenReason: input.reason, brokenDetail: input.detail ?? null, brokenAt: input.now })
    .where(and(eq(discordChannelLinks.id, linkId), isNull(discordChannelLinks.brokenReason)))
    .returning({ id: discordChannelLinks.id });
  return changed.length > 0;
}

export async function linksOfGuild(db: Executor, guildId: string) {
  return db
    .select({ link: discordChannelLinks, room: channels })
    .from(discordChannelLinks)
    .innerJoin(channels, eq(channels.id, discordChannelLinks.channelId))
    .where(eq(discordChannelLinks.guildId, guildId))
    .orderBy(asc(discordChannelLinks.createdAt));
}

export async function unlinkChannel(db: Executor, linkId: string): Promise<void> {
  await db.delete(discordChannelLinks).where(eq(discordChannelLinks.id, linkId));
}

export async function setWebhook(
  db: Executor,
  linkId: string,
  webhook: { id: string; token: string },
): Promise<void> {
  await db
    .update(discordChannelLinks)
    .set({ webhookId: webhook.id, webhookToken: webhook.token })
    .where(eq(discordChannelLinks.id, linkId));
}

/** Snowflakes are numbers beyond 2^53, sent as strings: compare them as big integers. */
export function isNewerSnowflake(candidate: string, than: string | null): boolean {
  return than === null || BigInt(candidate) > BigInt(than);
}

/** Remembers the newest Discord message taken in (the caller serialises per channel). */
export async function advanceInbound(
  db: Executor,
  link: Pick<ChannelLinkRow, 'id'>,
  discordMessageId: string,
): Promise<void> {
  const [current] = await db
    .select({ last: discordChannelLinks.lastDiscordMessageId })
    .from(discordChannelLinks)
    .where(eq(discordChannelLinks.id, link.id));
  if (!current || !isNewerSnowflake(discordMessageId, current.last)) return;
  await db
    .update(discordChannelLinks)
    .set({ lastDiscordMessageId: discordMessageId })
    .where(eq(discordChannelLinks.id, link.id));
}

export async function advanceOutbound(db: Executor, linkId: string, seq: number): Promise<void> {
  await db
    .update(discordChannelLinks)
    .set({ lastOutboundSeq: seq })
    .where(and(eq(discordChannelLinks.id, linkId), lt(discordChannelLinks.lastOutboundSeq, seq)));
}

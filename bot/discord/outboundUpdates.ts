import {
  findChannel,
  findLinkByRoom,
  type ChannelLinkRow,
} from '../../server/domain/discord/links';
import {
  forgetDiscordMessages,
  outboundParts,
  pendingUpdates,
  removeUpdate,
  type DiscordMessageRow,
} from '../../server/domain/discord/messageMap';
import type { ChannelRow } from '../../server/domain/channels/channels';
import { linkedAccountOf, rememberProject } from '../../server/domain/discord/accounts';
import {
  pendingDirectMessages,
  removeDirectMessage,
} from '../../server/domain/discord/directOutbox';
import { findStoredMessage, type StoredMessage } from '../../server/domain/messages/messages';
import {
  botPayloads,
  editByWebhook,
  executeWebhook,
  recordPart,
  removePart,
  textChannel,
  webhookUsername,
  type OutboundContext,
} from './copies';
import { isTransient, needing, refusalOf } from './errors';
import { BATCH, DiscordUnavailable } from './outboundRooms';
import { breakLink } from './refusals';
import { noMentions, replyPayload, splitText } from './render';

/** Brings the Discord copy of one message up to date with Buurtkamer. */
async function applyUpdate(ctx: OutboundContext, messageId: string): Promise<void> {
  const { db } = ctx.env.deps;
  const message = await findStoredMessage(db, messageId);
  const parts = await outboundParts(db, messageId);
  const link = message ? await findLinkByRoom(db, message.channelId) : undefined;
  const room = link ? await findChannel(db, link.channelId) : undefined;
  if (!message || !link || !room || parts.length === 0 || link.brokenReason) return;
  try {
    await updateCopy(ctx, message, parts, link, room);
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    await breakLink(ctx.env, link, refused);
  }
}

async function updateCopy(
  ctx: OutboundContext,
  message: StoredMessage,
  parts: DiscordMessageRow[],
  link: ChannelLinkRow,
  room: ChannelRow,
): Promise<void> {
  const { db } = ctx.env.deps;
  const stale = parts.filter((p) => p.discordChannelId !== link.discordChannelId);
  await forgetDiscordMessages(
    db,
    stale.map((p) => p.discordMessageId),
  );
  const live = parts.filter((p) => p.discordChannelId === link.discordChannelId);
  if (message.deletedAt) {
    for (const part of live) await removePart(ctx, link, part);
    await forgetDiscordMessages(
      db,
      live.map((p) => p.discordMessageId),
    );
    return;
  }
  const count = message.authorIsBot
    ? await updateBotParts(ctx, message, live, link, room)
    : await updateWebhookParts(ctx, message, live, link);
  const surplus = live.slice(count);
  for (const part of surplus) await removePart(ctx, link, part);
  await forgetDiscordMessages(
    db,
    surplus.map((p) => p.discordMessageId),
  );
}

/** Edits (or adds) the parts of one of Buurtbot's messages; returns how many it has now. */
async function updateBotParts(
  ctx: OutboundContext,
  message: StoredMessage,
  live: DiscordMessageRow[],
  link: ChannelLinkRow,
  room: ChannelRow,
): Promise<number> {
  const payloads = await botPayloads(ctx, room, message);
  const channel = await textChannel(ctx, link);
  for (const [i, payload] of payloads.entries()) {
    const part = live[i];
    if (part)
      await needing('SendMessages', () => channel.messages.edit(part.discordMessageId, payload));
    else {
      const sent = await needing('SendMessages', () => channel.send(payload));
      await recordPart(ctx, link, message.id, i, sent.id, 'bot');
    }
  }
  return payloads.length;
}

/** Edits (or adds) the parts of a person's message; returns how many it has now. */
async function updateWebhookParts(
  ctx: OutboundContext,
  message: StoredMessage,
  live: DiscordMessageRow[],
  link: ChannelLinkRow,
): Promise<number> {
  const texts = splitText(message.body);
  for (const [i, content] of texts.entries()) {
    const part = live[i];
    if (part) {
      await editByWebhook(ctx, link, part, content);
      continue;
    }
    const body = { content, username: webhookUsername(message), allowed_mentions: noMentions };
    await recordPart(
      ctx,
      link,
      message.id,
      i,
      (await executeWebhook(ctx, link, body)).id,
      'webhook',
    );
  }
  return texts.length;
}

async function drainUpdates(ctx: OutboundContext): Promise<void> {
  const { db } = ctx.env.deps;
  for (;;) {
    const rows = await pendingUpdates(db, BATCH);
    for (const row of rows) {
      try {
        await applyUpdate(ctx, row.messageId);
      } catch (error) {
        if (isTransient(error)) throw new DiscordUnavailable(String(error));
        ctx.env.logger.error({ err: error, messageId: row.messageId }, 'Discord refused an update');
      }
      await removeUpdate(db, row.id);
    }
    if (rows.length < BATCH) return;
  }
}

/**
 * Buurtbot's private messages (a burenbericht, a follow-up or consent question, a notice) as
 * direct messages, with the same buttons. The
 * project becomes the one the person's DMs belong to, so their answer there is a turn in their
 * own conversation of that project.
 */
async function drainDirectMessages(ctx: OutboundContext): Promise<void> {
  const { db } = ctx.env.deps;
  for (;;) {
    const rows = await pendingDirectMessages(db, BATCH);
    for (const row of rows) {
      try {
        const account = await linkedAccountOf(db, row.userId);
        if (account) {
          await rememberProject(db, account.discordUserId, row.projectId);
          const user = await ctx.client.users.fetch(account.discordUserId);
          await user.send(replyPayload(row.body, row.meta.buttons ?? []));
        }
      } catch (error) {
        if (isTransient(error)) throw new DiscordUnavailable(String(error));
        ctx.env.logger.warn({ err: error }, 'Discord direct message not delivered');
      }
      await removeDirectMessage(db, row.id);
    }
    if (rows.length < BATCH) return;
  }
}

/** The outboxes: edits and deletions of bridged messages, then direct messages. */
export async function drainOutboxes(ctx: OutboundContext): Promise<void> {
  await drainUpdates(ctx);
  await drainDirectMessages(ctx);
}

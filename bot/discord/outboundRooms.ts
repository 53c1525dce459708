import {
  advanceOutbound,
  findChannel,
  findLink,
  type ChannelLinkRow,
} from '../../server/domain/discord/links';
import { queueUpdate } from '../../server/domain/discord/messageMap';
import type { ChannelRow } from '../../server/domain/channels/channels';
import {
  findStoredMessage,
  messagesAfter,
  type StoredMessage,
} from '../../server/domain/messages/messages';
import {
  botPayloads,
  executeWebhook,
  recordPart,
  textChannel,
  webhookUsername,
  type OutboundContext,
} from './copies';
import { isTransient, needing, refusalOf } from './errors';
import { breakLink } from './refusals';
import { noMentions, splitText } from './render';

export const BATCH = 50;

/** Discord could not be reached: the work stays where it is and is tried again later. */
export class DiscordUnavailable extends Error {}

/** Sends one message; returns the Discord ids of its parts. */
async function send(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  room: ChannelRow,
  message: StoredMessage,
): Promise<{ ids: string[]; via: 'bot' | 'webhook'; rendered?: string }> {
  const ids: string[] = [];
  if (message.authorIsBot) {
    const channel = await textChannel(ctx, link);
    const payloads = await botPayloads(ctx, room, message);
    for (const payload of payloads)
      ids.push((await needing('SendMessages', () => channel.send(payload))).id);
    return { ids, via: 'bot', rendered: JSON.stringify(payloads) };
  }
  for (const content of splitText(message.body)) {
    const sent = await executeWebhook(ctx, link, {
      content,
      username: webhookUsername(message),
      allowed_mentions: noMentions,
    });
    ids.push(sent.id);
  }
  return { ids, via: 'webhook' };
}

/** Sends the room messages a link has not sent out yet, in order. */
export async function pumpLink(ctx: OutboundContext, linkId: string): Promise<void> {
  const { db } = ctx.env.deps;
  for (;;) {
    const link = await findLink(db, linkId);
    const room = link ? await findChannel(db, link.channelId) : undefined;
    if (!link || !room || link.brokenReason) return;
    const batch = await messagesAfter(db, room.id, link.lastOutboundSeq, BATCH);
    for (const message of batch) {
      if (!message.deletedAt && message.meta.source !== 'discord') {
        const outcome = await sendAndRecord(ctx, link, room, message);
        // Nothing more goes to a channel Discord refused for good (from the same position
        // a new link starts afresh).
        if (outcome === 'broken') return;
      }
      await advanceOutbound(db, link.id, message.seq);
    }
    if (batch.length < BATCH) return;
  }
}

async function sendAndRecord(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  room: ChannelRow,
  message: StoredMessage,
): Promise<'sent' | 'dropped' | 'broken'> {
  const { db } = ctx.env.deps;
  let sent: Awaited<ReturnType<typeof send>>;
  try {
    sent = await send(ctx, link, room, message);
  } catch (error) {
    const refused = refusalOf(error);
    if (refused) {
      await breakLink(ctx.env, link, refused);
      return 'broken';
    }
    if (isTransient(error)) throw new DiscordUnavailable(String(error));
    ctx.env.logger.error(
      { err: error, messageId: message.id },
      'Discord refused a bridged message',
    );
    return 'dropped';
  }
  for (const [part, discordMessageId] of sent.ids.entries())
    await recordPart(ctx, link, message.id, part, discordMessageId, sent.via);
  // Edited or deleted while it was on its way: the outbox brings Discord up to date.
  const now = await findStoredMessage(db, message.id);
  if (now && (now.body !== message.body || now.deletedAt)) await queueUpdate(db, message.id);
  // A card whose record changed while it was on its way (an alert claimed meanwhile): its
  // change found no Discord copy to edit yet, so the card is brought up to date here.
  else if (now && sent.rendered && message.meta.about) {
    const again = JSON.stringify(await botPayloads(ctx, room, now));
    if (again !== sent.rendered) await queueUpdate(db, message.id);
  }
  return 'sent';
}

import { ChannelType, Routes, type APIMessage, type Client, type TextChannel } from 'discord.js';
import {
  advanceOutbound,
  findChannel,
  findLink,
  findLinkByRoom,
  linksBehind,
  setWebhook,
  type ChannelLinkRow,
} from '../../server/domain/discord/links';
import {
  forgetDiscordMessages,
  outboundParts,
  pendingUpdates,
  queueUpdate,
  recordDiscordMessage,
  removeUpdate,
  type DiscordMessageRow,
} from '../../server/domain/discord/messageMap';
import type { ChannelRow } from '../../server/domain/channels/channels';
import { linkedAccountOf, rememberProject } from '../../server/domain/discord/accounts';
import {
  pendingDirectMessages,
  removeDirectMessage,
} from '../../server/domain/discord/directOutbox';
import {
  findStoredMessage,
  messagesAfter,
  type StoredMessage,
} from '../../server/domain/messages/messages';
import { projectLocale } from '../../server/domain/projects/locale';
import { t } from '../../server/i18n/catalogue';
import { publicRoleOf } from '../../server/protocol/roles';
import {
  cardPayload,
  staffCardPayload,
  type CardDecorator,
  type CardPayload,
  type RoomCardRenderer,
} from './cards';
import type { DiscordEnv } from './env';
import { DiscordCodes, discordCode, isTransient, needing, refusalOf } from './errors';
import { breakLink } from './refusals';
import { noMentions, replyPayload, splitText, truncate, type TextPayload } from './render';
import type { Work } from './work';

const BATCH = 50;
const WEBHOOK_NAME = 'Buurtkamer';

/**
 * The name a person's message carries on Discord: their name and public role, for everyone
 * (bewoner too), so a role in a name is never believed. Discord refuses webhook names with
 * "discord" or "clyde".
 */
function webhookUsername(message: StoredMessage): string {
  const role = publicRoleOf[message.authorRole ?? 'resident'];
  const name = `${message.authorName} (${t('nl', `web.role.${role}`)})`;
  return truncate(name.replace(/discord|clyde/gi, '·'), 80) || WEBHOOK_NAME;
}

class DiscordUnavailable extends Error {}

/**
 * Buurtkamer to Discord. Each link remembers the last room message sent out, so whatever was
 * written while Discord (or this node) was away goes out afterwards, in order: people through
 * the channel's webhook under their own name, Buurtbot as the bot (cards in the staff channel).
 * Edits and deletions come from the outbox, written by whichever node made the change.
 */
export function createOutbound(
  env: DiscordEnv,
  client: Client,
  work: Work,
  cards: { decorators: readonly CardDecorator[]; roomCards: readonly RoomCardRenderer[] },
) {
  const { decorators, roomCards } = cards;
  const { deps, logger } = env;
  const { db } = deps;
  const publicUrl = deps.config.publicUrl;

  async function textChannel(link: ChannelLinkRow): Promise<TextChannel> {
    const channel = await needing('ViewChannel', () =>
      client.channels.fetch(link.discordChannelId),
    );
    if (!channel || channel.type !== ChannelType.GuildText) throw new Error('not a text channel');
    return channel;
  }

  async function webhookOf(link: ChannelLinkRow): Promise<{ id: string; token: string }> {
    if (link.webhookId && link.webhookToken)
      return { id: link.webhookId, token: link.webhookToken };
    const channel = await textChannel(link);
    const webhook = await needing('ManageWebhooks', () =>
      channel.createWebhook({ name: WEBHOOK_NAME }),
    );
    if (!webhook.token) throw new Error('webhook without token');
    const made = { id: webhook.id, token: webhook.token };
    await setWebhook(db, link.id, made);
    link.webhookId = made.id;
    link.webhookToken = made.token;
    return made;
  }

  async function botPayloads(
    room: ChannelRow,
    message: StoredMessage,
  ): Promise<(TextPayload | CardPayload)[]> {
    if (room.kind === 'staff')
      return [
        await staffCardPayload(
          message,
          {
            publicUrl,
            projectId: room.projectId,
            locale: await projectLocale(db, room.projectId),
          },
          decorators,
        ),
      ];
    if (message.meta.about)
      for (const render of roomCards) {
        const card = await render(message);
        if (card) return [cardPayload(card, message.createdAt)];
      }
    const parts = splitText(message.body);
    return parts.map((text, i) =>
      replyPayload(text, i === parts.length - 1 ? message.meta.buttons : undefined),
    );
  }

  /**
   * Posts through the channel's webhook. When someone removed it on Discord (10015) the link
   * breaks rather than making a new one: removing it may be how they meant to stop the bridge,
   * and Discord restricts apps that keep posting to webhooks that are gone.
   */
  async function executeWebhook(
    link: ChannelLinkRow,
    body: Record<string, unknown>,
  ): Promise<APIMessage> {
    const hook = await webhookOf(link);
    return (await client.rest.post(Routes.webhook(hook.id, hook.token), {
      body,
      query: new URLSearchParams({ wait: 'true' }),
      auth: false,
    })) as APIMessage;
  }

  /** Sends one message; returns the Discord ids of its parts. */
  async function send(
    link: ChannelLinkRow,
    room: ChannelRow,
    message: StoredMessage,
  ): Promise<{ ids: string[]; via: 'bot' | 'webhook'; rendered?: string }> {
    const ids: string[] = [];
    if (message.authorIsBot) {
      const channel = await textChannel(link);
      const payloads = await botPayloads(room, message);
      for (const payload of payloads)
        ids.push((await needing('SendMessages', () => channel.send(payload))).id);
      return { ids, via: 'bot', rendered: JSON.stringify(payloads) };
    }
    for (const content of splitText(message.body)) {
      const sent = await executeWebhook(link, {
        content,
        username: webhookUsername(message),
        allowed_mentions: noMentions,
      });
      ids.push(sent.id);
    }
    return { ids, via: 'webhook' };
  }

  async function pumpLink(linkId: string): Promise<void> {
    for (;;) {
      const link = await findLink(db, linkId);
      const room = link ? await findChannel(db, link.channelId) : undefined;
      if (!link || !room || link.brokenReason) return;
      const batch = await messagesAfter(db, room.id, link.lastOutboundSeq, BATCH);
      for (const message of batch) {
        if (!message.deletedAt && message.meta.source !== 'discord') {
          const outcome = await sendAndRecord(link, room, message);
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
    link: ChannelLinkRow,
    room: ChannelRow,
    message: StoredMessage,
  ): Promise<'sent' | 'dropped' | 'broken'> {
    let sent: Awaited<ReturnType<typeof send>>;
    try {
      sent = await send(link, room, message);
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) {
        await breakLink(env, link, refused);
        return 'broken';
      }
      if (isTransient(error)) throw new DiscordUnavailable(String(error));
      logger.error({ err: error, messageId: message.id }, 'Discord refused a bridged message');
      return 'dropped';
    }
    for (const [part, discordMessageId] of sent.ids.entries())
      await record(link, message.id, part, discordMessageId, sent.via);
    // Edited or deleted while it was on its way: the outbox brings Discord up to date.
    const now = await findStoredMessage(db, message.id);
    if (now && (now.body !== message.body || now.deletedAt)) await queueUpdate(db, message.id);
    // A card whose record changed while it was on its way (an alert claimed meanwhile): its
    // change found no Discord copy to edit yet, so the card is brought up to date here.
    else if (now && sent.rendered && message.meta.about) {
      const again = JSON.stringify(await botPayloads(room, now));
      if (again !== sent.rendered) await queueUpdate(db, message.id);
    }
    return 'sent';
  }

  async function removePart(link: ChannelLinkRow, part: DiscordMessageRow): Promise<void> {
    try {
      if (part.via === 'webhook' && link.webhookId && link.webhookToken)
        await client.rest.delete(
          Routes.webhookMessage(link.webhookId, link.webhookToken, part.discordMessageId),
          { auth: false },
        );
      else await (await textChannel(link)).messages.delete(part.discordMessageId);
    } catch (error) {
      if (discordCode(error) !== DiscordCodes.unknownMessage) throw error;
    }
  }

  async function editByWebhook(link: ChannelLinkRow, part: DiscordMessageRow, content: string) {
    if (!link.webhookId || !link.webhookToken) return;
    await client.rest.patch(
      Routes.webhookMessage(link.webhookId, link.webhookToken, part.discordMessageId),
      { body: { content, allowed_mentions: noMentions }, auth: false },
    );
  }

  async function record(
    link: ChannelLinkRow,
    messageId: string,
    part: number,
    discordMessageId: string,
    via: 'bot' | 'webhook',
  ) {
    await recordDiscordMessage(db, {
      discordMessageId,
      messageId,
      discordChannelId: link.discordChannelId,
      part,
      direction: 'outbound',
      via,
    });
  }

  /** Brings the Discord copy of one message up to date with Buurtkamer. */
  async function applyUpdate(messageId: string): Promise<void> {
    const message = await findStoredMessage(db, messageId);
    const parts = await outboundParts(db, messageId);
    const link = message ? await findLinkByRoom(db, message.channelId) : undefined;
    const room = link ? await findChannel(db, link.channelId) : undefined;
    if (!message || !link || !room || parts.length === 0 || link.brokenReason) return;
    try {
      await updateCopy(message, parts, link, room);
    } catch (error) {
      const refused = refusalOf(error);
      if (!refused) throw error;
      await breakLink(env, link, refused);
    }
  }

  async function updateCopy(
    message: StoredMessage,
    parts: DiscordMessageRow[],
    link: ChannelLinkRow,
    room: ChannelRow,
  ): Promise<void> {
    const messageId = message.id;
    const stale = parts.filter((p) => p.discordChannelId !== link.discordChannelId);
    await forgetDiscordMessages(
      db,
      stale.map((p) => p.discordMessageId),
    );
    const live = parts.filter((p) => p.discordChannelId === link.discordChannelId);
    if (message.deletedAt) {
      for (const part of live) await removePart(link, part);
      await forgetDiscordMessages(
        db,
        live.map((p) => p.discordMessageId),
      );
      return;
    }
    let count: number;
    if (message.authorIsBot) {
      const payloads = await botPayloads(room, message);
      count = payloads.length;
      const channel = await textChannel(link);
      for (const [i, payload] of payloads.entries()) {
        const part = live[i];
        if (part)
          await needing('SendMessages', () =>
            channel.messages.edit(part.discordMessageId, payload),
          );
        else {
          const sent = await needing('SendMessages', () => channel.send(payload));
          await record(link, messageId, i, sent.id, 'bot');
        }
      }
    } else {
      const texts = splitText(message.body);
      count = texts.length;
      for (const [i, content] of texts.entries()) {
        const part = live[i];
        if (part) {
          await editByWebhook(link, part, content);
          continue;
        }
        const body = { content, username: webhookUsername(message), allowed_mentions: noMentions };
        await record(link, messageId, i, (await executeWebhook(link, body)).id, 'webhook');
      }
    }
    const surplus = live.slice(count);
    for (const part of surplus) await removePart(link, part);
    await forgetDiscordMessages(
      db,
      surplus.map((p) => p.discordMessageId),
    );
  }

  async function drainUpdates(): Promise<void> {
    for (;;) {
      const rows = await pendingUpdates(db, BATCH);
      for (const row of rows) {
        try {
          await applyUpdate(row.messageId);
        } catch (error) {
          if (isTransient(error)) throw new DiscordUnavailable(String(error));
          logger.error({ err: error, messageId: row.messageId }, 'Discord refused an update');
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
  async function drainDirectMessages(): Promise<void> {
    for (;;) {
      const rows = await pendingDirectMessages(db, BATCH);
      for (const row of rows) {
        try {
          const account = await linkedAccountOf(db, row.userId);
          if (account) {
            await rememberProject(db, account.discordUserId, row.projectId);
            const user = await client.users.fetch(account.discordUserId);
            await user.send(replyPayload(row.body, row.meta.buttons ?? []));
          }
        } catch (error) {
          if (isTransient(error)) throw new DiscordUnavailable(String(error));
          logger.warn({ err: error }, 'Discord direct message not delivered');
        }
        await removeDirectMessage(db, row.id);
      }
      if (rows.length < BATCH) return;
    }
  }

  /** The outboxes: edits and deletions of bridged messages, then direct messages. */
  async function drainOutboxes(): Promise<void> {
    await drainUpdates();
    await drainDirectMessages();
  }

  function quietly(task: Promise<void>): Promise<void> {
    return task.catch((error: unknown) => {
      if (error instanceof DiscordUnavailable)
        logger.warn({ err: error.message }, 'Discord unreachable; will retry');
      else logger.error({ err: error }, 'Discord bridge failed');
    });
  }

  return {
    /** Sends what a room has not sent out yet (a new message arrived there). */
    async wake(roomId: string): Promise<void> {
      const link = await findLinkByRoom(db, roomId);
      if (link) await quietly(work.serial(`out:${link.id}`, () => pumpLink(link.id)));
    },
    wakeUpdates(): Promise<void> {
      return quietly(work.serial('out:updates', drainOutboxes));
    },
    /** Every link that is behind, then the outbox (on a timer and after reconnecting). */
    async pumpAll(): Promise<void> {
      for (const { link } of await linksBehind(db))
        await quietly(work.serial(`out:${link.id}`, () => pumpLink(link.id)));
      await quietly(work.serial('out:updates', drainOutboxes));
    },
  };
}

export type Outbound = ReturnType<typeof createOutbound>;

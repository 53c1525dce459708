import { ChannelType, Routes, type APIMessage, type Client, type TextChannel } from 'discord.js';
import { setWebhook, type ChannelLinkRow } from '../../server/domain/discord/links';
import {
  recordDiscordMessage,
  type DiscordMessageRow,
} from '../../server/domain/discord/messageMap';
import type { ChannelRow } from '../../server/domain/channels/channels';
import type { StoredMessage } from '../../server/domain/messages/messages';
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
import { DiscordCodes, discordCode, needing } from './errors';
import { noMentions, replyPayload, splitText, truncate, type TextPayload } from './render';

const WEBHOOK_NAME = 'Buurtkamer';

/** What the outbound bridge works with: the adapter's environment, the client and the cards. */
export interface OutboundContext {
  env: DiscordEnv;
  client: Client;
  decorators: readonly CardDecorator[];
  roomCards: readonly RoomCardRenderer[];
}

/**
 * The name a person's message carries on Discord: their name and public role, for everyone
 * (bewoner too), so a role in a name is never believed. Discord refuses webhook names with
 * "discord" or "clyde".
 */
export function webhookUsername(message: StoredMessage): string {
  const role = publicRoleOf[message.authorRole ?? 'resident'];
  const name = `${message.authorName} (${t('nl', `web.role.${role}`)})`;
  return truncate(name.replace(/discord|clyde/gi, '·'), 80) || WEBHOOK_NAME;
}

export async function textChannel(
  ctx: OutboundContext,
  link: ChannelLinkRow,
): Promise<TextChannel> {
  const channel = await needing('ViewChannel', () =>
    ctx.client.channels.fetch(link.discordChannelId),
  );
  if (!channel || channel.type !== ChannelType.GuildText) throw new Error('not a text channel');
  return channel;
}

async function webhookOf(
  ctx: OutboundContext,
  link: ChannelLinkRow,
): Promise<{ id: string; token: string }> {
  if (link.webhookId && link.webhookToken) return { id: link.webhookId, token: link.webhookToken };
  const channel = await textChannel(ctx, link);
  const webhook = await needing('ManageWebhooks', () =>
    channel.createWebhook({ name: WEBHOOK_NAME }),
  );
  if (!webhook.token) throw new Error('webhook without token');
  const made = { id: webhook.id, token: webhook.token };
  await setWebhook(ctx.env.deps.db, link.id, made);
  link.webhookId = made.id;
  link.webhookToken = made.token;
  return made;
}

export async function botPayloads(
  ctx: OutboundContext,
  room: ChannelRow,
  message: StoredMessage,
): Promise<(TextPayload | CardPayload)[]> {
  const { db, config } = ctx.env.deps;
  if (room.kind === 'staff')
    return [
      await staffCardPayload(
        message,
        {
          publicUrl: config.publicUrl,
          projectId: room.projectId,
          locale: await projectLocale(db, room.projectId),
        },
        ctx.decorators,
      ),
    ];
  if (message.meta.about)
    for (const render of ctx.roomCards) {
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
export async function executeWebhook(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  body: Record<string, unknown>,
): Promise<APIMessage> {
  const hook = await webhookOf(ctx, link);
  return (await ctx.client.rest.post(Routes.webhook(hook.id, hook.token), {
    body,
    query: new URLSearchParams({ wait: 'true' }),
    auth: false,
  })) as APIMessage;
}

export async function removePart(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  part: DiscordMessageRow,
): Promise<void> {
  try {
    if (part.via === 'webhook' && link.webhookId && link.webhookToken)
      await ctx.client.rest.delete(
        Routes.webhookMessage(link.webhookId, link.webhookToken, part.discordMessageId),
        { auth: false },
      );
    else await (await textChannel(ctx, link)).messages.delete(part.discordMessageId);
  } catch (error) {
    if (discordCode(error) !== DiscordCodes.unknownMessage) throw error;
  }
}

export async function editByWebhook(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  part: DiscordMessageRow,
  content: string,
) {
  if (!link.webhookId || !link.webhookToken) return;
  await ctx.client.rest.patch(
    Routes.webhookMessage(link.webhookId, link.webhookToken, part.discordMessageId),
    { body: { content, allowed_mentions: noMentions }, auth: false },
  );
}

export async function recordPart(
  ctx: OutboundContext,
  link: ChannelLinkRow,
  messageId: string,
  part: number,
  discordMessageId: string,
  via: 'bot' | 'webhook',
) {
  await recordDiscordMessage(ctx.env.deps.db, {
    discordMessageId,
    messageId,
    discordChannelId: link.discordChannelId,
    part,
    direction: 'outbound',
    via,
  });
}

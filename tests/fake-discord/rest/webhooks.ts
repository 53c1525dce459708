import { createHash, randomBytes } from 'node:crypto';
import {
  ChannelType,
  PermissionFlagsBits,
  WebhookType,
  type APIMessage,
  type APIUser,
  type APIWebhook,
} from 'discord-api-types/v10';
import { z } from 'zod';
import { invalidFormBody, unknownGuild, unknownMessage, unknownWebhook } from '../errors';
import { noContent, ok, type Route, type RouteRequest } from '../http/router';
import { messageBody } from '../message-body';
import type { RestContext } from './context';

const webhookName = z
  .string()
  .min(1)
  .max(80)
  .refine(
    (name) => !/clyde|discord/i.test(name),
    'Webhook names cannot contain "clyde" or "discord"',
  );
const createWebhookBody = z.object({ name: webhookName, avatar: z.string().nullish() });
const modifyWebhookBody = z.object({
  name: webhookName.optional(),
  avatar: z.string().nullish(),
  channel_id: z.string().optional(),
});

/**
 * Channel webhooks (create, list, modify, delete, execute, edit their messages) and the
 * interaction webhook (`webhooks/:applicationId/:interactionToken`: followups, `@original`).
 */
export function webhookRoutes({ state, messages, interactions }: RestContext): Route[] {
  const byId = (webhookId: string | undefined): APIWebhook => {
    const webhook = state.webhooks.get(webhookId ?? '');
    if (!webhook) throw unknownWebhook();
    return webhook;
  };
  const byToken = ({ params }: RouteRequest): APIWebhook => {
    const webhook = byId(params.webhookId);
    if (webhook.token !== params.token) throw unknownWebhook();
    return webhook;
  };
  const interactionOf = ({ params }: RouteRequest) =>
    params.webhookId === state.applicationId
      ? interactions.recordForToken(params.token ?? '')
      : undefined;
  const webhookMessage = (request: RouteRequest, webhook: APIWebhook): APIMessage => {
    const message = state.messages.get(request.params.messageId ?? '');
    if (!message || message.webhook_id !== webhook.id) throw unknownMessage();
    return message;
  };
  const modify = (webhook: APIWebhook, body: unknown, mayMove: boolean) => {
    const parsed = modifyWebhookBody.safeParse(body ?? {});
    if (!parsed.success)
      throw invalidFormBody('name', 'BASE_TYPE_BAD_LENGTH', parsed.error.message);
    if (parsed.data.name !== undefined) webhook.name = parsed.data.name;
    if (parsed.data.avatar !== undefined)
      webhook.avatar = parsed.data.avatar ? hash(parsed.data.avatar) : null;
    if (mayMove && parsed.data.channel_id !== undefined) {
      messages.channel(parsed.data.channel_id);
      webhook.channel_id = parsed.data.channel_id;
    }
    return ok(webhook);
  };
  const withoutToken = (webhook: APIWebhook): APIWebhook => {
    const { token: _token, ...rest } = webhook;
    return rest;
  };

  return [
    {
      method: 'POST',
      pattern: '/channels/:channelId/webhooks',
      auth: true,
      handle: ({ params, body }) => {
        const channel = messages.botChannel(
          params.channelId ?? '',
          PermissionFlagsBits.ManageWebhooks,
        );
        if (channel.type !== ChannelType.GuildText) {
          throw invalidFormBody(
            'channel_id',
            'CHANNEL_TYPE_INVALID',
            'Webhooks need a guild text channel',
          );
        }
        const parsed = createWebhookBody.safeParse(body ?? {});
        if (!parsed.success)
          throw invalidFormBody('name', 'BASE_TYPE_BAD_LENGTH', parsed.error.message);
        const webhook: APIWebhook = {
          id: state.nextId(),
          type: WebhookType.Incoming,
          guild_id: channel.guild_id,
          channel_id: channel.id,
          user: state.bot,
          name: parsed.data.name,
          avatar: parsed.data.avatar ? hash(parsed.data.avatar) : null,
          token: randomBytes(51).toString('base64url'),
          application_id: state.applicationId,
        };
        state.webhooks.set(webhook.id, webhook);
        return ok(webhook);
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/webhooks',
      auth: true,
      handle: ({ params }) => {
        const channel = messages.channel(params.channelId ?? '');
        return ok(
          [...state.webhooks.values()].filter((webhook) => webhook.channel_id === channel.id),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/webhooks',
      auth: true,
      handle: ({ params }) => {
        if (!state.guilds.has(params.guildId ?? '')) throw unknownGuild();
        return ok(
          [...state.webhooks.values()].filter((webhook) => webhook.guild_id === params.guildId),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/webhooks/:webhookId',
      auth: true,
      handle: ({ params }) => ok(byId(params.webhookId)),
    },
    {
      method: 'GET',
      pattern: '/webhooks/:webhookId/:token',
      auth: false,
      handle: (request) => ok(withoutToken(byToken(request))),
    },
    {
      method: 'PATCH',
      pattern: '/webhooks/:webhookId',
      auth: true,
      handle: ({ params, body }) => modify(byId(params.webhookId), body, true),
    },
    {
      method: 'PATCH',
      pattern: '/webhooks/:webhookId/:token',
      auth: false,
      handle: (request) => modify(byToken(request), request.body, false),
    },
    {
      method: 'DELETE',
      pattern: '/webhooks/:webhookId',
      auth: true,
      handle: ({ params }) => {
        state.webhooks.delete(byId(params.webhookId).id);
        return noContent();
      },
    },
    {
      method: 'DELETE',
      pattern: '/webhooks/:webhookId/:token',
      auth: false,
      handle: (request) => {
        state.webhooks.delete(byToken(request).id);
        return noContent();
      },
    },
    {
      method: 'POST',
      pattern: '/webhooks/:webhookId/:token',
      auth: false,
      handle: (request) => {
        const body = messageBody.parse(request.body ?? {});
        const interaction = interactionOf(request);
        if (interaction) return ok(interactions.followup(interaction, body, request.files));
        const webhook = byToken(request);
        const author: APIUser = {
          id: webhook.id,
          username: body.username ?? webhook.name ?? 'Webhook',
          discriminator: '0000',
          global_name: null,
          avatar: body.avatar_url ? hash(body.avatar_url) : webhook.avatar,
          bot: true,
        };
        const message = messages.create({
          channelId: webhook.channel_id ?? '',
          author,
          body,
          files: request.files,
          webhookId: webhook.id,
          applicationId: state.applicationId,
        });
        return request.query.get('wait') === 'true' ? ok(message) : noContent();
      },
    },
    {
      method: 'GET',
      pattern: '/webhooks/:webhookId/:token/messages/:messageId',
      auth: false,
      handle: (request) => {
        const interaction = interactionOf(request);
        if (interaction)
          return ok(interactions.message(interaction, request.params.messageId ?? ''));
        return ok(webhookMessage(request, byToken(request)));
      },
    },
    {
      method: 'PATCH',
      pattern: '/webhooks/:webhookId/:token/messages/:messageId',
      auth: false,
      handle: (request) => {
        const body = messageBody.parse(request.body ?? {});
        const interaction = interactionOf(request);
        const messageId = request.params.messageId ?? '';
        if (interaction)
          return ok(interactions.editMessage(interaction, messageId, body, request.files));
        return ok(messages.edit(webhookMessage(request, byToken(request)), body, request.files));
      },
    },
    {
      method: 'DELETE',
      pattern: '/webhooks/:webhookId/:token/messages/:messageId',
      auth: false,
      handle: (request) => {
        const interaction = interactionOf(request);
        const messageId = request.params.messageId ?? '';
        const message = interaction
          ? interactions.message(interaction, messageId)
          : webhookMessage(request, byToken(request));
        messages.remove(message);
        return noContent();
      },
    },
  ];
}

function hash(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 32);
}

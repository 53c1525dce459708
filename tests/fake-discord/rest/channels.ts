import { PermissionFlagsBits } from 'discord-api-types/v10';
import { ChannelType as Types } from 'discord-api-types/v10';
import { cannotDmUser, cannotEditOthersMessage, unknownMessage } from '../errors';
import { noContent, ok, type Route, type RouteRequest } from '../http/router';
import { messageBody } from '../message-body';
import type { RestContext } from './context';

/** Channels and their messages, as the bot user uses them. */
export function channelRoutes({ state, messages }: RestContext): Route[] {
  const messageIn = ({ params }: RouteRequest) => {
    messages.botChannel(params.channelId ?? '');
    const message = state.messages.get(params.messageId ?? '');
    if (!message || message.channel_id !== params.channelId || messages.isEphemeral(message)) {
      throw unknownMessage();
    }
    return message;
  };
  return [
    {
      method: 'GET',
      pattern: '/channels/:channelId',
      auth: true,
      handle: ({ params }) => ok(messages.botChannel(params.channelId ?? '')),
    },
    {
      method: 'POST',
      pattern: '/channels/:channelId/typing',
      auth: true,
      handle: ({ params }) => {
        messages.channel(params.channelId ?? '');
        return noContent();
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages',
      auth: true,
      handle: ({ params, query }) => {
        const channel = messages.botChannel(
          params.channelId ?? '',
          PermissionFlagsBits.ReadMessageHistory,
        );
        const limit = Math.min(Number(query.get('limit') ?? '50'), 100);
        const before = query.get('before');
        const after = query.get('after');
        let list = state.channelMessages(channel.id);
        if (before) list = list.filter((message) => BigInt(message.id) < BigInt(before));
        if (after) {
          list = list.filter((message) => BigInt(message.id) > BigInt(after)).slice(0, limit);
        }
        return ok(list.slice(-limit).reverse());
      },
    },
    {
      method: 'POST',
      pattern: '/channels/:channelId/messages',
      auth: true,
      handle: ({ params, body, files }) => {
        const target = messages.channel(params.channelId ?? '');
        if (target.type === Types.DM && target.recipients?.some((u) => state.dmsClosed.has(u.id)))
          throw cannotDmUser();
        return ok(
          messages.create({
            channelId: messages.botChannel(params.channelId ?? '', PermissionFlagsBits.SendMessages)
              .id,
            author: state.bot,
            body: messageBody.parse(body ?? {}),
            files,
          }),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: true,
      handle: (r) => ok(messageIn(r)),
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: true,
      handle: (request) => {
        const message = messageIn(request);
        if (message.author.id !== state.bot.id) throw cannotEditOthersMessage();
        return ok(messages.edit(message, messageBody.parse(request.body ?? {}), request.files));
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: true,
      handle: (request) => {
        messages.remove(messageIn(request));
        return noContent();
      },
    },
    {
      method: 'PUT',
      pattern: '/channels/:channelId/messages/:messageId/reactions/:emoji/@me',
      auth: true,
      handle: (request) => {
        messageIn(request);
        return noContent();
      },
    },
  ];
}

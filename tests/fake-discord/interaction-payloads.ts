import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  InteractionContextType,
  type APIBaseInteraction,
  type APIMessage,
  type InteractionType,
  type Locale,
} from 'discord-api-types/v10';
import type { FakeChannel, FakeDiscordState, FakeGuild } from './state';

export interface InteractionActor {
  userId: string;
  channelId: string;
  /** Default 'nl'. */
  locale?: `${Locale}`;
}

export type AnyInteraction = APIBaseInteraction<InteractionType, unknown>;

/**
 * An INTERACTION_CREATE payload as Discord sends it for a user in a guild channel
 * (with `member`, `guild_id`, `guild`) or in the bot's DM (with `user`).
 */
export function buildInteraction(
  state: FakeDiscordState,
  type: InteractionType,
  data: unknown,
  actor: InteractionActor,
  message?: APIMessage,
): { payload: AnyInteraction; channel: FakeChannel; guild: FakeGuild | undefined } {
  const channel = state.channels.get(actor.channelId);
  if (!channel) throw new Error(`fake Discord: unknown channel ${actor.channelId}`);
  const user = state.requireUser(actor.userId);
  const guild = state.guildOf(channel);
  const locale = (actor.locale ?? 'nl') as Locale;
  const payload: AnyInteraction = {
    id: state.nextId(),
    application_id: state.applicationId,
    type,
    data,
    channel: partialChannel(channel),
    channel_id: channel.id,
    token: `interaction.${randomBytes(24).toString('base64url')}`,
    version: 1,
    app_permissions: '0',
    locale,
    entitlements: [],
    authorizing_integration_owners: guild ? { 0: guild.id } : { 1: user.id },
    context: guild ? InteractionContextType.Guild : InteractionContextType.BotDM,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (message) payload.message = message;
  if (guild) {
    const member = guild.members.get(user.id);
    if (!member)
      throw new Error(`fake Discord: user ${user.username} is not in guild ${guild.name}`);
    payload.guild_id = guild.id;
    payload.guild = { id: guild.id, locale, features: [] };
    payload.guild_locale = locale;
    payload.member = {
      ...member,
      user,
      permissions: state.permissionsOf(guild, user.id).toString(),
    };
    payload.app_permissions = state.botPermissionsIn(channel.id).toString();
  } else {
    payload.user = user;
  }
  return { payload, channel, guild };
}

function partialChannel(channel: FakeChannel): AnyInteraction['channel'] {
  if (channel.type === ChannelType.DM) {
    return { id: channel.id, type: channel.type, recipients: channel.recipients };
  }
  return {
    id: channel.id,
    type: channel.type,
    name: channel.name,
    guild_id: channel.guild_id,
    topic: channel.topic,
    nsfw: channel.nsfw,
    position: channel.position,
    parent_id: channel.parent_id,
    permission_overwrites: channel.permission_overwrites,
    rate_limit_per_user: channel.rate_limit_per_user,
    last_message_id: channel.last_message_id,
    flags: channel.flags,
  };
}

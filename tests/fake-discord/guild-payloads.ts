import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  type APIGuild,
  type APIGuildMember,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import type { RequestGuildMembersData } from './gateway/client-payloads';
import type { GatewaySession } from './gateway/session';
import type { FakeDiscordState, FakeGuild } from './state';

/** A bot with the MessageContent and GuildMembers intents enabled below 100 guilds. */
export const applicationFlags =
  ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.GatewayGuildMembersLimited;

/** The guild object as REST (GET guilds/:id) and GUILD_CREATE share it. */
export function guildObject(guild: FakeGuild): APIGuild {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId || guild.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: guild.roles,
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.Dutch,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  };
}

/**
 * READY (Discord docs, Gateway Events > Ready): v, user, guilds as unavailable stubs,
 * session_id, resume_gateway_url, shard and application {id, flags}.
 */
export function readyData(
  state: FakeDiscordState,
  session: GatewaySession,
  resumeGatewayUrl: string,
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...state.bot, verified: true, mfa_enabled: false, email: null },
    guilds: guildsOnShard(state, session).map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: session.id,
    resume_gateway_url: resumeGatewayUrl,
    shard: [session.shard[0], session.shard[1]],
    application: {
      id: state.applicationId,
      flags: applicationFlags,
      flags_new: String(applicationFlags),
    },
  };
}

/** GUILD_CREATE right after READY: the full guild with channels, roles and members. */
export function guildCreateData(
  state: FakeDiscordState,
  guild: FakeGuild,
): GatewayGuildCreateDispatchData {
  const members = [...guild.members.keys()]
    .map((userId) => state.member(guild, userId))
    .filter((member): member is APIGuildMember => member !== undefined);
  const channels = guild.channelIds
    .map((id) => state.channels.get(id))
    .filter((channel) => channel?.type === ChannelType.GuildText)
    .map((channel) => ({ ...channel, type: ChannelType.GuildText as const }));
  return {
    ...guildObject(guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    max_members: 250_000,
  };
}

/** Guild ids map to shards as Discord documents: (guild_id >> 22) % num_shards. */
export function guildsOnShard(state: FakeDiscordState, session: GatewaySession): FakeGuild[] {
  const [shardId, shardCount] = session.shard;
  return [...state.guilds.values()].filter(
    (guild) => Number((BigInt(guild.id) >> 22n) % BigInt(shardCount)) === shardId,
  );
}

/** Answers Request Guild Members (op 8) in one chunk: by user ids, or by username prefix. */
export function membersChunk(state: FakeDiscordState, request: RequestGuildMembersData): unknown {
  const guild = state.guilds.get(request.guild_id);
  if (!guild) return null;
  const wanted =
    request.user_ids === undefined
      ? undefined
      : [request.user_ids].flat().filter((id) => id !== '');
  const query = (request.query ?? '').toLowerCase();
  const limit = request.limit || Number.POSITIVE_INFINITY;
  const members = [...guild.members.keys()]
    .filter((userId) => wanted === undefined || wanted.includes(userId))
    .map((userId) => state.member(guild, userId))
    .filter((member): member is APIGuildMember => member !== undefined)
    .filter((member) => member.user.username.toLowerCase().startsWith(query))
    .slice(0, limit);
  return {
    guild_id: guild.id,
    members,
    chunk_index: 0,
    chunk_count: 1,
    ...(wanted ? { not_found: wanted.filter((id) => !guild.members.has(id)) } : {}),
    ...(request.presences ? { presences: [] } : {}),
    ...(request.nonce !== undefined ? { nonce: request.nonce } : {}),
  };
}

import {
  ChannelType,
  PermissionFlagsBits,
  type APIDMChannel,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type APIWebhook,
  type GuildMemberFlags,
  type RoleFlags,
} from 'discord-api-types/v10';
import { createSnowflakeFactory } from './snowflake';

/** Permissions of @everyone in a fresh guild: read, write, react, embed, attach, use commands. */
export const everyonePermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname;

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  roles: APIRole[];
  channelIds: string[];
  /** userId -> member (without `user`, added when serialised). */
  members: Map<string, Omit<APIGuildMember, 'user'>>;
  /** A text channel of this guild by name; throws when there is none. */
  channel(name: string): APITextChannel;
}

export type FakeChannel = APITextChannel | APIDMChannel;

export interface UserSeed {
  username: string;
  globalName?: string | null;
  bot?: boolean;
  /** Guilds to join; all guilds when left out. */
  guildIds?: string[];
  nick?: string | null;
  roleIds?: string[];
}

/**
 * Everything the fake Discord knows: users, guilds with text channels and members,
 * DM channels, messages, webhooks and registered application commands. Plain data
 * in Discord's own shapes (discord-api-types v10), so REST and gateway serve it as is.
 */
export class FakeDiscordState {
  readonly nextId: () => string = createSnowflakeFactory();
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly messageOrder = new Map<string, string[]>();
  readonly webhooks = new Map<string, APIWebhook>();
  readonly dmChannelByUser = new Map<string, string>();
  readonly bot: APIUser;
  readonly applicationId: string;

  /** The application id is also the bot user's id; a fresh snowflake unless given. */
  constructor(botName: string, applicationId?: string) {
    this.applicationId = applicationId ?? this.nextId();
    this.bot = {
      id: this.applicationId,
      username: botName,
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.users.set(this.bot.id, this.bot);
  }

  addGuild(name: string, channelNames: string[]): FakeGuild {
    const id = this.nextId();
    const everyone: APIRole = this.role(id, '@everyone', everyonePermissions, 0);
    const botRole: APIRole = {
      ...this.role(this.nextId(), this.bot.username, PermissionFlagsBits.Administrator, 1),
      managed: true,
      tags: { bot_id: this.bot.id },
    };
    const guild: FakeGuild = {
      id,
      name,
      ownerId: '',
      joinedAt: new Date().toISOString(),
      roles: [everyone, botRole],
      channelIds: [],
      members: new Map(),
      channel: (channelName: string): APITextChannel => {
        for (const channelId of guild.channelIds) {
          const channel = this.channels.get(channelId);
          if (channel?.type === ChannelType.GuildText && channel.name === channelName)
            return channel;
        }
        throw new Error(`fake Discord: guild ${guild.name} has no text channel #${channelName}`);
      },
    };
    this.guilds.set(id, guild);
    this.join(guild, this.bot.id, { roleIds: [botRole.id] });
    for (const channelName of channelNames) this.addTextChannel(guild, channelName);
    return guild;
  }

  addTextChannel(guild: FakeGuild, name: string, topic: string | null = null): APITextChannel {
    const channel: APITextChannel = {
      id: this.nextId(),
      type: ChannelType.GuildText,
      guild_id: guild.id,
      name,
      topic,
      position: guild.channelIds.length,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
    this.channels.set(channel.id, channel);
    guild.channelIds.push(channel.id);
    return channel;
  }

  addUser(seed: UserSeed): APIUser {
    const user: APIUser = {
      id: this.nextId(),
      username: seed.username,
      discriminator: '0',
      global_name: seed.globalName ?? null,
      avatar: null,
      bot: seed.bot ?? false,
    };
    this.users.set(user.id, user);
    const guildIds = seed.guildIds ?? [...this.guilds.keys()];
    for (const guildId of guildIds) {
      const guild = this.guilds.get(guildId);
      if (!guild) throw new Error(`fake Discord: unknown guild ${guildId}`);
      if (!guild.ownerId) guild.ownerId = user.id;
      this.join(guild, user.id, seed);
    }
    return user;
  }

  /** The DM channel between the bot and a user, created on first use (like POST users/@me/channels). */
  dmChannel(userId: string): APIDMChannel {
    const existing = this.dmChannelByUser.get(userId);
    const found = existing === undefined ? undefined : this.channels.get(existing);
    if (found?.type === ChannelType.DM) return found;
    const recipient = this.requireUser(userId);
    const channel: APIDMChannel = {
      id: this.nextId(),
      type: ChannelType.DM,
      recipients: [recipient],
      last_message_id: null,
      name: null,
    };
    this.channels.set(channel.id, channel);
    this.dmChannelByUser.set(userId, channel.id);
    return channel;
  }

  requireUser(userId: string): APIUser {
    const user = this.users.get(userId);
    if (!user) throw new Error(`fake Discord: unknown user ${userId}`);
    return user;
  }

  guildOf(channel: FakeChannel): FakeGuild | undefined {
    return channel.type === ChannelType.GuildText
      ? this.guilds.get(channel.guild_id ?? '')
      : undefined;
  }

  member(guild: FakeGuild, userId: string): APIGuildMember | undefined {
    const member = guild.members.get(userId);
    const user = this.users.get(userId);
    return member && user ? { ...member, user } : undefined;
  }

  /**
   * Permissions taken from the bot in one channel (`FakeDiscord.denyBot`), as a channel
   * permission overwrite does for a bot that is not Administrator.
   */
  readonly botDenied = new Map<string, bigint>();
  /** Users who do not take direct messages from server members (the bot gets 403 50007). */
  readonly dmsClosed = new Set<string>();

  /** The bot's permissions in a channel: its roles' (all, as Administrator) minus denials. */
  botPermissionsIn(channelId: string): bigint {
    const channel = this.channels.get(channelId);
    const guild = channel ? this.guildOf(channel) : undefined;
    if (!guild) return 0n;
    return this.permissionsOf(guild, this.bot.id) & ~(this.botDenied.get(channelId) ?? 0n);
  }

  /** Sum of the member's role permissions; Administrator means all. */
  permissionsOf(guild: FakeGuild, userId: string): bigint {
    const member = guild.members.get(userId);
    const roleIds = new Set([guild.id, ...(member?.roles ?? [])]);
    let bits = 0n;
    for (const role of guild.roles) if (roleIds.has(role.id)) bits |= BigInt(role.permissions);
    if (userId === guild.ownerId || (bits & PermissionFlagsBits.Administrator) !== 0n) {
      return Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);
    }
    return bits;
  }

  storeMessage(message: APIMessage): void {
    const isNew = !this.messages.has(message.id);
    this.messages.set(message.id, message);
    if (!isNew) return;
    const order = this.messageOrder.get(message.channel_id) ?? [];
    order.push(message.id);
    this.messageOrder.set(message.channel_id, order);
    const channel = this.channels.get(message.channel_id);
    if (channel) channel.last_message_id = message.id;
  }

  removeMessage(messageId: string): void {
    const message = this.messages.get(messageId);
    if (!message) return;
    this.messages.delete(messageId);
    const order = this.messageOrder.get(message.channel_id) ?? [];
    this.messageOrder.set(
      message.channel_id,
      order.filter((id) => id !== messageId),
    );
  }

  /** Messages of a channel, oldest first; ephemeral interaction replies are not in the channel. */
  channelMessages(channelId: string): APIMessage[] {
    const ids = this.messageOrder.get(channelId) ?? [];
    return ids
      .map((id) => this.messages.get(id))
      .filter((message): message is APIMessage => message !== undefined)
      .filter((message) => ((message.flags ?? 0) & 64) === 0);
  }

  private join(guild: FakeGuild, userId: string, seed: Pick<UserSeed, 'nick' | 'roleIds'>): void {
    guild.members.set(userId, {
      nick: seed.nick ?? null,
      avatar: null,
      roles: seed.roleIds ?? [],
      joined_at: new Date().toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: noFlags<GuildMemberFlags>(),
      pending: false,
    });
  }

  private role(id: string, name: string, permissions: bigint, position: number): APIRole {
    return {
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: permissions.toString(),
      managed: false,
      mentionable: false,
      flags: noFlags<RoleFlags>(),
    };
  }
}

/** Flag enums have no 0 member; Discord sends 0 for "no flags". */
function noFlags<T extends number>(): T {
  return 0 as T;
}

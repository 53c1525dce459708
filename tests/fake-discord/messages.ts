import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  GatewayIntentBits,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  type APIAttachment,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
} from 'discord-api-types/v10';
import {
  emptyMessage,
  invalidFormBody,
  missingAccess,
  missingPermissions,
  unknownChannel,
} from './errors';
import type { FakeGateway } from './gateway/fake-gateway';
import type { GatewaySession } from './gateway/session';
import type { UploadedFile } from './http/uploads';
import type { MessageBody } from './message-body';
import type { FakeChannel, FakeDiscordState } from './state';

export interface NewMessage {
  channelId: string;
  author: APIUser;
  body: MessageBody;
  files?: UploadedFile[];
  /** Set for messages made through a webhook (channel webhooks and interaction responses). */
  webhookId?: string;
  type?: MessageType;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  /** Extra flags the platform sets (ephemeral, loading). */
  flags?: number;
}

const ephemeral = MessageFlags.Ephemeral;

/**
 * Creates, edits and deletes messages in the fake's state and announces each change on
 * the gateway (MESSAGE_CREATE / MESSAGE_UPDATE / MESSAGE_DELETE) the way Discord does,
 * including the bot's own messages and webhook messages (its "echoes").
 */
export class MessageService {
  constructor(
    private readonly state: FakeDiscordState,
    private readonly gateway: FakeGateway,
  ) {}

  channel(channelId: string): FakeChannel {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw unknownChannel();
    return channel;
  }

  /**
   * A channel the bot acts in through REST: without View Channel Discord answers 403 50001,
   * without any of `needed` 403 50013 (DM channels need nothing).
   */
  botChannel(channelId: string, ...needed: bigint[]): FakeChannel {
    const channel = this.channel(channelId);
    if (!this.state.guildOf(channel)) return channel;
    const has = this.state.botPermissionsIn(channel.id);
    if ((has & PermissionFlagsBits.ViewChannel) === 0n) throw missingAccess();
    for (const bit of needed) if ((has & bit) === 0n) throw missingPermissions();
    return channel;
  }

  create(input: NewMessage): APIMessage {
    const channel = this.channel(input.channelId);
    const { body } = input;
    const files = input.files ?? [];
    const hasContent =
      (body.content ?? '') !== '' ||
      (body.embeds ?? []).length > 0 ||
      (body.components ?? []).length > 0 ||
      (body.sticker_ids ?? []).length > 0 ||
      files.length > 0 ||
      body.poll !== undefined;
    if (!hasContent && ((input.flags ?? 0) & MessageFlags.Loading) === 0) throw emptyMessage();

    const reference = body.message_reference ?? undefined;
    let referenced: APIMessage | undefined;
    if (reference?.message_id !== undefined) {
      referenced = this.state.messages.get(reference.message_id);
      if (!referenced && reference.fail_if_not_exists !== false) {
        throw invalidFormBody(
          'message_reference',
          'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
          'Unknown message',
        );
      }
    }
    const content = body.content ?? '';
    const message: APIMessage = {
      id: this.state.nextId(),
      channel_id: channel.id,
      author: input.author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: /@(everyone|here)\b/.test(content) && input.author.id !== this.state.bot.id,
      mentions: this.mentionedUsers(content),
      mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ''),
      attachments: files.map((file) => this.attachment(channel.id, file)),
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: input.type ?? (referenced ? MessageType.Reply : MessageType.Default),
      flags: (body.flags ?? 0) | (input.flags ?? 0),
    };
    if (body.nonce !== undefined && body.nonce !== null) message.nonce = body.nonce;
    if (input.webhookId !== undefined) message.webhook_id = input.webhookId;
    if (input.applicationId !== undefined) message.application_id = input.applicationId;
    if (input.interactionMetadata) message.interaction_metadata = input.interactionMetadata;
    if (reference && referenced) {
      message.message_reference = {
        type: 0,
        message_id: referenced.id,
        channel_id: referenced.channel_id,
        ...(this.guildIdOf(referenced.channel_id)
          ? { guild_id: this.guildIdOf(referenced.channel_id) }
          : {}),
      };
      message.referenced_message = referenced;
    }
    this.state.storeMessage(message);
    if (!this.isEphemeral(message)) this.announce('MESSAGE_CREATE', message);
    return message;
  }

  edit(message: APIMessage, body: MessageBody, files: UploadedFile[] = []): APIMessage {
    if (body.content !== undefined) message.content = body.content ?? '';
    if (body.embeds !== undefined) message.embeds = body.embeds ?? [];
    if (body.components !== undefined) message.components = body.components ?? [];
    if (body.attachments !== undefined || files.length > 0) {
      const keep = new Set((body.attachments ?? []).map((attachment) => String(attachment.id)));
      message.attachments = [
        ...message.attachments.filter((attachment) => keep.has(attachment.id)),
        ...files.map((file) => this.attachment(message.channel_id, file)),
      ];
    }
    if (body.flags !== undefined && body.flags !== null) {
      const platformFlags = (message.flags ?? 0) & ephemeral;
      message.flags = body.flags | platformFlags;
    } else if (((message.flags ?? 0) & MessageFlags.Loading) !== 0) {
      message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    }
    message.mentions = this.mentionedUsers(message.content);
    message.edited_timestamp = new Date().toISOString();
    if (!this.isEphemeral(message)) this.announce('MESSAGE_UPDATE', message);
    return message;
  }

  remove(message: APIMessage): void {
    this.state.removeMessage(message.id);
    if (this.isEphemeral(message)) return;
    const guildId = this.guildIdOf(message.channel_id);
    const channel = this.state.channels.get(message.channel_id);
    this.gateway.dispatch('MESSAGE_DELETE', this.intentFor(channel), () => ({
      id: message.id,
      channel_id: message.channel_id,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
  }

  isEphemeral(message: APIMessage): boolean {
    return ((message.flags ?? 0) & ephemeral) !== 0;
  }

  /** The message as a gateway event carries it: plus guild_id and the author's member. */
  toGatewayData(message: APIMessage, session: GatewaySession | null): Record<string, unknown> {
    const channel = this.state.channels.get(message.channel_id);
    const guild = channel ? this.state.guildOf(channel) : undefined;
    // channel_type (in discord-api-types 0.38.57's MESSAGE_CREATE): discord.js 14.28 needs it
    // to build an uncached DM channel; without it DMs are dropped silently.
    const data: Record<string, unknown> = {
      ...message,
      channel_type: channel?.type ?? ChannelType.GuildText,
    };
    if (guild) {
      data.guild_id = guild.id;
      const member =
        message.webhook_id === undefined ? guild.members.get(message.author.id) : undefined;
      if (member) data.member = member;
      data.mentions = message.mentions.map((user) => {
        const mentioned = guild.members.get(user.id);
        return mentioned ? { ...user, member: mentioned } : user;
      });
    }
    if (session && guild && !this.mayReadContent(session, message)) {
      Object.assign(data, { content: '', embeds: [], attachments: [], components: [] });
      delete data.poll;
    }
    return data;
  }

  private announce(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
    const channel = this.state.channels.get(message.channel_id);
    this.gateway.dispatch(t, this.intentFor(channel), (session) =>
      this.toGatewayData(message, session),
    );
  }

  /**
   * Discord withholds content, embeds, attachments and components from apps without the
   * MessageContent intent, except for their own messages, DMs and messages mentioning them.
   */
  private mayReadContent(session: GatewaySession, message: APIMessage): boolean {
    if (session.hasIntent(GatewayIntentBits.MessageContent)) return true;
    if (message.author.id === this.state.bot.id) return true;
    return message.mentions.some((user) => user.id === this.state.bot.id);
  }

  private intentFor(channel: FakeChannel | undefined): number {
    return channel?.type === ChannelType.DM
      ? GatewayIntentBits.DirectMessages
      : GatewayIntentBits.GuildMessages;
  }

  private guildIdOf(channelId: string): string | undefined {
    const channel = this.state.channels.get(channelId);
    return channel ? this.state.guildOf(channel)?.id : undefined;
  }

  private mentionedUsers(content: string): APIUser[] {
    const ids = new Set([...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? ''));
    return [...ids]
      .map((id) => this.state.users.get(id))
      .filter((user): user is APIUser => user !== undefined);
  }

  /**
   * As on Discord's CDN, the link is signed and expires (`ex`, hex Unix seconds, about a day
   * on; `is` when it was issued; `hm` the signature): a stored copy of it stops working.
   */
  private attachment(channelId: string, file: UploadedFile): APIAttachment {
    const id = this.state.nextId();
    const issued = Math.floor(Date.now() / 1000);
    const signed = new URLSearchParams({
      ex: (issued + 86_400).toString(16),
      is: issued.toString(16),
      hm: randomBytes(32).toString('hex'),
    });
    const url = `https://cdn.discordapp.invalid/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}?${signed}&`;
    return {
      id,
      filename: file.name,
      size: file.size,
      url,
      proxy_url: url,
      content_type: file.contentType,
    };
  }
}

import {
  ChannelType,
  ComponentType,
  GatewayIntentBits,
  InteractionType,
  type APIApplicationCommand,
  type APIDMChannel,
  type APIMessage,
  type APITextChannel,
  type APIUser,
  type APIWebhook,
} from 'discord-api-types/v10';
import { CONDITION_WAIT_MS } from '../support/waits';
import { CommandRegistry } from './commands';
import type { WaitOptions } from './event-log';
import { FakeGateway, type GatewayLogEntry, type GatewayStats } from './gateway/fake-gateway';
import { guildCreateData, guildsOnShard, membersChunk, readyData } from './guild-payloads';
import { FakeHttpServer, type RecordedRequest } from './http/server';
import type { UploadedFile } from './http/uploads';
import { commandData, hasComponent } from './interaction-data';
import type { OptionValue } from './interaction-options';
import type { InteractionActor } from './interaction-payloads';
import {
  InteractionService,
  type InteractionRecord,
  type InteractionResponse,
} from './interactions';
import { MessageService } from './messages';
import { allRoutes } from './rest/routes';
import { FakeDiscordState, type FakeGuild, type UserSeed } from './state';

export interface FakeDiscordOptions {
  /** The bot token the client must log in with. Default 'fake-bot-token'. */
  token?: string;
  /** Also the bot user's id. Default: a fresh snowflake. */
  applicationId?: string;
  botName?: string;
  /** Default: one guild 'Buurtkamer Test' with #algemeen and #staf. */
  guilds?: Array<{ name: string; channels: string[] }>;
  /** Sent in HELLO. Default 41250 (Discord's usual value). */
  heartbeatIntervalMs?: number;
  /**
   * Interactions expire unacknowledged after this long (Discord: 3 s). Default null, never: how
   * fast the app answers depends on how busy the machine is, and no test may depend on that. A
   * test of what happens to a late answer sets it (`fake-discord.test.ts`).
   */
  interactionAckTimeoutMs?: number | null;
  /** Reject slash commands and options that were not registered. Default false. */
  strictCommands?: boolean;
}

export interface ActorOptions {
  userId: string;
  channelId: string;
  locale?: InteractionActor['locale'];
  /** How long to wait for the app's callback. Default `CONDITION_WAIT_MS` (30 s). */
  timeoutMs?: number;
}

/** An interaction the fake sent, with the app's answer still to come. */
export interface SentInteraction {
  id: string;
  token: string;
  /** Resolves with the app's callback; rejects if it never came or came too late. */
  response: Promise<InteractionResponse>;
}

/**
 * A fake Discord (REST API v10 + gateway) on 127.0.0.1 for the real discord.js client.
 * Point the client at it with `rest: { api: fake.apiUrl }`; see README.md.
 */
export class FakeDiscord {
  readonly token: string;
  readonly state: FakeDiscordState;
  private readonly gateway: FakeGateway;
  private readonly messageService: MessageService;
  private readonly interactions: InteractionService;
  private readonly commandRegistry: CommandRegistry;
  private readonly http: FakeHttpServer;
  private readonly strictCommands: boolean;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'fake-bot-token';
    this.state = new FakeDiscordState(options.botName ?? 'Buurtbot', options.applicationId);
    const seeds = options.guilds ?? [{ name: 'Buurtkamer Test', channels: ['algemeen', 'staf'] }];
    for (const seed of seeds) this.state.addGuild(seed.name, seed.channels);
    this.strictCommands = options.strictCommands ?? false;
    const state = this.state;
    this.gateway = new FakeGateway(
      {
        token: this.token,
        readyData: (session, resumeUrl) => readyData(state, session, resumeUrl),
        guildCreates: (session) =>
          guildsOnShard(state, session).map((guild) => guildCreateData(state, guild)),
        membersChunk: (request) => membersChunk(state, request),
      },
      options.heartbeatIntervalMs ?? 41_250,
    );
    this.messageService = new MessageService(state, this.gateway);
    this.interactions = new InteractionService(
      state,
      this.gateway,
      this.messageService,
      options.interactionAckTimeoutMs ?? null,
    );
    this.commandRegistry = new CommandRegistry(state.applicationId, state.nextId);
    const routes = allRoutes({
      state,
      gateway: this.gateway,
      messages: this.messageService,
      interactions: this.interactions,
      commands: this.commandRegistry,
    });
    this.http = new FakeHttpServer(routes, this.token, this.gateway);
  }

  // --- where it listens -------------------------------------------------------------

  get port(): number {
    return this.http.port;
  }

  /** For discord.js: `new Client({ rest: { api: fake.apiUrl } })` (discord.js adds `/v10`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return this.gateway.url;
  }

  async listen(): Promise<this> {
    const port = await this.http.listen();
    this.gateway.setBaseUrl(`ws://127.0.0.1:${port}`);
    return this;
  }

  async close(): Promise<void> {
    this.interactions.close();
    await this.gateway.close();
    await this.http.close();
  }

  // --- the world --------------------------------------------------------------------

  get applicationId(): string {
    return this.state.applicationId;
  }

  /** The bot user (its id is the application id). */
  get bot(): APIUser {
    return this.state.bot;
  }

  /** The first guild. */
  get guild(): FakeGuild {
    const first = [...this.state.guilds.values()][0];
    if (!first) throw new Error('fake Discord: no guilds');
    return first;
  }

  get guilds(): FakeGuild[] {
    return [...this.state.guilds.values()];
  }

  /** A human (or other bot) user, member of all guilds unless `guildIds` says otherwise. */
  addUser(seed: UserSeed): APIUser {
    const user = this.state.addUser(seed);
    for (const guild of this.state.guilds.values()) {
      const member = this.state.member(guild, user.id);
      if (!member) continue;
      this.gateway.dispatch('GUILD_MEMBER_ADD', GatewayIntentBits.GuildMembers, () => ({
        ...member,
        guild_id: guild.id,
      }));
    }
    return user;
  }

  addTextChannel(name: string, guild: FakeGuild = this.guild): APITextChannel {
    const channel = this.state.addTextChannel(guild, name);
    this.gateway.dispatch('CHANNEL_CREATE', GatewayIntentBits.Guilds, () => channel);
    return channel;
  }

  // --- what server admins do (the refusals a real server gives) -----------------------

  /**
   * A channel permission overwrite takes `permissions` from the bot there: REST calls needing
   * them get 403 50013 Missing Permissions (50001 Missing Access without View Channel), and
   * interactions in that channel carry the reduced `app_permissions`.
   */
  denyBot(channelId: string, ...permissions: bigint[]): void {
    const denied = permissions.reduce((all, bit) => all | bit, 0n);
    this.state.botDenied.set(channelId, (this.state.botDenied.get(channelId) ?? 0n) | denied);
  }

  /** The overwrite is removed: the bot has its role's permissions there again. */
  allowBot(channelId: string): void {
    this.state.botDenied.delete(channelId);
  }

  /** A channel is deleted (CHANNEL_DELETE): REST on it answers 404 10003, its webhooks go too. */
  deleteChannel(channelId: string): void {
    const channel = this.state.channels.get(channelId);
    if (!channel || channel.type !== ChannelType.GuildText) return;
    this.state.channels.delete(channelId);
    for (const guild of this.state.guilds.values())
      guild.channelIds = guild.channelIds.filter((id) => id !== channelId);
    for (const webhook of [...this.state.webhooks.values()])
      if (webhook.channel_id === channelId) this.state.webhooks.delete(webhook.id);
    this.gateway.dispatch('CHANNEL_DELETE', GatewayIntentBits.Guilds, () => channel);
  }

  /** Someone removes a webhook in the channel settings: executing it answers 404 10015. */
  deleteWebhook(webhookId: string): void {
    this.state.webhooks.delete(webhookId);
  }

  /**
   * The bot is kicked from a guild (GUILD_DELETE without `unavailable`): its channels are gone
   * for the bot (404 10003), so are the webhooks it made there.
   */
  removeBotFromGuild(guild: FakeGuild = this.guild): void {
    for (const channelId of [...guild.channelIds]) {
      this.state.channels.delete(channelId);
      for (const webhook of [...this.state.webhooks.values()])
        if (webhook.channel_id === channelId) this.state.webhooks.delete(webhook.id);
    }
    this.state.guilds.delete(guild.id);
    this.gateway.dispatch('GUILD_DELETE', GatewayIntentBits.Guilds, () => ({ id: guild.id }));
  }

  /** The user closes DMs from server members: the bot's DMs to them get 403 50007. */
  closeDms(userId: string): void {
    this.state.dmsClosed.add(userId);
  }

  /** The DM channel between the bot and this user. */
  dmChannel(userId: string): APIDMChannel {
    return this.state.dmChannel(userId);
  }

  /** Messages in a channel as Discord stores them, oldest first (no ephemeral replies). */
  messages(channelId: string): APIMessage[] {
    return this.state.channelMessages(channelId);
  }

  message(messageId: string): APIMessage | undefined {
    return this.state.messages.get(messageId);
  }

  webhooks(channelId?: string): APIWebhook[] {
    return [...this.state.webhooks.values()].filter(
      (w) => channelId === undefined || w.channel_id === channelId,
    );
  }

  /** Registered commands of a guild, or the global ones. */
  commands(guildId?: string): APIApplicationCommand[] {
    return this.commandRegistry.list(guildId ?? 'global');
  }

  // --- what users do ----------------------------------------------------------------

  /** A user posts in a guild channel or DM channel: stored and sent as MESSAGE_CREATE. */
  userSays(
    channelId: string,
    userId: string,
    content: string,
    options: { replyTo?: string; files?: UploadedFile[] } = {},
  ): APIMessage {
    return this.messageService.create({
      channelId,
      author: this.state.requireUser(userId),
      body: {
        content,
        ...(options.replyTo ? { message_reference: { message_id: options.replyTo } } : {}),
      },
      files: options.files ?? [],
    });
  }

  /** A user writes to the bot in their DM channel. */
  userSaysInDm(userId: string, content: string): APIMessage {
    return this.userSays(this.state.dmChannel(userId).id, userId, content);
  }

  /** The author edits their message: MESSAGE_UPDATE. */
  userEdits(messageId: string, content: string): APIMessage {
    return this.messageService.edit(this.requireMessage(messageId), { content });
  }

  /** The message is deleted (by its author or a moderator): MESSAGE_DELETE. */
  userDeletes(messageId: string): void {
    this.messageService.remove(this.requireMessage(messageId));
  }

  /**
   * A user runs `/name` (or `/name sub`, `/name group sub`) with options; resolves with the
   * app's interaction callback. Option types come from the registered command when there is one.
   */
  runSlashCommand(
    name: string,
    options: Record<string, OptionValue>,
    actor: ActorOptions,
  ): Promise<InteractionResponse> {
    return this.startSlashCommand(name, options, actor).response;
  }

  startSlashCommand(
    name: string,
    options: Record<string, OptionValue>,
    actor: ActorOptions,
  ): SentInteraction {
    const data = this.commandData(name, options, actor.channelId);
    return this.send(InteractionType.ApplicationCommand, data, actor);
  }

  /** The user is typing option `focused` of `/name`; resolves with the app's choices (callback type 8). */
  autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    actor: ActorOptions & { focused: string },
  ): Promise<InteractionResponse> {
    const data = this.commandData(name, options, actor.channelId, actor.focused);
    return this.send(InteractionType.ApplicationCommandAutocomplete, data, actor).response;
  }

  /** A user clicks the button `customId` on a message; resolves with the app's callback. */
  pressButton(
    messageId: string,
    customId: string,
    actor: { userId: string; timeoutMs?: number },
  ): Promise<InteractionResponse> {
    return this.startComponent(messageId, customId, actor, { component_type: ComponentType.Button })
      .response;
  }

  /** A user picks `values` in the string select menu `customId`. */
  selectOptions(
    messageId: string,
    customId: string,
    values: string[],
    actor: { userId: string; timeoutMs?: number },
  ): Promise<InteractionResponse> {
    const data = { component_type: ComponentType.StringSelect, values };
    return this.startComponent(messageId, customId, actor, data).response;
  }

  startComponent(
    messageId: string,
    customId: string,
    actor: { userId: string; timeoutMs?: number },
    data: { component_type: ComponentType; values?: string[] },
  ): SentInteraction {
    const message = this.requireMessage(messageId);
    if (!hasComponent(message.components ?? [], customId)) {
      throw new Error(
        `fake Discord: message ${messageId} has no component with custom_id "${customId}"`,
      );
    }
    return this.send(
      InteractionType.MessageComponent,
      { custom_id: customId, ...data },
      { ...actor, channelId: message.channel_id },
      message,
    );
  }

  // --- what the app did -------------------------------------------------------------

  get requests(): readonly RecordedRequest[] {
    return this.http.requests.entries;
  }

  /** The first REST call (made so far or later) matching the predicate. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options?: WaitOptions,
  ): Promise<RecordedRequest> {
    return this.http.requests.waitFor(predicate, options);
  }

  /** Index to pass as `fromIndex` to only see later requests. */
  get requestCount(): number {
    return this.http.requests.size;
  }

  // --- the gateway ------------------------------------------------------------------

  get gatewayEvents(): readonly GatewayLogEntry[] {
    return this.gateway.log.entries;
  }

  waitForGatewayEvent(
    predicate: (entry: GatewayLogEntry) => boolean,
    options?: WaitOptions,
  ): Promise<GatewayLogEntry> {
    return this.gateway.log.waitFor(predicate, options);
  }

  get gatewayStats(): GatewayStats {
    return this.gateway.stats;
  }

  /** Cuts every gateway connection: abruptly by default (the client sees 1006), else with `code`. */
  dropGateway(options: { code?: number } = {}): void {
    this.gateway.drop(options.code);
  }

  /**
   * Every IDENTIFY from now on is closed with `code` (4014: Message Content intent not switched
   * on in the developer portal; 4004: the token was reset). `null`: accepted again.
   */
  refuseIdentify(code: number | null): void {
    this.gateway.refuseIdentifyWith = code;
  }

  /** What `GET gateway/bot` reports as `session_start_limit` (IDENTIFYs left, reset). */
  get sessionStartLimit(): { total: number; remaining: number; resetAfterMs: number } {
    return this.gateway.sessionStartLimit;
  }

  /**
   * The next `times` calls of `route` (`'POST /webhooks/:webhookId/:token'`, as in
   * `requests[].route`), or of every route with `'global'`, get 429 with `retry_after` and the
   * rate-limit headers (`x-ratelimit-*`, `retry-after`, scope), as Discord answers.
   */
  rateLimit(route: string, options: { retryAfterMs: number; times?: number }): void {
    this.http.rateLimit(route, options.retryAfterMs, options.times ?? 1);
  }

  /** Op 7 Reconnect. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Op 9 Invalid Session; `resumable: false` forces a fresh IDENTIFY. */
  invalidateSession(options: { resumable: boolean }): void {
    this.gateway.invalidateSessions(options.resumable);
  }

  /** Existing sessions can no longer be resumed (the next RESUME gets op 9 false). */
  expireSessions(): void {
    this.gateway.expireSessions();
  }

  /** Op 1: the client must heartbeat at once. */
  requestHeartbeat(): void {
    this.gateway.requestHeartbeat();
  }

  /** Stop (false) or resume (true) answering heartbeats with op 11. */
  setHeartbeatAcks(enabled: boolean): void {
    this.gateway.ackHeartbeats = enabled;
  }

  /**
   * Simulates Discord being down: `'http-503'` (REST 503, gateway upgrades refused, live
   * connections dropped) or `'refused'` (nothing listens on the port). `false`: back up, same port.
   */
  async setUnreachable(mode: false | 'http-503' | 'refused'): Promise<void> {
    await this.http.setReachability(mode === false ? 'up' : mode);
  }

  // --- internals --------------------------------------------------------------------

  private send(
    type: InteractionType,
    data: unknown,
    actor: InteractionActor & { timeoutMs?: number },
    message?: APIMessage,
  ): SentInteraction {
    const record: InteractionRecord = this.interactions.send(type, data, actor, message);
    const response = this.interactions.waitForResponse(
      record.payload.id,
      actor.timeoutMs ?? CONDITION_WAIT_MS,
    );
    response.catch(() => undefined);
    return { id: record.payload.id, token: record.payload.token, response };
  }

  private commandData(
    fullName: string,
    values: Record<string, OptionValue>,
    channelId: string,
    focused?: string,
  ): Record<string, unknown> {
    const input = { fullName, values, channelId, strict: this.strictCommands };
    return commandData(
      this.state,
      this.commandRegistry,
      focused === undefined ? input : { ...input, focused },
    );
  }

  private requireMessage(messageId: string): APIMessage {
    const message = this.state.messages.get(messageId);
    if (!message) throw new Error(`fake Discord: unknown message ${messageId}`);
    return message;
  }
}

/** Starts a fake Discord on a random loopback port. */
export async function startFakeDiscord(options?: FakeDiscordOptions): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}

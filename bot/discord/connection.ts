import { Client, Events, GatewayIntentBits, Partials, type Guild } from 'discord.js';
import type { MessageAbout } from '../../db/schema/messages';
import type { Dispatcher } from '../../server/dispatch/dispatcher';
import { findLinkByDiscordChannel, linksOfGuild } from '../../server/domain/discord/links';
import {
  fatalCloseCodes,
  markConnected,
  markStopped,
  readDiscordStatus,
  staysStopped,
  tokenFingerprint,
} from '../../server/domain/discord/status';
import type { CardDecorator, RoomCardRenderer } from './cards';
import { commandDefinitions } from './commands';
import { createConversations } from './conversation';
import type { DiscordEnv } from './env';
import { createInbound, type Inbound } from './inbound';
import { createInteractionRouter, type ComponentHandler } from './interactions';
import { createLinking } from './linking';
import { createOutbound, type Outbound } from './outbound';
import { stoppedText } from '../../server/presenters/discord';
import { LinkRefused } from './errors';
import { breakLink, fatalCodeOfLogin, loginRetryDelayMs, tellStaff } from './refusals';
import { createWork, type Work } from './work';

/**
 * Listens for changes of the records cards are about and asks for those cards to be edited
 * (`refresh`); returns how to stop listening. Runs on every node.
 */
export type CardSource = (
  dispatcher: Dispatcher,
  refresh: (about: MessageAbout) => Promise<void>,
) => () => void;

/** What other areas add to the Discord adapter (staff card details, their buttons). */
export interface DiscordExtensions {
  cardDecorators: CardDecorator[];
  /** Buurtbot's posts in shared rooms shown as cards (activity posts). */
  roomCards: RoomCardRenderer[];
  components: Map<string, ComponentHandler>;
  cardSources: CardSource[];
}

export interface DiscordConnection {
  /** A room got a message: send it out now (the timer would otherwise). */
  wake(roomId: string): void;
  /** An outbox got an edit, a deletion or a direct message (Buurtbot's private outreach). */
  wakeUpdates(): void;
  close(): Promise<void>;
}

/** The connection's state, shared by the functions below (one per `openDiscordConnection`). */
interface Gateway {
  readonly env: DiscordEnv;
  readonly extensions: DiscordExtensions;
  readonly fingerprint: string;
  readonly work: Work;
  client: Client | undefined;
  outbound: Outbound | undefined;
  inbound: Inbound | undefined;
  closed: boolean;
  retry: NodeJS.Timeout | undefined;
  /** Refused for good: no client until the token changes or an admin asks to try again. */
  stopped: boolean;
  failures: number;
  // One round at a time: while Discord is slow or down, rounds do not pile up.
  pumping: Promise<void> | undefined;
}

/**
 * The gateway connection, held by the leader node only. It logs in (and keeps trying while
 * Discord cannot be reached, waiting longer after each failure), registers the commands, takes
 * messages and interactions in, catches up after every new session, and sends out what
 * Buurtkamer's rooms wrote. When Discord refuses the bot for good (4004, 4010-4014) it stops,
 * tells the team and waits for a new token or an admin's "try again" (`discord_status`).
 */
export function openDiscordConnection(
  env: DiscordEnv,
  extensions: DiscordExtensions,
): DiscordConnection {
  const gateway: Gateway = {
    env,
    extensions,
    fingerprint: tokenFingerprint(env.discord.token),
    work: createWork(),
    client: undefined,
    outbound: undefined,
    inbound: undefined,
    closed: false,
    retry: undefined,
    stopped: false,
    failures: 0,
    pumping: undefined,
  };
  const { work } = gateway;
  const poll = setInterval(() => pollRound(gateway), env.options.outboundPollMs);

  void work.track(connect(gateway)).catch((error: unknown) => {
    env.logger.error({ err: error }, 'Discord start failed');
  });

  return {
    wake(roomId) {
      if (gateway.client?.isReady() && gateway.outbound)
        void work.track(gateway.outbound.wake(roomId));
    },
    wakeUpdates() {
      if (gateway.client?.isReady() && gateway.outbound)
        void work.track(gateway.outbound.wakeUpdates());
    },
    async close() {
      gateway.closed = true;
      clearTimeout(gateway.retry);
      clearInterval(poll);
      const current = gateway.client;
      gateway.client = undefined;
      await current?.destroy();
      await work.settled();
    },
  };
}

/**
 * One tick of the poll: while stopped, whether an admin asked to try again; while connected,
 * a catch-up (when out of sync) and a round of sending out.
 */
function pollRound(gateway: Gateway): void {
  const { work, env } = gateway;
  const { logger } = env;
  if (gateway.stopped && !gateway.pumping) {
    gateway.pumping = work
      .track(retryIfAsked(gateway))
      .catch((error: unknown) => logger.error({ err: error }, 'Discord status check failed'))
      .finally(() => {
        gateway.pumping = undefined;
      });
    return;
  }
  if (!gateway.client?.isReady() || gateway.pumping) return;
  const { inbound } = gateway;
  const catchUp = inbound && !inbound.isSynced() ? inbound.catchUpAll() : Promise.resolve();
  gateway.pumping = work
    .track(catchUp.then(() => gateway.outbound?.pumpAll()))
    .catch((error: unknown) => logger.error({ err: error }, 'Discord bridge round failed'))
    .finally(() => {
      gateway.pumping = undefined;
    });
}

/** Logs a failure of `what` (an event handler's work). */
function failedWith(env: DiscordEnv) {
  return (what: string) => (error: unknown) =>
    env.logger.error({ err: error }, `Discord ${what} failed`);
}

/** A new client with its inbound, outbound and interaction handling; not logged in yet. */
function build(gateway: Gateway): Client {
  const { env, extensions, work } = gateway;
  const made = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    // DMs and messages from before a restart arrive uncached.
    partials: [Partials.Channel, Partials.Message],
    ...(env.discord.apiUrl ? { rest: { api: env.discord.apiUrl } } : {}),
    ...env.options.clientOptions,
  });
  const conversations = createConversations(env);
  const into = createInbound(env, made, work, conversations);
  const out = createOutbound(env, made, work, {
    decorators: extensions.cardDecorators,
    roomCards: extensions.roomCards,
  });
  const route = createInteractionRouter(env, {
    conversations,
    linking: createLinking(env),
    components: extensions.components,
  });
  const failed = failedWith(env);
  const clearGuildCommands = onSessions(gateway, made, into, out);
  onRemovals(gateway, made);
  made.on(Events.GuildCreate, (guild) => {
    void work.track(clearGuildCommands(guild).catch(failed('removing old server commands')));
  });
  made.on(Events.MessageCreate, (message) => {
    void into.onMessage(message).catch(failed('message bridge'));
  });
  made.on(Events.MessageUpdate, (_before, after) => {
    void into.onEdit(after).catch(failed('edit bridge'));
  });
  made.on(Events.MessageDelete, (message) => {
    void into.onDelete(message).catch(failed('deletion bridge'));
  });
  made.on(Events.InteractionCreate, (interaction) => void work.track(route(interaction)));
  made.on(Events.Error, failed('client'));
  gateway.outbound = out;
  gateway.inbound = into;
  return made;
}

/**
 * The session events of `made`: a new session registers the commands and catches up, a resume
 * catches up, a lost session marks the channels out of sync (and a fatal close code stops).
 * Returns how to clear a server's old commands (once per server and connection).
 */
function onSessions(
  gateway: Gateway,
  made: Client,
  into: Inbound,
  out: Outbound,
): (guild: Guild) => Promise<void> {
  const { env, work } = gateway;
  const { db, clock } = env.deps;
  const failed = failedWith(env);
  // Global commands (offered in servers and in DMs with the bot), once per connection:
  // Discord limits how often commands may be updated.
  let registered = false;
  const registerCommands = async () => {
    if (registered || !made.application) return;
    await made.application.commands.set(commandDefinitions());
    registered = true;
  };
  // Earlier versions registered per server; those would show every command twice there.
  const cleared = new Set<string>();
  const clearGuildCommands = async (guild: Guild) => {
    if (cleared.has(guild.id)) return;
    if ((await guild.commands.fetch()).size > 0) await guild.commands.set([]);
    cleared.add(guild.id);
  };
  made.on(Events.ShardReady, () => {
    // A new session (first login, or after a lost one): events may have been missed.
    into.unsynced();
    gateway.failures = 0;
    void work.track(
      (async () => {
        await markConnected(db, clock.now()).catch(failed('status update'));
        if (env.discord.applicationId && made.application?.id !== env.discord.applicationId)
          env.logger.warn('DISCORD_APPLICATION_ID does not match the bot token');
        await registerCommands().catch(failed('command registration'));
        for (const guild of made.guilds.cache.values())
          await clearGuildCommands(guild).catch(failed('removing old server commands'));
        await into.catchUpAll();
        await out.pumpAll();
      })().catch(failed('session start')),
    );
  });
  // A resume replays what was missed; the catch-up (mostly empty) marks the channels in sync.
  made.on(Events.ShardResume, () => {
    void work.track(into.catchUpAll().then(() => out.pumpAll()));
  });
  made.on(Events.ShardReconnecting, () => into.unsynced());
  made.on(Events.ShardDisconnect, (event) => {
    into.unsynced();
    // discord.js gives up on these codes without a word: stop, and say why.
    if (fatalCloseCodes.has(event.code)) void work.track(stop(gateway, made, event.code));
  });
  return clearGuildCommands;
}

/**
 * The bot was removed from a server (an outage is GuildUnavailable, not this), or a linked
 * channel deleted: those links break at once, before anything is sent there in vain.
 */
function onRemovals(gateway: Gateway, made: Client): void {
  const { env, work } = gateway;
  const { db } = env.deps;
  const failed = failedWith(env);
  made.on(Events.GuildDelete, (guild) => {
    void work.track(
      linksOfGuild(db, guild.id)
        .then(async (rows) => {
          for (const { link } of rows) await breakLink(env, link, new LinkRefused('bot_removed'));
        })
        .catch(failed('removal from a server')),
    );
  });
  made.on(Events.ChannelDelete, (channel) => {
    void work.track(
      findLinkByDiscordChannel(db, channel.id)
        .then((link) => link && breakLink(env, link, new LinkRefused('channel_deleted')))
        .catch(failed('channel deletion')),
    );
  });
}

/** Discord refused `made` for good: drop it, record why, tell the team once. */
async function stop(gateway: Gateway, made: Client, closeCode: number): Promise<void> {
  if (gateway.client !== made) return;
  const { env } = gateway;
  const { db, clock } = env.deps;
  gateway.client = undefined;
  gateway.stopped = true;
  env.logger.error({ closeCode }, 'Discord refused the bot for good; not retrying until fixed');
  await made.destroy();
  const stoppedRow = { closeCode, tokenFingerprint: gateway.fingerprint, now: clock.now() };
  if (await markStopped(db, stoppedRow))
    await tellStaff(env, (locale) => stoppedText(locale, closeCode));
}

/** While stopped: an admin asked to try again (or the row was cleared). */
async function retryIfAsked(gateway: Gateway): Promise<void> {
  const status = await readDiscordStatus(gateway.env.deps.db);
  if (staysStopped(status, gateway.fingerprint) || gateway.closed || !gateway.stopped) return;
  gateway.stopped = false;
  gateway.failures = 0;
  gateway.env.logger.info('trying Discord again');
  await connect(gateway);
}

/** Logs in with a new client; after a failure that may pass, tries again later (backing off). */
async function connect(gateway: Gateway): Promise<void> {
  if (gateway.closed) return;
  const { env } = gateway;
  const status = await readDiscordStatus(env.deps.db).catch(() => undefined);
  if (staysStopped(status, gateway.fingerprint)) {
    // Refused with this very token before (another node, or before a restart).
    gateway.stopped = true;
    return;
  }
  const next = build(gateway);
  let closeCode: number | undefined;
  next.on(Events.ShardDisconnect, (event) => {
    if (fatalCloseCodes.has(event.code)) closeCode = event.code;
  });
  gateway.client = next;
  try {
    await next.login(env.discord.token);
  } catch (error) {
    const fatal = fatalCodeOfLogin(error, closeCode);
    if (fatal !== undefined) return stop(gateway, next, fatal);
    // A client whose login failed is let go of, so nothing of it keeps running.
    await next.destroy().catch(() => undefined);
    if (gateway.client !== next) return;
    gateway.client = undefined;
    gateway.failures += 1;
    const delay = loginRetryDelayMs(error, gateway.failures, {
      baseMs: env.options.reconnectDelayMs,
      maxMs: env.options.reconnectMaxDelayMs,
      now: env.deps.clock.now().getTime(),
    });
    env.logger.warn({ err: error, retryInMs: delay }, 'Discord login failed; trying again later');
    if (!gateway.closed) gateway.retry = setTimeout(() => void connect(gateway), delay);
  }
}

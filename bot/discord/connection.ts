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
import { createInbound } from './inbound';
import { createInteractionRouter, type ComponentHandler } from './interactions';
import { createLinking } from './linking';
import { createOutbound } from './outbound';
import { stoppedText } from '../../server/presenters/discord';
import { LinkRefused } from './errors';
import { breakLink, fatalCodeOfLogin, loginRetryDelayMs, tellStaff } from './refusals';
import { createWork } from './work';

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
  const { logger, options } = env;
  const { db, clock } = env.deps;
  const fingerprint = tokenFingerprint(env.discord.token);
  const work = createWork();
  let client: Client | undefined;
  let outbound: ReturnType<typeof createOutbound> | undefined;
  let inbound: ReturnType<typeof createInbound> | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  /** Refused for good: no client until the token changes or an admin asks to try again. */
  let stopped = false;
  let failures = 0;
  // One round at a time: while Discord is slow or down, rounds do not pile up.
  let pumping: Promise<void> | undefined;
  const poll = setInterval(() => {
    if (stopped && !pumping) {
      pumping = work
        .track(retryIfAsked())
        .catch((error: unknown) => logger.error({ err: error }, 'Discord status check failed'))
        .finally(() => {
          pumping = undefined;
        });
      return;
    }
    if (!client?.isReady() || pumping) return;
    const catchUp = inbound && !inbound.isSynced() ? inbound.catchUpAll() : Promise.resolve();
    pumping = work
      .track(catchUp.then(() => outbound?.pumpAll()))
      .catch((error: unknown) => logger.error({ err: error }, 'Discord bridge round failed'))
      .finally(() => {
        pumping = undefined;
      });
  }, options.outboundPollMs);

  function build(): Client {
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
      ...options.clientOptions,
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
    const failed = (what: string) => (error: unknown) =>
      logger.error({ err: error }, `Discord ${what} failed`);

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
      failures = 0;
      void work.track(
        (async () => {
          await markConnected(db, clock.now()).catch(failed('status update'));
          if (env.discord.applicationId && made.application?.id !== env.discord.applicationId)
            logger.warn('DISCORD_APPLICATION_ID does not match the bot token');
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
      if (fatalCloseCodes.has(event.code)) void work.track(stop(made, event.code));
    });
    // The bot was removed from a server (an outage is GuildUnavailable, not this), or a linked
    // channel deleted: those links break at once, before anything is sent there in vain.
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
    outbound = out;
    inbound = into;
    return made;
  }

  /** Discord refused `made` for good: drop it, record why, tell the team once. */
  async function stop(made: Client, closeCode: number): Promise<void> {
    if (client !== made) return;
    client = undefined;
    stopped = true;
    logger.error({ closeCode }, 'Discord refused the bot for good; not retrying until fixed');
    await made.destroy();
    if (await markStopped(db, { closeCode, tokenFingerprint: fingerprint, now: clock.now() }))
      await tellStaff(env, (locale) => stoppedText(locale, closeCode));
  }

  /** While stopped: an admin asked to try again (or the row was cleared). */
  async function retryIfAsked(): Promise<void> {
    if (staysStopped(await readDiscordStatus(db), fingerprint) || closed || !stopped) return;
    stopped = false;
    failures = 0;
    logger.info('trying Discord again');
    await connect();
  }

  async function connect(): Promise<void> {
    if (closed) return;
    const status = await readDiscordStatus(db).catch(() => undefined);
    if (staysStopped(status, fingerprint)) {
      // Refused with this very token before (another node, or before a restart).
      stopped = true;
      return;
    }
    const next = build();
    let closeCode: number | undefined;
    next.on(Events.ShardDisconnect, (event) => {
      if (fatalCloseCodes.has(event.code)) closeCode = event.code;
    });
    client = next;
    try {
      await next.login(env.discord.token);
    } catch (error) {
      const fatal = fatalCodeOfLogin(error, closeCode);
      if (fatal !== undefined) return stop(next, fatal);
      // A client whose login failed is let go of, so nothing of it keeps running.
      await next.destroy().catch(() => undefined);
      if (client !== next) return;
      client = undefined;
      failures += 1;
      const delay = loginRetryDelayMs(error, failures, {
        baseMs: options.reconnectDelayMs,
        maxMs: options.reconnectMaxDelayMs,
        now: clock.now().getTime(),
      });
      logger.warn({ err: error, retryInMs: delay }, 'Discord login failed; trying again later');
      if (!closed) retry = setTimeout(() => void connect(), delay);
    }
  }

  void work.track(connect()).catch((error: unknown) => {
    logger.error({ err: error }, 'Discord start failed');
  });

  return {
    wake(roomId) {
      if (client?.isReady() && outbound) void work.track(outbound.wake(roomId));
    },
    wakeUpdates() {
      if (client?.isReady() && outbound) void work.track(outbound.wakeUpdates());
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(poll);
      const current = client;
      client = undefined;
      await current?.destroy();
      await work.settled();
    },
  };
}

import type { AreaContext, AreaFactory } from '../../server/area';
import type { MessageAbout } from '../../db/schema/messages';
import { linkedAccountOf } from '../../server/domain/discord/accounts';
import { queueDirectMessage } from '../../server/domain/discord/directOutbox';
import { messagesAbout, queueUpdate } from '../../server/domain/discord/messageMap';
import { readDiscordStatus } from '../../server/domain/discord/status';
import { discordRoutes } from '../../server/http/routes/discord';
import { presentDiscordStatus } from '../../server/presenters/discord';
import { defaultDiscordOptions, type DiscordOptions } from './options';

/**
 * The Discord area: with `DISCORD_TOKEN` set, the linking API, and on exactly one node (the
 * holder of the leader lock) the gateway connection. Without a token it is an empty area:
 * nothing is mounted, started or even loaded (discord.js is imported only when needed).
 */
export function discordAreaWith(overrides: Partial<DiscordOptions> = {}): AreaFactory {
  return async (ctx) => {
    const discord = ctx.deps.config.discord;
    if (!discord) return { name: 'discord' };
    return startDiscordArea(ctx, discord, { ...defaultDiscordOptions, ...overrides });
  };
}

export const discordArea: AreaFactory = discordAreaWith();

async function startDiscordArea(
  ctx: AreaContext,
  discord: NonNullable<AreaContext['deps']['config']['discord']>,
  options: DiscordOptions,
) {
  const { deps, bot, database } = ctx;
  const { db, dispatcher } = deps;
  const logger = deps.logger.child({ area: 'discord' });
  const [{ openDiscordConnection }, { createLeaderLock, runLeadership }, { discordExtensions }] =
    await Promise.all([import('./connection'), import('./leader'), import('./extensions')]);
  const env = { deps, bot, discord, options, logger };
  const extensions = discordExtensions(env);

  let connection: ReturnType<typeof openDiscordConnection> | undefined;
  const leadership = runLeadership({
    lock: await createLeaderLock(database),
    pollMs: options.leaderPollMs,
    logger,
    lead: async () => {
      connection = openDiscordConnection(env, extensions);
    },
    stepDown: async () => {
      const current = connection;
      connection = undefined;
      await current?.close();
    },
  });

  /** A record changed: the cards about it are edited on Discord (through the outbox). */
  async function refreshCards(about: MessageAbout): Promise<void> {
    let queued = false;
    for (const messageId of await messagesAbout(db, about))
      if (await queueUpdate(db, messageId)) queued = true;
    if (queued) connection?.wakeUpdates();
  }

  // Every node hears its own changes; the connected node sends them out (the others' through
  // the database: its timer finds rooms that are behind, and the outbox).
  const unsubscribe = [
    ...extensions.cardSources.map((source) => source(dispatcher, refreshCards)),
    dispatcher.subscribe('message.created', (event) => {
      if (event.message.meta.source !== 'discord') connection?.wake(event.message.channelId);
    }),
    // What Buurtbot starts privately (a burenbericht, a follow-up, aftercare, a consent or
    // mediation question, a notice) also goes by DM to whoever linked Discord, with the same
    // buttons. Whichever node made it queues it; the connected node sends it (now, when it is
    // this one; else on its next round).
    dispatcher.subscribe('concern.outreach', async (event) => {
      if (!(await linkedAccountOf(db, event.userId))) return;
      await queueDirectMessage(db, { messageId: event.messageId, userId: event.userId });
      connection?.wakeUpdates();
    }),
    dispatcher.subscribe('message.updated', async (event) => {
      if (await queueUpdate(db, event.message.id)) connection?.wakeUpdates();
    }),
  ];

  return {
    name: 'discord',
    routes: [{ path: '/discord', app: discordRoutes(deps) }],
    // For whoever runs Buurtkamer: a bot Discord refused for good shows here, with what to fix.
    readyDetail: async () => presentDiscordStatus(await readDiscordStatus(db), 'en'),
    async stop() {
      for (const off of unsubscribe) off();
      await leadership.stop();
    },
  };
}

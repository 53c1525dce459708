import type { Client } from 'discord.js';
import { findLinkByRoom, linksBehind } from '../../server/domain/discord/links';
import type { CardDecorator, RoomCardRenderer } from './cards';
import type { OutboundContext } from './copies';
import type { DiscordEnv } from './env';
import { DiscordUnavailable, pumpLink } from './outboundRooms';
import { drainOutboxes } from './outboundUpdates';
import type { Work } from './work';

/**
 * Buurtkamer to Discord. Each link remembers the last room message sent out, so whatever was
 * written while Discord (or this node) was away goes out afterwards, in order: people through
 * the channel's webhook under their own name, Buurtbot as the bot (cards in the staff channel).
 * Edits and deletions come from the outbox, written by whichever node made the change.
 */
export function createOutbound(
  env: DiscordEnv,
  client: Client,
  work: Work,
  cards: { decorators: readonly CardDecorator[]; roomCards: readonly RoomCardRenderer[] },
) {
  const ctx: OutboundContext = { env, client, ...cards };
  const { db } = env.deps;
  const { logger } = env;

  function quietly(task: Promise<void>): Promise<void> {
    return task.catch((error: unknown) => {
      if (error instanceof DiscordUnavailable)
        logger.warn({ err: error.message }, 'Discord unreachable; will retry');
      else logger.error({ err: error }, 'Discord bridge failed');
    });
  }

  return {
    /** Sends what a room has not sent out yet (a new message arrived there). */
    async wake(roomId: string): Promise<void> {
      const link = await findLinkByRoom(db, roomId);
      if (link) await quietly(work.serial(`out:${link.id}`, () => pumpLink(ctx, link.id)));
    },
    wakeUpdates(): Promise<void> {
      return quietly(work.serial('out:updates', () => drainOutboxes(ctx)));
    },
    /** Every link that is behind, then the outbox (on a timer and after reconnecting). */
    async pumpAll(): Promise<void> {
      for (const { link } of await linksBehind(db))
        await quietly(work.serial(`out:${link.id}`, () => pumpLink(ctx, link.id)));
      await quietly(work.serial('out:updates', () => drainOutboxes(ctx)));
    },
  };
}

export type Outbound = ReturnType<typeof createOutbound>;

import type { Deps } from '../../deps';
import { listReadableChannels } from '../../domain/channels/channels';
import { messagesAfter } from '../../domain/messages/messages';
import { syncRequestSchema } from '../../protocol/messages';
import { presentMessage } from '../../presenters/message';
import { presentChannel } from '../../presenters/project';
import { consume } from '../../limits/limiters';
import type { SocketEvents } from '../handle';
import { rooms } from '../rooms';

/** At most this many missed messages per call; the client calls again while `more` is true. */
const SYNC_BATCH = 500;

/**
 * `sync`: on every (re)connect the client sends its last sequence per channel and gets, from
 * the database, everything it missed, in order. Socket.IO alone delivers at most once; this
 * replay makes delivery complete, and client-side dedupe by sequence makes it exactly once.
 */
export function syncEvents(events: SocketEvents, { db, limiters }: Deps): void {
  events.request('sync', syncRequestSchema, async (input, socket) => {
    await consume(limiters.sync, socket.data.userId);
    const channels = await listReadableChannels(db, socket.data.userId);
    const readable = new Map(channels.map((c) => [c.id, c]));
    socket.join(channels.map((c) => rooms.channel(c.id)));
    const missed = [];
    let budget = SYNC_BATCH;
    let more = false;
    for (const [channelId, afterSeq] of positionsByChannel(input.positions)) {
      const channel = readable.get(channelId);
      if (!channel || channel.lastSeq <= afterSeq) continue;
      if (budget <= 0) {
        more = true;
        break;
      }
      const rows = await messagesAfter(db, channelId, afterSeq, budget);
      budget -= rows.length;
      if (rows.length > 0 && rows[rows.length - 1]!.seq < channel.lastSeq) more = true;
      missed.push(...rows);
    }
    return { channels: channels.map(presentChannel), messages: missed.map(presentMessage), more };
  });
}

/**
 * One position per channel: a channel named twice counts once, from the lower sequence (the
 * client gets everything either position missed, and the batch budget is spent once).
 */
function positionsByChannel(
  positions: readonly { channelId: string; afterSeq: number }[],
): Map<string, number> {
  const byChannel = new Map<string, number>();
  for (const { channelId, afterSeq } of positions)
    byChannel.set(channelId, Math.min(afterSeq, byChannel.get(channelId) ?? afterSeq));
  return byChannel;
}

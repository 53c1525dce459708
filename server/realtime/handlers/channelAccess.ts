import type { Executor } from '../../../db/database';
import { requireChannelAccess } from '../../domain/channels/channels';
import type { ChannelKind, Role } from '../../protocol/roles';
import type { IoSocket } from '../types';

/** What `message:send` needs to know of a channel the person may write. */
export interface WritableChannel {
  id: string;
  projectId: string;
  kind: ChannelKind;
  role: Role;
}

/** A socket that writes to more channels than this starts its list again (never unbounded). */
const MAX_PER_SOCKET = 32;

/**
 * The write check of `message:send`, remembered per socket. On PGlite every query costs the
 * server's own thread about a millisecond, and the same check for every message of a chat was
 * a quarter of the message path's database work.
 *
 * Only a granted check is remembered, and only for the life of the socket. That is the same
 * snapshot the socket's rooms are: a socket joins its rooms in the handshake, and whatever
 * changes what a person may read or write (an erased account, a new or lost membership, a
 * session that ends or expires) disconnects every socket of that person on every node
 * (`user.erased`, `user.access_changed`, `session.ended` in `dispatch/audiences/core.ts`). The
 * socket that comes back is a new one and asks the database again: a removed member stops
 * receiving and sending at once. A change that must take effect on connected sockets has to
 * publish one of those events, for the rooms as much as for this check.
 *
 * A channel deleted meanwhile (retention) makes the write itself fail; `forget` then drops the
 * entry, so the caller can ask the database again for the right answer.
 */
export function createChannelAccess(db: Executor) {
  // Keyed by the socket object: gone with it, and never part of `socket.data` (which
  // `fetchSockets` sends to other nodes).
  const granted = new WeakMap<IoSocket, Map<string, WritableChannel>>();

  return {
    async writable(socket: IoSocket, channelId: string): Promise<WritableChannel> {
      const known = granted.get(socket)?.get(channelId);
      if (known) return known;
      const channel = await requireChannelAccess(db, socket.data.userId, channelId, 'write');
      const entry: WritableChannel = {
        id: channel.id,
        projectId: channel.projectId,
        kind: channel.kind,
        role: channel.role,
      };
      // Not remembered for a socket that has gone meanwhile (its next life starts afresh).
      if (socket.connected) {
        let list = granted.get(socket);
        if (!list || list.size >= MAX_PER_SOCKET) {
          list = new Map();
          granted.set(socket, list);
        }
        list.set(channelId, entry);
      }
      return entry;
    },
    forget(socket: IoSocket, channelId: string): void {
      granted.get(socket)?.delete(channelId);
    },
  };
}

export type ChannelAccess = ReturnType<typeof createChannelAccess>;

import type { Server as HttpServer } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { Server } from 'socket.io';
import type { Deps } from '../deps';
import { clientAddress } from '../clientAddress';
import { authenticate } from '../domain/auth/sessions';
import { listReadableChannels, type ReadableChannel } from '../domain/channels/channels';
import { listMemberships } from '../domain/membership/memberships';
import { isStaffRole, type Role } from '../protocol/roles';
import type { Area } from '../area';
import { AppError, logUnexpected, presentError, toAppError, unauthenticated } from '../errors';
import type { Locale } from '../i18n/locale';
import { SESSION_COOKIE } from '../http/cookies';
import { SocketEvents } from './handle';
import { messageEvents } from './handlers/messages';
import { presenceEvents } from './handlers/presence';
import { syncEvents } from './handlers/sync';
import type { createPresence } from './presence';
import { rooms } from './rooms';
import type { IoServer, IoSocket } from './types';
import { coalesceWrites } from './coalesce';

/** Hard transport cap; payloads between 64 KB and this get a typed error, larger ones close the socket. */
const TRANSPORT_MAX_BYTES = 1_000_000;
const MAX_TIMER_MS = 2_147_483_647;

/** Socket.IO on the HTTP server's port: origin allow-list, no compression, generous but bounded buffers. */
export function createIoServer(
  httpServer: HttpServer,
  allowedOrigins: readonly string[],
): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    perMessageDeflate: false,
    httpCompression: false,
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    pingInterval: 25_000,
    pingTimeout: 20_000,
    // Browsers always send Origin on WebSocket and cross-origin requests; only those are checked.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin === undefined || allowedOrigins.includes(origin));
    },
  });
  coalesceWrites(io);
  return io;
}

type PresenceTracker = ReturnType<typeof createPresence>;

/**
 * Authenticates every handshake by its session cookie, works out the rooms the person may
 * be in (before the connection opens, so no early event is lost), then gives the socket the
 * one listener of the server's event table (returned, so tests can list the events). Each
 * handler authorises its own event again.
 */
export interface GatewayHooks {
  /**
   * Runs in the handshake with the channels the person can read, before their rooms are worked
   * out (e.g. to make a missing bot channel); returns true when it made a channel.
   */
  prepareUser?: (
    userId: string,
    projectIds: string[],
    channels: readonly ReadableChannel[],
  ) => Promise<boolean>;
  /** The areas' client events and the rooms their members join. */
  areas?: Pick<Area, 'socketEvents' | 'memberRooms'>[];
}

export function registerGateway(
  io: IoServer,
  deps: Deps,
  presence: PresenceTracker,
  hooks: GatewayHooks = {},
): SocketEvents {
  const { db, clock, config, logger } = deps;
  const areas = hooks.areas ?? [];
  const events = new SocketEvents(deps);
  messageEvents(events, deps);
  syncEvents(events, deps);
  presenceEvents(events, deps);
  for (const area of areas) area.socketEvents?.(events);
  const caps = socketCaps(deps);

  io.use(async (socket, next) => {
    const clientIp = socketAddress(socket, config.trustProxyHops);
    try {
      if (caps.full('address', clientIp)) {
        logger.warn({ ip: clientIp }, 'socket refused: too many for this address');
        return next(handshakeError(tooManySockets()));
      }
      const token = parseCookies(socket.handshake.headers.cookie ?? '', SESSION_COOKIE)[
        SESSION_COOKIE
      ];
      const auth = token ? await authenticate(db, clock, token, config.sessionTtlDays) : null;
      if (!auth) return next(handshakeError(unauthenticated()));
      if (caps.full('user', auth.user.id)) {
        logger.warn({ userId: auth.user.id }, 'socket refused: too many for this person');
        return next(handshakeError(tooManySockets(), auth.user.locale));
      }
      // Two reads at once: the handshake waits for one database round trip instead of two.
      const [memberships, readable] = await Promise.all([
        listMemberships(db, auth.user.id),
        listReadableChannels(db, auth.user.id),
      ]);
      let channels = readable;
      const projectIds = memberships.map((m) => m.projectId);
      if (await hooks.prepareUser?.(auth.user.id, projectIds, channels))
        channels = await listReadableChannels(db, auth.user.id);
      socket.data = {
        clientIp,
        userId: auth.user.id,
        sessionId: auth.session.id,
        sessionExpiresAt: auth.session.expiresAt.getTime(),
        locale: auth.user.locale,
        displayName: auth.user.displayName,
        projectIds,
        initialRooms: initialRooms(auth, memberships, channels, areas),
      };
      // Counted from here (nothing waits between this and the connection) until disconnect.
      if (caps.full('address', clientIp) || caps.full('user', auth.user.id))
        return next(handshakeError(tooManySockets(), auth.user.locale));
      caps.take(socket.id, auth.user.id, clientIp);
      next();
    } catch (error) {
      logUnexpected(logger, error, toAppError(error), { ip: clientIp }, 'socket handshake failed');
      next(handshakeError(error));
    }
  });

  io.on('connection', (socket) => {
    const { userId, projectIds } = socket.data;
    socket.join(socket.data.initialRooms);
    // Memory per socket (Socket.IO's own advice): the handshake has copied what it needs from
    // the first HTTP request, and the room list is only needed once.
    (socket.conn as { request?: unknown }).request = undefined;
    socket.data.initialRooms = [];
    events.attach(socket);
    presence.connected(userId, projectIds);
    const expiry = scheduleExpiry(socket, deps);
    socket.on('disconnect', () => {
      clearTimeout(expiry);
      caps.release(socket.id);
      presence.disconnected(userId, projectIds).catch((error: unknown) => {
        logger.warn({ err: error }, 'presence update failed');
      });
    });
  });
  return events;
}

/** The rooms a socket joins at once: its person, session, projects, staff rooms, channels. */
function initialRooms(
  auth: { user: { id: string }; session: { id: string } },
  memberships: readonly { projectId: string; role: Role }[],
  channels: readonly { id: string }[],
  areas: readonly Pick<Area, 'memberRooms'>[],
): string[] {
  return [
    rooms.user(auth.user.id),
    rooms.session(auth.session.id),
    ...memberships.map((m) => rooms.project(m.projectId)),
    ...memberships.filter((m) => isStaffRole(m.role)).map((m) => rooms.staff(m.projectId)),
    ...channels.map((c) => rooms.channel(c.id)),
    ...areas.flatMap((area) =>
      memberships.flatMap((m) => area.memberRooms?.(m.projectId, m.role) ?? []),
    ),
  ];
}

function handshakeError(error: unknown, locale: Locale = 'nl'): Error & { data: unknown } {
  const payload = presentError(error, locale);
  return Object.assign(new Error(payload.code), { data: payload });
}

const tooManySockets = () =>
  new AppError('rate_limited', undefined, undefined, { key: 'errors.too_many_sockets' });

/**
 * The caller's address, by the same rule as for HTTP requests (`server/clientAddress.ts`):
 * X-Forwarded-For counted from the right, only as far as our own proxies wrote it.
 */
function socketAddress(socket: IoSocket, hops: number): string {
  return clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], hops);
}

/**
 * Open sockets per person and per address on this node (settings: `limits.sockets`). A slot is
 * taken just before the connection opens and given back when it closes.
 */
function socketCaps(deps: Deps) {
  const { perUser, perAddress } = deps.limiters.sockets;
  const counts = { user: new Map<string, number>(), address: new Map<string, number>() };
  const held = new Map<string, { userId: string; address: string }>();
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const next = (map.get(key) ?? 0) + by;
    if (next <= 0) map.delete(key);
    else map.set(key, next);
  };
  return {
    full: (kind: 'user' | 'address', key: string) =>
      (counts[kind].get(key) ?? 0) >= (kind === 'user' ? perUser : perAddress),
    take(socketId: string, userId: string, address: string) {
      held.set(socketId, { userId, address });
      bump(counts.user, userId, 1);
      bump(counts.address, address, 1);
    },
    release(socketId: string) {
      const slot = held.get(socketId);
      if (!slot) return;
      held.delete(socketId);
      bump(counts.user, slot.userId, -1);
      bump(counts.address, slot.address, -1);
    },
  };
}

/** Closes the socket when its session expires (re-checking first: use may have renewed it). */
function scheduleExpiry(socket: IoSocket, deps: Deps): NodeJS.Timeout {
  const delay = Math.min(
    Math.max(socket.data.sessionExpiresAt - deps.clock.now().getTime(), 0),
    MAX_TIMER_MS,
  );
  return setTimeout(() => {
    socket.emit('session:ended', { reason: 'expired' });
    socket.disconnect(true);
  }, delay);
}

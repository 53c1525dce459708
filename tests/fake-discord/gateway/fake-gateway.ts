import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { EventLog } from '../event-log';
import { clientPayload, type IdentifyData, type RequestGuildMembersData } from './client-payloads';
import { GatewayEncoder, negotiate, type GatewayPayload } from './encoding';
import { GatewaySession, type GatewayConnection } from './session';

export type GatewayLogEntry =
  | { type: 'connect'; connectionId: number; path: string; query: Record<string, string> }
  /** An upgrade turned away while Discord is unreachable. */
  | { type: 'refused'; path: string }
  | {
      type: 'identify';
      connectionId: number;
      sessionId: string;
      intents: number;
      compress: boolean;
    }
  | {
      type: 'resume';
      connectionId: number;
      sessionId: string;
      seq: number | null;
      accepted: boolean;
      replayed: number;
    }
  | { type: 'heartbeat'; connectionId: number; seq: number | null; acked: boolean }
  | {
      type: 'dispatch';
      connectionId: number | null;
      sessionId: string;
      t: string;
      s: number;
      /** false: held for the session while no client was connected */
      delivered: boolean;
      replay: boolean;
    }
  | { type: 'invalid-session'; connectionId: number; resumable: boolean }
  /** An IDENTIFY closed at once (`refuseIdentify`), as Discord does for a bot it will not take. */
  | { type: 'identify-refused'; connectionId: number; code: number }
  | { type: 'client-op'; connectionId: number; op: number; d: unknown }
  | { type: 'close'; connectionId: number; code: number; by: 'client' | 'server'; reason?: string };

/** What the gateway needs from the rest of the fake to greet a client. */
export interface GatewayWorld {
  readonly token: string;
  readyData(session: GatewaySession, resumeGatewayUrl: string): unknown;
  /** GUILD_CREATE payloads for the guilds on this session's shard. */
  guildCreates(session: GatewaySession): unknown[];
  /** GUILD_MEMBERS_CHUNK for a Request Guild Members; null for an unknown guild. */
  membersChunk(request: RequestGuildMembersData): unknown;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  /** IDENTIFYs closed with `refuseIdentify`'s code (not counted in `identifies`). */
  refusedIdentifies: number;
  resumes: number;
  failedResumes: number;
  heartbeats: number;
}

const normalClientCloses = new Set([1000, 1001]);
/** Discord's close reasons for the codes `refuseIdentifyWith` is used with. */
const refusalReasons: Record<number, string> = {
  4004: 'Authentication failed.',
  4013: 'Invalid intent(s).',
  4014: 'Disallowed intent(s).',
};
const unresumableServerCloses = new Set([4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

/**
 * The WebSocket half of the fake: hello, heartbeats, identify -> READY + GUILD_CREATE,
 * resume -> replay + RESUMED, invalid session, reconnect requests and dispatches that
 * respect each session's intents.
 */
export class FakeGateway {
  readonly log = new EventLog<GatewayLogEntry>('gateway event');
  readonly sessions = new Map<string, GatewaySession>();
  readonly connections = new Set<GatewayConnection>();
  /** Answer heartbeats with op 11; turn off to make the client see a zombie connection. */
  ackHeartbeats = true;
  /**
   * Close every IDENTIFY with this code, as Discord does: 4014 when a privileged intent (Message
   * Content) is not switched on in the developer portal, 4004 for a token it no longer takes.
   */
  refuseIdentifyWith: number | null = null;
  /**
   * `session_start_limit` of `GET gateway/bot`: every IDENTIFY (refused ones too) uses one.
   * Discord allows 1000 a day and resets the token of a bot that uses them all.
   */
  readonly sessionStartLimit = { total: 1000, remaining: 1000, resetAfterMs: 86_400_000 };
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private nextConnectionId = 1;
  private baseUrl = '';

  constructor(
    private readonly world: GatewayWorld,
    private readonly heartbeatIntervalMs: number,
  ) {}

  setBaseUrl(baseUrl: string): void {
    this.baseUrl = baseUrl;
  }

  /** What GET /gateway/bot returns as `url`. */
  get url(): string {
    return `${this.baseUrl}/gateway`;
  }

  /** What READY carries as `resume_gateway_url`; discord.js resumes there. */
  get resumeUrl(): string {
    return `${this.baseUrl}/gateway-resume`;
  }

  get stats(): GatewayStats {
    const entries = this.log.entries;
    const count = (type: GatewayLogEntry['type']) => entries.filter((e) => e.type === type).length;
    return {
      connections: count('connect'),
      identifies: count('identify'),
      refusedIdentifies: count('identify-refused'),
      resumes: entries.filter((e) => e.type === 'resume' && e.accepted).length,
      failedResumes: entries.filter((e) => e.type === 'resume' && !e.accepted).length,
      heartbeats: count('heartbeat'),
    };
  }

  /** While Discord is "down": answer the upgrade with 503, as Discord's edge does. */
  refuseUpgrade(request: IncomingMessage, socket: Duplex): void {
    this.log.record({ type: 'refused', path: new URL(request.url ?? '/', 'http://fake').pathname });
    socket.end(
      'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    url.pathname = url.pathname.replace(/\/$/, '');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway-resume') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, url));
  }

  /**
   * Sends a dispatch to every session whose intents include `intent` (null: no intent
   * needed). `dataFor` may tailor or withhold (null) the payload per session. Sessions
   * without a connection keep it for a later RESUME, as Discord does.
   */
  dispatch(t: string, intent: number | null, dataFor: (session: GatewaySession) => unknown): void {
    for (const session of this.sessions.values()) {
      if (!session.resumable || !session.hasIntent(intent)) continue;
      const data = dataFor(session);
      if (data === null) continue;
      this.deliver(session, session.stamp(t, data), false);
    }
  }

  /** Drops every client connection: abruptly (1006 on the client) or with a close code. */
  drop(code?: number): void {
    for (const connection of [...this.connections]) this.dropConnection(connection, code);
  }

  /** Op 7: asks clients to reconnect and resume. */
  requestReconnect(): void {
    this.broadcast({ op: 7, d: null, s: null, t: null });
  }

  /** Op 1: asks clients for an immediate heartbeat. */
  requestHeartbeat(): void {
    this.broadcast({ op: 1, d: null, s: null, t: null });
  }

  /** Op 9 on every live connection; when not resumable the sessions are gone for good. */
  invalidateSessions(resumable: boolean): void {
    for (const connection of this.connections) {
      if (!connection.session) continue;
      if (!resumable) connection.session.resumable = false;
      this.send(connection, { op: 9, d: resumable, s: null, t: null });
      this.log.record({ type: 'invalid-session', connectionId: connection.id, resumable });
    }
  }

  /** Makes every existing session unresumable (as if it timed out while the client was away). */
  expireSessions(): void {
    for (const session of this.sessions.values()) session.resumable = false;
  }

  async close(): Promise<void> {
    this.drop();
    this.log.close();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket, url: URL): void {
    const negotiated = negotiate(url);
    const connection: GatewayConnection = {
      id: this.nextConnectionId++,
      socket,
      encoder: new GatewayEncoder(negotiated.ok ? negotiated.transport : 'none'),
      session: null,
      droppedByServer: false,
    };
    this.connections.add(connection);
    this.log.record({
      type: 'connect',
      connectionId: connection.id,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
    });
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => undefined);
    if (!negotiated.ok) {
      this.dropConnection(connection, negotiated.code, negotiated.reason);
      return;
    }
    socket.on('message', (data, isBinary) => this.onMessage(connection, data, isBinary));
    this.send(connection, {
      op: 10,
      d: { heartbeat_interval: this.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private onMessage(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    let json: unknown;
    try {
      json = isBinary ? undefined : JSON.parse(rawText(data));
    } catch {
      json = undefined;
    }
    if (json === undefined)
      return this.dropConnection(connection, 4002, 'Error while decoding payload.');
    const parsed = clientPayload.safeParse(json);
    if (!parsed.success)
      return this.dropConnection(connection, 4001, 'Unknown opcode or bad payload.');
    const payload = parsed.data;
    switch (payload.op) {
      case 1:
        this.log.record({
          type: 'heartbeat',
          connectionId: connection.id,
          seq: payload.d,
          acked: this.ackHeartbeats,
        });
        if (this.ackHeartbeats) this.send(connection, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        return this.identify(connection, payload.d);
      case 6:
        return this.resume(connection, payload.d.token, payload.d.session_id, payload.d.seq);
      case 8: {
        const session = connection.session;
        if (!session) return this.dropConnection(connection, 4003, 'Not authenticated.');
        this.log.record({
          type: 'client-op',
          connectionId: connection.id,
          op: payload.op,
          d: payload.d,
        });
        const chunk = this.world.membersChunk(payload.d);
        if (chunk !== null)
          this.deliver(session, session.stamp('GUILD_MEMBERS_CHUNK', chunk), false);
        return;
      }
      default:
        if (!connection.session) return this.dropConnection(connection, 4003, 'Not authenticated.');
        this.log.record({
          type: 'client-op',
          connectionId: connection.id,
          op: payload.op,
          d: payload.d,
        });
    }
  }

  private identify(connection: GatewayConnection, identify: IdentifyData): void {
    this.sessionStartLimit.remaining = Math.max(0, this.sessionStartLimit.remaining - 1);
    if (this.refuseIdentifyWith !== null) {
      const code = this.refuseIdentifyWith;
      this.log.record({ type: 'identify-refused', connectionId: connection.id, code });
      return this.dropConnection(connection, code, refusalReasons[code] ?? 'Refused.');
    }
    if (identify.token.replace(/^Bot /, '') !== this.world.token) {
      return this.dropConnection(connection, 4004, 'Authentication failed.');
    }
    if (connection.session) return this.dropConnection(connection, 4005, 'Already authenticated.');
    const shard = identify.shard ?? [0, 1];
    // A new session for a shard replaces a disconnected one, so abandoned sessions stop collecting events.
    for (const old of this.sessions.values()) {
      if (old.connection === null && old.shard[0] === shard[0] && old.shard[1] === shard[1]) {
        old.resumable = false;
      }
    }
    const session = new GatewaySession(randomBytes(16).toString('hex'), identify.intents, shard);
    this.sessions.set(session.id, session);
    connection.session = session;
    connection.encoder.payloadCompression = identify.compress === true;
    session.connection = connection;
    this.log.record({
      type: 'identify',
      connectionId: connection.id,
      sessionId: session.id,
      intents: identify.intents,
      compress: identify.compress === true,
    });
    this.deliver(
      session,
      session.stamp('READY', this.world.readyData(session, this.resumeUrl)),
      false,
    );
    if (!session.hasIntent(1)) return;
    for (const guild of this.world.guildCreates(session)) {
      this.deliver(session, session.stamp('GUILD_CREATE', guild), false);
    }
  }

  private resume(
    connection: GatewayConnection,
    token: string,
    sessionId: string,
    seq: number | null,
  ): void {
    const session = this.sessions.get(sessionId);
    const accepted =
      session !== undefined && session.resumable && token.replace(/^Bot /, '') === this.world.token;
    if (!accepted || !session) {
      this.log.record({
        type: 'resume',
        connectionId: connection.id,
        sessionId,
        seq,
        accepted: false,
        replayed: 0,
      });
      this.log.record({ type: 'invalid-session', connectionId: connection.id, resumable: false });
      this.send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    if ((seq ?? 0) > session.sequence) return this.dropConnection(connection, 4007, 'Invalid seq.');
    const previous = session.connection;
    if (previous && previous !== connection) this.dropConnection(previous, 4000);
    connection.session = session;
    session.connection = connection;
    const missed = session.missedSince(seq);
    this.log.record({
      type: 'resume',
      connectionId: connection.id,
      sessionId,
      seq,
      accepted: true,
      replayed: missed.length,
    });
    for (const payload of missed) this.deliver(session, payload, true);
    this.deliver(session, session.stamp('RESUMED', {}), false);
  }

  private deliver(session: GatewaySession, payload: GatewayPayload, replay: boolean): void {
    const connection = session.connection;
    const delivered =
      connection !== null && connection.socket.readyState === connection.socket.OPEN;
    if (delivered) this.send(connection, payload);
    this.log.record({
      type: 'dispatch',
      connectionId: delivered ? connection.id : null,
      sessionId: session.id,
      t: payload.t ?? '',
      s: payload.s ?? 0,
      delivered,
      replay,
    });
  }

  private send(connection: GatewayConnection, payload: GatewayPayload): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    connection.socket.send(connection.encoder.encode(payload));
  }

  private broadcast(payload: GatewayPayload): void {
    for (const connection of this.connections) this.send(connection, payload);
  }

  private dropConnection(connection: GatewayConnection, code?: number, reason?: string): void {
    if (connection.droppedByServer) return;
    connection.droppedByServer = true;
    this.detach(connection);
    if (connection.session && code !== undefined && unresumableServerCloses.has(code)) {
      connection.session.resumable = false;
    }
    this.log.record({
      type: 'close',
      connectionId: connection.id,
      code: code ?? 1006,
      by: 'server',
      ...(reason ? { reason } : {}),
    });
    if (code === undefined) connection.socket.terminate();
    else connection.socket.close(code, reason);
  }

  private onClose(connection: GatewayConnection, code: number): void {
    this.detach(connection);
    if (connection.droppedByServer) return;
    if (connection.session && normalClientCloses.has(code)) connection.session.resumable = false;
    this.log.record({ type: 'close', connectionId: connection.id, code, by: 'client' });
  }

  private detach(connection: GatewayConnection): void {
    this.connections.delete(connection);
    if (connection.session?.connection === connection) connection.session.connection = null;
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

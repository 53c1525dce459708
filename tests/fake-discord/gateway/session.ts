import type { WebSocket } from 'ws';
import type { GatewayEncoder, GatewayPayload } from './encoding';

/** One live WebSocket to the gateway. */
export interface GatewayConnection {
  id: number;
  socket: WebSocket;
  encoder: GatewayEncoder;
  /** The session this connection identified or resumed; null until then. */
  session: GatewaySession | null;
  /** Set when the fake itself dropped the socket, so its close event is not read as the client's. */
  droppedByServer: boolean;
}

/**
 * A gateway session as Discord keeps it: a sequence counter and every dispatch sent
 * (or held while the client was away), so a RESUME can replay what was missed.
 */
export class GatewaySession {
  sequence = 0;
  readonly sent: GatewayPayload[] = [];
  connection: GatewayConnection | null = null;
  /** False once Discord would refuse to resume it (closed normally, invalidated, expired). */
  resumable = true;

  constructor(
    readonly id: string,
    readonly intents: number,
    readonly shard: readonly [number, number],
  ) {}

  hasIntent(bit: number | null): boolean {
    return bit === null || (this.intents & bit) !== 0;
  }

  /** Assigns the next sequence number and keeps the payload for replay. */
  stamp(t: string, d: unknown): GatewayPayload {
    this.sequence += 1;
    const payload: GatewayPayload = { op: 0, t, s: this.sequence, d: structuredClone(d) };
    this.sent.push(payload);
    return payload;
  }

  /** Dispatches after `seq`, for a RESUME; READY and RESUMED belong to their connection and are not replayed. */
  missedSince(seq: number | null): GatewayPayload[] {
    return this.sent.filter(
      (payload) =>
        (payload.s ?? 0) > (seq ?? 0) && payload.t !== 'READY' && payload.t !== 'RESUMED',
    );
  }
}

import { constants, inflateSync } from 'node:zlib';
import { WebSocket, type RawData } from 'ws';
import { z } from 'zod';
import { CONDITION_WAIT_MS } from '../../support/waits';

const gatewayPayload = z.object({
  op: z.number(),
  d: z.unknown(),
  s: z.number().nullable(),
  t: z.string().nullable(),
});

export type RawPayload = z.infer<typeof gatewayPayload>;

/**
 * A bare WebSocket gateway client for protocol-level tests of the fake: records every
 * payload (inflating a `zlib-stream` connection as one continuous stream) and the close code.
 */
export class RawGatewayClient {
  readonly payloads: RawPayload[] = [];
  readonly frames: Buffer[] = [];
  readonly closed: Promise<number>;
  private readonly socket: WebSocket;
  private inflatedLength = 0;
  private listeners = new Set<() => void>();

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    this.closed = new Promise((resolve) => this.socket.on('close', (code) => resolve(code)));
  }

  async opened(): Promise<void> {
    if (this.socket.readyState === WebSocket.OPEN) return;
    await new Promise<void>((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  send(payload: unknown): void {
    this.socket.send(JSON.stringify(payload));
  }

  /** The first payload (received so far or later) matching the predicate. */
  next(
    predicate: (payload: RawPayload) => boolean,
    timeoutMs = CONDITION_WAIT_MS,
  ): Promise<RawPayload> {
    const found = this.payloads.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error('no matching gateway payload'));
      }, timeoutMs);
      const check = () => {
        const match = this.payloads.find(predicate);
        if (!match) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(match);
      };
      this.listeners.add(check);
    });
  }

  close(): void {
    this.socket.close(1000);
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    const buffer = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
        ? Buffer.from(data)
        : data;
    let text: string;
    if (isBinary) {
      this.frames.push(buffer);
      // Inflate everything so far as one stream: proves the frames continue a single zlib context.
      const all = inflateSync(Buffer.concat(this.frames), { finishFlush: constants.Z_SYNC_FLUSH });
      text = all.subarray(this.inflatedLength).toString('utf8');
      this.inflatedLength = all.length;
    } else {
      text = buffer.toString('utf8');
    }
    this.payloads.push(gatewayPayload.parse(JSON.parse(text)));
    for (const listener of [...this.listeners]) listener();
  }
}

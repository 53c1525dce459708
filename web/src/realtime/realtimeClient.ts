import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import type { Ack, ErrorPayload } from '../../../server/protocol/errors';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SyncResult,
} from '../../../server/protocol/events';
import type { Message } from '../../../server/protocol/messages';
import type { Channel } from '../../../server/protocol/projects';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionStatus = 'connecting' | 'online' | 'offline';

/** A refused request: the server's typed error. */
export class RequestError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
  }
}

export function unwrap<T>(response: Ack<T>): T {
  if ('error' in response) throw new RequestError(response.error);
  return response.data;
}

/** Socket options that make sends reliable: the client's retry queue resends until acknowledged. */
export const reliableSocketOptions: Partial<ManagerOptions & SocketOptions> = {
  retries: Number.POSITIVE_INFINITY,
  ackTimeout: 10_000,
  transports: ['websocket'],
};

/**
 * How long a send waits before it is offered again after an `unavailable` answer (the server
 * is briefly without its database), attempt after attempt: about half a minute in all. After
 * that the refusal reaches the page, which shows it and lets the person send again.
 */
export const UNAVAILABLE_RETRY_MS: readonly number[] = [1000, 2000, 4000, 8000, 15_000];

/**
 * Exactly-once, in-order delivery on top of Socket.IO (at most once on its own):
 * - every message carries a per-channel sequence number; this client delivers each channel's
 *   messages strictly in order, dropping duplicates and holding back early arrivals;
 * - a gap, and every (re)connect, triggers `sync`, which replays what was missed from the
 *   server's database;
 * - sends carry a client-generated id and go through Socket.IO's retry queue, so a send made
 *   offline or lost in a disconnect is resent until acknowledged and stored once; a send the
 *   server answers `unavailable` is offered again with the same id after a pause, and a
 *   catch-up (`sync`) refused that way is asked again for as long as the socket is connected.
 * Platform-free: the web client and the tests use it alike.
 */
export class RealtimeClient {
  private readonly delivered = new Map<string, number>();
  private readonly early = new Map<string, Map<number, Message>>();
  private readonly messageListeners = new Set<(message: Message) => void>();
  private readonly updateListeners = new Set<(message: Message) => void>();
  private readonly channelListeners = new Set<(channels: Channel[]) => void>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly retryListeners = new Set<(refusal: ErrorPayload) => void>();
  private syncing: Promise<void> | undefined;
  private syncAgain = false;
  status: ConnectionStatus = 'connecting';
  channels: Channel[] = [];

  constructor(
    readonly socket: ClientSocket,
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly unavailableRetryMs: readonly number[] = UNAVAILABLE_RETRY_MS,
  ) {
    socket.on('connect', () => {
      this.setStatus('online');
      void this.sync();
    });
    socket.on('disconnect', () => this.setStatus('offline'));
    socket.on('message:new', (message) => this.receive(message));
    socket.on('message:updated', (message) => {
      for (const listener of this.updateListeners) listener(message);
    });
    socket.on('channel:added', (channel) => {
      if (!this.channels.some((c) => c.id === channel.id))
        this.setChannels([...this.channels, channel]);
      if (!this.delivered.has(channel.id)) this.delivered.set(channel.id, 0);
      void this.sync();
    });
    if (socket.connected) {
      this.setStatus('online');
      void this.sync();
    }
  }

  onMessage(listener: (message: Message) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  /** An edited or deleted message (same id and sequence as the one delivered before). */
  onMessageUpdated(listener: (message: Message) => void): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  onChannels(listener: (channels: Channel[]) => void): () => void {
    this.channelListeners.add(listener);
    return () => this.channelListeners.delete(listener);
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** A send or catch-up was refused for now (`unavailable`) and will be asked again. */
  onRetry(listener: (refusal: ErrorPayload) => void): () => void {
    this.retryListeners.add(listener);
    return () => this.retryListeners.delete(listener);
  }

  /** The last sequence delivered in a channel (after loading history, set it with `startAt`). */
  position(channelId: string): number | undefined {
    return this.delivered.get(channelId);
  }

  /** Starts delivery of a channel after a sequence number (e.g. the newest message of the loaded history). */
  startAt(channelId: string, seq: number): void {
    const current = this.delivered.get(channelId);
    if (current === undefined || seq > current) this.delivered.set(channelId, seq);
  }

  /**
   * Sends a message; resolves with the stored message once the server has it (exactly once).
   * `choice` is the value of a pressed Buurtbot button (the body is its label).
   */
  async send(
    channelId: string,
    body: string,
    options: { clientId?: string; choice?: string } = {},
  ): Promise<Message> {
    const payload = {
      channelId,
      clientId: options.clientId ?? this.newId(),
      body,
      ...(options.choice ? { choice: options.choice } : {}),
    };
    const message = await this.whileUnavailable(
      async () => unwrap(await this.socket.emitWithAck('message:send', payload)),
      (attempt) => this.unavailableRetryMs[attempt],
    );
    this.receive(message);
    return message;
  }

  /** Fetches everything missed since the known positions; repeats while the server has more. */
  sync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = this.runSync().finally(() => {
      this.syncing = undefined;
      if (this.syncAgain) {
        this.syncAgain = false;
        void this.sync();
      }
    });
    return this.syncing;
  }

  private async runSync(): Promise<void> {
    let more = true;
    while (more && this.socket.connected) {
      const positions = [...this.delivered].map(([channelId, afterSeq]) => ({
        channelId,
        afterSeq,
      }));
      let result: SyncResult;
      try {
        // Refused for now (`unavailable`): asked again while connected, or nothing new would
        // show until the next reconnect.
        result = await this.whileUnavailable(
          async () => unwrap(await this.socket.emitWithAck('sync', { positions })),
          (attempt) =>
            this.socket.connected
              ? (this.unavailableRetryMs[attempt] ?? this.unavailableRetryMs.at(-1))
              : undefined,
        );
      } catch {
        return; // disconnected or refused: the next connect syncs again
      }
      for (const channel of result.channels) {
        if (!this.delivered.has(channel.id)) this.delivered.set(channel.id, channel.lastSeq);
      }
      this.setChannels(result.channels);
      for (const message of result.messages) this.receive(message);
      more = result.more;
    }
  }

  /**
   * Calls `request` again while the server answers `unavailable` (briefly without its
   * database), after the pause `pauseAfter` gives for each attempt; gives up when it gives none.
   */
  private async whileUnavailable<T>(
    request: () => Promise<T>,
    pauseAfter: (attempt: number) => number | undefined,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request();
      } catch (error) {
        if (!(error instanceof RequestError) || error.payload.code !== 'unavailable') throw error;
        const pause = pauseAfter(attempt);
        if (pause === undefined) throw error;
        for (const listener of this.retryListeners) listener(error.payload);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  private receive(message: Message): void {
    const last = this.delivered.get(message.channelId);
    if (last === undefined) return; // a channel we do not follow yet; sync will set it up
    if (message.seq <= last) return;
    if (message.seq > last + 1) {
      const waiting = this.early.get(message.channelId) ?? new Map<number, Message>();
      waiting.set(message.seq, message);
      this.early.set(message.channelId, waiting);
      void this.sync();
      return;
    }
    this.deliver(message);
    const waiting = this.early.get(message.channelId);
    let next = waiting?.get(message.seq + 1);
    while (waiting && next) {
      waiting.delete(next.seq);
      this.deliver(next);
      next = waiting.get(next.seq + 1);
    }
    for (const seq of waiting?.keys() ?? [])
      if (seq <= (this.delivered.get(message.channelId) ?? 0)) waiting?.delete(seq);
  }

  private deliver(message: Message): void {
    this.delivered.set(message.channelId, message.seq);
    for (const listener of this.messageListeners) listener(message);
  }

  private setChannels(channels: Channel[]): void {
    this.channels = channels;
    for (const listener of this.channelListeners) listener(channels);
  }

  private setStatus(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}

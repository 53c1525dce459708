import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger';

/** How long a cross-node request (fetchSockets for presence) waits for the other nodes. */
const REQUESTS_TIMEOUT_MS = 3000;
/** How long start-up waits for Redis before serving local clients only (it keeps retrying). */
const CONNECT_WAIT_MS = 5000;

export type RedisClient = ReturnType<typeof createClient>;
type AdapterFactory = ReturnType<typeof createAdapter>;

export interface ScaleOut {
  /** Pass to `io.adapter()` before any client connects. */
  adapter: AdapterFactory;
  /** True while both Redis connections are up and nodes share rooms. */
  connected(): boolean;
  /**
   * A Redis connection for counters the nodes share (rate limits). It fails fast while Redis is
   * away (no offline queue), so callers can fall back at once.
   */
  store: RedisClient;
  close(): Promise<void>;
}

/**
 * Socket.IO across nodes through the official Redis (pub/sub) adapter.
 *
 * Chosen over the Redis Streams adapter because its broadcast delivers to this node's own
 * sockets at once, without waiting for Redis: the message path gains no Redis round trip, and
 * a node keeps serving its own clients while Redis is down. Exactly-once delivery does not
 * come from Socket.IO here (it is at most once, with either adapter) but from the database:
 * the per-channel sequence and the client's `sync` on every reconnect, which also covers a
 * client moving to another node - the one thing the Streams adapter's connection-state
 * recovery would add.
 *
 * While Redis is unreachable the node works alone: broadcasts reach only its own sockets (the
 * publishing side drops them instead of queueing without bound), and cross-node requests such
 * as `fetchSockets` answer from this node only. Connection problems are logged once per
 * outage; the clients reconnect by themselves and the subscriptions are restored.
 */
export async function connectRedisAdapter(
  url: string,
  options: { logger: Logger; keyPrefix: string },
): Promise<ScaleOut> {
  const { logger } = options;
  const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 2000);
  const pub = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy, connectTimeout: 2000 },
  });
  // The subscriber keeps its (small) queue of subscriptions until Redis is there.
  const sub = pub.duplicate({ disableOfflineQueue: false });

  const health = watchHealth(logger, { pub, sub });
  const connecting = Promise.all([pub.connect(), sub.connect()]);
  connecting.catch((error: unknown) => logger.error({ err: error }, 'redis connect gave up'));

  const adapter = createAdapter(guardPublisher(pub, health.dropped), guardSubscriber(sub), {
    key: options.keyPrefix,
    requestsTimeout: REQUESTS_TIMEOUT_MS,
  });

  const wait = new Promise<'timeout'>((resolve) => {
    setTimeout(() => resolve('timeout'), CONNECT_WAIT_MS).unref();
  });
  if ((await Promise.race([connecting, wait])) === 'timeout') {
    logger.warn('redis not reachable yet: serving this node only until it is');
  }

  return {
    adapter,
    connected: () => pub.isReady && sub.isReady,
    store: pub,
    async close() {
      health.stop();
      // `close` waits for queued commands, which never finish while Redis is away.
      await Promise.allSettled(
        [pub, sub].map(async (client) => (client.isReady ? client.close() : client.destroy())),
      );
    },
  };
}

/** Logs the first error of an outage and the recovery, never one line per failed command. */
function watchHealth(logger: Logger, clients: Record<'pub' | 'sub', RedisClient>) {
  const down = new Set<string>();
  let droppedDuringOutage = 0;
  let stopped = false;
  for (const [role, client] of Object.entries(clients)) {
    client.on('error', (error: unknown) => {
      if (stopped || down.has(role)) return;
      down.add(role);
      logger.warn({ err: error, redis: role }, 'redis connection lost: serving this node only');
    });
    client.on('ready', () => {
      if (!down.delete(role)) return;
      logger.info({ redis: role, dropped: droppedDuringOutage }, 'redis connection restored');
      if (down.size === 0) droppedDuringOutage = 0;
    });
  }
  return {
    dropped() {
      droppedDuringOutage += 1;
    },
    stop() {
      stopped = true;
    },
  };
}

/**
 * The adapter fires `publish` without awaiting it and asks `PUBSUB NUMSUB` how many nodes to
 * wait for. While Redis is down those would reject (an unhandled rejection) or hang; here a
 * publish is dropped and counted, and the node count is one: this node alone.
 */
function guardPublisher(client: RedisClient, dropped: () => void): RedisClient {
  const publish = async (channel: string, message: Buffer | string): Promise<number> => {
    if (!client.isReady) {
      dropped();
      return 0;
    }
    try {
      return await client.publish(channel, message);
    } catch {
      dropped();
      return 0;
    }
  };
  const sendCommand = async (args: string[]): Promise<unknown> => {
    const thisNodeOnly = [args[2] ?? '', 1];
    if (!client.isReady) return thisNodeOnly;
    try {
      return await client.sendCommand(args);
    } catch {
      return thisNodeOnly;
    }
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish') return publish;
      if (property === 'sendCommand') return sendCommand;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The adapter does not await its (un)subscribe calls either. They wait in the subscriber's
 * queue while Redis is away and are rejected when the client is destroyed at shutdown; caught
 * here, so that is not an unhandled rejection. The client restores subscriptions itself.
 */
function guardSubscriber(client: RedisClient): RedisClient {
  const guarded = new Set(['subscribe', 'pSubscribe', 'unsubscribe', 'pUnsubscribe']);
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (typeof property !== 'string' || !guarded.has(property)) return bound;
      return (...args: unknown[]) => Promise.resolve(bound(...args)).catch(() => undefined);
    },
  });
}

import type { DatabaseHandle } from '../../db/database';
import type { Logger } from '../../server/logger';

/** Fixed key of the PostgreSQL advisory lock held by the node with the Discord connection. */
const DISCORD_LEADER_KEY = 7_340_113;

/** Exactly one holder at a time; `held` re-checks that the holder still has it. */
export interface LeaderLock {
  tryAcquire(): Promise<boolean>;
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * PostgreSQL: a session advisory lock on a connection of its own (not the pool, whose
 * connections come and go). The lock goes when that session ends, so a dead node lets go by
 * itself. PGlite is one process on one data folder: there the lock is a flag per database
 * handle, so two apps on one handle (tests) still take turns.
 */
export async function createLeaderLock(database: DatabaseHandle): Promise<LeaderLock> {
  if (database.engine === 'postgres' && database.url) return postgresLock(database.url);
  return inProcessLock(database.db);
}

async function postgresLock(url: string): Promise<LeaderLock> {
  const { default: postgres } = await import('postgres');
  const session = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: 0,
    connect_timeout: 10,
    onnotice: () => {},
  });
  const held = async () => {
    const [row] = await session<{ held: boolean }[]>`
      select exists(
        select 1 from pg_locks
        where locktype = 'advisory' and pid = pg_backend_pid() and granted
          and classid = 0 and objid = ${DISCORD_LEADER_KEY} and objsubid = 1
      ) as held`;
    return row?.held === true;
  };
  return {
    held: () => held().catch(() => false),
    async tryAcquire() {
      try {
        if (await held()) return true;
        const [row] = await session<{ ok: boolean }[]>`
          select pg_try_advisory_lock(${DISCORD_LEADER_KEY}::bigint) as ok`;
        return row?.ok === true;
      } catch {
        return false;
      }
    },
    release: () => session.end({ timeout: 2 }),
  };
}

const inProcessHolders = new WeakMap<object, symbol>();

function inProcessLock(key: object): LeaderLock {
  const me = Symbol('discord-leader');
  return {
    async tryAcquire() {
      const holder = inProcessHolders.get(key);
      if (holder && holder !== me) return false;
      inProcessHolders.set(key, me);
      return true;
    },
    async held() {
      return inProcessHolders.get(key) === me;
    },
    async release() {
      if (inProcessHolders.get(key) === me) inProcessHolders.delete(key);
    },
  };
}

/**
 * Keeps trying to become the leader, and notices when the lock is lost (the lock's session
 * died): `lead` runs when this node takes over, `stepDown` when it loses the lock or stops.
 */
export function runLeadership(options: {
  lock: LeaderLock;
  pollMs: number;
  logger: Logger;
  lead: () => Promise<void>;
  stepDown: () => Promise<void>;
}) {
  const { lock, pollMs, logger } = options;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tick() {
    if (stopped) return;
    if (leading) {
      if (await lock.held()) return;
      leading = false;
      logger.warn('lost the Discord leader lock; disconnecting');
      await options.stepDown();
      return;
    }
    if (!(await lock.tryAcquire()) || stopped) return;
    leading = true;
    logger.info('this node holds the Discord connection');
    await options.lead();
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => logger.error({ err: error }, 'Discord leadership check failed'))
        .finally(schedule);
    }, pollMs);
  }

  running = tick()
    .catch((error: unknown) => logger.error({ err: error }, 'Discord leadership check failed'))
    .finally(schedule);

  return {
    isLeader: () => leading,
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
      if (leading) {
        leading = false;
        await options.stepDown();
      }
      await lock.release();
    },
  };
}

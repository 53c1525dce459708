import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { hashSecret } from '../domain/auth/tokens';
import { rateLimited } from '../errors';
import type { RedisClient } from '../realtime/adapter';

/**
 * Per-user and per-IP budgets: a steady rate plus a burst allowance (rate-limiter-flexible's
 * BurstyRateLimiter, which behaves like a token bucket). With Redis the budgets are shared by
 * all nodes, so a second tab on another node does not double them; while Redis is away each
 * node counts alone (the insurance limiter) until it is back.
 */
export interface LimitSettings {
  /** Chat messages per user. */
  messages: { points: number; seconds: number; burst: number };
  /** Reports, care signals, sign-ups per user. */
  actions: { points: number; seconds: number; burst: number };
  /**
   * Failed password logins. Never a lock on the account: a guesser is refused per address (any
   * account) and per address and account; from many addresses an account is only slowed down
   * (`perAccount`: above `points` failures every attempt on it waits `delayMs` first), so the
   * right password from another address still works. See docs/RELIABILITY.md.
   */
  login: {
    perAddress: { points: number; seconds: number };
    perAddressAccount: { points: number; seconds: number };
    perAccount: { points: number; seconds: number; delayMs: number };
  };
  /**
   * Invite previews and redemptions. `perAddress` counts only refusals (a code that does not
   * exist, has expired or is used up): a guesser is stopped, while a kick-off evening where sixty
   * neighbours join over one Wi-Fi (one address) is never refused. `perCode` counts every
   * preview and redemption of one code, so a leaked code cannot be hammered.
   */
  invites: {
    perAddress: { points: number; seconds: number };
    perCode: { points: number; seconds: number };
  };
  /** `sync` requests per user (each one reads the database for every channel asked). */
  sync: { points: number; seconds: number; burst: number };
  /**
   * Open sockets at once, per person and per address, counted on each node. A connection over
   * the cap is refused in the handshake with `rate_limited` and a message saying why.
   */
  sockets: { perUser: number; perAddress: number };
}

export const defaultLimits: LimitSettings = {
  messages: { points: 10, seconds: 10, burst: 10 },
  actions: { points: 10, seconds: 60, burst: 5 },
  login: {
    perAddress: { points: 30, seconds: 900 },
    perAddressAccount: { points: 5, seconds: 900 },
    perAccount: { points: 10, seconds: 900, delayMs: 3000 },
  },
  invites: {
    perAddress: { points: 30, seconds: 900 },
    perCode: { points: 300, seconds: 900 },
  },
  sync: { points: 30, seconds: 10, burst: 30 },
  // A house with many people behind one router (one address) still fits.
  sockets: { perUser: 12, perAddress: 300 },
};

export interface Limiters {
  messages: RateLimiterAbstract | BurstyRateLimiter;
  actions: RateLimiterAbstract | BurstyRateLimiter;
  login: {
    perAddress: RateLimiterAbstract;
    perAddressAccount: RateLimiterAbstract;
    perAccount: RateLimiterAbstract;
    delayMs: number;
  };
  invites: { perAddress: RateLimiterAbstract; perCode: RateLimiterAbstract };
  sync: RateLimiterAbstract | BurstyRateLimiter;
  sockets: { perUser: number; perAddress: number };
}

/** Where the counters live: in this process, or in Redis for every node (`keyPrefix` per cluster). */
export interface SharedStore {
  client: RedisClient;
  keyPrefix: string;
}

function counter(
  name: string,
  points: number,
  seconds: number,
  shared: SharedStore | undefined,
): RateLimiterAbstract {
  const own = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
  if (!shared) return own;
  return new RateLimiterRedis({
    storeClient: shared.client,
    useRedisPackage: true,
    keyPrefix: `${shared.keyPrefix}:limit:${name}`,
    points,
    duration: seconds,
    // Not ready (Redis away): count on this node at once instead of failing the request.
    rejectIfRedisNotReady: true,
    insuranceLimiter: own,
  });
}

function bursty(
  name: string,
  s: { points: number; seconds: number; burst: number },
  shared: SharedStore | undefined,
) {
  return new BurstyRateLimiter(
    counter(name, s.points, s.seconds, shared),
    counter(`${name}-burst`, s.burst, s.seconds * 3, shared),
  );
}

export function createLimiters(
  settings: LimitSettings = defaultLimits,
  shared?: SharedStore,
): Limiters {
  const l = settings.login;
  return {
    messages: bursty('msg', settings.messages, shared),
    actions: bursty('act', settings.actions, shared),
    login: {
      perAddress: counter('login-ip', l.perAddress.points, l.perAddress.seconds, shared),
      perAddressAccount: counter(
        'login-ip-acct',
        l.perAddressAccount.points,
        l.perAddressAccount.seconds,
        shared,
      ),
      perAccount: counter('login-acct', l.perAccount.points, l.perAccount.seconds, shared),
      delayMs: l.perAccount.delayMs,
    },
    invites: {
      perAddress: counter(
        'inv',
        settings.invites.perAddress.points,
        settings.invites.perAddress.seconds,
        shared,
      ),
      perCode: counter(
        'inv-code',
        settings.invites.perCode.points,
        settings.invites.perCode.seconds,
        shared,
      ),
    },
    sync: bursty('sync', settings.sync, shared),
    sockets: { ...settings.sockets },
  };
}

/**
 * Takes one point or throws `rate_limited` with the time to wait. Keys are hashed first: an
 * e-mail address or an IP address is never written to Redis as it is.
 */
export async function consume(
  limiter: RateLimiterAbstract | BurstyRateLimiter,
  key: string,
): Promise<void> {
  try {
    await limiter.consume(hashSecret(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

/**
 * Takes one point like `consume` but never refuses: answers whether the budget was already spent
 * (the caller slows down instead of refusing).
 */
export async function consumeSoft(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(hashSecret(key));
    return false;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return true;
    throw rejection;
  }
}

/** Gives a point back (an attempt that turned out right costs nothing). */
export async function giveBack(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.reward(hashSecret(key));
}

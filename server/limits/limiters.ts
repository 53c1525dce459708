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
  /** Login attempts per IP and per email. */
  login: { points: number; seconds: number };
  /** Invite redemptions and previews per IP. */
  invites: { points: number; seconds: number };
}

export const defaultLimits: LimitSettings = {
  messages: { points: 10, seconds: 10, burst: 10 },
  actions: { points: 10, seconds: 60, burst: 5 },
  login: { points: 10, seconds: 900 },
  invites: { points: 30, seconds: 900 },
};

export interface Limiters {
  messages: RateLimiterAbstract | BurstyRateLimiter;
  actions: RateLimiterAbstract | BurstyRateLimiter;
  login: RateLimiterAbstract;
  invites: RateLimiterAbstract;
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
  return {
    messages: bursty('msg', settings.messages, shared),
    actions: bursty('act', settings.actions, shared),
    login: counter('login', settings.login.points, settings.login.seconds, shared),
    invites: counter('inv', settings.invites.points, settings.invites.seconds, shared),
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

import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';

/**
 * Per-user and per-IP budgets: a steady rate plus a burst allowance (rate-limiter-flexible's
 * BurstyRateLimiter, which behaves like a token bucket). Numbers are per node; with Redis
 * the same keys could move to a shared store.
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

function bursty(name: string, s: { points: number; seconds: number; burst: number }) {
  return new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: name, points: s.points, duration: s.seconds }),
    new RateLimiterMemory({ keyPrefix: `${name}-burst`, points: s.burst, duration: s.seconds * 3 }),
  );
}

export function createLimiters(settings: LimitSettings = defaultLimits): Limiters {
  return {
    messages: bursty('msg', settings.messages),
    actions: bursty('act', settings.actions),
    login: new RateLimiterMemory({
      keyPrefix: 'login',
      points: settings.login.points,
      duration: settings.login.seconds,
    }),
    invites: new RateLimiterMemory({
      keyPrefix: 'inv',
      points: settings.invites.points,
      duration: settings.invites.seconds,
    }),
  };
}

/** Takes one point or throws `rate_limited` with the time to wait. */
export async function consume(
  limiter: RateLimiterAbstract | BurstyRateLimiter,
  key: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

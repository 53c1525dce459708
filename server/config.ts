import { isIP } from 'node:net';
import { z } from 'zod';
import type { LimitSettings } from './limits/limiters';
import { limitsFromSetting } from './limits/settings';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every setting comes from the environment; the README lists them. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL connections per node (each node has its own pool). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./data'),
  /** PGlite's buffer cache, as PostgreSQL writes it (`32MB`, `64MB`); unset: db/open.ts's default. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9]\d{0,5}(kB|MB|GB)$/, 'a size such as 32MB')
    .optional(),
  REDIS_URL: z.string().optional(),
  /** Prefix of the Redis channels, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).default('buurtkamer'),
  DEMO: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  COOKIE_SECURE: z.enum(['auto', '0', '1']).default('auto'),
  /** Deprecated: `1` means one trusted proxy hop (`TRUST_PROXY_HOPS=1`). */
  TRUST_PROXY: flag.default(false),
  /** How many proxies of our own stand in front of a node; 0 ignores X-Forwarded-For. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_APPLICATION_ID: z.string().optional(),
  DISCORD_API_URL: z.string().optional(),
  NODE_ID: z.string().optional(),
  VAPID_SUBJECT: z.string().optional(),
  /** Push service hosts a subscription may point at, comma-separated; `*.` allows subdomains. */
  PUSH_SERVICE_HOSTS: z.string().optional(),
  /** Push subscriptions (devices) kept per person; a new one replaces the oldest. */
  PUSH_SUBSCRIPTIONS_PER_PERSON: z.coerce.number().int().min(1).max(50).default(5),
  /** Rate limits: JSON overriding parts of the defaults (server/limits/settings.ts). */
  RATE_LIMITS: z.string().optional(),
});

/** The push services of Chrome/Edge-on-Android (FCM), Firefox, Edge and Safari. */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  '*.push.services.mozilla.com',
  '*.notify.windows.com',
  'web.push.apple.com',
  '*.push.apple.com',
];

const hostPattern = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/;

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  allowedOrigins: string[];
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** PGlite's `shared_buffers`; undefined: the default in db/open.ts. */
  pgliteSharedBuffers: string | undefined;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  demo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionTtlDays: number;
  secureCookies: boolean;
  /** Proxy hops in front of a node whose X-Forwarded-For entries are trusted (0: none). */
  trustProxyHops: number;
  discord:
    { token: string; applicationId: string | undefined; apiUrl: string | undefined } | undefined;
  nodeId: string;
  /** Web Push: where push services can reach the operator (an https: URL or mailto:). */
  vapidSubject: string;
  /** Web Push: the allowed push service hosts (`*.example.com`: any subdomain of it). */
  pushServiceHosts: string[];
  /** Web Push: subscriptions kept per person. */
  pushSubscriptionsPerPerson: number;
  /** Rate limits: the defaults with `RATE_LIMITS` applied. */
  limits: LimitSettings;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const extraOrigins = (e.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    allowedOrigins: [new URL(publicUrl).origin, ...extraOrigins],
    databaseUrl: e.DATABASE_URL || undefined,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    pgliteSharedBuffers: e.PGLITE_SHARED_BUFFERS,
    redisUrl: e.REDIS_URL || undefined,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    secureCookies:
      e.COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https:') : e.COOKIE_SECURE === '1',
    trustProxyHops: e.TRUST_PROXY_HOPS ?? (e.TRUST_PROXY ? 1 : 0),
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          apiUrl: e.DISCORD_API_URL,
        }
      : undefined,
    nodeId: e.NODE_ID ?? `node-${process.pid}`,
    vapidSubject:
      e.VAPID_SUBJECT ??
      (publicUrl.startsWith('https:') ? publicUrl : 'mailto:beheer@buurtkamer.invalid'),
    pushServiceHosts: pushServiceHosts(e.PUSH_SERVICE_HOSTS),
    pushSubscriptionsPerPerson: e.PUSH_SUBSCRIPTIONS_PER_PERSON,
    limits: limitsFromSetting(e.RATE_LIMITS),
  };
}

function pushServiceHosts(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_PUSH_SERVICE_HOSTS];
  const hosts = value
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.filter((host) => !hostPattern.test(host) || isIP(host) !== 0);
  if (bad.length > 0)
    throw new Error(
      `Invalid configuration:\nPUSH_SERVICE_HOSTS: not a host name or *.domain: ${bad.join(', ')}`,
    );
  return hosts;
}

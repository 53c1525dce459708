import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { DatabaseHandle } from '../db/database';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { Deps } from './deps';
import { createDispatcher } from './dispatch/dispatcher';
import { retentionJobs, scheduleDailyRetention } from './domain/privacy/retention';
import { createMessageWriter } from './domain/messages/messageWriter';
import { createHttpApp } from './http/app';
import { createLimiters, type LimitSettings } from './limits/limiters';
import { createLogger, type Logger } from './logger';
import { connectRedisAdapter } from './realtime/adapter';
import { createIoServer, registerGateway } from './realtime/gateway';
import { createPresence } from './realtime/presence';
import { registerHousekeeping } from './scheduler/housekeeping';
import { createScheduler, type Scheduler } from './scheduler/scheduler';
import { createWorkTracker, type WorkTracker } from './work';
import { createNotifier, type NotifierOptions } from './domain/notifications/notifier';
import { createBot } from '../bot/runtime';
import type { Area } from './area';
import { areas as defaultAreas } from './areas';
import { ensureBotConversations } from './domain/buurtbot/conversations';

/**
 * Pending connections the kernel may queue for the server (see `listen`). The kernel caps it at
 * `net.core.somaxconn` (4096 on most hosts); docker-compose.yml raises that for the nodes.
 */
const LISTEN_BACKLOG = 65535;

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  logger?: Logger;
  limits?: LimitSettings;
  /** Poll interval for timers; `false` leaves polling off (tests call `scheduler.runDue()`). */
  schedulerPollMs?: number | false;
  /** The areas to plug in (default: all of `server/areas.ts`). */
  areas?: typeof defaultAreas;
  /** Web Push settings beyond the configuration (tests: a fake push service on loopback). */
  notifications?: Partial<NotifierOptions>;
}

/**
 * The composition root: one place builds Hono, Socket.IO, the dispatcher, the scheduler and
 * (as they land) the bot and Discord, from a database, a clock and the configuration.
 * `server/main.ts` reads the environment and calls this; tests build the same app on PGlite.
 */
export async function createApp(options: AppOptions) {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel, { node: config.nodeId });
  const work = createWorkTracker();

  // The HTTP server exists first so Socket.IO can attach; requests reach Hono once it is built.
  const httpServer = createAdaptorServer({
    fetch: (request, env) => httpApp.fetch(request, env),
  }) as HttpServer;
  const io = createIoServer(httpServer, config.allowedOrigins);
  // With Redis, several nodes share rooms, presence and broadcasts; without it, one node alone.
  const scaleOut = config.redisUrl
    ? await connectRedisAdapter(config.redisUrl, { logger, keyPrefix: config.redisKeyPrefix })
    : undefined;
  if (scaleOut) io.adapter(scaleOut.adapter);
  const lifecycle = { closing: false };
  const { deps, presence } = await buildDeps(options, {
    clock,
    logger,
    work,
    io,
    scaleOut,
    lifecycle,
  });
  const { dispatcher } = deps;
  const scheduler = await createAppScheduler(options, deps);

  const bot = await createBot(deps);
  const plugged = await plugAreas(options.areas ?? defaultAreas, {
    deps,
    bot,
    scheduler,
    io,
    database,
  });
  const httpApp = createHttpApp(
    deps,
    plugged.flatMap((a) => a.routes ?? []),
  );
  const socketEvents = registerGateway(io, deps, presence, {
    areas: plugged,
    prepareUser: (userId, projectIds, channels) =>
      prepareBotConversations(database.db, userId, projectIds, channels),
  });
  startRetention(scheduler, {
    db: database.db,
    clock,
    logger,
    poll: options.schedulerPollMs !== false,
  });

  return {
    deps,
    http: httpApp,
    httpServer,
    io,
    socketEvents,
    scheduler,
    bot,
    areas: plugged,
    scaleOut,
    listen(port = config.port, host = config.host): Promise<AddressInfo> {
      return listenOn(httpServer, port, host);
    },
    /** Stops accepting, lets in-flight writes finish, then closes sockets, timers and the database. */
    close(): Promise<void> {
      return closeApp(lifecycle, {
        httpServer,
        scheduler,
        work,
        dispatcher,
        areas: plugged,
        presence,
        io,
        scaleOut,
        database,
      });
    },
  };
}

interface DepsBase {
  clock: Clock;
  logger: Logger;
  work: WorkTracker;
  io: AreaContext['io'];
  scaleOut: ScaleOut | undefined;
  lifecycle: { closing: boolean };
}

type ScaleOut = Awaited<ReturnType<typeof connectRedisAdapter>>;

/** What every part gets: database, clock, configuration, dispatcher, limiters, presence, push. */
async function buildDeps(options: AppOptions, base: DepsBase) {
  const { config, database } = options;
  const { clock, logger, work, scaleOut, lifecycle } = base;
  const presence = createPresence(base.io);
  const dispatcher = createDispatcher(base.io, logger);

  const notifier = await createNotifier(
    { db: database.db, clock, logger },
    { subject: config.vapidSubject, hosts: config.pushServiceHosts, ...options.notifications },
  );

  const deps: Deps = {
    db: database.db,
    clock,
    config,
    logger,
    dispatcher,
    messageWriter: createMessageWriter(database.db, clock),
    limiters: createLimiters(
      options.limits ?? config.limits,
      scaleOut && { client: scaleOut.store, keyPrefix: config.redisKeyPrefix },
    ),
    presence,
    work,
    notifier,
    ready: async () => {
      if (lifecycle.closing) throw new Error('shutting down');
      await options.database.ping();
    },
  };
  return { deps, presence };
}

/** The timer scheduler, with the housekeeping jobs registered. */
async function createAppScheduler(options: AppOptions, deps: Deps): Promise<Scheduler> {
  const { db, clock, logger, dispatcher } = deps;
  const scheduler = createScheduler({
    db,
    clock,
    logger,
    dispatcher,
    pollMs: options.schedulerPollMs || undefined,
  });

  await registerHousekeeping(scheduler, { db, clock, logger });
  return scheduler;
}

type AreaContext = Parameters<(typeof defaultAreas)[number]>[0];

/** Builds the areas in order, and lets `/ready` ask each for its own detail. */
async function plugAreas(factories: typeof defaultAreas, context: AreaContext): Promise<Area[]> {
  const plugged: Area[] = [];
  for (const factory of factories) plugged.push(await factory(context));
  context.deps.readyDetail = async () => {
    const detail: Record<string, unknown> = {};
    for (const area of plugged)
      if (area.readyDetail) detail[area.name] = await area.readyDetail().catch(() => 'unknown');
    return detail;
  };
  return plugged;
}

/**
 * Every member talks to Buurtbot in a private channel of their own, made on first connect.
 * The only bot channels a person can read are their own conversations.
 */
async function prepareBotConversations(
  db: Deps['db'],
  userId: string,
  projectIds: string[],
  channels: readonly { kind: string; projectId: string }[],
): Promise<boolean> {
  const talking = new Set(channels.filter((c) => c.kind === 'bot').map((c) => c.projectId));
  const missing = projectIds.filter((id) => !talking.has(id));
  if (missing.length === 0) return false;
  await ensureBotConversations(db, userId, missing);
  return true;
}

/** The retention jobs; with polling on, the scheduler starts and the daily run is planned. */
function startRetention(
  scheduler: Scheduler,
  { db, clock, logger, poll }: { db: Deps['db']; clock: Clock; logger: Logger; poll: boolean },
): void {
  for (const [kind, handler] of Object.entries(retentionJobs({ logger, clock })))
    scheduler.register(kind, handler);
  if (poll) {
    scheduler.start();
    scheduleDailyRetention(db, clock).catch((error: unknown) => {
      logger.warn({ err: error }, 'retention could not be planned; the next start tries again');
    });
  }
}

async function listenOn(httpServer: HttpServer, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // A long accept queue: after a node dies, thousands of clients reconnect within a
    // second or two, and Node's default of 511 made the kernel drop most of them, each
    // then waiting out TCP's retry backoff (1, 3, 7, 15 s). At somaxconn 4096, 10,000
    // clients still overflowed it while the node was busy with the first ones.
    httpServer.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  return httpServer.address() as AddressInfo;
}

interface RunningParts {
  httpServer: HttpServer;
  scheduler: Scheduler;
  work: WorkTracker;
  dispatcher: Deps['dispatcher'];
  areas: Area[];
  presence: ReturnType<typeof createPresence>;
  io: AreaContext['io'];
  scaleOut: ScaleOut | undefined;
  database: DatabaseHandle;
}

/** Stops accepting, lets in-flight writes finish, then closes sockets, timers and the database. */
async function closeApp(lifecycle: { closing: boolean }, parts: RunningParts): Promise<void> {
  if (lifecycle.closing) return;
  lifecycle.closing = true;
  const { httpServer, scheduler, work, dispatcher, areas, presence, io, scaleOut, database } =
    parts;
  const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await scheduler.stop();
  await work.drain();
  await dispatcher.settled();
  for (const area of areas) await area.stop?.();
  presence.close();
  await io.close().catch(() => undefined);
  httpServer.closeAllConnections();
  await stopped;
  await scaleOut?.close();
  await database.close();
}

export type App = Awaited<ReturnType<typeof createApp>>;

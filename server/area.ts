import type { Hono } from 'hono';
import type { DatabaseHandle } from '../db/database';
import type { Bot } from '../bot/runtime';
import type { Deps } from './deps';
import type { AppEnv } from './http/env';
import type { Role } from './protocol/roles';
import type { SocketEvents } from './realtime/handle';
import type { IoServer } from './realtime/types';
import type { Scheduler } from './scheduler/scheduler';

/** What an area (concerns, activities, defects, Discord...) is built from. */
export interface AreaContext {
  deps: Deps;
  bot: Bot;
  scheduler: Scheduler;
  io: IoServer;
  /** The database handle (engine, URL) for areas that need a connection of their own. */
  database: DatabaseHandle;
}

/**
 * A capability that plugs into the app: HTTP sub-apps under `/api`, socket events and rooms, and
 * whatever it registers itself while being set up (bot actions on `bot.executor`, bot reads
 * with `bot.extendPorts`, job handlers on `scheduler.register`, listeners on the dispatcher).
 */
export interface Area {
  name: string;
  /** Mounted at `/api${path}`; `maxBodyBytes` replaces the 64 KB body limit under that path. */
  routes?: AreaRoute[];
  /** Registers the area's client events, once, on the server's shared table. */
  socketEvents?: (events: SocketEvents) => void;
  /** Rooms a member joins at connect for their role in one of their projects. */
  memberRooms?: (projectId: string, role: Role) => string[];
  /** Shown on `/ready` under the area's name (never makes it fail). */
  readyDetail?: () => Promise<unknown>;
  /** Runs at shutdown, before the database closes. */
  stop?: () => Promise<void>;
}

export interface AreaRoute {
  path: string;
  app: Hono<AppEnv>;
  maxBodyBytes?: number;
}

export type AreaFactory = (ctx: AreaContext) => Area | Promise<Area>;

import type { Db } from '../db/database';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Dispatcher } from './dispatch/dispatcher';
import type { MessageWriter } from './domain/messages/messageWriter';
import type { Limiters } from './limits/limiters';
import type { Logger } from './logger';
import type { Notifier } from './domain/notifications/notifier';
import type { WorkTracker } from './work';

/** Who is online, per project (answered by the Socket.IO gateway, across nodes). */
export interface Presence {
  onlineUserIds(projectId: string): Promise<Set<string>>;
}

/** What transports and domain services are built from; made once in `createApp`. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  dispatcher: Dispatcher;
  /** Stores chat messages, writing those that arrive together in one transaction. */
  messageWriter: MessageWriter;
  limiters: Limiters;
  presence: Presence;
  work: WorkTracker;
  /** Web Push to people's opted-in devices (`notify(userIds, {title, body, url})`). */
  notifier: Notifier;
  /** Throws when the service cannot take work (readiness). */
  ready(): Promise<void>;
  /** What areas report on `/ready` beside it (Discord: stopped, and why); set once areas run. */
  readyDetail?: () => Promise<Record<string, unknown>>;
}

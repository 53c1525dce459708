import type { z } from 'zod';
import type { DefectsServerEvents } from './defects';
import type { AckCallback } from './errors';
import type {
  deleteMessageSchema,
  editMessageSchema,
  HistoryPage,
  historyPageSchema,
  Message,
  presenceListSchema,
  readMarkSchema,
  sendMessageSchema,
  syncRequestSchema,
  typingSchema,
} from './messages';
import type { Channel } from './projects';
import type { ActivitiesClientEvents, ActivitiesServerEvents } from './activities';
import type { ConcernClientEvents, ConcernServerEvents } from './concerns';
import type { ModerationClientEvents } from './moderation';

export interface SyncResult {
  /** Every channel the person can read now, with its latest sequence number. */
  channels: Channel[];
  /** Missed messages, ordered by channel then sequence. */
  messages: Message[];
  /** True when more missed messages wait: call `sync` again with the new positions. */
  more: boolean;
}

export interface TypingEvent {
  channelId: string;
  userId: string;
  name: string;
}

export interface PresenceList {
  projectId: string;
  /** Ids of the members with at least one open connection. */
  online: string[];
}

/** Who came online and who went offline since the last change (batched per project). */
export interface PresenceChange {
  projectId: string;
  online: string[];
  offline: string[];
}

/** Events a client may send in the foundation. Every payload is validated with the named schema. */
export interface CoreClientEvents {
  'message:send': (input: z.input<typeof sendMessageSchema>, ack: AckCallback<Message>) => void;
  /** The author changes the text of their own message. */
  'message:edit': (input: z.input<typeof editMessageSchema>, ack: AckCallback<Message>) => void;
  /** The author deletes their own message. */
  'message:delete': (input: z.input<typeof deleteMessageSchema>, ack: AckCallback<Message>) => void;
  sync: (input: z.input<typeof syncRequestSchema>, ack: AckCallback<SyncResult>) => void;
  'typing:start': (input: z.input<typeof typingSchema>) => void;
  'read:mark': (input: z.input<typeof readMarkSchema>, ack: AckCallback<{ ok: true }>) => void;
  'presence:list': (
    input: z.input<typeof presenceListSchema>,
    ack: AckCallback<PresenceList>,
  ) => void;
  'history:page': (input: z.input<typeof historyPageSchema>, ack: AckCallback<HistoryPage>) => void;
}

/** Events the server pushes in the foundation. */
export interface CoreServerEvents {
  'message:new': (message: Message) => void;
  /** A message already delivered was edited or deleted (same id and sequence number). */
  'message:updated': (message: Message) => void;
  'typing:update': (event: TypingEvent) => void;
  'presence:update': (event: PresenceChange) => void;
  'channel:added': (channel: Channel) => void;
  /** The session was ended (logout, revocation, expiry); the socket closes next. */
  'session:ended': (event: { reason: 'logout' | 'revoked' | 'expired' }) => void;
}

/** Every event a client may send: each area adds its map (one file per area, `server/protocol/`). */
export type ClientToServerEvents = CoreClientEvents &
  ActivitiesClientEvents &
  ConcernClientEvents &
  ModerationClientEvents;

/** Every event the server pushes: each area adds its map. */
export type ServerToClientEvents = CoreServerEvents &
  ActivitiesServerEvents &
  DefectsServerEvents &
  ConcernServerEvents;

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  /** The client's address at the handshake (X-Forwarded-For as far as trusted), for logs. */
  clientIp: string;
  userId: string;
  sessionId: string;
  sessionExpiresAt: number;
  locale: 'nl' | 'en';
  displayName: string;
  /** Rooms to join on connection, computed from memberships during the handshake. */
  initialRooms: string[];
  projectIds: string[];
}

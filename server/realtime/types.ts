import type { Server, Socket } from 'socket.io';
import type { AckCallback } from '../protocol/errors';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../protocol/events';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Client events that expect an acknowledgement, and the data each returns. */
export type RequestEvent = {
  [K in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[K]> extends [
    unknown,
    (response: never) => void,
  ]
    ? K
    : never;
}[keyof ClientToServerEvents];

export type ResultOf<K extends RequestEvent> =
  Parameters<ClientToServerEvents[K]> extends [unknown, AckCallback<infer R>] ? R : never;

export type NotificationEvent = Exclude<keyof ClientToServerEvents, RequestEvent>;

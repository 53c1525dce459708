import { io } from 'socket.io-client';
import {
  RealtimeClient,
  reliableSocketOptions,
  type ClientSocket,
} from '../../web/src/realtime/realtimeClient';
import type { App } from '../../server/app';
import type { Message } from '../../server/protocol/messages';
import { TEST_ORIGIN } from './app';
import { CONDITION_WAIT_MS } from './waits';

/** A typed Socket.IO client with a member's session cookie, as a browser on the page would connect. */
export function connectSocket(
  url: string,
  cookie: string | undefined,
  options: { reliable?: boolean; origin?: string; autoConnect?: boolean } = {},
): ClientSocket {
  const extraHeaders: Record<string, string> = { origin: options.origin ?? TEST_ORIGIN };
  if (cookie) extraHeaders.cookie = cookie;
  return io(url, {
    ...(options.reliable ? reliableSocketOptions : { transports: ['websocket'] }),
    extraHeaders,
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    autoConnect: options.autoConnect ?? true,
  }) as ClientSocket;
}

export function waitForConnect(socket: ClientSocket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

/** A member's realtime client that records every delivered message. */
export async function connectMember(url: string, cookie: string, origin?: string) {
  const socket = connectSocket(url, cookie, { reliable: true, origin });
  const client = new RealtimeClient(socket);
  const received: Message[] = [];
  client.onMessage((m) => received.push(m));
  await waitForConnect(socket);
  await client.sync();
  return { socket, client, received, close: () => socket.disconnect() };
}

/** Resolves with the first event that matches, or rejects when it never comes (CONDITION_WAIT_MS). */
export function nextEvent<T>(
  socket: ClientSocket,
  event: string,
  predicate: (payload: T) => boolean = () => true,
  timeoutMs = CONDITION_WAIT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event as never, handler as never);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event as never, handler as never);
      resolve(payload);
    };
    socket.on(event as never, handler as never);
  });
}

/** Polls until the condition holds (for effects that arrive asynchronously). */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = CONDITION_WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Until nothing more is on its way to these sockets: the in-process server has finished what it
 * set off (its event listeners: Buurtbot, Discord, notifications; `dispatcher.settled()`), and
 * each socket has received everything the server sent it before (a round trip on that socket
 * comes back after it). Something that has not arrived then is not coming: this is how a test
 * shows that something does not happen, without waiting for a while.
 */
export async function allDelivered(server: { app: App }, ...sockets: ClientSocket[]) {
  await server.app.deps.dispatcher.settled();
  // Any request answers; this one changes nothing (a project nobody is in: refused).
  const nobodysProject = '00000000-0000-4000-8000-000000000000';
  await Promise.all(
    sockets.map((socket) => socket.emitWithAck('presence:list', { projectId: nobodysProject })),
  );
}

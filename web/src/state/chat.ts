import { signal } from '@preact/signals';
import { io } from 'socket.io-client';
import type { Message } from '../../../server/protocol/messages';
import type { Channel } from '../../../server/protocol/projects';
import type { TypingEvent } from '../../../server/protocol/events';
import { api } from '../api/http';
import { routes } from '../../../server/protocol/routes';
import { me } from './session';
import {
  RealtimeClient,
  RequestError,
  reliableSocketOptions,
  type ClientSocket,
  type ConnectionStatus,
} from '../realtime/realtimeClient';

/** A message shown before the server has confirmed it. */
export interface PendingMessage {
  clientId: string;
  channelId: string;
  body: string;
  failed?: string;
}

export const status = signal<ConnectionStatus>('connecting');
export const channels = signal<Channel[]>([]);
/** Delivered messages per channel, in sequence order. */
export const messagesByChannel = signal<Record<string, Message[]>>({});
export const pending = signal<PendingMessage[]>([]);
export const olderCursor = signal<Record<string, number | null>>({});
export const typing = signal<Record<string, TypingEvent[]>>({});
export const online = signal<Record<string, string[]>>({});
/** Why the server refused the connection (too many open at once), in the person's language. */
export const refused = signal<string | undefined>(undefined);

/** A refused connection (too many tabs or devices) is tried again after this long. */
const REFUSED_RETRY_MS = 30_000;

let client: RealtimeClient | undefined;
const loadedChannels = new Set<string>();
const typingTimers = new Map<string, number>();

/** Connects once per page; the realtime client keeps the connection and the history complete. */
export function connect(): RealtimeClient {
  if (client) return client;
  const socket: ClientSocket = io({ ...reliableSocketOptions });
  client = new RealtimeClient(socket);
  client.onStatus((s) => (status.value = navigator.onLine ? s : 'offline'));
  // The browser knows at once when the network is gone; the socket notices only after its
  // heartbeat times out (tens of seconds). Show "no connection" straight away, and when the
  // network is back, reconnect at once instead of waiting for the next retry.
  window.addEventListener('offline', () => (status.value = 'offline'));
  window.addEventListener('online', () => {
    if (socket.connected) status.value = 'online';
    else socket.connect();
  });
  client.onChannels((list) => {
    // The server's list may lag behind what this page already marked read or received.
    const known = new Map(channels.value.map((c) => [c.id, c]));
    channels.value = list.map((c) => {
      const mine = known.get(c.id);
      return mine
        ? {
            ...c,
            lastSeq: Math.max(c.lastSeq, mine.lastSeq),
            lastReadSeq: Math.max(c.lastReadSeq, mine.lastReadSeq),
          }
        : c;
    });
  });
  client.onMessage((message) => {
    const list = messagesByChannel.value[message.channelId] ?? [];
    messagesByChannel.value = {
      ...messagesByChannel.value,
      [message.channelId]: [...list, message],
    };
    pending.value = pending.value.filter((p) => p.clientId !== message.clientId);
    stopTyping(message.channelId, message.author.id);
    const own = message.author.id === me.value?.id;
    channels.value = channels.value.map((c) =>
      c.id === message.channelId && message.seq > c.lastSeq
        ? { ...c, lastSeq: message.seq, lastReadSeq: own ? message.seq : c.lastReadSeq }
        : c,
    );
  });
  client.onMessageUpdated((message) => {
    const list = messagesByChannel.value[message.channelId];
    if (!list?.some((m) => m.id === message.id)) return;
    messagesByChannel.value = {
      ...messagesByChannel.value,
      [message.channelId]: list.map((m) => (m.id === message.id ? message : m)),
    };
  });
  socket.on('typing:update', (event) => {
    const key = `${event.channelId}:${event.userId}`;
    const others = (typing.value[event.channelId] ?? []).filter((e) => e.userId !== event.userId);
    typing.value = { ...typing.value, [event.channelId]: [...others, event] };
    window.clearTimeout(typingTimers.get(key));
    typingTimers.set(
      key,
      window.setTimeout(() => stopTyping(event.channelId, event.userId), 4000),
    );
  });
  socket.on('presence:update', (change) => {
    const current = new Set(online.value[change.projectId] ?? []);
    change.online.forEach((id) => current.add(id));
    change.offline.forEach((id) => current.delete(id));
    online.value = { ...online.value, [change.projectId]: [...current] };
  });
  // The server refuses a connection over the cap per person or address with a translated
  // reason; Socket.IO does not retry a refusal by itself, so the page says why and tries later.
  socket.on('connect_error', (error) => {
    const payload = (error as { data?: { code?: string; message?: string } }).data;
    if (payload?.code !== 'rate_limited') return;
    refused.value = payload.message;
    window.setTimeout(() => {
      if (!socket.connected) socket.connect();
    }, REFUSED_RETRY_MS);
  });
  socket.on('connect', () => {
    refused.value = undefined;
    for (const projectId of new Set(channels.value.map((c) => c.projectId)))
      void refreshPresence(projectId);
  });
  socket.on('session:ended', () => {
    window.location.assign('/');
  });
  return client;
}

/** "… typt" ends when the person's message arrives (or after 4 s without news). */
function stopTyping(channelId: string, userId: string): void {
  window.clearTimeout(typingTimers.get(`${channelId}:${userId}`));
  typingTimers.delete(`${channelId}:${userId}`);
  const list = typing.value[channelId];
  if (!list?.some((e) => e.userId === userId)) return;
  typing.value = { ...typing.value, [channelId]: list.filter((e) => e.userId !== userId) };
}

export async function refreshPresence(projectId: string): Promise<void> {
  if (!client) return;
  const response = await client.socket.emitWithAck('presence:list', { projectId });
  if ('data' in response) online.value = { ...online.value, [projectId]: response.data.online };
}

/** Loads the newest page of a channel once, then live messages continue from there. */
export async function openChannel(channelId: string): Promise<void> {
  const realtime = connect();
  if (loadedChannels.has(channelId)) return;
  loadedChannels.add(channelId);
  const page = await api(routes.channels.messages, {
    params: { channelId },
    query: { limit: 50 },
  });
  const newest = page.messages[page.messages.length - 1]?.seq ?? 0;
  const already: Message[] = messagesByChannel.value[channelId] ?? [];
  messagesByChannel.value = {
    ...messagesByChannel.value,
    [channelId]: [...page.messages, ...already.filter((m) => m.seq > newest)],
  };
  olderCursor.value = { ...olderCursor.value, [channelId]: page.nextBefore };
  realtime.startAt(channelId, Math.max(newest, realtime.position(channelId) ?? 0));
  void realtime.sync();
}

export async function loadOlder(channelId: string): Promise<void> {
  const before = olderCursor.value[channelId];
  if (!before) return;
  const page = await api(routes.channels.messages, {
    params: { channelId },
    query: { limit: 50, before },
  });
  messagesByChannel.value = {
    ...messagesByChannel.value,
    [channelId]: [...page.messages, ...(messagesByChannel.value[channelId] ?? [])],
  };
  olderCursor.value = { ...olderCursor.value, [channelId]: page.nextBefore };
}

/** Shows the message at once as "sending", then the stored one; offline sends wait in the retry queue. */
export async function sendMessage(channelId: string, body: string, choice?: string): Promise<void> {
  const realtime = connect();
  const clientId = crypto.randomUUID();
  // Others stop showing "… typt" when this message arrives: the next keystroke says so again.
  lastTyping = 0;
  pending.value = [...pending.value, { clientId, channelId, body }];
  try {
    await realtime.send(channelId, body, { clientId, choice });
  } catch (error) {
    const reason = error instanceof RequestError ? error.payload.message : String(error);
    pending.value = pending.value.map((p) =>
      p.clientId === clientId ? { ...p, failed: reason } : p,
    );
  }
}

let lastTyping = 0;
export function notifyTyping(channelId: string): void {
  const now = Date.now();
  if (!client || now - lastTyping < 2500) return;
  lastTyping = now;
  client.socket.volatile.emit('typing:start', { channelId });
}

/** Messages in a channel the person has not seen yet. */
export function unreadIn(channel: Channel): number {
  return Math.max(0, channel.lastSeq - channel.lastReadSeq);
}

export function markRead(channelId: string, seq: number): void {
  channels.value = channels.value.map((c) =>
    c.id === channelId && seq > c.lastReadSeq ? { ...c, lastReadSeq: seq } : c,
  );
  void client?.socket.emitWithAck('read:mark', { channelId, seq }).catch(() => undefined);
}

/**
 * A load-generating process: opens many Socket.IO clients (each with its own session cookie),
 * sends messages at a set rate and measures send-to-delivery latency, loss and duplicates, or
 * runs the real RealtimeClient for the reconnect storm. Driven by the coordinator over IPC.
 */
import {
  createServer,
  connect as tcpConnect,
  type Server,
  type Socket as TcpSocket,
} from 'node:net';
import { io } from 'socket.io-client';
import { RealtimeClient, type ClientSocket } from '../../web/src/realtime/realtimeClient';
import type { Message } from '../../server/protocol/messages';
import { chatBodies } from '../lib/bodies';
import { Histogram, type SerializedHistogram } from '../lib/histogram';
import { serve } from '../lib/ipc';

const ORIGIN = process.env.BENCH_ORIGIN ?? 'http://localhost:3000';
const now = () => performance.timeOrigin + performance.now();

interface Client {
  socket: ClientSocket;
  realtime?: RealtimeClient;
  channel?: string;
  /** Storm: ids delivered by the realtime client, and when it came back. */
  got?: Map<string, number>;
  reconnectedAt?: number;
}

let clients: Client[] = [];
let proxy: { server: Server; target: number; open: Set<TcpSocket> } | undefined;
let workerIndex = 0;

async function startProxy(targetPort: number): Promise<number> {
  const open = new Set<TcpSocket>();
  const state = { server: createServer(), target: targetPort, open };
  state.server.on('connection', (client) => {
    const upstream = tcpConnect(state.target, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => {
        open.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  state.server.maxConnections = 20_000;
  // A load balancer's accept queue, as deploy/nginx.conf sets it (capped by net.core.somaxconn).
  await new Promise<void>((resolve) =>
    state.server.listen({ port: 0, host: '127.0.0.1', backlog: 65535 }, resolve),
  );
  proxy = state;
  return (state.server.address() as { port: number }).port;
}

interface ConnectRequest {
  url: string;
  members: { cookie: string; channel?: string }[];
  concurrency: number;
  realtime?: boolean;
  viaProxy?: boolean;
  worker: number;
}

async function connectAll(request: ConnectRequest) {
  workerIndex = request.worker;
  let url = request.url;
  if (request.viaProxy) {
    const port = await startProxy(Number(new URL(request.url).port));
    url = `http://127.0.0.1:${port}`;
  }
  const times = new Histogram();
  const errors = new Map<string, number>();
  let failed = 0;
  const started = now();
  let next = 0;
  const one = async () => {
    while (next < request.members.length) {
      const member = request.members[next++];
      if (!member) return;
      const socket = io(url, {
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: { cookie: member.cookie, origin: ORIGIN },
        reconnection: Boolean(request.realtime),
        reconnectionDelay: 1000,
        reconnectionDelayMax: 5000,
        timeout: 60_000,
        ...(request.realtime ? { retries: Number.POSITIVE_INFINITY, ackTimeout: 30_000 } : {}),
      }) as ClientSocket;
      const t0 = now();
      const ok = await new Promise<boolean>((resolve) => {
        socket.once('connect', () => resolve(true));
        socket.once('connect_error', (error) => {
          errors.set(error.message, (errors.get(error.message) ?? 0) + 1);
          resolve(false);
        });
      });
      if (!ok) {
        failed += 1;
        socket.disconnect();
        continue;
      }
      times.record(now() - t0);
      const client: Client = { socket, channel: member.channel };
      if (request.realtime) {
        client.got = new Map();
        client.realtime = new RealtimeClient(socket);
        client.realtime.onMessage((m: Message) => {
          client.got?.set(m.clientId, (client.got.get(m.clientId) ?? 0) + 1);
        });
        await client.realtime.sync();
      }
      clients.push(client);
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, one));
  return {
    connected: clients.length,
    failed,
    errors: Object.fromEntries(errors),
    elapsedMs: now() - started,
    connectMs: times.serialize(),
  };
}

// ---- fan-out ----

interface Phase {
  id: string;
  workers: number;
  capacity: number;
  /** counts[receiver][sender worker * capacity + index] */
  counts: Uint8Array[];
  /** Per receiver: the last index seen from each sending socket (worker * 65536 + socket). */
  lastIndex: Map<number, number>[];
  /** Per receiver: the last sequence number seen in the room. */
  lastSeq: number[];
  /** Deliveries that came after a later message of the same sender. */
  outOfOrderBySender: number;
  /** Deliveries whose sequence number was lower than one delivered before. */
  outOfOrderBySeq: number;
  latency: Histogram;
  deliveries: number;
  firstDelivery: number;
  lastDelivery: number;
}
let phase: Phase | undefined;
/** `b-<phase>-w<worker>-s<socket>-n<index>-t<send time, microseconds, base 36>` */
const idPattern = /^b-(p\d+)-w(\d+)-s(\d+)-n(\d+)-t([0-9a-z]+)$/;

function deliver(current: Phase, receiver: number, m: Message, at: number) {
  const match = idPattern.exec(m.clientId);
  if (!match || match[1] !== current.id) return;
  const worker = Number(match[2]);
  const index = Number(match[4]);
  const slot = worker * current.capacity + index;
  const row = current.counts[receiver];
  if (!row || slot >= row.length) return;
  row[slot] = (row[slot] ?? 0) + 1;
  const senderKey = worker * 65536 + Number(match[3]);
  const seen = current.lastIndex[receiver];
  const last = seen?.get(senderKey);
  if (last !== undefined && index < last) current.outOfOrderBySender += 1;
  else seen?.set(senderKey, index);
  const lastSeq = current.lastSeq[receiver] ?? -1;
  if (m.seq < lastSeq) current.outOfOrderBySeq += 1;
  else current.lastSeq[receiver] = m.seq;
  current.latency.record(at - parseInt(match[5] ?? '0', 36) / 1000);
  current.deliveries += 1;
  if (current.firstDelivery === 0) current.firstDelivery = at;
  current.lastDelivery = at;
}

function listen() {
  clients.forEach((client, receiver) => {
    client.socket.off('message:new');
    client.socket.on('message:new', (m: Message) => {
      const at = now();
      if (phase) deliver(phase, receiver, m, at);
    });
  });
}

interface PhaseRequest {
  id: string;
  channelId: string;
  ratePerSec: number;
  durationMs: number;
  workers: number;
  capacity: number;
}

async function runPhase(request: PhaseRequest) {
  phase = {
    id: request.id,
    workers: request.workers,
    capacity: request.capacity,
    counts: clients.map(() => new Uint8Array(request.workers * request.capacity)),
    lastIndex: clients.map(() => new Map()),
    lastSeq: clients.map(() => -1),
    outOfOrderBySender: 0,
    outOfOrderBySeq: 0,
    latency: new Histogram(),
    deliveries: 0,
    firstDelivery: 0,
    lastDelivery: 0,
  };
  listen();
  const total = Math.min(
    Math.round((request.ratePerSec * request.durationMs) / 1000),
    request.capacity,
  );
  const failed: number[] = [];
  const acks: Promise<void>[] = [];
  const started = now();
  let sent = 0;
  let sender = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((now() - started) / 1000) * request.ratePerSec) + 1);
    while (sent < due) {
      const index = sent++;
      const socketIndex = sender++ % clients.length;
      const client = clients[socketIndex];
      if (!client) break;
      const stamp = Math.round(now() * 1000).toString(36);
      const clientId = `b-${request.id}-w${workerIndex}-s${socketIndex}-n${index}-t${stamp}`;
      const body = chatBodies[(index + workerIndex * 17) % chatBodies.length] ?? '';
      acks.push(
        client.socket
          .timeout(30_000)
          .emitWithAck('message:send', { channelId: request.channelId, clientId, body })
          .then(
            (response) => {
              if ('error' in response) failed.push(index);
            },
            () => {
              failed.push(index);
            },
          ),
      );
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const sendMs = now() - started;
  await Promise.all(acks);
  return { sent, failed, sendMs, startedAt: started };
}

async function collectPhase(request: {
  expected: { worker: number; sent: number; failed: number[] }[];
  drainMs: number;
}) {
  const current = phase;
  if (!current) throw new Error('no phase');
  const expectedSlots: number[] = [];
  for (const e of request.expected) {
    const failed = new Set(e.failed);
    for (let i = 0; i < e.sent; i++)
      if (!failed.has(i)) expectedSlots.push(e.worker * current.capacity + i);
  }
  const missingNow = () => {
    let missing = 0;
    for (const row of current.counts)
      for (const slot of expectedSlots) if (!row[slot]) missing += 1;
    return missing;
  };
  const deadline = now() + request.drainMs;
  while (now() < deadline && missingNow() > 0) await new Promise((r) => setTimeout(r, 100));
  let duplicates = 0;
  for (const row of current.counts) for (const c of row) if (c > 1) duplicates += c - 1;
  phase = undefined;
  return {
    receivers: current.counts.length,
    deliveries: current.deliveries,
    lost: missingNow(),
    duplicates,
    outOfOrderBySender: current.outOfOrderBySender,
    outOfOrderBySeq: current.outOfOrderBySeq,
    firstDelivery: current.firstDelivery,
    lastDelivery: current.lastDelivery,
    latency: current.latency.serialize() as SerializedHistogram,
  };
}

// ---- storm ----

function armStorm() {
  for (const client of clients) {
    client.reconnectedAt = undefined;
    client.socket.io.off('reconnect');
    client.socket.io.once('reconnect', () => {
      client.reconnectedAt = now();
    });
  }
  return clients.length;
}

function stormStatus(request: { expected: Record<string, string[]>; since: number }) {
  let back = 0;
  let caughtUp = 0;
  let missing = 0;
  let duplicates = 0;
  const reconnect = new Histogram();
  for (const client of clients) {
    if (client.socket.connected) back += 1;
    if (client.reconnectedAt) reconnect.record(client.reconnectedAt - request.since);
    const wanted = request.expected[client.channel ?? ''] ?? [];
    let complete = client.socket.connected;
    for (const id of wanted) {
      const seen = client.got?.get(id) ?? 0;
      if (seen === 0) {
        missing += 1;
        complete = false;
      }
      if (seen > 1) duplicates += seen - 1;
    }
    if (complete) caughtUp += 1;
  }
  return {
    clients: clients.length,
    back,
    caughtUp,
    missing,
    duplicates,
    at: now(),
    reconnectMs: reconnect.serialize(),
  };
}

async function closeAll() {
  for (const client of clients) client.socket.disconnect();
  clients = [];
  if (proxy) {
    for (const s of proxy.open) s.destroy();
    proxy.server.close();
    proxy = undefined;
  }
  return true;
}

serve({
  connect: (request: ConnectRequest) => connectAll(request),
  phase: (request: PhaseRequest) => runPhase(request),
  collect: (request: Parameters<typeof collectPhase>[0]) => collectPhase(request),
  armStorm: () => armStorm(),
  switchProxy: (port: number) => {
    if (proxy) proxy.target = port;
    return Boolean(proxy);
  },
  stormStatus: (request: Parameters<typeof stormStatus>[0]) => stormStatus(request),
  close: () => closeAll(),
});

import WebSocket from 'ws';
import { TEST_ORIGIN } from '../support/app';
import { CONDITION_WAIT_MS } from '../support/waits';

/**
 * A raw engine.io/Socket.IO connection over a plain WebSocket (the `ws` package), to send
 * what no well-behaved client would: broken frames, invalid UTF-8, absurd nesting.
 * It answers pings, so only the server decides when it closes.
 */
export interface RawSocket {
  ws: WebSocket;
  received: string[];
  closed: Promise<{ code: number; reason: string }>;
  isOpen(): boolean;
  send(data: string | Buffer, binary?: boolean): void;
  waitFor(predicate: (frame: string) => boolean, timeoutMs?: number): Promise<string>;
}

export async function openRawSocket(
  baseUrl: string,
  cookie?: string,
  options: { connectNamespace?: boolean; origin?: string } = {},
): Promise<RawSocket> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const ws = new WebSocket(url, {
    headers: { origin: options.origin ?? TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
    perMessageDeflate: false,
  });
  const received: string[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data, isBinary) => {
    const frame = isBinary ? `<binary ${(data as Buffer).length}>` : data.toString();
    if (frame === '2') ws.send('3');
    received.push(frame);
    waiters.forEach((w) => w());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      waiters.forEach((w) => w());
    });
    ws.once('error', () => undefined);
  });
  const socket: RawSocket = {
    ws,
    received,
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
    send(data, binary = false) {
      if (ws.readyState === WebSocket.OPEN) ws.send(data, { binary });
    },
    waitFor(predicate, timeoutMs = CONDITION_WAIT_MS) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = received.find(predicate);
          if (hit !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          } else if (ws.readyState === WebSocket.CLOSED) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error('closed before the expected frame'));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching frame; got ${received.slice(-5).join(' | ').slice(0, 300)}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
  await socket.waitFor((f) => f.startsWith('0{'));
  if (options.connectNamespace !== false) {
    socket.send('40');
    await socket.waitFor((f) => f.startsWith('40') || f.startsWith('44'));
  }
  return socket;
}

/**
 * The bare Socket.IO broadcast server the fan-out scenario compares against: no auth, no
 * validation, no database. Every socket joins one room; `message:send` is answered with an ack
 * and broadcast to the room with the same payload shape and size as Buurtkamer's `message:new`.
 * Same transport settings as the product (WebSocket, no compression).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { announce, serve } from '../lib/ipc';

const http = createServer();
const io = new Server(http, {
  serveClient: false,
  perMessageDeflate: false,
  httpCompression: false,
});
let seq = 0;
io.on('connection', (socket) => {
  void socket.join('room');
  socket.on('message:send', (input: { channelId: string; clientId: string; body: string }, ack) => {
    seq += 1;
    const message = {
      id: randomUUID(),
      channelId: input.channelId,
      seq,
      clientId: input.clientId,
      author: { id: randomUUID(), name: 'Bewoner 123', role: 'bewoner' },
      body: input.body,
      createdAt: new Date().toISOString(),
    };
    io.to('room').emit('message:new', message);
    if (typeof ack === 'function') ack({ data: message });
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
serve({
  cpu: () => process.cpuUsage(),
  memory: (request?: { gc?: boolean }) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (request?.gc !== false) {
      gc?.();
      gc?.();
    }
    return { ...process.memoryUsage(), sockets: io.engine.clientsCount };
  },
  stop: async () => {
    await io.close();
    setTimeout(() => process.exit(0), 50);
    return true;
  },
});
announce('ready', { port: (http.address() as { port: number }).port });

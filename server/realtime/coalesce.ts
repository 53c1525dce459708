import type { IoServer } from './types';

/** What this file needs of engine.io's WebSocket transport (not in its public types). */
interface WsTransport {
  name?: string;
  send(packets: unknown[]): void;
  socket?: { _socket?: { cork(): void; uncork(): void } };
}

const patched = new WeakSet<object>();

/**
 * Packets that wait for a connection leave in one write instead of one write each.
 *
 * While a frame is being written, engine.io keeps the next packets of that connection in its
 * buffer and hands them to the WebSocket transport together; the transport writes each as a
 * frame of its own, and every frame is a `writev` system call (on loopback also the delivery to
 * the receiver). In a busy room that is the largest item of the server's CPU: a message to 300
 * members is 300 calls, and a burst of messages is that many times over. Corking the TCP socket
 * around the batch gives one call per connection for the whole batch; the frames, their order
 * and their content are unchanged (each frame still ends up in the stream as before).
 *
 * engine.io offers no option for this, so the transport's `send` is wrapped, once per transport
 * class, the first time a connection uses it (connect or upgrade to WebSocket).
 */
export function coalesceWrites(io: IoServer): void {
  const wrap = (transport: unknown) => {
    const prototype = Object.getPrototypeOf(transport) as WsTransport | null;
    if (!prototype || patched.has(prototype) || (transport as WsTransport).name !== 'websocket')
      return;
    patched.add(prototype);
    const send = prototype.send;
    prototype.send = function (this: WsTransport, packets: unknown[]) {
      const raw = this.socket?._socket;
      if (packets.length < 2 || !raw) return send.call(this, packets);
      raw.cork();
      try {
        send.call(this, packets);
      } finally {
        raw.uncork();
      }
    };
  };
  io.engine.on(
    'connection',
    (conn: { transport: unknown; on(e: string, f: (t: unknown) => void): void }) => {
      wrap(conn.transport);
      conn.on('upgrade', wrap);
    },
  );
}

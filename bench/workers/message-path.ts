/**
 * The message path's database work, as the `message:send` handler does it (the access check,
 * then the message writer), and a history page read, on one engine in its own process.
 */
import { systemClock } from '../../server/clock';
import { requireChannelAccess } from '../../server/domain/channels/channels';
import { historyPage, storeMessage } from '../../server/domain/messages/messages';
import { createMessageWriter } from '../../server/domain/messages/messageWriter';
import { Histogram } from '../lib/histogram';
import { serve } from '../lib/ipc';
import { createBenchDatabase, seedCommunity } from '../lib/seed';

const now = () => performance.now();

serve({
  run: async (request: {
    engine: 'pglite' | 'postgres';
    postgresUrl?: string;
    seconds: number;
    messages: number;
  }) => {
    const database = await createBenchDatabase(request.engine, request.postgresUrl);
    const handle = await database.open();
    try {
      const db = handle.db;
      const seeded = await seedCommunity(db, { projects: 1, membersPerProject: 10 });
      const channelId = seeded.projects[0]?.common ?? '';
      const writer = createMessageWriter(db, systemClock);
      let n = 0;
      const send = async () => {
        const i = n++;
        const author = seeded.members[i % seeded.members.length]?.userId ?? '';
        await requireChannelAccess(db, author, channelId, 'write');
        await writer.store({
          channelId,
          authorId: author,
          clientId: `path-${i.toString().padStart(7, '0')}`,
          body: `Bericht ${i}`,
        });
      };
      /** The path before the writer: `storeMessage`, a transaction per message. */
      const sendUnbatched = async () => {
        const i = n++;
        const author = seeded.members[i % seeded.members.length]?.userId ?? '';
        await requireChannelAccess(db, author, channelId, 'write');
        await storeMessage(db, systemClock, {
          channelId,
          authorId: author,
          clientId: `path-${i.toString().padStart(7, '0')}`,
          body: `Bericht ${i}`,
        });
      };
      const loop = async (op: () => Promise<void>, concurrency: number, cap: number) => {
        const latency = new Histogram();
        const end = now() + request.seconds * 1000;
        let done = 0;
        const start = now();
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (now() < end && done < cap) {
              const t = now();
              await op();
              latency.record(now() - t);
              done += 1;
              // A server answers each request in an event-loop turn of its own. Without this,
              // PGlite (which answers without I/O) would keep every timer, such as its table
              // maintenance (db/maintenance.ts), from running for the whole loop.
              await new Promise(setImmediate);
            }
          }),
        );
        return {
          opsPerSecond: Math.round(done / ((now() - start) / 1000)),
          latencyMs: latency.summary(),
        };
      };
      for (let i = 0; i < 50; i++) await send(); // warm-up
      const sequential = await loop(send, 1, request.messages);
      const concurrent = await loop(send, 8, request.messages);
      const unbatchedSequential = await loop(sendUnbatched, 1, request.messages);
      const unbatchedConcurrent = await loop(sendUnbatched, 8, request.messages);
      const history = await loop(
        async () => {
          await historyPage(db, channelId, { limit: 50 });
        },
        1,
        request.messages,
      );
      return {
        engine: handle.engine,
        sendSequential: sequential,
        sendConcurrent8: concurrent,
        historyPage50: history,
        withoutWriter: {
          sendSequential: unbatchedSequential,
          sendConcurrent8: unbatchedConcurrent,
        },
      };
    } finally {
      await handle.close();
      await database.destroy();
    }
  },
});

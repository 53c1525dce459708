import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { messages } from '../../db/schema';
import { startTestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject } from '../support/factories';
import type { Message } from '../../server/protocol/messages';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('nothing lost, nothing twice, under forced disconnects', () => {
  it('keeps every acknowledged message stored and delivered once through 200 forced disconnects', async () => {
    const db = server.database.db;
    const project = await buildProject(db, 'Stormhof');
    const senderMember = await buildMember(db, project.id, 'resident', 'Zender');
    const receiverMember = await buildMember(db, project.id, 'resident', 'Ontvanger');
    const sender = await connectMember(server.url, senderMember.cookie);
    const receiver = await connectMember(server.url, receiverMember.cookie);
    const channelId = project.channels.common;

    // Network drops on both sides while the sender keeps sending: the transport is cut
    // (as a phone losing signal), Socket.IO reconnects, the client syncs and resends.
    let drops = 0;
    const disruptor = (async () => {
      while (drops < 200) {
        const victim = drops % 2 === 0 ? sender.socket : receiver.socket;
        if (victim.connected) {
          victim.io.engine.close();
          drops += 1;
        }
        await new Promise((r) => setTimeout(r, 8));
      }
    })();

    const total = 300;
    const sends: Promise<Message>[] = [];
    for (let i = 0; i < total; i++) {
      sends.push(
        sender.client.send(channelId, `storm ${i}`, {
          clientId: `storm-${i.toString().padStart(4, '0')}-x`,
        }),
      );
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const acknowledged = await Promise.all(sends);
    await disruptor;
    expect(drops).toBe(200);

    // Stored once each.
    const clientIds = acknowledged.map((m) => m.clientId);
    const stored = await db.select().from(messages).where(inArray(messages.clientId, clientIds));
    expect(stored).toHaveLength(total);
    const seqs = (
      await db.select({ seq: messages.seq }).from(messages).where(eq(messages.channelId, channelId))
    )
      .map((r) => r.seq)
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));

    // Delivered once each, in order, to the member who kept losing the connection.
    await eventually(
      () => receiver.received.filter((m) => m.body.startsWith('storm ')).length >= total,
    );
    const got = receiver.received.filter((m) => m.channelId === channelId);
    expect(got.map((m) => m.seq)).toEqual(seqs);
    expect(new Set(got.map((m) => m.id)).size).toBe(got.length);
    expect(got.filter((m) => m.body.startsWith('storm ')).map((m) => m.body)).toEqual(
      Array.from({ length: total }, (_, i) => `storm ${i}`),
    );
    sender.close();
    receiver.close();
  });
});

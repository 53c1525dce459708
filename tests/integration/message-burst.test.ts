import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/app';
import { allDelivered, connectSocket, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { unwrap } from '../../web/src/realtime/realtimeClient';
import type { Message } from '../../server/protocol/messages';

/**
 * A burst of messages to a room: the frames that wait for a connection leave in one write
 * (server/realtime/coalesce.ts). Each member must still get every message once, in order.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db);
});
afterAll(() => server.stop());

describe('a burst of messages to a room', () => {
  it('reaches every member once each, in sequence order', async () => {
    const db = server.database.db;
    const senders = await Promise.all(
      [1, 2, 3].map((n) => buildMember(db, project.id, 'resident', `Zender ${n}`)),
    );
    const readers = await Promise.all(
      [1, 2].map((n) => buildMember(db, project.id, 'resident', `Lezer ${n}`)),
    );
    const sending = senders.map((m) => connectSocket(server.url, m.cookie));
    const reading = readers.map((m) => connectSocket(server.url, m.cookie));
    await Promise.all([...sending, ...reading].map(waitForConnect));
    const heard = reading.map(() => [] as Message[]);
    reading.forEach((socket, i) => socket.on('message:new', (m) => heard[i]?.push(m)));

    const acks = await Promise.all(
      Array.from({ length: 60 }, async (_, n) =>
        unwrap(
          await sending[n % sending.length]!.emitWithAck('message:send', {
            channelId: project.channels.common,
            clientId: `burst-test-${String(n).padStart(4, '0')}`,
            body: `bericht ${n}`,
          }),
        ),
      ),
    );
    await allDelivered(server, ...reading);

    const expected = acks.map((m) => m.seq).sort((a, b) => a - b);
    for (const got of heard) {
      const mine = got.filter((m) => m.body.startsWith('bericht '));
      expect(mine.map((m) => m.seq)).toEqual(expected);
    }
    for (const socket of [...sending, ...reading]) socket.disconnect();
  });

  it("keeps each sender's order when one sends again before the first is acknowledged", async () => {
    const db = server.database.db;
    const senders = await Promise.all(
      [1, 2].map((n) => buildMember(db, project.id, 'resident', `Snelle ${n}`)),
    );
    const reader = await buildMember(db, project.id, 'resident', 'Luisteraar');
    const sending = senders.map((m) => connectSocket(server.url, m.cookie));
    const listening = connectSocket(server.url, reader.cookie);
    await Promise.all([...sending, listening].map(waitForConnect));
    const heard: Message[] = [];
    listening.on('message:new', (m) => heard.push(m));

    // Every emit leaves at once: 25 messages per sender in flight together.
    const acks = await Promise.all(
      sending.flatMap((socket, s) =>
        Array.from({ length: 25 }, async (_, n) =>
          unwrap(
            await socket.emitWithAck('message:send', {
              channelId: project.channels.common,
              clientId: `order-test-${s}-${String(n).padStart(3, '0')}`,
              body: `snel ${s} ${n}`,
            }),
          ),
        ),
      ),
    );
    await allDelivered(server, listening);

    for (const s of [0, 1]) {
      const numbers = (messages: Message[]) =>
        messages
          .filter((m) => m.body.startsWith(`snel ${s} `))
          .sort((a, b) => a.seq - b.seq)
          .map((m) => Number(m.body.split(' ')[2]));
      const inSendOrder = Array.from({ length: 25 }, (_, n) => n);
      expect(numbers(acks)).toEqual(inSendOrder);
      expect(
        heard
          .filter((m) => m.body.startsWith(`snel ${s} `))
          .map((m) => Number(m.body.split(' ')[2])),
      ).toEqual(inSendOrder);
      expect(numbers(heard)).toEqual(inSendOrder);
    }
    for (const socket of [...sending, listening]) socket.disconnect();
  });
});

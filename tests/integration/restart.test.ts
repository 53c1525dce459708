import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject } from '../support/factories';
import { api } from '../support/http';
import type { Message } from '../../server/protocol/messages';

let testDb: TestDatabase | undefined;
afterAll(async () => testDb?.destroy());

describe('a server restart on the same data', () => {
  it('keeps history and sessions, and a connected client catches up without loss or duplicates', async () => {
    testDb = await createTestDatabase({ persistent: true });
    const first = await startServer({ database: await testDb.open() });
    const db = first.database.db;
    const project = await buildProject(db, 'Herstarthof');
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const samir = await buildMember(db, project.id, 'resident', 'Samir');
    const listener = await connectMember(first.url, anouk.cookie);
    const talker = await connectMember(first.url, samir.cookie);
    const before: Message[] = [];
    for (let i = 0; i < 5; i++)
      before.push(await talker.client.send(project.channels.common, `voor ${i}`));
    await eventually(() => listener.received.length >= 5);
    const port = Number(new URL(first.url).port);

    await first.close();
    const second = await startServer({ database: await testDb.open(), port });

    // The same cookies still work: sessions survived.
    const me = await api(second.url, anouk.cookie).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json.displayName).toBe('Anouk');
    const history = await api(second.url, anouk.cookie).get(
      `/api/channels/${project.channels.common}/messages`,
    );
    expect((history.json.messages as Message[]).map((m) => m.id)).toEqual(before.map((m) => m.id));

    // Both clients reconnect by themselves; new messages arrive once, in order.
    await eventually(() => listener.socket.connected && talker.socket.connected, 10_000);
    const after = await talker.client.send(project.channels.common, 'na de herstart');
    await eventually(() => listener.received.some((m) => m.id === after.id));
    expect(listener.received.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    listener.close();
    talker.close();
    await second.close();
  });
});

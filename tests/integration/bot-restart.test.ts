import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer } from '../support/app';
import { talkToBot } from '../support/bot';
import { eventually } from '../support/clients';
import { buildMember, buildProject } from '../support/factories';

let testDb: TestDatabase | undefined;
afterAll(async () => testDb?.destroy());

describe('a conversation with Buurtbot across a server restart', () => {
  it('continues a half-finished help request where it was', async () => {
    testDb = await createTestDatabase({ persistent: true });
    const first = await startServer({ database: await testDb.open() });
    const db = first.database.db;
    const project = await buildProject(db, 'Herstartbot');
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const me = await talkToBot(first.url, anouk.cookie, project.id);
    const asked = await me.say('/hulp');
    expect(asked.at(-1)?.body).toMatch(/Is het dringend\?/);
    const port = Number(new URL(first.url).port);

    await first.close();
    const second = await startServer({ database: await testDb.open(), port });
    await eventually(() => me.socket.connected);

    // The next answer belongs to the same flow: the request is made, it does not start over.
    const next = await me.press(/^Nee, vandaag/, 2);
    expect(next.map((m) => m.body).join(' ')).toMatch(
      /Ik geef je vraag aan alle begeleiders van het project/,
    );
    expect(next.at(-1)?.body).toMatch(/waar het over gaat/i);
    const done = await me.press(/Hoe ik me voel/);
    expect(done.map((m) => m.body).join(' ')).toMatch(/Ik heb het bij je vraag gezet/);
    me.close();
    await second.close();
  });
});

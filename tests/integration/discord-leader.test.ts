import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { messages } from '../../db/schema';
import { startFakeDiscord } from '../fake-discord';
import { startServer, type TestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { createTestDatabase, testEngine } from '../support/database';
import { buildMember, buildProject } from '../support/factories';
import { concernWorld, reportByForm } from '../support/concerns';
import {
  commandsRegistered,
  discordAreas,
  discordConfig,
  linkAccount,
  linkRoom,
} from './helpers/discord';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/**
 * Two app instances on one database. On PostgreSQL each has its own connection pool and the
 * advisory lock decides; PGlite is one process on one data folder, so both apps share the
 * handle, and neither closes it: it is closed after both apps (a node that closed it first left
 * the other waiting on its last statements, and the test's clean-up timed out).
 */
async function twoHandles(): Promise<[DatabaseHandle, DatabaseHandle]> {
  const testDb = await createTestDatabase();
  cleanups.push(() => testDb.destroy());
  const first = await testDb.open();
  if (testEngine === 'postgres') return [first, await testDb.open()];
  cleanups.push(() => first.close());
  const shared = { ...first, close: async () => {} };
  return [shared, shared];
}

/** A fake Discord and two nodes on one database, with a way to start each node. */
async function twoNodesSetUp() {
  const fake = await startFakeDiscord();
  cleanups.push(() => fake.close());
  const [handleA, handleB] = await twoHandles();
  const start = (database: DatabaseHandle, node: string) =>
    startServer({
      database,
      config: discordConfig(fake, { NODE_ID: node }),
      areas: discordAreas(),
    });
  return { fake, handleA, handleB, start };
}

describe('one node holds the Discord connection', () => {
  it('the second node waits, bridges through the database, and takes over when the first stops', async () => {
    const { fake, handleA, handleB, start } = await twoNodesSetUp();
    const a: TestServer = await start(handleA, 'a');
    let aClosed = false;
    cleanups.push(async () => {
      if (!aClosed) await a.close();
    });
    await commandsRegistered(fake);
    const b = await start(handleB, 'b');
    cleanups.push(() => b.close());

    const db = handleB.db;
    const project = await buildProject(db, 'Berkenhof');
    const staff = await buildMember(db, project.id, 'staff', 'Sanne');
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk');
    const admin = fake.addUser({ username: 'beheer' });
    const anne = fake.addUser({ username: 'anne', globalName: 'Anne' });
    const algemeen = fake.guild.channel('algemeen').id;
    await linkRoom(a.url, fake, {
      cookie: staff.cookie,
      projectId: project.id,
      roomId: project.channels.common,
      discordChannelId: algemeen,
      adminId: admin.id,
    });
    // B never connected: A alone holds the gateway.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.gatewayStats).toMatchObject({ connections: 1, identifies: 1 });

    // Anouk is on node B; A (the leader) sends her message out, found through the database.
    const web = await connectMember(b.url, anouk.cookie);
    await web.client.send(project.channels.common, 'Hallo via node B');
    await eventually(() => fake.messages(algemeen).some((m) => m.content === 'Hallo via node B'));

    const reconnected = commandsRegistered(fake, fake.requestCount);
    await a.close();
    aClosed = true;
    fake.userSays(algemeen, anne.id, 'tijdens de overdracht');
    await reconnected;
    fake.userSays(algemeen, anne.id, 'na de overdracht');

    await eventually(() => web.received.some((m) => m.body === 'na de overdracht'));
    await eventually(() => web.received.some((m) => m.body === 'tijdens de overdracht'));
    const bodies = (
      await db
        .select({ body: messages.body })
        .from(messages)
        .where(eq(messages.channelId, project.channels.common))
        .orderBy(messages.seq)
    ).map((m) => m.body);
    // Each exactly once; the one written during the hand-over may come in after the next one.
    expect(bodies.filter((body) => !/#algemeen/.test(body)).sort()).toEqual([
      'Hallo via node B',
      'na de overdracht',
      'tijdens de overdracht',
    ]);
    expect(fake.gatewayStats.identifies).toBe(2);
    expect(fake.messages(algemeen).filter((m) => m.content === 'Hallo via node B')).toHaveLength(1);
    web.close();
  });

  it('sends a burenbericht made on the node without the connection as a DM all the same', async () => {
    const { fake, handleA, handleB, start } = await twoNodesSetUp();
    const a = await start(handleA, 'a');
    cleanups.push(() => a.close());
    await commandsRegistered(fake);
    const b = await start(handleB, 'b');
    cleanups.push(() => b.close());

    const w = await concernWorld(handleB.db, 'Wilgenhof');
    const bram = fake.addUser({ username: 'bram12' }).id;
    await linkAccount(b.url, fake, { cookie: w.bram.cookie, discordUserId: bram });
    // Anna reports through node B, which does not hold the Discord connection.
    await reportByForm(b.url, w.anna, w.project.id, {
      step: 'burenbericht',
      unit: '12',
      category: 'noise',
    });
    const dm = fake.dmChannel(bram).id;
    await eventually(() =>
      fake.messages(dm).some((m) => m.content.includes('Een buur heeft last van geluid')),
    );
    expect(fake.gatewayStats.connections).toBe(1);
  });

  it('starts while Discord cannot be reached: Buurtkamer works, and connects once it is back', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    await fake.setUnreachable('refused');
    const testDb = await createTestDatabase();
    cleanups.push(() => testDb.destroy());
    const server = await startServer({
      database: await testDb.open(),
      config: discordConfig(fake),
      areas: discordAreas(),
    });
    cleanups.push(() => server.close());
    const project = await buildProject(server.database.db, 'Eikenhof');
    const anouk = await buildMember(server.database.db, project.id, 'resident', 'Anouk');
    const web = await connectMember(server.url, anouk.cookie);
    const stored = await web.client.send(project.channels.common, 'Discord is even weg');
    expect(stored.seq).toBe(1);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    await fake.setUnreachable(false);
    await commandsRegistered(fake);
    expect(fake.gatewayStats.identifies).toBe(1);
    web.close();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq, max } from 'drizzle-orm';
import { openDatabase } from '../../db/open';
import { channels, messages, users } from '../../db/schema';
import { connectSocket, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import {
  freePort,
  spawnServer,
  startChildServer,
  type ChildServer,
} from '../reliability/child-server';
import {
  fingerprint,
  mountSmallDisk,
  tmpfsUnavailable,
  type SmallDisk,
} from '../reliability/tmpfs';

/**
 * Fault: the disk under the PGlite folder is read-only or full. A real server process runs on
 * a small tmpfs of the test's own. At start such a folder gives one clear line and exit code 1,
 * and the files are left exactly as they were; a disk that fills up while running gives the
 * typed `unavailable` error for the writes that do not fit, the server recovers when room is
 * made, and after a SIGKILL and restart the database holds every acknowledged message once.
 */
const skipReason = tmpfsUnavailable();
if (skipReason) console.warn(`faults-disk skipped: ${skipReason}`);

const disks: SmallDisk[] = [];
const servers: ChildServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.kill()));
  disks.splice(0).forEach((d) => d.unmount());
});

function disk(sizeMb: number): SmallDisk {
  const d = mountSmallDisk(sizeMb);
  disks.push(d);
  return d;
}

async function seed(dataDir: string, members = 0) {
  const database = await openDatabase({ dataDir });
  const project = await buildProject(database.db, 'Schijfhof');
  const people: TestMember[] = [];
  for (let i = 0; i < members; i++)
    people.push(await buildMember(database.db, project.id, 'resident', `Bewoner ${i}`));
  await database.close();
  return { project, people };
}

async function refusedStart(dataDir: string): Promise<{ code: number | string; text: string }> {
  const server = spawnServer(await freePort(), { DATA_DIR: dataDir });
  servers.push(server);
  // It must refuse and exit by itself; one that keeps running fails at the test's time limit.
  const code = await server.exited;
  return { code, text: server.output.join('\n') };
}

describe.skipIf(skipReason)('the PGlite folder on a read-only or full disk', () => {
  it('refuses to start in a new folder on a read-only disk, with one clear line', async () => {
    const d = disk(8);
    d.readOnly();
    const { code, text } = await refusedStart(join(d.path, 'data'));
    expect(code).toBe(1);
    expect(text).toMatch(/Buurtkamer cannot start: .*read-only.*DATA_DIR/);
    expect(text).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  });

  it('refuses to start on an existing database on a read-only disk and leaves it untouched', async () => {
    const d = disk(64);
    await seed(d.path, 1);
    const before = fingerprint(d.path);
    d.readOnly();
    const { code, text } = await refusedStart(d.path);
    expect(code).toBe(1);
    expect(text).toMatch(/read-only/);
    expect(fingerprint(d.path)).toBe(before);
    d.writable();
    const reopened = await openDatabase({ dataDir: d.path });
    const [people] = await reopened.db.select({ n: count() }).from(users);
    expect(people?.n).toBe(2); // Buurtbot and the resident
    await reopened.close();
  });

  it('refuses to start when the disk is full, and leaves the database untouched', async () => {
    const d = disk(64);
    await seed(d.path);
    d.fill();
    const before = fingerprint(join(d.path, 'pglite'));
    const { code, text } = await refusedStart(d.path);
    expect(code).toBe(1);
    expect(text).toMatch(/Buurtkamer cannot start: .*(full|MB free)/);
    expect(fingerprint(join(d.path, 'pglite'))).toBe(before);
  });

  it('answers writes that do not fit with unavailable, recovers when room is made, and survives a SIGKILL', async () => {
    const d = disk(64);
    const { project, people } = await seed(d.path, 8);
    const port = await freePort();
    let server = await startChildServer(port, { DATA_DIR: d.path });
    servers.push(server);
    const sockets = people.map((p) => connectSocket(server.url, p.cookie));
    await Promise.all(sockets.map(waitForConnect));
    const acknowledged: string[] = [];
    const refused: string[] = [];
    let n = 0;
    const send = async (socket: (typeof sockets)[number]) => {
      n += 1;
      const response = await socket.emitWithAck('message:send', {
        channelId: (project as TestProject).channels.common,
        clientId: `disk-${n}-xxxxxxxx`,
        // Different text each time, so nothing compresses into space that is not there.
        body: Array.from({ length: 60 }, () => Math.random().toString(36).slice(2)).join(' '),
      });
      if ('data' in response) acknowledged.push(response.data.id);
      else refused.push(response.error.code);
    };

    for (let i = 0; i < 5; i++) await send(sockets[i % sockets.length]!);
    expect(acknowledged).toHaveLength(5);

    const filler = d.fill();
    for (let i = 0; i < 60 && refused.length === 0; i++) await send(sockets[i % sockets.length]!);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(['unavailable']));
    expect(sockets.every((s) => s.connected)).toBe(true);

    // Room again: the same process accepts writes without a restart.
    rmSync(filler);
    const accepted = acknowledged.length;
    await send(sockets[0]!);
    await send(sockets[1]!);
    expect(acknowledged.length).toBe(accepted + 2);

    // The worst stop, then a start on the same folder: every acknowledged message, once.
    sockets.forEach((s) => s.disconnect());
    expect(await server.kill('SIGKILL')).toBe('SIGKILL');
    server = await startChildServer(port, { DATA_DIR: d.path });
    servers.push(server);
    expect(await server.kill('SIGTERM')).toBe(0);
    const database = await openDatabase({ dataDir: d.path });
    try {
      const rows = await database.db
        .select({ id: messages.id, seq: messages.seq })
        .from(messages)
        .where(eq(messages.channelId, project.channels.common))
        .orderBy(messages.seq);
      expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      const [channel] = await database.db
        .select({ lastSeq: channels.lastSeq })
        .from(channels)
        .where(eq(channels.id, project.channels.common));
      const [highest] = await database.db
        .select({ seq: max(messages.seq) })
        .from(messages)
        .where(eq(messages.channelId, project.channels.common));
      expect(channel?.lastSeq).toBe(highest?.seq);
    } finally {
      await database.close();
    }
  });
});

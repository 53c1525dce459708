import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReadableChannels } from '../../server/domain/channels/channels';
import fc from 'fast-check';
import { startTestServer } from '../support/app';
import { connectMember } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { dataFingerprint, settledFingerprint } from '../reliability/snapshot';
import { openRawSocket, type RawSocket } from '../reliability/raw-socket';

/**
 * Raw engine.io / Socket.IO packets over a plain WebSocket: invalid UTF-8, 100,000 levels of
 * nesting, huge arrays, frames over the transport cap, thousands of namespace joins, broken
 * framing and random bytes. The offending connection gets a typed error or is closed; the
 * server stays up, other members are not disturbed, and nothing is stored.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let member: TestMember;
let bystander: Awaited<ReturnType<typeof connectMember>>;
const open: RawSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db, 'Pakkethof');
  member = await buildMember(server.database.db, project.id, 'resident', 'Rauw');
  const other = await buildMember(server.database.db, project.id, 'neighbour', 'Omstander');
  bystander = await connectMember(server.url, other.cookie);
});
afterAll(async () => {
  open.forEach((s) => s.ws.terminate());
  bystander?.close();
  await server.stop();
});

async function raw(cookie: string | undefined = member.cookie) {
  const socket = await openRawSocket(server.url, cookie);
  open.push(socket);
  return socket;
}

/** The server still serves: readiness, and a bystander's message is stored and acknowledged. */
async function stillServing() {
  expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  const message = await bystander.client.send(project.channels.common, 'nog steeds hier');
  expect(message.seq).toBeGreaterThan(0);
}

/** An ack frame for id `n`: `43n[...]`. */
const ackOf = (socket: RawSocket, n: number) => socket.waitFor((f) => f.startsWith(`43${n}[`));

describe('raw packets', () => {
  it('closes a connection that sends invalid UTF-8 in a text frame', async () => {
    const socket = await raw();
    socket.send(Buffer.from([0x34, 0x32, 0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]));
    const { code } = await socket.closed;
    expect(code).toBe(1007);
    await stillServing();
  });

  it('refuses a NUL character and half an emoji escaped in JSON with validation_failed', async () => {
    const socket = await raw();
    const body = JSON.stringify({
      channelId: project.channels.common,
      clientId: 'surrogate-01',
      body: '\ud800\u0000\udfff',
    });
    socket.send(`421["message:send",${body}]`);
    const frame = await ackOf(socket, 1);
    expect(frame).toMatch(/"code":"validation_failed"/);
    await stillServing();
  });

  it('answers 100,000 levels of nesting with a typed error', async () => {
    const socket = await raw();
    const before = await settledFingerprint(server);
    const depth = 100_000;
    socket.send(`422["message:send",${'['.repeat(depth)}${']'.repeat(depth)}]`);
    socket.send(`423["sync",${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]`);
    const answers = await Promise.all([ackOf(socket, 2), ackOf(socket, 3)]).catch(() => 'closed');
    if (answers !== 'closed')
      for (const a of answers) expect(a).toMatch(/"code":"(payload_too_large|validation_failed)"/);
    expect(await dataFingerprint(server.database.db)).toBe(before);
    await stillServing();
  });

  it('answers a huge array under the transport cap with payload_too_large, and closes one over it', async () => {
    const socket = await raw();
    socket.send(
      `424["sync",{"positions":[${Array.from({ length: 200_000 }, () => '0').join(',')}]}]`,
    );
    expect(await ackOf(socket, 4)).toMatch(/"code":"payload_too_large"/);
    expect(socket.isOpen()).toBe(true);
    socket.send(`425["sync",{"positions":[${'1,'.repeat(600_000)}1]}]`);
    const { code } = await socket.closed;
    expect([1009, 1005, 1006]).toContain(code);
    await stillServing();
  });

  it('refuses thousands of namespace joins and repeated connects without growing', async () => {
    const socket = await raw();
    const before = server.app.io.of('/').sockets.size;
    for (let i = 0; i < 3000; i++) socket.send(`40/kamer-${i},`);
    for (let i = 0; i < 50; i++) socket.send('40');
    socket.send('426["presence:list",{"projectId":"' + project.id + '"}]');
    await ackOf(socket, 6).catch(() => undefined);
    expect(server.app.io._nsps.size).toBe(1);
    expect(server.app.io.of('/').sockets.size).toBeLessThanOrEqual(before + 1);
    await stillServing();
  });

  it('keeps the rooms a socket is in to what it may read, however often it syncs', async () => {
    const socket = await raw();
    const positions = Array.from({ length: 200 }, (_, i) => ({
      channelId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      afterSeq: 0,
    }));
    for (let i = 0; i < 20; i++)
      socket.send(`42${10 + i}["sync",${JSON.stringify({ positions })}]`);
    await ackOf(socket, 29);
    const mine = (await server.app.io.fetchSockets()).filter(
      (s) => s.data.userId === member.userId,
    );
    const readable = new Set(
      (await listReadableChannels(server.database.db, member.userId)).map((c) => `channel:${c.id}`),
    );
    for (const s of mine) {
      const channelRooms = [...s.rooms].filter((r) => r.startsWith('channel:'));
      expect(channelRooms.length).toBeGreaterThan(0);
      for (const room of channelRooms) expect(readable.has(room)).toBe(true);
      expect(s.rooms.size).toBeLessThanOrEqual(readable.size + 8);
    }
  });

  it('survives random frames and broken framing', async () => {
    const before = await settledFingerprint(server);
    const frames = fc.oneof(
      fc.constantFrom(
        '',
        '4',
        '42',
        '42[',
        '42["message:send"',
        '42{}',
        '4X',
        '9',
        '6',
        '5',
        '1',
        '41',
        '43999[{}]',
        '451-["message:send",{"_placeholder":true,"num":0}]',
        '45999999-["message:send",{"_placeholder":true,"num":99}]',
        '42[null]',
        '42[1,2,3]',
        '42["__proto__",{}]',
        '42["constructor",{}]',
        '42["toString"]',
        '42["disconnect"]',
        '42["connect"]',
        '42["newListener","message:send"]',
        '2probe',
        '3probe',
      ),
      fc.string({ maxLength: 200 }).map((s) => `42${s}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }).map((j) => `42${j}`),
    );
    let socket = await raw();
    await fc.assert(
      fc.asyncProperty(frames, fc.boolean(), async (frame, binary) => {
        if (!socket.isOpen()) socket = await raw();
        socket.send(binary ? Buffer.from(frame) : frame, binary);
      }),
      { numRuns: 300 },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(await dataFingerprint(server.database.db)).toBe(before);
    await stillServing();
  });

  it('ignores everything from a connection that never authenticated', async () => {
    const socket = await raw('bk_session=nope');
    expect(socket.received.some((f) => f.startsWith('44{') && f.includes('unauthenticated'))).toBe(
      true,
    );
    const before = await settledFingerprint(server);
    socket.send(
      `427["message:send",${JSON.stringify({ channelId: project.channels.common, clientId: 'sneaky-0001', body: 'hoi' })}]`,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(socket.received.some((f) => f.startsWith('437'))).toBe(false);
    expect(await dataFingerprint(server.database.db)).toBe(before);
  });
});

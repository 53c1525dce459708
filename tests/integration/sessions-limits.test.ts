import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relaxedLimits, startTestServer } from '../support/app';
import {
  allDelivered,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api, sessionCookieFrom } from '../support/http';
import type { Message } from '../../server/protocol/messages';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';

/**
 * Issue 19, point 6: a password change ends the other sessions; sockets are capped per person
 * and per address; `sync` counts a channel once and is rate-limited; a retried `message:send`
 * is acknowledged but not announced again; redeeming an invite while signed in must be said.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      ...relaxedLimits,
      sync: { points: 4, seconds: 60, burst: 1 },
      sockets: { perUser: 2, perAddress: 4 },
    },
  });
  project = await buildProject(server.database.db, 'Sessiehof');
});
afterAll(() => server.stop());

const opened: ClientSocket[] = [];
async function connected(cookie: string) {
  const socket = connectSocket(server.url, cookie);
  opened.push(socket);
  await waitForConnect(socket);
  return socket;
}
function closeAll() {
  for (const s of opened.splice(0)) s.disconnect();
}
async function refusal(cookie: string) {
  const socket = connectSocket(server.url, cookie);
  opened.push(socket);
  const error = await new Promise<Error & { data?: { code: string; message: string } }>(
    (resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected over the cap')));
      socket.once('connect_error', resolve);
    },
  );
  socket.disconnect();
  return error;
}

describe('a password change', () => {
  it('ends the other sessions and keeps the current one', async () => {
    const staff = await buildMember(server.database.db, project.id, 'staff', 'Petra');
    const first = await api(server.url, staff.cookie).post('/api/auth/password', {
      email: 'petra@example.org',
      password: 'eerste wachtwoord lang',
    });
    expect(first.status).toBe(200);
    const login = await api(server.url).post('/api/auth/login', {
      email: 'petra@example.org',
      password: 'eerste wachtwoord lang',
    });
    expect(login.status).toBe(200);
    const laptop = sessionCookieFrom(login.headers)!;
    expect((await api(server.url, laptop).get('/api/me')).status).toBe(200);
    const laptopSocket = await connected(laptop);
    const ended = nextEvent<{ reason: string }>(laptopSocket, 'session:ended');

    const change = await api(server.url, staff.cookie).post('/api/auth/password', {
      email: 'petra@example.org',
      password: 'tweede wachtwoord lang',
      currentPassword: 'eerste wachtwoord lang',
    });
    expect(change.status).toBe(200);
    expect(await ended).toEqual({ reason: 'revoked' });
    expect((await api(server.url, laptop).get('/api/me')).status).toBe(401);
    expect((await api(server.url, staff.cookie).get('/api/me')).status).toBe(200);
    closeAll();
  });
});

describe('socket caps', () => {
  it('refuses a connection over the cap per person and per address with a clear error', async () => {
    const db = server.database.db;
    const [a, b, c] = await Promise.all(
      ['Anna', 'Bert', 'Cor'].map((n) => buildMember(db, project.id, 'resident', n)),
    );
    const enNl = await buildMember(db, project.id, 'resident', 'Dirk');
    const a1 = await connected(a!.cookie);
    await connected(a!.cookie);
    const overUser = await refusal(a!.cookie);
    expect(overUser.message).toBe('rate_limited');
    expect(overUser.data).toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('te veel plekken tegelijk'),
    });

    await connected(b!.cookie);
    await connected(c!.cookie);
    // Four open from this address: a fifth person from it is refused too.
    const overAddress = await refusal(enNl.cookie);
    expect(overAddress.data).toMatchObject({ code: 'rate_limited' });

    // A closed socket gives its place back, once the server has seen it close.
    const closing = a1.id;
    a1.disconnect();
    await eventually(async () =>
      (await server.app.io.fetchSockets()).every((socket) => socket.id !== closing),
    );
    await connected(a!.cookie);
    closeAll();
  });
});

describe('sync', () => {
  it('counts a channel named twice once, and is rate-limited', async () => {
    const member = await buildMember(server.database.db, project.id, 'resident', 'Syncer');
    const socket = await connected(member.cookie);
    for (let i = 0; i < 3; i++) {
      const ack = await socket.emitWithAck('message:send', {
        channelId: project.channels.common,
        clientId: `sync-dup-${i}-xxxx`,
        body: `bericht ${i}`,
      });
      expect('data' in ack).toBe(true);
    }
    const once = await socket.emitWithAck('sync', {
      positions: [{ channelId: project.channels.common, afterSeq: 0 }],
    });
    if (!('data' in once)) throw new Error('sync refused');
    const twice = await socket.emitWithAck('sync', {
      positions: [
        { channelId: project.channels.common, afterSeq: 0 },
        { channelId: project.channels.common, afterSeq: 0 },
        { channelId: project.channels.common, afterSeq: 2 },
      ],
    });
    if (!('data' in twice)) throw new Error('sync refused');
    expect(twice.data.messages.map((m) => m.seq)).toEqual(once.data.messages.map((m) => m.seq));
    expect(new Set(twice.data.messages.map((m) => m.id)).size).toBe(twice.data.messages.length);

    const more = [];
    for (let i = 0; i < 4; i++) more.push(await socket.emitWithAck('sync', { positions: [] }));
    const refused = more.filter((r) => 'error' in r);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({
      error: { code: 'rate_limited', retryAfterSeconds: expect.any(Number) },
    });
    expect(socket.connected).toBe(true);
    closeAll();
  });
});

describe('a retried message:send', () => {
  it('is acknowledged with the same message but announced only once', async () => {
    const db = server.database.db;
    const sender = await buildMember(db, project.id, 'resident', 'Zender');
    const reader = await buildMember(db, project.id, 'resident', 'Lezer');
    const s = await connected(sender.cookie);
    const r = await connected(reader.cookie);
    const seen: Message[] = [];
    r.on('message:new', (m) => {
      if (m.clientId === 'retry-once-0001') seen.push(m);
    });
    const send = () =>
      s.emitWithAck('message:send', {
        channelId: project.channels.common,
        clientId: 'retry-once-0001',
        body: 'Hallo allemaal',
      });
    const first = await send();
    const second = await send();
    if (!('data' in first) || !('data' in second)) throw new Error('send refused');
    expect(second.data.id).toBe(first.data.id);
    expect(second.data.seq).toBe(first.data.seq);
    // A later message shows the reader's room is live; the retry did not arrive before it.
    await s.emitWithAck('message:send', {
      channelId: project.channels.common,
      clientId: 'retry-after-0001',
      body: 'Nog een',
    });
    await allDelivered(server, r);
    expect(seen).toHaveLength(1);
    closeAll();
  });
});

describe('an invite redeemed while signed in', () => {
  it('asks to confirm who joins, naming the person signed in', async () => {
    const db = server.database.db;
    const other = await buildProject(db, 'Andershof');
    const otherStaff = await buildMember(db, other.id, 'staff', 'Ilse');
    const made = await api(server.url, otherStaff.cookie).post(
      `/api/projects/${other.id}/invites`,
      {
        role: 'resident',
      },
    );
    const code = (made.json as { code: string }).code;
    const signedIn = await buildMember(db, project.id, 'resident', 'Karim');

    const asked = await api(server.url, signedIn.cookie).post('/api/auth/redeem', {
      code,
      displayName: 'Iemand Anders',
    });
    expect(asked.status).toBe(409);
    expect(asked.json.error).toMatchObject({ code: 'conflict' });
    expect(asked.json.error?.message).toContain('Karim');
    const before = await api(server.url, signedIn.cookie).get('/api/me/projects');
    expect((before.json.projects as { id: string }[]).map((p) => p.id)).toEqual([project.id]);

    // Without a session, "as the current user" is not a way in.
    const nobody = await api(server.url).post('/api/auth/redeem', {
      code,
      displayName: 'Karim',
      asCurrentUser: true,
    });
    expect(nobody.status).toBe(401);

    const joined = await api(server.url, signedIn.cookie).post('/api/auth/redeem', {
      code,
      displayName: 'Karim',
      asCurrentUser: true,
    });
    expect(joined.status).toBe(201);
    expect(sessionCookieFrom(joined.headers)).toBeUndefined();
    const after = await api(server.url, signedIn.cookie).get('/api/me/projects');
    expect((after.json.projects as { id: string }[]).map((p) => p.id).sort()).toEqual(
      [project.id, other.id].sort(),
    );

    // A dead link says so, also to someone signed in.
    const dead = await api(server.url, signedIn.cookie).post('/api/auth/redeem', {
      code: 'a'.repeat(22),
      displayName: 'Karim',
    });
    expect(dead.json.error?.code).not.toBe('conflict');
  });
});

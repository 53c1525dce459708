import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import { startTestServer } from '../support/app';
import {
  connectMember,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { unwrap } from '../../web/src/realtime/realtimeClient';
import type { Message } from '../../server/protocol/messages';

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db);
});
afterAll(() => server.stop());

const db = () => server.database.db;

describe('live chat in a project room', () => {
  it('delivers a message to the other member, and acknowledges the stored message to the sender', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk');
    const samir = await buildMember(db(), project.id, 'resident', 'Samir');
    const a = await connectMember(server.url, anouk.cookie);
    const b = await connectMember(server.url, samir.cookie);
    const arrived = nextEvent<Message>(b.socket, 'message:new', (m) => m.body === 'Hoi Samir!');

    const stored = await a.client.send(project.channels.common, 'Hoi Samir!');
    const seen = await arrived;

    expect(stored.seq).toBeGreaterThan(0);
    expect(seen).toEqual(stored);
    expect(seen.author).toEqual({ id: anouk.userId, name: 'Anouk', role: 'bewoner' });
    a.close();
    b.close();
  });

  it('stores a retried send once and answers the retry with the same message', async () => {
    const joke = await buildMember(db(), project.id, 'resident', 'Joke');
    const socket = connectSocket(server.url, joke.cookie);
    await waitForConnect(socket);
    const payload = {
      channelId: project.channels.common,
      clientId: 'retry-test-0001',
      body: 'Eén keer graag',
    };

    const first = unwrap(await socket.emitWithAck('message:send', payload));
    const again = unwrap(await socket.emitWithAck('message:send', payload));

    expect(again).toEqual(first);
    const [row] = await db()
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.clientId, 'retry-test-0001'));
    expect(row?.n).toBe(1);
    socket.disconnect();
  });

  it('gives a client that was away exactly the messages it missed, in order', async () => {
    const ruud = await buildMember(db(), project.id, 'resident', 'Ruud');
    const kees = await buildMember(db(), project.id, 'coordinator', 'Kees');
    const away = await connectMember(server.url, ruud.cookie);
    const sender = await connectMember(server.url, kees.cookie);
    await sender.client.send(project.channels.common, 'voor de pauze');
    await eventually(() => away.received.some((m) => m.body === 'voor de pauze'));

    away.socket.disconnect();
    const sent: Message[] = [];
    for (let i = 0; i < 12; i++)
      sent.push(await sender.client.send(project.channels.common, `gemist ${i}`));
    away.socket.connect();

    await eventually(() => away.received.some((m) => m.body === 'gemist 11'));
    const missed = away.received.filter((m) => m.body.startsWith('gemist'));
    expect(missed.map((m) => m.id)).toEqual(sent.map((m) => m.id));
    const seqs = away.received
      .filter((m) => m.channelId === project.channels.common)
      .map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
    away.close();
    sender.close();
  });

  it('shows who is typing to the others in the room', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk T');
    const samir = await buildMember(db(), project.id, 'resident', 'Samir T');
    const a = await connectMember(server.url, anouk.cookie);
    const b = await connectMember(server.url, samir.cookie);
    const typing = nextEvent<{ channelId: string; name: string }>(b.socket, 'typing:update');
    a.socket.volatile.emit('typing:start', { channelId: project.channels.common });
    expect(await typing).toMatchObject({ channelId: project.channels.common, name: 'Anouk T' });
    a.close();
    b.close();
  });

  it('tells members who comes online and goes offline, and lists who is online', async () => {
    const watcher = await buildMember(db(), project.id, 'resident', 'Kijker');
    const visitor = await buildMember(db(), project.id, 'resident', 'Bezoeker');
    const w = await connectMember(server.url, watcher.cookie);
    const cameOnline = nextEvent<{ online: string[] }>(w.socket, 'presence:update', (e) =>
      e.online.includes(visitor.userId),
    );
    const v = await connectMember(server.url, visitor.cookie);
    await cameOnline;
    const list = unwrap(await w.socket.emitWithAck('presence:list', { projectId: project.id }));
    expect(list.online).toEqual(expect.arrayContaining([watcher.userId, visitor.userId]));

    const wentOffline = nextEvent<{ offline: string[] }>(w.socket, 'presence:update', (e) =>
      e.offline.includes(visitor.userId),
    );
    v.close();
    await wentOffline;
    w.close();
  });

  it('pages back through history with a cursor', async () => {
    const pager = await buildMember(db(), project.id, 'resident', 'Pager');
    const other = await buildProject(db(), 'Historiehof');
    const member = await buildMember(db(), other.id, 'resident', 'Historicus');
    const c = await connectMember(server.url, member.cookie);
    for (let i = 1; i <= 7; i++) await c.client.send(other.channels.common, `bericht ${i}`);
    const { api } = await import('../support/http');
    const http = api(server.url, member.cookie);
    const first = await http.get(`/api/channels/${other.channels.common}/messages?limit=3`);
    expect(first.status).toBe(200);
    const page1 = first.json as unknown as { messages: Message[]; nextBefore: number };
    expect(page1.messages.map((m) => m.body)).toEqual(['bericht 5', 'bericht 6', 'bericht 7']);
    const second = await http.get(
      `/api/channels/${other.channels.common}/messages?limit=3&before=${page1.nextBefore}`,
    );
    const page2 = second.json as unknown as { messages: Message[]; nextBefore: number | null };
    expect(page2.messages.map((m) => m.body)).toEqual(['bericht 2', 'bericht 3', 'bericht 4']);
    const third = await http.get(
      `/api/channels/${other.channels.common}/messages?limit=3&before=${page2.nextBefore}`,
    );
    const page3 = third.json as unknown as { messages: Message[]; nextBefore: number | null };
    expect(page3.messages.map((m) => m.body)).toEqual(['bericht 1']);
    expect(page3.nextBefore).toBeNull();
    expect(pager.userId).toBeTruthy();
    c.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { channels, memberships } from '../../db/schema';
import { createPrivateChannel } from '../../server/domain/channels/channels';
import { startTestServer } from '../support/app';
import {
  allDelivered,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';
import type { Message } from '../../server/protocol/messages';

/**
 * `message:send` remembers a granted write check per socket (server/realtime/handlers/
 * channelAccess.ts). These tests show what that must never change: access that changes while
 * a socket is connected takes effect at once, for sending and for receiving.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db);
});
afterAll(() => server.stop());

const db = () => server.database.db;

let counter = 0;
async function send(socket: ClientSocket, channelId: string, body: string) {
  counter += 1;
  return (await socket.emitWithAck('message:send', {
    channelId,
    clientId: `access-cache-${counter}`,
    body,
  })) as { data?: Message; error?: { code: string } };
}

async function connected(cookie: string): Promise<ClientSocket> {
  const socket = connectSocket(server.url, cookie);
  await waitForConnect(socket);
  return socket;
}

describe('the remembered write check', () => {
  it('a member removed from the project stops sending and receiving at once', async () => {
    const leaving = await buildMember(db(), project.id, 'resident', 'Vertrekker');
    const staying = await buildMember(db(), project.id, 'resident', 'Blijver');
    const socket = await connected(leaving.cookie);
    const other = await connected(staying.cookie);
    // Two sends: the second one uses the remembered check.
    expect((await send(socket, project.channels.common, 'een')).data).toBeDefined();
    expect((await send(socket, project.channels.common, 'twee')).data).toBeDefined();

    let disconnects = 0;
    socket.on('disconnect', () => (disconnects += 1));
    await db()
      .delete(memberships)
      .where(and(eq(memberships.projectId, project.id), eq(memberships.userId, leaving.userId)));
    await server.app.deps.dispatcher.publish({
      type: 'user.access_changed',
      userId: leaving.userId,
    });
    // The socket is closed; the client comes back with a new one (the session is still valid).
    await eventually(() => disconnects > 0);
    socket.connect();
    await waitForConnect(socket);

    const refused = await send(socket, project.channels.common, 'nog eentje');
    expect(refused.error?.code).toBe('forbidden');
    const heard: Message[] = [];
    socket.on('message:new', (m) => heard.push(m));
    const arrived = nextEvent<Message>(other, 'message:new', (m) => m.body === 'na het vertrek');
    expect((await send(other, project.channels.common, 'na het vertrek')).data).toBeDefined();
    await arrived;
    await allDelivered(server, socket, other);
    expect(heard).toEqual([]);
    socket.disconnect();
    other.disconnect();
  });

  it('is never remembered when refused: a later right is asked for afresh', async () => {
    const resident = await buildMember(db(), project.id, 'resident', 'Nieuwsgierig');
    const socket = await connected(resident.cookie);
    expect((await send(socket, project.channels.staff, 'mag ik hier?')).error?.code).toBe(
      'forbidden',
    );
    // Made staff (the rule: a change of access reconnects the person's sockets).
    await db()
      .update(memberships)
      .set({ role: 'staff' })
      .where(and(eq(memberships.projectId, project.id), eq(memberships.userId, resident.userId)));
    let disconnects = 0;
    socket.on('disconnect', () => (disconnects += 1));
    await server.app.deps.dispatcher.publish({
      type: 'user.access_changed',
      userId: resident.userId,
    });
    await eventually(() => disconnects > 0);
    socket.connect();
    await waitForConnect(socket);
    const stored = await send(socket, project.channels.staff, 'nu wel');
    expect(stored.data?.author.role).not.toBe('bewoner');
    socket.disconnect();
  });

  it('a channel deleted after the check was remembered answers not_found, as before', async () => {
    const staff = await buildMember(db(), project.id, 'staff', 'Beheerder');
    const thread = await createPrivateChannel(db(), {
      projectId: project.id,
      kind: 'thread',
      name: 'Melding',
      memberIds: [staff.userId],
    });
    const socket = await connected(staff.cookie);
    expect((await send(socket, thread.id, 'eerste')).data).toBeDefined();
    expect((await send(socket, thread.id, 'tweede')).data).toBeDefined();

    await db().delete(channels).where(eq(channels.id, thread.id));

    expect((await send(socket, thread.id, 'derde')).error?.code).toBe('not_found');
    expect((await send(socket, project.channels.common, 'elders wel')).data).toBeDefined();
    socket.disconnect();
  });
});

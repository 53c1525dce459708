import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../server/protocol/messages';
import { unwrap } from '../../web/src/realtime/realtimeClient';
import { startTestServer } from '../support/app';
import { connectMember, nextEvent } from '../support/clients';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api } from '../support/http';

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db);
});
afterAll(() => server.stop());

const db = () => server.database.db;

describe('editing and deleting your own message', () => {
  it('the author edits and deletes; the room sees it live, history keeps the sequence', async () => {
    const anouk = await buildMember(db(), project.id, 'resident', 'Anouk');
    const samir = await buildMember(db(), project.id, 'resident', 'Samir');
    const a = await connectMember(server.url, anouk.cookie);
    const b = await connectMember(server.url, samir.cookie);
    const sent = await a.client.send(project.channels.common, 'Morgen koffie om 10 uur');

    const edited = nextEvent<Message>(b.socket, 'message:updated', (m) => m.id === sent.id);
    const ack = unwrap(
      await a.socket.emitWithAck('message:edit', {
        messageId: sent.id,
        body: 'Morgen koffie om 11 uur',
      }),
    );
    expect(ack).toMatchObject({ id: sent.id, seq: sent.seq, body: 'Morgen koffie om 11 uur' });
    expect(ack.editedAt).toBeTruthy();
    expect(await edited).toEqual(ack);

    // The same text again changes nothing.
    const same = unwrap(
      await a.socket.emitWithAck('message:edit', {
        messageId: sent.id,
        body: 'Morgen koffie om 11 uur',
      }),
    );
    expect(same.editedAt).toBe(ack.editedAt);

    // Someone else may not touch it.
    const refused = await b.socket.emitWithAck('message:delete', { messageId: sent.id });
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    const bad = await a.socket.emitWithAck('message:edit', { messageId: sent.id, body: '   ' });
    expect(bad).toMatchObject({
      error: { code: 'validation_failed', fields: { body: expect.any(String) } },
    });

    const deleted = nextEvent<Message>(b.socket, 'message:updated', (m) => m.deleted === true);
    unwrap(await a.socket.emitWithAck('message:delete', { messageId: sent.id }));
    expect(await deleted).toMatchObject({ id: sent.id, seq: sent.seq, body: '', deleted: true });
    const again = await a.socket.emitWithAck('message:edit', { messageId: sent.id, body: 'terug' });
    expect(again).toMatchObject({ error: { code: 'not_found' } });

    const history = await api(server.url, samir.cookie).get(
      `/api/channels/${project.channels.common}/messages`,
    );
    expect(history.json.messages).toEqual([
      expect.objectContaining({ id: sent.id, seq: sent.seq, body: '', deleted: true }),
    ]);
    a.close();
    b.close();
  });

  it('cannot edit a message in a room one may no longer read', async () => {
    const staff = await buildMember(db(), project.id, 'staff', 'Sanne');
    const resident = await buildMember(db(), project.id, 'resident', 'Ruud');
    const s = await connectMember(server.url, staff.cookie);
    const r = await connectMember(server.url, resident.cookie);
    const note = await s.client.send(project.channels.staff, 'Alleen voor het team');
    const refused = await r.socket.emitWithAck('message:edit', { messageId: note.id, body: 'x' });
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    s.close();
    r.close();
  });
});

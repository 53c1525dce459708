import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { invites, messages } from '../../db/schema';
import { startTestServer, TEST_ORIGIN } from '../support/app';
import { connectSocket, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let member: TestMember;
let socket: ClientSocket;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db, 'Foutenhof');
  member = await buildMember(server.database.db, project.id, 'staff', 'Esther', undefined, 'en');
  socket = connectSocket(server.url, member.cookie);
  await waitForConnect(socket);
});
afterAll(async () => {
  socket.disconnect();
  await server.stop();
});

const messageCount = async () =>
  (await server.database.db.select({ n: count() }).from(messages))[0]?.n;

function deeplyNested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('malformed and oversized socket events', () => {
  const cases: [string, unknown, string][] = [
    ['no payload at all', undefined, 'validation_failed'],
    ['a string instead of an object', 'hallo', 'validation_failed'],
    ['null', null, 'validation_failed'],
    ['an array', [1, 2, 3], 'validation_failed'],
    [
      'a missing body',
      { channelId: '00000000-0000-4000-8000-000000000000', clientId: 'abcdefgh1' },
      'validation_failed',
    ],
    [
      'an empty body',
      { channelId: '00000000-0000-4000-8000-000000000000', clientId: 'abcdefgh2', body: '   ' },
      'validation_failed',
    ],
    [
      'a body of the wrong type',
      { channelId: '00000000-0000-4000-8000-000000000000', clientId: 'abcdefgh3', body: 42 },
      'validation_failed',
    ],
    [
      'a channel id that is no id',
      { channelId: "1' or '1'='1", clientId: 'abcdefgh4', body: 'x' },
      'validation_failed',
    ],
    [
      'an unknown extra field',
      {
        channelId: '00000000-0000-4000-8000-000000000000',
        clientId: 'abcdefgh5',
        body: 'x',
        admin: true,
      },
      'validation_failed',
    ],
    [
      'a client id with odd characters',
      { channelId: '00000000-0000-4000-8000-000000000000', clientId: '<script>', body: 'x' },
      'validation_failed',
    ],
    [
      'a body longer than 4000 characters',
      {
        channelId: '00000000-0000-4000-8000-000000000000',
        clientId: 'abcdefgh6',
        body: 'x'.repeat(4001),
      },
      'validation_failed',
    ],
    [
      'a 70 KB payload',
      {
        channelId: '00000000-0000-4000-8000-000000000000',
        clientId: 'abcdefgh7',
        body: 'x'.repeat(70_000),
      },
      'payload_too_large',
    ],
    ['deeply nested JSON', deeplyNested(1500), 'validation_failed'],
  ];

  for (const [name, payload, code] of cases) {
    it(`answers ${name} with ${code}, stores nothing and keeps the connection`, async () => {
      const before = await messageCount();
      const response = await socket.emitWithAck('message:send', payload as never);
      expect('error' in response && response.error.code).toBe(code);
      if ('error' in response) expect(response.error.message).toMatch(/[a-z]/i);
      expect(await messageCount()).toBe(before);
      expect(socket.connected).toBe(true);
    });
  }

  it("names the wrong fields in the person's language", async () => {
    const response = await socket.emitWithAck('message:send', {
      channelId: 'nope',
      clientId: 'x',
      body: '',
    } as never);
    expect(response).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Something in what you sent is not right. Please check the fields.',
        fields: {
          channelId: 'This is not written correctly. Please check it.',
          clientId: 'Too short. Use at least 8 characters.',
          body: 'Too short. Use at least 1 characters.',
        },
      },
    });
  });

  it('answers an unknown event that expects an answer, and stays connected', async () => {
    const response = await (
      socket as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> }
    ).emitWithAck('admin:dropTables', {});
    expect(response).toMatchObject({ error: { code: 'unknown_event' } });
    const ok = await socket.emitWithAck('message:send', {
      channelId: project.channels.common,
      clientId: 'after-bad-input',
      body: 'nog steeds hier',
    });
    expect('data' in ok).toBe(true);
  });

  it('refuses sync requests naming more than 200 channels', async () => {
    const positions = Array.from({ length: 201 }, () => ({
      channelId: project.channels.common,
      afterSeq: 0,
    }));
    const response = await socket.emitWithAck('sync', { positions });
    expect('error' in response && response.error.code).toBe('validation_failed');
  });
});

describe('malformed and oversized HTTP requests', () => {
  const inviteCount = async () =>
    (await server.database.db.select({ n: count() }).from(invites))[0]?.n;

  it('refuses broken JSON with a typed error and changes nothing', async () => {
    const before = await inviteCount();
    const r = await api(server.url, member.cookie).request(
      'POST',
      `/api/projects/${project.id}/invites`,
      '{"role": ',
      {
        'content-type': 'application/json',
      },
    );
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe('validation_failed');
    expect(await inviteCount()).toBe(before);
  });

  it('refuses wrong fields with field messages (Dutch by default, English when asked)', async () => {
    const nl = await api(server.url).post('/api/auth/redeem', {
      code: 'a',
      displayName: 'x'.repeat(80),
    });
    expect(nl.status).toBe(400);
    expect(nl.json.error?.fields).toEqual({
      code: 'Te kort. Gebruik minstens 16 tekens.',
      displayName: 'Te lang. Gebruik hoogstens 40 tekens.',
    });
    const en = await api(server.url).post(
      '/api/auth/redeem',
      { code: 'a' },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(en.json.error?.fields).toEqual({
      code: 'Too short. Use at least 16 characters.',
      displayName: 'This field is needed.',
    });
  });

  it('refuses a body over 64 KB with payload_too_large', async () => {
    const r = await api(server.url, member.cookie).post(`/api/projects/${project.id}/invites`, {
      role: 'resident',
      label: 'x'.repeat(70_000),
    });
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe('payload_too_large');
  });

  it('refuses invalid path and query values', async () => {
    const http = api(server.url, member.cookie);
    expect((await http.get('/api/projects/not-a-uuid/channels')).json.error?.code).toBe(
      'validation_failed',
    );
    expect(
      (await http.get(`/api/channels/${project.channels.common}/messages?limit=100000`)).json.error
        ?.code,
    ).toBe('validation_failed');
    expect(
      (await http.get(`/api/channels/${project.channels.common}/messages?before=-3`)).json.error
        ?.code,
    ).toBe('validation_failed');
  });

  it('refuses a cross-site request and a form post (CSRF)', async () => {
    const before = await inviteCount();
    const crossSite = await api(server.url, member.cookie).post(
      `/api/projects/${project.id}/invites`,
      { role: 'resident' },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    // Mostly the same server under another name (127.0.0.1 for localhost): it says which works.
    expect(crossSite.json.error?.message).toBe(
      `This does not work from this address. Open Buurtkamer at ${TEST_ORIGIN}. Use the link exactly as you got it.`,
    );
    const form = await api(server.url, member.cookie).request(
      'POST',
      `/api/projects/${project.id}/invites`,
      'role=resident',
      {
        'content-type': 'application/x-www-form-urlencoded',
      },
    );
    expect(form.status).toBe(403);
    expect(await inviteCount()).toBe(before);
  });

  it('answers unknown API paths with the typed not_found error', async () => {
    const r = await api(server.url, member.cookie).get('/api/nothing/here');
    expect(r.status).toBe(404);
    expect(r.json.error?.code).toBe('not_found');
  });
});

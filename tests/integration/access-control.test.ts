import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { createInvite } from '../../server/domain/auth/invites';
import { createPrivateChannel } from '../../server/domain/channels/channels';
import type { Role } from '../../server/protocol/roles';
import { startTestServer } from '../support/app';
import { connectSocket, waitForConnect } from '../support/clients';
import {
  buildMember,
  buildProject,
  buildStranger,
  type TestMember,
  type TestProject,
} from '../support/factories';
import { api } from '../support/http';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';

/**
 * The access table: every route and socket event against every kind of caller, run in full.
 * `allowed` lists who may; everyone else must be refused (401 without a valid session,
 * 403 for a signed-in person without the right).
 */
type Principal = Role | 'stranger' | 'otherProject' | 'expired' | 'anonymous';
const memberRoles: Role[] = [
  'resident',
  'neighbour',
  'staff',
  'coordinator',
  'corporation',
  'admin',
];
const principals: Principal[] = [
  ...memberRoles,
  'stranger',
  'otherProject',
  'expired',
  'anonymous',
];
const everyMember: Principal[] = memberRoles;
const exceptCorporation: Principal[] = memberRoles.filter((r) => r !== 'corporation');
const inviteManagers: Principal[] = ['staff', 'coordinator', 'admin'];
const staffOnly: Principal[] = ['staff', 'admin'];

let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
const who = new Map<Principal, TestMember | undefined>();
let threadId: string;
let botChannelId: string;
const inviteIds: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  project = await buildProject(db, 'Toegangshof');
  for (const role of memberRoles)
    who.set(role, await buildMember(db, project.id, role, `Lid ${role}`));
  who.set('stranger', await buildStranger(db));
  const elsewhere = await buildProject(db, 'Anderhof');
  who.set('otherProject', await buildMember(db, elsewhere.id, 'admin', 'Buitenstaander'));
  const expired = await buildMember(db, project.id, 'resident', 'Verlopen');
  await db
    .update(sessions)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(sessions.userId, expired.userId));
  who.set('expired', expired);
  who.set('anonymous', undefined);
  const resident = who.get('resident')!;
  threadId = (
    await createPrivateChannel(db, {
      projectId: project.id,
      kind: 'thread',
      name: 'melding',
      memberIds: [resident.userId],
    })
  ).id;
  botChannelId = (
    await createPrivateChannel(db, {
      projectId: project.id,
      kind: 'bot',
      name: 'Buurtbot',
      memberIds: [resident.userId],
    })
  ).id;
  const admin = who.get('admin')!;
  for (let i = 0; i < principals.length; i++) {
    const { invite } = await createInvite(
      db,
      { now: () => new Date() },
      {
        projectId: project.id,
        actorRole: 'admin',
        actorId: admin.userId,
        role: 'resident',
        expiresInDays: 7,
        maxUses: 1,
      },
    );
    inviteIds.push(invite.id);
  }
});
afterAll(() => server.stop());

function expectedStatus(principal: Principal, allowed: Principal[], okStatus: number): number {
  if (allowed.includes(principal)) return okStatus;
  return principal === 'expired' || principal === 'anonymous' ? 401 : 403;
}

interface RouteCase {
  name: string;
  allowed: Principal[];
  ok?: number;
  call: (
    client: ReturnType<typeof api>,
    index: number,
  ) => ReturnType<ReturnType<typeof api>['get']>;
}

const routes: RouteCase[] = [
  { name: 'GET project', allowed: everyMember, call: (c) => c.get(`/api/projects/${project.id}`) },
  {
    name: 'GET channels',
    allowed: everyMember,
    call: (c) => c.get(`/api/projects/${project.id}/channels`),
  },
  {
    name: 'GET members',
    allowed: exceptCorporation,
    call: (c) => c.get(`/api/projects/${project.id}/members`),
  },
  {
    name: 'GET invites',
    allowed: inviteManagers,
    call: (c) => c.get(`/api/projects/${project.id}/invites`),
  },
  {
    name: 'POST invite for a resident',
    allowed: inviteManagers,
    ok: 201,
    call: (c) => c.post(`/api/projects/${project.id}/invites`, { role: 'resident' }),
  },
  {
    name: 'POST invite for staff',
    allowed: staffOnly,
    ok: 201,
    call: (c) => c.post(`/api/projects/${project.id}/invites`, { role: 'staff' }),
  },
  {
    name: 'POST invite for an admin',
    allowed: ['admin'],
    ok: 201,
    call: (c) => c.post(`/api/projects/${project.id}/invites`, { role: 'admin' }),
  },
  {
    name: 'DELETE invite',
    allowed: inviteManagers,
    call: (c, i) => c.delete(`/api/invites/${inviteIds[i]}`),
  },
  {
    name: 'GET common room history',
    allowed: exceptCorporation,
    call: (c) => c.get(`/api/channels/${project.channels.common}/messages`),
  },
  {
    name: 'GET activities history',
    allowed: exceptCorporation,
    call: (c) => c.get(`/api/channels/${project.channels.activities}/messages`),
  },
  {
    name: 'GET staff room history',
    allowed: staffOnly,
    call: (c) => c.get(`/api/channels/${project.channels.staff}/messages`),
  },
  {
    name: 'GET a concern thread',
    allowed: ['resident', 'staff', 'admin'],
    call: (c) => c.get(`/api/channels/${threadId}/messages`),
  },
  {
    name: "GET someone's bot conversation",
    allowed: ['resident'],
    call: (c) => c.get(`/api/channels/${botChannelId}/messages`),
  },
];

describe('HTTP routes against every caller', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const results: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [index, principal] of principals.entries()) {
        const member = who.get(principal);
        const response = await route.call(api(server.url, member?.cookie), index);
        results[principal] = response.status;
        expected[principal] = expectedStatus(principal, route.allowed, route.ok ?? 200);
        if (response.status >= 400)
          expect(response.json.error?.code).toMatch(/^(unauthenticated|forbidden)$/);
      }
      expect(results).toEqual(expected);
    });
  }
});

describe('socket events against every caller', () => {
  const sockets = new Map<Principal, ClientSocket>();
  beforeAll(async () => {
    for (const principal of principals) {
      const member = who.get(principal);
      const socket = connectSocket(server.url, member?.cookie);
      sockets.set(principal, socket);
      await waitForConnect(socket).catch(() => undefined);
    }
  });
  afterAll(() => sockets.forEach((s) => s.disconnect()));

  it('refuses the handshake without a valid session', () => {
    const connected = Object.fromEntries(principals.map((p) => [p, sockets.get(p)!.connected]));
    expect(connected).toEqual(
      Object.fromEntries(principals.map((p) => [p, p !== 'expired' && p !== 'anonymous'])),
    );
  });

  const channelCases: { name: string; channel: () => string; allowed: Principal[] }[] = [
    { name: 'common room', channel: () => project.channels.common, allowed: exceptCorporation },
    { name: 'activities', channel: () => project.channels.activities, allowed: exceptCorporation },
    { name: 'staff room', channel: () => project.channels.staff, allowed: staffOnly },
    { name: 'concern thread', channel: () => threadId, allowed: ['resident', 'staff', 'admin'] },
    { name: 'bot conversation', channel: () => botChannelId, allowed: ['resident'] },
  ];
  const connectedPrincipals = principals.filter((p) => p !== 'expired' && p !== 'anonymous');

  for (const c of channelCases) {
    it(`message:send, history:page and read:mark in the ${c.name}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const principal of connectedPrincipals) {
        const socket = sockets.get(principal)!;
        const channelId = c.channel();
        const send = await socket.emitWithAck('message:send', {
          channelId,
          clientId: `acl-${principal}-${c.name.replace(/\W/g, '')}`,
          body: 'hallo',
        });
        const page = await socket.emitWithAck('history:page', { channelId });
        const read = await socket.emitWithAck('read:mark', { channelId, seq: 1 });
        outcome[principal] = [send, page, read]
          .map((r) => ('error' in r ? r.error.code : 'ok'))
          .join(',');
        expected[principal] = c.allowed.includes(principal)
          ? 'ok,ok,ok'
          : 'forbidden,forbidden,forbidden';
      }
      expect(outcome).toEqual(expected);
    });
  }

  it('presence:list only for members of the project', async () => {
    const outcome: Record<string, string> = {};
    for (const principal of connectedPrincipals) {
      const r = await sockets
        .get(principal)!
        .emitWithAck('presence:list', { projectId: project.id });
      outcome[principal] = 'error' in r ? r.error.code : 'ok';
    }
    expect(outcome).toEqual(
      Object.fromEntries(
        connectedPrincipals.map((p) => [p, everyMember.includes(p) ? 'ok' : 'forbidden']),
      ),
    );
  });

  it('never shows support status or internal roles in the member list', async () => {
    const response = await api(server.url, who.get('resident')!.cookie).get(
      `/api/projects/${project.id}/members`,
    );
    for (const member of response.json.members as Record<string, unknown>[]) {
      expect(Object.keys(member).sort()).toEqual(['name', 'online', 'role', 'userId']);
    }
    const roles = (response.json.members as { role: string }[]).map((m) => m.role);
    expect(new Set(roles)).toEqual(
      new Set(['bewoner', 'buurtbewoner', 'begeleider', 'woonvereniging', 'corporatie', 'bot']),
    );
  });
});

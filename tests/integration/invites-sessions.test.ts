import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { startTestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { connectSocket, nextEvent, waitForConnect } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api, sessionCookieFrom } from '../support/http';

const clock = new ManualClock('2026-03-01T10:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let staff: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Uitnodigingshof');
  staff = await buildMember(server.database.db, project.id, 'staff', 'Esther', clock);
});
afterAll(() => server.stop());

async function makeInvite(body: Record<string, unknown>) {
  const r = await api(server.url, staff.cookie).post(`/api/projects/${project.id}/invites`, body);
  expect(r.status).toBe(201);
  return r.json as { invite: { id: string }; url: string; code: string };
}

describe('invite links', () => {
  it('lets a new neighbour join with only a display name and get a long-lived HttpOnly session', async () => {
    const { code, url } = await makeInvite({ role: 'resident' });
    expect(url).toBe(`http://localhost:3000/join/${code}`);
    const preview = await api(server.url).get(`/api/auth/invites/${code}`);
    expect(preview.json).toEqual({
      projectName: 'Uitnodigingshof',
      municipality: 'Brugwaard',
      role: 'bewoner',
    });

    const joined = await api(server.url).post('/api/auth/redeem', { code, displayName: 'Fatima' });
    expect(joined.status).toBe(201);
    const setCookie = joined.headers.getSetCookie().join(';');
    expect(setCookie).toMatch(/bk_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = sessionCookieFrom(joined.headers)!;
    const me = await api(server.url, cookie).get('/api/me');
    expect(me.json).toMatchObject({ displayName: 'Fatima', locale: 'nl', hasPassword: false });
    const projects = await api(server.url, cookie).get('/api/me/projects');
    expect(projects.json.projects).toEqual([
      expect.objectContaining({ id: project.id, myRole: 'resident' }),
    ]);
  });

  it('stores only a hash of the invite code and the session token', async () => {
    const { code } = await makeInvite({ role: 'resident' });
    const joined = await api(server.url).post('/api/auth/redeem', { code, displayName: 'Hashje' });
    const token = sessionCookieFrom(joined.headers)!.split('=')[1]!;
    const dump = JSON.stringify(await server.database.db.select().from(sessions));
    expect(dump).not.toContain(token);
    const { invites } = await import('../../db/schema');
    expect(JSON.stringify(await server.database.db.select().from(invites))).not.toContain(code);
  });

  it('holds its maximum number of uses, also when many people redeem at once', async () => {
    const { code } = await makeInvite({ role: 'resident', maxUses: 3 });
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api(server.url).post('/api/auth/redeem', { code, displayName: `Gast ${i}` }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 201, 410, 410, 410, 410, 410]);
    expect(attempts.find((a) => a.status === 410)?.json.error?.code).toBe('invite_invalid');
  });

  it('stops working after it expires', async () => {
    const { code } = await makeInvite({ role: 'resident', expiresInDays: 2 });
    clock.advanceDays(3);
    const late = await api(server.url).post('/api/auth/redeem', { code, displayName: 'Te laat' });
    expect(late.status).toBe(410);
    expect((await api(server.url).get(`/api/auth/invites/${code}`)).status).toBe(410);
  });

  it('stops working when revoked', async () => {
    const { code, invite } = await makeInvite({ role: 'resident', maxUses: 10 });
    const revoked = await api(server.url, staff.cookie).delete(`/api/invites/${invite.id}`);
    expect(revoked.json).toMatchObject({ revoked: true });
    const r = await api(server.url).post('/api/auth/redeem', { code, displayName: 'Na intrekken' });
    expect(r.status).toBe(410);
    const list = await api(server.url, staff.cookie).get(`/api/projects/${project.id}/invites`);
    expect(
      (list.json.invites as { id: string; revoked: boolean }[]).find((i) => i.id === invite.id)
        ?.revoked,
    ).toBe(true);
  });

  it('adds a second project to someone who is already signed in', async () => {
    const other = await buildProject(server.database.db, 'Tweedehof');
    const otherStaff = await buildMember(server.database.db, other.id, 'staff', 'Tweede', clock);
    const r = await api(server.url, otherStaff.cookie).post(`/api/projects/${other.id}/invites`, {
      role: 'resident',
    });
    const code = (r.json as { code: string }).code;
    const member = await buildMember(server.database.db, project.id, 'resident', 'Dubbel', clock);
    const joined = await api(server.url, member.cookie).post('/api/auth/redeem', {
      code,
      displayName: 'Dubbel',
      asCurrentUser: true,
    });
    expect(joined.status).toBe(201);
    expect(sessionCookieFrom(joined.headers)).toBeUndefined();
    const projects = await api(server.url, member.cookie).get('/api/me/projects');
    expect((projects.json.projects as { id: string }[]).map((p) => p.id).sort()).toEqual(
      [project.id, other.id].sort(),
    );
  });
});

describe('sessions', () => {
  it('closes the sockets of a session at logout', async () => {
    const member = await buildMember(
      server.database.db,
      project.id,
      'resident',
      'Uitlogger',
      clock,
    );
    const socket = connectSocket(server.url, member.cookie);
    await waitForConnect(socket);
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended');
    const closed = new Promise<string>((resolve) =>
      socket.once('disconnect', (reason) => resolve(reason)),
    );
    const out = await api(server.url, member.cookie).post('/api/auth/logout');
    expect(out.headers.getSetCookie().join(';')).toMatch(/bk_session=;/);
    expect(await ended).toEqual({ reason: 'logout' });
    expect(await closed).toBe('io server disconnect');
    expect((await api(server.url, member.cookie).get('/api/me')).status).toBe(401);
  });

  it('revokes another device and closes its sockets', async () => {
    const member = await buildMember(
      server.database.db,
      project.id,
      'resident',
      'Twee apparaten',
      clock,
    );
    const { createSession } = await import('../../server/domain/auth/sessions');
    const phone = await createSession(server.database.db, clock, {
      userId: member.userId,
      ttlDays: 30,
      userAgent: 'telefoon',
    });
    const phoneSocket = connectSocket(server.url, `bk_session=${phone.token}`);
    await waitForConnect(phoneSocket);
    const list = await api(server.url, member.cookie).get('/api/auth/sessions');
    const rows = list.json.sessions as { id: string; current: boolean; userAgent: string | null }[];
    expect(rows).toHaveLength(2);
    const other = rows.find((s) => !s.current)!;
    expect(other.userAgent).toBe('telefoon');
    const ended = nextEvent<{ reason: string }>(phoneSocket, 'session:ended');
    await api(server.url, member.cookie).delete(`/api/auth/sessions/${other.id}`);
    expect(await ended).toEqual({ reason: 'revoked' });
    expect((await api(server.url, `bk_session=${phone.token}`).get('/api/me')).status).toBe(401);
    expect((await api(server.url, member.cookie).get('/api/me')).status).toBe(200);
  });

  it('closes a socket when its session expires', async () => {
    const member = await buildMember(server.database.db, project.id, 'resident', 'Verloopt', clock);
    await server.database.db
      .update(sessions)
      .set({ expiresAt: new Date(clock.now().getTime() + 600) })
      .where(eq(sessions.userId, member.userId));
    const socket = connectSocket(server.url, member.cookie);
    await waitForConnect(socket);
    expect(await nextEvent<{ reason: string }>(socket, 'session:ended')).toEqual({
      reason: 'expired',
    });
  });

  it('lets staff add a password and sign in with it; a wrong password is refused', async () => {
    const r = await api(server.url, staff.cookie).post('/api/auth/password', {
      email: 'Esther@Example.org',
      password: 'lang-genoeg-wachtwoord',
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ email: 'esther@example.org', hasPassword: true });
    const wrong = await api(server.url).post('/api/auth/login', {
      email: 'esther@example.org',
      password: 'fout-wachtwoord-123',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.code).toBe('login_failed');
    const unknown = await api(server.url).post('/api/auth/login', {
      email: 'niemand@example.org',
      password: 'fout-wachtwoord-123',
    });
    expect(unknown.json.error?.code).toBe('login_failed');
    const ok = await api(server.url).post('/api/auth/login', {
      email: 'esther@example.org',
      password: 'lang-genoeg-wachtwoord',
    });
    expect(ok.status).toBe(200);
    const cookie = sessionCookieFrom(ok.headers)!;
    expect((await api(server.url, cookie).get('/api/me')).json).toMatchObject({
      displayName: 'Esther',
    });
  });

  it('does not give residents a password login', async () => {
    const member = await buildMember(
      server.database.db,
      project.id,
      'resident',
      'Geen wachtwoord',
      clock,
    );
    const r = await api(server.url, member.cookie).post('/api/auth/password', {
      email: 'bewoner@example.org',
      password: 'lang-genoeg-wachtwoord',
    });
    expect(r.status).toBe(403);
  });
});

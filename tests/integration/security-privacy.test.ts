import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import {
  channelMembers,
  channels,
  invites,
  jobs,
  memberships,
  messageModeration,
  messages,
  projects,
  readPositions,
  sessions,
  supportLinks,
  users,
} from '../../db/schema';
import { createInvite } from '../../server/domain/auth/invites';
import { setPassword } from '../../server/domain/auth/passwords';
import { hashSecret } from '../../server/domain/auth/tokens';
import { createSession } from '../../server/domain/auth/sessions';
import { createPrivateChannel, markRead } from '../../server/domain/channels/channels';
import { ERASED_AUTHOR_ID } from '../../server/domain/privacy/areas';
import { scheduleDailyRetention } from '../../server/domain/privacy/retention';
import { SESSION_COOKIE } from '../../server/http/cookies';
import type { Message } from '../../server/protocol/messages';
import { startTestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import {
  connectMember,
  connectSocket,
  eventually,
  nextEvent,
  waitForConnect,
} from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';

/**
 * AVG/GDPR: a person downloads all their data and erases their account. Erasure removes the
 * personal data, signs them out everywhere (sockets closed), deletes their own bot
 * conversation, and keeps other people's history and sequence numbers whole, with their
 * messages shown as from a "removed user". Retention removes what is past its period.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
const clock = new ManualClock('2026-03-01T10:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Privacyhof');
});
afterAll(() => server.stop());

async function rowsOf(userId: string) {
  const db = server.database.db;
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return {
    sessions: await n(db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId))),
    memberships: await n(
      db.select({ n: count() }).from(memberships).where(eq(memberships.userId, userId)),
    ),
    channelMembers: await n(
      db.select({ n: count() }).from(channelMembers).where(eq(channelMembers.userId, userId)),
    ),
    readPositions: await n(
      db.select({ n: count() }).from(readPositions).where(eq(readPositions.userId, userId)),
    ),
    supportLinks: await n(
      db.select({ n: count() }).from(supportLinks).where(eq(supportLinks.residentUserId, userId)),
    ),
  };
}

describe('downloading your own data', () => {
  it('gives profile, memberships, sessions, messages and more as JSON, without secrets or other people', async () => {
    const db = server.database.db;
    const anouk = await buildMember(db, project.id, 'resident', 'Anouk', clock, 'en');
    const samir = await buildMember(db, project.id, 'neighbour', 'Samir', clock);
    const staff = await buildMember(db, project.id, 'staff', 'Begeleider Bea', clock);
    await db
      .insert(supportLinks)
      .values({ projectId: project.id, staffUserId: staff.userId, residentUserId: anouk.userId });
    const a = await connectMember(server.url, anouk.cookie);
    const s = await connectMember(server.url, samir.cookie);
    await a.client.send(project.channels.common, 'Mijn eigen bericht');
    await s.client.send(project.channels.common, 'Bericht van Samir');
    await markRead(db, {
      userId: anouk.userId,
      channelId: project.channels.common,
      seq: 2,
      now: clock.now(),
    });
    a.close();
    s.close();

    const response = await api(server.url, anouk.cookie).get('/api/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="buurtkamer-.*\.json"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const data = response.json as Record<string, unknown> & {
      profile: { displayName: string };
      memberships: { role: string }[];
      sessions: Record<string, unknown>[];
      messages: { body: string }[];
      supportLinks: { as: string }[];
      readPositions: unknown[];
    };
    expect(data.format).toBe('buurtkamer.personal-data.v1');
    expect(data.about).toMatch(/all the data/);
    expect(data.profile.displayName).toBe('Anouk');
    expect(data.memberships.map((m) => m.role)).toEqual(['resident']);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.sessions[0]!).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastSeenAt', 'revokedAt', 'userAgent'].sort(),
    );
    expect(data.messages.map((m) => m.body)).toEqual(['Mijn eigen bericht']);
    expect(data.supportLinks.map((l) => l.as)).toEqual(['supported']);
    expect(data.readPositions).toHaveLength(1);
    const text = JSON.stringify(data);
    for (const secret of [
      anouk.token,
      hashSecret(anouk.token),
      'Bericht van Samir',
      'Begeleider Bea',
      staff.userId,
    ])
      expect(text).not.toContain(secret);
  });

  it('holds the flags and hides one made, and one’s own hidden messages, never who flagged them', async () => {
    const db = server.database.db;
    const fenna = await buildMember(db, project.id, 'resident', 'Fenna', clock);
    const gijs = await buildMember(db, project.id, 'resident', 'Gijs Melder', clock);
    const staff = await buildMember(db, project.id, 'staff', 'Begeleider Hanna', clock);
    const f = await connectMember(server.url, fenna.cookie);
    const g = await connectMember(server.url, gijs.cookie);
    const fromGijs = await g.client.send(project.channels.common, 'Bericht van Gijs');
    const fromFenna = await f.client.send(project.channels.common, 'Fenna haar bericht');
    const hiddenOne = await f.client.send(project.channels.common, 'Fenna, niet aardig');
    f.close();
    g.close();
    const flag = (who: TestMember, messageId: string, note: string) =>
      api(server.url, who.cookie).post(`/api/messages/${messageId}/flag`, { note });
    expect((await flag(fenna, fromGijs.id, 'Mijn eigen toelichting')).status).toBe(200);
    expect((await flag(gijs, fromFenna.id, 'Geheime toelichting van Gijs')).status).toBe(200);
    const hidden = await api(server.url, staff.cookie).post(`/api/messages/${hiddenOne.id}/hide`, {
      reason: 'Niet vriendelijk genoeg',
    });
    expect(hidden.status).toBe(200);

    const data = (await api(server.url, fenna.cookie).get('/api/me/export')).json as {
      moderation: {
        byMe: { messageId: string; action: string; reason: string }[];
        myMessagesHidden: { messageId: string; reason: string }[];
      };
    };
    expect(data.moderation.byMe).toEqual([
      expect.objectContaining({
        messageId: fromGijs.id,
        action: 'flagged',
        reason: 'Mijn eigen toelichting',
      }),
    ]);
    expect(data.moderation.myMessagesHidden).toEqual([
      expect.objectContaining({ messageId: hiddenOne.id, reason: 'Niet vriendelijk genoeg' }),
    ]);
    const text = JSON.stringify(data);
    for (const other of [
      'Geheime toelichting van Gijs',
      'Gijs Melder',
      gijs.userId,
      'Begeleider Hanna',
      staff.userId,
    ])
      expect(text).not.toContain(other);
    // The staff member finds their hide, with the reason they gave.
    const theirs = (await api(server.url, staff.cookie).get('/api/me/export')).json as {
      moderation: { byMe: { action: string; reason: string }[] };
    };
    expect(theirs.moderation.byMe).toEqual([
      expect.objectContaining({ action: 'hidden', reason: 'Niet vriendelijk genoeg' }),
    ]);
  });

  it('is only for the signed-in person', async () => {
    const response = await api(server.url).get('/api/me/export');
    expect(response.status).toBe(401);
  });
});

describe('erasing your account', () => {
  let anouk: TestMember;
  let samir: TestMember;
  let botChannelId: string;
  let threadId: string;

  beforeAll(async () => {
    const db = server.database.db;
    anouk = await buildMember(db, project.id, 'coordinator', 'Anouk Wissel', clock);
    samir = await buildMember(db, project.id, 'resident', 'Samir Blijft', clock);
    await setPassword(db, {
      userId: anouk.userId,
      roles: ['coordinator'],
      email: 'anouk.wissel@example.org',
      password: 'een lang wachtwoord',
    });
    botChannelId = (
      await createPrivateChannel(db, {
        projectId: project.id,
        kind: 'bot',
        name: 'Buurtbot',
        memberIds: [anouk.userId],
      })
    ).id;
    threadId = (
      await createPrivateChannel(db, {
        projectId: project.id,
        kind: 'thread',
        name: 'melding',
        memberIds: [anouk.userId],
      })
    ).id;
    await createInvite(db, clock, {
      projectId: project.id,
      actorRole: 'coordinator',
      actorId: anouk.userId,
      role: 'resident',
      label: 'voor de buren',
      expiresInDays: 7,
      maxUses: 1,
    });
  });

  it('refuses without an explicit confirmation, and changes nothing', async () => {
    const before = await rowsOf(anouk.userId);
    for (const body of [undefined, {}, { confirm: 'yes' }, { confirm: false }]) {
      const response = await api(server.url, anouk.cookie).request('DELETE', '/api/me', body);
      expect(response.status).toBe(400);
      expect(response.json.error?.code).toBe('validation_failed');
    }
    expect(await rowsOf(anouk.userId)).toEqual(before);
  });

  it('removes personal data, signs out everywhere, keeps other people’s history whole', async () => {
    const db = server.database.db;
    const { token: phoneToken } = await createSession(db, clock, {
      userId: anouk.userId,
      ttlDays: 30,
      userAgent: 'Telefoon',
    });
    const phoneCookie = `${SESSION_COOKIE}=${phoneToken}`;
    const a = await connectMember(server.url, anouk.cookie);
    const s = await connectMember(server.url, samir.cookie);
    const sent: Message[] = [];
    for (let i = 0; i < 3; i++) {
      sent.push(await a.client.send(project.channels.common, `Anouk ${i}`));
      sent.push(await s.client.send(project.channels.common, `Samir ${i}`));
    }
    await a.client.send(botChannelId, 'Ik wil iets vragen aan Buurtbot');
    await a.client.send(threadId, 'Er is overlast');
    await markRead(db, {
      userId: anouk.userId,
      channelId: project.channels.common,
      seq: 3,
      now: clock.now(),
    });
    const phone = connectSocket(server.url, phoneCookie);
    await waitForConnect(phone);
    const ended = [nextEvent(a.socket, 'session:ended'), nextEvent(phone, 'session:ended')];
    const historyBefore = await api(server.url, samir.cookie).get(
      `/api/channels/${project.channels.common}/messages`,
    );

    const response = await api(server.url, anouk.cookie).request('DELETE', '/api/me', {
      confirm: true,
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join(';')).toMatch(/bk_session=;.*Max-Age=0/i);

    // Signed out everywhere, sockets closed, the old cookies refused.
    await Promise.all(ended);
    await eventually(() => !a.socket.connected && !phone.connected);
    a.close();
    phone.disconnect();
    for (const cookie of [anouk.cookie, phoneCookie])
      expect((await api(server.url, cookie).get('/api/me')).status).toBe(401);
    const again = connectSocket(server.url, anouk.cookie);
    await expect(waitForConnect(again)).rejects.toThrow();
    again.disconnect();
    const login = await api(server.url).post('/api/auth/login', {
      email: 'anouk.wissel@example.org',
      password: 'een lang wachtwoord',
    });
    expect(login.status).toBe(401);

    // Personal data gone.
    const [user] = await db.select().from(users).where(eq(users.id, anouk.userId));
    expect(user).toMatchObject({
      displayName: 'Verwijderde gebruiker',
      email: null,
      passwordHash: null,
    });
    expect(user?.erasedAt).toBeInstanceOf(Date);
    expect(await rowsOf(anouk.userId)).toEqual({
      sessions: 0,
      memberships: 0,
      channelMembers: 0,
      readPositions: 0,
      supportLinks: 0,
    });
    expect(await db.select().from(channels).where(eq(channels.id, botChannelId))).toEqual([]);
    expect(await db.select().from(messages).where(eq(messages.channelId, botChannelId))).toEqual(
      [],
    );
    const [made] = await db.select().from(invites).where(eq(invites.label, 'voor de buren'));
    expect(made?.createdBy).toBeNull();

    // Other people's history whole: same messages, same sequence numbers, author anonymous.
    const historyAfter = await api(server.url, samir.cookie).get(
      `/api/channels/${project.channels.common}/messages`,
    );
    const beforeList = historyBefore.json.messages as Message[];
    const afterList = historyAfter.json.messages as Message[];
    expect(afterList.map((m) => [m.id, m.seq, m.body])).toEqual(
      beforeList.map((m) => [m.id, m.seq, m.body]),
    );
    // Anonymised, not pseudonymised: the one shared anonymous author, not the person's id.
    expect(afterList.some((x) => x.author.id === anouk.userId)).toBe(false);
    const anonymous = afterList.filter((x) => x.author.id === ERASED_AUTHOR_ID);
    expect(anonymous.map((m) => m.body)).toEqual(['Anouk 0', 'Anouk 1', 'Anouk 2']);
    for (const m of anonymous) {
      expect(m.author.name).toBe('Verwijderde gebruiker');
      expect(m.author.role).toBe('bewoner');
    }
    expect(JSON.stringify(afterList)).not.toContain('Anouk Wissel');
    // The concern thread keeps its message for staff, from the removed user.
    const [threadMessage] = await db
      .select()
      .from(messages)
      .where(eq(messages.channelId, threadId));
    expect(threadMessage?.body).toBe('Er is overlast');

    // The room goes on: the next message gets the next number.
    const next = await s.client.send(project.channels.common, 'Wij gaan door');
    expect(next.seq).toBe(Math.max(...afterList.map((m) => m.seq)) + 1);
    const members = await api(server.url, samir.cookie).get(`/api/projects/${project.id}/members`);
    expect(JSON.stringify(members.json)).not.toContain(anouk.userId);
    s.close();
  });
});

describe('erasing someone who flagged or hid messages', () => {
  it('takes their name and their own note off their flags, and their name off their hides', async () => {
    const db = server.database.db;
    const ivo = await buildMember(db, project.id, 'resident', 'Ivo Weg', clock);
    const joke = await buildMember(db, project.id, 'staff', 'Joke Weg', clock);
    const kees = await buildMember(db, project.id, 'resident', 'Kees', clock);
    const k = await connectMember(server.url, kees.cookie);
    const flagged = await k.client.send(project.channels.common, 'Kees zegt iets');
    const hiddenOne = await k.client.send(project.channels.common, 'Kees zegt iets lelijks');
    k.close();
    await api(server.url, ivo.cookie).post(`/api/messages/${flagged.id}/flag`, {
      note: 'Ivo zijn toelichting',
    });
    await api(server.url, joke.cookie).post(`/api/messages/${hiddenOne.id}/hide`, {
      reason: 'Reden van Joke',
    });
    for (const who of [ivo, joke])
      expect(
        (await api(server.url, who.cookie).request('DELETE', '/api/me', { confirm: true })).status,
      ).toBe(200);

    const rows = await db
      .select()
      .from(messageModeration)
      .where(inArray(messageModeration.messageId, [flagged.id, hiddenOne.id]));
    expect(rows.map((r) => [r.messageId, r.action, r.actorId, r.reason]).sort()).toEqual(
      [
        [flagged.id, 'flagged', null, null],
        [hiddenOne.id, 'hidden', null, 'Reden van Joke'],
      ].sort(),
    );
    // The hidden message stays hidden.
    const [row] = await db.select().from(messages).where(eq(messages.id, hiddenOne.id));
    expect(row).toMatchObject({ body: '' });
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });
});

describe('retention', () => {
  it('plans one sweep per project per day and removes what is past its period, exactly once', async () => {
    const db = server.database.db;
    const [short] = await db
      .insert(projects)
      .values({
        slug: `kort-${Date.now()}`,
        name: 'Korthof',
        municipality: 'Brugwaard',
        housingForm: 'gespikkeld',
        retentionDays: 30,
      })
      .returning();
    const admin = await buildMember(db, short!.id, 'admin', 'Beheer', clock);
    const fresh = await createInvite(db, clock, {
      projectId: short!.id,
      actorRole: 'admin',
      actorId: admin.userId,
      role: 'resident',
      expiresInDays: 7,
      maxUses: 1,
    });
    clock.advanceDays(-60);
    const old = await createInvite(db, clock, {
      projectId: short!.id,
      actorRole: 'admin',
      actorId: admin.userId,
      role: 'resident',
      label: 'Voor mevrouw Jansen',
      expiresInDays: 7,
      maxUses: 1,
    });
    const { session: oldSession } = await createSession(db, clock, {
      userId: admin.userId,
      ttlDays: 1,
    });
    clock.advanceDays(60);

    await scheduleDailyRetention(db, clock);
    await scheduleDailyRetention(db, clock); // a second node, or a restart: still one run today
    expect(await server.app.scheduler.runDue()).toBeGreaterThanOrEqual(2);

    const left = await db
      .select({ id: invites.id })
      .from(invites)
      .where(eq(invites.projectId, short!.id));
    expect(left.map((r) => r.id)).toEqual([fresh.invite.id]);
    expect(old.invite.id).not.toBe(fresh.invite.id);
    expect(await db.select().from(sessions).where(eq(sessions.id, oldSession.id))).toEqual([]);
    const sweeps = await db
      .select({ n: count() })
      .from(jobs)
      .where(and(eq(jobs.kind, 'retention.sweep'), eq(jobs.status, 'done')));
    const projectCount = (await db.select({ n: count() }).from(projects))[0]?.n;
    expect(sweeps[0]?.n).toBe(projectCount);
    const [tomorrow] = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, 'retention.daily'), eq(jobs.status, 'pending')));
    expect(tomorrow?.runAt.toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(await server.app.scheduler.runDue()).toBe(0);
  });
});

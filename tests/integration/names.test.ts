import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '../../db/schema';
import { createInvite } from '../../server/domain/auth/invites';
import { systemClock } from '../../server/clock';
import type { Message } from '../../server/protocol/messages';
import { startTestServer } from '../support/app';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api, sessionCookieFrom } from '../support/http';

/**
 * Names people can trust, as they meet them: joining with an invite and changing one's name
 * refuse Buurtbot's name, role words and a name someone in the project already has, in the
 * person's language; invisible and direction-changing characters are left out; every author in
 * a room shows a public role.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let esther: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  project = await buildProject(server.database.db, 'Naamhof');
  esther = await buildMember(server.database.db, project.id, 'staff', 'Esther');
});
afterAll(() => server.stop());

async function inviteTo(projectId: string): Promise<string> {
  const { code } = await createInvite(server.database.db, systemClock, {
    projectId,
    actorRole: 'staff',
    actorId: esther.userId,
    role: 'resident',
    expiresInDays: 7,
    maxUses: 1,
  });
  return code;
}

describe('joining with an invite', () => {
  it('refuses reserved and taken names with a clear reason, using nothing of the invite', async () => {
    const code = await inviteTo(project.id);
    const refused = async (displayName: string, headers: Record<string, string> = {}) => {
      const r = await api(server.url).post('/api/auth/redeem', { code, displayName }, headers);
      expect(r.status, displayName).toBe(400);
      expect(r.json.error?.code).toBe('validation_failed');
      return (r.json.error?.fields as Record<string, string>).displayName;
    };
    expect(await refused('Buurtbot')).toBe(
      'Buurtbot is de naam van de hulp-robot. Kies een andere naam.',
    );
    expect(await refused('Buurt\u200bB0t')).toContain('Buurtbot is de naam');
    expect(await refused('Esther (begeleider)')).toBe(
      'Een rol hoort niet in je naam ("begeleider"). Iedereen ziet je rol al naast je naam. Kies een andere naam.',
    );
    for (const name of [
      'Support Worker Sam',
      'Woonvereniging',
      'De Corporatie',
      'Wijkagent',
      'Admin',
      'moderator',
    ])
      expect(await refused(name)).toMatch(/^Een rol hoort niet in je naam/);
    expect(await refused(' e S T h e r ', { 'accept-language': 'en' })).toBe(
      'Someone in this Buurtkamer has this name already. Choose another name, for example with the first letter of your last name.',
    );
    expect(await refused('\u2067\u200b\u2069')).toBe('Te kort. Gebruik minstens 2 tekens.');

    // The one use is still there: a good name joins, without its invisible characters.
    const joined = await api(server.url).post('/api/auth/redeem', {
      code,
      displayName: '\u202eKa\u200brel\u00ad  de\u2066 Vries\u202c',
    });
    expect(joined.status).toBe(201);
    const me = await api(server.url, sessionCookieFrom(joined.headers)).get('/api/me');
    expect(me.json.displayName).toBe('Karel de Vries');
  });

  it('lets the same name join another project', async () => {
    const other = await buildProject(server.database.db, 'Anderhof');
    const joined = await api(server.url).post('/api/auth/redeem', {
      code: await inviteTo(other.id),
      displayName: 'Esther',
    });
    expect(joined.status).toBe(201);
  });
});

describe('changing one’s own name', () => {
  it('refuses reserved names and names taken in any of one’s projects, in one’s language', async () => {
    const db = server.database.db;
    const other = await buildProject(db, 'Tweedehof');
    const sam = await buildMember(db, project.id, 'resident', 'Sam', systemClock, 'en');
    await buildMember(db, other.id, 'resident', 'Noor');
    await db
      .insert(memberships)
      .values({ projectId: other.id, userId: sam.userId, role: 'resident' });
    const me = api(server.url, sam.cookie);
    const rename = (displayName: string) => me.patch('/api/me', { displayName });

    const admin = await rename('Admin Sam');
    expect(admin.status).toBe(400);
    expect(admin.json.error?.fields).toEqual({
      displayName:
        'A role does not belong in your name ("admin"). Everyone sees your role next to your name already. Choose another name.',
    });
    const taken = await rename('noor');
    expect(taken.json.error?.fields).toEqual({
      displayName:
        'Someone in this Buurtkamer has this name already. Choose another name, for example with the first letter of your last name.',
    });
    expect((await rename('ESTHER')).status).toBe(400);
    expect((await me.get('/api/me')).json.displayName).toBe('Sam');

    // One's own name in another case, and a name nobody in one's projects has, are fine.
    expect((await rename('SAM')).json.displayName).toBe('SAM');
    const renamed = await rename('Sam\u200b \u202eJansen');
    expect(renamed.status).toBe(200);
    expect(renamed.json.displayName).toBe('Sam Jansen');
  });
});

describe('authors in a room', () => {
  it('all show a public role, bewoner too', async () => {
    const db = server.database.db;
    const fien = await buildMember(db, project.id, 'resident', 'Fien');
    const kees = await buildMember(db, project.id, 'coordinator', 'Kees');
    const listener = await connectMember(server.url, fien.cookie);
    for (const [who, body] of [
      [fien, 'Hallo van Fien'],
      [kees, 'Hallo van Kees'],
      [esther, 'Hallo van Esther'],
    ] as const) {
      const sender = await connectMember(server.url, who.cookie);
      await sender.client.send(project.channels.common, body);
      sender.close();
    }
    const greetings = () => listener.received.filter((m) => m.body.startsWith('Hallo van'));
    await eventually(() => greetings().length >= 3);
    const authors = greetings().map((m: Message) => [m.author.name, m.author.role]);
    expect(authors).toEqual([
      ['Fien', 'bewoner'],
      ['Kees', 'woonvereniging'],
      ['Esther', 'begeleider'],
    ]);
    listener.close();
  });
});

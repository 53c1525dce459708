import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { startServer } from '../support/app';
import { trackChild } from '../support/children';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { pgliteTemplate } from '../support/database-template';
import { api, sessionCookieFrom } from '../support/http';

/**
 * The operator starts a real project from the command line (`npm run project`), as on a fresh
 * install without the demo, and the printed link brings its first admin in. Runs on the
 * suite's engine: a PGlite folder, or a PostgreSQL database of its own.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC_URL = 'https://buurtkamer.example.org';
let testDb: TestDatabase | undefined;
let dataDir: string | undefined;
let databaseEnv: Record<string, string>;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    testDb = await createTestDatabase();
    databaseEnv = { DATABASE_URL: testDb.url! };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'bk-project-cli-'));
    databaseEnv = { DATA_DIR: dataDir };
    // The folder starts from the migrated template, so the command does not run initdb first.
    const seeded = await openDatabase({ dataDir, template: pgliteTemplate() });
    await seeded.close();
  }
});
afterAll(async () => {
  await testDb?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function project(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _url, DATA_DIR: _dir, ...env } = process.env;
    const child = trackChild(
      spawn(process.execPath, ['--import', 'tsx', 'server/cli/project.ts', ...args], {
        cwd: root,
        env: { ...env, ...databaseEnv, PUBLIC_URL, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

const codeIn = (out: string) => {
  const link = out.match(/https:\/\/buurtkamer\.example\.org\/join\/(\S+)/);
  expect(link, out).not.toBeNull();
  return link![1]!;
};

describe('starting a project from the command line', () => {
  it('makes the project and an invite its first admin redeems; refuses what is wrong, making nothing', async () => {
    const created = await project(
      'create',
      '--name',
      'De Linde',
      '--municipality',
      'Brugwaard',
      '--form',
      'gespikkeld',
    );
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('Project "De Linde" is gemaakt. Korte naam: de-linde.');
    expect(created.out).toContain('Uitnodiging als admin, 7 dagen geldig, 1 keer te gebruiken:');
    const adminCode = codeIn(created.out);

    // The same name again, a missing municipality, a housing form that does not exist.
    const again = await project(
      'create',
      '--name',
      'de linde!',
      '--municipality',
      'Brugwaard',
      '--form',
      'gemengd',
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('--name: Er is al een project met de korte naam de-linde.');
    const wrong = await project('create', '--name', 'Hof', '--form', 'flat', '--lang', 'en');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('--municipality: This field is needed.');
    expect(wrong.err).toContain('--form: Choose one of the options.');
    expect((await project('invite', '--project', 'onbekend', '--role', 'staff')).code).toBe(1);
    expect((await project('verwijder')).code).toBe(2);

    const staffInvite = await project(
      'invite',
      '--project',
      'de-linde',
      '--role',
      'staff',
      '--days',
      '3',
      '--uses',
      '2',
    );
    expect(staffInvite.code, staffInvite.err).toBe(0);
    expect(staffInvite.out).toContain(
      'Uitnodiging als staff, 3 dagen geldig, 2 keer te gebruiken:',
    );
    const staffCode = codeIn(staffInvite.out);
    const residentCode = codeIn(
      (await project('invite', '--project', 'de-linde', '--role', 'resident')).out,
    );

    // The server on the same database: the links bring the admin and a support worker in.
    const database = testDb ? await testDb.open() : await openDatabase({ dataDir: dataDir! });
    const server = await startServer({ database });
    try {
      const joined = await api(server.url).post('/api/auth/redeem', {
        code: adminCode,
        displayName: 'Ilse',
      });
      expect(joined.status).toBe(201);
      const cookie = sessionCookieFrom(joined.headers)!;
      const mine = await api(server.url, cookie).get('/api/me/projects');
      const projects = mine.json.projects as { id: string; name: string; myRole: string }[];
      expect(projects).toEqual([expect.objectContaining({ name: 'De Linde', myRole: 'admin' })]);
      const rooms = await api(server.url, cookie).get(`/api/projects/${projects[0]!.id}/channels`);
      expect((rooms.json.channels as { name: string }[]).map((c) => c.name).sort()).toEqual([
        'Activiteiten',
        'Huiskamer',
        'Teamkamer',
      ]);
      // The first admin's link is for one person.
      const twice = await api(server.url).post('/api/auth/redeem', {
        code: adminCode,
        displayName: 'Iemand anders',
      });
      expect(twice.status).toBe(410);
      const esther = await api(server.url).post('/api/auth/redeem', {
        code: staffCode,
        displayName: 'Esther',
      });
      expect(esther.status).toBe(201);
      const estherProjects = await api(server.url, sessionCookieFrom(esther.headers)).get(
        '/api/me/projects',
      );
      expect(estherProjects.json.projects).toEqual([
        expect.objectContaining({ name: 'De Linde', myRole: 'staff' }),
      ]);
      const bram = await api(server.url).post('/api/auth/redeem', {
        code: residentCode,
        displayName: 'Bram',
      });
      expect(bram.status).toBe(201);
    } finally {
      await server.close(); // closes the database too
    }
    // One project, whatever was refused, with the three people who joined.
    expect((await project('list', '--lang', 'en')).out.trim()).toBe(
      'de-linde: De Linde, Brugwaard (members: 3)',
    );

    // Support links: Esther becomes Bram's own support worker (names as people write them).
    expect((await project('support-link', 'list', '--project', 'de-linde')).out.trim()).toBe(
      'Nog niemand heeft een eigen begeleider.',
    );
    const linked = await project(
      'support-link',
      'add',
      '--project',
      'de-linde',
      '--staff',
      'esther',
      '--resident',
      ' BRAM ',
    );
    expect(linked.code, linked.err).toBe(0);
    expect(linked.out.trim()).toBe('Esther is nu de begeleider van Bram.');
    const listed = await project('support-link', 'list', '--project', 'de-linde', '--lang', 'en');
    expect(listed.out.trim()).toMatch(
      /^Bram \([0-9a-f-]{36}\): support worker Esther \([0-9a-f-]{36}\)$/,
    );
    // Refused: a resident as support worker, a name nobody has, the same link twice, no flags.
    const swapped = await project(
      'support-link',
      'add',
      '--project',
      'de-linde',
      '--staff',
      'Bram',
      '--resident',
      'Esther',
    );
    expect(swapped.code).toBe(1);
    expect(swapped.err).toContain('--staff: Kies een begeleider van dit project.');
    expect(swapped.err).toContain('--resident: Kies een bewoner van dit project.');
    const nobody = await project(
      'support-link',
      'add',
      '--project',
      'de-linde',
      '--staff',
      'Esther',
      '--resident',
      'Karel',
    );
    expect(nobody.err).toContain('--resident: Niemand in dit project heet "Karel".');
    const twice = await project(
      'support-link',
      'add',
      '--project',
      'de-linde',
      '--staff',
      'Esther',
      '--resident',
      'Bram',
      '--lang',
      'en',
    );
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('--resident: Bram has this support worker already.');
    const bare = await project('support-link', 'remove', '--project', 'de-linde');
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('--staff: Dit veld is nodig.');
    const removed = await project(
      'support-link',
      'remove',
      '--project',
      'de-linde',
      '--staff',
      'Esther',
      '--resident',
      'Bram',
    );
    expect(removed.code, removed.err).toBe(0);
    expect(removed.out.trim()).toBe('Esther is niet meer de begeleider van Bram.');
    const gone = await project(
      'support-link',
      'remove',
      '--project',
      'de-linde',
      '--staff',
      'Esther',
      '--resident',
      'Bram',
    );
    expect(gone.err).toContain('--staff: Esther is niet de begeleider van Bram.');
  }, 120_000);

  it('reads and sets the retention period of a project, within its bounds', async () => {
    const created = await project(
      'create',
      '--name',
      'De Bewaarhof',
      '--municipality',
      'Brugwaard',
      '--form',
      'gemengd',
    );
    expect(created.code, created.err).toBe(0);
    const shown = await project('retention', '--project', 'de-bewaarhof');
    expect(shown.code, shown.err).toBe(0);
    expect(shown.out.trim()).toBe(
      'Bewaartermijn van De Bewaarhof: 730 dagen. Daarna maken we afgesloten meldingen anoniem.',
    );
    const set = await project('retention', '--project', 'de-bewaarhof', '--days', '365');
    expect(set.code, set.err).toBe(0);
    expect(set.out.trim()).toBe('De bewaartermijn van De Bewaarhof is nu 365 dagen.');
    const again = await project('retention', '--project', 'de-bewaarhof', '--lang', 'en');
    expect(again.out.trim()).toBe(
      'Retention period of De Bewaarhof: 365 days. After that, closed concerns are made anonymous.',
    );
    // Too short, too long, not a number, an unknown project: refused, nothing changed.
    for (const days of ['29', '3651', 'twee', '100.5']) {
      const refused = await project('retention', '--project', 'de-bewaarhof', '--days', days);
      expect(refused.code, days).toBe(1);
      expect(refused.err, days).toContain('--days:');
    }
    expect((await project('retention', '--project', 'onbekend', '--days', '60')).code).toBe(1);
    expect((await project('retention', '--project', 'de-bewaarhof')).out).toContain('365 dagen');
  }, 120_000);

  it('starts a project in English with --locale en, and reads and changes the language of a project', async () => {
    const created = await project(
      'create',
      '--name',
      'The Elms',
      '--municipality',
      'Brugwaard',
      '--form',
      'gemengd',
      '--locale',
      'en',
    );
    expect(created.code, created.err).toBe(0);
    expect((await project('locale', '--project', 'the-elms')).out.trim()).toBe(
      'Taal van The Elms: Engels. In die taal schrijft Buurtbot in de gedeelde kamers en op Discord.',
    );
    const set = await project('locale', '--project', 'the-elms', '--locale', 'nl');
    expect(set.code, set.err).toBe(0);
    expect(set.out.trim()).toBe('De taal van The Elms is nu Nederlands.');
    const again = await project('locale', '--project', 'the-elms', '--lang', 'en');
    expect(again.out.trim()).toBe(
      'Language of The Elms: Dutch. Buurtbot writes in it in the shared rooms and on Discord.',
    );
    // A language Buurtkamer does not speak, on a change or a new project: refused, nothing made.
    const refused = await project('locale', '--project', 'the-elms', '--locale', 'de');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--locale:');
    const refusedNew = await project(
      'create',
      '--name',
      'Die Linden',
      '--municipality',
      'Brugwaard',
      '--form',
      'gemengd',
      '--locale',
      'de',
    );
    expect(refusedNew.code).toBe(1);
    expect(refusedNew.err).toContain('--locale:');
    expect((await project('list')).out).not.toContain('Die Linden');
    expect((await project('locale', '--project', 'onbekend')).code).toBe(1);
  }, 120_000);
});

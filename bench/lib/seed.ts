import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import type { DatabaseHandle, Db } from '../../db/database';
import { channels, memberships, sessions, users } from '../../db/schema';
import { addDays } from '../../server/clock';
import { hashSecret, newSecret } from '../../server/domain/auth/tokens';
import { createProject } from '../../server/domain/projects/projects';
import { SESSION_COOKIE } from '../../server/http/cookies';

export interface SeededProject {
  id: string;
  common: string;
  activities: string;
}

export interface SeededMember {
  userId: string;
  cookie: string;
  project: number;
}

export interface Community {
  projects: SeededProject[];
  members: SeededMember[];
}

const BATCH = 1000;

/**
 * Projects with members and live sessions, written straight into the database in batches
 * (the invite flow has its own tests; here only the result matters). Session tokens are
 * random; only their hashes are stored, as in the product.
 */
export async function seedCommunity(
  db: Db,
  shape: { projects: number; membersPerProject: number },
): Promise<Community> {
  const projects: SeededProject[] = [];
  for (let p = 0; p < shape.projects; p++) {
    const project = await createProject(db, {
      slug: `bench-${p}-${randomBytes(3).toString('hex')}`,
      name: `Benchhof ${p + 1}`,
      municipality: 'Brugwaard',
      housingForm: 'gemengd',
    });
    const rows = await db.select().from(channels).where(eq(channels.projectId, project.id));
    const find = (kind: string) => rows.find((r) => r.kind === kind)?.id ?? '';
    projects.push({ id: project.id, common: find('common'), activities: find('activities') });
  }
  const members: SeededMember[] = [];
  const total = shape.projects * shape.membersPerProject;
  const now = new Date();
  for (let start = 0; start < total; start += BATCH) {
    const size = Math.min(BATCH, total - start);
    const inserted = await db
      .insert(users)
      .values(Array.from({ length: size }, (_, i) => ({ displayName: `Bewoner ${start + i + 1}` })))
      .returning({ id: users.id });
    const tokens = inserted.map(() => newSecret());
    const projectOf = (i: number) => Math.floor((start + i) / shape.membersPerProject);
    await db.insert(memberships).values(
      inserted.map((u, i) => ({
        userId: u.id,
        projectId: projects[projectOf(i)]?.id ?? '',
        role: 'resident' as const,
      })),
    );
    await db.insert(sessions).values(
      inserted.map((u, i) => ({
        userId: u.id,
        tokenHash: hashSecret(tokens[i] ?? ''),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: addDays(now, 30),
      })),
    );
    inserted.forEach((u, i) =>
      members.push({
        userId: u.id,
        cookie: `${SESSION_COOKIE}=${tokens[i]}`,
        project: projectOf(i),
      }),
    );
  }
  return { projects, members };
}

/** A database for one scenario: a PGlite folder, or a fresh PostgreSQL database. */
export interface BenchDatabase {
  engine: 'pglite' | 'postgres';
  /** Environment for a server process on this database. */
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  destroy(): Promise<void>;
}

export async function createBenchDatabase(
  engine: 'pglite' | 'postgres',
  postgresUrl: string | undefined,
): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'bk-bench-'));
    return {
      engine,
      env: { DATA_DIR: dir, DATABASE_URL: '' },
      open: () => openDatabase({ dataDir: dir }),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const name = `bk_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    destroy: async () => {
      const cleanup = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

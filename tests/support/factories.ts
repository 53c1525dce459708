import { randomBytes } from 'node:crypto';
import { memberships, users } from '../../db/schema';
import type { Db } from '../../db/database';
import { systemClock, type Clock } from '../../server/clock';
import { createSession } from '../../server/domain/auth/sessions';
import { createProject } from '../../server/domain/projects/projects';
import { listReadableChannels } from '../../server/domain/channels/channels';
import { SESSION_COOKIE } from '../../server/http/cookies';
import type { Role } from '../../server/protocol/roles';

export interface TestProject {
  id: string;
  name: string;
  channels: { common: string; activities: string; staff: string };
}

export async function buildProject(db: Db, name = 'Testhof'): Promise<TestProject> {
  const project = await createProject(db, {
    slug: `${name.toLowerCase()}-${randomBytes(4).toString('hex')}`,
    name,
    municipality: 'Brugwaard',
    housingForm: 'gemengd',
  });
  const channels = await channelsOf(db, project.id);
  return { id: project.id, name, channels };
}

async function channelsOf(db: Db, projectId: string): Promise<TestProject['channels']> {
  const { channels } = await import('../../db/schema');
  const { eq } = await import('drizzle-orm');
  const rows = await db.select().from(channels).where(eq(channels.projectId, projectId));
  const find = (kind: string) => rows.find((r) => r.kind === kind)?.id ?? '';
  return { common: find('common'), activities: find('activities'), staff: find('staff') };
}

export interface TestMember {
  userId: string;
  name: string;
  role: Role;
  token: string;
  /** The Cookie header value for this member's session. */
  cookie: string;
}

/** A member with a live session, made directly in the database (invites have their own tests). */
export async function buildMember(
  db: Db,
  projectId: string,
  role: Role,
  name = `${role}-${randomBytes(3).toString('hex')}`,
  clock: Clock = systemClock,
  locale: 'nl' | 'en' = 'nl',
): Promise<TestMember> {
  const [user] = await db.insert(users).values({ displayName: name, locale }).returning();
  if (!user) throw new Error('user insert failed');
  await db.insert(memberships).values({ projectId, userId: user.id, role });
  const { token } = await createSession(db, clock, { userId: user.id, ttlDays: 30 });
  return { userId: user.id, name, role, token, cookie: `${SESSION_COOKIE}=${token}` };
}

/** A stranger: signed in, but a member of no project. */
export async function buildStranger(db: Db, clock: Clock = systemClock): Promise<TestMember> {
  const [user] = await db.insert(users).values({ displayName: 'Vreemde' }).returning();
  if (!user) throw new Error('user insert failed');
  const { token } = await createSession(db, clock, { userId: user.id, ttlDays: 30 });
  return {
    userId: user.id,
    name: 'Vreemde',
    role: 'resident',
    token,
    cookie: `${SESSION_COOKIE}=${token}`,
  };
}

export async function readableChannelIds(db: Db, userId: string): Promise<string[]> {
  return (await listReadableChannels(db, userId)).map((c) => c.id);
}

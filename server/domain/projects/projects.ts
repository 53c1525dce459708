import { eq } from 'drizzle-orm';
import { channels, memberships, projects, users } from '../../../db/schema';
import type { HousingForm } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Locale } from '../../i18n/locale';
import type { ChannelKind } from '../../protocol/roles';

export type ProjectRow = typeof projects.$inferSelect;

/** Every project starts with these rooms; private threads and bot conversations are made on demand. */
const standardChannels: { kind: ChannelKind; name: string }[] = [
  { kind: 'common', name: 'Huiskamer' },
  { kind: 'activities', name: 'Activiteiten' },
  { kind: 'staff', name: 'Teamkamer' },
];

export const BOT_DISPLAY_NAME = 'Buurtbot';

export async function createProject(
  db: Executor,
  input: {
    slug: string;
    name: string;
    municipality: string;
    housingForm: HousingForm;
    locale?: Locale;
  },
): Promise<ProjectRow> {
  const [project] = await db.insert(projects).values(input).returning();
  if (!project) throw new Error('project insert returned nothing');
  await db.insert(channels).values(standardChannels.map((c) => ({ ...c, projectId: project.id })));
  const bot = await ensureBotUser(db);
  await db
    .insert(memberships)
    .values({ projectId: project.id, userId: bot.id, role: 'resident' })
    .onConflictDoNothing();
  return project;
}

/** Buurtbot is one user, a visible member of every project. */
export async function ensureBotUser(db: Executor): Promise<typeof users.$inferSelect> {
  const [existing] = await db.select().from(users).where(eq(users.isBot, true)).limit(1);
  if (existing) return existing;
  const [bot] = await db
    .insert(users)
    .values({ displayName: BOT_DISPLAY_NAME, isBot: true })
    .returning();
  if (!bot) throw new Error('bot insert returned nothing');
  return bot;
}

export async function findProject(
  db: Executor,
  projectId: string,
): Promise<ProjectRow | undefined> {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId)).limit(1);
  return project;
}

/** A project by its short name (`de-vlinderhof`), as the command line and the demo name it. */
export async function findProjectBySlug(
  db: Executor,
  slug: string,
): Promise<ProjectRow | undefined> {
  const [project] = await db.select().from(projects).where(eq(projects.slug, slug)).limit(1);
  return project;
}

import { eq } from 'drizzle-orm';
import { projects } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { defaultLocale, type Locale } from '../../i18n/locale';

/**
 * The language of a project (`projects.locale`): what Buurtbot writes in its shared rooms
 * (Teamkamer, Activiteiten) and on its Discord cards. Private messages follow each person's own
 * `users.locale` instead. A project that is gone reads as the default, Dutch.
 */
export async function projectLocale(db: Executor, projectId: string): Promise<Locale> {
  const [row] = await db
    .select({ locale: projects.locale })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  return row?.locale ?? defaultLocale;
}

export async function setProjectLocale(
  db: Executor,
  projectId: string,
  locale: Locale,
): Promise<void> {
  await db.update(projects).set({ locale }).where(eq(projects.id, projectId));
}

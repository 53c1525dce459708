import { eq } from 'drizzle-orm';
import { sessions, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { forbidden, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { personalDataAreas } from './areas';

export const EXPORT_FORMAT = 'buurtkamer.personal-data.v1';

/** Everything stored about one person, as JSON (AVG/GDPR art. 15 and 20). */
export async function exportPersonalData(
  db: Executor,
  clock: Clock,
  userId: string,
  locale: Locale,
): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    exportedAt: clock.now().toISOString(),
    about: t(locale, 'privacy.export_about'),
  };
  for (const area of personalDataAreas) data[area.name] = await area.export(db, userId);
  return data;
}

/**
 * Erases a person (AVG/GDPR art. 17) in one transaction: every area removes or anonymises its
 * rows, then the user row keeps only its id (so the messages that stay in shared rooms read
 * "removed user") and the time of erasure. Sessions are deleted, so the person is signed out
 * everywhere; the caller closes their open sockets. Returns the ended session ids.
 */
export async function erasePerson(
  db: Db,
  clock: Clock,
  userId: string,
): Promise<{ sessionIds: string[] }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user || user.erasedAt) throw notFound();
    if (user.isBot) throw forbidden();
    const ended = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, userId));
    const now = clock.now();
    for (const area of personalDataAreas) await area.erase(tx, userId, { now });
    await tx
      .update(users)
      .set({
        displayName: t('nl', 'privacy.removed_user'),
        email: null,
        passwordHash: null,
        locale: 'nl',
        erasedAt: now,
      })
      .where(eq(users.id, userId));
    return { sessionIds: ended.map((s) => s.id) };
  });
}

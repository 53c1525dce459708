import { eq } from 'drizzle-orm';
import { memberships, sessions, users } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { forbidden, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { DomainEvent } from '../../dispatch/events';
import { anonymiseRemainingMessages, personalDataAreas, type ErasureContext } from './areas';

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
 * rows, what is left of the person's messages gets the shared anonymous author, then the user
 * row keeps only its id and the time of erasure. Sessions are deleted, so the person is signed
 * out everywhere; the caller closes their open sockets and publishes `events` (a freed seat
 * offered to the waitlist). Returns the ended session ids and those events.
 */
export async function erasePerson(
  db: Db,
  clock: Clock,
  userId: string,
): Promise<{ sessionIds: string[]; events: DomainEvent[] }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user || user.erasedAt) throw notFound();
    if (user.isBot) throw forbidden();
    const ended = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, userId));
    const projects = await tx
      .select({ projectId: memberships.projectId })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    const context: ErasureContext = {
      now: clock.now(),
      clock,
      name: user.displayName,
      projectIds: projects.map((p) => p.projectId),
      events: [],
    };
    for (const area of personalDataAreas) await area.erase(tx, userId, context);
    await anonymiseRemainingMessages(tx, userId, context);
    await tx
      .update(users)
      .set({
        displayName: t('nl', 'privacy.removed_user'),
        email: null,
        passwordHash: null,
        locale: 'nl',
        erasedAt: context.now,
      })
      .where(eq(users.id, userId));
    return { sessionIds: ended.map((s) => s.id), events: context.events };
  });
}

import { eq } from 'drizzle-orm';
import { channels, memberships, sessions, users } from '../../../db/schema';
import type { Db, Executor, Tx } from '../../../db/database';
import type { Clock } from '../../clock';
import { forbidden, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { DomainEvent } from '../events';
import { findStoredMessage } from '../messages/messages';
import { anonymiseRemainingMessages, personalDataAreas } from './areas';
import type { ErasureContext } from './types';

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
      changedMessageIds: new Set(),
    };
    for (const area of personalDataAreas) await area.erase(tx, userId, context);
    await anonymiseRemainingMessages(tx, userId, context);
    context.events.push(...(await updatedMessages(tx, [...context.changedMessageIds])));
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

/** Buurtbot's notices erasure rewrote, as live updates (open screens and Discord copies follow). */
async function updatedMessages(tx: Tx, ids: string[]): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const id of ids) {
    const message = await findStoredMessage(tx, id);
    if (!message) continue;
    const [channel] = await tx
      .select({ projectId: channels.projectId, kind: channels.kind })
      .from(channels)
      .where(eq(channels.id, message.channelId))
      .limit(1);
    if (channel)
      events.push({
        type: 'message.updated',
        message,
        projectId: channel.projectId,
        channelKind: channel.kind,
      });
  }
  return events;
}

import { and, eq, inArray } from 'drizzle-orm';
import { memberships } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { EventOf } from '../events';
import { t, type MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { AlertKind, AlertPriority } from '../../protocol/concernTypes';
import { alertNoticeTag, type PushNotice } from '../../protocol/notifications';

/** Who hears of a new staff alert: the people who may see the staff room. */
const ALERT_ROLES = ['staff', 'admin'] as const;

function alertText(kind: AlertKind, priority: AlertPriority): MessageKey {
  if (kind === 'urgent' || priority === 'urgent') return 'notifications.alert_urgent_body';
  if (kind === 'help') return 'notifications.alert_help_body';
  if (kind === 'care') return 'notifications.alert_care_body';
  return 'notifications.alert_concern_body';
}

/**
 * Whether a staff alert change reaches phones, and how: a new alert only those who do not have
 * Buurtkamer open (`skipOnline`); an urgent alert nobody acknowledged yet buzzes every phone
 * again, open app or not. Other changes: null.
 */
export function alertPush(event: EventOf<'alert.changed'>): { skipOnline: boolean } | null {
  if (event.change === 'repeated') return { skipOnline: false };
  if (event.change === 'created') return { skipOnline: true };
  return null;
}

/**
 * The staff and admins of the alert's project to tell, without the person the alert is about
 * and without `online` (those who see it appear on the dashboard).
 */
export async function alertRecipients(
  db: Executor,
  event: EventOf<'alert.changed'>,
  online: ReadonlySet<string>,
): Promise<string[]> {
  const { row } = event.record;
  const staff = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.projectId, row.projectId), inArray(memberships.role, [...ALERT_ROLES])),
    );
  return staff.map((s) => s.userId).filter((id) => id !== row.subjectUserId && !online.has(id));
}

/** The notice says only what kind of alert it is: never who, never their words. */
export function alertNotice(event: EventOf<'alert.changed'>): (locale: Locale) => PushNotice {
  const { row } = event.record;
  return (locale) => ({
    title: t(locale, 'notifications.alert_title'),
    body: t(locale, alertText(row.kind, row.priority)),
    url: `/p/${row.projectId}/dashboard`,
    tag: alertNoticeTag(row.id),
  });
}

/** Concern changes the reporter hears of on their phone, with the text for each. */
const reporterNews: Record<string, MessageKey> = {
  claimed: 'notifications.concern_claimed_body',
  resolved: 'notifications.concern_resolved_body',
  moved: 'notifications.concern_news_body',
  mediation_phase: 'notifications.concern_news_body',
  mediation_answer: 'notifications.concern_news_body',
  neighbour_replied: 'notifications.concern_news_body',
  corporation_status: 'notifications.concern_news_body',
  consent_refused: 'notifications.concern_news_body',
};

/**
 * A change of the reporter's own concern (taken up, a step further, news from the corporation,
 * resolved) is news for their phone: only the reporter, only while the record is not
 * anonymised, and only "there is news": what anyone wrote stays in the app. Their own report
 * ("reported") and Buurtbot's follow-up questions (a message of their own) are not announced.
 * Null when the change is no such news.
 */
export function reporterNotice(
  event: EventOf<'concern.changed'>,
): { reporterId: string; projectId: string; notice: (locale: Locale) => PushNotice } | null {
  const body = reporterNews[event.change];
  const { row } = event.record;
  if (!body || !row.reporterId || row.anonymisedAt !== null) return null;
  return {
    reporterId: row.reporterId,
    projectId: row.projectId,
    notice: (locale) => ({
      title: t(locale, 'notifications.concern_title'),
      body: t(locale, body),
      url: `/p/${row.projectId}/meldingen`,
      tag: `concern-${row.id}`,
    }),
  };
}

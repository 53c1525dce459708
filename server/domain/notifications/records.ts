import { and, eq, inArray } from 'drizzle-orm';
import { memberships } from '../../../db/schema';
import type { Deps } from '../../deps';
import type { EventOf } from '../events';
import { t, type MessageKey } from '../../i18n/catalogue';
import type { AlertKind, AlertPriority } from '../../protocol/concernTypes';
import { alertNoticeTag } from '../../protocol/notifications';

/** Who hears of a new staff alert: the people who may see the staff room. */
const ALERT_ROLES = ['staff', 'admin'] as const;

function alertText(kind: AlertKind, priority: AlertPriority): MessageKey {
  if (kind === 'urgent' || priority === 'urgent') return 'notifications.alert_urgent_body';
  if (kind === 'help') return 'notifications.alert_help_body';
  if (kind === 'care') return 'notifications.alert_care_body';
  return 'notifications.alert_concern_body';
}

/**
 * A new staff alert (a help request, a care signal, an urgent report, a concern for the team)
 * reaches the phones of the project's staff and admins who do not have Buurtkamer open; those
 * who do see it appear on the dashboard; an urgent alert's repeats reach every staff phone until
 * someone acknowledges it. The notice says only what kind of alert it is: never
 * who, never their words (the summary stays on the dashboard).
 */
export function notifyStaffAlerts(deps: Deps): () => void {
  const { db, dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('alert.changed', async (event: EventOf<'alert.changed'>) => {
    // An urgent alert nobody acknowledged yet buzzes every phone again, open app or not.
    const repeat = event.change === 'repeated';
    if (event.change !== 'created' && !repeat) return;
    const { row } = event.record;
    const staff = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(eq(memberships.projectId, row.projectId), inArray(memberships.role, [...ALERT_ROLES])),
      );
    const online = repeat ? new Set<string>() : await presence.onlineUserIds(row.projectId);
    const away = staff
      .map((s) => s.userId)
      .filter((id) => id !== row.subjectUserId && !online.has(id));
    if (away.length === 0) return;
    await notifier.notify(away, (locale) => ({
      title: t(locale, 'notifications.alert_title'),
      body: t(locale, alertText(row.kind, row.priority)),
      url: `/p/${row.projectId}/dashboard`,
      tag: alertNoticeTag(row.id),
    }));
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
 * resolved) reaches their phone while Buurtkamer is closed. Only the reporter, only while the
 * record is not anonymised, and only "there is news": what anyone wrote stays in the app. Their
 * own report ("reported") and Buurtbot's follow-up questions (a message of their own) are not
 * announced here.
 */
export function notifyConcernChanges(deps: Deps): () => void {
  const { dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('concern.changed', async (event: EventOf<'concern.changed'>) => {
    const body = reporterNews[event.change];
    const { row } = event.record;
    if (!body || !row.reporterId || row.anonymisedAt !== null) return;
    const online = await presence.onlineUserIds(row.projectId);
    if (online.has(row.reporterId)) return;
    await notifier.notify([row.reporterId], (locale) => ({
      title: t(locale, 'notifications.concern_title'),
      body: t(locale, body),
      url: `/p/${row.projectId}/meldingen`,
      tag: `concern-${row.id}`,
    }));
  });
}

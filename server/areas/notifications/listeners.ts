import type { Deps } from '../../deps';
import {
  alertNotice,
  alertPush,
  alertRecipients,
  reporterNotice,
} from '../../domain/notifications/records';
import { isPrivateReply, replyNotice, replyRecipients } from '../../domain/notifications/replies';

/**
 * A new staff alert (a help request, a care signal, an urgent report, a concern for the team)
 * reaches the phones of the project's staff and admins who do not have Buurtkamer open; those
 * who do see it appear on the dashboard; an urgent alert's repeats reach every staff phone until
 * someone acknowledges it (rules: `server/domain/notifications/records.ts`).
 */
export function notifyStaffAlerts(deps: Deps): () => void {
  const { db, dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('alert.changed', async (event) => {
    const push = alertPush(event);
    if (!push) return;
    const online = push.skipOnline
      ? await presence.onlineUserIds(event.record.row.projectId)
      : new Set<string>();
    const away = await alertRecipients(db, event, online);
    if (away.length === 0) return;
    await notifier.notify(away, alertNotice(event));
  });
}

/** News on the reporter's own concern reaches their phone while Buurtkamer is closed. */
export function notifyConcernChanges(deps: Deps): () => void {
  const { dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('concern.changed', async (event) => {
    const news = reporterNotice(event);
    if (!news) return;
    const online = await presence.onlineUserIds(news.projectId);
    if (online.has(news.reporterId)) return;
    await notifier.notify([news.reporterId], news.notice);
  });
}

/**
 * A reply in a person's private conversation (their Buurtbot chat, or a concern thread) while
 * they are offline reaches their phone (rules: `server/domain/notifications/replies.ts`).
 */
export function notifyPrivateReplies(deps: Deps): () => void {
  const { db, dispatcher, presence, notifier } = deps;
  return dispatcher.subscribe('message.created', async (event) => {
    if (!isPrivateReply(event)) return;
    const members = await replyRecipients(db, event);
    if (members.length === 0) return;
    const online = await presence.onlineUserIds(event.projectId);
    const away = members.filter((id) => !online.has(id));
    if (away.length === 0) return;
    await notifier.notify(away, replyNotice(event));
  });
}

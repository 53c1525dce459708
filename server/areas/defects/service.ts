import { and, eq, inArray, or } from 'drizzle-orm';
import { memberships } from '../../../db/schema';
import type { NoticeRecipe } from '../../../db/schema/messages';
import { detectUrgentDefect } from '../../../bot/engine/entities/defect';
import { contactLine, contactsFor } from '../../../bot/engine/replies';
import { conversationOf } from '../../domain/buurtbot/conversations';
import { postBotMessage } from '../../domain/buurtbot/messages';
import type { Db } from '../../../db/database';
import type { Deps } from '../../deps';
import type { DomainEvent } from '../../domain/events';
import { getCard } from '../../domain/card/card';
import { findProjectChannel } from '../../domain/channels/channels';
import {
  addMeToo,
  defectRef,
  loadDefect,
  reportDefect,
  type DefectRecord,
  type NewDefect,
} from '../../domain/defects/cases';
import { formatDate } from '../../domain/defects/export';
import { changeDefect, type DefectChangeResult } from '../../domain/defects/lifecycle';
import { cleanPhoto, reportOf, storePhoto } from '../../domain/defects/photos';
import { notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { projectLocale } from '../../domain/projects/locale';
import type { ChangeDefectInput, DefectChange, UrgentAdvice } from '../../protocol/defects';

const HANDLER_ROLES = ['staff', 'admin', 'coordinator', 'corporation'] as const;

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'logger'>;

/** Those who handle cases, and the reporters: the audience filters them by the access rules. */
async function members(db: Db, record: DefectRecord) {
  const reporterIds = record.reporters.map((r) => r.userId);
  return db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.projectId, record.defect.projectId),
        reporterIds.length > 0
          ? or(
              inArray(memberships.role, [...HANDLER_ROLES]),
              inArray(memberships.userId, reporterIds),
            )
          : inArray(memberships.role, [...HANDLER_ROLES]),
      ),
    );
}

/** The repair line from the buurtkaart (the corporation when there is none), for urgent cases. */
async function urgentAdvice(db: Db, record: DefectRecord): Promise<UrgentAdvice | null> {
  if (record.defect.urgency !== 'urgent') return null;
  const card = await getCard(db, record.defect.projectId);
  return {
    urgentKind: record.defect.urgentKind,
    repairs: contactsFor(card, 'repairs').map(({ name, phone, email, note }) => ({
      name,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(note ? { note } : {}),
    })),
    call112: record.defect.urgentKind === 'gas_smell',
  };
}

/** Urgent cases reach the staff room at once, with the reporter's name (staff only). */
async function urgentNotice(
  deps: ServiceDeps,
  record: DefectRecord,
  authorName: string,
): Promise<DomainEvent[]> {
  const { db, clock } = deps;
  const staffRoom = await findProjectChannel(db, record.defect.projectId, 'staff');
  if (!staffRoom) return [];
  const { defect } = record;
  const locale = await projectLocale(db, defect.projectId);
  const kind = defect.urgentKind
    ? t(locale, `defects.urgent_kind.${defect.urgentKind}`)
    : t(locale, 'defects.urgency.urgent').toLowerCase();
  const place =
    record.spaceName ?? t(locale, 'defects.place.unit', { unit: defect.unitLabel ?? '?' });
  const card = await getCard(db, defect.projectId);
  const lines = [
    t(locale, 'staff.defect_urgent', {
      ref: defectRef(defect.number),
      kind,
      what: defect.what.slice(0, 300),
      place,
      name: authorName,
    }),
    ...contactsFor(card, 'repairs').map(contactLine),
  ];
  return [
    await postBotMessage(
      db,
      clock,
      { channelId: staffRoom.id, projectId: defect.projectId, channelKind: 'staff' },
      lines.join('\n'),
    ),
  ];
}

/** The Buurtbot message for one reporter about one change, in their language. */
function notificationText(result: DefectChangeResult, locale: Locale): string {
  const { record, entry } = result;
  const { defect } = record;
  const lines = [
    t(locale, 'defects.notify.header', {
      ref: defectRef(defect.number),
      what: defect.what.length > 120 ? `${defect.what.slice(0, 117)}...` : defect.what,
    }),
  ];
  const moved = entry && entry.fromStatus !== entry.toStatus;
  if (moved) lines.push(t(locale, `defects.notify.status.${defect.status}`));
  if (moved && defect.status === 'rejected' && defect.rejectReason)
    lines.push(t(locale, 'defects.notify.reason', { reason: defect.rejectReason }));
  if (result.plannedChange)
    lines.push(
      t(locale, 'defects.notify.planned', { date: formatDate(result.plannedChange, locale) }),
    );
  if (result.plannedChange === null) lines.push(t(locale, 'defects.notify.planned_cleared'));
  if (entry?.note && !(moved && defect.status === 'rejected'))
    lines.push(t(locale, 'defects.notify.note', { note: entry.note }));
  return lines.join('\n');
}

/** The phone notification for that message: the case's number and its status, nothing written. */
function defectNotice(result: DefectChangeResult): NoticeRecipe {
  const { defect } = result.record;
  const moved = result.entry && result.entry.fromStatus !== result.entry.toStatus;
  return {
    title: 'notifications.defect_title',
    body: moved ? 'notifications.defect_status_body' : 'notifications.defect_news_body',
    params: { ref: defectRef(defect.number), status: `defects.status.${defect.status}` },
    path: 'defects',
    tag: `defect-${defect.id}`,
  };
}

/**
 * Everyone who reported or said "me too" hears of each change from Buurtbot, privately, in
 * their own language (the one they reported in). The person who made the change is not told.
 */
async function notifyReporters(
  deps: ServiceDeps,
  result: DefectChangeResult,
): Promise<DomainEvent[]> {
  const { db, clock, logger } = deps;
  const events: DomainEvent[] = [];
  const { projectId } = result.record.defect;
  for (const reporter of result.record.reporters) {
    if (reporter.userId === result.actor.userId) continue;
    try {
      const { conversation, created } = await conversationOf(db, projectId, reporter.userId);
      events.push(...created);
      events.push(
        await postBotMessage(
          db,
          clock,
          { channelId: conversation.channelId, projectId, channelKind: 'bot' },
          notificationText(result, reporter.locale),
          undefined,
          { notice: defectNotice(result) },
        ),
      );
    } catch (error) {
      logger.error({ err: error, defectId: result.record.defect.id }, 'defect notification failed');
    }
  }
  return events;
}

/**
 * What happens around a defect change, for every transport (HTTP and Buurtbot alike): the
 * domain change, then the events that tell people. Functions return the events instead of
 * publishing them, so the bot runtime can publish them after it stored its state.
 */
export function createDefectService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function changed(change: DefectChange, record: DefectRecord): Promise<DomainEvent> {
    return { type: 'defect.changed', change, record, members: await members(db, record) };
  }

  return {
    adviceFor: (record: DefectRecord) => urgentAdvice(db, record),

    async report(input: NewDefect & { authorName: string }) {
      // The domain takes the urgent kind as given; reading it from the words is Buurtbot's.
      const urgentKind = input.urgentKind ?? detectUrgentDefect(input.what, clock.now());
      const { record, created } = await reportDefect(db, clock, {
        ...input,
        ...(urgentKind ? { urgentKind } : {}),
      });
      const events: DomainEvent[] = [];
      if (created) {
        events.push(await changed('created', record));
        if (record.defect.urgency === 'urgent')
          events.push(...(await urgentNotice(deps, record, input.authorName)));
      }
      return { record, created, events, advice: await urgentAdvice(db, record) };
    },

    async meToo(input: { defectId: string; userId: string; locale: Locale; note?: string }) {
      const { record, added } = await addMeToo(db, clock, input);
      return { record, added, events: added ? [await changed('me_too', record)] : [] };
    },

    async change(input: { defectId: string; userId: string; change: ChangeDefectInput }) {
      const result = await changeDefect(db, clock, input);
      if (!result.changed) return { result, events: [] };
      const events = [
        await changed('status', result.record),
        ...(await notifyReporters(deps, result)),
      ];
      return { result, events };
    },

    /** The reporter's own photo for their report on this case (replaces an earlier one). */
    async photo(input: { defectId: string; userId: string; data: Buffer }) {
      const report = await reportOf(db, input.defectId, input.userId);
      if (!report) throw notFound();
      const photo = await storePhoto(db, clock, {
        defectId: input.defectId,
        reportId: report.id,
        photo: await cleanPhoto(input.data),
      });
      const record = await loadDefect(db, input.defectId);
      if (!record) throw notFound();
      return { photo, record, events: [await changed('photo', record)] };
    },
  };
}

export type DefectService = ReturnType<typeof createDefectService>;

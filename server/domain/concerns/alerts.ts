import { and, desc, eq, ne } from 'drizzle-orm';
import { alerts, concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { addMinutes, type Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { AppError, notFound } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import type { AlertKind, AlertPriority } from '../../protocol/concernTypes';
import { alertNoticeTag } from '../../protocol/notifications';
import { scheduleJob } from '../../scheduler/scheduler';
import { deliverPrivately, postToStaffRoom, postToThread } from './delivery';
import {
  loadAlertRecord,
  loadConcernRecord,
  lockConcern,
  memberIdsWithRole,
  recordEvent,
  userOf,
  type AlertRow,
} from './records';
import { onCallAt } from './rota';
import { ownWorkerOf } from '../membership/support-links';
import { staffRoles } from '../../protocol/roles';
import { concernSettingsOf } from './settings';
import { projectLocale } from '../projects/locale';

export const ALERT_ESCALATE = 'alert.escalate';
export const ALERT_URGENT_REPEAT = 'alert.urgent_repeat';

/** The alert, locked for this transaction (undefined when it is gone). */
async function findLockedAlert(tx: Executor, alertId: string): Promise<AlertRow | undefined> {
  const [row] = await tx.select().from(alerts).where(eq(alerts.id, alertId)).limit(1).for('update');
  return row;
}

async function lockAlert(tx: Executor, alertId: string): Promise<AlertRow> {
  const row = await findLockedAlert(tx, alertId);
  if (!row) throw notFound();
  return row;
}

async function alertChanged(tx: Executor, alertId: string, change: string): Promise<DomainEvent> {
  return { type: 'alert.changed', record: await loadAlertRecord(tx, alertId), change };
}

/**
 * Who answers a help request: the person's own support worker if they have one (support links
 * are staff-only), else the staff member on call now.
 */
export async function routeHelp(
  tx: Executor,
  projectId: string,
  userId: string,
  now: Date,
): Promise<{ assignedToId: string | null; assignedReason: 'own_worker' | 'on_call' | null }> {
  const own = await ownWorkerOf(tx, projectId, userId);
  if (own) return { assignedToId: own.id, assignedReason: 'own_worker' };
  const onCall = await onCallAt(tx, projectId, now);
  if (onCall) return { assignedToId: onCall.id, assignedReason: 'on_call' };
  return { assignedToId: null, assignedReason: null };
}

export interface NewAlert {
  projectId: string;
  kind: AlertKind;
  priority: AlertPriority;
  concernId?: string | null;
  subjectUserId?: string | null;
  unitLabel?: string | null;
  summary?: string | null;
  codes?: string[];
  /** Why they have it is not stored: support status lives in `support_links` only. */
  assignedToId?: string | null;
  /** The short notice Buurtbot posts in the staff room. */
  staffNotice: string;
}

/**
 * Raises an alert: stored, announced live to the staff room (and as a short Buurtbot notice),
 * with its timers: to the on-call staff member when nobody claims it in time, and, when urgent,
 * repeated until someone acknowledges it.
 */
export async function createAlert(
  tx: Executor,
  clock: Clock,
  input: NewAlert,
): Promise<{ alert: AlertRow; events: DomainEvent[] }> {
  const now = clock.now();
  const settings = await concernSettingsOf(tx, input.projectId);
  const [alert] = await tx
    .insert(alerts)
    .values({
      projectId: input.projectId,
      kind: input.kind,
      priority: input.priority,
      concernId: input.concernId ?? null,
      subjectUserId: input.subjectUserId ?? null,
      unitLabel: input.unitLabel ?? null,
      summary: input.summary ?? null,
      codes: input.codes ?? [],
      assignedToId: input.assignedToId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!alert) throw new Error('alert insert returned nothing');
  await scheduleJob(tx, {
    kind: ALERT_ESCALATE,
    payload: { alertId: alert.id, stage: 1 },
    runAt: addMinutes(now, settings.alertClaimMinutes),
    dedupeKey: `${ALERT_ESCALATE}:${alert.id}:1`,
  });
  if (input.priority === 'urgent') {
    await scheduleJob(tx, {
      kind: ALERT_URGENT_REPEAT,
      payload: { alertId: alert.id, n: 1 },
      runAt: addMinutes(now, settings.urgentRepeatMinutes),
      dedupeKey: `${ALERT_URGENT_REPEAT}:${alert.id}:1`,
    });
  }
  const events: DomainEvent[] = [
    ...(await postToStaffRoom(tx, clock, input.projectId, input.staffNotice, alert.id)),
  ];
  // An emergency or self-harm does not wait for the rota: every staff member hears it now.
  if (input.priority === 'urgent')
    events.push(...(await tellEveryStaffMember(tx, clock, alert, 'concerns.staff.urgent_to_you')));
  events.push(await alertChanged(tx, alert.id, 'created'));
  return { alert, events };
}

/**
 * Adds what the person said after asking for help (topic, own words) to their open help request:
 * the alert's topic and summary are updated and the staff room hears the addition. Returns
 * undefined when the person has no open help request any more (the caller makes a new one).
 */
export async function addToHelpRequest(
  tx: Executor,
  clock: Clock,
  input: { projectId: string; userId: string; topic: string; note?: string; staffNotice: string },
): Promise<DomainEvent[] | undefined> {
  const [open] = await tx
    .select()
    .from(alerts)
    .where(
      and(
        eq(alerts.projectId, input.projectId),
        eq(alerts.subjectUserId, input.userId),
        eq(alerts.kind, 'help'),
        ne(alerts.status, 'resolved'),
      ),
    )
    .orderBy(desc(alerts.createdAt))
    .limit(1)
    .for('update');
  if (!open) return undefined;
  const [, ...otherCodes] = open.codes;
  await tx
    .update(alerts)
    .set({
      codes: [input.topic, ...otherCodes],
      summary: input.note?.slice(0, 1000) ?? open.summary,
      updatedAt: clock.now(),
    })
    .where(eq(alerts.id, open.id));
  return [
    ...(await postToStaffRoom(tx, clock, input.projectId, input.staffNotice, open.id)),
    await alertChanged(tx, open.id, 'updated'),
  ];
}

/** A staff member takes the alert (and with it, a concern's handling). Acknowledges it too. */
export async function claimAlert(
  tx: Executor,
  clock: Clock,
  input: { alertId: string; staffId: string },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const alert = await lockAlert(tx, input.alertId);
  if (alert.status === 'resolved')
    throw new AppError('conflict', { alertId: { key: 'concerns.refusal.closed' } });
  if (alert.claimedById && alert.claimedById !== input.staffId)
    throw new AppError('conflict', { alertId: { key: 'concerns.refusal.already_claimed' } });
  if (alert.claimedById === input.staffId) return [await alertChanged(tx, alert.id, 'claimed')];
  await tx
    .update(alerts)
    .set({
      status: 'claimed',
      claimedById: input.staffId,
      claimedAt: now,
      acknowledgedById: alert.acknowledgedById ?? input.staffId,
      acknowledgedAt: alert.acknowledgedAt ?? now,
      updatedAt: now,
    })
    .where(eq(alerts.id, alert.id));
  const events: DomainEvent[] = [];
  if (alert.concernId)
    events.push(...(await takeConcern(tx, clock, alert.concernId, input.staffId)));
  events.push(await alertChanged(tx, alert.id, 'claimed'));
  return events;
}

/**
 * Makes a staff member the handler of a concern (when nobody is yet), tells the reporter in the
 * thread who picked it up, and logs it.
 */
export async function takeConcern(
  tx: Executor,
  clock: Clock,
  concernId: string,
  staffId: string,
): Promise<DomainEvent[]> {
  const now = clock.now();
  const concern = await lockConcern(tx, concernId);
  if (concern.handlerId === staffId) return [];
  await tx
    .update(concerns)
    .set({ handlerId: staffId, updatedAt: now })
    .where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: staffId,
    actorKind: 'staff',
    type: 'claimed',
    at: now,
  });
  const staff = await userOf(tx, staffId);
  const reporter = concern.reporterId ? await userOf(tx, concern.reporterId) : undefined;
  const events: DomainEvent[] = [];
  if (staff)
    events.push(
      ...(await postToThread(
        tx,
        clock,
        concern,
        t(reporter?.locale ?? 'nl', 'concerns.thread.claimed', { name: staff.name }),
      )),
    );
  // Its other open alerts are taken along (a concern has one handler).
  await tx
    .update(alerts)
    .set({
      status: 'claimed',
      claimedById: staffId,
      claimedAt: now,
      acknowledgedAt: now,
      acknowledgedById: staffId,
      updatedAt: now,
    })
    .where(and(eq(alerts.concernId, concern.id), eq(alerts.status, 'new')));
  events.push({
    type: 'concern.changed',
    record: await loadConcernRecord(tx, concern.id),
    change: 'claimed',
  });
  return events;
}

/** "I have seen it": stops an urgent alert from repeating, without taking it on. */
export async function acknowledgeAlert(
  tx: Executor,
  clock: Clock,
  input: { alertId: string; staffId: string },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const alert = await lockAlert(tx, input.alertId);
  if (alert.acknowledgedAt) return [await alertChanged(tx, alert.id, 'acknowledged')];
  await tx
    .update(alerts)
    .set({
      status: alert.status === 'new' ? 'acknowledged' : alert.status,
      acknowledgedById: input.staffId,
      acknowledgedAt: now,
      updatedAt: now,
    })
    .where(eq(alerts.id, alert.id));
  return [await alertChanged(tx, alert.id, 'acknowledged')];
}

/**
 * Marks an alert handled. The sender of a care signal is thanked, without any details: a care
 * signal is never discussed with anyone but staff.
 */
export async function resolveAlert(
  tx: Executor,
  clock: Clock,
  input: { alertId: string; staffId: string | null },
): Promise<DomainEvent[]> {
  const now = clock.now();
  const alert = await lockAlert(tx, input.alertId);
  if (alert.status === 'resolved') return [await alertChanged(tx, alert.id, 'resolved')];
  await tx
    .update(alerts)
    .set({
      status: 'resolved',
      resolvedById: input.staffId,
      resolvedAt: now,
      acknowledgedAt: alert.acknowledgedAt ?? now,
      acknowledgedById: alert.acknowledgedById ?? input.staffId,
      updatedAt: now,
    })
    .where(eq(alerts.id, alert.id));
  const events: DomainEvent[] = [];
  if (alert.kind === 'care' && alert.subjectUserId) {
    const sender = await userOf(tx, alert.subjectUserId);
    if (sender)
      events.push(
        ...(await deliverPrivately(
          tx,
          clock,
          { projectId: alert.projectId, userId: sender.id },
          { visibility: 'private', text: t(sender.locale, 'concerns.sender.care_thanks') },
          'notice',
        )),
      );
  }
  events.push(await alertChanged(tx, alert.id, 'resolved'));
  return events;
}

/** Resolves every open alert of a concern (it was closed). */
export async function resolveConcernAlerts(
  tx: Executor,
  clock: Clock,
  concernId: string,
  staffId: string | null,
): Promise<DomainEvent[]> {
  const open = await tx
    .select({ id: alerts.id, status: alerts.status })
    .from(alerts)
    .where(eq(alerts.concernId, concernId));
  const events: DomainEvent[] = [];
  for (const alert of open.filter((a) => a.status !== 'resolved'))
    events.push(...(await resolveAlert(tx, clock, { alertId: alert.id, staffId })));
  return events;
}

// ---------------------------------------------------------------------------------------------
// Timers

/**
 * Every staff member (and admin) of the project, except the person the alert is about, gets a
 * private Buurtbot notice and a push on their phone (same tag as the alert's first push, so it
 * replaces it instead of piling up).
 */
async function tellEveryStaffMember(
  tx: Executor,
  clock: Clock,
  alert: AlertRow,
  textKey: 'concerns.staff.urgent_to_you' | 'concerns.staff.unclaimed_to_you',
): Promise<DomainEvent[]> {
  const locale = await projectLocale(tx, alert.projectId);
  const kind = t(locale, `concerns.alert_kind.${alert.kind}`);
  const staff = await memberIdsWithRole(tx, alert.projectId, [...staffRoles]);
  const events: DomainEvent[] = [];
  for (const userId of staff.filter((id) => id !== alert.subjectUserId))
    events.push(
      ...(await deliverPrivately(
        tx,
        clock,
        { projectId: alert.projectId, userId },
        { visibility: 'private', text: t(locale, textKey, { kind }) },
        'notice',
        {
          title: 'notifications.alert_title',
          body:
            textKey === 'concerns.staff.urgent_to_you'
              ? 'notifications.alert_urgent_body'
              : 'notifications.alert_unclaimed_body',
          params: { kind: `concerns.alert_kind.${alert.kind}` },
          path: 'dashboard',
          tag: alertNoticeTag(alert.id),
        },
      )),
    );
  return events;
}

/**
 * Nobody claimed it in time. Stage 1: it goes to the staff member on call (when that is someone
 * other than the person it was already with). Stage 2, or stage 1 with nobody else on call: it
 * goes to every staff member of the project. An alert is never left with nobody.
 */
export async function escalateAlert(
  tx: Executor,
  clock: Clock,
  alertId: string,
  stage = 1,
): Promise<DomainEvent[]> {
  const now = clock.now();
  const alert = await findLockedAlert(tx, alertId);
  if (!alert || alert.claimedById || alert.status === 'resolved') return [];
  if (stage === 1 && alert.escalatedAt) return [];
  const onCall = await onCallAt(tx, alert.projectId, now);
  const toOnCall = stage === 1 && onCall !== null && onCall.id !== alert.assignedToId;
  await tx
    .update(alerts)
    .set({
      escalatedAt: alert.escalatedAt ?? now,
      escalatedToId: toOnCall ? onCall.id : alert.escalatedToId,
      assignedToId: toOnCall ? onCall.id : alert.assignedToId,
      updatedAt: now,
    })
    .where(eq(alerts.id, alert.id));
  const locale = await projectLocale(tx, alert.projectId);
  const kind = t(locale, `concerns.alert_kind.${alert.kind}`);
  if (alert.concernId)
    await recordEvent(tx, {
      concernId: alert.concernId,
      actorId: null,
      actorKind: 'system',
      type: 'alert_escalated',
      detail: { onCall: toOnCall, everyone: !toOnCall },
      at: now,
    });
  const events: DomainEvent[] = [];
  if (toOnCall && onCall) {
    events.push(...(await escalateToOnCall(tx, clock, alert, onCall, locale, now)));
  } else {
    const nobodyOnCall = onCall === null;
    events.push(
      ...(await postToStaffRoom(
        tx,
        clock,
        alert.projectId,
        t(
          locale,
          nobodyOnCall ? 'concerns.staff.escalated_nobody' : 'concerns.staff.escalated_everyone',
          { kind },
        ),
        alert.id,
      )),
      // Urgent alerts reached everyone at the start already.
      ...(alert.priority === 'urgent'
        ? []
        : await tellEveryStaffMember(tx, clock, alert, 'concerns.staff.unclaimed_to_you')),
    );
  }
  events.push(await alertChanged(tx, alert.id, 'escalated'));
  return events;
}

/** An urgent alert nobody acknowledged yet: announced again, and again, until someone does. */
export async function repeatUrgentAlert(
  tx: Executor,
  clock: Clock,
  alertId: string,
  n: number,
): Promise<DomainEvent[]> {
  const now = clock.now();
  const alert = await findLockedAlert(tx, alertId);
  if (!alert || alert.acknowledgedAt || alert.claimedAt || alert.status === 'resolved') return [];
  await tx.update(alerts).set({ repeatCount: n, updatedAt: now }).where(eq(alerts.id, alert.id));
  const settings = await concernSettingsOf(tx, alert.projectId);
  await scheduleJob(tx, {
    kind: ALERT_URGENT_REPEAT,
    payload: { alertId: alert.id, n: n + 1 },
    runAt: addMinutes(now, settings.urgentRepeatMinutes),
    dedupeKey: `${ALERT_URGENT_REPEAT}:${alert.id}:${n + 1}`,
  });
  const locale = await projectLocale(tx, alert.projectId);
  const kind = t(locale, `concerns.alert_kind.${alert.kind}`);
  return [
    ...(await postToStaffRoom(
      tx,
      clock,
      alert.projectId,
      t(locale, 'concerns.staff.urgent_repeat', { kind, count: n + 1 }),
      alert.id,
    )),
    await alertChanged(tx, alert.id, 'repeated'),
  ];
}

/** Stage 1 with someone on call: the alert is theirs now, told in the staff room and to them. */
async function escalateToOnCall(
  tx: Executor,
  clock: Clock,
  alert: NonNullable<Awaited<ReturnType<typeof findLockedAlert>>>,
  onCall: NonNullable<Awaited<ReturnType<typeof onCallAt>>>,
  locale: Locale,
  now: Date,
): Promise<DomainEvent[]> {
  const kind = t(locale, `concerns.alert_kind.${alert.kind}`);
  const events: DomainEvent[] = [];
  const settings = await concernSettingsOf(tx, alert.projectId);
  await scheduleJob(tx, {
    kind: ALERT_ESCALATE,
    payload: { alertId: alert.id, stage: 2 },
    runAt: addMinutes(now, settings.alertClaimMinutes),
    dedupeKey: `${ALERT_ESCALATE}:${alert.id}:2`,
  });
  events.push(
    ...(await postToStaffRoom(
      tx,
      clock,
      alert.projectId,
      t(locale, 'concerns.staff.escalated', { kind, name: onCall.name }),
      alert.id,
    )),
    ...(await deliverPrivately(
      tx,
      clock,
      { projectId: alert.projectId, userId: onCall.id },
      {
        visibility: 'private',
        text: t(locale, 'concerns.staff.escalated_to_you', { kind }),
      },
      'notice',
      // Their phone says it is theirs now (same tag: it replaces the "new alert" notice).
      {
        title: 'notifications.alert_escalated_title',
        body: 'notifications.alert_escalated_body',
        params: { kind: `concerns.alert_kind.${alert.kind}` },
        path: 'dashboard',
        tag: alertNoticeTag(alert.id),
      },
    )),
  );
  return events;
}

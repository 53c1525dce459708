import { and, asc, desc, eq, gt, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Locale } from '../../i18n/locale';
import { projectLocale } from '../projects/locale';
import { memberships, onCallShifts } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { addMinutes, type Clock } from '../../clock';
import type { DomainEvent } from '../events';
import { t } from '../../i18n/catalogue';
import { staffRoles } from '../../protocol/roles';
import { scheduleJob } from '../../scheduler/scheduler';
import { formatWhen } from '../../protocol/dates';
import { DEFAULT_TIME_ZONE } from '../activities/time';
import { postToStaffRoom } from './delivery';
import { onCallAt } from './rota';

/**
 * Rota coverage: hours when nobody is on call. Staff are warned in the staff room a day ahead of
 * such hours, and again (loudly) when they start; the dashboard shows them too. While nobody is on
 * call, help requests and urgent alerts go to every staff member (see `alerts.ts`).
 */

export const ROTA_COVERAGE = 'rota.coverage';
export const ROTA_GAP = 'rota.gap';

/** How far ahead staff are warned of hours nobody is on call. */
export const ROTA_WARN_HOURS = 24;
/** How often the rota is looked at (also right after every change to it). */
const CHECK_EVERY_MINUTES = 60;

interface Span {
  startsAt: Date;
  endsAt: Date;
}

/** The uncovered stretches of [from, to) between the given shifts (pure). */
export function gapsBetween(shifts: readonly Span[], from: Date, to: Date): Span[] {
  const gaps: Span[] = [];
  let cursor = from;
  for (const shift of [...shifts].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (shift.startsAt > cursor && cursor < to)
      gaps.push({ startsAt: cursor, endsAt: shift.startsAt < to ? shift.startsAt : to });
    if (shift.endsAt > cursor) cursor = shift.endsAt;
  }
  if (cursor < to) gaps.push({ startsAt: cursor, endsAt: to });
  return gaps;
}

/**
 * A stretch nobody is on call. `startsAt` is when it really began (the end of the last shift
 * before it; null when the project never had one), `endsAt` when the next shift starts (null
 * when none is planned).
 */
export interface RotaGap {
  startsAt: Date | null;
  endsAt: Date | null;
}

/** The stretches without anyone on call that touch [from, to). */
export async function rotaGaps(
  db: Executor,
  projectId: string,
  from: Date,
  to: Date,
): Promise<RotaGap[]> {
  const shifts = await db
    .select({ startsAt: onCallShifts.startsAt, endsAt: onCallShifts.endsAt })
    .from(onCallShifts)
    .where(
      and(
        eq(onCallShifts.projectId, projectId),
        lt(onCallShifts.startsAt, to),
        gt(onCallShifts.endsAt, from),
      ),
    );
  const gaps: RotaGap[] = [];
  for (const gap of gapsBetween(shifts, from, to)) {
    let startsAt: Date | null = gap.startsAt;
    if (gap.startsAt.getTime() === from.getTime()) {
      const [before] = await db
        .select({ endsAt: onCallShifts.endsAt })
        .from(onCallShifts)
        .where(and(eq(onCallShifts.projectId, projectId), lte(onCallShifts.endsAt, from)))
        .orderBy(desc(onCallShifts.endsAt))
        .limit(1);
      startsAt = before?.endsAt ?? null;
    }
    let endsAt: Date | null = gap.endsAt;
    if (gap.endsAt.getTime() === to.getTime()) {
      const [after] = await db
        .select({ startsAt: onCallShifts.startsAt })
        .from(onCallShifts)
        .where(and(eq(onCallShifts.projectId, projectId), gte(onCallShifts.startsAt, to)))
        .orderBy(asc(onCallShifts.startsAt))
        .limit(1);
      endsAt = after?.startsAt ?? null;
    }
    gaps.push({ startsAt, endsAt });
  }
  return gaps;
}

/** The current or next stretch without anyone on call within the warning window, if any. */
export async function nextRotaGap(
  db: Executor,
  projectId: string,
  now: Date,
): Promise<RotaGap | null> {
  const [first] = await rotaGaps(db, projectId, now, addMinutes(now, ROTA_WARN_HOURS * 60));
  return first ?? null;
}

export async function scheduleCoverageCheck(db: Executor, now: Date): Promise<void> {
  const runAt = addMinutes(now, CHECK_EVERY_MINUTES);
  await scheduleJob(db, {
    kind: ROTA_COVERAGE,
    runAt,
    dedupeKey: `${ROTA_COVERAGE}:${runAt.toISOString().slice(0, 13)}`,
  });
}

export interface GapNotice {
  projectId: string;
  /** ISO time the stretch began; null when the project never had anyone on call. */
  startsAt: string | null;
  endsAt: string | null;
  when: 'ahead' | 'now';
}

/**
 * Plans the staff-room warnings for one project's uncovered hours in the next day: one ahead of
 * each stretch and one when it starts, each exactly once (keyed by when the stretch began), even
 * with several server processes. A project without staff members is left alone.
 */
export async function planGapNotices(db: Executor, projectId: string, now: Date): Promise<void> {
  const gaps = await rotaGaps(db, projectId, now, addMinutes(now, ROTA_WARN_HOURS * 60));
  for (const gap of gaps) {
    const key = `${ROTA_GAP}:${projectId}:${gap.startsAt?.toISOString() ?? 'never'}`;
    const payload = {
      projectId,
      startsAt: gap.startsAt?.toISOString() ?? null,
      endsAt: gap.endsAt?.toISOString() ?? null,
    };
    const upcoming = gap.startsAt !== null && gap.startsAt > now;
    if (upcoming)
      await scheduleJob(db, {
        kind: ROTA_GAP,
        payload: { ...payload, when: 'ahead' },
        runAt: now,
        dedupeKey: `${key}:ahead`,
      });
    await scheduleJob(db, {
      kind: ROTA_GAP,
      payload: { ...payload, when: 'now' },
      runAt: upcoming && gap.startsAt ? gap.startsAt : now,
      dedupeKey: `${key}:now`,
    });
  }
}

/** The hourly look at every project's rota (and the next one planned). */
export async function checkCoverage(tx: Executor, now: Date): Promise<void> {
  const staffed = await tx
    .selectDistinct({ projectId: memberships.projectId })
    .from(memberships)
    .where(inArray(memberships.role, [...staffRoles]));
  for (const { projectId } of staffed) await planGapNotices(tx, projectId, now);
  await scheduleCoverageCheck(tx, now);
}

function when(locale: Locale, at: Date): string {
  return formatWhen(locale, at, DEFAULT_TIME_ZONE);
}

/**
 * Says in the staff room that nobody is on call (now, or from a coming moment), after checking
 * the rota still has the gap (a shift may have been added since it was planned).
 */
export async function announceGap(
  tx: Executor,
  clock: Clock,
  notice: GapNotice,
): Promise<DomainEvent[]> {
  const now = clock.now();
  const begins = notice.when === 'ahead' && notice.startsAt ? new Date(notice.startsAt) : now;
  if (await onCallAt(tx, notice.projectId, begins)) return [];
  if (notice.when === 'ahead' && begins <= now) return [];
  const [gap] = await rotaGaps(tx, notice.projectId, begins, addMinutes(begins, 1));
  const locale = await projectLocale(tx, notice.projectId);
  const until = gap?.endsAt ? when(locale, gap.endsAt) : null;
  const text =
    notice.when === 'now'
      ? t(locale, until ? 'concerns.staff.rota_gap_now_until' : 'concerns.staff.rota_gap_now', {
          until: until ?? '',
        })
      : t(locale, until ? 'concerns.staff.rota_gap_ahead_until' : 'concerns.staff.rota_gap_ahead', {
          from: when(locale, begins),
          until: until ?? '',
        });
  return postToStaffRoom(tx, clock, notice.projectId, text);
}

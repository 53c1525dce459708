import { and, eq, gte, lt, or } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { LivingLabNumbers, LivingLabPeriod, Suppressed } from '../../protocol/concerns';
import { ladderSteps, type LadderStep } from '../../protocol/concernTypes';

/** Counts below this are never shown (1 to 4: someone could be recognised); 0 is shown. */
export const SUPPRESS_BELOW = 5;

interface StatRow {
  createdAt: Date;
  resolvedAt: Date | null;
  outcome: (typeof concerns.$inferSelect)['outcome'];
  resolvedStep: LadderStep | null;
  reachedSteps: LadderStep[];
}

function suppress(n: number): Suppressed {
  return n > 0 && n < SUPPRESS_BELOW ? null : n;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * The numbers of one period. Per step: concerns closed there (withdrawn ones apart). Median days
 * from report to resolution and the share solved without the corporation or the police are
 * given only over at least five resolved concerns. A single hidden step count could be worked
 * out from the total, so then the next smallest count is hidden too.
 */
export function periodNumbers(
  period: string,
  reported: StatRow[],
  closed: StatRow[],
): LivingLabPeriod {
  const resolved = closed.filter((c) => c.outcome !== 'withdrawn');
  const withdrawn = closed.length - resolved.length;
  const byStep = Object.fromEntries(ladderSteps.map((s) => [s, 0])) as Record<LadderStep, number>;
  for (const c of resolved) byStep[c.resolvedStep ?? 'intake'] += 1;
  const cells = Object.fromEntries(ladderSteps.map((s) => [s, suppress(byStep[s])])) as Record<
    LadderStep,
    Suppressed
  >;
  const hidden = ladderSteps.filter((s) => cells[s] === null);
  if (hidden.length === 1) {
    const next = ladderSteps
      .filter((s) => cells[s] !== null && byStep[s] > 0)
      .sort((a, b) => byStep[a] - byStep[b])[0];
    if (next) cells[next] = null;
  }
  const enough = resolved.length >= SUPPRESS_BELOW;
  const days = resolved.map(
    (c) =>
      ((c.resolvedAt?.getTime() ?? c.createdAt.getTime()) - c.createdAt.getTime()) / 86_400_000,
  );
  const withoutHeavy = resolved.filter(
    (c) =>
      c.outcome !== 'corporation' &&
      c.outcome !== 'police' &&
      !c.reachedSteps.includes('corporatie'),
  ).length;
  return {
    period,
    reported: suppress(reported.length),
    resolved: suppress(resolved.length),
    resolvedByStep: cells,
    withdrawn: suppress(withdrawn),
    medianDaysToResolution: enough ? median(days) : null,
    shareWithoutCorporationOrPolice: enough
      ? Math.round((withoutHeavy / resolved.length) * 1000) / 1000
      : null,
  };
}

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Living Lab numbers for a project over [from, to), per calendar month (UTC) and in total. */
export async function livingLabNumbers(
  db: Executor,
  projectId: string,
  from: Date,
  to: Date,
): Promise<LivingLabNumbers> {
  const rows: StatRow[] = await db
    .select({
      createdAt: concerns.createdAt,
      resolvedAt: concerns.resolvedAt,
      outcome: concerns.outcome,
      resolvedStep: concerns.resolvedStep,
      reachedSteps: concerns.reachedSteps,
    })
    .from(concerns)
    .where(
      and(
        eq(concerns.projectId, projectId),
        or(
          and(gte(concerns.createdAt, from), lt(concerns.createdAt, to)),
          and(gte(concerns.resolvedAt, from), lt(concerns.resolvedAt, to)),
        ),
      ),
    );
  const inRange = (d: Date | null) => d !== null && d >= from && d < to;
  const reported = rows.filter((r) => inRange(r.createdAt));
  const closed = rows.filter((r) => inRange(r.resolvedAt));
  const months: string[] = [];
  for (
    let cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    cursor < to;
    cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  )
    months.push(monthKey(cursor));
  return {
    projectId,
    from: from.toISOString().slice(0, 10),
    to: to.toISOString().slice(0, 10),
    periods: months.map((m) =>
      periodNumbers(
        m,
        reported.filter((r) => monthKey(r.createdAt) === m),
        closed.filter((r) => r.resolvedAt && monthKey(r.resolvedAt) === m),
      ),
    ),
    total: periodNumbers('total', reported, closed),
  };
}

const cell = (value: Suppressed) => (value === null ? '<5' : String(value));
const optional = (value: number | null) => (value === null ? '' : String(value));

/** The numbers as CSV (one row per month and a total row; hidden counts as "<5"). */
export function livingLabCsv(numbers: LivingLabNumbers): string {
  const steps = ladderSteps;
  const header = [
    'period',
    'reported',
    'resolved',
    ...steps.map((s) => `resolved_at_${s}`),
    'withdrawn',
    'median_days_to_resolution',
    'share_without_corporation_or_police',
  ];
  const line = (p: LivingLabPeriod) =>
    [
      p.period,
      cell(p.reported),
      cell(p.resolved),
      ...steps.map((s) => cell(p.resolvedByStep[s])),
      cell(p.withdrawn),
      optional(p.medianDaysToResolution),
      optional(p.shareWithoutCorporationOrPolice),
    ].join(',');
  return (
    [header.join(','), ...numbers.periods.map(line), line(numbers.total)].join('\r\n') + '\r\n'
  );
}

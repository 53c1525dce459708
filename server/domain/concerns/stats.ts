import { and, eq, gte, lt, or } from 'drizzle-orm';
import { concerns } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { LivingLabNumbers, LivingLabPeriod, Suppressed } from '../../protocol/concerns';
import { ladderSteps, type LadderStep } from '../../protocol/concernTypes';

/** Counts below this are never shown (1 to 4: someone could be recognised); 0 is shown. */
export const SUPPRESS_BELOW = 5;

export interface StatRow {
  createdAt: Date;
  resolvedAt: Date | null;
  outcome: (typeof concerns.$inferSelect)['outcome'];
  resolvedStep: LadderStep | null;
  reachedSteps: LadderStep[];
}

/**
 * The counts of one period before anything is hidden. `heavy` and `light` split the resolved
 * concerns into those that needed the corporation or the police and those that did not: they
 * are never published as counts, but the share gives them away, so they are cells like any other.
 */
type CellName = 'reported' | 'resolved' | 'withdrawn' | 'heavy' | 'light' | `step:${LadderStep}`;

interface PeriodCounts {
  period: string;
  cells: Record<CellName, number>;
  days: number[];
}

const stepCell = (step: LadderStep): CellName => `step:${step}`;
const cellNames: CellName[] = [
  'reported',
  'resolved',
  'withdrawn',
  'heavy',
  'light',
  ...ladderSteps.map(stepCell),
];

function countsOf(period: string, reported: StatRow[], closed: StatRow[]): PeriodCounts {
  const resolved = closed.filter((c) => c.outcome !== 'withdrawn');
  const cells = Object.fromEntries(cellNames.map((n) => [n, 0])) as Record<CellName, number>;
  cells.reported = reported.length;
  cells.resolved = resolved.length;
  cells.withdrawn = closed.length - resolved.length;
  for (const c of resolved) {
    cells[stepCell(c.resolvedStep ?? 'intake')] += 1;
    const heavy =
      c.outcome === 'corporation' ||
      c.outcome === 'police' ||
      c.reachedSteps.includes('corporatie');
    cells[heavy ? 'heavy' : 'light'] += 1;
  }
  const days = resolved.map(
    (c) =>
      ((c.resolvedAt?.getTime() ?? c.createdAt.getTime()) - c.createdAt.getTime()) / 86_400_000,
  );
  return { period, cells, days };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** A cell of the table: the row (a period, the total last) and the count. */
type Cell = readonly [row: number, name: CellName];
/** A sum the reader can check: `whole` is the sum of `parts`. */
interface Sum {
  whole: Cell;
  parts: Cell[];
}

/**
 * THE suppression rule of the Living Lab numbers, in one place (docs/concerns.md):
 * 1. a count from 1 to 4 is hidden ("<5"); 0 is shown;
 * 2. complementary suppression: wherever a sum can be checked (the steps add up to the
 *    resolved concerns, "with" and "without corporation or police" add up to them too, and the
 *    months add up to the total, count by count), a sum with exactly one hidden cell would
 *    give that cell away, so its smallest other non-zero cell is hidden too (the whole, when
 *    no part is left); repeated until no sum has a single hidden cell;
 * 3. a share or median is shown only when every cell it is built from is shown: the median
 *    needs `resolved`, the share needs `resolved`, `heavy` and `light`.
 */
function publish(rows: PeriodCounts[]): LivingLabPeriod[] {
  const hidden = rows.map(
    (r) =>
      new Set<CellName>(cellNames.filter((n) => r.cells[n] > 0 && r.cells[n] < SUPPRESS_BELOW)),
  );
  const value = ([row, name]: Cell) => rows[row]!.cells[name];
  const isHidden = ([row, name]: Cell) => hidden[row]!.has(name);
  const sums: Sum[] = [];
  rows.forEach((_, row) => {
    sums.push({ whole: [row, 'resolved'], parts: ladderSteps.map((s) => [row, stepCell(s)]) });
    sums.push({
      whole: [row, 'resolved'],
      parts: [
        [row, 'heavy'],
        [row, 'light'],
      ],
    });
  });
  // The last row is the total of the others (when there are others).
  const total = rows.length - 1;
  if (total > 0)
    for (const name of cellNames)
      sums.push({
        whole: [total, name],
        parts: rows.slice(0, total).map((_, row) => [row, name] as const),
      });
  for (let changed = true; changed;) {
    changed = false;
    for (const sum of sums) {
      const cells = [...sum.parts, sum.whole];
      if (cells.filter(isHidden).length !== 1) continue;
      // Parts before the whole: on equal counts a part is hidden rather than the sum.
      const [next] = cells
        .filter((c) => !isHidden(c) && value(c) > 0)
        .sort((a, b) => value(a) - value(b));
      if (!next) continue;
      hidden[next[0]]!.add(next[1]);
      changed = true;
    }
  }
  return rows.map((r, row) => {
    const shown = (name: CellName): Suppressed => (hidden[row]!.has(name) ? null : r.cells[name]);
    const resolvedShown = !hidden[row]!.has('resolved') && r.cells.resolved > 0;
    const shareShown = resolvedShown && !hidden[row]!.has('heavy') && !hidden[row]!.has('light');
    return {
      period: r.period,
      reported: shown('reported'),
      resolved: shown('resolved'),
      resolvedByStep: Object.fromEntries(ladderSteps.map((s) => [s, shown(stepCell(s))])) as Record<
        LadderStep,
        Suppressed
      >,
      withdrawn: shown('withdrawn'),
      medianDaysToResolution: resolvedShown ? median(r.days) : null,
      shareWithoutCorporationOrPolice: shareShown
        ? Math.round((r.cells.light / r.cells.resolved) * 1000) / 1000
        : null,
    };
  });
}

/**
 * The numbers of one period on its own. Per step: concerns closed there (withdrawn ones apart).
 * Median days from report to resolution and the share solved without the corporation or the
 * police; what is hidden follows `publish`.
 */
export function periodNumbers(
  period: string,
  reported: StatRow[],
  closed: StatRow[],
): LivingLabPeriod {
  return publish([countsOf(period, reported, closed)])[0]!;
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
  return livingLabFrom(projectId, from, to, rows);
}

/** The numbers over [from, to) of the given concerns (those reported or closed in it). */
export function livingLabFrom(
  projectId: string,
  from: Date,
  to: Date,
  rows: StatRow[],
): LivingLabNumbers {
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
  const table = publish([
    ...months.map((m) =>
      countsOf(
        m,
        reported.filter((r) => monthKey(r.createdAt) === m),
        closed.filter((r) => r.resolvedAt && monthKey(r.resolvedAt) === m),
      ),
    ),
    countsOf('total', reported, closed),
  ]);
  return {
    projectId,
    from: from.toISOString().slice(0, 10),
    to: to.toISOString().slice(0, 10),
    periods: table.slice(0, -1),
    total: table.at(-1)!,
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

import type { ScenarioResult } from './context';

interface Verdict {
  verdict: string;
  note: string;
}

/** Every verdict of a scenario result, as `name: met` lines. */
function verdictsOf(s: ScenarioResult): string[] {
  const verdicts = (s.verdicts ?? {}) as Record<string, Verdict>;
  return Object.entries(verdicts).map(
    ([k, v]) => `${k} ${v.verdict}${v.verdict === 'met' ? '' : ` (${v.note})`}`,
  );
}

/** A short plain-text summary of a run: per scenario (and engine) its status and verdicts. */
export function renderTable(scenarios: Record<string, ScenarioResult & { title: string }>): string {
  // The figures are in the result file; `npx tsx bench/table.ts <file>` prints them as tables.
  const lines: string[] = [];
  for (const [name, s] of Object.entries(scenarios)) {
    const parts = s.engines
      ? Object.entries(s.engines as Record<string, ScenarioResult>).map(([engine, e]) => ({
          label: `${name} (${engine})`,
          e,
        }))
      : [{ label: name, e: s }];
    for (const { label, e } of parts) {
      const reason = e.status === 'ok' ? '' : ` ${e.reason?.split('\n')[0] ?? ''}`;
      lines.push(`${label.padEnd(24)}${e.status}${reason}`);
      for (const v of verdictsOf(e)) lines.push(`${''.padEnd(26)}${v}`);
    }
  }
  return lines.join('\n');
}

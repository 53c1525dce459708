import type { ScenarioResult } from './context';

/** A short plain-text summary of a run: one line per scenario, goal met or not. */
export function renderTable(scenarios: Record<string, ScenarioResult & { title: string }>): string {
  // The figures are in the result file; `npx tsx bench/table.ts <file>` prints them as a table.
  const lines = ['scenario              status   met    reason (when not ok)'];
  for (const [name, s] of Object.entries(scenarios)) {
    const met = s.met === undefined ? '-' : s.met ? 'yes' : 'NO';
    const reason = s.status === 'ok' ? '' : (s.reason?.split('\n')[0] ?? '');
    lines.push(`${name.padEnd(22)}${s.status.padEnd(9)}${met.padEnd(7)}${reason}`);
  }
  return lines.join('\n');
}

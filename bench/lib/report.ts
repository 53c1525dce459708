import type { ScenarioResult } from './context';

/** A short plain-text summary of a run: one line per scenario, goal met or not. */
export function renderTable(scenarios: Record<string, ScenarioResult & { title: string }>): string {
  const lines = ['scenario              status   met    summary'];
  for (const [name, s] of Object.entries(scenarios)) {
    const met = s.met === undefined ? '-' : s.met ? 'yes' : 'NO';
    const summary = typeof s.summary === 'string' ? s.summary : (s.reason?.split('\n')[0] ?? '');
    lines.push(`${name.padEnd(22)}${s.status.padEnd(9)}${met.padEnd(7)}${summary}`);
  }
  return lines.join('\n');
}

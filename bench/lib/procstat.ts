/**
 * CPU time from /proc (Linux): a process's user + system time, its waited-for children's
 * included, and the same summed over every PostgreSQL server process on the machine.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function clockTicks(): number {
  try {
    return Number(execSync('getconf CLK_TCK', { stdio: ['ignore', 'pipe', 'ignore'] })) || 100;
  } catch {
    return 100;
  }
}
const msPerTick = 1000 / clockTicks();

/** utime + stime + cutime + cstime of one process, in ms; null when it cannot be read. */
function statCpuMs(pid: number | string): { comm: string; ms: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    // Fields after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const fields = text.slice(close + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return { comm: text.slice(open + 1, close), ms: ticks * msPerTick };
  } catch {
    return null;
  }
}

/** CPU time of a process and its waited-for children, in ms (0 when it is gone). */
export function processCpuMs(pid: number | undefined): number {
  return pid === undefined ? 0 : (statCpuMs(pid)?.ms ?? 0);
}

/**
 * CPU time of every process whose command is `postgres` (the postmaster, its backends and
 * background workers), in ms; null when none can be read (no local PostgreSQL, or no /proc).
 * This is the whole PostgreSQL server: other databases' work on it counts too. A backend that
 * ends during a phase moves its time into the postmaster's children's time, so it still counts.
 */
export function postgresCpuMs(): number | null {
  let total = 0;
  let seen = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statCpuMs(entry);
    if (stat?.comm !== 'postgres') continue;
    total += stat.ms;
    seen += 1;
  }
  return seen > 0 ? total : null;
}

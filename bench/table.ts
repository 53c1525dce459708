/**
 * Prints the tables of docs/PERFORMANCE.md (Markdown) from a result file:
 *   npx tsx bench/table.ts bench/results/<file>.json
 * Per-engine scenarios get a PGlite and a PostgreSQL column; every figure is
 * min / median / max over the repetitions (one figure when there was one repetition).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
interface Verdict {
  verdict: string;
  goal: string;
  median: number;
  worst: number;
  note: string;
}
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx bench/table.ts <result.json>\n');
  process.exit(2);
}
const result = JSON.parse(readFileSync(file, 'utf8')) as {
  profile: string;
  startedAt: string;
  seconds?: number;
  machine: Json;
  settings: Json & { reps?: number; engines?: string[] };
  scenarios: Record<
    string,
    Json & { status: string; reason?: string; engines?: Record<string, Json> }
  >;
};

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], o);
/** `min / median / max`, or the one value when they are equal. */
function spreadText(v: unknown): string {
  const s = v as { min?: number; median?: number; max?: number } | null | undefined;
  if (!s || typeof s.median !== 'number' || Number.isNaN(s.median)) return 'n/a';
  return s.min === s.max ? `${s.median}` : `${s.min} / ${s.median} / ${s.max}`;
}
function verdictText(v: unknown): string {
  const x = v as Verdict | undefined;
  if (!x) return 'n/a';
  return x.verdict === 'met' ? '**met**' : `**${x.verdict}**: ${x.note}`;
}
const engineNames: Record<string, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const engines = ['pglite', 'postgres'];

/** One table for a per-engine scenario: rows of [label, goal, path (or a function)]. */
function engineTable(name: string, rows: [string, string, (e: Json) => string][]): string {
  const s = result.scenarios[name];
  if (!s) return '';
  const by = s.engines ?? {};
  const cell = (engine: string, f: (e: Json) => string) => {
    const e = by[engine];
    if (!e) return 'not run';
    if (e.status !== 'ok') return `${e.status}: ${String(e.reason ?? '').split('\n')[0]}`;
    return f(e);
  };
  const lines = [
    `### ${String(s.title)}\n`,
    `| figure | goal | ${engines.map((e) => engineNames[e]).join(' | ')} |`,
    `| --- | --- | ${engines.map(() => '---').join(' | ')} |`,
    ...rows.map(
      ([label, goal, f]) =>
        `| ${label} | ${goal} | ${engines.map((e) => cell(e, f)).join(' | ')} |`,
    ),
    `| load average at each repetition | | ${engines
      .map((e) => cell(e, (x) => repLoads(x)))
      .join(' | ')} |`,
  ];
  return `${lines.join('\n')}\n`;
}
function repLoads(e: Json): string {
  const reps = (e.reps ?? []) as { loadAverage?: { start?: number } }[];
  return reps.map((r) => r.loadAverage?.start ?? 'n/a').join(', ') || 'n/a';
}
const sp = (path: string) => (e: Json) => spreadText(get(e, path));
const vd = (path: string) => (e: Json) => verdictText(get(e, path));
const num = (path: string) => (e: Json) => {
  const v = get(e, path);
  return typeof v === 'number' && !Number.isNaN(v) ? String(v) : 'n/a';
};

const memory = engineTable('connections', [
  [
    'ours, first connect, fresh server, no forced GC after the ramp (KiB RSS per socket)',
    '<= 20',
    sp('summary.product.firstConnectKiB'),
  ],
  [
    'bare Socket.IO, first connect, fresh server, no forced GC after the ramp',
    '-',
    sp('summary.bare.firstConnectKiB'),
  ],
  ['ours, returning members, no forced GC after the ramp', '-', sp('summary.product.returningKiB')],
  ['bare, returning members, no forced GC after the ramp', '-', sp('summary.bare.returningKiB')],
  ['ours, returning members, after forced GC', '-', sp('summary.product.returningForcedGcKiB')],
  ['bare, returning members, after forced GC', '-', sp('summary.bare.returningForcedGcKiB')],
  [
    'verdict (first connect, no forced GC after the ramp)',
    '<= 20 KiB',
    vd('verdicts.firstConnect'),
  ],
]);
const fan = engineTable('fanout', [
  ['ours, p99 at the goal rate (ms)', '<= 50', sp('summary.product.p99AtRateMs')],
  ['bare Socket.IO, p99 at the goal rate (ms)', '-', sp('summary.bare.p99AtRateMs')],
  ['ours, p50 at the goal rate (ms)', '-', sp('summary.product.p50AtRateMs')],
  ['ours, p99 at the low rate (ms)', '-', sp('summary.product.p99AtLowRateMs')],
  ['bare, p99 at the low rate (ms)', '-', sp('summary.bare.p99AtLowRateMs')],
  ['ours, lost + failed + duplicated + out of order', '0', sp('summary.product.faults')],
  [
    '  of which lost (not delivered 10 s after the phase)',
    '0',
    sp('summary.product.faultsByKind.lost'),
  ],
  ['  of which sends not acknowledged', '0', sp('summary.product.faultsByKind.failedSends')],
  ['  of which duplicated', '0', sp('summary.product.faultsByKind.duplicates')],
  [
    "  of which out of a sender's send order",
    '0',
    sp('summary.product.faultsByKind.outOfOrderBySender'),
  ],
  [
    '  of which out of sequence-number order',
    '0',
    sp('summary.product.faultsByKind.outOfOrderBySeq'),
  ],
  ['bare, lost + failed + duplicated + out of order', '-', sp('summary.bare.faults')],
  ['ours, server process CPU per message (ms)', '-', sp('summary.product.serverCpuMsPerMessage')],
  [
    'PostgreSQL CPU per message (ms; the whole PostgreSQL server)',
    '-',
    sp('summary.product.databaseCpuMsPerMessage'),
  ],
  ['ours, total CPU per message (ms)', '-', sp('summary.product.totalCpuMsPerMessage')],
  ['bare, CPU per message (ms)', '-', sp('summary.bare.cpuMsPerMessage')],
  ['efficiency: bare CPU / ours (medians)', '>= 0.8', num('summary.efficiency')],
  ['verdict p99', '<= 50 ms', vd('verdicts.p99AtRate')],
  ['verdict nothing lost, duplicated or out of order', '0', vd('verdicts.intact')],
  ['verdict efficiency (worst: lowest paired repetition)', '>= 0.8', vd('verdicts.efficiency')],
]);
const cap = engineTable('capacity', [
  [
    'ours: highest rate with p99 <= 100 ms, nothing lost (msg/s)',
    '-',
    sp('summary.productMessagesPerSecond'),
  ],
  ['bare Socket.IO: the same (msg/s)', '-', sp('summary.bareMessagesPerSecond')],
  ['ours: lowest rate that did not hold (msg/s)', '-', sp('summary.productFirstNotHeld')],
  ['bare: lowest rate that did not hold (msg/s)', '-', sp('summary.bareFirstNotHeld')],
  ['capacity ratio, ours / bare (medians)', '>= 0.8', num('summary.capacityRatio')],
  ['verdict (worst: lowest paired repetition)', '>= 0.8', vd('verdicts.capacityRatio')],
]);
const endpoint = (n: string): [string, string, (e: Json) => string][] => [
  [`${n}: ours (req/s)`, '-', sp(`endpoints.${n}.oursRequestsPerSecond`)],
  [
    `${n}: reference 1, bare node:http answering the same bytes (req/s)`,
    '-',
    sp(`endpoints.${n}.bareRequestsPerSecond`),
  ],
  [`${n}: ours / reference 1`, '>= 0.8', sp(`endpoints.${n}.ratioToBareNodeHttp`)],
  [
    `${n}: reference 2, node:http doing the same database work (req/s)`,
    '-',
    sp(`endpoints.${n}.databaseWorkRequestsPerSecond`),
  ],
  [`${n}: ours / reference 2 (no goal)`, '-', sp(`endpoints.${n}.ratioToSameDatabaseWork`)],
  [`${n}: ours, server CPU per request (ms)`, '-', sp(`endpoints.${n}.oursCpuMsPerRequest`)],
  [`${n}: verdict against reference 1`, '>= 0.8', vd(`endpoints.${n}.verdict`)],
];
const httpTable = engineTable('http', [
  ...endpoint('history'),
  ...endpoint('channels'),
  ...endpoint('activities'),
  ['/health: ours (req/s)', '-', sp('health')],
]);

const other: string[] = [];
const bot = result.scenarios.bot;
if (bot)
  other.push(
    `| bot (one core, one run) | ${bot.status === 'ok' ? `${String(bot.classificationsPerSecond)} classifications/s, ${String(bot.repliesPerSecond)} full replies/s` : bot.status} | - |`,
  );
const eng = result.scenarios.engines;
if (eng)
  other.push(
    `| PGlite against PostgreSQL, message path (x slower: one at a time; 8 at a time; history page) | ${eng.status === 'ok' ? ['sendSequential', 'sendConcurrent8', 'historyPage50'].map((op) => spreadText(get(eng, `pgliteSlowdown.${op}`))).join('; ') : `${eng.status}: ${String(eng.reason ?? '').split('\n')[0]}`} | ${['sendSequential', 'sendConcurrent8', 'historyPage50'].map((op) => verdictText(get(eng, `verdicts.${op}`))).join('; ')} |`,
  );
const st = result.scenarios.storm;
if (st)
  other.push(
    `| reconnect storm (one run) | ${st.status === 'ok' ? `${String(st.caughtUp)}/${String(st.clients)} back and caught up in ${String(st.secondsUntilAllCaughtUp)} s; missing ${String(st.missing)}, duplicated ${String(st.duplicates)}` : `${st.status}: ${String(st.reason ?? '').split('\n')[0]}`} | ${verdictText(get(st, 'verdicts.seconds'))}; ${verdictText(get(st, 'verdicts.intact'))} |`,
  );

const m = result.machine;
process.stdout.write(
  `Profile \`${result.profile}\`, ${result.startedAt}, ${String(result.settings.reps ?? 1)} repetition(s), ` +
    `${result.seconds ?? '?'} s in all; commit ${String(m.gitCommit).slice(0, 10)}${m.gitDirty ? ' (dirty)' : ''}; ` +
    `${String(m.cores)} cores (${String(m.cpuModel)}), ${String(m.memoryMiB)} MiB, Node ${String(m.node)}. ` +
    'Figures are min / median / max over the repetitions; a verdict is met only when the median ' +
    'meets the goal and the worst repetition is within 20% of it.\n\n' +
    [memory, fan, cap, httpTable].filter(Boolean).join('\n') +
    (other.length
      ? `\n### Other scenarios\n\n| scenario | result | verdict |\n| --- | --- | --- |\n${other.join('\n')}\n`
      : ''),
);

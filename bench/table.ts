/**
 * Prints the results table of docs/PERFORMANCE.md (Markdown) from a result file:
 *   npx tsx bench/table.ts bench/results/<file>.json
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: tsx bench/table.ts <result.json>\n');
  process.exit(2);
}
const result = JSON.parse(readFileSync(file, 'utf8')) as {
  profile: string;
  startedAt: string;
  machine: Json;
  settings: Json;
  scenarios: Record<string, Json & { status: string; reason?: string; loadAverage?: Json }>;
};

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], o);
const n = (v: unknown, unit = '') => (typeof v === 'number' ? `${v}${unit}` : 'n/a');
const yes = (v: unknown) => (v === true ? '**yes**' : v === false ? '**no**' : '-');
const rows: string[][] = [];
/** Same rule as the scenario: a comparison with a reference that did not keep up is void. */
const bareKeptUp = (main: Json | undefined) =>
  main !== undefined &&
  main.lost === 0 &&
  main.failedSends === 0 &&
  Number(get(main, 'latencyMs.p99')) <= 1000;
const s = result.scenarios;
const status = (name: string) => {
  const sc = s[name];
  if (!sc) return 'not run';
  return sc.status === 'ok' ? '' : `${sc.status}: ${(sc.reason ?? '').split('\n')[0]}`;
};
const load = (name: string) => {
  const l = s[name]?.loadAverage;
  return l ? `${n(l.before)} / ${n(l.after)}` : '';
};

const c = s.connections;
rows.push([
  '1 connections',
  `${n(c?.connected)} sockets, ${n(c?.rssPerSocketKiB, ' KiB')} RSS each (heap ${n(c?.heapPerSocketKiB, ' KiB')}; bare Socket.IO in the same run: ${n(get(c, 'bareSocketIo.rssPerSocketKiB'), ' KiB')} RSS, heap ${n(get(c, 'bareSocketIo.heapUsedPerSocketKiB'), ' KiB')}); ramp ${n(c?.rampSeconds, ' s')} (${n(c?.connectsPerSecond)}/s), connect p50 ${n(get(c, 'connectMs.p50'), ' ms')} p99 ${n(get(c, 'connectMs.p99'), ' ms')} ${status('connections')}`,
  '>= 10,000 at <= 20 KiB',
  yes(c?.met),
  load('connections'),
]);
const f = s.fanout;
const main = f?.main as Json | undefined;
const low = f?.low as Json | undefined;
rows.push([
  '2 fan-out, persisted',
  `${n(main?.rate)} msg/s to ${n(f?.members)}: p50 ${n(get(main, 'latencyMs.p50'))} / p95 ${n(get(main, 'latencyMs.p95'))} / p99 ${n(get(main, 'latencyMs.p99'))} / max ${n(get(main, 'latencyMs.max'))} ms, lost ${n(main?.lost)}, duplicated ${n(main?.duplicates)}, server CPU ${n(main?.serverCpuMsPerMessage, ' ms')} per message; ${n(low?.rate)} msg/s: p99 ${n(get(low, 'latencyMs.p99'))} ms; p99 passes 100 ms at ${f?.p99PassesAt === null ? 'no rate tried' : n(f?.p99PassesAt, ' msg/s')} ${status('fanout')}`,
  'p99 <= 50 ms, 0 lost',
  yes(f?.met),
  load('fanout'),
]);
const b = s['bare-fanout'];
rows.push([
  '3 vs bare Socket.IO',
  `bare: ${n(get(b, 'bare.main.rate'))} msg/s p99 ${n(get(b, 'bare.main.latencyMs.p99'))} ms, peak ${n(get(b, 'bare.peakDeliveriesPerSecond'))} deliveries/s, p99 passes 100 ms at ${n(get(b, 'bare.p99PassesAt'), ' msg/s')}; ours: peak ${n(get(b, 'ours.peakDeliveriesPerSecond'))}/s. Throughput ratio ${n(b?.throughputRatio)} (within p99 100 ms: ${n(b?.sustainedRatio)}), p99 ratio at ${n(get(b, 'bare.main.rate'))} msg/s ${n(b?.p99RatioAtMainRate)}; server CPU per message ${n(get(b, 'ours.cpuMsPerMessage'), ' ms')} vs bare ${n(get(b, 'bare.main.serverCpuMsPerMessage'), ' ms')}, ratio ${n(b?.cpuEfficiencyRatio)} ${status('bare-fanout')}`,
  'throughput >= 0.8',
  bareKeptUp(get(b, 'bare.main') as Json | undefined)
    ? yes(b?.met)
    : 'void: bare server did not keep up',
  load('bare-fanout'),
]);
const h = s.http;
const ep = (name: string) => {
  const e = get(h, `endpoints.${name}`) as Json | undefined;
  return `${name}: ${n(get(e, 'ours.requestsPerSecond'))} req/s p99 ${n(get(e, 'ours.latencyMs.p99'))} ms vs bare fixed bytes ${n(get(e, 'bare.requestsPerSecond'))} req/s (ratio ${n(e?.ratio)}; server CPU per request ${n(get(e, 'cpuMsPerRequest.ours'), ' ms')} vs ${n(get(e, 'cpuMsPerRequest.bare'), ' ms')}); node:http with the same database work ${n(get(e, 'bareWithDatabase.requestsPerSecond'))} req/s (ours ${n(get(e, 'bareWithDatabase.ratio'))} of it)`;
};
rows.push([
  '4 HTTP',
  `${ep('history')}; ${ep('activities')}; ${ep('channels')}; /health ${n(get(h, 'health.requestsPerSecond'))} req/s ${status('http')}`,
  'ours >= 0.8 of node:http with the same database work',
  yes(h?.met),
  load('http'),
]);
const bot = s.bot;
rows.push([
  '5 bot (one core)',
  `${n(bot?.classificationsPerSecond)} classifications/s (p99 ${n(get(bot, 'classifyMs.p99'))} ms), ${n(bot?.repliesPerSecond)} full replies/s (p99 ${n(get(bot, 'replyMs.p99'))} ms) ${status('bot')}`,
  '-',
  '-',
  load('bot'),
]);
const e = s.engines;
rows.push([
  '6 PGlite vs PostgreSQL',
  `message path: PGlite ${n(get(e, 'pglite.sendSequential.opsPerSecond'))}/s, PostgreSQL ${n(get(e, 'postgres.sendSequential.opsPerSecond'))}/s (8 concurrent: ${n(get(e, 'pglite.sendConcurrent8.opsPerSecond'))} vs ${n(get(e, 'postgres.sendConcurrent8.opsPerSecond'))}); PGlite ${n(get(e, 'pgliteSlowdown.sendSequential'))}x slower ${status('engines')}`,
  '<= 3x',
  yes(e?.met),
  load('engines'),
]);
const st = s.storm;
rows.push([
  '7 reconnect storm',
  `${n(st?.caughtUp)}/${n(st?.clients)} clients back and caught up in ${n(st?.secondsUntilAllCaughtUp, ' s')} after SIGKILL; missing ${n(st?.missing)}, duplicated ${n(st?.duplicates)} ${status('storm')}`,
  '10,000 within 30 s, 0 lost',
  yes(st?.met),
  load('storm'),
]);

const m = result.machine;
process.stdout.write(
  `Profile \`${result.profile}\`, ${result.startedAt}, commit ${String(m.gitCommit).slice(0, 10)}${m.gitDirty ? ' (dirty)' : ''}; ` +
    `${n(m.cores)} cores (${String(m.cpuModel)}), ${n(m.memoryMiB)} MiB, Node ${String(m.node)}, ` +
    `somaxconn ${n(m.somaxconn)}; ` +
    `server database ${String(result.settings.engine)}.\n\n` +
    '| scenario | result | goal | met | load avg before / after |\n| --- | --- | --- | --- | --- |\n' +
    rows.map((r) => `| ${r.join(' | ')} |`).join('\n') +
    '\n',
);

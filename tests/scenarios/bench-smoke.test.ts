import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { trackChild } from '../support/children';

/**
 * Runs every benchmark scenario with the tiny `--smoke` profile and checks that the result file
 * is complete. No timing is asserted: this proves the benchmarks still run, not how fast.
 * Scenarios that need PostgreSQL or Redis must say `skipped` (with the reason) without them.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bk-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
const hasRedis = Boolean(process.env.REDIS_URL);

interface BenchResult {
  profile: string;
  startedAt: string;
  finishedAt: string;
  machine: Record<string, unknown>;
  scenarios: Record<string, Record<string, unknown> & { status: string; reason?: string }>;
}

/** Two groups run side by side to keep the test short. */
function runBench(only: string[], name: string, engine: string): Promise<BenchResult> {
  const out = join(dir, `${name}.json`);
  return new Promise((resolve, reject) => {
    const child = trackChild(
      spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/run.ts',
          '--smoke',
          `--engine=${engine}`,
          `--only=${only.join(',')}`,
          `--out=${out}`,
        ],
        {
          cwd: root,
          env: { ...process.env, BENCH_LOG_LEVEL: 'error' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The run stops by itself (about a minute on a quiet machine, minutes on a busy one); one that
    // hangs fails at the test's time limit, and tests/support/children-setup.ts stops it.
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench exited ${code}:\n${output.slice(-4000)}`));
      resolve(JSON.parse(readFileSync(out, 'utf8')) as BenchResult);
    });
  });
}

/** Fields each scenario's result must carry (the ones bench/table.ts prints). */
const required: Record<string, string[]> = {
  connections: [
    'summary.product.firstConnectKiB',
    'summary.bare.returningForcedGcKiB',
    'verdicts.firstConnect',
  ],
  fanout: [
    'summary.product.p99AtRateMs',
    'summary.product.totalCpuMsPerMessage',
    'summary.bare.cpuMsPerMessage',
    'summary.efficiency',
    'verdicts.p99AtRate',
    'verdicts.intact',
    'verdicts.efficiency',
  ],
  capacity: [
    'summary.productMessagesPerSecond',
    'summary.bareMessagesPerSecond',
    'summary.capacityRatio',
    'verdicts.capacityRatio',
  ],
  http: [
    'endpoints.history.ratioToBareNodeHttp',
    'endpoints.history.ratioToSameDatabaseWork',
    'endpoints.activities.verdict',
    'health',
    'verdicts.channels',
  ],
  bot: ['classificationsPerSecond', 'repliesPerSecond'],
  engines: ['pgliteSlowdown.sendSequential', 'verdicts.historyPage50'],
  storm: ['clients', 'caughtUp', 'secondsUntilAllCaughtUp', 'missing', 'duplicates', 'verdicts'],
};
/** Scenarios that run once per engine: PGlite always, PostgreSQL in group b when it is there. */
const perEngine = new Set(['connections', 'fanout', 'capacity', 'http']);
const needs: Record<string, boolean> = { engines: hasPostgres, storm: hasPostgres && hasRedis };

type Entry = Record<string, unknown> & { status: string; reason?: string };

/** The result of one scenario (or of one engine's run of it), checked for its fields. */
function expectComplete(name: string, entry: Entry | undefined) {
  expect(entry, name).toBeDefined();
  expect(entry?.status, `${name}: ${entry?.reason ?? ''}`).toBe('ok');
  for (const field of required[name.split(' ')[0] ?? ''] ?? [])
    expect(entry, `${name}.${field}`).toHaveProperty(field.split('.'));
  // Every repetition's raw figures are kept.
  if (perEngine.has(name.split(' ')[0] ?? '') || name === 'engines')
    expect((entry?.reps as unknown[] | undefined)?.length, `${name}.reps`).toBe(1);
}

describe('benchmark smoke run', () => {
  it('runs every scenario briefly and writes complete result files', async () => {
    const results = await Promise.all([
      runBench(['connections', 'fanout', 'capacity', 'bot'], 'a', 'pglite'),
      runBench(['http', 'engines', 'storm'], 'b', hasPostgres ? 'both' : 'pglite'),
    ]);
    const scenarios = Object.assign(
      {},
      ...results.map((r) => r.scenarios),
    ) as BenchResult['scenarios'];
    for (const result of results) {
      expect(result.profile).toBe('smoke');
      expect(result.finishedAt).not.toBe('');
      for (const key of ['cores', 'cpuModel', 'memoryMiB', 'node', 'gitCommit'])
        expect(result.machine[key], key).toBeTruthy();
    }
    for (const name of Object.keys(required)) {
      const scenario = scenarios[name] as Entry & { engines?: Record<string, Entry> };
      expect(scenario, name).toBeDefined();
      if (needs[name] === false) {
        expect(scenario?.status, name).toBe('skipped');
        expect(scenario?.reason, name).toBeTruthy();
        continue;
      }
      if (!perEngine.has(name)) {
        expectComplete(name, scenario);
        continue;
      }
      const engines = name === 'http' && hasPostgres ? ['pglite', 'postgres'] : ['pglite'];
      expect(Object.keys(scenario?.engines ?? {}).sort(), name).toEqual(engines);
      for (const engine of engines)
        expectComplete(`${name} ${engine}`, scenario?.engines?.[engine]);
    }
    // Nothing acknowledged may be lost, duplicated or delivered out of order.
    const fan = scenarios.fanout as unknown as {
      engines: Record<string, { reps: { product: unknown }[] }>;
    };
    const none = { lost: 0, duplicates: 0, outOfOrderBySender: 0, outOfOrderBySeq: 0 };
    expect(fan.engines.pglite?.reps[0]?.product).toMatchObject({ low: none, main: none });
  }, 600_000);
});

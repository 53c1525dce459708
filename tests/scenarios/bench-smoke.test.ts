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
function runBench(only: string[], name: string): Promise<BenchResult> {
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
          '--engine=pglite',
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

/** Fields each scenario's result must carry (the ones docs/PERFORMANCE.md reports). */
const required: Record<string, string[]> = {
  connections: ['connected', 'rssPerSocketKiB', 'connectMs', 'rampSeconds', 'met'],
  fanout: ['low', 'main', 'sweep', 'p99PassesAt', 'peakDeliveriesPerSecond', 'met'],
  'bare-fanout': ['bare', 'throughputRatio', 'sustainedRatio', 'p99RatioAtMainRate', 'met'],
  http: ['endpoints', 'health', 'met'],
  bot: ['classificationsPerSecond', 'repliesPerSecond'],
  engines: ['pglite', 'postgres', 'pgliteSlowdown', 'met'],
  storm: ['clients', 'caughtUp', 'secondsUntilAllCaughtUp', 'missing', 'duplicates', 'met'],
};
const needs: Record<string, boolean> = { engines: hasPostgres, storm: hasPostgres && hasRedis };

describe('benchmark smoke run', () => {
  it('runs every scenario briefly and writes complete result files', async () => {
    const results = await Promise.all([
      runBench(['connections', 'fanout', 'bare-fanout', 'bot'], 'a'),
      runBench(['http', 'engines', 'storm'], 'b'),
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
    for (const [name, fields] of Object.entries(required)) {
      const scenario = scenarios[name];
      expect(scenario, name).toBeDefined();
      if (needs[name] === false) {
        expect(scenario?.status, name).toBe('skipped');
        expect(scenario?.reason, name).toBeTruthy();
        continue;
      }
      expect(scenario?.status, `${name}: ${scenario?.reason ?? ''}`).toBe('ok');
      for (const field of fields) expect(scenario, `${name}.${field}`).toHaveProperty(field);
    }
    expect(scenarios.fanout?.main).toMatchObject({ lost: 0, duplicates: 0 });
  }, 600_000);
});

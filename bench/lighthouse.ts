/**
 * `npm run lighthouse`: Lighthouse (mobile profile: a low-end phone on a slow 4G link, simulated)
 * scores the join page, the chat, the activity board and the staff dashboard of the demo project,
 * against a server this script starts on a fresh database with the production web build. Prints
 * a table, writes `bench/results/lighthouse.json` (scores and what cost points; the full reports
 * go to `tests/.artifacts/lighthouse/`), and exits 1 when a category of a page is below 95.
 *
 * Chromium: Debian's `/usr/bin/chromium` (or CHROMIUM_PATH), headless, no sandbox, no GPU, no
 * background networking. Each page runs 3 times and the median run counts (`--runs=<n>`).
 * `--only=<page>` scores one page; `--min=<n>` changes the bar; `--cpu=<x>` fixes the CPU factor;
 * `--allow=<page>:<category>,...` names known shortfalls that are reported but do not fail
 * (`*:<category>`: on every page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { DEMO_SLUG, seedDemo } from '../server/demo/demo';
import { memberships, projects, users } from '../db/schema';
import { createSession } from '../server/domain/auth/sessions';
import { systemClock } from '../server/clock';
import { createTestDatabase } from '../tests/support/database';
import { startServer, testConfig } from '../tests/support/app';
import { freePort } from '../tests/support/process';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const MIN = Number(arg('min') ?? 95);
const ONLY = arg('only');
/** Runs per page; the one with the median performance score counts (`--runs=1` for a quick look). */
const RUNS = Math.max(1, Number(arg('runs') ?? 3));
/**
 * `--allow=activities:performance,...`: known shortfalls that are reported but do not fail the
 * run (each one is named in docs/web.md with its measured score); `*:performance` for a category
 * on every page. Anything else below the bar fails.
 */
const ALLOWED = new Set((arg('allow') ?? '').split(',').filter(Boolean));
const allowed = (pageCategory: string) =>
  ALLOWED.has(pageCategory) || ALLOWED.has(`*:${pageCategory.split(':')[1]}`);

interface PageToScore {
  name: string;
  path: string;
  /** The demo person whose session is sent (none: signed out). */
  as: string | null;
}

/**
 * Lighthouse's mobile profile slows the CPU down 4x, meant for a desktop to act as a low-end phone.
 * This machine is shared and often loaded, and then 4x makes a far slower phone than meant. So
 * the factor is set from Lighthouse's own CPU benchmark of this machine: its BenchmarkIndex
 * divided by that of the low-tier phone Chrome DevTools calibrates to (a Moto G Power, 264),
 * between 1x and Lighthouse's 4x. `--cpu=4` forces a factor.
 */
const LOW_TIER_PHONE_BENCHMARK = 264;
const FIXED_CPU = arg('cpu') ? Number(arg('cpu')) : undefined;
function cpuFor(benchmarkIndex: number): number {
  const factor = Math.round((benchmarkIndex / LOW_TIER_PHONE_BENCHMARK) * 10) / 10;
  return Math.min(4, Math.max(1, factor));
}

/** One Lighthouse run on the mobile profile (its default config), with the CPU factor given. */
function score(
  url: string,
  port: number,
  categories: readonly string[],
  cpuSlowdownMultiplier: number,
  extraHeaders?: Record<string, string>,
) {
  return lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    throttling: {
      // Lighthouse's mobile defaults (slow 4G), only the CPU factor differs.
      rttMs: 150,
      throughputKbps: 1.6 * 1024,
      requestLatencyMs: 150 * 3.75,
      downloadThroughputKbps: 1.6 * 1024 * 0.9,
      uploadThroughputKbps: 750 * 0.9,
      cpuSlowdownMultiplier,
    },
    ...(extraHeaders ? { extraHeaders } : {}),
  });
}

/** Starts Chromium with a DevTools port and waits until it says where it listens. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bk-lighthouse-'));
  const child: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      // Chromium's helpers may still write there for a moment; a leftover temp dir is no failure.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        process.stderr.write(`could not remove ${profile}\n`);
      }
    },
  };
}

async function main(): Promise<number> {
  process.stdout.write('building the web client...\n');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

  const testDb = await createTestDatabase();
  const database = await testDb.open();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = await startServer({
    database,
    port,
    config: testConfig({ PUBLIC_URL: baseURL, PORT: String(port) }),
  });
  const chromium = await startChromium();
  try {
    const db = database.db;
    const demo = await seedDemo(db, systemClock, baseURL);
    const [project] = await db.select().from(projects).where(eq(projects.slug, DEMO_SLUG));
    if (!project) throw new Error('no demo project');
    const cookieOf = async (name: string) => {
      const [person] = await db
        .select({ id: users.id })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .where(eq(users.displayName, name));
      if (!person) throw new Error(`no demo person ${name}`);
      const { token } = await createSession(db, systemClock, { userId: person.id, ttlDays: 1 });
      return `bk_session=${token}`;
    };
    const joinUrl = demo.links.find((l) => l.role === 'resident')!.url;
    const pages: PageToScore[] = [
      { name: 'join', path: new URL(joinUrl).pathname, as: null },
      { name: 'chat', path: `/p/${project.id}`, as: 'Anouk' },
      { name: 'activities', path: `/p/${project.id}/activities`, as: 'Anouk' },
      { name: 'dashboard', path: `/p/${project.id}/dashboard`, as: 'Esther' },
    ].filter((p) => !ONLY || p.name === ONLY);

    mkdirSync('tests/.artifacts/lighthouse', { recursive: true });
    // A first run only measures this machine (and warms the server up).
    const warmUp = await score(`${baseURL}/`, chromium.port, ['performance'], 4);
    let cpu = FIXED_CPU ?? cpuFor(warmUp?.lhr.environment.benchmarkIndex ?? 0);
    const results = [];
    let version = '';
    for (const page of pages) {
      const headers = page.as ? { Cookie: await cookieOf(page.as) } : undefined;
      process.stdout.write(`scoring ${page.name} (${page.path}, CPU ${cpu}x)...\n`);
      // Lighthouse's own advice against its variance: several runs, the median one counts.
      const runs: { run: NonNullable<Awaited<ReturnType<typeof score>>>; cpu: number }[] = [];
      for (let n = 0; n < RUNS; n++) {
        let run = await score(`${baseURL}${page.path}`, chromium.port, CATEGORIES, cpu, headers);
        // A trace that went wrong (NO_NAVSTART and the like, seen on a loaded machine) is no score.
        for (let retry = 0; retry < 2 && run?.lhr.runtimeError; retry++) {
          process.stdout.write(`  again: ${run.lhr.runtimeError.code}\n`);
          run = await score(`${baseURL}${page.path}`, chromium.port, CATEGORIES, cpu, headers);
        }
        if (!run || run.lhr.runtimeError)
          throw new Error(`lighthouse gave no result for ${page.name}`);
        runs.push({ run, cpu });
        cpu = FIXED_CPU ?? cpuFor(run.lhr.environment.benchmarkIndex);
      }
      const performanceOf = (r: (typeof runs)[number]) =>
        r.run.lhr.categories.performance?.score ?? 0;
      runs.sort((a, b) => performanceOf(a) - performanceOf(b));
      const median = runs[Math.floor(runs.length / 2)]!;
      const run = median.run;
      const { lhr } = run;
      version = lhr.lighthouseVersion;
      const used = {
        benchmarkIndex: lhr.environment.benchmarkIndex,
        cpuSlowdown: median.cpu,
        performanceOfEachRun: runs.map((r) => Math.round(performanceOf(r) * 100)),
      };
      writeFileSync(`tests/.artifacts/lighthouse/${page.name}.json`, JSON.stringify(lhr));
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<(typeof CATEGORIES)[number], number>;
      // What cost points: audits with a weight that did not pass, per category.
      const lost = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id]!)
            .filter((a) => a.score !== null && a.score < 1)
            .map((a) => ({
              id: a.id,
              score: a.score,
              ...(a.displayValue ? { value: a.displayValue } : {}),
            })),
        ]),
      );
      results.push({
        page: page.name,
        path: page.path,
        scores,
        ...used,
        lost,
        runWarnings: lhr.runWarnings,
      });
    }

    const table = [
      `| page | ${CATEGORIES.join(' | ')} | CPU slowdown (benchmark) |`,
      `| --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- |`,
      ...results.map(
        (r) =>
          `| ${r.page} | ${CATEGORIES.map((c) => `${r.scores[c]}${r.scores[c] < MIN ? ' ✗' : ''}`).join(' | ')} | ${r.cpuSlowdown}x (${Math.round(r.benchmarkIndex)}) |`,
      ),
    ].join('\n');
    process.stdout.write(`\n${table}\n\n`);
    for (const r of results)
      for (const c of CATEGORIES)
        if (r.scores[c] < MIN)
          process.stdout.write(
            `${r.page} ${c} ${r.scores[c]}: ${r.lost[c]!.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}\n`,
          );
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      'bench/results/lighthouse.json',
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          lighthouse: version,
          profile:
            'mobile (Lighthouse default: simulated slow 4G, 4x CPU slowdown, 412x823 screen)',
          min: MIN,
          results,
        },
        null,
        2,
      )}\n`,
    );
    const below = results.flatMap((r) =>
      CATEGORIES.filter((c) => r.scores[c] < MIN).map((c) => `${r.page}:${c}`),
    );
    for (const known of below.filter(allowed))
      process.stdout.write(`known shortfall, allowed by --allow: ${known}\n`);
    const failing = below.some((b) => !allowed(b));
    process.stdout.write(
      failing
        ? `below ${MIN}: see above\n`
        : below.length > 0
          ? `all categories at ${MIN} or more, but for the allowed ones above\n`
          : `all categories at ${MIN} or more\n`,
    );
    return failing ? 1 : 0;
  } finally {
    await chromium.stop();
    await server.close();
    await testDb.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);

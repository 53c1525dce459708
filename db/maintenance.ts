/**
 * What PostgreSQL's autovacuum does, for embedded PGlite, which has no background workers. Without
 * it the planner never learns that a table grew: a history page of 50 joined every message of the
 * channel before sorting them (40 ms at 30,000 messages, against 1.6 ms once analysed), and rows
 * that updates leave behind are never reclaimed. A PostgreSQL server does this itself.
 *
 * Every pass (every 10 s) looks at the statistics PGlite keeps per table and, with autovacuum's
 * default thresholds, analyses the tables changed by more than 50 rows + 10 % since their last
 * ANALYZE and vacuums those with more than 50 + 20 % dead rows.
 */
interface Queryable {
  query<T>(query: string): Promise<{ rows: T[] }>;
}

/**
 * How often a pass looks: more often than autovacuum's naptime (a minute), as a pass with nothing
 * to do costs one small query, and a room that just got thousands of messages should not wait a
 * minute for good plans.
 */
export const MAINTENANCE_EVERY_MS = 10_000;

const DUE = `
  select s.relname as table,
    s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) as analyse,
    s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) as vacuum
  from pg_stat_user_tables s join pg_class c on c.oid = s.relid
  where s.schemaname = 'public'`;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** One pass; returns what it did, for tests and the log. */
export async function maintainTables(
  client: Queryable,
): Promise<{ analysed: string[]; vacuumed: string[] }> {
  // Counts reach the statistics at most once a second, when the engine goes idle; PGlite has
  // no timer to flush what is left over, so the pass asks for it first.
  await client.query('select pg_stat_force_next_flush()');
  const { rows } = await client.query<{ table: string; analyse: boolean; vacuum: boolean }>(DUE);
  const done = { analysed: [] as string[], vacuumed: [] as string[] };
  for (const row of rows) {
    if (!row.analyse && !row.vacuum) continue;
    const options = row.vacuum ? 'vacuum (analyze)' : 'analyze';
    await client.query(`${options} ${quoteIdent(row.table)}`);
    done.analysed.push(row.table);
    if (row.vacuum) done.vacuumed.push(row.table);
  }
  return done;
}

/** Runs a pass now and then every `everyMs`, one at a time, until stopped. */
export function startMaintenance(
  client: Queryable,
  everyMs = MAINTENANCE_EVERY_MS,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const pass = () => {
    // A pass that fails (the database is closing) is tried again at the next tick.
    running = running.then(() => (stopped ? undefined : maintainTables(client).catch(() => {})));
  };
  const timer = setInterval(pass, everyMs);
  timer.unref();
  pass();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { maintainTables } from '../../db/maintenance';
import { openDatabase } from '../../db/open';
import { historyPage } from '../../server/domain/messages/messages';
import { buildMember, buildProject, type TestProject } from '../support/factories';

/**
 * Embedded PGlite has no autovacuum: `db/maintenance.ts` does its work. Runs on PGlite in both
 * suites (a PostgreSQL server has its own autovacuum).
 */
let database: DatabaseHandle;
let project: TestProject;
let authorId: string;

const rowsOf = async <T>(query: string) =>
  (await database.db.execute(sql.raw(query))) as unknown as { rows: T[] };
const client = { query: rowsOf };

/** The most rows any step of the history page's plan handled (from EXPLAIN ANALYZE). */
async function widestStepOfHistoryPage(channelId: string): Promise<number> {
  const { rows } = await rowsOf<{ 'QUERY PLAN': string }>(
    `explain analyze select m.*, u.display_name, ms.role, u.is_bot from messages m
       join channels c on c.id = m.channel_id join users u on u.id = m.author_id
       left join memberships ms on ms.user_id = m.author_id and ms.project_id = c.project_id
     where m.channel_id = '${channelId}' and m.seq < 9007199254740991
     order by m.seq desc limit 50`,
  );
  const counts = rows.flatMap((r) =>
    [...r['QUERY PLAN'].matchAll(/actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+)/g)].map((m) =>
      Number(m[1]),
    ),
  );
  return Math.max(...counts);
}

beforeAll(async () => {
  database = await openDatabase({ memory: true });
  project = await buildProject(database.db, 'Stille Hof');
  authorId = (await buildMember(database.db, project.id, 'resident', 'Anouk')).userId;
  await database.db.execute(sql`
    insert into messages (channel_id, seq, client_id, author_id, body)
    select ${project.channels.common}, g, 'bulk-' || g, ${authorId}, 'Bericht ' || g
    from generate_series(1, 5000) g`);
});
afterAll(() => database.close());

describe('PGlite buffer cache', () => {
  it("keeps 32MB of buffers, not PGlite's own 128MB that a node held at rest for good", async () => {
    const { rows } = await rowsOf<{ shared_buffers: string }>('show shared_buffers');
    expect(rows).toEqual([{ shared_buffers: '32MB' }]);
  });
});

describe('PGlite table maintenance', () => {
  it('analyses a grown table, so a history page reads its 50 messages and not the whole room', async () => {
    const channelId = project.channels.common;
    expect(await widestStepOfHistoryPage(channelId)).toBeGreaterThanOrEqual(5000);

    const done = await maintainTables(client);
    expect(done.analysed).toContain('messages');
    expect(await widestStepOfHistoryPage(channelId)).toBeLessThanOrEqual(100);
    const page = await historyPage(database.db, channelId, { limit: 50 });
    expect(page.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 4951 + i));
    // Nothing changed since: the next pass leaves it alone.
    expect((await maintainTables(client)).analysed).not.toContain('messages');
  });

  it('vacuums a table that updates left full of dead rows', async () => {
    await database.db.execute(sql`update messages set body = body || '.' where seq <= 3000`);
    const done = await maintainTables(client);
    expect(done.vacuumed).toContain('messages');
    const { rows } = await rowsOf<{ dead: number }>(
      `select n_dead_tup as dead from pg_stat_user_tables where relname = 'messages'`,
    );
    expect(Number(rows[0]?.dead)).toBe(0);
  });
});

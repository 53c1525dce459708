import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteThreadError, startPgliteThread, type PgliteThreadClient } from './pgliteThread';

describe('PGlite in a thread of its own', () => {
  let pg: PgliteThreadClient;
  beforeAll(async () => {
    pg = await startPgliteThread({});
    await pg.query('create table notes (id int primary key, body text not null)');
  }, 60_000);
  afterAll(() => pg.close());

  it('answers queries with rows, as objects or arrays, and keeps dates as text when asked', async () => {
    await pg.query('insert into notes values ($1, $2)', [1, 'hallo']);
    const asObjects = await pg.query<{ id: number; body: string }>('select * from notes');
    expect(asObjects.rows).toEqual([{ id: 1, body: 'hallo' }]);
    const asArrays = await pg.query('select id, body from notes', [], { rowMode: 'array' });
    expect(asArrays.rows).toEqual([[1, 'hallo']]);
    const at = "timestamptz '2026-12-06 20:00:00+00'";
    const parsed = await pg.query<{ at: unknown }>(`select ${at} as at`);
    expect(parsed.rows[0]?.at).toBeInstanceOf(Date);
    const text = await pg.query<{ at: unknown }>(`select ${at} as at`, [], {
      parsers: { 1184: (value: string) => value },
    });
    expect(text.rows[0]?.at).toBe('2026-12-06 20:00:00+00');
  });

  it('starts PostgreSQL with the buffer cache it is given', async () => {
    const small = await startPgliteThread({ sharedBuffers: '16MB' });
    try {
      expect((await small.query('show shared_buffers')).rows).toEqual([{ shared_buffers: '16MB' }]);
    } finally {
      await small.close();
    }
  });

  it("throws a failed statement's error with PostgreSQL's code and constraint", async () => {
    await pg.query('insert into notes values ($1, $2)', [2, 'eerste']);
    const error = await pg
      .query('insert into notes values ($1, $2)', [2, 'tweede'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
  });

  it('commits a transaction that ends well and undoes one that throws', async () => {
    await pg.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [3, 'blijft']);
    });
    const failed = await pg
      .transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [4, 'gaat weg']);
        throw new Error('toch niet');
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ message: 'toch niet' });
    const ids = await pg.query<{ id: number }>('select id from notes where id in (3, 4)');
    expect(ids.rows).toEqual([{ id: 3 }]);
  });

  it('runs a statement from outside a transaction after it, not inside it', async () => {
    let outside: Promise<unknown> | undefined;
    await pg
      .transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [5, 'binnen']);
        outside = pg.query('insert into notes values ($1, $2)', [6, 'buiten']);
        await tx.query('select pg_sleep(0.05)');
        throw new Error('terug');
      })
      .catch(() => undefined);
    await outside;
    const ids = await pg.query<{ id: number }>('select id from notes where id in (5, 6)');
    expect(ids.rows).toEqual([{ id: 6 }]);
  });

  it('collects its garbage on request, when the process allows it, and goes on answering', async () => {
    const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
    expect(await pg.collectGarbage()).toBe(exposed);
    expect((await pg.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('refuses calls once closed, with a clear error', async () => {
    const other = await startPgliteThread({});
    await other.close();
    expect(other.closed).toBe(true);
    await expect(other.query('select 1')).rejects.toThrow('the database is closed');
  }, 60_000);

  it('fails waiting and later calls with the reason, and reports the loss, when the thread stops', async () => {
    const lost: Error[] = [];
    const stopping = await startPgliteThread(
      {},
      {
        entry: new URL('./fixtures/stopping-pglite.worker.mjs', import.meta.url),
        onLost: (error) => lost.push(error),
      },
    );
    await expect(stopping.query('select 1')).rejects.toThrow(
      'the PGlite thread stopped (exit code 3)',
    );
    await expect(stopping.query('select 1')).rejects.toThrow('exit code 3');
    expect(stopping.closed).toBe(true);
    expect(lost.map((error) => error.message)).toEqual(['the PGlite thread stopped (exit code 3)']);
  });

  it('reports no loss when it is closed on purpose', async () => {
    const lost: Error[] = [];
    const other = await startPgliteThread({}, { onLost: (error) => lost.push(error) });
    await other.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toEqual([]);
  }, 60_000);

  it('rejects with the reason when PGlite cannot open its folder, and stops the thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pglite-broken-'));
    writeFileSync(join(folder, 'PG_VERSION'), 'not a version\n');
    try {
      const failed = await startPgliteThread({ dataDir: folder }).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(PgliteThreadError);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

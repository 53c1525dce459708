import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../db/schema';
import { keptTables, personalDataAreas } from './areas';

/**
 * Issue 19: every table that holds a person's data is in export and erasure. Walks every table
 * exported from db/schema, finds those with a column that refers to a person (a foreign key to
 * `users`, or a name like `*_user_id`, `author_id`, `created_by`), and fails unless an area of
 * `personalDataAreas` covers it (export and erase) or `keptTables` keeps it with its reason,
 * which docs/PRIVACY.md also names.
 */

const personColumn =
  /(^|_)(user_id|author_id|actor_id|reporter_id|created_by|updated_by|linked_by|replied_by_id)$|_by_id$|_user_id$|_to_id$/;

function allTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
    is(value, PgTable),
  );
}

/** The columns of a table that refer to a person. */
function personColumns(table: PgTable): string[] {
  const config = getTableConfig(table);
  const byKey = config.foreignKeys
    .filter((fk) => getTableConfig(fk.reference().foreignTable).name === 'users')
    .flatMap((fk) => fk.reference().columns.map((c) => c.name));
  const byName = config.columns.map((c) => c.name).filter((name) => personColumn.test(name));
  return [...new Set([...byKey, ...byName])];
}

/** Tables that hold a person's data: `users` itself and every table that refers to a person. */
function personalTables(tables: PgTable[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    const name = getTableConfig(table).name;
    const columns = personColumns(table);
    if (name === 'users' || columns.length > 0) out.set(name, columns);
  }
  return out;
}

const covered = new Set(personalDataAreas.flatMap((area) => [...area.tables]));

function uncovered(tables: PgTable[]): string[] {
  return [...personalTables(tables).entries()]
    .filter(([name]) => !covered.has(name) && !(name in keptTables))
    .map(([name, columns]) => `${name} (${columns.join(', ')})`);
}

const privacyDoc = readFileSync(join(__dirname, '../../../docs/PRIVACY.md'), 'utf8');

/** The "Kept at erasure" section of PRIVACY.md, up to the next heading. */
function keptSection(): string {
  const start = privacyDoc.indexOf('### Kept at erasure');
  if (start < 0) return '';
  const rest = privacyDoc.slice(start + 1);
  const end = rest.search(/\n#{1,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('personal data coverage (from the schema)', () => {
  const tables = allTables();

  it('finds the tables that refer to a person', () => {
    const personal = personalTables(tables);
    // A sanity check of the walk itself: well-known tables are found, by key and by name.
    for (const name of ['messages', 'alerts', 'activity_signups', 'push_subscriptions'])
      expect(personal.has(name)).toBe(true);
    expect(personal.get('alerts')).toEqual(expect.arrayContaining(['subject_user_id']));
    expect(personal.size).toBeGreaterThan(30);
  });

  it('has every such table in export and erasure, or kept with a reason', () => {
    expect(uncovered(tables)).toEqual([]);
  });

  it('fails for a new table that refers to a person and is in no area', () => {
    const notes = pgTable('new_area_notes', {
      id: uuid('id').primaryKey(),
      writerId: uuid('writer_id').references(() => schema.users.id),
      body: text('body'),
    });
    const byName = pgTable('new_area_marks', {
      id: uuid('id'),
      ownerUserId: uuid('owner_user_id'),
    });
    expect(uncovered([...tables, notes, byName])).toEqual([
      'new_area_notes (writer_id)',
      'new_area_marks (owner_user_id)',
    ]);
  });

  it('names only real tables, each covered once or kept, never both', () => {
    const names = new Set(tables.map((t) => getTableConfig(t).name));
    for (const area of personalDataAreas)
      for (const name of area.tables) expect(names).toContain(name);
    for (const name of Object.keys(keptTables)) {
      expect(names).toContain(name);
      expect(covered.has(name)).toBe(false);
      expect(keptTables[name]!.length).toBeGreaterThan(20);
    }
    const all = personalDataAreas.flatMap((area) => [...area.tables]);
    expect(all.length).toBe(new Set(all).size);
    const areaNames = personalDataAreas.map((a) => a.name);
    expect(areaNames.length).toBe(new Set(areaNames).size);
  });

  it('is what docs/PRIVACY.md says: every personal table described, the kept ones with their reason', () => {
    const kept = keptSection();
    expect(kept).not.toBe('');
    for (const name of Object.keys(keptTables)) expect(kept).toContain(`\`${name}\``);
    for (const name of personalTables(tables).keys()) expect(privacyDoc).toContain(`\`${name}\``);
  });
});

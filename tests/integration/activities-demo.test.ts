import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { DEMO_SLUG, seedDemo } from '../../server/demo/demo';
import { listActivities } from '../../server/domain/activities/activities';
import { presentActivity } from '../../server/areas/activities/presenters';
import { findProjectBySlug } from '../../server/domain/projects/projects';
import { createTestDatabase, type TestDatabase } from '../support/database';

let testDb: TestDatabase | undefined;
afterAll(async () => testDb?.destroy());

describe('the demo project has activities', () => {
  it('a weekly Saturday coffee, a nearly full walking dinner and a walk with volunteer tasks, made once', async () => {
    testDb = await createTestDatabase();
    const database = await testDb.open();
    const db = database.db;
    // Sunday 6 December 2026, 10:00 in Amsterdam.
    const clock = { now: () => new Date('2026-12-06T09:00:00Z') };
    await seedDemo(db, clock, 'http://localhost:3000');
    await seedDemo(db, clock, 'http://localhost:3000');
    const project = (await findProjectBySlug(db, DEMO_SLUG))!;
    const [kees] = await db.select().from(users).where(eq(users.displayName, 'Kees'));
    const list = (await listActivities(db, clock, kees!.id, project.id, 'upcoming')).map(
      presentActivity,
    );

    const coffee = list.filter((a) => a.title === 'Koffieochtend');
    expect(coffee.length).toBeGreaterThanOrEqual(4);
    expect(coffee[0]?.start).toBe('2026-12-12T10:00');
    expect(coffee[1]?.start).toBe('2026-12-19T10:00');
    expect(new Set(coffee.map((a) => a.seriesId)).size).toBe(1);

    const dinner = list.filter((a) => a.title === 'Walking dinner');
    expect(dinner).toHaveLength(1);
    expect(dinner[0]?.seats).toMatchObject({ capacity: 8, taken: 7, left: 1 });

    const walk = list.filter((a) => a.title === 'Opruimwandeling');
    expect(walk).toHaveLength(1);
    expect(walk[0]?.tasks.map((t) => [t.title, t.taken, t.slots])).toEqual([
      ['Knijpers en zakken halen', 0, 1],
      ['Soep koken', 1, 2],
    ]);
    expect(walk[0]?.tasks[1]?.volunteers).toEqual(['Samir']);
    await database.close();
  });
});

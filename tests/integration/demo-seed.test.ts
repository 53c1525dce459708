import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { onCallShifts } from '../../db/schema';
import { DEMO_SLUG, seedDemo } from '../../db/seed/demo';
import { findProjectBySlug } from '../../server/domain/projects/projects';
import { onCallAt } from '../../server/domain/concerns/rota';
import { getCard } from '../../server/domain/card/card';
import { createTestDatabase, type TestDatabase } from '../support/database';

let testDb: TestDatabase | undefined;
afterAll(async () => testDb?.destroy());

describe('the demo project', () => {
  it('always has someone on call, now and for two weeks, also after restarts days apart', async () => {
    testDb = await createTestDatabase();
    const database = await testDb.open();
    const db = database.db;
    let now = new Date('2026-12-06T03:00:00Z');
    const clock = { now: () => now };
    await seedDemo(db, clock, 'http://localhost:3000');
    const project = await findProjectBySlug(db, DEMO_SLUG);
    if (!project) throw new Error('no demo project');
    for (const hours of [0, 5, 30, 24 * 13]) {
      const at = new Date(now.getTime() + hours * 3_600_000);
      expect(await onCallAt(db, project.id, at), `${hours} h`).not.toBeNull();
    }
    const first = await db
      .select()
      .from(onCallShifts)
      .where(eq(onCallShifts.projectId, project.id));
    // A second start the same day adds nothing; one ten days later adds only the new days.
    await seedDemo(db, clock, 'http://localhost:3000');
    const again = await db
      .select()
      .from(onCallShifts)
      .where(eq(onCallShifts.projectId, project.id));
    expect(again).toHaveLength(first.length);
    now = new Date('2026-12-16T12:00:00Z');
    await seedDemo(db, clock, 'http://localhost:3000');
    expect(await onCallAt(db, project.id, new Date('2026-12-29T12:00:00Z'))).not.toBeNull();
    const names = new Set(
      (await db.select().from(onCallShifts).where(eq(onCallShifts.projectId, project.id))).map(
        (s) => s.staffUserId,
      ),
    );
    expect(names.size).toBe(2);
    // Its buurtkaart has a day-and-night line, for help requests when nobody can answer now.
    const card = await getCard(db, project.id);
    expect(card.contacts.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['emergency', 'police', 'crisis']),
    );
    await database.close();
  });
});

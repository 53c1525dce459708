import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { defectHistory, defects, onCallShifts } from '../../db/schema';
import { phoneNumberPattern } from '../../server/protocol/phone';
import { DEMO_SLUG, seedDemo } from '../../server/demo/demo';
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

  it('shows a newcomer a realistic buurtkaart with tap-to-call numbers and a solved defect', async () => {
    const seeded = await createTestDatabase();
    const database = await seeded.open();
    try {
      const db = database.db;
      const clock = { now: () => new Date('2026-12-06T09:00:00Z') };
      await seedDemo(db, clock, 'http://localhost:3000');
      await seedDemo(db, clock, 'http://localhost:3000');
      const project = await findProjectBySlug(db, DEMO_SLUG);
      if (!project) throw new Error('no demo project');
      const card = await getCard(db, project.id);
      expect(card.contacts.map((c) => c.kind)).toEqual(
        expect.arrayContaining(['emergency', 'support', 'crisis', 'repairs', 'mediation']),
      );
      // Every number on it, in the contacts and in the tips, is one the web makes a link of.
      const texts = [
        ...card.contacts.flatMap((c) => [c.phone ?? '', c.note ?? '']),
        ...card.tips,
      ].join('\n');
      const found = [...texts.matchAll(phoneNumberPattern)].map((m) => m[0]);
      for (const c of card.contacts) if (c.phone) expect(found).toContain(c.phone);
      expect(found).toEqual(expect.arrayContaining(['020 000 0004', '113', '0800-0113']));

      const rows = await db.select().from(defects).where(eq(defects.projectId, project.id));
      expect(rows.map((d) => d.status)).toEqual(['solved']);
      const history = await db
        .select()
        .from(defectHistory)
        .where(eq(defectHistory.defectId, rows[0]!.id));
      expect(history.map((h) => h.toStatus).sort()).toEqual(['in_progress', 'open', 'solved']);
    } finally {
      await database.close();
      await seeded.destroy();
    }
  });
});

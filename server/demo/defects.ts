import { and, eq } from 'drizzle-orm';
import { defects, memberships, users } from '../../db/schema';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import { reportDefect } from '../domain/defects/cases';
import { changeDefect } from '../domain/defects/lifecycle';
import { listSpaces } from '../domain/defects/spaces';

/** A demo member's id by name (every demo name is unique within the project). */
async function demoMember(db: Db, projectId: string, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(users.displayName, name)))
    .limit(1);
  return row?.id;
}

/**
 * One solved defect, so a newcomer sees how a case goes (made once, when the project has no
 * defects): Joke reports the broken lamp in the bicycle storage, Esther takes it up and marks
 * it solved with a note. Invented, like everything in the demo.
 */
export async function keepDemoDefect(db: Db, clock: Clock, projectId: string): Promise<void> {
  const [any] = await db
    .select({ id: defects.id })
    .from(defects)
    .where(eq(defects.projectId, projectId))
    .limit(1);
  if (any) return;
  const joke = await demoMember(db, projectId, 'Joke');
  const esther = await demoMember(db, projectId, 'Esther');
  const storage = (await listSpaces(db, projectId)).find((s) => s.kind === 'bicycle_storage');
  if (!joke || !esther || !storage) return;
  const { record } = await reportDefect(db, clock, {
    projectId,
    userId: joke,
    clientId: 'demo-defect-lamp',
    place: { kind: 'space', spaceId: storage.id },
    what: 'De lamp in de fietsenstalling is kapot. Het is er \u2019s avonds helemaal donker.',
    since: 'days',
    urgency: 'normal',
    locale: 'nl',
  });
  const defectId = record.defect.id;
  await changeDefect(db, clock, {
    defectId,
    userId: esther,
    change: { status: 'in_progress', note: 'De huismeester komt morgen een nieuwe lamp zetten.' },
  });
  await changeDefect(db, clock, {
    defectId,
    userId: esther,
    change: { status: 'solved', note: 'De lamp is vervangen. Het licht doet het weer.' },
  });
}

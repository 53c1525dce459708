import { and, asc, eq } from 'drizzle-orm';
import { defectSpaces, memberships, units } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { AppError, notFound, validationFailed } from '../../errors';
import { t } from '../../i18n/catalogue';
import type { SpaceKind } from '../../protocol/defects';

export type SpaceRow = typeof defectSpaces.$inferSelect;

/**
 * A project starts with these shared spaces (named in Dutch, the projects' language); staff and
 * coordinators rename, add and archive them. Made the first time the project's spaces are read.
 */
const defaultKinds: SpaceKind[] = [
  'hall',
  'stairwell',
  'entrance',
  'common_room',
  'garden',
  'bicycle_storage',
];

/** The project's spaces, in their order; the defaults are made for a project that has none. */
export async function listSpaces(
  db: Executor,
  projectId: string,
  options: { includeArchived?: boolean } = {},
): Promise<SpaceRow[]> {
  let rows = await db
    .select()
    .from(defectSpaces)
    .where(eq(defectSpaces.projectId, projectId))
    .orderBy(asc(defectSpaces.position), asc(defectSpaces.name));
  if (rows.length === 0) {
    await db
      .insert(defectSpaces)
      .values(
        defaultKinds.map((kind, position) => ({
          projectId,
          kind,
          name: t('nl', `defects.space_kind.${kind}`),
          position,
        })),
      )
      .onConflictDoNothing();
    rows = await db
      .select()
      .from(defectSpaces)
      .where(eq(defectSpaces.projectId, projectId))
      .orderBy(asc(defectSpaces.position), asc(defectSpaces.name));
  }
  return options.includeArchived ? rows : rows.filter((r) => r.archivedAt === null);
}

export async function findSpace(
  db: Executor,
  projectId: string,
  spaceId: string,
): Promise<SpaceRow | undefined> {
  const [row] = await db
    .select()
    .from(defectSpaces)
    .where(and(eq(defectSpaces.projectId, projectId), eq(defectSpaces.id, spaceId)))
    .limit(1);
  return row;
}

async function nameTaken(db: Executor, projectId: string, name: string, exceptId?: string) {
  const rows = await db
    .select({ id: defectSpaces.id, name: defectSpaces.name })
    .from(defectSpaces)
    .where(eq(defectSpaces.projectId, projectId));
  const wanted = name.toLocaleLowerCase('nl');
  return rows.some((r) => r.id !== exceptId && r.name.toLocaleLowerCase('nl') === wanted);
}

const nameExists = () => new AppError('conflict', { name: { key: 'defects.error.space_exists' } });

export async function addSpace(
  db: Executor,
  projectId: string,
  input: { name: string; kind: SpaceKind },
): Promise<SpaceRow> {
  const existing = await listSpaces(db, projectId, { includeArchived: true });
  if (await nameTaken(db, projectId, input.name)) throw nameExists();
  const [row] = await db
    .insert(defectSpaces)
    .values({ projectId, name: input.name, kind: input.kind, position: existing.length })
    .onConflictDoNothing()
    .returning();
  if (!row) throw nameExists();
  return row;
}

export async function updateSpace(
  db: Executor,
  projectId: string,
  spaceId: string,
  input: { name?: string; archived?: boolean },
  now: Date,
): Promise<SpaceRow> {
  const space = await findSpace(db, projectId, spaceId);
  if (!space) throw notFound();
  if (input.name !== undefined && (await nameTaken(db, projectId, input.name, spaceId)))
    throw nameExists();
  const changes: Partial<SpaceRow> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.archived !== undefined) changes.archivedAt = input.archived ? now : null;
  if (Object.keys(changes).length === 0) return space;
  const [row] = await db
    .update(defectSpaces)
    .set(changes)
    .where(eq(defectSpaces.id, spaceId))
    .returning();
  if (!row) throw notFound();
  return row;
}

/** A space of this project that can still be chosen for a new report, or a field error. */
export async function requireOpenSpace(
  db: Executor,
  projectId: string,
  spaceId: string,
): Promise<SpaceRow> {
  const space = await findSpace(db, projectId, spaceId);
  if (!space || space.archivedAt !== null)
    throw validationFailed({ 'place.spaceId': { key: 'defects.error.unknown_place' } });
  return space;
}

/** The person's home in the project (the unit of their membership), if the project knows it. */
export async function ownUnitOf(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<{ id: string; label: string } | null> {
  const [row] = await db
    .select({ id: units.id, label: units.label })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

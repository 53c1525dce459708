import { and, asc, eq } from 'drizzle-orm';
import { concernNotes, concerns, users } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import type { DomainEvent } from '../events';
import type { NoteRecord } from '../events/concerns';
import { lockConcern, recordEvent } from './records';

/** A staff-only note on a concern; a retry with the same client id is stored once. */
export async function addNote(
  tx: Executor,
  clock: Clock,
  input: { concernId: string; authorId: string; clientId: string; body: string },
): Promise<{ note: NoteRecord; events: DomainEvent[] }> {
  const now = clock.now();
  const concern = await lockConcern(tx, input.concernId);
  const [inserted] = await tx
    .insert(concernNotes)
    .values({
      concernId: concern.id,
      authorId: input.authorId,
      clientId: input.clientId,
      body: input.body,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [concernNotes.authorId, concernNotes.clientId] })
    .returning();
  const row =
    inserted ??
    (
      await tx
        .select()
        .from(concernNotes)
        .where(
          and(eq(concernNotes.authorId, input.authorId), eq(concernNotes.clientId, input.clientId)),
        )
        .limit(1)
    )[0];
  if (!row) throw new Error('note not stored');
  const [author] = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(eq(users.id, input.authorId))
    .limit(1);
  const note: NoteRecord = {
    id: row.id,
    concernId: concern.id,
    projectId: concern.projectId,
    author: author ?? null,
    body: row.body,
    createdAt: row.createdAt,
  };
  if (!inserted) return { note, events: [] };
  await tx.update(concerns).set({ updatedAt: now }).where(eq(concerns.id, concern.id));
  await recordEvent(tx, {
    concernId: concern.id,
    actorId: input.authorId,
    actorKind: 'staff',
    type: 'note_added',
    at: now,
  });
  return { note, events: [{ type: 'concern.note_added', note }] };
}

export async function listNotes(
  db: Executor,
  concernId: string,
  projectId: string,
): Promise<NoteRecord[]> {
  const rows = await db
    .select({ note: concernNotes, authorName: users.displayName })
    .from(concernNotes)
    .leftJoin(users, eq(users.id, concernNotes.authorId))
    .where(eq(concernNotes.concernId, concernId))
    .orderBy(asc(concernNotes.createdAt));
  return rows.map((r) => ({
    id: r.note.id,
    concernId,
    projectId,
    author: r.note.authorId && r.authorName ? { id: r.note.authorId, name: r.authorName } : null,
    body: r.note.body,
    createdAt: r.note.createdAt,
  }));
}

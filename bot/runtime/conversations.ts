/** Buurtbot's state in a person's conversation (where a flow is), saved after each turn. */
import { and, eq } from 'drizzle-orm';
import { botConversations } from '../../db/schema';
import type { Executor } from '../../db/database';

export async function saveState(
  db: Executor,
  key: { projectId: string; userId: string },
  state: unknown,
  now: Date,
): Promise<void> {
  await db
    .update(botConversations)
    .set({ state, updatedAt: now })
    .where(
      and(eq(botConversations.projectId, key.projectId), eq(botConversations.userId, key.userId)),
    );
}

/** Buurtbot's state in a person's conversation (where a flow is), saved after each turn. */
import { and, eq, sql } from 'drizzle-orm';
import { botConversations, users } from '../../db/schema';
import type { Executor } from '../../db/database';
import { prepared } from '../../db/prepared';
import type { ConversationRow } from '../../server/domain/buurtbot/conversations';
import type { Locale } from '../../server/i18n/locale';

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

const personWithConversation = prepared((db) =>
  db
    .select({
      displayName: users.displayName,
      locale: users.locale,
      conversation: botConversations,
    })
    .from(users)
    .leftJoin(
      botConversations,
      and(
        eq(botConversations.userId, users.id),
        eq(botConversations.projectId, sql.placeholder('projectId')),
      ),
    )
    .where(eq(users.id, sql.placeholder('userId')))
    .limit(1)
    .prepare('person_with_conversation'),
);

export interface PersonWithConversation {
  displayName: string;
  locale: Locale;
  /** Null when the person has no Buurtbot conversation in the project (yet). */
  conversation: ConversationRow | null;
}

/**
 * A person's name and language with their Buurtbot conversation in one project: one read for
 * what used to be two (the person, then the conversation) on every message Buurtbot hears.
 * Undefined when there is no such person.
 */
export async function personWithConversationOf(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<PersonWithConversation | undefined> {
  const [row] = await personWithConversation(db).execute({ projectId, userId });
  return row;
}

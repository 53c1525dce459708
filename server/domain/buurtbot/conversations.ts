import { TransactionRollbackError, and, eq, inArray, sql } from 'drizzle-orm';
import { botConversations, memberships } from '../../../db/schema';
import type { Executor } from '../../../db/database';
import { prepared } from '../../../db/prepared';
import { createPrivateChannel } from '../channels/channels';
import type { DomainEvent } from '../events';
import { BOT_DISPLAY_NAME, ensureBotUser } from '../projects/projects';

export type ConversationRow = typeof botConversations.$inferSelect;

/**
 * Every member has a private conversation with Buurtbot in each of their projects. Missing
 * ones are made here (at connect); returns the events announcing new channels.
 */
export async function ensureBotConversations(
  db: Executor,
  userId: string,
  projectIds: string[],
): Promise<DomainEvent[]> {
  if (projectIds.length === 0) return [];
  const existing = await db
    .select({ projectId: botConversations.projectId })
    .from(botConversations)
    .where(
      and(eq(botConversations.userId, userId), inArray(botConversations.projectId, projectIds)),
    );
  const have = new Set(existing.map((r) => r.projectId));
  const missing = projectIds.filter((id) => !have.has(id));
  if (missing.length === 0) return [];
  // Only for projects the person is (still) a member of: a Buurtbot reply that arrives after the
  // person erased their account must not make them a new conversation (personal data again).
  const member = new Set(
    (
      await db
        .select({ projectId: memberships.projectId })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), inArray(memberships.projectId, missing)))
    ).map((r) => r.projectId),
  );
  const events: DomainEvent[] = [];
  for (const projectId of missing.filter((id) => member.has(id))) {
    const bot = await ensureBotUser(db);
    if (bot.id === userId) continue;
    // Two first connects at once (two tabs, or a notice while the person connects) both find
    // no conversation; the one that loses the race takes its channel back, so nobody gets a
    // second Buurtbot channel.
    try {
      events.push(
        await db.transaction(async (tx) => {
          const channel = await createPrivateChannel(tx, {
            projectId,
            kind: 'bot',
            name: BOT_DISPLAY_NAME,
            memberIds: [userId, bot.id],
          });
          const inserted = await tx
            .insert(botConversations)
            .values({ projectId, userId, channelId: channel.id })
            .onConflictDoNothing()
            .returning();
          if (inserted.length === 0) tx.rollback();
          return { type: 'channel.created', channel, memberIds: [userId] } as const;
        }),
      );
    } catch (error) {
      if (!(error instanceof TransactionRollbackError)) throw error;
    }
  }
  return events;
}

export async function findConversation(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await conversationByPerson(db).execute({ projectId, userId });
  return row;
}

const conversationByPerson = prepared((db) =>
  db
    .select()
    .from(botConversations)
    .where(
      and(
        eq(botConversations.projectId, sql.placeholder('projectId')),
        eq(botConversations.userId, sql.placeholder('userId')),
      ),
    )
    .limit(1)
    .prepare('conversation_by_person'),
);

/** The person has no Buurtbot conversation and may not get one (no longer a member, erased). */
export class NoConversation extends Error {
  constructor() {
    super('no Buurtbot conversation for someone who is not a member');
  }
}

/** The person's bot channel, made if missing; `NoConversation` when they are not a member. */
export async function conversationOf(
  db: Executor,
  projectId: string,
  userId: string,
): Promise<{ conversation: ConversationRow; created: DomainEvent[] }> {
  const found = await findConversation(db, projectId, userId);
  if (found) return { conversation: found, created: [] };
  const created = await ensureBotConversations(db, userId, [projectId]);
  const conversation = await findConversation(db, projectId, userId);
  if (!conversation) throw new NoConversation();
  return { conversation, created };
}

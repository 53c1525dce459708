import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  botConversations,
  channelMembers,
  channels,
  invites,
  memberships,
  messageModeration,
  messages,
  neighbourhoodCards,
  projects,
  readPositions,
  sessions,
  supportLinks,
  units,
  users,
} from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';
import { t } from '../../i18n/catalogue';
import { activitiesPrivacy } from '../activities/privacy';
import { concernsPrivacy } from '../concerns/privacy';
import { defectsPrivacy } from '../defects/privacy';
import { discordPrivacy } from '../discord/privacy';
import { notificationsPrivacy } from '../notifications/privacy';
import type { ErasureContext, PersonalDataArea } from './types';

/**
 * Tables that refer to a person but are not exported or erased, each with the reason; every
 * one is named in docs/PRIVACY.md ("Kept at erasure"). Checked by `coverage.test.ts`.
 */
export const keptTables: Record<string, string> = {
  users:
    'the row stays with only its id and the time of erasure (name "Verwijderde gebruiker", no e-mail, no password), so a stale session or a late Buurtbot reply finds an erased account instead of nothing',
};

/**
 * The one author every erased person's remaining messages get: a fixed user row named "removed
 * user", so nothing ties one erased person's messages together (and nothing tells which erased
 * person wrote which). Made on the first erasure.
 */
export const ERASED_AUTHOR_ID = '00000000-0000-4000-8000-00000000e5ed';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Private bot conversations of the person: erased whole (DESIGN: a person's own conversation). */
async function ownBotChannelIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: channels.id })
    .from(channels)
    .innerJoin(channelMembers, eq(channelMembers.channelId, channels.id))
    .where(and(eq(channels.kind, 'bot'), eq(channelMembers.userId, userId)));
  return rows.map((r) => r.id);
}

const profile: PersonalDataArea = {
  name: 'profile',
  tables: [],
  async export(db, userId) {
    const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return null;
    return {
      id: user.id,
      displayName: user.displayName,
      locale: user.locale,
      email: user.email,
      hasPassword: user.passwordHash !== null,
      createdAt: iso(user.createdAt),
    };
  },
  // The user row itself is anonymised last, by `erasePerson`.
  async erase() {},
};

const projectMemberships: PersonalDataArea = {
  name: 'memberships',
  tables: ['memberships'],
  async export(db, userId) {
    const rows = await db
      .select({
        projectId: projects.id,
        projectName: projects.name,
        role: memberships.role,
        unit: units.label,
        since: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(projects, eq(projects.id, memberships.projectId))
      .leftJoin(units, eq(units.id, memberships.unitId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.createdAt));
    return rows.map((r) => ({ ...r, since: iso(r.since) }));
  },
  async erase(tx, userId) {
    await tx.delete(memberships).where(eq(memberships.userId, userId));
  },
};

/** Support relationships the person is part of (their own data; shown to nobody else). */
const support: PersonalDataArea = {
  name: 'supportLinks',
  tables: ['support_links'],
  async export(db, userId) {
    const rows = await db
      .select()
      .from(supportLinks)
      .where(or(eq(supportLinks.residentUserId, userId), eq(supportLinks.staffUserId, userId)));
    return rows.map((r) => ({
      projectId: r.projectId,
      as: r.residentUserId === userId ? 'supported' : 'support worker',
      since: iso(r.createdAt),
    }));
  },
  async erase(tx, userId) {
    await tx
      .delete(supportLinks)
      .where(or(eq(supportLinks.residentUserId, userId), eq(supportLinks.staffUserId, userId)));
  },
};

const deviceSessions: PersonalDataArea = {
  name: 'sessions',
  tables: ['sessions'],
  async export(db, userId) {
    const rows = await db.select().from(sessions).where(eq(sessions.userId, userId));
    return rows.map((s) => ({
      id: s.id,
      userAgent: s.userAgent,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
      revokedAt: iso(s.revokedAt),
    }));
  },
  async erase(tx, userId) {
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  },
};

const writtenMessages: PersonalDataArea = {
  name: 'messages',
  tables: ['messages'],
  async export(db, userId) {
    const rows = await db
      .select({
        id: messages.id,
        projectId: channels.projectId,
        channelId: messages.channelId,
        channelName: channels.name,
        channelKind: channels.kind,
        seq: messages.seq,
        body: messages.body,
        createdAt: messages.createdAt,
        editedAt: messages.editedAt,
        deletedAt: messages.deletedAt,
      })
      .from(messages)
      .innerJoin(channels, eq(channels.id, messages.channelId))
      .where(eq(messages.authorId, userId))
      .orderBy(asc(messages.createdAt), asc(messages.seq));
    return rows.map((m) => ({
      ...m,
      createdAt: iso(m.createdAt),
      editedAt: iso(m.editedAt),
      deletedAt: iso(m.deletedAt),
    }));
  },
  /**
   * Messages in shared rooms stay, so other people's conversations and sequence numbers stay
   * whole; `anonymiseRemainingMessages` gives them the shared anonymous author once every area
   * is done. The person's own bot conversation goes entirely (both sides), here, while the
   * person is still a member of it.
   */
  async erase(tx, userId) {
    const botChannels = await ownBotChannelIds(tx, userId);
    if (botChannels.length > 0) await tx.delete(channels).where(inArray(channels.id, botChannels));
  },
};

/**
 * The last step of erasure, after every area: what is left of the person's messages is
 * anonymised, not pseudonymised. Each gets the one shared "removed user" author
 * (`ERASED_AUTHOR_ID`) and a client id of its own, so nothing ties them to each other or to the
 * person. Buurtbot's messages in the person's projects lose the person's name.
 */
export async function anonymiseRemainingMessages(
  tx: Tx,
  userId: string,
  {
    name,
    projectIds,
    changedMessageIds,
  }: Pick<ErasureContext, 'name' | 'projectIds' | 'changedMessageIds'>,
): Promise<void> {
  for (const id of await removeNameFromBotMessages(tx, name, projectIds)) changedMessageIds.add(id);
  await tx
    .insert(users)
    .values({
      id: ERASED_AUTHOR_ID,
      displayName: t('nl', 'privacy.removed_user'),
      locale: 'nl',
      erasedAt: new Date(0),
    })
    .onConflictDoNothing({ target: users.id });
  await tx
    .update(messages)
    .set({ authorId: ERASED_AUTHOR_ID, clientId: sql`'erased:' || ${messages.id}::text` })
    .where(eq(messages.authorId, userId));
}

/** A name as a literal in a PostgreSQL regular expression. */
function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Buurtbot's notices (staff room, threads, private conversations) in the person's projects
 * that name them: the name becomes "Verwijderde gebruiker" (whole words, any case).
 */
async function removeNameFromBotMessages(
  tx: Tx,
  name: string,
  projectIds: string[],
): Promise<string[]> {
  const trimmed = name.trim();
  if (trimmed.length < 2 || projectIds.length === 0) return [];
  const bots = await tx.select({ id: users.id }).from(users).where(eq(users.isBot, true));
  if (bots.length === 0) return [];
  const rooms = await tx
    .select({ id: channels.id })
    .from(channels)
    .where(inArray(channels.projectId, projectIds));
  if (rooms.length === 0) return [];
  const pattern = `(?<![[:alnum:]_])${regexLiteral(trimmed)}(?![[:alnum:]_])`;
  const changed = await tx
    .update(messages)
    .set({
      body: sql`regexp_replace(${messages.body}, ${pattern}, ${t('nl', 'privacy.removed_user')}, 'gi')`,
    })
    .where(
      and(
        inArray(
          messages.authorId,
          bots.map((b) => b.id),
        ),
        inArray(
          messages.channelId,
          rooms.map((r) => r.id),
        ),
        sql`${messages.body} ~* ${pattern}`,
      ),
    )
    .returning({ id: messages.id });
  return changed.map((m) => m.id);
}

/** The person's state with Buurtbot per project (a half-finished report); goes with the conversation. */
const botConversationState: PersonalDataArea = {
  name: 'botConversations',
  tables: ['bot_conversations'],
  async export(db, userId) {
    const rows = await db
      .select()
      .from(botConversations)
      .where(eq(botConversations.userId, userId));
    return rows.map((r) => ({
      projectId: r.projectId,
      channelId: r.channelId,
      state: r.state,
      updatedAt: iso(r.updatedAt),
    }));
  },
  async erase(tx, userId) {
    await tx.delete(botConversations).where(eq(botConversations.userId, userId));
  },
};

/** The buurtkaart records who last changed it (staff). */
const cardEdits: PersonalDataArea = {
  name: 'neighbourhoodCardEdits',
  tables: ['neighbourhood_cards'],
  async export(db, userId) {
    const rows = await db
      .select({ projectId: neighbourhoodCards.projectId, updatedAt: neighbourhoodCards.updatedAt })
      .from(neighbourhoodCards)
      .where(eq(neighbourhoodCards.updatedBy, userId));
    return rows.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) }));
  },
  async erase(tx, userId) {
    await tx
      .update(neighbourhoodCards)
      .set({ updatedBy: null })
      .where(eq(neighbourhoodCards.updatedBy, userId));
  },
};

const privateChannels: PersonalDataArea = {
  name: 'privateChannels',
  tables: ['channel_members'],
  async export(db, userId) {
    const rows = await db
      .select({
        channelId: channels.id,
        projectId: channels.projectId,
        kind: channels.kind,
        name: channels.name,
        since: channelMembers.createdAt,
      })
      .from(channelMembers)
      .innerJoin(channels, eq(channels.id, channelMembers.channelId))
      .where(eq(channelMembers.userId, userId));
    return rows.map((r) => ({ ...r, since: iso(r.since) }));
  },
  async erase(tx, userId) {
    await tx.delete(channelMembers).where(eq(channelMembers.userId, userId));
  },
};

const readingPositions: PersonalDataArea = {
  name: 'readPositions',
  tables: ['read_positions'],
  async export(db, userId) {
    const rows = await db.select().from(readPositions).where(eq(readPositions.userId, userId));
    return rows.map((r) => ({
      channelId: r.channelId,
      lastReadSeq: r.lastReadSeq,
      updatedAt: iso(r.updatedAt),
    }));
  },
  async erase(tx, userId) {
    await tx.delete(readPositions).where(eq(readPositions.userId, userId));
  },
};

/** Invite links the person made (not the codes: only their hashes are stored). */
const madeInvites: PersonalDataArea = {
  name: 'invitesCreated',
  tables: ['invites'],
  async export(db, userId) {
    const rows = await db.select().from(invites).where(eq(invites.createdBy, userId));
    return rows.map((r) => ({
      id: r.id,
      projectId: r.projectId,
      role: r.role,
      label: r.label,
      uses: r.uses,
      maxUses: r.maxUses,
      createdAt: iso(r.createdAt),
      expiresAt: iso(r.expiresAt),
      revokedAt: iso(r.revokedAt),
    }));
  },
  async erase(tx, userId) {
    // The links belong to the project and keep working for the people they were given to;
    // they only stop pointing at their maker.
    await tx.update(invites).set({ createdBy: null }).where(eq(invites.createdBy, userId));
  },
};

/**
 * Flag and hide (`message_moderation`): the flags the person made and the hides they did (with
 * their own note or reason), and the hiding of their own messages with the reason they were
 * told. Never who flagged their messages: that would name a neighbour who reported in confidence
 * (AVG art. 15(4), the rights of others).
 */
const moderation: PersonalDataArea = {
  name: 'moderation',
  tables: ['message_moderation'],
  async export(db, userId) {
    const done = await db
      .select()
      .from(messageModeration)
      .where(eq(messageModeration.actorId, userId))
      .orderBy(asc(messageModeration.createdAt));
    const aboutMine = await db
      .select({
        messageId: messageModeration.messageId,
        reason: messageModeration.reason,
        createdAt: messageModeration.createdAt,
      })
      .from(messageModeration)
      .innerJoin(messages, eq(messages.id, messageModeration.messageId))
      .where(and(eq(messages.authorId, userId), eq(messageModeration.action, 'hidden')))
      .orderBy(asc(messageModeration.createdAt));
    return {
      byMe: done.map((r) => ({
        projectId: r.projectId,
        messageId: r.messageId,
        action: r.action,
        reason: r.reason,
        createdAt: iso(r.createdAt),
      })),
      myMessagesHidden: aboutMine.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    };
  },
  /**
   * The person's flags lose their name and their own note; their hides (as staff) lose their
   * name and keep the reason the author was told, for the project's audit. The hiding of their
   * own messages stays with the message, which stays in the room without its text.
   */
  async erase(tx, userId) {
    await tx
      .update(messageModeration)
      .set({ reason: null })
      .where(and(eq(messageModeration.actorId, userId), eq(messageModeration.action, 'flagged')));
    await tx
      .update(messageModeration)
      .set({ actorId: null })
      .where(eq(messageModeration.actorId, userId));
  },
};

/**
 * Every area with personal data, in erasure order (the bot conversation goes while the person
 * is still its member). `anonymiseRemainingMessages` runs after all of them.
 */
export const personalDataAreas: PersonalDataArea[] = [
  profile,
  projectMemberships,
  support,
  deviceSessions,
  writtenMessages,
  privateChannels,
  readingPositions,
  madeInvites,
  moderation,
  ...concernsPrivacy,
  ...defectsPrivacy,
  ...activitiesPrivacy,
  ...notificationsPrivacy,
  ...discordPrivacy,
  cardEdits,
  botConversationState,
];

import { and, asc, eq, inArray, or } from 'drizzle-orm';
import {
  channelMembers,
  channels,
  invites,
  memberships,
  messageModeration,
  messages,
  projects,
  readPositions,
  sessions,
  supportLinks,
  units,
  users,
} from '../../../db/schema';
import type { Executor, Tx } from '../../../db/database';

/**
 * Where a person's data lives, one entry per area. Export and erasure both walk this list, so
 * an area that stores personal data (concerns, activities, defects, as they land) adds one
 * entry here and is covered by `GET /api/me/export` and `DELETE /api/me` at once.
 * - `export` returns plain JSON of the person's own rows: no secrets (token or password
 *   hashes), no other person's personal data.
 * - `erase` removes or anonymises the person's rows inside the one erasure transaction; it
 *   must keep other people's history whole (sequence numbers never change).
 */
export interface PersonalDataArea {
  name: string;
  export(db: Executor, userId: string): Promise<unknown>;
  erase(tx: Tx, userId: string, context: { now: Date }): Promise<void>;
}

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
   * whole; their author becomes the anonymous "removed user" when the user row is
   * anonymised. The person's own bot conversation goes entirely (both sides).
   */
  async erase(tx, userId) {
    const botChannels = await ownBotChannelIds(tx, userId);
    if (botChannels.length > 0) await tx.delete(channels).where(inArray(channels.id, botChannels));
  },
};

const privateChannels: PersonalDataArea = {
  name: 'privateChannels',
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

/** Every area with personal data, in erasure order. Add new areas here. */
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
];

import { eq } from 'drizzle-orm';
import {
  discordAccounts,
  discordChannelLinks,
  discordDirectOutbox,
  discordLinkCodes,
} from '../../../db/schema';
import type { PersonalDataArea } from '../privacy/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Discord: the person's linked Discord account, the `/koppel` codes they made (never the code:
 * only its hash is stored, and that is not exported), Buurtbot's direct messages still to send
 * them, and the Discord channels they linked to a room (staff).
 */
const discord: PersonalDataArea = {
  name: 'discord',
  tables: [
    'discord_accounts',
    'discord_link_codes',
    'discord_direct_outbox',
    'discord_channel_links',
  ],
  async export(db, userId) {
    const accounts = await db
      .select()
      .from(discordAccounts)
      .where(eq(discordAccounts.userId, userId));
    const codes = await db
      .select()
      .from(discordLinkCodes)
      .where(eq(discordLinkCodes.userId, userId));
    const pending = await db
      .select({
        messageId: discordDirectOutbox.messageId,
        createdAt: discordDirectOutbox.createdAt,
      })
      .from(discordDirectOutbox)
      .where(eq(discordDirectOutbox.userId, userId));
    const links = await db
      .select()
      .from(discordChannelLinks)
      .where(eq(discordChannelLinks.linkedBy, userId));
    return {
      accounts: accounts.map((a) => ({
        discordUserId: a.discordUserId,
        discordName: a.discordName,
        linked: a.linked,
        linkedAt: iso(a.linkedAt),
        createdAt: iso(a.createdAt),
      })),
      linkCodes: codes.map((c) => ({
        kind: c.kind,
        createdAt: iso(c.createdAt),
        expiresAt: iso(c.expiresAt),
        usedAt: iso(c.usedAt),
      })),
      directMessagesPending: pending.map((p) => ({ ...p, createdAt: iso(p.createdAt) })),
      channelsLinked: links.map((l) => ({
        channelId: l.channelId,
        discordChannelName: l.discordChannelName,
        createdAt: iso(l.createdAt),
      })),
    };
  },
  /**
   * The link to their Discord account, their codes and pending direct messages are deleted;
   * a channel link they made stays (it belongs to the project) without their id.
   */
  async erase(tx, userId) {
    await tx.delete(discordAccounts).where(eq(discordAccounts.userId, userId));
    await tx.delete(discordLinkCodes).where(eq(discordLinkCodes.userId, userId));
    await tx.delete(discordDirectOutbox).where(eq(discordDirectOutbox.userId, userId));
    await tx
      .update(discordChannelLinks)
      .set({ linkedBy: null })
      .where(eq(discordChannelLinks.linkedBy, userId));
  },
};

export const discordPrivacy: PersonalDataArea[] = [discord];

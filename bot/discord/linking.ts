import {
  ChannelType,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type Webhook,
} from 'discord.js';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { linkDiscordAccount } from '../../server/domain/discord/accounts';
import { consumeCode, findUsableCode, type LinkCodeRow } from '../../server/domain/discord/codes';
import { findChannel, linkChannel } from '../../server/domain/discord/links';
import { findProject } from '../../server/domain/projects/projects';
import { AppError } from '../../server/errors';
import { t } from '../../server/i18n/catalogue';
import type { Locale } from '../../server/i18n/locale';
import { consume } from '../../server/limits/limiters';
import { postBotMessage } from '../../server/domain/buurtbot/messages';
import type { Deps } from '../../server/deps';
import type { DiscordEnv } from './env';
import { LinkRefused, needing, neededPermissions, type NeededPermission } from './errors';
import { discordNameOf, localeOfDiscord } from './people';
import { noMentions } from './render';

function missingPermissionText(locale: Locale, permission: NeededPermission): string {
  return t(locale, 'discord.link.missing_permission', {
    permission: t(locale, `discord.permission.${permission}`),
  });
}

/** Links the Discord user to the account that made the code. */
async function linkAccount(
  deps: Deps,
  interaction: ChatInputCommandInteraction,
  code: LinkCodeRow,
  locale: Locale,
): Promise<string> {
  const { db, clock } = deps;
  if (!(await consumeCode(db, clock, code.id))) return t(locale, 'discord.link.code_invalid');
  const member = interaction.inCachedGuild() ? interaction.member : null;
  await linkDiscordAccount(db, clock, {
    discordUserId: interaction.user.id,
    discordName: discordNameOf(interaction.user, member),
    userId: code.userId,
  });
  const [user] = await db.select().from(users).where(eq(users.id, code.userId)).limit(1);
  return t(user?.locale ?? locale, 'discord.link.account_done', {
    name: user?.displayName ?? interaction.user.username,
  });
}

/** Bridges the channel the command is typed in to the code's room, through a new webhook. */
async function linkHere(
  deps: Deps,
  interaction: ChatInputCommandInteraction,
  code: LinkCodeRow,
  locale: Locale,
): Promise<string> {
  const { db, clock, dispatcher } = deps;
  const channel = interaction.channel;
  if (!interaction.inGuild() || !channel || channel.type !== ChannelType.GuildText)
    return t(locale, 'discord.link.needs_channel');
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels))
    return t(locale, 'discord.link.not_allowed');
  const room = code.channelId ? await findChannel(db, code.channelId) : undefined;
  const project = room ? await findProject(db, room.projectId) : undefined;
  if (!room || !project) return t(locale, 'discord.link.code_invalid');
  // Discord says in every interaction what the bot may do in this channel: check it all before
  // the code is used, so the person can fix it and type the same code again.
  const missing = neededPermissions.find(
    (name) => !interaction.appPermissions.has(PermissionFlagsBits[name]),
  );
  if (missing) return missingPermissionText(locale, missing);
  let webhook: Webhook;
  try {
    webhook = await needing('ManageWebhooks', () => channel.createWebhook({ name: 'Buurtkamer' }));
  } catch (error) {
    if (error instanceof LinkRefused && error.permission)
      return missingPermissionText(locale, error.permission);
    throw error;
  }
  if (!webhook.token) return t(locale, 'discord.link.failed');
  if (!(await consumeCode(db, clock, code.id))) {
    await webhook.delete().catch(() => undefined);
    return t(locale, 'discord.link.code_invalid');
  }
  // Buurtkamer's people see that their room now reaches Discord.
  const notice = await postBotMessage(
    db,
    clock,
    { channelId: room.id, projectId: room.projectId, channelKind: room.kind },
    t('nl', 'discord.link.room_notice', { channel: channel.name }),
  );
  await dispatcher.publish(notice);
  const noticeSeq = notice.type === 'message.created' ? notice.message.seq : room.lastSeq;
  await linkChannel(db, {
    projectId: room.projectId,
    channelId: room.id,
    guildId: interaction.guildId,
    discordChannelId: channel.id,
    discordChannelName: channel.name,
    webhookId: webhook.id,
    webhookToken: webhook.token,
    // Only what is written from now on crosses over, both ways.
    lastDiscordMessageId: interaction.id,
    lastOutboundSeq: noticeSeq,
    linkedBy: code.userId,
  });
  const roomName = t('nl', `web.channel.${room.kind}`);
  const done =
    room.kind === 'staff'
      ? t('nl', 'discord.link.staff_done', { project: project.name })
      : t('nl', 'discord.link.channel_done', { room: roomName, project: project.name });
  await channel.send({ content: done, allowedMentions: noMentions });
  return done;
}

/**
 * `/koppel CODE`: with an account code, the Discord user who types it is linked to the account
 * that made the code; with a channel code (made by staff for a room), the channel it is typed
 * in is bridged to that room, through a webhook made for it. Codes work once, for a short time.
 */
export function createLinking(env: DiscordEnv) {
  const { deps } = env;
  const { db, clock, limiters } = deps;

  return {
    async onLinkCommand(interaction: ChatInputCommandInteraction): Promise<void> {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const locale = localeOfDiscord(interaction.locale);
      const reply = async (text: string) =>
        interaction.editReply({ content: text, allowedMentions: noMentions });
      try {
        await consume(limiters.actions, `discord:${interaction.user.id}`);
      } catch (error) {
        if (error instanceof AppError) return void (await reply(t(locale, 'discord.slow_down')));
        throw error;
      }
      const code = await findUsableCode(db, clock, interaction.options.getString('code', true));
      if (!code) return void (await reply(t(locale, 'discord.link.code_invalid')));
      const text =
        code.kind === 'account'
          ? await linkAccount(deps, interaction, code, locale)
          : await linkHere(deps, interaction, code, locale);
      await reply(text);
    },
  };
}

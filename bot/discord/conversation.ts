import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import { t } from '../../server/i18n/catalogue';
import type { ChannelKind } from '../../server/protocol/roles';
import { MIRRORED, optionTextOf } from './commands';
import type { DiscordEnv } from './env';
import { discordNameOf, localeOfDiscord, personIn, whereIs, type Person } from './people';
import { replyPayload, truncate } from './render';
import { directSink, lostText } from './sinks';

import { guestTurn, interactionTurn, memberInput, recordTurn, withinLimits } from './turns';

/** `/melding`, `/hulp`, ...: the same command as typed in the web chat, answered privately. */
async function onSlashCommand(
  env: DiscordEnv,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const option = optionTextOf(interaction);
  const text = `/${interaction.commandName} ${option}`.trim();
  const { flowRunning } = await interactionTurn(env, interaction, 'edit-first', {
    text,
    body: text,
    button: false,
  });
  if (flowRunning && interaction.inGuild()) {
    const locale = localeOfDiscord(interaction.locale);
    await interaction.followUp({
      content: t(locale, 'discord.continue_in_dm'),
      flags: MessageFlags.Ephemeral,
    });
  }
}

/**
 * A Buurtbot button. On a private message (ephemeral, DM) its buttons are taken away once
 * pressed; on a public one they stay for others, and the answer is ephemeral.
 */
async function onChoice(
  env: DiscordEnv,
  interaction: ButtonInteraction,
  value: string,
): Promise<void> {
  // Read before the buttons are taken off: in a DM the cached message is edited in place,
  // and with it the pressed component would be gone.
  const component = interaction.component as ButtonInteraction['component'] | null;
  const label = (component && 'label' in component ? component.label : undefined) ?? value;
  const privateMessage =
    !interaction.inGuild() || interaction.message.flags.has(MessageFlags.Ephemeral);
  if (privateMessage) {
    await interaction.deferUpdate();
    await interaction.editReply({ components: [] });
  } else {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  await interactionTurn(env, interaction, privateMessage ? 'follow-up' : 'edit-first', {
    text: value,
    body: label,
    button: true,
  });
}

/** A direct message to Buurtbot: the person's own conversation. */
async function onDirectMessage(env: DiscordEnv, message: Message): Promise<void> {
  const projectId = (
    await whereIs(env.deps.db, { channelId: null, guildId: null, discordUserId: message.author.id })
  )?.projectId;
  const person = await personIn(
    env.deps.db,
    { id: message.author.id, name: discordNameOf(message.author), locale: 'nl' },
    projectId,
  );
  const text = message.content.trim();
  if (person.kind !== 'member' || !projectId) {
    const key = person.kind === 'guest' ? 'discord.link.needed' : 'discord.not_member';
    await message.author.send(replyPayload(lostText(text, person, key)));
    return;
  }
  if (text === '') return;
  if (!(await withinLimits(env, person))) {
    await message.author.send(replyPayload(t(person.locale, 'discord.slow_down')));
    return;
  }
  const { created, place } = await recordTurn(env, person, projectId, {
    clientId: `discord:${message.id}`,
    body: text,
  });
  if (!created) return; // seen before (a replay after a reconnect)
  await env.bot.runtime.converse(memberInput(person, projectId, place, text), {
    sink: directSink(message.author, false),
  });
}

/**
 * A message bridged into a shared room: Buurtbot hears it as it hears the web chat (quiet
 * unless addressed, emergency words always). Private answers go by direct message.
 */
async function onRoomMessage(
  env: DiscordEnv,
  message: Message,
  person: Person,
  room: { id: string; kind: ChannelKind; projectId: string },
  text: string,
): Promise<void> {
  if (room.kind !== 'common' && room.kind !== 'activities') return;
  const addressed = message.client.user
    ? message.mentions.users.has(message.client.user.id)
    : false;
  const place = { id: room.id, kind: room.kind };
  const sink = directSink(message.author, true);
  if (person.kind === 'member') {
    await env.bot.runtime.converse(
      memberInput(person, room.projectId, place, text, addressed ? { addressedToBot: true } : {}),
      { sink },
    );
  } else if (person.kind === 'guest') {
    await guestTurn(env, person, room.projectId, place, text, sink, addressed);
  } else if (addressed) {
    await message.author.send(replyPayload(lostText(text, person, 'discord.not_member')));
  }
}

/** Activity names for `/aanmelden`, from the same read as the bot's (only for members). */
async function autocomplete(env: DiscordEnv, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const command = MIRRORED.find((c) => c.name === interaction.commandName);
  if (!command?.autocomplete || focused.name !== command.option) {
    await interaction.respond([]);
    return;
  }
  const projectId = (
    await whereIs(env.deps.db, {
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      discordUserId: interaction.user.id,
    })
  )?.projectId;
  const person = await personIn(
    env.deps.db,
    { id: interaction.user.id, name: interaction.user.username, locale: 'nl' },
    projectId,
  );
  if (person.kind !== 'member' || !projectId) {
    await interaction.respond([]);
    return;
  }
  const typed = String(focused.value).toLowerCase();
  const activities = await env.bot.ports.upcomingActivities(projectId, person.userId);
  await interaction.respond(
    activities
      .filter((a) => !a.signedUp && a.title.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((a) => ({ name: truncate(a.title, 100), value: truncate(a.title, 100) })),
  );
}

/**
 * Buurtbot on Discord: slash commands, button presses, direct messages and mentions in bridged
 * rooms go to the same runtime as the web chat. What Buurtbot says privately reaches the person
 * as an ephemeral reply or a direct message, never the public channel. Unlinked people get an
 * emergency answer when they need one, and otherwise the way to link their account.
 */
export function createConversations(env: DiscordEnv) {
  return {
    onSlashCommand: (interaction: ChatInputCommandInteraction) => onSlashCommand(env, interaction),
    onChoice: (interaction: ButtonInteraction, value: string) => onChoice(env, interaction, value),
    onDirectMessage: (message: Message) => onDirectMessage(env, message),
    onRoomMessage: (
      message: Message,
      person: Person,
      room: { id: string; kind: ChannelKind; projectId: string },
      text: string,
    ) => onRoomMessage(env, message, person, room, text),
    autocomplete: (interaction: AutocompleteInteraction) => autocomplete(env, interaction),
  };
}

export type Conversations = ReturnType<typeof createConversations>;

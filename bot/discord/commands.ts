import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { findCommand } from '../engine/commands';
import { t, type MessageKey } from '../../server/i18n/catalogue';

/** Buurtbot's commands on Discord, each with its one optional text option. */
export const MIRRORED: readonly {
  name: string;
  option?: 'tekst' | 'activiteit' | 'onderwerp';
  autocomplete?: boolean;
}[] = [
  { name: 'melding', option: 'tekst' },
  { name: 'aanmelden', option: 'activiteit', autocomplete: true },
  { name: 'activiteiten' },
  { name: 'gebrek', option: 'tekst' },
  { name: 'hulp', option: 'tekst' },
  { name: 'zorg', option: 'tekst' },
  { name: 'buurtkaart', option: 'onderwerp' },
];

export const LINK_COMMAND = 'koppel';

/** Discord wants descriptions of 1-100 characters; ours start with a capital. */
function describe(key: MessageKey): { nl: string; en: string } {
  const fit = (s: string) => {
    const text = s.charAt(0).toUpperCase() + s.slice(1);
    return text.length <= 100 ? text : `${text.slice(0, 99)}…`;
  };
  return { nl: fit(t('nl', key)), en: fit(t('en', key)) };
}

function localized(key: MessageKey) {
  const d = describe(key);
  return { description: d.nl, localizations: { 'en-GB': d.en, 'en-US': d.en } };
}

/**
 * Buurtbot's commands: the engine's (Dutch names, English descriptions too) and `/koppel`.
 * Registered globally, for servers and for DMs with the bot (`contexts`): Discord offers a
 * server's own (guild) commands only in that server, and `/koppel` for an account is typed in
 * a DM. `integration_types`: the bot is installed on servers, not on people's accounts.
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const everywhere = <T extends SlashCommandBuilder>(builder: T): T =>
    builder
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  const mirrored = MIRRORED.map((spec) => {
    const command = findCommand(spec.name);
    if (!command) throw new Error(`Buurtbot has no command /${spec.name}`);
    const d = localized(command.description);
    const builder = everywhere(new SlashCommandBuilder())
      .setName(spec.name)
      .setDescription(d.description)
      .setDescriptionLocalizations(d.localizations);
    if (spec.option) {
      const o = localized(`discord.option.${spec.option}`);
      builder.addStringOption((option) =>
        option
          .setName(spec.option ?? '')
          .setDescription(o.description)
          .setDescriptionLocalizations(o.localizations)
          .setMaxLength(1000)
          .setAutocomplete(spec.autocomplete === true),
      );
    }
    return builder.toJSON();
  });
  const link = localized('discord.command.koppel');
  const code = localized('discord.option.code');
  const koppel = everywhere(new SlashCommandBuilder())
    .setName(LINK_COMMAND)
    .setDescription(link.description)
    .setDescriptionLocalizations(link.localizations)
    .addStringOption((option) =>
      option
        .setName('code')
        .setDescription(code.description)
        .setDescriptionLocalizations(code.localizations)
        .setRequired(true)
        .setMaxLength(20),
    );
  return [...mirrored, koppel.toJSON()];
}

/** The text of a mirrored command's option ('' when left empty). */
export function optionTextOf(interaction: ChatInputCommandInteraction): string {
  const spec = MIRRORED.find((c) => c.name === interaction.commandName);
  if (!spec?.option) return '';
  return (interaction.options.getString(spec.option) ?? '').trim();
}

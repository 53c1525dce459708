import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { t } from '../../server/i18n/catalogue';
import { LINK_COMMAND, MIRRORED } from './commands';
import type { Conversations } from './conversation';
import type { DiscordEnv } from './env';
import type { createLinking } from './linking';
import { localeOfDiscord } from './people';
import { CHOICE_KIND, parseCustomId } from './render';

/**
 * A button on a Buurtkamer message, other than Buurtbot's choices: `bk:<kind>:<data>`, e.g.
 * `alert` (claim / resolve on staff cards, `alerts.ts`).
 */
export type ComponentHandler = (interaction: ButtonInteraction, data: string) => Promise<void>;

/** Routes every interaction: slash commands, autocomplete, buttons. */
export function createInteractionRouter(
  env: DiscordEnv,
  parts: {
    conversations: Conversations;
    linking: ReturnType<typeof createLinking>;
    components: ReadonlyMap<string, ComponentHandler>;
  },
) {
  const { conversations, linking, components } = parts;

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return conversations.autocomplete(interaction);
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === LINK_COMMAND) return linking.onLinkCommand(interaction);
      if (MIRRORED.some((c) => c.name === interaction.commandName))
        return conversations.onSlashCommand(interaction);
      return;
    }
    if (interaction.isButton()) {
      const parsed = parseCustomId(interaction.customId);
      if (!parsed) return;
      if (parsed.kind === CHOICE_KIND) return conversations.onChoice(interaction, parsed.data);
      const handler = components.get(parsed.kind);
      if (handler) return handler(interaction, parsed.data);
    }
  }

  return async function handle(interaction: Interaction): Promise<void> {
    try {
      await route(interaction);
    } catch (error) {
      env.logger.error({ err: error }, 'Discord interaction failed');
      if (!interaction.isRepliable()) return;
      const payload = {
        content: t(localeOfDiscord(interaction.locale), 'discord.failed'),
        flags: MessageFlags.Ephemeral as const,
      };
      const answer =
        interaction.deferred || interaction.replied
          ? interaction.followUp(payload)
          : interaction.reply(payload);
      await answer.catch(() => undefined);
    }
  };
}

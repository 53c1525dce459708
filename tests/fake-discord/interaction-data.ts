import { ApplicationCommandType } from 'discord-api-types/v10';
import type { CommandRegistry } from './commands';
import { buildOptions, type OptionValue } from './interaction-options';
import type { FakeDiscordState } from './state';

export interface CommandDataInput {
  /** `aanmelden`, `/aanmelden`, `activiteit nieuw` (subcommand), `a b c` (group + subcommand) */
  fullName: string;
  values: Record<string, OptionValue>;
  channelId: string;
  /** The option being typed, for autocomplete. */
  focused?: string;
  strict: boolean;
}

/** `data` of a slash-command or autocomplete interaction, matched to the registered command. */
export function commandData(
  state: FakeDiscordState,
  registry: CommandRegistry,
  input: CommandDataInput,
): Record<string, unknown> {
  const [name = '', ...path] = input.fullName.replace(/^\//, '').split(/\s+/);
  const channel = state.channels.get(input.channelId);
  const guild = channel ? state.guildOf(channel) : undefined;
  if (!guild && registry.offeredInDm(name) === 'not-offered')
    throw new Error(
      `fake Discord: /${name} is not offered in DMs (guild command or no BotDM context)`,
    );
  const command = registry.find(name, guild?.id ?? null);
  if (!command && input.strict) throw new Error(`fake Discord: /${name} is not registered`);
  const { options, resolved } = buildOptions({
    command,
    path,
    values: input.values,
    strict: input.strict,
    guild,
    state,
    ...(input.focused !== undefined ? { focused: input.focused } : {}),
  });
  return {
    id: command?.id ?? state.nextId(),
    name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    options,
    ...(resolved ? { resolved } : {}),
  };
}

/** Whether a message's components (rows, sections, accessories) hold this custom_id. */
export function hasComponent(components: readonly unknown[], customId: string): boolean {
  return components.some((component) => {
    if (typeof component !== 'object' || component === null) return false;
    if ('custom_id' in component && component.custom_id === customId) return true;
    const children = 'components' in component ? component.components : undefined;
    const accessory = 'accessory' in component ? [component.accessory] : [];
    return hasComponent([...(Array.isArray(children) ? children : []), ...accessory], customId);
  });
}

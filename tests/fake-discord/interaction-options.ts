import {
  ApplicationCommandOptionType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type APIInteractionDataResolved,
} from 'discord-api-types/v10';
import type { FakeDiscordState, FakeGuild } from './state';

export type OptionValue = string | number | boolean;

/** One option as an interaction carries it (application command or autocomplete). */
export interface InteractionOption {
  name: string;
  type: ApplicationCommandOptionType;
  value?: OptionValue;
  focused?: boolean;
  options?: InteractionOption[];
}

interface BuildInput {
  command: APIApplicationCommand | undefined;
  /** Subcommand path after the command name: [] | [sub] | [group, sub]. */
  path: string[];
  values: Record<string, OptionValue>;
  focused?: string;
  strict: boolean;
  guild: FakeGuild | undefined;
  state: FakeDiscordState;
}

/**
 * Builds `data.options` (and `data.resolved`) for a slash command or autocomplete from
 * plain `{ name: value }`. With a registered command the option types come from its
 * definition; otherwise they are guessed from the JS values (string, integer, number, boolean).
 */
export function buildOptions(input: BuildInput): {
  options: InteractionOption[];
  resolved: APIInteractionDataResolved | undefined;
} {
  const resolved: APIInteractionDataResolved = {};
  let definitions: readonly APIApplicationCommandOption[] | undefined = input.command?.options;
  const wrappers: InteractionOption[] = [];
  for (const name of input.path) {
    const definition = definitions?.find((option) => option.name === name);
    if (input.command && !definition) {
      throw new Error(`fake Discord: /${input.command.name} has no subcommand (group) "${name}"`);
    }
    const type =
      definition?.type ??
      (name === input.path.at(-1)
        ? ApplicationCommandOptionType.Subcommand
        : ApplicationCommandOptionType.SubcommandGroup);
    wrappers.push({ name, type, options: [] });
    definitions = definition && 'options' in definition ? definition.options : undefined;
  }

  const leaf: InteractionOption[] = Object.entries(input.values).map(([name, value]) => {
    const definition = definitions?.find((option) => option.name === name);
    if (!definition && input.strict && input.command) {
      throw new Error(`fake Discord: /${input.command.name} has no option "${name}"`);
    }
    const type = definition?.type ?? guessType(value);
    addResolved(resolved, type, String(value), input);
    const option: InteractionOption = { name, type, value };
    if (input.focused === name) option.focused = true;
    return option;
  });

  let options = leaf;
  for (const wrapper of wrappers.reverse()) {
    wrapper.options = options;
    options = [wrapper];
  }
  return { options, resolved: Object.keys(resolved).length > 0 ? resolved : undefined };
}

function guessType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

function addResolved(
  resolved: APIInteractionDataResolved,
  type: ApplicationCommandOptionType,
  id: string,
  { state, guild }: BuildInput,
): void {
  if (
    type === ApplicationCommandOptionType.User ||
    type === ApplicationCommandOptionType.Mentionable
  ) {
    const user = state.users.get(id);
    if (user) {
      resolved.users = { ...resolved.users, [id]: user };
      const member = guild?.members.get(id);
      if (guild && member) {
        const permissions = state.permissionsOf(guild, id).toString();
        resolved.members = { ...resolved.members, [id]: { ...member, permissions } };
      }
    }
  }
  if (
    type === ApplicationCommandOptionType.Role ||
    type === ApplicationCommandOptionType.Mentionable
  ) {
    const role = guild?.roles.find((candidate) => candidate.id === id);
    if (role) resolved.roles = { ...resolved.roles, [id]: role };
  }
  if (type === ApplicationCommandOptionType.Channel) {
    const channel = state.channels.get(id);
    if (channel && 'name' in channel && channel.name) {
      resolved.channels = {
        ...resolved.channels,
        [id]: { id, type: channel.type, name: channel.name, permissions: '0' },
      };
    }
  }
}

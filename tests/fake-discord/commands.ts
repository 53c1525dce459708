import {
  ApplicationCommandType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { z } from 'zod';
import { invalidFormBody } from './errors';

/** A command as an app registers it (POST, or PUT bulk overwrite). Options are kept as sent. */
export const commandBody = z
  .object({
    id: z.string().optional(),
    name: z.string().regex(/^[-_'\p{L}\p{N}]{1,32}$/u),
    description: z.string().max(100).optional(),
    type: z.number().int().optional(),
    options: z
      .array(
        z.custom<APIApplicationCommandOption>(
          (value) => typeof value === 'object' && value !== null,
        ),
      )
      .max(25)
      .optional(),
    default_member_permissions: z.string().nullish(),
    dm_permission: z.boolean().nullish(),
    nsfw: z.boolean().optional(),
    contexts: z.array(z.number().int()).nullish(),
    integration_types: z.array(z.number().int()).optional(),
    name_localizations: z.record(z.string(), z.string().nullable()).nullish(),
    description_localizations: z.record(z.string(), z.string().nullable()).nullish(),
  })
  .loose();

export type CommandBody = z.infer<typeof commandBody>;

/** Registered application commands per scope: a guild id, or 'global'. */
export class CommandRegistry {
  private readonly scopes = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly applicationId: string,
    private readonly nextId: () => string,
  ) {}

  list(scope: string): APIApplicationCommand[] {
    return this.scopes.get(scope) ?? [];
  }

  /** PUT: replaces the scope's commands; a command keeps its id when its name and type stay. */
  overwrite(scope: string, bodies: CommandBody[]): APIApplicationCommand[] {
    const names = new Set<string>();
    bodies.forEach((body, index) => {
      const key = `${body.type ?? 1}:${body.name}`;
      if (names.has(key)) {
        throw invalidFormBody(
          `${index}.name`,
          'APPLICATION_COMMANDS_DUPLICATE_NAME',
          'Duplicate name',
        );
      }
      names.add(key);
    });
    const previous = this.list(scope);
    const commands = bodies.map((body) => {
      const kept = previous.find(
        (command) => command.name === body.name && command.type === (body.type ?? 1),
      );
      return this.toCommand(scope, body, kept?.id);
    });
    this.scopes.set(scope, commands);
    return commands;
  }

  /** POST: creates, or replaces the command with the same name (Discord's upsert). */
  upsert(scope: string, body: CommandBody): { command: APIApplicationCommand; created: boolean } {
    const commands = this.list(scope);
    const index = commands.findIndex((c) => c.name === body.name && c.type === (body.type ?? 1));
    const command = this.toCommand(scope, body, index >= 0 ? commands[index]?.id : undefined);
    if (index >= 0) commands[index] = command;
    else commands.push(command);
    this.scopes.set(scope, commands);
    return { command, created: index < 0 };
  }

  remove(scope: string, commandId: string): boolean {
    const commands = this.list(scope);
    const remaining = commands.filter((command) => command.id !== commandId);
    this.scopes.set(scope, remaining);
    return remaining.length !== commands.length;
  }

  /** The chat-input command a user would see in this guild: guild commands first, then global. */
  find(name: string, guildId: string | null): APIApplicationCommand | undefined {
    const isNamed = (command: APIApplicationCommand) =>
      command.name === name && command.type === ApplicationCommandType.ChatInput;
    return (
      (guildId ? this.list(guildId).find(isNamed) : undefined) ?? this.list('global').find(isNamed)
    );
  }

  /**
   * Whether Discord offers `/name` in a DM with the bot: only a global command whose `contexts`
   * include BotDM (1) (left out: every context). A guild command is offered in its guild only.
   */
  offeredInDm(name: string): 'offered' | 'not-offered' | 'unregistered' {
    const global = this.find(name, null);
    if (global) return !global.contexts || global.contexts.includes(1) ? 'offered' : 'not-offered';
    const inAGuild = [...this.scopes.values()].some((commands) =>
      commands.some((command) => command.name === name),
    );
    return inAGuild ? 'not-offered' : 'unregistered';
  }

  private toCommand(scope: string, body: CommandBody, id?: string): APIApplicationCommand {
    const command: APIApplicationCommand = {
      id: id ?? this.nextId(),
      application_id: this.applicationId,
      type: body.type ?? ApplicationCommandType.ChatInput,
      name: body.name,
      name_localizations: body.name_localizations ?? null,
      description: body.description ?? '',
      description_localizations: body.description_localizations ?? null,
      options: body.options ?? [],
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      version: this.nextId(),
    };
    if (scope !== 'global') command.guild_id = scope;
    if (body.contexts) command.contexts = body.contexts;
    if (body.integration_types) command.integration_types = body.integration_types;
    return command;
  }
}

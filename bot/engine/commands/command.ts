import { z } from 'zod';
import type { MessageKey } from '../../../server/i18n/catalogue';
import type { Role } from '../../../server/protocol/roles';
import type { BotAction } from '../actions';
import type { EngineContext } from '../context';
import type { FlowStart } from '../flows/flow';
import type { BotReply } from '../../../server/protocol/bot-reply';

/**
 * Arguments of every command: the text after the command ("/melding herrie bij nr 12"), or the
 * whole message when free text was understood as this command. Adapters with structured
 * options (Discord slash commands) put their option into `text`.
 */
export const commandArgs = z.object({
  text: z.string().max(2000),
  source: z.enum(['command', 'text', 'button']),
});
export type CommandArgs = z.infer<typeof commandArgs>;

/** What a command does: say something, ask for actions, and/or start a flow. */
export interface Outcome {
  replies: BotReply[];
  actions: BotAction[];
  start?: FlowStart;
  /** End whatever flow is running (without starting a new one). */
  endFlow?: boolean;
}

export interface Command {
  /** The Dutch name, typed as `/name`. */
  name: string;
  /** Other names, English first. They must not clash with any other command's name or alias. */
  aliases: readonly string[];
  /** One line for `/help`. */
  description: MessageKey;
  /** Who may use it; everyone when absent. */
  roles?: readonly Role[];
  schema: typeof commandArgs;
  handle(ctx: EngineContext, args: CommandArgs): Promise<Outcome>;
}

export function say(...replies: BotReply[]): Outcome {
  return { replies, actions: [] };
}

/** Whether a person with this role may use the command. */
export function mayUse(command: Command, role: Role): boolean {
  return !command.roles || command.roles.includes(role);
}

import type { Role } from '../../../server/protocol/roles';
import { normalize } from '../../../server/protocol/text';
import antwoord from './antwoord';
import bemiddeling from './bemiddeling';
import type { Command } from './command';
import { mayUse } from './command';
import help from './help';
import { listedCommands } from './listed';
import nazorg from './nazorg';
import opvolging from './opvolging';
import stap from './stap';
import toestemming from './toestemming';

/** Every command, in the order `/help` lists them. */
export const commands: readonly Command[] = [...listedCommands, help];

/**
 * Commands behind Buurtbot's own buttons (follow-ups, burenbericht replies, consent): they work
 * when pressed or typed, but `/help` does not list them.
 */
export const buttonCommands: readonly Command[] = [
  stap,
  opvolging,
  antwoord,
  toestemming,
  nazorg,
  bemiddeling,
];

const byName = new Map<string, Command>();
for (const command of [...commands, ...buttonCommands]) {
  for (const name of [command.name, ...command.aliases]) {
    if (byName.has(name)) throw new Error(`bot command name used twice: /${name}`);
    byName.set(name, command);
  }
}

export function findCommand(name: string): Command | undefined {
  return byName.get(normalize(name));
}

export function commandsFor(role: Role): Command[] {
  return commands.filter((c) => mayUse(c, role));
}

/** "/melding herrie bij 12" -> { name: "melding", text: "herrie bij 12" }; `undefined` when not a command. */
export function parseCommand(text: string): { name: string; text: string } | undefined {
  const match = /^\s*\/([\p{L}\p{N}_-]+)(?:@\S+)?\s*([\s\S]*)$/u.exec(text);
  if (!match?.[1]) return undefined;
  return { name: match[1].toLowerCase(), text: (match[2] ?? '').trim() };
}

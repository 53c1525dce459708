import { mainMenu } from '../replies';
import type { Command } from './command';
import { commandArgs, mayUse } from './command';
import { listedCommands } from './listed';

/** `/help`: lists the commands this person may use. (`/hulp` reaches support; `/help` explains the bot.) */
const help: Command = {
  name: 'help',
  aliases: ['commands', 'commando', 'uitleg'],
  description: 'bot.commands.help',
  schema: commandArgs,
  async handle(ctx) {
    // The English name (the first alias) only for people who read English: in Dutch it is noise.
    const english = ctx.locale === 'en';
    const lines = [...listedCommands, help]
      .filter((c) => mayUse(c, ctx.input.author.role))
      .map(
        (c) =>
          `/${c.name}${english && c.aliases[0] ? ` (/${c.aliases[0]})` : ''}: ${ctx.t(c.description)}`,
      );
    return {
      replies: [
        {
          visibility: 'private',
          text: [ctx.t('bot.help_list.intro'), ...lines, ctx.t('bot.help_list.free_text')].join(
            '\n',
          ),
          choices: mainMenu(ctx),
        },
      ],
      actions: [],
    };
  },
};

export default help;

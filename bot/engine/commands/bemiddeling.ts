import { buttonArgs } from './buttonArgs';
import type { Command } from './command';
import { commandArgs, say } from './command';

/** `/bemiddeling <ref> yes|no` (buttons): a party's free yes or no to neighbourhood mediation. */
export default {
  name: 'bemiddeling',
  aliases: ['mediation'],
  description: 'concerns.bot.commands.bemiddeling',
  schema: commandArgs,
  async handle(ctx, args) {
    const parsed = buttonArgs(args.text, ['yes', 'no'] as const);
    if (!parsed)
      return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_not_found') });
    return {
      replies: [
        {
          visibility: 'private',
          text: ctx.t(
            parsed.answer === 'yes'
              ? 'concerns.bot.mediation_yes_reply'
              : 'concerns.bot.mediation_no_reply',
          ),
        },
      ],
      actions: [
        {
          type: 'concern.mediation',
          projectId: ctx.input.projectId,
          userId: ctx.input.author.userId,
          ref: parsed.id,
          answer: parsed.answer,
        },
      ],
    };
  },
} satisfies Command;

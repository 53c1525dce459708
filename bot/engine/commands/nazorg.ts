import { buttonArgs } from './buttonArgs';
import type { Command } from './command';
import { commandArgs, say } from './command';
import { choices } from '../context';

/**
 * `/nazorg <ref> good|not_good|skip` (buttons): "is it still good?" some weeks after a concern was
 * solved. Asked of the reporter and of the neighbour involved; the server checks who may answer.
 */
export default {
  name: 'nazorg',
  aliases: ['aftercare'],
  description: 'concerns.bot.commands.nazorg',
  schema: commandArgs,
  async handle(ctx, args) {
    const parsed = buttonArgs(args.text, ['good', 'not_good', 'skip'] as const);
    if (!parsed)
      return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_not_found') });
    const action = {
      type: 'concern.aftercare' as const,
      projectId: ctx.input.projectId,
      userId: ctx.input.author.userId,
      ref: parsed.id,
      answer: parsed.answer,
    };
    if (parsed.answer === 'not_good') {
      return {
        replies: [
          {
            visibility: 'private',
            text: ctx.t('concerns.bot.aftercare_not_good_reply'),
            choices: choices(ctx, [
              ['bot.menu.help', '/hulp'],
              ['bot.menu.concern', '/melding'],
            ]),
          },
        ],
        actions: [action],
      };
    }
    return {
      replies: [
        {
          visibility: 'private',
          text: ctx.t(
            parsed.answer === 'good'
              ? 'concerns.bot.aftercare_good_reply'
              : 'concerns.bot.aftercare_skip_reply',
          ),
        },
      ],
      actions: [action],
    };
  },
} satisfies Command;

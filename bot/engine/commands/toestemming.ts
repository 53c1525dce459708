import { buttonArgs } from './buttonArgs';
import type { Command } from './command';
import { commandArgs, say } from './command';
import { ownOpenConcern } from './stap';

/** `/toestemming <ref> anonymous|named|no` (buttons): may this case go to the housing corporation? */
export default {
  name: 'toestemming',
  aliases: ['consent'],
  description: 'concerns.bot.commands.toestemming',
  schema: commandArgs,
  async handle(ctx, args) {
    const parsed = buttonArgs(args.text, ['anonymous', 'named', 'no'] as const);
    const concern = await ownOpenConcern(ctx, parsed?.id);
    if ('replies' in concern) return concern;
    if (!parsed)
      return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_not_found') });
    return {
      replies: [
        {
          visibility: 'private',
          text: ctx.t(
            parsed.answer === 'no'
              ? 'concerns.bot.consent_no_reply'
              : 'concerns.bot.consent_yes_reply',
          ),
        },
      ],
      actions: [
        {
          type: 'concern.consent',
          projectId: ctx.input.projectId,
          userId: ctx.input.author.userId,
          ref: concern.ref,
          answer: parsed.answer,
        },
      ],
    };
  },
} satisfies Command;

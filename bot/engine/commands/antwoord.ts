import type { NeighbourReplyAction } from '../actions';
import { buttonArgs } from './buttonArgs';
import type { Command } from './command';
import { commandArgs, say } from './command';

/**
 * `/antwoord <burenbericht> sorry|didnt_know|talk|own_words` (buttons under a burenbericht): the
 * neighbour's answer. Own words are asked for in a short flow.
 */
export default {
  name: 'antwoord',
  aliases: ['answer'],
  description: 'concerns.bot.commands.antwoord',
  schema: commandArgs,
  async handle(ctx, args) {
    const parsed = buttonArgs(args.text, ['sorry', 'didnt_know', 'talk', 'own_words'] as const);
    if (!parsed) return say({ visibility: 'private', text: ctx.t('concerns.bot.reply_unknown') });
    if (parsed.answer === 'own_words') {
      return {
        replies: [],
        actions: [],
        start: { flow: 'neighbour-reply', step: 'text', data: { burenberichtId: parsed.id } },
      };
    }
    const action: NeighbourReplyAction = {
      type: 'neighbour.reply',
      projectId: ctx.input.projectId,
      userId: ctx.input.author.userId,
      burenberichtId: parsed.id,
      kind: parsed.answer,
    };
    return {
      replies: [{ visibility: 'private', text: ctx.t('concerns.bot.reply_sent') }],
      actions: [action],
    };
  },
} satisfies Command;

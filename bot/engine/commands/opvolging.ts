import { buttonArgs } from './buttonArgs';
import type { Command } from './command';
import { commandArgs, say } from './command';
import { ladderFrom, ownOpenConcern } from './stap';

/** `/opvolging <ref> solved|better|not_solved` (buttons): the reporter's answer to "is it solved?". */
export default {
  name: 'opvolging',
  aliases: ['followup'],
  description: 'concerns.bot.commands.opvolging',
  schema: commandArgs,
  async handle(ctx, args) {
    const parsed = buttonArgs(args.text, ['solved', 'better', 'not_solved'] as const);
    const concern = await ownOpenConcern(ctx, parsed?.id);
    if ('replies' in concern) return concern;
    if (!parsed)
      return say({ visibility: 'private', text: ctx.t('concerns.bot.concern_not_found') });
    const action = {
      type: 'concern.followup' as const,
      projectId: ctx.input.projectId,
      userId: ctx.input.author.userId,
      ref: concern.ref,
      answer: parsed.answer,
    };
    if (parsed.answer === 'not_solved') {
      return {
        replies: [],
        actions: [action],
        start: ladderFrom(concern, ctx.t('concerns.bot.followup_not_solved_reply')),
      };
    }
    const key =
      parsed.answer === 'solved'
        ? 'concerns.bot.followup_solved_reply'
        : 'concerns.bot.followup_better_reply';
    return { replies: [{ visibility: 'private', text: ctx.t(key) }], actions: [action] };
  },
} satisfies Command;

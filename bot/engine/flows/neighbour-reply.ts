import type { NeighbourReplyAction } from '../actions';
import { choices } from '../context';
import type { FlowDefinition } from './flow';

/**
 * A neighbour answers a burenbericht in their own words (the ready replies need no flow). The
 * reporter reads the answer in their private thread; nobody else does, staff excepted.
 */
const neighbourReply: FlowDefinition = {
  id: 'neighbour-reply',
  steps: {
    text: {
      help: 'concerns.bot.own_words_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_own_words'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: (ctx, data, answer) => {
        const text = answer.text.trim();
        if (text.length < 2) return { kind: 'unclear' };
        const action: NeighbourReplyAction = {
          type: 'neighbour.reply',
          projectId: ctx.input.projectId,
          userId: ctx.input.author.userId,
          burenberichtId: String(data.burenberichtId),
          kind: 'own_words',
          text: text.slice(0, 1000),
        };
        return {
          kind: 'done',
          replies: [{ visibility: 'private', text: ctx.t('concerns.bot.reply_sent') }],
          actions: [action],
        };
      },
    },
  },
};

export default neighbourReply;

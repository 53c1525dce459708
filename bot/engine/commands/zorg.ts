import { unitAnswer } from '../flows/care';
import type { Command } from './command';
import { commandArgs } from './command';

/** `/zorg`: a care signal ("it's not going well with my neighbour"), privately to staff. */
export default {
  name: 'zorg',
  aliases: ['care'],
  description: 'bot.commands.zorg',
  schema: commandArgs,
  async handle(ctx, args) {
    const text = args.text.trim();
    const intro = [{ visibility: 'private' as const, text: ctx.t('bot.care.intro') }];
    if (args.source === 'text' && text.length >= 10) {
      const unit = unitAnswer(text);
      return {
        replies: [],
        actions: [],
        start: {
          flow: 'care',
          step: 'unit',
          data: { note: text, ...(unit ? { unit } : {}) },
          intro,
        },
      };
    }
    if (args.source === 'command' && text.length >= 3) {
      return {
        replies: [],
        actions: [],
        start: { flow: 'care', step: 'unit', data: { note: text }, intro },
      };
    }
    return { replies: [], actions: [], start: { flow: 'care', step: 'what', data: {}, intro } };
  },
} satisfies Command;
